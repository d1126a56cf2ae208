//! Characters a reader cannot see but a computer compares: zero-width characters, text-direction
//! controls (bidi embeddings, overrides and isolates) and control characters. An id `app-1` with
//! a zero-width space looks exactly like `app-1`; such text is flagged in the import preview and
//! shown escaped (`app-1\u{200B}`) wherever an id is quoted in a message.

/// Whether `c` is invisible in the sense above (tab, LF and CR are ordinary).
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{ad}' | '\u{61c}' | '\u{180e}'
        | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}')
}

/// Whether `s` holds any invisible character.
pub fn has_invisible(s: &str) -> bool {
    s.chars().any(is_invisible)
}

/// `s` with every invisible character written as `\u{XXXX}`, so it can be seen and told apart.
pub fn show_invisible(s: &str) -> String {
    if !has_invisible(s) {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if is_invisible(c) {
                format!("\\u{{{:04X}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_width_bidi_and_control_characters_are_caught_and_shown() {
        assert_eq!(show_invisible("app-1\u{200b}"), "app-1\\u{200B}");
        assert_eq!(show_invisible("\u{202e}gpj.exe"), "\\u{202E}gpj.exe");
        assert_eq!(show_invisible("a\u{1b}b\u{7}"), "a\\u{001B}b\\u{0007}");
        for s in ["\u{2066}x\u{2069}", "\u{feff}x", "x\u{ad}y", "\u{200d}"] {
            assert!(has_invisible(s), "{s:?}");
        }
    }

    #[test]
    fn ordinary_text_is_untouched() {
        for s in [
            "某县人社局",
            "app-1",
            "第一行\n第二行\t列",
            "《意见》(2023)",
            "emoji 👍",
        ] {
            assert!(!has_invisible(s), "{s:?}");
            assert_eq!(show_invisible(s), s);
        }
    }
}
