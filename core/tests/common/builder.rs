//! A builder of assessments for scenario tests: a default city-level agency whose every applicable
//! item is answered compliantly, so a scenario states only what differs.

use std::collections::{BTreeMap, HashSet};

use fingertip_core::engine::{applicable_targets, evaluate, Status};
use fingertip_core::model::*;
use fingertip_core::pack::{AnswerKind, Pack};

/// The assessment date of every built unit.
pub const DATE: &str = "2026-06-30";

/// Builds an [`Assessment`]; see the module docs.
pub struct Unit<'p> {
    pack: &'p Pack,
    a: Assessment,
    explicit: HashSet<AnswerKey>,
}

impl<'p> Unit<'p> {
    /// A city-level agency named 某市数据局, dated [`DATE`], with an empty inventory.
    pub fn new(pack: &'p Pack) -> Self {
        let profile = UnitProfile {
            name: "某市数据局".into(),
            level: UnitLevel::City,
            unit_type: UnitType::Agency,
            supervising: false,
            purpose: Purpose::Periodic,
            assessor: "张三".into(),
            contact: "0000-12345678".into(),
            date: DATE.into(),
            ..UnitProfile::default()
        };
        let a = Assessment {
            id: "draft-1".into(),
            created: "2026-06-29T09:00:00Z".into(),
            updated: "2026-06-30T17:00:00Z".into(),
            profile,
            ..Assessment::default()
        };
        Unit {
            pack,
            a,
            explicit: HashSet::new(),
        }
    }

    /// Changes the unit's name and level.
    pub fn unit(mut self, name: &str, level: UnitLevel) -> Self {
        self.a.profile.name = name.into();
        self.a.profile.level = level;
        self
    }

    /// Changes anything of the assessment before the remaining rows are answered (the unit
    /// type, an inventory field …).
    pub fn edit(mut self, change: impl FnOnce(&mut Assessment)) -> Self {
        change(&mut self.a);
        self
    }

    /// Marks the unit as supervising subordinate units.
    pub fn supervising(mut self) -> Self {
        self.a.profile.supervising = true;
        self
    }

    /// Changes the assessment date.
    pub fn date(mut self, date: &str) -> Self {
        self.a.profile.date = date.into();
        self
    }

    /// Adds an online, internal, hosted APP whose filing is under way (申请中), so filing
    /// readiness applies (an app already filed gets 已备案 instead).
    pub fn app(self, id: &str, name: &str) -> Self {
        self.app_with(id, name, |_| {})
    }

    /// Adds an app, starting from an online, internal, hosted APP whose filing is under way,
    /// changed by `edit`.
    pub fn app_with(mut self, id: &str, name: &str, edit: impl FnOnce(&mut App)) -> Self {
        let mut app = App {
            id: id.into(),
            name: name.into(),
            form: AppForm::App,
            audience: AppAudience::Internal,
            status: AppStatus::Online,
            filing: FilingStatus::Applying,
            filing_number: format!("备案-{id}"),
            ..App::default()
        };
        edit(&mut app);
        self.a.inventory.apps.push(app);
        self
    }

    /// Adds a public account last updated on `last_update` (empty for unknown).
    pub fn account(mut self, id: &str, platform: &str, name: &str, last_update: &str) -> Self {
        self.a.inventory.accounts.push(Account {
            id: id.into(),
            platform: platform.into(),
            name: name.into(),
            last_update: last_update.into(),
            ..Account::default()
        });
        self
    }

    /// Adds a work group; `task_ended` matters for temporary groups.
    pub fn group(mut self, id: &str, name: &str, kind: GroupKind, task_ended: bool) -> Self {
        self.a.inventory.groups.push(Group {
            id: id.into(),
            platform: "微信".into(),
            name: name.into(),
            purpose: "工作联络".into(),
            kind,
            task_ended,
            owner: "李四".into(),
            members: 40,
            ..Group::default()
        });
        self
    }

    /// Answers `item` for `asset` with a full answer (exception, owner, measure …).
    pub fn with(mut self, item: &str, asset: &str, answer: Answer) -> Self {
        self.explicit.insert((item.into(), asset.into()));
        self.a.answers.insert((item.into(), asset.into()), answer);
        self
    }

    /// Answers `item` for `asset` with `value`.
    pub fn answer(self, item: &str, asset: &str, value: AnswerValue) -> Self {
        self.with(item, asset, Answer::of(value))
    }

