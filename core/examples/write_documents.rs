//! Writes the Word and Excel files of the sample unit and of a saved draft file into a folder,
//! for the office test layer (LibreOffice converts them to PDF): `cargo run -p fingertip-core
//! --example write_documents -- OUT_DIR [draft.json …]`. Each input gives `<stem>-正式报告.docx`,
//! `<stem>-自查底稿.docx`, `<stem>-备案申请表-<n>.docx`, `<stem>-整改台账.xlsx` and `.csv`.

use std::path::Path;
use std::process::ExitCode;

use fingertip_core::engine::evaluate;
use fingertip_core::model::Assessment;
use fingertip_core::pack::embedded;
use fingertip_core::report::{
    build_report, filing_form_docx, ledger_csv, ledger_xlsx, official_docx, workpaper_docx,
};
use fingertip_core::sample::sample_assessment;
use fingertip_core::save;

fn write_all(out: &Path, stem: &str, a: &Assessment) -> Result<(), String> {
    let pack = embedded().ok_or("问卷包无法解析")?;
    let report = build_report(pack, a, &evaluate(pack, a));
    let write = |name: String, bytes: Vec<u8>| {
        std::fs::write(out.join(&name), bytes).map_err(|e| format!("{name}: {e}"))
    };
    write(
        format!("{stem}-正式报告.docx"),
        official_docx(&report, true).map_err(|e| e.to_string())?,
    )?;
    write(
        format!("{stem}-自查底稿.docx"),
        workpaper_docx(&report).map_err(|e| e.to_string())?,
    )?;
    for i in 0..report.filing_forms.len() {
        if let Some(doc) = filing_form_docx(&report, i) {
            write(
                format!("{stem}-备案申请表-{}.docx", i + 1),
                doc.map_err(|e| e.to_string())?,
            )?;
        }
    }
    write(
        format!("{stem}-整改台账.xlsx"),
        ledger_xlsx(&report).map_err(|e| e.to_string())?,
    )?;
    write(format!("{stem}-整改台账.csv"), ledger_csv(&report))?;
    Ok(())
}

fn run() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = Path::new(
        args.first()
            .ok_or("usage: write_documents OUT_DIR [draft.json …]")?,
    );
    std::fs::create_dir_all(out).map_err(|e| e.to_string())?;
    let sample = sample_assessment("sample", "2026-11-01T09:00:00Z").ok_or("示例单位无法解析")?;
    write_all(out, "sample", &sample)?;
    for file in &args[1..] {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?;
        let saved = save::parse(&text).map_err(|e| format!("{file}: {e}"))?;
        let stem = Path::new(file)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("draft");
        write_all(out, stem, &Assessment::from_body(saved.assessment))?;
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("write_documents: {e}");
            ExitCode::FAILURE
        }
    }
}
