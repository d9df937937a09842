//! Sentence segmentation that keeps byte spans and does not split inside numbers ("1.7"),
//! abbreviations ("TP.", "Mr.", "No.", "v.v.") or initials.

use std::ops::Range;

/// Words that end with a period without ending a sentence (compared in lower case).
const ABBREVIATIONS: &[&str] = &[
    "tp", "mr", "mrs", "ms", "dr", "no", "nos", "v.v", "vv", "st", "co", "ltd", "jr", "sr", "inc",
    "corp", "vs", "etc", "e.g", "i.e", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "ts", "ths", "th.s", "pgs", "gs", "ks", "bs", "q",
    "p", "tt", "x", "h", "ông", "bà", "tx", "pt", "no", "art", "para", "dll", "dsb", "bpk", "ibu",
    "sdr", "kab", "kec", "prov", "u.s", "u.k",
];

/// Past this many bytes without a sentence end, a sentence also ends at the next `;` or `,`
/// followed by a space. The longest sentences in real reports run to about 1,500 bytes; longer
/// runs are tables flattened to text or pages scraped without punctuation, and whatever reads
/// a sentence looks back over it, so its cost would grow with the square of its length.
pub const LONG_SENTENCE: usize = 2_000;

/// Past this many bytes, a sentence ends at the next white space whatever comes before it.
pub const LONGEST_SENTENCE: usize = 3_000;

/// Splits `text` into sentences, returned as trimmed byte ranges in text order.
///
/// A sentence ends at `.`, `!`, `?` or `…` followed by white space (a period only when the word
/// before it is not an abbreviation or an initial), and at every line break. A run longer than
/// [`LONG_SENTENCE`] also ends at a clause break (`;` or `,` and a space), and one longer than
/// [`LONGEST_SENTENCE`] at any white space, so no sentence is much longer than that.
///
/// ```
/// let text = "Tổng thu nhập đạt 1.7 tỷ đồng. TP. Hồ Chí Minh có 10 HTX.\nMr. Nam said so.";
/// let spans = vncoop_text::sentences(text);
/// let parts: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
/// assert_eq!(parts, ["Tổng thu nhập đạt 1.7 tỷ đồng.", "TP. Hồ Chí Minh có 10 HTX.", "Mr. Nam said so."]);
/// ```
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        // Most bytes are letters and digits: no sentence ends at them, and they need no
        // decoding. (Non-ASCII characters are decoded: "…" and wide spaces may end one.)
        let may_end = !byte.is_ascii()
            || matches!(
                byte,
                b'\n' | b'\r' | b'!' | b'?' | b'.' | b';' | b',' | b' ' | b'\t' | 0x0B | 0x0C
            );
        if !may_end {
            at += 1;
            continue;
        }
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        let end = at + c.len_utf8();
        let next = text[end..].chars().next();
        let boundary = match c {
            '\n' | '\r' => true,
            '!' | '?' | '…' => next.is_none_or(char::is_whitespace),
            '.' => {
                let spaced = next.is_none_or(char::is_whitespace)
                    && !ends_with_abbreviation(&text[start..at]);
                // Scraped pages glue sentences together: "said Cu.Addressing the meeting".
                spaced
                    || (next.is_some_and(char::is_uppercase)
                        && glued_word_before(&text[start..at])
                        && !ends_with_abbreviation(&text[start..at]))
                    || (glued_year_before(&text[start..at]) && starts_word(&text[end..]))
            }
            ';' | ',' => at - start >= LONG_SENTENCE && next.is_some_and(char::is_whitespace),
            c => c.is_whitespace() && at - start >= LONGEST_SENTENCE,
        };
        if boundary {
            push_trimmed(text, start..end, &mut spans);
            start = end;
        }
        at = end;
    }
    push_trimmed(text, start..text.len(), &mut spans);
    spans
}

/// A word of two or more letters ending in lower case just before the period ("Cu",
/// "meeting"): a capital right after it starts a new sentence. "TP.HCM" keeps together.
fn glued_word_before(before_period: &str) -> bool {
    let word: Vec<char> = before_period
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    word.len() >= 2 && word.first().is_some_and(|c| c.is_lowercase())
}

/// A year just before the period ("... the Cooperative Law 2012.Total assets"): with a
/// capitalised word right after it, a new sentence starts.
fn glued_year_before(before_period: &str) -> bool {
    let word = before_period
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && ["19", "20"].iter().any(|c| word.starts_with(c))
}

/// Whether `text` opens with a capitalised word: a capital, then a lower-case letter.
fn starts_word(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

fn ends_with_abbreviation(before_period: &str) -> bool {
    let word = before_period
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let mut letters = word.chars();
    // A single capital letter is an initial ("Nguyễn V. Nam").
    if let (Some(first), None) = (letters.next(), letters.next()) {
        if first.is_uppercase() {
            return true;
        }
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn push_trimmed(text: &str, range: Range<usize>, spans: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let trimmed_start = piece.len() - piece.trim_start().len();
    let trimmed_end = piece.trim_end().len();
    if trimmed_start < trimmed_end {
        spans.push(range.start + trimmed_start..range.start + trimmed_end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_without_sentence_ends_is_cut_at_clauses_then_at_spaces() {
        let clauses = "có 12 hợp tác xã, ".repeat(400);
        let spans = sentences(&clauses);
        assert!(spans.len() > 3, "{}", spans.len());
        for span in &spans {
            assert!(span.len() <= LONG_SENTENCE + 30, "{}", span.len());
            assert!(clauses[span.clone()].ends_with(','));
        }
        let words = "1.000.000 đồng ".repeat(1_000);
        let spans = sentences(&words);
        assert!(spans.iter().all(|s| s.len() <= LONGEST_SENTENCE + 20));
        // Nothing is lost: the pieces cover every word.
        let joined: Vec<&str> = spans.iter().map(|s| &words[s.clone()]).collect();
        assert_eq!(joined.join(" "), words.trim_end());
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_glued_sentences() {
        assert_eq!(
            split("said Cu.Addressing the meeting, TP.HCM has 10 HTX."),
            ["said Cu.", "Addressing the meeting, TP.HCM has 10 HTX."]
        );
        assert_eq!(
            split("under the Law 2012.Total assets grew; 1.2023.HCM"),
            ["under the Law 2012.", "Total assets grew; 1.2023.HCM"]
        );
    }

    #[test]
    fn keeps_numbers_and_abbreviations() {
        assert_eq!(split("Tăng 1.7%. Giảm 2,5%."), ["Tăng 1.7%.", "Giảm 2,5%."]);
        assert_eq!(
            split("Gạo, cà phê, v.v. được bán"),
            ["Gạo, cà phê, v.v. được bán"]
        );
        assert_eq!(
            split("Decision No. 148 was issued. Next."),
            ["Decision No. 148 was issued.", "Next."]
        );
        assert_eq!(split(""), Vec::<&str>::new());
        assert_eq!(split("Tiêu đề\n\nNội dung"), ["Tiêu đề", "Nội dung"]);
    }
}
