//! Modality: whether a figure is a goal, an estimate or a result, and how far a cue reaches.
//!
//! - A goal cue ("phấn đấu", "aims", "menargetkan", "kế hoạch") makes the figures after it in
//!   its sentence targets (a list of goals runs across ";"), unless the plan word is the
//!   measure of a result ("đạt 62,3% kế hoạch", "meeting the set plan targets", "melampaui
//!   rencana") or a word of the present comes between ("; hiện nay có", "; currently").
//! - An estimate word opening a stretch ("ước", "estimated", "diperkirakan") makes the figures
//!   after it `about` until a new subject or verb takes over: a change, an establishment, a
//!   new money word, or a subset ("trong đó", "of which").

use std::ops::Range;

use crate::lexicon::Term;
use crate::sentence::Sentence;
use crate::tokens::Shape;
use crate::window::{self, head, tail};

/// How far before a plan word a fulfilment verb or rate may stand, in bytes.
const FULFILMENT_REACH: usize = 40;

/// Whether the plan word at `at` measures a result: the nearest figure or fulfilment verb
/// before it, within reach in its clause, is a percentage or such a verb.
fn is_fulfilment(s: &Sentence<'_>, at: usize) -> bool {
    let clause = s.clause_of(at);
    let from = clause.start.max(at.saturating_sub(FULFILMENT_REACH));
    let verb = s
        .terms_in(from..at)
        .filter(|m| m.key == Term::Fulfil)
        .map(|m| m.span.end)
        .last();
    let figure = s
        .tokens
        .iter()
        .rfind(|t| t.shape != Shape::Star && t.span.end <= at && t.span.start >= from);
    match (verb, figure) {
        (Some(v), Some(f)) if f.span.end > v => f.shape == Shape::Percent,
        (Some(_), _) => true,
        (None, Some(f)) => f.shape == Shape::Percent,
        (None, None) => false,
    }
}

/// Whether a goal cue in `range` reaches its end: a plan word that is not the measure of a
/// result, with no word of the present ("hiện nay", "currently") after it. A word of the
/// present in parentheses closed before the end speaks only of the aside: "có 226 HTX (hiện
/// nay là 214 HTX) và 54.600 thành viên" keeps its plan after them.
pub(crate) fn goal_cue(s: &Sentence<'_>, range: Range<usize>) -> bool {
    let end = range.end;
    let in_aside = |at: usize| s.parens.iter().any(|g| g.contains(&at) && g.end <= end);
    s.terms_in(range).any(|m| {
        m.key == Term::Target
            && !is_fulfilment(s, m.span.start)
            && !s
                .terms_in(m.span.end..end)
                .any(|t| t.key == Term::Now && !in_aside(t.span.start))
    })
}

/// Verbs of the future, which make what a clause says of its figure a plan.
const FUTURE_VERBS: [&str; 4] = ["will", "would", "sẽ", "akan"];

/// Most words between a figure's noun and a plan word that is the verb of its clause.
const GOAL_VERB_GAP_WORDS: usize = 2;

/// Whether the verb right after the noun of figure `i` (ending at `noun_end`) says what is
/// planned: "8,000 new cooperatives will be established in 2025", "2.000 HTX sẽ được thành
/// lập", "2.000 koperasi akan dibentuk", "1,600 cooperatives to be formed".
pub(crate) fn goal_after(s: &Sentence<'_>, i: usize, noun_end: usize) -> bool {
    let from = noun_end.max(s.tokens[i].span.end);
    let end = s.next_start(i).min(s.clause_of(from).end);
    // "1,600 more cooperatives to be formed this year", "500 cooperatives are to be set up":
    // an establishing verb after "to be" is planned.
    let to_be_set_up = s
        .terms_in(from..end)
        .find(|m| m.key == Term::Establish)
        .is_some_and(|m| {
            let gap = s.lower(from..m.span.start);
            let gap = gap.trim_end();
            gap.ends_with("to be")
                && gap.split_whitespace().count() <= GOAL_VERB_GAP_WORDS + 1
                && !gap.contains(crate::rules::is_mark)
        });
    to_be_set_up
        || s.terms_in(from..end).any(|m| {
            // Only a modal verb: "đạt 109,35% chỉ tiêu kế hoạch", "theo kế hoạch" name a plan the
            // figure is measured against.
            let gap = s.slice(from..m.span.start);
            m.key == Term::Target
                && FUTURE_VERBS.contains(&s.lower(m.span.clone()))
                && gap.split_whitespace().count() <= GOAL_VERB_GAP_WORDS
                && !gap.contains(crate::rules::is_mark)
        })
}

