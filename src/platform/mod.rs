//! Every side effect of the app lives here: browser storage, the clock, focus. Nothing else touches the browser.

pub mod browser;
pub mod clock;
pub mod download;
pub mod dropped;
pub mod durable;
pub mod file;
pub mod first_screen;
pub mod focus;
pub mod keys;
pub mod landing;
mod local_storage;
pub mod module;
pub mod overlay_store;
pub mod perf;
#[cfg(feature = "full")]
pub mod practice_store;
pub mod print;
pub mod read_ahead;
pub mod rescue;
pub mod storage;
pub mod tabs;
pub mod takeover;
pub mod tick;
pub mod window_event;
