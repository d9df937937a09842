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
            c => {
                c.is_whitespace()
                    && (at - start >= LONGEST_SENTENCE
                        || (next.is_some_and(char::is_uppercase)
                            && opens_after_run_on(&text[start..at], &text[end..]))
                        || (next.is_some_and(|c| c.is_ascii_digit())
                            && opens_dateline(&text[start..at], &text[end..])))
            }
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

/// Words that open a sentence and never stand capitalised inside one. Pages scraped without
/// their line breaks run the headline and the dateline into the first sentence ("Developing
/// OCOP products in cooperatives The whole province has 581 ...", "Thứ Sáu, 13/07/2018 Hiện,
/// toàn tỉnh có 617 HTX"); such a word after a lower-case word or a figure starts a new one.
/// Words that may be given names or place names ("Toàn", "Năm Căn") only open with the words
/// after them.
const RUN_ON_OPENERS: &[&str] = &[
    // English
    "The",
    "In",
    "According to",
    "By",
    "As of",
    "By the end",
    "Currently",
    "During",
    "Since",
    "There are",
    "There were",
    "There is",
    "This",
    "These",
    "Of which",
    "Of these",
    "Besides",
    "Meanwhile",
    "Last year",
    "So far",
    "To date",
    "Recently",
    "Updated",
    "With",
    // Vietnamese
    "Theo",
    "Tính đến",
    "Tính chung",
    "Trong năm",
    "Trong đó",
    "Hiện nay",
    "Hiện,",
    "Hiện toàn",
    "Hiện có",
    "Toàn tỉnh",
    "Toàn thành phố",
    "Tổng số",
    "Các hợp tác xã",
    "Các HTX",
    "Ngoài ra",
    "Bên cạnh",
    "Đến nay",
    "Đến hết",
    "Đến cuối",
    "Đến năm",
    "Từ đầu năm",
    "Thời gian qua",
    "Cũng theo",
    "Cùng với",
    "Cập nhật",
    "Với",
    // Indonesian
    "Menurut",
    "Saat ini",
    "Pada tahun",
    "Pada akhir",
    "Pada periode",
    "Hingga",
    "Sampai",
    "Selain itu",
    "Sebanyak",
    "Berdasarkan",
    "Sementara",
    "Selama",
    "Dengan",
];

/// Words that open a sentence with a date or a time right after them ("Năm 2023, toàn tỉnh",
/// "Ngày 29/12, UBND tỉnh", "Chiều 7/4, đồng chí"), and only so: "Năm Căn" is a district.
const DATED_OPENERS: &[&str] = &["Năm", "Ngày", "Chiều", "Sáng", "Tahun"];

/// Weekdays that open a dateline, with a comma and a date after them ("Thứ Sáu, 13/07/2018").
const DATELINE_DAYS: &[&str] = &[
    "Thứ Hai",
    "Thứ Ba",
    "Thứ Tư",
    "Thứ Năm",
    "Thứ Sáu",
    "Thứ Bảy",
    "Chủ Nhật",
    "Chủ nhật",
];

/// Whether a sentence starts at `after` (right after a space) although no mark ends the one
/// before: `after` opens with one of [`RUN_ON_OPENERS`] as whole words, or one of
/// [`DATED_OPENERS`] and a digit, and `before` ends with a word in lower case, a figure, a
/// closing bracket or an acronym (after a capitalised word, the capital may go on a name:
/// "Made In Vietnam", "Bến Tre").
fn opens_after_run_on(before: &str, after: &str) -> bool {
    let word = last_word(before);
    let ends_run = may_end_a_run_on(word)
        || word
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit() || matches!(c, ')' | ']'));
    let opener = |words: &[&str], goes_on: fn(&str) -> bool| {
        // The first byte first: it rules out nearly every word without a comparison.
        words.iter().any(|w| {
            w.as_bytes().first() == after.as_bytes().first()
                && after.strip_prefix(w).is_some_and(goes_on)
        })
    };
    ends_run
        && (opener(RUN_ON_OPENERS, |rest| {
            !rest.starts_with(char::is_alphanumeric)
        }) || opener(DATED_OPENERS, |rest| {
            rest.strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        }) || opener(DATELINE_DAYS, |rest| {
            rest.strip_prefix(", ")
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
        }))
}

/// Words after which a date and a time are the figure's, not a dateline ("vào lúc 11:45
/// ngày 20/09/2021").
const DATE_WORDS: &[&str] = &["ngày", "lúc", "vào", "on", "at", "tanggal", "pada", "pukul"];