/// Whether an estimate word before figure `i` in its sentence reaches it: no change,
/// establishment, money word or subset stands between them.
pub(crate) fn estimate_reaches(s: &Sentence<'_>, i: usize) -> bool {
    let start = s.tokens[i].span.start;
    let Some(cue) = s
        .terms_in(s.span.start..start)
        .filter(|m| m.key == Term::Estimate)
        .last()
    else {
        return false;
    };
    let blockers: Vec<_> = s
        .terms_in(cue.span.end..start)
        .filter(|m| {
            matches!(
                m.key,
                Term::Change | Term::Decrease | Term::Establish | Term::Money(_) | Term::Subset
            )
        })
        .collect();
    // "perkiraan pendapatan rata-rata sebesar 2,2 miliar", "estimated revenue of": the
    // estimate word heads the money phrase the figure belongs to.
    match blockers.as_slice() {
        [] => true,
        [money] => {
            matches!(money.key, Term::Money(_))
                && s.slice(cue.span.end..money.span.start).trim().is_empty()
                && !s.slice(money.span.end..start).contains([',', ';'])
        }
        _ => false,
    }
}

/// One end of "increased from A to B": both are levels at two times, not changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// The earlier level ("from 51,3 juta").
    From,
    /// Today's level that a figure before rose from ("up from the current 780").
    Current,
    /// The later level ("to 64 juta"), with the index of the earlier one.
    To(usize),
}

/// Words right before the earlier level of a change: "from 450", "dari 450", "từ 450".
pub(crate) const FROM_WORDS: [&str; 3] = ["from", "dari", "từ"];
const TO_WORDS: [&str; 10] = [
    "to",
    "menjadi",
    "ke",
    "lên",
    "lên mức",
    "đến",
    "hingga",
    "xuống",
    "xuống còn",
    "còn",
];

/// A rise or fall from an earlier level: "up from", "naik dari".
const RISE_FROM: [&str; 10] = [
    "up from",
    "down from",
    "rising from",
    "falling from",
    "naik dari",
    "turun dari",
    "meningkat dari",
    "menurun dari",
    "tăng từ",
    "giảm từ",
];

/// Whether the words before figure `i` (since the figure before it) end with one of `words`.
fn ends_with_word(s: &Sentence<'_>, i: usize, words: &[&str]) -> bool {
    let before = tail(s.lower(s.previous_end(i)..s.tokens[i].span.start), 16);
    window::ends_with_word(before.trim_end(), words)
}

/// Whether a word that leads to a level stands right before figure `i`: "to 48", "lên 48",
/// "menjadi 48".
pub(crate) fn after_to_word(s: &Sentence<'_>, i: usize) -> bool {
    ends_with_word(s, i, &TO_WORDS)
}

/// Whether token `j` is a figure: not a star level, not part of a date.
fn is_figure(s: &Sentence<'_>, j: usize) -> bool {
    crate::rules::is_quantity(s, &s.tokens[j])
}

/// The next figure after `i` in its clause.
pub(crate) fn next_figure(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let clause = s.clause_of(s.tokens[i].span.start);
    (i + 1..s.tokens.len())
        .find(|&j| is_figure(s, j))
        .filter(|&j| s.tokens[j].span.start < clause.end)
}

/// Words between a rise word and the level it rose from that make that level today's: "up from
/// the current 780".
const CURRENT_LEADS: [&str; 5] = [
    "the current",
    "its current",
    "their current",
    "the present",
    "current",
];

/// Words right after a list of earlier levels that make them today's: "naik dari 780 dan 320
/// saat ini", "up from 780 and 320 at present".
const CURRENT_AFTER: [&str; 6] = [
    "currently",
    "at present",
    "now",
    "today",
    "saat ini",
    "sekarang",
];

