//! The unit module's stand-in for the pages only the full module draws (汇总, 培训, 对比, 核验):
//! it reloads the page so that the loader brings the full module, and says so if that fails.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::hooks::autosave;
use crate::platform::module;
use crate::route::Route;

/// Shown for a moment before the reload, or for good when the full module did not come.
#[component]
pub fn FullModulePage() -> Html {
    let failed = use_state(|| false);
    {
        let failed = failed.clone();
        use_effect_with((), move |_| {
            autosave::flush(); // the reload must not lose the last change
            if !module::switch_to_full() {
                failed.set(true);
            }
        });
    }
    if *failed {
        return html! {
            <section aria-labelledby="fm-title">
                <h1 id="fm-title">{ "这个功能没能载入" }</h1>
                <p>{ "汇总、培训、对比和核验在另一个程序文件中,刷新后仍未载入。可能是部署时少复制了文件。" }</p>
                <p>{ "请刷新页面再试;如仍不行,请联系技术人员按部署说明重新复制全部文件。您已保存的草稿不受影响。" }</p>
                <Link<Route> to={Route::Start}>{ "返回首页" }</Link<Route>>
            </section>
        };
    }
    html! {
        <section aria-labelledby="fm-title" aria-busy="true">
            <h1 id="fm-title">{ "正在载入……" }</h1>
            <p class="loading">{ "这一功能在另一个程序文件中,正在载入,请稍候。" }</p>
        </section>
    }
}
