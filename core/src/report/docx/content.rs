//! What each Word file holds, from the report model: the 正式报告 (with the ledger and,
//! optionally, the answer list as 附件), the 自查底稿, and one 备案申请表.

use super::body::{Align, Body};
use super::package::package;
use crate::report::xlsx::parse_date;
use crate::report::{LedgerRow, Report, ReportError};

/// Landscape text width (A4 less the margins), in twips.
const WIDE: u32 = 12756;
/// Portrait text width, in twips.
const NARROW: u32 = 8845;

fn columns(total: u32, shares: &[u32]) -> Vec<u32> {
    let sum: u32 = shares.iter().sum();
    shares.iter().map(|s| total * s / sum).collect()
}

/// The ledger in its own landscape section (ends the section before it first).
fn ledger(body: &mut Body, caption: &str, rows: &[LedgerRow]) {
    body.end_section(false);
    body.subheading(caption);
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            vec![
                r.no.to_string(),
                r.severity_label.to_string(),
                r.asset_label.clone(),
                r.problem.clone(),
                r.basis.clone(),
                r.measure.clone(),
                r.owner.clone(),
                r.deadline.clone(),
                r.status_label.to_string(),
            ]
        })
        .collect();
    let header = [
        "序号",
        "类别",
        "对象",
        "问题",
        "依据",
        "整改措施",
        "责任人",
        "时限",
        "状态",
    ];
    body.table(
        &columns(WIDE, &[4, 5, 11, 24, 17, 21, 8, 7, 6]),
        &header,
        &cells,
        20,
    );
    body.end_section(true);
}

fn answers(body: &mut Body, report: &Report) {
    for part in &report.appendix {
        body.subheading(&part.title);
        let rows: Vec<Vec<String>> = part
            .rows
            .iter()
            .map(|r| {
                vec![
                    r.item.clone(),
                    r.asset_label.clone(),
                    r.question.clone(),
                    r.answer.clone(),
                    r.status_label.to_string(),
                    r.note.clone(),
                ]
            })
            .collect();
        body.table(
            &columns(NARROW, &[7, 14, 33, 18, 9, 19]),
            &["题号", "对象", "题目", "回答", "结论", "说明"],
            &rows,
            18,
        );
    }
}

fn date_of(report: &Report) -> Option<(u16, u16, u16)> {
    parse_date(&report.cover.date)
}

/// The 正式报告: 主送机关, title, the four sections, closing and signature block; then the
/// ledger as 附件1 (landscape) and, when `with_answers`, the answer list as the last 附件.
pub fn official_docx(report: &Report, with_answers: bool) -> Result<Vec<u8>, ReportError> {
    let o = &report.official;
    let mut body = Body::new();
    body.title(&o.title);
    body.line("", Align::Left);
    let addressee = match o.addressee.as_str() {
        "" => "\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}\u{3000}:".to_string(),
        a => format!("{a}:"),
    };
    body.line(&addressee, Align::Left);
    for s in &o.sections {
        body.heading(s.heading);
        for p in &s.paragraphs {
            body.text(p);
        }
    }
    let mut annexes = Vec::new();
    if !report.ledger.is_empty() {
        annexes.push(format!("整改台账(共 {} 项)", report.ledger.len()));
    }
    if with_answers {
        annexes.push("自查问卷作答情况".to_string());
    }
    if !annexes.is_empty() {
        body.line("", Align::Left);
        for (i, a) in annexes.iter().enumerate() {
            body.text(&format!(
                "{}{}. {a}",
                if i == 0 {
                    "附件:"
                } else {
                    "\u{3000}\u{3000}\u{3000}"
                },
                i + 1
            ));
        }
    }
    body.line("", Align::Left);
    body.line(
        &format!("单位负责人(签字):{}", "\u{3000}".repeat(6)),
        Align::Left,
    );
    body.line("", Align::Left);
    body.line(&format!("{}(盖章)", o.closing_unit), Align::Right);
    body.line(&o.closing_date, Align::Right);
    let mut n = 0;
    if !report.ledger.is_empty() {
        n += 1;
        ledger(&mut body, &format!("附件{n}  整改台账"), &report.ledger);
    }
    if with_answers {
        n += 1;
        body.subheading(&format!("附件{n}  自查问卷作答情况"));
        answers(&mut body, report);
    }
    package(&body.finish(), &o.title, "", date_of(report))
}