/// Whether a dateline starts at `after`, run into the sentence before it: a day and a time
/// ("20/09/2021 11:45", "16:12 16/01/2020") after a word in lower case that is no date word,
/// a figure or an acronym ("... giải thể hoặc sáp nhập 20/09/2021 11:45 Theo Sở ...").
fn opens_dateline(before: &str, after: &str) -> bool {
    let word = last_word(before);
    let ends_run = may_end_a_run_on(word) && !DATE_WORDS.contains(&word);
    let mut parts = after.splitn(3, ' ');
    let (Some(first), Some(second)) = (parts.next(), parts.next()) else {
        return false;
    };
    ends_run && ((is_day(first) && is_time(second)) || (is_time(first) && is_day(second)))
}

/// "20/09/2021", "7-4-2023": day, month and a four-digit year.
fn is_day(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['/', '-']).collect();
    matches!(parts.as_slice(), [d, m, y]
        if (1..=2).contains(&d.len()) && (1..=2).contains(&m.len()) && y.len() == 4
            && [d, m, y].iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())))
}

/// "11:45", "9:54:00": hours and minutes.
fn is_time(word: &str) -> bool {
    let parts: Vec<&str> = word.split(':').collect();
    (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The last word of `text` (after its last white space).
fn last_word(text: &str) -> &str {
    text.rsplit(char::is_whitespace).next().unwrap_or("")
}

/// Whether a sentence may end with `word` although no mark follows it: a word in lower case,
/// or an acronym of two letters or more ("HTX", "OCOP"), which ends a noun phrase. A
/// capitalised word may be part of a name going on with the next one ("Bến Tre").
fn may_end_a_run_on(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
        || (word.chars().count() >= 2 && word.chars().all(char::is_uppercase))
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
    fn splits_a_headline_and_a_dateline_run_into_the_body() {
        assert_eq!(
            split("Developing OCOP products in cooperatives The whole province has 581."),
            [
                "Developing OCOP products in cooperatives",
                "The whole province has 581."
            ]
        );
        assert_eq!(
            split("Thành lập mới 11 HTX Thứ Sáu, 13/07/2018 Hiện, toàn tỉnh có 617 HTX."),
            [
                "Thành lập mới 11 HTX",
                "Thứ Sáu, 13/07/2018",
                "Hiện, toàn tỉnh có 617 HTX."
            ]
        );
        assert_eq!(
            split("Hải Dương có 351 sản phẩm OCOP Ngày 29/12, UBND tỉnh công nhận 34 sản phẩm."),
            [
                "Hải Dương có 351 sản phẩm OCOP",
                "Ngày 29/12, UBND tỉnh công nhận 34 sản phẩm."
            ]
        );
        assert_eq!(
            split("61 HTX giải thể hoặc sáp nhập 20/09/2021 11:45 Theo Sở, có 61 HTX."),
            [
                "61 HTX giải thể hoặc sáp nhập",
                "20/09/2021 11:45",
                "Theo Sở, có 61 HTX."
            ]
        );
        assert_eq!(
            split("TOÀN TỈNH CÓ 833 HỢP TÁC XÃ 16:12 16/01/2020 Theo đánh giá."),
            [
                "TOÀN TỈNH CÓ 833 HỢP TÁC XÃ",
                "16:12 16/01/2020",
                "Theo đánh giá."
            ]
        );
        assert_eq!(
            split("Koperasi tumbuh pesat 05/08/2023 (GMT+7) Menurut laporan, ada 115 koperasi."),
            [
                "Koperasi tumbuh pesat 05/08/2023 (GMT+7)",
                "Menurut laporan, ada 115 koperasi."
            ]
        );
    }

    #[test]
    fn a_capital_inside_a_sentence_does_not_split_it() {
        for text in [
            // A name goes on after a capitalised word.
            "Sản phẩm Made In Vietnam có mặt tại 20 tỉnh.",
            // Place names that start like an opener, with no date after them.
            "Huyện Năm Căn có 12 HTX, xã Ngày Mai có 3.",
            "Thuộc huyện Tân Thành Theo có 5 hợp tác xã.",
            // A weekday inside a sentence, with no date after it.
            "Hội nghị diễn ra vào Thứ Sáu tuần trước.",
            // A date and a time said of what the sentence tells.
            "Hội nghị khai mạc lúc 8:00 ngày 20/09/2021 với 120 HTX.",
            "Hội nghị khai mạc ngày 20/09/2021 8:00 với 120 HTX.",
            // Lower case: an opener is only one when capitalised.
            "cooperatives in the province the members of which number 500.",
        ] {
            assert_eq!(split(text), [text], "{text}");
        }
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
