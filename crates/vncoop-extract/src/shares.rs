//! Which organisations a share is of: the words that set them apart from all of their kind,
//! said after the noun ("40% of the cooperatives operate efficiently"), between the figure and
//! its noun ("38 percent well performing cooperatives") or between the noun and the figure
//! ("Tỷ lệ HTX yếu kém đạt dưới 2%"). A share of all of a kind is 100%, so a share kept
//! without them would say nothing of which ones it counts.

use std::ops::Range;

use crate::lexicon::Term;
use crate::rules::{is_joint, is_mark};
use crate::sentence::Sentence;
use crate::window::find_word;

/// Most words of what a share's note says of it.
const NOTE_WORDS: usize = 6;

/// Verbs and hedges that join a share's noun to its figure ("đạt", "chiếm khoảng",
/// "reached over", "mencapai").
const LINKS: &[&str] = &[
    "đạt",
    "chiếm",
    "là",
    "khoảng",
    "trên",
    "dưới",
    "hơn",
    "gần",
    "ước",
    "reached",
    "reach",
    "is",
    "was",
    "are",
    "were",
    "at",
    "of",
    "about",
    "over",
    "under",
    "nearly",
    "around",
    "accounted",
    "accounts",
    "account",
    "for",
    "stood",
    "mencapai",
    "sebesar",
    "sekitar",
    "adalah",
    "lebih",
    "dari",
    "hampir",
    "kurang",
    "mencakup",
    "make",
    "makes",
    "up",
    "di",
    "bawah",
    "atas",
    // "raise the share of well-performing cooperatives to 70%".
    "to",
    "lên",
    "menjadi",
];

/// Words that open what is said of the organisations a share is of: "40% of cooperatives
/// operate efficiently", "32% số HTX có sản phẩm được chứng nhận".
pub(crate) const PREDICATES: &[&str] = &[
    "operate",
    "operating",
    "are",
    "were",
    "have",
    "has",
    "có",
    "memiliki",
    "telah",
    "sudah",
];

/// Words between a share and its noun that only say of what whole it is ("75% of the total
/// cooperatives", "32% số HTX", "40% dari jumlah koperasi").
const OF_WHOLE: &[&str] = &[
    "of",
    "the",
    "total",
    "all",
    "number",
    "rate",
    "percentage",
    "proportion",
    "share",
    "số",
    "tổng",
    "các",
    "trong",
    "tỷ",
    "lệ",
    "dari",
    "jumlah",
    "seluruh",
    "persentase",
    "proporsi",
];

/// The words that set a share apart between its figure and the term of its noun: "38 percent
/// well performing cooperatives" gives "well performing".
pub(crate) fn modifiers(s: &Sentence<'_>, figure_end: usize, noun_end: usize) -> Option<String> {
    let term = s.term_ending_at(noun_end);
    let noun_start = noun_end.checked_sub(term.len())?;
    if noun_start <= figure_end {
        return None;
    }
    let between = s.lower(figure_end..noun_start);
    // "49.03% of the total number of OCOP products": a term names the whole, not a part.
    if between.contains(is_mark) || s.terms_in(figure_end..noun_start).next().is_some() {
        return None;
    }
    // "raise the share of effective cooperatives to 65%": the words after the share's own.
    let between = PROPORTION_WORDS
        .iter()
        .filter_map(|w| find_word(between, w).map(|at| at + w.len()))
        .max()
        .map_or(between, |end| &between[end..]);
    let words: Vec<&str> = between
        .split_whitespace()
        .filter(|w| w.contains(char::is_alphanumeric))
        .skip_while(|w| OF_WHOLE.contains(w))
        .collect();
    (!words.is_empty() && words.len() <= NOTE_WORDS && !words.iter().any(|w| is_joint(w)))
        .then(|| format!("{} {term}", words.join(" ")))
}

/// The words that set a share apart between its noun and its figure ("tỷ lệ hợp tác xã yếu kém
/// đạt dưới 2%": "yếu kém"), without the verbs and hedges that join them; none when a mark,
/// a figure or more than a few words stand between.
pub(crate) fn describer_before(s: &Sentence<'_>, noun_end: usize, figure: usize) -> Option<String> {
    if noun_end > figure || s.figure_in(noun_end..figure) {
        return None;
    }
    let between = s.lower(noun_end..figure);
    if between.contains(is_mark) {
        return None;
    }
    let mut words: Vec<&str> = between.split_whitespace().collect();
    while words.last().is_some_and(|w| LINKS.contains(w)) {
        words.pop();
    }
    (!words.is_empty() && words.len() <= NOTE_WORDS).then(|| words.join(" "))
}

/// Words that open the subject of a proportion ("tỷ lệ cán bộ quản lý HTX ...", "the
/// proportion of cooperative managers ...", "proporsi staf manajemen koperasi ...").
const PROPORTION_WORDS: &[&str] = &[
    "tỷ lệ",
    "the proportion of",
    "the percentage of",
    "the share of",
    "the rate of",
    "proporsi",
    "persentase",
    "tingkat",
];

/// Words that only say when, between a proportion's subject and its verb ("telah meningkat",
/// "has risen", "đã tăng").
const AUXILIARIES: &[&str] = &["telah", "sudah", "has", "have", "had", "been", "đã"];

/// Most words of a proportion's subject.
const PROPORTION_SUBJECT_WORDS: usize = 14;

/// The subject of a proportion that opens the clause of the figure at `i` and names the
/// sector's organisations, up to its verb or its first figure: in "proporsi staf manajemen
/// koperasi yang dilatih di tingkat perguruan tinggi dan universitas telah meningkat dari 11,5%
/// ... menjadi 17%", "staf manajemen koperasi ... universitas". Both figures are that
/// proportion, whatever the people or things it is of.
pub(crate) fn proportion_subject(s: &Sentence<'_>, i: usize) -> Option<Range<usize>> {
    let figure = s.tokens[i].span.start;
    let clause = s.clause_of(figure);
    let before = s.lower(clause.start..figure);
    let (at, word) = PROPORTION_WORDS
        .iter()
        .filter_map(|w| find_word(before, w).map(|at| (at, *w)))
        .min_by_key(|(at, _)| *at)?;
    let after_word = &before[at + word.len()..];
    let start = figure - after_word.trim_start().len();
    let first_figure = s
        .tokens
        .iter()
        .find(|t| t.span.start >= start)
        .map_or(figure, |t| t.span.start);
    let verb = s
        .terms_in(start..first_figure)
        .find(|m| m.key.is_change() || m.key == Term::Fulfil)
        .map_or(first_figure, |m| m.span.start);
    // "cooperative workers" names the organisations in the phrase for their people.
    let names_organisations = |m: &vncoop_text::Mention<Term>| match m.key {
        Term::Form(_) => true,
        Term::Employees | Term::Members => s.lower(m.span.clone()).starts_with("cooperative"),
        _ => false,
    };
    if !s.terms_in(start..verb).any(names_organisations) {
        return None;
    }
    // The verb's links and auxiliaries come off the end ("... universitas telah").
    let mut subject = s.lower(start..verb).trim_end();
    while let Some(last) = subject
        .split_whitespace()
        .next_back()
        .filter(|w| LINKS.contains(w) || AUXILIARIES.contains(w))
    {
        subject = subject[..subject.len() - last.len()].trim_end();
    }
    let words = subject.split_whitespace().count();
    // Commas may list what the people are trained in ("cao đẳng, đại học"); a colon or
    // parentheses end the subject.
    (words > 0 && words <= PROPORTION_SUBJECT_WORDS && !subject.contains([':', '(', ')']))
        .then_some(start..start + subject.len())
}
