//! 定稿 and 重新打开 intents of the app handle: core checks the request first, so the form can
//! show why it was refused; then the reducer applies it and autosave stores it.

use fingertip_core::finalise;

use super::AppHandle;
use crate::error::DraftError;
use crate::platform::clock;
use crate::state::Action;

impl AppHandle {
    /// Finalises the open draft in the names typed; `Err` says why, for the user.
    pub fn finalise(&self, assessor: &str, reviewer: &str) -> Result<(), DraftError> {
        let session = self.session().ok_or(DraftError::NotOpen)?;
        let now = clock::now_local_iso();
        let mut trial = session.assessment.clone();
        finalise::finalise(self.pack(), &mut trial, assessor, reviewer, &now)?;
        self.0.dispatch(Action::Finalise {
            now,
            assessor: assessor.to_string(),
            reviewer: reviewer.to_string(),
        });
        Ok(())
    }

    /// Reopens the open finalised draft for `reason`; `Err` says why, for the user.
    pub fn reopen(&self, reason: &str) -> Result<(), DraftError> {
        let session = self.session().ok_or(DraftError::NotOpen)?;
        let now = clock::now_local_iso();
        let mut trial = session.assessment.clone();
        finalise::reopen(&mut trial, reason, &now)?;
        self.0.dispatch(Action::Reopen {
            now,
            reason: reason.to_string(),
        });
        Ok(())
    }
}
