//! The progress bar while files are read, with 取消 (what was read so far stays counted).

use yew::prelude::*;

/// Props of [`RollupProgress`].
#[derive(Properties, PartialEq)]
pub struct RollupProgressProps {
    /// Files read so far.
    pub done: usize,
    /// Files chosen.
    pub total: usize,
    /// 取消 pressed.
    pub on_cancel: Callback<MouseEvent>,
}

/// The bar, the count and the cancel button.
#[component]
pub fn RollupProgress(props: &RollupProgressProps) -> Html {
    html! {
        <div class="rollup-progress no-print" role="status">
            <label for="rollup-bar">{ format!("正在读取和检查:{} / {} 个文件", props.done, props.total) }</label>
            <progress id="rollup-bar" max={props.total.to_string()} value={props.done.to_string()} />
            <button type="button" onclick={props.on_cancel.clone()}>{ "取消" }</button>
        </div>
    }
}
