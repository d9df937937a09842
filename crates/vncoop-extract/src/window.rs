//! The few characters next to a figure: cues are read there, never in the whole rest of the
//! text (which would make every figure cost as much as the document).

/// The first `chars` characters of `text`.
pub(crate) fn head(text: &str, chars: usize) -> &str {
    // Asked for nearly every figure: counting the bytes that start a character is cheaper
    // than decoding each one.
    let end = text
        .bytes()
        .enumerate()
        .filter(|&(_, b)| starts_char(b))
        .nth(chars)
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// Whether byte `b` of UTF-8 text starts a character (is no continuation byte).
fn starts_char(b: u8) -> bool {
    // Continuation bytes are 0b10xx_xxxx.
    b & 0xC0 != 0x80
}

/// `text` up to the end of its first `words` words (all of it when it has fewer).
pub(crate) fn head_words(text: &str, words: usize) -> &str {
    let end = text.split_whitespace().take(words).last().map_or(0, |w| {
        w.as_ptr() as usize + w.len() - text.as_ptr() as usize
    });
    &text[..end]
}

/// The last `chars` characters of `text`.
pub(crate) fn tail(text: &str, chars: usize) -> &str {
    let start = match chars.checked_sub(1) {
        Some(back) => text
            .bytes()
            .enumerate()
            .rev()
            .filter(|&(_, b)| starts_char(b))
            .nth(back)
            .map_or(0, |(i, _)| i),
        None => text.len(),
    };
    &text[start..]
}

/// Whether `text` ends with one of `words` as a whole word (`text` lower case, trimmed).
pub(crate) fn ends_with_word(text: &str, words: &[&str]) -> bool {
    let last = text.as_bytes().last();
    words.iter().any(|w| {
        // Most words differ in their last byte: settled without a string comparison.
        (last == w.as_bytes().last() || w.is_empty())
            && text
                .strip_suffix(w)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    })
}

/// Whether `text` starts with `word`, not followed by a letter or digit ("units." but not
/// "unitsx"): the word itself, not the start of a longer one.
pub(crate) fn starts_with_word(text: &str, word: &str) -> bool {
    // Asked of long word lists, most words differ in their first byte: settled without a
    // string comparison.
    if let (Some(a), Some(b)) = (text.as_bytes().first(), word.as_bytes().first()) {
        if a != b {
            return false;
        }
    }
    text.strip_prefix(word)
        .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
}

/// Where `word` first stands in `text` as a whole word: nothing alphanumeric just before it,
/// and [`starts_with_word`] from there.
pub(crate) fn find_word(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(at, _)| at).find(|&at| {
        !text[..at].ends_with(char::is_alphanumeric) && starts_with_word(&text[at..], word)
    })
}

