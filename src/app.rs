//! The root component: the state provider with autosave, the router, and the page frame.

use fingertip_core::pack;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::{PageMain, RouteLanding, SkipLink};
use crate::handover;
use crate::hooks::{draft_at_start, use_tab_watch, AppHandle};
use crate::pages::{
    ChangesPage, DiagnosticsPage, DraftPage, NotFoundPage, OpenPage, OverlaysPage, StartPage,
};
use crate::platform::{focus, storage};
use crate::route::{Route, Step};
use crate::state::AppState;

/// Wizard pages draw their own header and `main`; every other page is wrapped in one here.
fn switch(route: Route) -> Html {
    if route.draft().is_some() {
        return draft_page(route);
    }
    html! { <PageMain>{ other_page(route) }</PageMain> }
}

fn draft_page(route: Route) -> Html {
    match route {
        Route::Unit { id } => html! { <DraftPage {id} step={Step::Unit} /> },
        Route::Inventory { id } => html! { <DraftPage {id} step={Step::Inventory} /> },
        Route::Check { id } => html! { <DraftPage {id} step={Step::Check} /> },
        Route::Article { id, article } | Route::ArticleRow { id, article, .. } => {
            html! { <DraftPage {id} step={Step::Check} {article} /> }
        }
        Route::Result { id } => html! { <DraftPage {id} step={Step::Result} /> },
        Route::Report { id } => html! { <DraftPage {id} step={Step::Result} report={true} /> },
        _ => html! { <NotFoundPage /> },
    }
}

fn other_page(route: Route) -> Html {
    match route {
        Route::Start => html! { <StartPage /> },
        Route::Diagnostics => html! { <DiagnosticsPage /> },
        Route::Changes => html! { <ChangesPage /> },
        Route::Open => html! { <OpenPage /> },
        Route::Overlays => html! { <OverlaysPage /> },
        #[cfg(not(feature = "full"))]
        route if route.in_full_module() => html! { <crate::pages::FullModulePage /> },
        #[cfg(feature = "full")]
        route if route.in_full_module() => full_module_page(route),
        _ => html! { <NotFoundPage /> },
    }
}

/// The pages only the full module draws (route::FULL_MODULE_PATHS).
#[cfg(feature = "full")]
fn full_module_page(route: Route) -> Html {
    use crate::pages::compare::ComparePage;
    use crate::pages::compare_pick::ComparePickPage;
    use crate::pages::training::{
        TrainingArticlesPage, TrainingCasesPage, TrainingHandoutPage, TrainingHubPage,
        TrainingPresentPage, TrainingSelectPage,
    };
    use crate::pages::{RollupPage, VerifyPage};
    match route {
        Route::Compare { before, after } => html! { <ComparePage {before} {after} /> },
        Route::ComparePick => html! { <ComparePickPage /> },
        Route::Rollup => html! { <RollupPage /> },
        Route::Training => html! { <TrainingHubPage /> },
        Route::TrainingArticles => html! { <TrainingArticlesPage /> },
        Route::TrainingArticle { article } => html! { <TrainingArticlesPage {article} /> },
        Route::TrainingCases => html! { <TrainingCasesPage /> },
        Route::TrainingPresent => html! { <TrainingPresentPage /> },
        Route::TrainingHandout => html! { <TrainingHandoutPage /> },
        Route::TrainingSelect => html! { <TrainingSelectPage /> },
        Route::Verify => html! { <VerifyPage /> },
        _ => html! { <NotFoundPage /> },
    }
}

/// Props of [`AppProvider`].
#[derive(Properties, PartialEq)]
pub struct AppProviderProps {
    /// The pack the app runs on.
    pub pack: &'static pack::Pack,
    /// The app below the provider.
    pub children: Html,
}

/// Holds the app state, loads the draft list once, and saves the open draft after every change.
#[component]
pub fn AppProvider(props: &AppProviderProps) -> Html {
    let pack = props.pack;
    let state = use_reducer(move || {
        let mut state = AppState::new(pack, storage::load_large_text());
        state.session = draft_at_start(pack);
        state
    });
    let handle = AppHandle(state.clone());
    use_tab_watch(state.dispatcher());
    // Set with the draft list's first load, so the effect below runs once that list is drawn.
    let listed = use_state(|| false);
    {
        let (handle, listed) = (handle.clone(), listed.clone());
        use_effect_with((), move |_| {
            focus::set_large_text(handle.state().large_text);
            handle.reload_drafts();
            listed.set(true);
        });
    }
    // The page, draft list included, is in the document: the first screen hands over now.
    use_effect_with(*listed, |listed| {
        if *listed {
            handover::finish();
        }
    });
    let revision = state
        .session
        .as_ref()
        .map(|s| (s.assessment.id.clone(), s.revision));
    {
        let handle = handle.clone();
        use_effect_with(revision, move |rev| {
            if matches!(rev, Some((_, r)) if *r > 0) {
                // After the change is on screen (see hooks::autosave).
                crate::hooks::autosave::schedule(handle.clone());
            }
        });
    }
    html! {
        <ContextProvider<AppHandle> context={handle}>
            { props.children.clone() }
        </ContextProvider<AppHandle>>
    }
}

/// The whole app.
#[component]
pub fn App() -> Html {
    let Some(pack) = pack::embedded() else {
        return html! {
            <main class="page"><h1>{ "问卷数据无法读取" }</h1>
            <p>{ "程序文件可能不完整。请联系技术人员重新部署本工具。您已保存的草稿不受影响。" }</p></main>
        };
    };
    html! {
        <HashRouter>
            <AppProvider {pack}>
                <div class="page">
                    <SkipLink />
                    <RouteLanding />
                    <Switch<Route> render={switch} />
                </div>
            </AppProvider>
        </HashRouter>
    }
}
