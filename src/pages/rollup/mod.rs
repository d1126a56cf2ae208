//! 汇总: a supervisor opens many units' self-check files at once — several files, a folder, or an
//! export-all backup — and sees them side by side. Every file goes through the same import
//! checks as 打开文件; all rules are in `fingertip_core::rollup`; this page only reads files
//! in slices, keeps the intake, and renders the views. Nothing is written to the drafts.

mod chart;
mod exports;
mod files;
mod filters;
mod import_unit;
mod load;
mod not_everywhere;
mod picker;
mod progress;
mod same_kind;
mod stale;
mod top_items;
mod totals;
mod units;
mod views;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use fingertip_core::report::chart_svg;
use fingertip_core::rollup::{
    build, rollup_csv, rollup_xlsx, Duplicate, Filter, Intake, Naming, DEFAULT_STALE_DAYS,
};
use yew::prelude::*;

use crate::error::ExportError;
use crate::hooks::use_app;
use crate::platform::{clock, download, print, tick};
use crate::route::{href, Route};
use exports::{ExportKind, RollupExports};
use files::RollupFiles;
use filters::{apply, FilterChange, RollupFilters};
use picker::RollupPicker;
use progress::RollupProgress;

/// The mark set once the views of a finished read are on screen, and the measure from the start.
const DONE_MARK: &str = "fingertip:rollup-done";
const MEASURE: &str = "fingertip:rollup";

