//! Name normalisation and similarity for grouping: the same unit or app written two ways
//! (full-width letters, spaces, punctuation, a trailing "APP" or "小程序") compares equal.

/// Generic words at the end of app names that say nothing about what the app does.
const GENERIC_SUFFIXES: [&str; 8] = [
    "app",
    "小程序",
    "客户端",
    "快应用",
    "移动端",
    "手机版",
    "平台",
    "系统",
];

/// `text` with full-width ASCII folded to half-width, letters lower-cased, and whitespace
/// and punctuation removed. Used as the identity of a unit name.
pub fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// An app name normalised for comparison: [`normalise`]d, then generic suffixes
/// ("APP", "小程序", "平台" …) and a leading copy of the unit's own name removed.
pub fn normalise_app_name(name: &str, unit: &str) -> String {
    let mut key = normalise(name);
    let unit = normalise(unit);
    if !unit.is_empty() && key.len() > unit.len() {
        if let Some(rest) = key.strip_prefix(unit.as_str()) {
            key = rest.to_string();
        }
    }
    loop {
        let before = key.len();
        for suffix in GENERIC_SUFFIXES {
            if key.len() > suffix.len() {
                if let Some(rest) = key.strip_suffix(suffix) {
                    key = rest.to_string();
                }
            }
        }
        if key.len() == before {
            return key;
        }
    }
}

/// Character bigrams of `key`, sorted and deduplicated; a one-character key is its own bigram.
pub fn bigrams(key: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = key.chars().collect();
    let mut out: Vec<(char, char)> = match chars.as_slice() {
        [] => Vec::new(),
        [c] => vec![(*c, *c)],
        _ => chars.windows(2).map(|w| (w[0], w[1])).collect(),
    };
    out.sort_unstable();
    out.dedup();
    out
}

/// Dice coefficient of two sorted bigram sets, in whole percent (100 = the same bigrams).
pub fn dice_percent(a: &[(char, char)], b: &[(char, char)]) -> u8 {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    u8::try_from(shared * 200 / (a.len() + b.len())).unwrap_or(100)
}

/// Edit-distance similarity of two keys in whole percent: 100 minus the share of characters
/// that must change (Levenshtein distance over the longer length).
pub fn similarity_percent(a: &str, b: &str) -> u8 {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 0;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != cb));
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    let distance = row[b.len()];
    u8::try_from(100 - distance * 100 / longest).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_case_space_and_punctuation_do_not_matter() {
        assert_eq!(normalise(" 示例县 农业·农村局 "), "示例县农业农村局");
        assert_eq!(normalise("ＡＢＣ（Ｘ）"), "abcx");
    }

    #[test]
    fn app_names_lose_generic_suffixes_and_the_unit_prefix() {
        assert_eq!(
            normalise_app_name("示例县掌上农技APP", "示例县"),
            "掌上农技"
        );
        assert_eq!(normalise_app_name("掌上农技 小程序", "别的县"), "掌上农技");
        assert_eq!(normalise_app_name("智慧党建平台系统", ""), "智慧党建");
        // A name that is only a generic word keeps it rather than becoming empty.
        assert_eq!(normalise_app_name("APP", ""), "app");
    }

    #[test]
    fn similarity_counts_edits() {
        assert_eq!(similarity_percent("志愿服务", "志愿服务"), 100);
        assert_eq!(similarity_percent("志愿服务", "志愿者服务"), 80);
        assert_eq!(similarity_percent("掌上农技", "掌上医保"), 50);
        assert_eq!(similarity_percent("", ""), 0);
    }

    #[test]
    fn dice_tells_near_names_from_different_ones() {
        let d = |a: &str, b: &str| dice_percent(&bigrams(a), &bigrams(b));
        assert_eq!(d("掌上农技", "掌上农技"), 100);
        assert_eq!(d("志愿服务", "志愿者服务"), 57);
        assert!(d("掌上农技", "掌上医保") < 50);
        assert_eq!(d("", "掌上"), 0);
    }
}
