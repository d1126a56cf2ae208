//! 打开文件: pick or drop a saved file or a backup; it is read and checked entirely in the
//! browser and previewed. A file that cannot be imported says why in Chinese, and nothing stored
//! changes until the user confirms an import.

use std::rc::Rc;

use fingertip_core::import::{
    open, released_snapshots, BackupPreview, Opened as File, Preview, MAX_IMPORT_BYTES,
};
use fingertip_core::pack::Pack;
use fingertip_core::report::assessment_fingerprint;
use yew::prelude::*;

use crate::components::data_safety::{BackupRestore, FilePicker, ImportPreview};
use crate::error::FileError;
use crate::hooks::use_app;
use crate::platform::file::read_bytes;
use crate::platform::tick;
use crate::route::{href, Route};

/// What the page shows for the opened file.
#[derive(Clone, PartialEq)]
enum Opened {
    /// Nothing opened yet.
    Nothing,
    /// Reading the file.
    Reading,
    /// It cannot be imported: a stable kind (for tests) and the message.
    Failed(&'static str, String),
    /// A saved file with its fingerprint.
    Single(Rc<Preview>, AttrValue),
    /// A backup.
    Backup(Rc<BackupPreview>),
}

/// Reads `bytes` once, as a saved file or a backup (core's [`open`] decides by its shape). A saved
/// file's fingerprint is computed in a task of its own after the check (a large unit's file takes
/// ~150 ms of each; issue #20: no main-thread task over 200 ms).
async fn open_bytes(bytes: &[u8], pack: &Pack) -> Opened {
    match open(bytes, pack, released_snapshots()) {
        Ok(File::Saved(p)) => {
            tick::next_tick().await;
            let fingerprint = assessment_fingerprint(pack, &p.file.clone().into_assessment());
            Opened::Single(Rc::from(p), fingerprint.into())
        }
        Ok(File::Backup(b)) => Opened::Backup(Rc::from(b)),
        Err(e) => failed(e),
    }
}

fn failed(e: impl Into<FileError>) -> Opened {
    let e = e.into();
    Opened::Failed(e.kind(), e.to_string())
}

/// The open-file page.
#[component]
pub fn OpenPage() -> Html {
    let app = use_app();
    let opened = use_state(|| Opened::Nothing);
    let name = use_state(AttrValue::default);
    let on_file = {
        let (opened, name, pack) = (opened.clone(), name.clone(), app.national_pack());
        Callback::from(move |file: web_sys::File| {
            name.set(file.name().into());
            opened.set(Opened::Reading);
            let opened = opened.clone();
            wasm_bindgen_futures::spawn_local(async move {
                opened.set(match read_bytes(file, MAX_IMPORT_BYTES).await {
                    Ok(bytes) => open_bytes(&bytes, pack).await,
                    Err(e) => failed(e),
                });
            });
        })
    };
    let body = match &*opened {
        Opened::Nothing => Html::default(),
        Opened::Reading => html! { <p role="status">{ "正在读取文件……" }</p> },
        Opened::Failed(kind, message) => html! {
            <div class="import-error error-panel" role="alert" data-kind={*kind}>
                <h2>{ format!("无法打开“{}”", *name) }</h2>
                <p>{ message.clone() }</p>
                <p>{ "本浏览器中保存的内容没有任何改变。" }</p>
            </div>
        },
        Opened::Single(p, fingerprint) => html! {
            <ImportPreview key={format!("{}{fingerprint}", *name)} preview={p.clone()}
                name={(*name).clone()} fingerprint={fingerprint.clone()} />
        },
        Opened::Backup(b) => html! {
            <BackupRestore preview={b.clone()} name={(*name).clone()} />
        },
    };
    html! {
        <section class="open-file" aria-labelledby="open-title">
            <p class="no-print"><a href={href(&Route::Start)}>{ "返回首页" }</a></p>
            <h1 id="open-title">{ "打开文件" }</h1>
            <p>{ "打开从指尖自查导出的存档,或“导出全部数据”得到的备份文件。文件只在本浏览器中读取和检查,\
                 不会上传;打开后先显示预览,确认导入之前,本浏览器中保存的内容不会有任何改变。" }</p>
            <FilePicker {on_file} busy={matches!(*opened, Opened::Reading)} />
            <p class="no-print"><a href={href(&Route::Verify)}>{ "核验纸质报告:输入报告上的数据指纹,与文件比对" }</a></p>
            { body }
        </section>
    }
}
