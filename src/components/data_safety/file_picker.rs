//! Choosing a file to open: a labelled file input (the keyboard way) and a drop zone for dragging
//! a file from the desktop. Emits the chosen file; reading it is the page's job.

use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`FilePicker`].
#[derive(Properties, PartialEq)]
pub struct FilePickerProps {
    /// Called with the file the user picked or dropped.
    pub on_file: Callback<web_sys::File>,
    /// A file is being read: the picker is disabled meanwhile.
    #[prop_or_default]
    pub busy: bool,
    /// The input's label; the default names saved files and backups.
    #[prop_or(AttrValue::Static("选择要打开的文件(.json 存档或备份)"))]
    pub label: AttrValue,
    /// Accepted file types.
    #[prop_or(AttrValue::Static(".json,application/json"))]
    pub accept: AttrValue,
}

/// The file input and the drop zone.
#[component]
pub fn FilePicker(props: &FilePickerProps) -> Html {
    let over = use_state(|| false);
    let onchange = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|list| list.get(0)) {
                on_file.emit(file);
            }
            // Lets the user pick the same file again (e.g. to import it a second time).
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
        let (on_file, over) = (props.on_file.clone(), over.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|list| list.get(0));
            if let Some(file) = file {
                on_file.emit(file);
            }
        })
    };
    html! {
        <div class="file-picker">
            <label for="open-file">{ props.label.clone() }</label>
            <input id="open-file" type="file" accept={props.accept.clone()} {onchange} disabled={props.busy} />
            <div class={classes!("drop-zone", over.then_some("over"))} data-testid="drop-zone"
                ondragenter={hover(true)} ondragover={hover(true)} ondragleave={hover(false)} {ondrop}>
                { "或者把文件拖放到这里" }
            </div>
        </div>
    }
}