    /// Answers a choice (`yes`, `no`, `partial` or an option value).
    pub fn choice(self, item: &str, asset: &str, value: &str) -> Self {
        self.answer(item, asset, AnswerValue::Choice(value.into()))
    }

    /// Answers a number.
    pub fn number(self, item: &str, asset: &str, n: f64) -> Self {
        self.answer(item, asset, AnswerValue::Number(n))
    }

    /// Answers a multi-choice.
    pub fn multi(self, item: &str, asset: &str, values: &[&str]) -> Self {
        self.answer(
            item,
            asset,
            AnswerValue::Multi(values.iter().map(|v| v.to_string()).collect()),
        )
    }

    /// Leaves `item` for `asset` unanswered.
    pub fn skip(mut self, item: &str, asset: &str) -> Self {
        self.explicit.insert((item.into(), asset.into()));
        self.a.answers.remove(&(item.into(), asset.into()));
        self
    }

    /// Overrides a pack parameter.
    pub fn param(mut self, id: &str, value: f64) -> Self {
        self.a.parameters.insert(id.into(), value);
        self
    }

    /// The assessment: every applicable row the test did not state and the inventory does not
    /// prefill gets the first candidate value that judges compliant.
    pub fn build(mut self) -> Assessment {
        let targets = applicable_targets(self.pack, &self.a);
        let mut choice: BTreeMap<AnswerKey, (Vec<AnswerValue>, usize)> = BTreeMap::new();
        let before = evaluate(self.pack, &self.a);
        for (t, f) in targets.iter().zip(&before.findings) {
            let key = (t.item.clone(), t.asset.clone());
            if self.explicit.contains(&key) || f.prefilled {
                continue;
            }
            if let Some(item) = self.pack.item(&t.item) {
                choice.insert(key, (candidates(&item.answer, &self.a.profile.date), 0));
            }
        }
        loop {
            for (key, (values, i)) in &choice {
                if let Some(v) = values.get(*i) {
                    self.a.answers.insert(key.clone(), Answer::of(v.clone()));
                }
            }
            let eval = evaluate(self.pack, &self.a);
            let mut moved = false;
            for f in eval
                .findings
                .iter()
                .filter(|f| f.status != Status::Compliant)
            {
                let key = (f.target.item.clone(), f.target.asset.clone());
                if let Some((values, i)) = choice.get_mut(&key) {
                    if *i + 1 < values.len() {
                        *i += 1;
                        moved = true;
                    }
                }
            }
            if !moved {
                let stuck: Vec<_> = eval
                    .findings
                    .iter()
                    .filter(|f| f.status != Status::Compliant)
                    .filter(|f| {
                        choice.contains_key(&(f.target.item.clone(), f.target.asset.clone()))
                    })
                    .map(|f| format!("{} {}", f.target.item, f.target.asset))
                    .collect();
                assert!(stuck.is_empty(), "no compliant answer found for {stuck:?}");
                return self.a;
            }
        }
    }
}

/// Values to try for an answer kind, likeliest compliant first.
fn candidates(kind: &AnswerKind, today: &str) -> Vec<AnswerValue> {
    let choice = |v: &str| AnswerValue::Choice(v.to_string());
    match kind {
        AnswerKind::YesNo => vec![choice("yes"), choice("no")],
        AnswerKind::YesNoPartial => vec![choice("yes"), choice("no"), choice("partial")],
        AnswerKind::Single { options } => options.iter().map(|o| choice(&o.value)).collect(),
        AnswerKind::Multi { options } => {
            let values: Vec<String> = options.iter().map(|o| o.value.clone()).collect();
            let mut out = vec![AnswerValue::Multi(values.clone())];
            out.extend(values.iter().map(|v| AnswerValue::Multi(vec![v.clone()])));
            for mask in 0u32..(1 << values.len().min(10)) {
                let subset = values
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, v)| v.clone())
                    .collect();
                out.push(AnswerValue::Multi(subset));
            }
            out
        }
        AnswerKind::Number { .. } => [0.0, 1.0, 100.0, 10_000.0]
            .map(AnswerValue::Number)
            .to_vec(),
        AnswerKind::Date { .. } => vec![AnswerValue::Date(today.into()), AnswerValue::Never],
    }
}
