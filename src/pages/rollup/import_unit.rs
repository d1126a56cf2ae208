//! 导入到我的自查: one unit of the roll-up, on the supervisor's request, shown in the same preview
//! with the same import buttons as 打开文件 (the file is read again from what was chosen). Until
//! a button there is pressed nothing is written to the drafts.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fingertip_core::import::{ImportError, Preview, MAX_IMPORT_BYTES};
use fingertip_core::pack::Pack;
use fingertip_core::report::assessment_fingerprint;
use fingertip_core::rollup::{preview_for_import, source_file};
use yew::prelude::*;

use crate::components::data_safety::ImportPreview;
use crate::platform::file::{read_bytes, ReadError};
use crate::platform::focus;

/// The chosen files by the name the roll-up gives them, kept so one can be imported later.
pub type Sources = Rc<RefCell<HashMap<String, web_sys::File>>>;

/// Why a unit's file cannot be previewed again for import.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReopenError {
    /// The file is not among the files chosen for this roll-up any more.
    #[error("这个文件已不在本次选择的文件中,请重新选择。")]
    NotChosen,
    /// The browser could not read it again.
    #[error("无法再次读取这个文件(它可能已被移动或删除)。")]
    Unreadable,
    /// It is too large, or not an importable file.
    #[error(transparent)]
    Import(#[from] ImportError),
}

/// What the import panel shows: the unit's file name, and its preview and fingerprint or why not.
pub type Opened = (AttrValue, Result<(Rc<Preview>, AttrValue), ReopenError>);

/// Reads the file of the unit named `name` again and previews it as 打开文件 would.
pub async fn open(name: String, sources: Sources, pack: &'static Pack) -> Opened {
    let file = sources.borrow().get(source_file(&name)).cloned();
    let result = match file {
        None => Err(ReopenError::NotChosen),
        Some(file) => match read_bytes(file, MAX_IMPORT_BYTES).await {
            Err(ReadError::TooLarge(size)) => Err(ImportError::TooLarge { size }.into()),
            Err(ReadError::Failed) => Err(ReopenError::Unreadable),
            Ok(bytes) => preview_for_import(&name, &bytes, pack)
                .map(|p| {
                    let a = p.file.clone().into_assessment();
                    let fingerprint = assessment_fingerprint(pack, &a);
                    (Rc::new(p), AttrValue::from(fingerprint))
                })
                .map_err(ReopenError::from),
        },
    };
    (name.into(), result)
}

/// Props of [`RollupImport`].
#[derive(Properties, PartialEq)]
pub struct RollupImportProps {
    /// The unit's file and its preview, or why it cannot be previewed.
    pub opened: Rc<Opened>,
    /// 不导入,关闭 pressed.
    pub on_close: Callback<MouseEvent>,
}

/// The preview of one unit's file with 打开文件's import buttons.
#[component]
pub fn RollupImport(props: &RollupImportProps) -> Html {
    let (name, result) = &*props.opened;
    // The panel opens above the units table: take the reader there.
    use_effect_with(Rc::as_ptr(&props.opened) as usize, |_| {
        focus::focus_id("rollup-import-title");
    });
    html! {
        <section class="rollup-import no-print" aria-labelledby="rollup-import-title">
            <h2 id="rollup-import-title" tabindex="-1">{ "导入到我的自查" }</h2>
            <p>{ "以下是这个单位的存档,与“打开文件”中的预览相同。只有按下导入按钮,才会存入本浏览器中您自己的草稿。" }</p>
            { match result {
                Ok((preview, fingerprint)) => html! {
                    <ImportPreview preview={preview.clone()} name={name.clone()} fingerprint={fingerprint.clone()} />
                },
                Err(why) => html! {
                    <p class="import-error" role="alert">{ format!("无法打开“{name}”:{why}") }</p>
                },
            } }
            <p><button type="button" onclick={props.on_close.clone()}>{ "不导入,关闭" }</button></p>
        </section>
    }
}
