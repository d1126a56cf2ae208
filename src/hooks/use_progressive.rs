//! Drawing a long list in slices (issue #20): [`use_progressive`] says how many of its rows a
//! list draws now, and adds a slice on each later turn of the event loop until all are drawn, so
//! no single task builds thousands of rows and the page stays responsive while it fills.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::platform::tick::next_tick;

/// Rows a report list draws at once, and per later turn: more than the first screens show. Traced
/// at 500 + 500 (2026-12-03), building the DOM of 400 appendix rows took 230–400 ms in one task;
/// 100 rows keep a slice well under the 200 ms a task may take.
pub const SLICE_ROWS: usize = 100;

/// How many of `total` rows to draw now: [`SLICE_ROWS`] at first, a slice more per turn after.
/// A list that grows past what is drawn (a later change) gets further slices.
#[hook]
pub fn use_progressive(total: usize) -> usize {
    let shown = use_state(|| SLICE_ROWS);
    {
        let shown = shown.clone();
        use_effect_with((*shown, total), move |&(now, total)| {
            if now < total {
                spawn_local(async move {
                    next_tick().await;
                    shown.set(now + SLICE_ROWS);
                });
            }
        });
    }
    (*shown).min(total)
}

/// How many of `total` rows a page draws now when it is first drawn in turns of `slice` rows
/// (the 清单 after a switch): a slice more each turn, and once all are there, every row from then
/// on, so a row added later (添加, a pasted list) is drawn in the task that adds it and can take
/// the focus.
#[hook]
pub fn use_first_draw_in_turns(total: usize, slice: usize) -> usize {
    let slice = slice.max(1);
    let shown = use_state(|| slice);
    {
        let shown = shown.clone();
        use_effect_with((*shown, total), move |&(now, total)| match now {
            usize::MAX => {}
            now if now < total => spawn_local(async move {
                next_tick().await;
                shown.set(now + slice);
            }),
            _ => shown.set(usize::MAX),
        });
    }
    (*shown).min(total)
}
