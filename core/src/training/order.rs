//! How a case is shown: its article choices in pack order (so their position never gives the
//! answer away, whatever order the content lists them in) and a one-sentence reason for answer keys.

use super::model::Case;
use crate::pack::Pack;

impl Case {
    /// The article choices in pack order (G1, G2, 1–14, F); ids the pack lacks go last.
    pub fn ordered_choices(&self, pack: &Pack) -> Vec<&str> {
        let rank = |id: &str| {
            pack.articles
                .iter()
                .position(|a| a.id == id)
                .unwrap_or(usize::MAX)
        };
        let mut ids: Vec<&str> = self.choices.iter().map(String::as_str).collect();
        ids.sort_by_key(|id| rank(id));
        ids
    }

    /// The explanation's first sentence (up to and including the first 。), for answer keys.
    pub fn short_reason(&self) -> &str {
        let text = self.explanation.as_str();
        text.find('。')
            .map_or(text, |at| &text[..at + '。'.len_utf8()])
    }
}

/// Answer-key rows printed per A4 page of the handout: ten rows of the longest short reasons
/// fit one page (the e2e handout test prints it and checks every page count it states).
pub const KEY_ROWS_PER_PAGE: usize = 10;

/// The handout's answer key for `cases` cases, as (first row, rows) per page.
pub fn key_pages(cases: usize) -> Vec<(usize, usize)> {
    (0..cases)
        .step_by(KEY_ROWS_PER_PAGE)
        .map(|from| (from, KEY_ROWS_PER_PAGE.min(cases - from)))
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_key_is_split_into_whole_pages() {
        use super::{key_pages, KEY_ROWS_PER_PAGE as N};
        assert_eq!(key_pages(0), vec![]);
        assert_eq!(key_pages(1), vec![(0, 1)]);
        assert_eq!(key_pages(N), vec![(0, N)]);
        assert_eq!(key_pages(2 * N + 2), vec![(0, N), (N, N), (2 * N, 2)]);
    }

    use crate::pack::embedded;
    use crate::training::embedded_training;

    #[test]
    fn choices_follow_pack_order_not_content_order() {
        let (pack, training) = (
            embedded().expect("pack"),
            embedded_training().expect("training"),
        );
        for case in &training.cases {
            let ordered = case.ordered_choices(pack);
            let ranks: Vec<usize> = ordered
                .iter()
                .map(|id| {
                    pack.articles
                        .iter()
                        .position(|a| a.id == *id)
                        .unwrap_or(usize::MAX)
                })
                .collect();
            assert!(
                ranks.windows(2).all(|w| w[0] <= w[1]),
                "{}: {ordered:?}",
                case.id
            );
            assert_eq!(ordered.len(), case.choices.len());
        }
        let first_is_answer = training
            .cases
            .iter()
            .filter(|c| c.ordered_choices(pack)[0] == c.article)
            .count();
        assert!(
            first_is_answer < training.cases.len(),
            "the answer must not always come first"
        );
    }

    #[test]
    fn short_reason_is_the_first_sentence() {
        let training = embedded_training().expect("training");
        for case in &training.cases {
            let reason = case.short_reason();
            assert!(
                !reason.is_empty() && case.explanation.starts_with(reason),
                "{}",
                case.id
            );
            assert!(reason.matches('。').count() <= 1, "{}", case.id);
        }
    }
}
