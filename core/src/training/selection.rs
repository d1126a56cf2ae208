//! Which cases a trainer picked for a session: by article or one by one. Practice, presenter
//! mode and the handout all use the same pick, in content order. Nothing picked means every
//! case; a stored pick that no longer fits the cases (an updated training set) keeps only the
//! ids that still exist, and falls back to every case when none does.

use serde::{Deserialize, Serialize};

use super::Case;

/// The picked case ids, in content order; empty: every case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseSelection {
    /// Picked ids.
    #[serde(default)]
    pub ids: Vec<String>,
}

impl CaseSelection {
    /// Whether every case is in use (nothing picked).
    pub fn is_all(&self) -> bool {
        self.ids.is_empty()
    }

    /// The cases in use, in content order.
    pub fn pick<'a>(&self, cases: &'a [Case]) -> Vec<&'a Case> {
        let picked: Vec<&Case> = cases.iter().filter(|c| self.contains(&c.id)).collect();
        if picked.is_empty() {
            cases.iter().collect()
        } else {
            picked
        }
    }

    /// Whether case `id` is picked (every case is, when nothing is).
    pub fn contains(&self, id: &str) -> bool {
        self.is_all() || self.ids.iter().any(|x| x == id)
    }

    /// Picks or drops case `id`. Dropping the last picked case means every case again; dropping
    /// one while every case is in use picks all the others.
    pub fn toggle(&mut self, cases: &[Case], id: &str) {
        let on = !self.ids.iter().any(|x| x == id);
        if self.is_all() {
            self.ids = cases
                .iter()
                .map(|c| c.id.clone())
                .filter(|c| c != id)
                .collect();
        } else if on {
            self.ids.push(id.to_string());
        } else {
            self.ids.retain(|x| x != id);
        }
        self.normalise(cases);
    }

    /// Picks (`on`) or drops every case of pack article `article`.
    pub fn set_article(&mut self, cases: &[Case], article: &str, on: bool) {
        let of_article = |c: &&Case| c.article == article;
        if self.is_all() {
            if on {
                return;
            }
            self.ids = cases
                .iter()
                .filter(|c| !of_article(c))
                .map(|c| c.id.clone())
                .collect();
        } else if on {
            self.ids
                .extend(cases.iter().filter(of_article).map(|c| c.id.clone()));
        } else {
            self.ids
                .retain(|id| !cases.iter().any(|c| c.id == *id && c.article == article));
        }
        self.normalise(cases);
    }

    /// Whether case `id` may be dropped: a session needs at least one case, so the last picked
    /// one stays (when every case is in use, any one may go).
    pub fn can_drop_case(&self, cases: &[Case], id: &str) -> bool {
        self.is_all() || !(self.contains(id) && self.pick(cases).len() == 1)
    }

    /// Whether every case of `article` may be dropped at once: not when they are all that is
    /// picked.
    pub fn can_drop_article(&self, cases: &[Case], article: &str) -> bool {
        let (on, _) = self.article_count(cases, article);
        self.is_all() || on < self.pick(cases).len()
    }

    /// How many of article `article`'s cases are picked, of how many.
    pub fn article_count(&self, cases: &[Case], article: &str) -> (usize, usize) {
        let of: Vec<&Case> = cases.iter().filter(|c| c.article == article).collect();
        let on = of.iter().filter(|c| self.contains(&c.id)).count();
        (on, of.len())
    }

    /// The pick fitted to `cases`: unknown ids dropped, content order, no duplicates, and
    /// "every case" when every case (or none) is picked.
    pub fn fitted(mut self, cases: &[Case]) -> Self {
        self.normalise(cases);
        self
    }

    fn normalise(&mut self, cases: &[Case]) {
        let ids: Vec<String> = cases
            .iter()
            .filter(|c| self.ids.contains(&c.id))
            .map(|c| c.id.clone())
            .collect();
        self.ids = if ids.len() == cases.len() {
            Vec::new()
        } else {
            ids
        };
    }

    /// Reads a stored pick; anything unreadable is every case.
    pub fn from_json(text: &str, cases: &[Case]) -> Self {
        serde_json::from_str::<CaseSelection>(text)
            .unwrap_or_default()
            .fitted(cases)
    }

    /// "全部 42 个案例" or "已选 8 个案例".
    pub fn describe(&self, cases: &[Case]) -> String {
        if self.is_all() {
            format!("全部 {} 个案例", cases.len())
        } else {
            format!("已选 {} / {} 个案例", self.pick(cases).len(), cases.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::training::embedded_training;

    fn cases() -> &'static [Case] {
        embedded_training().map_or(&[][..], |t| t.cases.as_slice())
    }

    fn ids(s: &CaseSelection) -> Vec<&str> {
        s.pick(cases()).iter().map(|c| c.id.as_str()).collect()
    }

    #[test]
    fn nothing_picked_is_every_case_in_content_order() {
        let s = CaseSelection::default();
        assert!(s.is_all());
        assert_eq!(s.pick(cases()).len(), cases().len());
        assert!(cases().len() > 10);
    }

    #[test]
    fn an_article_can_be_picked_alone_and_cases_added_by_hand() {
        let all = cases();
        let mut s = CaseSelection::default();
        // Every case of article 6 only: drop all others article by article.
        for a in all.iter().map(|c| c.article.clone()).filter(|a| a != "6") {
            s.set_article(all, &a, false);
        }
        let six: Vec<&str> = all
            .iter()
            .filter(|c| c.article == "6")
            .map(|c| c.id.as_str())
            .collect();
        assert!(!six.is_empty());
        assert_eq!(ids(&s), six);
        let (on, of) = s.article_count(all, "6");
        assert_eq!((on, of), (six.len(), six.len()));
        // One more case by hand, from another article: it joins in content order.
        let other = all
            .iter()
            .find(|c| c.article != "6")
            .map(|c| c.id.clone())
            .unwrap_or_default();
        s.toggle(all, &other);
        let picked = ids(&s);
        assert_eq!(picked.len(), six.len() + 1);
        let pos = |id: &str| all.iter().position(|c| c.id == id);
        assert!(
            picked.windows(2).all(|w| pos(w[0]) < pos(w[1])),
            "{picked:?}"
        );
        assert_eq!(
            s.describe(all),
            format!("已选 {} / {} 个案例", six.len() + 1, all.len())
        );
    }

    #[test]
    fn dropping_one_from_all_keeps_the_rest_and_dropping_the_last_means_all() {
        let all = cases();
        let mut s = CaseSelection::default();
        s.toggle(all, &all[0].id);
        assert_eq!(s.pick(all).len(), all.len() - 1);
        assert!(!s.contains(&all[0].id));
        s.toggle(all, &all[0].id);
        assert!(s.is_all(), "every case picked again is stored as 'all'");
        let mut one = CaseSelection {
            ids: vec![all[3].id.clone()],
        };
        one.toggle(all, &all[3].id);
        assert!(one.is_all());
    }

    #[test]
    fn the_last_picked_case_or_article_cannot_be_dropped() {
        let all = cases();
        let mut one = CaseSelection {
            ids: vec![all[3].id.clone()],
        };
        one.normalise(all);
        assert!(!one.can_drop_case(all, &all[3].id));
        assert!(
            one.can_drop_case(all, &all[4].id),
            "an unpicked case is no loss"
        );
        assert!(!one.can_drop_article(all, &all[3].article));
        let every = CaseSelection::default();
        assert!(every.can_drop_case(all, &all[3].id));
        assert!(every.can_drop_article(all, &all[3].article));
    }

    #[test]
    fn a_stored_pick_is_fitted_to_the_cases() {
        let all = cases();
        let text = format!(
            r#"{{"ids":["{}","nope","{}","{}"]}}"#,
            all[5].id, all[2].id, all[5].id
        );
        let s = CaseSelection::from_json(&text, all);
        assert_eq!(s.ids, vec![all[2].id.clone(), all[5].id.clone()]);
        assert!(CaseSelection::from_json("not json", all).is_all());
        assert!(CaseSelection::from_json(r#"{"ids":["gone"]}"#, all).is_all());
    }
}
