//! Step 2 清单: the unit's apps, public accounts and work groups, each an editable table.

use fingertip_core::edit::Edit;
use fingertip_core::inventory_edit::{next_id, AssetKind};
use fingertip_core::model::Assessment;
use yew::prelude::*;

use crate::components::inventory::input::dispatch;
use crate::components::inventory::{
    heading_id, AccountRow, AppRow, AssetSection, GroupRow, ACCOUNT_COLUMNS, APP_COLUMNS,
    GROUP_COLUMNS,
};
use crate::components::Pager;
use crate::hooks::{use_app, use_first_draw_in_turns, AppHandle};
use crate::platform::focus::focus_id;
use crate::route::{href, Step};
use fingertip_core::paging::{first_drawn, Window, PAGE_ROWS};

/// Rows drawn in the first task after switching to the 清单, and in each turn after until the
/// page is whole: twice what a 900 px high window shows (about 12 rows of the first table).
const FIRST_ROWS: usize = 25;

/// Callback adding assets of `kind` with the given names, then showing the table's last page,
/// where they are (so the added name field can take the focus).
fn add(app: &AppHandle, kind: AssetKind, page: &UseStateHandle<usize>) -> Callback<Vec<String>> {
    let (app, page) = (app.clone(), page.setter());
    Callback::from(move |names| {
        app.edit(Edit::AddAssets { kind, names });
        page.set(usize::MAX);
    })
}

/// The page of one table, and its controls.
fn paged(total: usize, page: &UseStateHandle<usize>, kind: AssetKind) -> (Window, Html) {
    let window = Window::new(total, **page, PAGE_ROWS);
    let on_page = {
        let page = page.setter();
        Callback::from(move |p: usize| {
            page.set(p);
            focus_id(&heading_id(kind));
        })
    };
    let pager = html! { <Pager {window} list={kind.label()} {on_page} /> };
    (window, pager)
}

fn next(a: &Assessment, kind: AssetKind) -> AttrValue {
    next_id(a, kind).into_string().into()
}

/// The 清单 step.
#[component]
pub fn InventoryStep() -> Html {
    let app = use_app();
    let (app_page, account_page, group_page) = (use_state(|| 0), use_state(|| 0), use_state(|| 0));
    // Every row sends one field as an intent; core applies it to the asset as it is now. The
    // callbacks are made once (dispatching needs no state of a render), so a row whose asset did
    // not change keeps its props and is not drawn again: a keystroke drew all 150 rows of a page
    // and their ~1,300 fields anew.
    let on_remove = (*use_memo((), {
        let app = app.clone();
        move |_| dispatch(&app, |id: String| Edit::Remove(id.into()))
    }))
    .clone();
    let on_edit = (*use_memo((), {
        let app = app.clone();
        move |_| dispatch(&app, std::convert::identity)
    }))
    .clone();
    let session = app.session();
    let [n_apps, n_accounts, n_groups] = session.as_ref().map_or([0; 3], |s| {
        let inv = &s.assessment.inventory;
        [inv.apps.len(), inv.accounts.len(), inv.groups.len()]
    });
    let (apps, apps_pager) = paged(n_apps, &app_page, AssetKind::App);
    let (accounts, accounts_pager) = paged(n_accounts, &account_page, AssetKind::Account);
    let (groups, groups_pager) = paged(n_groups, &group_page, AssetKind::Group);
    // Switching here draws the rows from the top, FIRST_ROWS a turn (issue #20: at 500 + 500 the
    // switch built, styled and laid out ~100 rows of ~40 elements each in one task, 600–700 ms).
    let shown = [apps.len(), accounts.len(), groups.len()];
    let budget = use_first_draw_in_turns(shown.iter().sum(), FIRST_ROWS);
    let [apps_now, accounts_now, groups_now] = first_drawn(shown, budget);
    let Some(session) = session else {
        return Html::default();
    };
    let a = &session.assessment;
    let inv = &a.inventory;
    html! {
        <section class="step form-step inventory-step" aria-labelledby="inventory-title">
            <h1 id="inventory-title">{ "清单" }</h1>
            <p class="hint">
                { "列出本单位主办或使用的全部政务应用程序、政务公众账号和工作群组。\
                   下一步将逐项对照检查;改动会自动保存在本浏览器中。" }
            </p>
            <AssetSection kind={AssetKind::App} count={inv.apps.len()} next_id={next(a, AssetKind::App)}
                columns={APP_COLUMNS} on_add={add(&app, AssetKind::App, &app_page)}
                pager={apps_pager}>
                { for inv.apps[apps.start..apps.start + apps_now].iter().enumerate().map(|(i, x)| html! {
                    <AppRow key={x.id.as_str()} item={x.clone()} row={apps.start + i + 1}
                        on_change={on_edit.clone()} on_remove={on_remove.clone()} />
                }) }
            </AssetSection>
            <AssetSection kind={AssetKind::Account} count={inv.accounts.len()} next_id={next(a, AssetKind::Account)}
                columns={ACCOUNT_COLUMNS} on_add={add(&app, AssetKind::Account, &account_page)}
                pager={accounts_pager}>
                { for inv.accounts[accounts.start..accounts.start + accounts_now].iter().enumerate().map(|(i, x)| html! {
                    <AccountRow key={x.id.as_str()} item={x.clone()} row={accounts.start + i + 1}
                        on_change={on_edit.clone()} on_remove={on_remove.clone()} />
                }) }
            </AssetSection>
            <AssetSection kind={AssetKind::Group} count={inv.groups.len()} next_id={next(a, AssetKind::Group)}
                columns={GROUP_COLUMNS} on_add={add(&app, AssetKind::Group, &group_page)}
                pager={groups_pager}>
                { for inv.groups[groups.start..groups.start + groups_now].iter().enumerate().map(|(i, x)| html! {
                    <GroupRow key={x.id.as_str()} item={x.clone()} row={groups.start + i + 1}
                        on_change={on_edit.clone()} on_remove={on_remove.clone()} />
                }) }
            </AssetSection>
            <nav class="step-nav" aria-label="上一步和下一步">
                <a href={href(&Step::Unit.route(&a.id))}>{ "上一步:单位信息" }</a>
                <a class="next" href={href(&Step::Check.route(&a.id))}>{ "下一步:逐项自查" }</a>
            </nav>
        </section>
    }
}