/// The 自查底稿: the complete working record (basic facts, counts, red lines, findings by
/// article, the ledger, parameters and every answer), with the data fingerprint in the footer.
pub fn workpaper_docx(report: &Report) -> Result<Vec<u8>, ReportError> {
    let c = &report.cover;
    let mut body = Body::new();
    body.line(&c.unit, Align::Center);
    body.title(c.title);
    body.small("自查底稿", Align::Center);
    let facts: Vec<Vec<String>> = [
        ("单位名称", c.unit.clone()),
        ("行政层级", c.level.to_string()),
        ("单位类型", c.unit_type.to_string()),
        ("自查目的", c.purpose.to_string()),
        ("自查日期", c.date.clone()),
        ("填报人", c.assessor.clone()),
        ("联系方式", c.contact.clone()),
        ("自查依据", c.pack_title.clone()),
        ("自查结论", report.verdict.overall.label().to_string()),
    ]
    .into_iter()
    .map(|(k, v)| vec![k.to_string(), v])
    .collect();
    body.table(&columns(NARROW, &[1, 3]), &[], &facts, 24);
    if let Some(n) = report.unfinished {
        body.text(&format!(
            "未完成:本次自查尚有 {n} 项未作答,本底稿仅反映已作答部分。"
        ));
    }
    body.page_break();
    body.heading("一、自查结果概况");
    let k = &report.counts;
    body.text(&format!(
        "共 {} 项次:符合 {},建议改进 {},红线 {},不适用 {},未作答 {},无法判断 {}。",
        k.total(),
        k.compliant,
        k.advisory,
        k.red_line,
        k.not_applicable,
        k.unanswered,
        k.undetermined
    ));
    body.heading(&format!("二、红线问题({}项)", report.red_lines.len()));
    for f in &report.red_lines {
        body.text(&format!(
            "{} {}({}):{}",
            f.item,
            f.question,
            f.asset_label,
            f.reasons.join(";")
        ));
    }
    body.heading("三、按条款的自查情况");
    for a in &report.articles {
        body.subheading(&a.label);
        if let Some(t) = a.empty_text {
            body.text(t);
        }
        for f in &a.findings {
            body.text(&format!(
                "【{}】{} {}({}):{}",
                f.status_label,
                f.item,
                f.question,
                f.asset_label,
                f.reasons.join(";")
            ));
        }
    }
    body.heading("四、参数");
    for p in &report.parameters {
        body.text(&format!(
            "{}:{}{}({})",
            p.label, p.value_text, p.unit, p.source
        ));
    }
    if !report.ledger.is_empty() {
        ledger(&mut body, "五、整改台账", &report.ledger);
    }
    body.heading("六、逐项作答");
    answers(&mut body, report);
    let note = format!(
        "数据指纹 {} · 问卷 {} {}",
        c.fingerprint, c.pack_id, c.pack_version
    );
    package(
        &body.finish(),
        &format!("{}{}(自查底稿)", c.unit, c.title),
        &note,
        date_of(report),
    )
}

/// The 备案申请表 of the `index`-th hosted app (in [`Report::filing_forms`] order); `None` when
/// there is no such form. Blank parts print as their label with space to write in.
pub fn filing_form_docx(report: &Report, index: usize) -> Option<Result<Vec<u8>, ReportError>> {
    let form = report.filing_forms.get(index)?;
    let l = &form.layout;
    let mut body = Body::new();
    body.line(&l.attachment, Align::Left);
    body.title(&l.title);
    body.line("", Align::Left);
    let rows: Vec<Vec<String>> = form
        .rows
        .iter()
        .map(|row| {
            let text: Vec<String> = row
                .parts
                .iter()
                .map(|p| {
                    let value = p.lines.join("\n");
                    match p.label.as_str() {
                        "" => value,
                        label if value.is_empty() => format!("{label}:"),
                        label => format!("{label}:{value}"),
                    }
                })
                .collect();
            vec![row.label.clone(), text.join("\n")]
        })
        .collect();
    body.table(&columns(NARROW, &[1, 3]), &[], &rows, 22);
    body.small(&format!("注:{}", l.footnote), Align::Left);
    body.line("", Align::Left);
    body.text(&l.pledge);
    body.line("", Align::Left);
    body.line(&format!("{}:", l.seal), Align::Right);
    body.line(&l.date, Align::Right);
    let title = format!("{}({})", l.title, form.app_name);
    Some(package(&body.finish(), &title, "", date_of(report)))
}
