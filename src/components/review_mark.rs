//! 待复核 / 待确认: the mark under a row whose answer is provisional (carried from the previous
//! self-check), with a one-click confirm; and the bar that confirms every such row of a page.

use fingertip_core::cycle::CycleEdit;
use fingertip_core::edit::Edit;
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
            <span class="tag review-tag">{ "待复核" }</span>
            { "上次自查的答案,确认后才计为已作答。" }
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
