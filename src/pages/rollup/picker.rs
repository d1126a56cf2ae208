//! Choosing the files to roll up: several files at once, a whole folder, or files dragged in.
//! Emits the chosen files; reading them is the page's job.

use web_sys::{FileList, HtmlInputElement};
use yew::prelude::*;

/// Props of [`RollupPicker`].
#[derive(Properties, PartialEq)]
pub struct RollupPickerProps {
    /// Called with the files picked or dropped.
    pub on_files: Callback<Vec<web_sys::File>>,
    /// Files are being read: the inputs are disabled meanwhile.
    pub busy: bool,
}

fn files_of(list: Option<FileList>) -> Vec<web_sys::File> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect())
        .unwrap_or_default()
}

/// The two inputs and the drop zone.
#[component]
pub fn RollupPicker(props: &RollupPickerProps) -> Html {
    let over = use_state(|| false);
    let onchange = {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            on_files.emit(files_of(input.files()));
            input.set_value("");
        })
    };
    let hover = |on: bool| {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(on);
        })
    };
    let ondrop = {
        let (on_files, over) = (props.on_files.clone(), over.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            on_files.emit(files_of(e.data_transfer().and_then(|d| d.files())));
        })
    };
    html! {
        <div class="file-picker no-print">
            <p>
                <label for="rollup-files">{ "选择多个存档或备份文件(.json)" }</label>
                <input id="rollup-files" type="file" multiple=true accept=".json,application/json"
                    onchange={onchange.clone()} disabled={props.busy} />
            </p>
            <p>
                <label for="rollup-folder">{ "或选择一个文件夹(含子文件夹中的全部文件)" }</label>
                <input id="rollup-folder" type="file" webkitdirectory=true {onchange} disabled={props.busy} />
            </p>
            <div class={classes!("drop-zone", over.then_some("over"))} data-testid="rollup-drop"
                ondragenter={hover(true)} ondragover={hover(true)} ondragleave={hover(false)} {ondrop}>
                { "或者把文件拖放到这里" }
            </div>
        </div>
    }
}