/// Whether `text`, in any case, is `lower` (a lower-case word), without a lower-case copy.
pub(crate) fn is_in_any_case(text: &str, lower: &str) -> bool {
    // Most words are ASCII: they are settled without the Unicode case tables, which this
    // test, asked of nearly every word, would otherwise walk.
    if text.is_ascii() {
        return text.eq_ignore_ascii_case(lower);
    }
    // An ASCII first letter lowers to one ASCII byte: when it is not `lower`'s first byte, no
    // Unicode table is needed to say no (nearly every call, for words of common letters).
    if let (Some(&first), Some(&wanted)) = (text.as_bytes().first(), lower.as_bytes().first()) {
        if first.is_ascii() && first.to_ascii_lowercase() != wanted {
            return false;
        }
    }
    text.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// Where the first `lines` lines of `text` end (the page's opening: headline, dateline).
pub(crate) fn opening_end(text: &str, lines: usize) -> usize {
    text.match_indices('\n')
        .nth(lines)
        .map_or(text.len(), |(i, _)| i)
}

/// `text` after a short form in parentheses that opens it ("(HTX) đang hoạt động" gives "
/// đang hoạt động"): a short form right after a noun is still the noun. `text` as it is when
/// it opens with no such form (one word, no digits).
pub(crate) fn after_short_form(text: &str) -> &str {
    text.trim_start()
        .strip_prefix('(')
        .and_then(|inner| inner.split_once(')'))
        .filter(|(short, _)| !short.contains(|c: char| c.is_ascii_digit() || c == ' '))
        .map_or(text, |(_, after)| after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_respect_characters() {
        assert_eq!(head("hợp tác xã", 3), "hợp");
        assert_eq!(tail("hợp tác xã", 2), "xã");
        assert_eq!(tail("ab", 5), "ab");
        assert_eq!(head("ab", 0), "");
        assert_eq!(tail("ab", 0), "");
    }

    #[test]
    fn a_short_form_after_a_noun_is_skipped() {
        assert_eq!(after_short_form(" (HTX) đang hoạt động"), " đang hoạt động");
        assert_eq!(after_short_form(" đang hoạt động"), " đang hoạt động");
        // A parenthesis with a figure or several words is no short form.
        assert_eq!(after_short_form(" (120 HTX) x"), " (120 HTX) x");
        assert_eq!(after_short_form(" (of which) x"), " (of which) x");
    }

    #[test]
    fn a_word_is_found_whole() {
        assert_eq!(find_word("nilai proporsi", "proporsi"), Some(6));
        assert_eq!(find_word("disproporsi proporsi", "proporsi"), Some(12));
        assert_eq!(
            find_word("tỷ lệch, tỷ lệ", "tỷ lệ"),
            Some("tỷ lệch, ".len())
        );
        assert_eq!(find_word("proporsional", "proporsi"), None);
    }

    #[test]
    fn words_and_lines() {
        assert!(ends_with_word("increased from", &["from"]));
        assert!(ends_with_word("từ", &["từ"]));
        assert!(!ends_with_word("platform", &["from"]));
        assert!(starts_with_word("units.", "units") && starts_with_word("đơn vị", "đơn vị"));
        assert!(!starts_with_word("unitsx", "units") && !starts_with_word("unit", "units"));
        assert!(is_in_any_case("VÀ", "và") && !is_in_any_case("vàng", "và"));
        assert!(is_in_any_case("And", "and") && !is_in_any_case("an", "and"));
        assert!(!is_in_any_case("va", "và") && !is_in_any_case("và", "va"));
        assert_eq!(opening_end("a\nb\nc", 1), 3);
        assert_eq!(opening_end("a\nb", 4), 3);
        assert_eq!(head_words(" trên địa bàn tỉnh đạt", 3), " trên địa bàn");
        assert_eq!(head_words("a b", 4), "a b");
        assert_eq!(head_words("  ", 2), "");
    }

    proptest::proptest! {
        /// Counting character starts cuts where counting decoded characters does.
        #[test]
        fn windows_cut_at_characters(text in "[a-zàđấ ỹ\\u{1F600}]{0,12}", n in 0usize..14) {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let end = chars.get(n).map_or(text.len(), |&(i, _)| i);
            proptest::prop_assert_eq!(head(&text, n), &text[..end]);
            let start = match n.checked_sub(1) {
                Some(back) => chars.iter().rev().nth(back).map_or(0, |&(i, _)| i),
                None => text.len(),
            };
            proptest::prop_assert_eq!(tail(&text, n), &text[start..]);
        }

        /// The ASCII shortcut answers as the Unicode walk does.
        #[test]
        fn any_case_is_the_lower_case(text in "[a-kA-Kàđ ĐÀ\\u{212A}]{0,6}", lower in "[a-kàđ]{0,6}") {
            let lowered = text.to_lowercase();
            proptest::prop_assert_eq!(is_in_any_case(&text, &lowered), true);
            proptest::prop_assert_eq!(is_in_any_case(&text, &lower), lowered == lower);
        }
    }
}
