//! 定稿 and 重新打开 intents of the app handle: core checks the request first, so the form can
//! show why it was refused; then the reducer applies it and autosave stores it.

use fingertip_core::finalise;

use super::AppHandle;
use crate::platform::clock;
use crate::state::Action;

/// Shown when no draft is open (the report page opens one first, so this is rare).
const NO_DRAFT: &str = "草稿尚未打开,请稍后重试。";

impl AppHandle {
    /// Finalises the open draft in the names typed; `Err` holds the message for the user.
    pub fn finalise(&self, assessor: &str, reviewer: &str) -> Result<(), String> {
        let session = self.session().ok_or(NO_DRAFT)?;
        let now = clock::now_local_iso();
        let mut trial = session.assessment.clone();
        finalise::finalise(self.pack(), &mut trial, assessor, reviewer, &now)
            .map_err(|e| e.to_string())?;
        self.0.dispatch(Action::Finalise {
            now,
            assessor: assessor.to_string(),
            reviewer: reviewer.to_string(),
        });
        Ok(())
    }

    /// Reopens the open finalised draft for `reason`; `Err` holds the message for the user.
    pub fn reopen(&self, reason: &str) -> Result<(), String> {
        let session = self.session().ok_or(NO_DRAFT)?;
        let now = clock::now_local_iso();
        let mut trial = session.assessment.clone();
        finalise::reopen(&mut trial, reason, &now).map_err(|e| e.to_string())?;
        self.0.dispatch(Action::Reopen {
            now,
            reason: reason.to_string(),
        });
        Ok(())
    }
}