/// Words right before a level given to compare with another: "compared with 62 million VND
/// in 2024", "so với 62 triệu đồng", "dibandingkan dengan 62 juta".
const COMPARED_WITH: [&str; 7] = [
    "compared with",
    "compared to",
    "as against",
    "versus",
    "so với",
    "dibandingkan dengan",
    "dibandingkan",
];

/// Whether figure `i` is a level given to compare another with, right after the words of a
/// comparison ("targets 80 million VND per worker, compared with 62 million VND in 2024"): what
/// was, even in a sentence of goals.
pub(crate) fn compared_level(s: &Sentence<'_>, i: usize) -> bool {
    let before = tail(s.lower(s.previous_end(i)..s.tokens[i].span.start), 24).trim_end();
    let before = crate::rules::without_hedge(before);
    window::ends_with_word(before, &COMPARED_WITH)
}

/// Whether figure `i` is today's level that a figure before it rose from: "up from the current
/// 780", "naik dari 780 dan 320 saat ini". Bare figures listed together share the lead.
fn current_earlier(s: &Sentence<'_>, i: usize) -> bool {
    let (first, last) = crate::rules::listed_run(s, i);
    let before = tail(
        s.lower(s.previous_end(first)..s.tokens[first].span.start),
        32,
    )
    .trim_end();
    let led_current = CURRENT_LEADS.iter().any(|lead| {
        before
            .strip_suffix(lead)
            .is_some_and(|rest| window::ends_with_word(rest.trim_end(), &RISE_FROM))
    });
    let after = head(s.lower(s.tokens[last].span.end..s.span.end), 16).trim_start();
    // "to 70% by 2030, from 52% now": after a comma, "from" alone leads to it.
    let from_after_comma = FROM_WORDS.iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|rest| rest.ends_with(", "))
    });
    led_current
        || ((window::ends_with_word(before, &RISE_FROM) || from_after_comma)
            && CURRENT_AFTER
                .iter()
                .any(|w| window::starts_with_word(after, w)))
}

/// The figure right after `i` in its clause that gives the level `i` led to, when `i` is no
/// earlier level: "fell by 1,200 to 45,300", "tăng 85 HTX lên 1.046 HTX", "turun 1.200 orang
/// menjadi 45.300 orang", "to 1,000 cooperatives and members to 50,000".
///
/// Both are of one shape (two counts, two percents, two sums), or a rate leads to a level,
/// and no date comes between them: "bằng 44,8% ... năm 2017 đã tăng lên 52,8 triệu đồng" is no such pair.
pub(crate) fn level_after(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let j = next_figure(s, i)?;
    let (a, b) = (&s.tokens[i], &s.tokens[j]);
    let dated_between = s
        .dates
        .iter()
        .any(|m| (a.span.end..b.span.start).contains(&m.span.start));
    // "rose 25% to VND 1.2 trillion": a rate of change leads to a level of what changed.
    let rate_to_level = matches!(a.shape, Shape::Percent | Shape::Times)
        && !matches!(b.shape, Shape::Percent | Shape::Times);
    (ends_with_word(s, j, &TO_WORDS)
        && !ends_with_word(s, i, &FROM_WORDS)
        && (std::mem::discriminant(&a.shape) == std::mem::discriminant(&b.shape) || rate_to_level)
        && !dated_between)
        .then_some(j)
}

/// The figure before `i` whose [`level_after`] is `i`: the change that led to level `i`.
pub(crate) fn change_before_level(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let j = (0..i).rev().find(|&j| is_figure(s, j))?;
    (level_after(s, j) == Some(i)).then_some(j)
}

