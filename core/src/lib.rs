//! 指尖自查 domain core: the criteria pack, the assessment model and the pure engine that judges it.
//! No web dependencies: everything here is tested with plain `cargo test`.

pub mod batch;
pub mod cycle;
pub mod date;
pub mod draft;
pub mod edit;
pub mod engine;
pub mod filing_form;
pub mod finalise;
pub mod fingerprint;
pub mod import;
pub mod inventory_edit;
pub mod invisible;
pub mod json_path;
pub mod model;
pub mod navigate;
pub mod number;
pub mod overlay;
pub mod pack;
pub mod paging;
pub mod report;
pub mod rollup;
pub mod sample;
pub mod save;
pub mod store;
pub mod timestamp;
pub mod training;
pub mod verify;
pub mod xlsx_read;
