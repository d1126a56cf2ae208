//! 待复核 / 待确认: the mark under a row whose answer is provisional — carried from the previous
//! self-check (待复核), or an asset-aware default for a new asset (待确认, with how many of the
//! unit's other assets answered so) — with a one-click confirm; and the bar that confirms every
//! such row of a page.

use fingertip_core::cycle::CycleEdit;
use fingertip_core::edit::Edit;
use fingertip_core::model::Suggested;
use yew::prelude::*;

use crate::hooks::use_app;

/// Props of [`ReviewMark`].
#[derive(Properties, PartialEq)]
pub struct ReviewMarkProps {
    /// Item id.
    pub item: AttrValue,
    /// Asset id.
    pub asset: AttrValue,
    /// The asset's label, for the button's name.
    pub label: AttrValue,
    /// Set when the value is an asset-aware default rather than carried over.
    #[prop_or_default]
    pub suggested: Option<Suggested>,
    /// What the other assets are called ("应用", "群组"), for the default's reason.
    #[prop_or_default]
    pub noun: AttrValue,
}

/// The mark and confirm button of one provisional row.
#[component]
pub fn ReviewMark(props: &ReviewMarkProps) -> Html {
    let app = use_app();
    let confirm = {
        let (item, asset) = (props.item.to_string(), props.asset.to_string());
        Callback::from(move |_: MouseEvent| {
            app.edit(Edit::Cycle(CycleEdit::Confirm {
                item: item.clone(),
                asset: Some(asset.clone()),
            }));
        })
    };
    html! {
        <p class="review-mark">
            if let Some(s) = props.suggested {
                <span class="tag review-tag">{ "待确认" }</span>
                { format!("按本单位其他{} {} 个中 {} 个的答案预填,确认或改答后才计为已作答。",
                    if props.noun.is_empty() { "同类对象" } else { props.noun.as_str() }, s.answered, s.agreeing) }
            } else {
                <span class="tag review-tag">{ "待复核" }</span>
                { "上次自查的答案,确认后才计为已作答。" }
            }
            <button type="button" onclick={confirm}
                aria-label={format!("确认 {} {} 的答案", props.item, props.label)}>{ "确认答案" }</button>
        </p>
    }
}

/// Props of [`ReviewBar`].
#[derive(Properties, PartialEq)]
pub struct ReviewBarProps {
    /// Item ids of the page's provisional rows.
    pub items: Vec<String>,
    /// How many rows are provisional.
    pub count: usize,
}

/// 全部确认: confirms every provisional row of the page.
#[component]
pub fn ReviewBar(props: &ReviewBarProps) -> Html {
    let app = use_app();
    if props.count == 0 {
        return Html::default();
    }
    let confirm = {
        let items = props.items.clone();
        Callback::from(move |_: MouseEvent| {
            app.edit(Edit::Cycle(CycleEdit::ConfirmItems(items.clone())))
        })
    };
    html! {
        <button type="button" class="review-all" onclick={confirm}>
            { format!("确认本条全部待复核答案({})", props.count) }
        </button>
    }
}