/// Whether figure `i` is an end of "from A to B" ("meningkat dari 11,5% pada tahun 2016
/// menjadi 17% pada tahun 2022", "increased from 51.3 million to 64 million").
pub(crate) fn from_to(s: &Sentence<'_>, i: usize) -> Option<Step> {
    if current_earlier(s, i) {
        return Some(Step::Current);
    }
    if ends_with_word(s, i, &FROM_WORDS) {
        if next_figure(s, i).is_some_and(|j| ends_with_word(s, j, &TO_WORDS)) {
            return Some(Step::From);
        }
        // "464 cooperatives, up from 420 in 2020", "naik dari 420 koperasi pada tahun 2020":
        // the earlier level of the figure before, when it has a date of its own.
        let earlier = ends_with_word(s, i, &RISE_FROM)
            && (0..i).rev().any(|j| is_figure(s, j))
            && s.date_after(&s.tokens[i].span).is_some();
        return earlier.then_some(Step::From);
    }
    if ends_with_word(s, i, &TO_WORDS) {
        let previous = (0..i).rev().find(|&j| is_figure(s, j))?;
        let same_clause =
            s.clause_of(s.tokens[previous].span.start) == s.clause_of(s.tokens[i].span.start);
        return (same_clause && ends_with_word(s, previous, &FROM_WORDS))
            .then_some(Step::To(previous));
    }
    None
}

/// Whether the figure at `at` is one of the parts listed after the figure or heading that
/// ends at `parent`: a subset word ("trong đó", "including"), a colon or parentheses right
/// after the parent ("250 HTX (120 HTX năm 2018, ...)") open the list, and no change, new
/// subject or present-time word comes between.
pub(crate) fn part_of_list(s: &Sentence<'_>, parent: usize, at: usize) -> bool {
    let between = s.slice(parent..at);
    // "250 koperasi baru (120 koperasi ...)": a word or two may end the parent's phrase.
    let in_parentheses_after = s.paren_of(at).is_some_and(|g| {
        g.start >= parent && {
            let gap = s.slice(parent..g.start);
            !gap.contains(crate::rules::is_mark) && gap.split_whitespace().count() <= 2
        }
    });
    // "thành lập mới 142 HTX, nhiều nhất là huyện Hương Sơn với 25 HTX": where most were.
    let by_place = || {
        let lower = s.lower(parent..at);
        BREAKDOWN_OPENERS
            .iter()
            .any(|w| crate::window::find_word(lower, w).is_some())
    };
    // What ends the list is looked for first: it is cheaper than what opens one.
    let closed = between.contains(';')
        || s.has(parent..at, |t| {
            matches!(
                t,
                Term::Change | Term::Decrease | Term::Money(_) | Term::Now | Term::Fulfil
            )
        });
    !closed
        && (s.has(parent..at, |t| t == Term::Subset)
            || between.contains(':')
            || in_parentheses_after
            || by_place())
}

/// Words after a figure that open its breakdown by place: "nhiều nhất là huyện Hương Sơn với
/// 25", "most of them in Huong Son", "terbanyak di Kabupaten ...".
pub(crate) const BREAKDOWN_OPENERS: &[&str] = &[
    "nhiều nhất là",
    "nhiều nhất ở",
    "tập trung chủ yếu ở",
    "most of them in",
    "mostly in",
    "the most in",
    "terbanyak di",
    "paling banyak di",
    "sebagian besar di",
];

/// Whether `range` names new organisations: a word for new, and a kind of organisation. A
/// word for founding alone does not: "Các huyện thành lập được cả HTX tạo việc làm và HTX
/// cung ứng dịch vụ gồm: Tân Lạc 36 HTX" counts the districts' cooperatives, not new ones.
pub(crate) fn announces_new(s: &Sentence<'_>, range: Range<usize>) -> bool {
    s.has(range.clone(), |t| t == Term::New) && s.has(range, |t| matches!(t, Term::Form(_)))
}

/// A heading that announces new organisations before a colon, with no figure before it:
/// "the number of newly established cooperatives in localities: 6 cooperatives in ...",
/// "số HTX thành lập mới theo địa phương: ...". Returns where the colon is.
pub(crate) fn new_heading(s: &Sentence<'_>) -> Option<usize> {
    let colon = s.span.start + s.text.find(':')?;
    let before = s.span.start..colon;
    let announces = announces_new(s, before.clone());
    // Dates may stand in the heading ("In 2023, the number of ..."), figures may not.
    let figure_before = s
        .tokens
        .iter()
        .any(|t| t.shape != Shape::Star && before.contains(&t.span.start) && !s.in_date(&t.span));
    (announces && !figure_before).then_some(colon)
}

#[cfg(test)]
mod tests {
    use crate::{extract, Document};
    use vncoop_model::{Kind, Qualifier};

