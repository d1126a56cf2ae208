//! The files not counted (with the reason 打开文件 would give) and the duplicates resolved
//! (newest kept by default), each with a button to count the other file instead.

use std::rc::Rc;

use fingertip_core::rollup::{Duplicate, Rejected};
use yew::prelude::*;

/// Props of [`RollupFiles`].
#[derive(Properties, PartialEq)]
pub struct RollupFilesProps {
    /// Files not counted.
    pub rejected: Rc<Vec<Rejected>>,
    /// Duplicates resolved (without the set-aside summaries).
    pub duplicates: Rc<Vec<Duplicate>>,
    /// Count the other file of duplicate `index`.
    pub on_swap: Callback<usize>,
}

/// The two lists.
#[component]
pub fn RollupFiles(props: &RollupFilesProps) -> Html {
    html! {
        <>
            <section aria-labelledby="rollup-rejected-title">
                <h2 id="rollup-rejected-title">{ format!("未能读取的文件({} 个,未计入汇总)", props.rejected.len()) }</h2>
                if !props.rejected.is_empty() {
                    <ul class="rollup-rejected" data-testid="rollup-rejected">
                        { for props.rejected.iter().map(|r| html! {
                            <li data-kind={r.kind}><strong>{ r.file.clone() }</strong>{ ":" }{ r.reason.clone() }{ r.detail.clone() }</li>
                        }) }
                    </ul>
                }
            </section>
            <section aria-labelledby="rollup-dup-title">
                <h2 id="rollup-dup-title">{ format!("重复的文件({} 个)", props.duplicates.len()) }</h2>
                if !props.duplicates.is_empty() {
                    <ul class="rollup-duplicates" data-testid="rollup-duplicates">
                        { for props.duplicates.iter().enumerate().map(|(i, d)| {
                            let swap = props.on_swap.reform(move |_: MouseEvent| i);
                            let choice = if d.newest_kept { "采用较新的" } else { "按您的选择采用" };
                            html! {
                                <li>
                                    { format!("{}:{}。{choice}“{}”,未采用“{}”。", d.unit, d.kind.label(), d.kept, d.dropped) }
                                    <button type="button" class="no-print" onclick={swap}>{ "改用另一份" }</button>
                                </li>
                            }
                        }) }
                    </ul>
                }
            </section>
        </>
    }
}
