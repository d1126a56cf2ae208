//! Fills the form for one hosted app from the draft: inventory, answers and justification cards.
//! A part with nothing recorded gets no lines and is listed in [`FilingForm::to_fill`].

use super::layout::{FormLayout, PartLayout, PartSource};
use crate::model::{Answer, AnswerValue, App, Assessment, Justification, UNIT_ASSET};
use crate::pack::{AnswerKind, Pack, Scope};
use crate::report::number_text;

/// One filled part of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct FormPart {
    /// Its label; empty for a row with one part.
    pub label: String,
    /// The text, one entry per line; empty when the unit still has to fill it in.
    pub lines: Vec<String>,
    /// Shown on screen beside 待补充 (why it is blank).
    pub hint: String,
}

/// One filled row.
#[derive(Debug, Clone, PartialEq)]
pub struct FormRow {
    /// Row number.
    pub no: u8,
    /// Row label.
    pub label: String,
    /// Its parts.
    pub parts: Vec<FormPart>,
}

/// The form of one hosted app, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub struct FilingForm {
    /// App id.
    pub app: String,
    /// App name.
    pub app_name: String,
    /// The layout's title, attachment label, source and confidence, footnote, pledge, seal and date.
    pub layout: FormLayout,
    /// The rows, filled.
    pub rows: Vec<FormRow>,
    /// Every part left blank, as `4. 立项审核情况·审批单位、时间及文号`, in row order.
    pub to_fill: Vec<String>,
}

