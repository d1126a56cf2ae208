//! The 备案申请表 (filing application form) of each hosted app: its layout is content data
//! (`content/filing-form/form.toml`, embedded as JSON at build time) and [`filing_forms`] fills
//! it from the draft. What the self-check cannot know stays blank and is listed as 待补充.

mod fill;
mod layout;

pub use fill::{filing_form, filing_forms, FilingForm, FormPart, FormRow};
pub use layout::{embedded_layout, parse_layout, FormLayout, PartLayout, PartSource, RowLayout};

/// The word shown on screen (never on paper) for a part the unit still has to fill in.
pub const TO_FILL: &str = "待补充";
