//! Reading a number the user typed (an answer, a threshold): the one parser, so every box
//! accepts the same text — full-width digits and point typed with a Chinese IME included.

/// The text is not a finite number `>= 0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("请输入不小于 0 的数字(可带小数),这段内容不会被保存。")]
pub struct NotANumber;

/// `Ok(None)` for blank, `Ok(Some(n))` for a finite `n >= 0`, [`NotANumber`] otherwise.
pub fn parse_number(text: &str) -> Result<Option<f64>, NotANumber> {
    let ascii: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '\u{FF10}'..='\u{FF19}' => char::from_u32(c as u32 - 0xFF10 + '0' as u32).unwrap_or(c),
            '\u{FF0E}' | '\u{3002}' => '.',
            other => other,
        })
        .collect();
    if ascii.is_empty() {
        return Ok(None);
    }
    match ascii.parse::<f64>() {
        Ok(n) if n.is_finite() && n >= 0.0 => Ok(Some(n)),
        _ => Err(NotANumber),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_digits_blank_and_bad_text() {
        assert_eq!(parse_number(" 12.5 "), Ok(Some(12.5)));
        assert_eq!(parse_number("３０"), Ok(Some(30.0)));
        assert_eq!(parse_number("１。５"), Ok(Some(1.5)));
        assert_eq!(parse_number("  "), Ok(None));
        for bad in ["abc", "-1", "NaN", "inf", "1e999"] {
            assert_eq!(parse_number(bad), Err(NotANumber), "{bad}");
        }
    }
}