/// The 汇总 page.
#[component]
pub fn RollupPage() -> Html {
    let pack = use_app().national_pack();
    let intake = use_memo((), |_| RefCell::new(Intake::new(true)));
    let cancel = use_memo((), |_| Cell::new(false));
    let measure_pending = use_memo((), |_| Cell::new(false));
    let generation = use_memo((), |_| Cell::new(0u32));
    let version = use_state(|| 0u32);
    let progress = use_state(|| None::<(usize, usize)>);
    let filter = use_state(Filter::default);
    let stale_days = use_state(|| DEFAULT_STALE_DAYS);
    let key_phrase = use_state(String::new);
    let notice = use_state(|| None::<String>);
    let sources = (*use_memo((), |_| import_unit::Sources::default())).clone();
    let importing = use_state(|| None::<Rc<import_unit::Opened>>);
    let today = use_memo((), |_| clock::today());
    let bump = {
        let (generation, version) = (generation.clone(), version.clone());
        Callback::from(move |()| {
            generation.set(generation.get() + 1);
            version.set(generation.get());
        })
    };
    let (built, built_from, rollup) = views::use_views(
        pack,
        intake.clone(),
        *version,
        *filter,
        *stale_days,
        today.clone(),
    );
    let stage = views::use_stage(built_from);
    {
        let measure_pending = measure_pending.clone();
        use_effect_with((built, stage), move |&(_, stage)| {
            if stage == views::LAST_STAGE && measure_pending.replace(false) {
                tick::mark(DONE_MARK);
                tick::measure_since(MEASURE, load::START_MARK);
            }
        });
    }
    let on_files = {
        let sources = sources.clone();
        let (intake, cancel, progress, bump, pending) = (
            intake.clone(),
            cancel.clone(),
            progress.clone(),
            bump.clone(),
            measure_pending.clone(),
        );
        Callback::from(move |files: Vec<crate::platform::dropped::NamedFile>| {
            if files.is_empty() || progress.is_some() {
                return;
            }
            cancel.set(false);
            progress.set(Some((0, files.len())));
            sources
                .borrow_mut()
                .extend((files.iter()).filter_map(|f| Some((f.name.clone(), f.file.clone()?))));
            let on_progress = {
                let progress = progress.clone();
                Callback::from(move |p| progress.set(Some(p)))
            };
            let on_done = {
                let (progress, bump, pending) = (progress.clone(), bump.clone(), pending.clone());
                Callback::from(move |complete: bool| {
                    pending.set(complete);
                    progress.set(None);
                    bump.emit(());
                })
            };
            let (intake, cancel) = (Rc::clone(&intake), Rc::clone(&cancel));
            wasm_bindgen_futures::spawn_local(load::load(
                files,
                pack,
                intake,
                cancel,
                on_progress,
                on_done,
            ));
        })
    };
    let on_cancel = {
        let cancel = cancel.clone();
        Callback::from(move |_: MouseEvent| cancel.set(true))
    };
    let on_import = {
        let (sources, importing) = (sources.clone(), importing.clone());
        Callback::from(move |file: String| {
            let (sources, importing) = (sources.clone(), importing.clone());
            wasm_bindgen_futures::spawn_local(async move {
                importing.set(Some(Rc::new(import_unit::open(file, sources, pack).await)));
            });
        })
    };
    let on_close = {
        let importing = importing.clone();
        Callback::from(move |_: MouseEvent| importing.set(None))
    };
    let on_clear = {
        let (intake, bump, sources) = (intake.clone(), bump.clone(), sources.clone());
        Callback::from(move |_: MouseEvent| {
            sources.borrow_mut().clear();
            *intake.borrow_mut() = Intake::new(true);
            bump.emit(());
        })
    };
    let on_swap = {
        let (intake, bump) = (intake.clone(), bump.clone());
        Callback::from(move |i: usize| {
            if intake.borrow_mut().swap(i) {
                bump.emit(());
            }
        })
    };
    let on_filter = {
        let (filter, stale_days) = (filter.clone(), stale_days.clone());
        Callback::from(move |c: FilterChange| match c {
            FilterChange::StaleDays(d) => stale_days.set(d),
            c => filter.set(apply(*filter, c)),
        })
    };
    let on_key = {
        let key_phrase = key_phrase.clone();
        Callback::from(move |k: String| key_phrase.set(k))
    };
    let on_export = {
        let (intake, rollup, key_phrase, notice, today) = (
            intake.clone(),
            rollup.clone(),
            key_phrase.clone(),
            notice.clone(),
            today.clone(),
        );
        let (filter, stale_days) = (filter.clone(), stale_days.clone());
        Callback::from(move |kind: ExportKind| {
            let intake = intake.borrow();
            let anon = Naming::Anonymised {
                key: (*key_phrase).clone(),
            };
            let anon_view = || build(pack, &intake, &filter, &today, *stale_days, &anon);
            let name = |suffix: &str, ext: &str| format!("指尖自查-汇总{suffix}-{today}.{ext}");
            let result = match kind {
                ExportKind::Print => print::print().map_err(ExportError::from),
                ExportKind::Xlsx => rollup_xlsx(&rollup, &intake, &Naming::Plain)
                    .map_err(ExportError::from)
                    .and_then(|b| Ok(download::download(&name("", "xlsx"), download::XLSX, &b)?)),
                ExportKind::Csv => {
                    download::download(&name("", "csv"), download::CSV, &rollup_csv(&rollup))
                        .map_err(ExportError::from)
                }
                ExportKind::AnonXlsx => rollup_xlsx(&anon_view(), &intake, &anon)
                    .map_err(ExportError::from)
                    .and_then(|b| {
                        Ok(download::download(
                            &name("-匿名", "xlsx"),
                            download::XLSX,
                            &b,
                        )?)
                    }),
                ExportKind::AnonCsv => download::download(
                    &name("-匿名", "csv"),
                    download::CSV,
                    &rollup_csv(&anon_view()),
                )
                .map_err(ExportError::from),
            };
            notice.set(result.err().map(|e| e.to_string()));
        })
    };
    let (rejected, duplicates) = {
        let intake = intake.clone();
        let lists = use_memo(*version, move |_| {
            let i = intake.borrow();
            let dups: Vec<Duplicate> = i
                .duplicates
                .iter()
                .map(|d| Duplicate {
                    set_aside: None,
                    ..d.clone()
                })
                .collect();
            (Rc::new(i.rejected.clone()), Rc::new(dups))
        });
        (lists.0.clone(), lists.1.clone())
    };
    let parts: Vec<(usize, AttrValue)> = pack
        .parts
        .iter()
        .enumerate()
        .map(|(i, p)| (i, format!("{} {}", p.id, p.title).into()))
        .collect();
    let red_items: Vec<(u16, AttrValue)> = {
        let mut v: Vec<(u16, AttrValue)> = rollup
            .top_red
            .iter()
            .map(|t| (t.item, t.id.clone().into()))
            .collect();
        v.sort_by_key(|(i, _)| *i);
        v
    };
    let t = rollup.totals;
    html! {
        <section class="rollup" aria-labelledby="rollup-title">
            <p class="no-print"><a href={href(&Route::Start)}>{ "返回首页" }</a></p>
            <h1 id="rollup-title">{ "多单位自查汇总" }</h1>
            <p class="no-print">{ "上级主管部门或属地网信部门可一次打开多个下级单位的自查存档(或“导出全部数据”的备份),\
                 在本浏览器中逐个检查并汇总。文件不会上传,也不会存入您自己的草稿。" }</p>
            <RollupPicker {on_files} busy={progress.is_some()} />
            if let Some((done, total)) = *progress {
                <RollupProgress {done} {total} {on_cancel} />
            }
            if let Some(n) = (*notice).clone() { <p class="notice" role="alert">{ n }</p> }
            if t.files_read > 0 {
                <p class="rollup-meta" data-testid="rollup-meta">
                    { format!("汇总日期 {}。共读取 {} 个文件(备份中的每份自查各算一个),计入 {} 个单位;{} 个未能读取,{} 个重复。",
                        rollup.today, t.files_read, t.units, t.rejected, t.duplicates) }
                </p>
                <p class="no-print"><button type="button" onclick={on_clear}>{ "清空,重新选择" }</button></p>
                <RollupFilters filter={*filter} stale_days={*stale_days} {parts} {red_items} on_change={on_filter} />
                <totals::RollupTotals totals={t} />
                <chart::RollupChart chart={chart_svg(&rollup.parts)} />
                <top_items::RollupTopItems rollup={rollup.clone()} />
                if stage >= 1 { <not_everywhere::RollupNotEverywhere rollup={rollup.clone()} /> }
                if let Some(opened) = (*importing).clone() {
                    <import_unit::RollupImport {opened} {on_close} />
                }
                if stage >= 1 { <units::RollupUnits rollup={rollup.clone()} {on_import} /> }
                if stage >= 2 {
                    <same_kind::RollupSameKind rollup={rollup.clone()} />
                    <stale::RollupStale rollup={rollup.clone()} />
                    <RollupFiles {rejected} {duplicates} {on_swap} />
                    <RollupExports key_phrase={(*key_phrase).clone()} {on_key} {on_export} />
                }
            }
        </section>
    }
}
