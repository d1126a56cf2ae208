//! One row per unit: level, type, date, pack version, counts, completion, verdict, each app's
//! filing readiness. Long lists show 100 rows at a time so 5,000 units render quickly.

use std::rc::Rc;

use fingertip_core::rollup::RollUp;
use yew::prelude::*;

use crate::platform::tick::next_tick;

/// Rows shown at first and added by 显示更多.
const PAGE: usize = 100;
/// Rows drawn per turn of the browser, so a new roll-up's table appears without a long task.
const DRAWN_PER_TURN: usize = 25;

/// Props of [`RollupUnits`].
#[derive(Properties, PartialEq)]
pub struct RollupUnitsProps {
    /// The roll-up.
    pub rollup: Rc<RollUp>,
    /// 导入到我的自查 pressed for the unit read from this file.
    pub on_import: Callback<String>,
}

/// The units table.
#[component]
pub fn RollupUnits(props: &RollupUnitsProps) -> Html {
    let shown = use_state(|| PAGE);
    let drawn = use_state(|| DRAWN_PER_TURN);
    let r = &props.rollup;
    {
        // A new roll-up (compared by address: comparing 5,000 rows would cost a turn) is drawn afresh.
        let drawn = drawn.clone();
        use_effect_with(Rc::as_ptr(r) as usize, move |_| drawn.set(DRAWN_PER_TURN));
    }
    {
        let (drawn, wanted) = (drawn.clone(), (*shown).min(r.units.len()));
        use_effect_with((*drawn, wanted), move |&(now, wanted)| {
            if now < wanted {
                wasm_bindgen_futures::spawn_local(async move {
                    next_tick().await;
                    drawn.set(now + DRAWN_PER_TURN);
                });
            }
        });
    }
    let more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE * 10))
    };
    html! {
        <section aria-labelledby="rollup-units-title">
            <h2 id="rollup-units-title">{ format!("各单位情况({} 个单位)", r.units.len()) }</h2>
            <table class="rollup-units" data-testid="rollup-units">
                <thead><tr>
                    <th scope="col">{ "单位" }</th><th scope="col">{ "层级" }</th><th scope="col">{ "类型" }</th>
                    <th scope="col">{ "自查日期" }</th><th scope="col">{ "问卷版本" }</th>
                    <th scope="col">{ "红线" }</th><th scope="col">{ "建议改进" }</th><th scope="col">{ "未作答" }</th>
                    <th scope="col">{ "完成度" }</th><th scope="col">{ "结论" }</th><th scope="col">{ "应用备案准备情况" }</th>
                    <th scope="col" class="no-print">{ "导入" }</th>
                </tr></thead>
                <tbody>
                    { for r.units.iter().take((*shown).min(*drawn)).map(|u| html! {
                        <tr>
                            <th scope="row">{ u.unit.clone() }</th>
                            <td>{ u.level.label() }</td><td>{ u.unit_type.label() }</td>
                            <td>{ u.date.clone() }</td><td>{ u.pack_version.clone() }</td>
                            <td>{ u.counts.red_line }</td><td>{ u.counts.advisory }</td><td>{ u.counts.unanswered }</td>
                            <td>{ format!("{}%", u.completion) }</td><td>{ u.overall.label() }</td>
                            <td>{ for u.filing.iter().map(|f| html! {
                                <div>{ format!("{}:{}", f.app, f.filing.label()) }</div>
                            }) }</td>
                            <td class="no-print"><button type="button" onclick={
                                let (on_import, file) = (props.on_import.clone(), u.file.clone());
                                Callback::from(move |_: MouseEvent| on_import.emit(file.clone()))
                            }>{ "导入到我的自查" }</button></td>
                        </tr>
                    }) }
                </tbody>
            </table>
            if r.units.len() > *shown {
                <div class="print-only">{ format!("(打印件列出前 {} 个单位,共 {} 个;完整名单见导出的 Excel 或 CSV。)", *shown, r.units.len()) }</div>
                <p class="no-print"><button type="button" onclick={more}>
                    { format!("显示更多(已显示 {} / {})", *shown, r.units.len()) }
                </button></p>
            }
        </section>
    }
}
