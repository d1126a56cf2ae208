//! 打印讲义: the printable handout — article summaries, a case sheet without answers, and the
//! answer key on a page of its own. Printed with `print.css`'s `.handout` section.

use fingertip_core::training::{embedded_training, key_pages};

use super::{all_cases, picked_cases};
use yew::prelude::*;

use crate::components::training::{
    HandoutArticles, HandoutCases, HandoutKey, Static, TrainingHeader, TrainingMissing,
};
use crate::components::PackRef;
use crate::hooks::use_app;
use crate::platform::print;

/// The handout page.
#[component]
pub fn TrainingHandoutPage() -> Html {
    let app = use_app();
    let failed = use_state(|| None::<String>);
    let (selection, cases) = use_memo((), |()| picked_cases()).as_ref().clone();
    let Some(training) = embedded_training() else {
        return html! { <TrainingMissing /> };
    };
    let pack = PackRef(app.pack());
    let on_print = {
        let failed = failed.setter();
        Callback::from(move |_| failed.set(print::print().err().map(|e| e.to_string())))
    };
    html! {
        <>
            <TrainingHeader />
            <div class="handout">
                <div class="handout-tools no-print">
                    <button type="button" class="primary" onclick={on_print}>{ "打印讲义" }</button>
                    <span>{ format!("建议用 A4 纸打印。参考答案从“三、参考答案”起另页开始,共 {key} 页,是讲义的最后 {key} 页;发给学员前可以不打印这 {key} 页。", key = key_pages(cases.len()).len()) }</span>
                    if let Some(msg) = (*failed).clone() {
                        <p class="notice" role="alert">{ msg }</p>
                    }
                </div>
                <h1 class="handout-title">{ "防治“指尖上的形式主义”培训讲义" }</h1>
                <p class="handout-source">{ format!("依据问卷:{} {} 版", pack.title, pack.version) }</p>
                <HandoutArticles {pack} training={Static(training)} />
                if !selection.is_all() {
                    <p class="handout-source">{ format!("本讲义案例:{}", selection.describe(all_cases())) }</p>
                }
                <HandoutCases {pack} cases={cases.clone()} />
                <HandoutKey {pack} {cases} />
            </div>
        </>
    }
}
