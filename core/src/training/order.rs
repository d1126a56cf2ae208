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

#[cfg(test)]
mod tests {
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
