//! Choosing the files to roll up: several files at once, a whole folder (picked, or dragged in
//! with its subfolders), or files dragged in. Emits the chosen files with the names to show;
//! reading them is the page's job.

use web_sys::{FileList, HtmlInputElement};
use yew::prelude::*;

use crate::platform::dropped::{entries, files_below, NamedFile};
use crate::platform::file::display_name;

/// Props of [`RollupPicker`].
#[derive(Properties, PartialEq)]
pub struct RollupPickerProps {
    /// Called with the files picked or dropped.
    pub on_files: Callback<Vec<NamedFile>>,
    /// Files are being read: the inputs are disabled meanwhile.
    pub busy: bool,
}

/// The picked files, named by their path inside a picked folder.
fn files_of(list: Option<FileList>) -> Vec<NamedFile> {
    list.map(|l| (0..l.length()).filter_map(|i| l.get(i)).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .map(|file| NamedFile {
            name: display_name(&file),
            file: Some(file),
        })
        .collect()
}

/// The two inputs and the drop zone.
#[component]
pub fn RollupPicker(props: &RollupPickerProps) -> Html {
    let over = use_state(|| false);
    let picked = |folder: bool| {
        let on_files = props.on_files.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut files = files_of(input.files());
            // In a folder only the .json files are the units' files (notes, scans are skipped).
            files.retain(|f| !folder || f.name.to_lowercase().ends_with(".json"));
            on_files.emit(files);
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
            let Some(transfer) = e.data_transfer() else {
                return;
            };
            match entries(&transfer) {
                Ok(found) => {
                    let on_files = on_files.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        on_files.emit(files_below(found).await);
                    });
                }
                Err(files) => on_files.emit(files),
            }
        })
    };
    html! {
        <div class="file-picker no-print">
            <p>
                <label for="rollup-files">{ "选择多个存档或备份文件(.json)" }</label>
                <input id="rollup-files" type="file" multiple=true accept=".json,application/json"
                    onchange={picked(false)} disabled={props.busy} />
            </p>
            <p>
                <label for="rollup-folder">{ "或选择一个文件夹(含子文件夹中的全部 .json 文件)" }</label>
                <input id="rollup-folder" type="file" webkitdirectory=true onchange={picked(true)} disabled={props.busy} />
            </p>
            <div class={classes!("drop-zone", over.then_some("over"))} data-testid="rollup-drop"
                ondragenter={hover(true)} ondragover={hover(true)} ondragleave={hover(false)} {ondrop}>
                { "或者把文件或文件夹拖放到这里(文件夹中只读取 .json 文件)" }
            </div>
        </div>
    }
}
