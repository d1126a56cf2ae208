//! Building the roll-up views in slices: the core's [`Building`] steps through the units a few
//! hundred at a time, the browser given a turn every ~30 ms, so 5,000 units never freeze the page.
//! A build superseded by a newer one (a new read, another filter) stops and delivers nothing.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use fingertip_core::pack::Pack;
use fingertip_core::rollup::{build, Building, Filter, Intake, Naming, RollUp};
use yew::prelude::*;

use crate::platform::tick::{next_tick, now_ms};

/// Work done between two turns given to the browser, in milliseconds.
const SLICE_MS: f64 = 30.0;
/// Units stepped through between two looks at the clock.
const STEP_UNITS: usize = 100;

/// What a build needs besides the intake: the filter, today and the stale threshold.
#[derive(Debug, Clone, PartialEq)]
pub struct Wanted {
    /// The filter in force.
    pub filter: Filter,
    /// Today, `YYYY-MM-DD`.
    pub today: String,
    /// The stale threshold in days.
    pub stale_days: i64,
}

/// Builds the views of `intake` as `wanted`, as build number `this` of `builds`; `on_built`
/// gets them unless a later build started meanwhile.
pub async fn build_in_slices(
    pack: &'static Pack,
    intake: Rc<RefCell<Intake>>,
    wanted: Wanted,
    builds: Rc<Cell<u32>>,
    this: u32,
    on_built: Callback<RollUp>,
) {
    let current = || builds.get() == this;
    let mut building = Building::new(
        &intake.borrow(),
        wanted.filter,
        &wanted.today,
        wanted.stale_days,
        Naming::Plain,
    );
    loop {
        let start = now_ms();
        let ready = {
            let intake = intake.borrow();
            let mut ready = false;
            while !ready && now_ms() - start < SLICE_MS {
                ready = building.step(&intake, STEP_UNITS);
            }
            ready
        };
        if ready {
            break;
        }
        next_tick().await;
        if !current() {
            return;
        }
    }
    let rollup = building.finish(pack, &intake.borrow());
    // Drawing the views is a task of its own.
    next_tick().await;
    if current() {
        on_built.emit(rollup);
    }
}

/// The views of `intake` under `filter`, rebuilt in slices whenever `version` (the intake's),
/// the filter or the stale threshold change; the views shown stay until the new ones are
/// ready. Returns the number of the build delivered last, the intake version it was built
/// from, and its views.
#[hook]
pub fn use_views(
    pack: &'static Pack,
    intake: Rc<RefCell<Intake>>,
    version: u32,
    filter: Filter,
    stale_days: i64,
    today: Rc<String>,
) -> (u32, u32, Rc<RollUp>) {
    let builds = use_memo((), |_| Cell::new(0u32));
    let views = {
        let (intake, today) = (intake.clone(), today.clone());
        use_state(move || {
            let empty = build(
                pack,
                &intake.borrow(),
                &filter,
                &today,
                stale_days,
                &Naming::Plain,
            );
            (0u32, version, Rc::new(empty))
        })
    };
    {
        let views = views.clone();
        use_effect_with(
            (version, filter, stale_days),
            move |&(version, filter, stale_days)| {
                builds.set(builds.get() + 1);
                let this = builds.get();
                let wanted = Wanted {
                    filter,
                    today: (*today).clone(),
                    stale_days,
                };
                let on_built = Callback::from(move |r| views.set((this, version, Rc::new(r))));
                let builds = Rc::clone(&builds);
                wasm_bindgen_futures::spawn_local(build_in_slices(
                    pack, intake, wanted, builds, this, on_built,
                ));
            },
        );
    }
    (views.0, views.1, views.2.clone())
}

/// The last of the stages in which new views are drawn: the summary and the top items first,
/// then the units table, then the rest, one turn of the browser each.
pub const LAST_STAGE: u8 = 2;

/// How many stages of the views of intake version `version` are drawn so far (a new filter
/// redraws the views in place, all at once: hiding sections would make the page jump).
#[hook]
pub fn use_stage(version: u32) -> u8 {
    // (the version the stage counts for, the stage): a new version starts at 0 in this render.
    let state = use_state(|| (version, 0u8));
    let now = if state.0 == version { state.1 } else { 0 };
    use_effect_with((version, now), move |&(version, now)| {
        if now < LAST_STAGE {
            wasm_bindgen_futures::spawn_local(async move {
                next_tick().await;
                state.set((version, now + 1));
            });
        }
    });
    now
}