fn trimmed(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn option_label(kind: &AnswerKind, value: &str) -> String {
    let named = crate::pack::yes_no_label(value);
    let options = match kind {
        AnswerKind::Single { options } | AnswerKind::Multi { options } => options.as_slice(),
        _ => &[],
    };
    options
        .iter()
        .find(|o| o.value == value)
        .map(|o| o.label.clone())
        .or_else(|| named.map(str::to_string))
        .unwrap_or_else(|| value.to_string())
}

/// The lines of an answer part; none when the answer has no value yet.
fn answer_lines(layout: &PartLayout, kind: &AnswerKind, answer: &Answer) -> Vec<String> {
    let Some(value) = &answer.value else {
        return Vec::new();
    };
    let main = match value {
        AnswerValue::Choice(v) => layout
            .text
            .get(v)
            .cloned()
            .unwrap_or_else(|| option_label(kind, v)),
        AnswerValue::Multi(vs) if vs.is_empty() || vs.iter().any(|v| v == "none") => {
            match layout.none.as_str() {
                "" => option_label(kind, "none"),
                none => none.to_string(),
            }
        }
        AnswerValue::Multi(vs) => {
            let labels: Vec<String> = vs.iter().map(|v| option_label(kind, v)).collect();
            format!("{}{}", layout.prefix, labels.join("、"))
        }
        AnswerValue::Number(n) => number_text(*n),
        AnswerValue::Date(d) if layout.date.is_empty() => d.clone(),
        AnswerValue::Date(d) => layout.date.replace("{date}", d),
        AnswerValue::Never if layout.never.is_empty() => "从未".to_string(),
        AnswerValue::Never => layout.never.clone(),
        AnswerValue::NotApplicable(reason) => match trimmed(reason) {
            Some(r) => format!("不适用:{r}"),
            None => "不适用".to_string(),
        },
    };
    let mut lines = vec![main];
    lines.extend(trimmed(&answer.note).map(|n| format!("说明:{n}")));
    lines
}

/// One line per claimed function's card; blank fields print as their label alone, and each is
/// added to `blank` so the screen lists it.
fn card_lines(
    pack: &Pack,
    item: &str,
    answer: Option<&Answer>,
    blank: &mut Vec<String>,
) -> Option<Vec<String>> {
    let item = pack.item(item)?;
    let exception = item.exception.as_ref()?;
    let answer = answer?;
    let selected: Vec<&str> = match &answer.value {
        Some(AnswerValue::Multi(vs)) => vs.iter().map(String::as_str).collect(),
        _ => Vec::new(),
    };
    let claimed: Vec<_> = exception
        .functions
        .iter()
        .filter(|f| selected.contains(&f.value.as_str()))
        .collect();
    if claimed.is_empty() {
        return answer.value.is_some().then(|| vec!["不涉及".to_string()]);
    }
    if !answer.exception {
        return None;
    }
    let empty = Justification::default();
    let lines = claimed
        .iter()
        .map(|f| {
            let card = answer.justifications.get(&f.value).unwrap_or(&empty);
            let fields: Vec<String> = exception
                .fields
                .iter()
                .map(|field| match trimmed(card.get(*field)) {
                    Some(v) => format!("{}:{v}", field.label()),
                    None => {
                        blank.push(format!("{}·{}", f.label, field.label()));
                        format!("{}:", field.label())
                    }
                })
                .collect();
            format!("{}——{}", f.label, fields.join(";"))
        })
        .collect();
    Some(lines)
}

fn app_part(
    source: PartSource,
    part: &PartLayout,
    assessment: &Assessment,
    app: &App,
) -> Vec<String> {
    match source {
        PartSource::UnitName => trimmed(&assessment.profile.name).into_iter().collect(),
        PartSource::AppName => trimmed(&app.name).into_iter().collect(),
        PartSource::AppForm => vec![format!("{}({})", app.form.label(), app.audience.label())],
        PartSource::AppSameKind => match app
            .same_kind
            .lines()
            .filter_map(trimmed)
            .collect::<Vec<_>>()
        {
            list if !list.is_empty() => list,
            _ => {
                let none_found = assessment
                    .answer("B3.4", &app.id)
                    .is_some_and(|a| a.value == Some(AnswerValue::Choice("none_found".into())));
                match none_found && !part.none.is_empty() {
                    true => vec![part.none.clone()],
                    false => Vec::new(),
                }
            }
        },
        _ => Vec::new(),
    }
}

/// The form of `app`, filled from `assessment` answered against `pack`.
pub fn filing_form(
    layout: &FormLayout,
    pack: &Pack,
    assessment: &Assessment,
    app: &App,
) -> FilingForm {
    let mut to_fill = Vec::new();
    let rows = layout
        .rows
        .iter()
        .map(|row| {
            let parts = row
                .parts
                .iter()
                .map(|part| {
                    let item = pack.item(&part.item);
                    let asset = match item.is_some_and(|i| i.scope.contains(&Scope::Unit)) {
                        true => UNIT_ASSET,
                        false => app.id.as_str(),
                    };
                    let answer = assessment.answer(&part.item, asset);
                    let mut blank = Vec::new();
                    let lines = match part.source {
                        PartSource::Manual => Vec::new(),
                        PartSource::Answer => match (item, answer) {
                            (Some(i), Some(a)) => answer_lines(part, &i.answer, a),
                            _ => Vec::new(),
                        },
                        PartSource::Justifications => {
                            card_lines(pack, &part.item, answer, &mut blank).unwrap_or_default()
                        }
                        other => app_part(other, part, assessment, app),
                    };
                    let name = match part.label.as_str() {
                        "" => row.label.clone(),
                        label => format!("{}·{label}", row.label),
                    };
                    if lines.is_empty() {
                        to_fill.push(format!("{}. {name}", row.no));
                    }
                    to_fill.extend(blank.into_iter().map(|b| format!("{}. {name}·{b}", row.no)));
                    let hint = match (part.source, part.hint.as_str()) {
                        (PartSource::Answer | PartSource::Justifications, "")
                            if lines.is_empty() =>
                        {
                            format!("自查题 {} 尚未作答或无可填内容", part.item)
                        }
                        (_, hint) => hint.to_string(),
                    };
                    FormPart {
                        label: part.label.clone(),
                        lines,
                        hint,
                    }
                })
                .collect();
            FormRow {
                no: row.no,
                label: row.label.clone(),
                parts,
            }
        })
        .collect();
    FilingForm {
        app: app.id.to_string(),
        app_name: app.name.clone(),
        layout: layout.clone(),
        rows,
        to_fill,
    }
}

/// One form per app the unit hosts, in inventory order.
pub fn filing_forms(layout: &FormLayout, pack: &Pack, assessment: &Assessment) -> Vec<FilingForm> {
    assessment
        .inventory
        .apps
        .iter()
        .filter(|a| a.hosted())
        .map(|app| filing_form(layout, pack, assessment, app))
        .collect()
}
