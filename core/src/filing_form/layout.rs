//! The form's layout as data: title, source, rows and their parts, each part naming what fills it.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// The layout JSON converted from `content/filing-form/form.toml` by `build.rs`.
const EMBEDDED_LAYOUT_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/filing_form.json"));

/// The whole form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormLayout {
    /// Stable id of this layout.
    pub id: String,
    /// The form's title.
    pub title: String,
    /// Its attachment label, e.g. 附件2.
    pub attachment: String,
    /// Where the layout comes from.
    pub source: String,
    /// How sure that layout is.
    pub confidence: String,
    /// The footnote below the table.
    pub footnote: String,
    /// The pledge sentence.
    pub pledge: String,
    /// The seal label, 单位(盖章).
    pub seal: String,
    /// The blank date line.
    pub date: String,
    /// The rows, in print order.
    pub rows: Vec<RowLayout>,
}

/// One row (栏目) of the form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowLayout {
    /// Row number, from 1.
    pub no: u8,
    /// The row's label.
    pub label: String,
    /// What goes into it.
    pub parts: Vec<PartLayout>,
}

/// What fills one part of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartSource {
    /// The unit's name.
    UnitName,
    /// The app's name.
    AppName,
    /// The app's form (APP, 小程序, 快应用) and status.
    AppForm,
    /// The app's same-kind apps (inventory).
    AppSameKind,
    /// The answer to `item` for the app (or the unit, for a unit item).
    Answer,
    /// The justification cards of the restricted functions claimed under `item`.
    Justifications,
    /// Nothing the self-check records: left blank, listed as 待补充.
    Manual,
}

/// One labelled part of a row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartLayout {
    /// Its label inside the row; empty for a row with one part.
    #[serde(default)]
    pub label: String,
    /// What fills it.
    pub source: PartSource,
    /// The item, for [`PartSource::Answer`] and [`PartSource::Justifications`].
    #[serde(default)]
    pub item: String,
    /// Phrase per choice value; a value without one prints the option's label.
    #[serde(default)]
    pub text: BTreeMap<String, String>,
    /// Before the labels of a multi-choice answer.
    #[serde(default)]
    pub prefix: String,
    /// When a multi-choice answer is `none`, or a list is empty.
    #[serde(default)]
    pub none: String,
    /// A date answer's phrase, `{date}` replaced.
    #[serde(default)]
    pub date: String,
    /// The phrase for 从未.
    #[serde(default)]
    pub never: String,
    /// Shown on screen beside 待补充.
    #[serde(default)]
    pub hint: String,
}

/// Parses a layout JSON.
pub fn parse_layout(json: &str) -> Result<FormLayout, serde_json::Error> {
    serde_json::from_str(json)
}

/// The embedded layout; `None` only if the content failed to parse, which a native test rules out.
pub fn embedded_layout() -> Option<&'static FormLayout> {
    static LAYOUT: OnceLock<Option<FormLayout>> = OnceLock::new();
    LAYOUT
        .get_or_init(|| parse_layout(EMBEDDED_LAYOUT_JSON).ok())
        .as_ref()
}