    fn read(text: &str) -> Vec<(String, Kind, Qualifier)> {
        extract(&Document::new("t", text))
            .observations
            .into_iter()
            .map(|o| (o.value.to_string(), o.kind, o.qualifier))
            .collect()
    }

    #[test]
    fn a_plan_word_after_a_result_is_no_goal() {
        let found = read(
            "Năm 2022, tỉnh Bình Định có 3.204 THT, đạt 62,3% kế hoạch năm; thành lập mới 10 HTX.",
        );
        assert!(
            found.iter().all(|(_, kind, _)| *kind == Kind::Actual),
            "{found:?}"
        );
        let found = read("In 2023, Nam Dinh province had 420 cooperatives, meeting the set plan targets; there were 12 cooperative unions.");
        assert!(
            found.iter().all(|(_, kind, _)| *kind == Kind::Actual),
            "{found:?}"
        );
    }

    #[test]
    fn a_goal_reaches_until_the_present_is_named() {
        let found = read("Tỉnh Nam Định phấn đấu đến năm 2030 có 500 HTX; hiện nay có 420 HTX.");
        assert_eq!(found[0].1, Kind::Target);
        assert_eq!(found[1].1, Kind::Actual);
        let found = read(
            "Nam Dinh aims to have 500 cooperatives by 2030; 60% of cooperatives operating well.",
        );
        assert_eq!(found[0].1, Kind::Target);
        assert_eq!(found[1].1, Kind::Target);
        let found = read("Provinsi Nam Dinh menargetkan 500 koperasi pada tahun 2030; saat ini ada 420 koperasi.");
        assert_eq!(found[0].1, Kind::Target);
        assert_eq!(found[1].1, Kind::Actual);
    }

    #[test]
    fn parts_of_new_organisations_are_new() {
        let new = |text: &str| -> Vec<String> {
            extract(&Document::new("t", text))
                .observations
                .into_iter()
                .filter(|o| o.indicator == vncoop_model::Indicator::NewCooperatives)
                .map(|o| o.value.to_string())
                .collect()
        };
        assert_eq!(
            new("Năm 2023, tỉnh Nam Định có 9 HTX được thành lập mới, trong đó có 6 HTX nông nghiệp, 2 HTX vận tải và 1 HTX xây dựng."),
            ["9", "6", "2", "1"]
        );
        assert_eq!(
            new("In 2023, Nam Dinh province established 9 new cooperatives, including 6 agricultural cooperatives and 3 transport cooperatives."),
            ["9", "6", "3"]
        );
        assert_eq!(
            new("In 2023, the number of newly established cooperatives in Nam Dinh by district: 4 cooperatives in Y Yen district, 5 cooperatives in Hai Hau district."),
            ["4", "5"]
        );
        assert_eq!(
            new("Pada tahun 2023, Nam Dinh mendirikan 9 koperasi baru, termasuk 6 koperasi pertanian."),
            ["9", "6"]
        );
        // A list with its own verb is not a part of the new ones.
        assert_eq!(
            new("Pada tahun 2023, 15 koperasi baru didirikan di Nam Dinh, dan 5 koperasi dibubarkan."),
            ["15"]
        );
    }

    #[test]
    fn an_estimate_reaches_the_list_but_not_a_new_subject() {
        let found = read("Ước năm 2022, tỉnh Thái Bình có 300 HTX; 20 LH HTX và 1.000 THT.");
        assert!(
            found.iter().all(|(_, _, q)| *q == Qualifier::About),
            "{found:?}"
        );
        let found = read("In 2022, the average revenue of cooperatives in Ha Nam is estimated at 1.2 billion VND a cooperative, and the average profit is 150 million VND a cooperative.");
        assert_eq!(found[0].2, Qualifier::About);
        assert_eq!(found[1].2, Qualifier::Exact);
        let found = read("Pada tahun 2022, pendapatan rata-rata koperasi di Ha Nam diperkirakan 1,2 miliar VND/koperasi, meningkat 5% dibandingkan tahun 2021.");
        assert_eq!(found[0].2, Qualifier::About);
        assert_eq!(found[1].2, Qualifier::Exact);
    }
}
