//! Status counts, overall and per part or article, so the report can show progress and problems.

use rustc_hash::FxHashMap as HashMap;

use super::status::Status;

/// How many rows have each status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// 符合
    pub compliant: usize,
    /// 建议改进
    pub advisory: usize,
    /// 红线
    pub red_line: usize,
    /// 不适用
    pub not_applicable: usize,
    /// 未作答
    pub unanswered: usize,
    /// 无法判断
    pub undetermined: usize,
}

impl Counts {
    /// Counts one more row of `status`.
    pub fn add(&mut self, status: Status) {
        match status {
            Status::Compliant => self.compliant += 1,
            Status::Advisory => self.advisory += 1,
            Status::RedLine => self.red_line += 1,
            Status::NotApplicable => self.not_applicable += 1,
            Status::Unanswered => self.unanswered += 1,
            Status::Undetermined => self.undetermined += 1,
        }
    }

    /// Counts one row of `status` fewer (a re-judged row's old status).
    pub(crate) fn remove(&mut self, status: Status) {
        let n = match status {
            Status::Compliant => &mut self.compliant,
            Status::Advisory => &mut self.advisory,
            Status::RedLine => &mut self.red_line,
            Status::NotApplicable => &mut self.not_applicable,
            Status::Unanswered => &mut self.unanswered,
            Status::Undetermined => &mut self.undetermined,
        };
        *n = n.saturating_sub(1);
    }

    /// The number of rows with `status`.
    pub fn of(&self, status: Status) -> usize {
        match status {
            Status::Compliant => self.compliant,
            Status::Advisory => self.advisory,
            Status::RedLine => self.red_line,
            Status::NotApplicable => self.not_applicable,
            Status::Unanswered => self.unanswered,
            Status::Undetermined => self.undetermined,
        }
    }

    /// All rows.
    pub fn total(&self) -> usize {
        self.compliant
            + self.advisory
            + self.red_line
            + self.not_applicable
            + self.unanswered
            + self.undetermined
    }

    /// Rows with a usable answer and a judgement (including 不适用; not 无法判断).
    pub fn answered(&self) -> usize {
        self.total() - self.unanswered - self.undetermined
    }

    /// Answered share in whole percent, rounded down; 100 when there is nothing to answer.
    pub fn completion_percent(&self) -> u8 {
        match self.total() {
            0 => 100,
            total => u8::try_from(self.answered() * 100 / total).unwrap_or(100),
        }
    }
}

/// Counts for one part or one article.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupSummary {
    /// Part or article id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Status counts of its rows.
    pub counts: Counts,
    /// Rows answered (including 不适用).
    pub answered: usize,
    /// All rows.
    pub total: usize,
}

/// One summary per group in `groups` order, counting each row under its group id.
/// Rows naming an unknown group are not summarised (the pack check rules them out).
pub(crate) fn summaries<'a>(
    groups: impl Iterator<Item = (&'a str, &'a str)>,
    rows: impl Iterator<Item = (&'a str, Status)>,
) -> Vec<GroupSummary> {
    let mut out: Vec<GroupSummary> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::default();
    for (id, title) in groups {
        index.entry(id).or_insert_with(|| {
            out.push(GroupSummary {
                id: id.to_string(),
                title: title.to_string(),
                counts: Counts::default(),
                answered: 0,
                total: 0,
            });
            out.len() - 1
        });
    }
    for (group, status) in rows {
        if let Some(s) = index.get(group).and_then(|&i| out.get_mut(i)) {
            s.counts.add(status);
        }
    }
    for s in &mut out {
        s.answered = s.counts.answered();
        s.total = s.counts.total();
    }
    out
}
