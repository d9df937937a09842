//! The rules: which indicator a figure measures, and whether it is a change, a target or an
//! estimate. Each rule is a small function over a [`Sentence`]; the rule names in provenance
//! are those of the functions that decided.

use std::ops::Range;

use rust_decimal::Decimal;
use vncoop_model::{Indicator, LegalForm, Sector, Unit};
use vncoop_money::{Amount, Per};
use vncoop_text::Mention;

use crate::lexicon::{MoneyWord, Term};
use crate::sentence::Sentence;
use crate::tokens::{Shape, Token, LOWER_BOUND_WORDS};
use crate::window::{
    after_short_form, ends_with_word, find_word, head, head_words, is_in_any_case,
    starts_with_word, tail,
};

/// How far after a figure its noun may come, in bytes ("75% or more of effective production
/// and business cooperatives").
const NOUN_REACH: usize = 72;
/// How far before a figure a verb or cue may come, in bytes.
const CUE_REACH: usize = 48;

/// What a figure was found to measure.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Attribution {
    pub indicator: Indicator,
    pub unit: Unit,
    pub rule: &'static str,
    /// End of the words that name what is counted (for finding the sector and list joins).
    pub noun_end: usize,
    /// The kind of organisation the noun names, if it names one.
    pub form: Option<LegalForm>,
    pub note: &'static str,
}

/// The label of `other` amounts paid out: bonuses, rewards, grants, support.
const SUPPORT_NOTE: &str = "support or reward amount";

impl Attribution {
    /// What the figure measures, in words: its indicator and note ("cooperative groups, newly
    /// established"), the note alone for `other`.
    pub fn label(&self) -> String {
        let indicator = self.indicator.name().replace('_', " ");
        match (self.indicator, self.note) {
            (_, "") => indicator,
            (Indicator::Other, note) => note.to_string(),
            (_, note) => format!("{indicator}, {note}"),
        }
    }

    /// The same attribution with a note (the label of an `other` figure).
    fn noted(mut self, note: &'static str) -> Self {
        self.note = note;
        self
    }
}

fn is_noun(term: Term) -> bool {
    matches!(
        term,
        Term::Form(_)
            | Term::Members
            | Term::Employees
            | Term::Jobs
            | Term::People
            | Term::Products
            | Term::Chains
            | Term::Collective
            | Term::InterestGroups
    )
}

fn is_people(term: Term) -> bool {
    matches!(term, Term::Members | Term::Employees | Term::Jobs)
}

/// Most words between a count and its noun ("34 3-star and 4-star OCOP products").
const COUNT_GAP_WORDS: usize = 4;
/// Most words between a percentage and its noun ("75% or more of effective production and
/// business cooperatives").
const SHARE_GAP_WORDS: usize = 8;

/// The note of members of farmers' interest groups.
const INTEREST_GROUP_MEMBERS: &str = "members of interest groups";

/// Members counted after interest groups in their clause, with no organisation the sector
/// counts between them: "678 interest groups with about 9,000 members", "678 nhóm sở thích với
/// khoảng 9.000 thành viên". They are no members of cooperatives: the note keeps them apart.
pub(crate) fn members_of_interest_groups(
    s: &Sentence<'_>,
    i: usize,
    found: &Attribution,
) -> Option<Attribution> {
    if found.indicator != Indicator::Members {
        return None;
    }
    let start = s.tokens[i].span.start;
    let nearest = s
        .terms_in(s.clause_of(start).start..start)
        .filter(|m| matches!(m.key, Term::Form(_) | Term::InterestGroups))
        .last()?;
    (nearest.key == Term::InterestGroups).then(|| {
        Attribution {
            form: None,
            ..found.clone()
        }
        .noted(INTEREST_GROUP_MEMBERS)
    })
}

/// Whether figure `i` is followed right away by a noun no indicator measures ("tăng 8 trang
/// trại", "up 8 farms", "thêm 12 doanh nghiệp"): it counts that, whatever its clause is about.
pub(crate) fn counts_unmeasured(s: &Sentence<'_>, i: usize) -> bool {
    let end = s.tokens[i].span.end;
    s.terms_in(end..s.next_start(i))
        .next()
        .is_some_and(|m| m.key == Term::OtherNoun && s.slice(end..m.span.start).trim().is_empty())
}

/// The noun right after figure `i`: within reach, with at most `gap` words before it and no
/// clause punctuation in between.
pub(crate) fn noun_after<'s>(
    s: &'s Sentence<'_>,
    i: usize,
    gap: usize,
) -> Option<&'s Mention<Term>> {
    let start = s.tokens[i].span.end;
    let end = s.next_start(i).min(start + NOUN_REACH);
    let mut nouns = s
        .terms_in(start..end)
        .filter(|m| is_noun(m.key) || matches!(m.key, Term::OtherNoun | Term::Staff));
    let mut noun = nouns
        .next()
        .filter(|m| !matches!(m.key, Term::OtherNoun | Term::Staff))?;
    // "127 cooperative products": the organisation word qualifies the products counted; in
    // "24.7% of cooperative managers", what is counted is no figure's noun.
    if let (Term::Form(_), Some(next)) = (noun.key, nouns.next()) {
        if s.slice(noun.span.end..next.span.start).trim().is_empty() {
            match next.key {
                Term::Products => noun = next,
                Term::Staff => return None,
                _ => {}
            }
        }
    }
    let between = s.slice(start..noun.span.start);
    let words = between.split_whitespace().count();
    let broken = between.contains([',', ';', ':', '(', ')']);
    // "12 are owned by cooperatives", "12 dự án do HTX làm chủ": the organisations own or run
    // what is counted; they are not counted.
    let agent =
        || crate::window::ends_with_word(s.lower(start..noun.span.start).trim_end(), AGENT_WORDS);
    // "30 training courses for members", "30 lớp tập huấn cho thành viên": what is counted
    // stands before the preposition, and the noun after it is whom it is for.
    let for_whom = || {
        s.lower(start..noun.span.start)
            .split_whitespace()
            .any(|w| FOR_WHOM_WORDS.contains(&w))
    };
    (words <= gap && !broken && (words == 0 || !(agent() || for_whom()))).then_some(noun)
}

/// Prepositions after a counted noun that lead to another noun the thing is for or about.
const FOR_WHOM_WORDS: &[&str] = &[
    "for", "to", "on", "about", "cho", "về", "bagi", "untuk", "kepada", "tentang", "mengenai",
];

/// Words that make the noun after them the agent of what a figure counts: "owned by".
const AGENT_WORDS: &[&str] = &["by", "bởi", "do", "oleh"];

/// Whether the noun `m` is named as an agent, after an agent word and maybe an article: "the
/// number of passenger vehicles operated by co-operatives", "số xe do các HTX quản lý". The
/// organisations run what the clause counts; they are not its subject.
fn is_agent(s: &Sentence<'_>, m: &Mention<Term>) -> bool {
    let before = s.lower(s.span.start..m.span.start).trim_end();
    let before = without_last_word(before, &["the", "các", "những", "para"]);
    crate::window::ends_with_word(before, AGENT_WORDS)
}

/// `text` (trimmed at its end) without its last word when that word is one of `words`.
fn without_last_word<'t>(text: &'t str, words: &[&str]) -> &'t str {
    words
        .iter()
        .find_map(|w| {
            text.strip_suffix(w)
                .filter(|rest| rest.is_empty() || rest.ends_with(' '))
        })
        .unwrap_or(text)
        .trim_end()
}

/// The last term `pick` selects between the previous figure and figure `i`, else between the
/// clause start and figure `i` when `whole_clause`.
fn term_before<'s>(
    s: &'s Sentence<'_>,
    i: usize,
    whole_clause: bool,
    pick: impl Fn(Term) -> bool + Copy,
) -> Option<&'s Mention<Term>> {
    let start = s.tokens[i].span.start;
    let near = s
        .terms_in(s.previous_end(i)..start)
        .filter(|m| pick(m.key))
        .last();
    near.or_else(|| {
        whole_clause
            .then(|| {
                let clause = s.clause_of(start);
                s.terms_in(clause.start..start)
                    .filter(|m| pick(m.key))
                    .last()
            })
            .flatten()
    })
}

/// The organisations a figure's clause is about when it ends the clause: the last organisation
/// word before it, or the head of "the number of A of B" ("Số hợp tác xã là thành viên của
/// liên hiệp hợp tác xã là 851" counts the cooperatives, not the unions), which may be their
/// products ("sản phẩm OCOP của HTX chiếm 95%" is a share of products).
fn head_form_before<'s>(s: &'s Sentence<'_>, i: usize) -> Option<&'s Mention<Term>> {
    let is_form = |t: Term| matches!(t, Term::Form(_));
    let mut subject = term_before(s, i, true, is_form)?;
    let clause = s.clause_of(s.tokens[i].span.start);
    while let Some(head) = s
        .terms_in(clause.start..subject.span.start)
        .filter(|m| is_form(m.key) || m.key == Term::Products)
        .last()
    {
        if !owns(s.slice(head.span.end..subject.span.start)) {
            break;
        }
        subject = head;
        if head.key == Term::Products {
            break;
        }
    }
    Some(subject)
}

/// Whether organisations are named after a mark between `from` and figure `i`: "the
/// cooperatives had 142,500 members, while cooperative groups numbered 1,210" counts the
/// groups, not members.
fn form_after_mark(s: &Sentence<'_>, i: usize, from: usize) -> bool {
    s.terms_in(from..s.tokens[i].span.start)
        .any(|m| matches!(m.key, Term::Form(_)) && s.slice(from..m.span.start).contains(is_mark))
}

/// Whether the words between two nouns make the second the owner of the first: "doanh thu của
/// HTX", "revenue of the cooperatives", "anggota dari koperasi".
fn owns(between: &str) -> bool {
    let between = between.trim().to_lowercase();
    between == "các"
        || ends_with_word(&between, &OWNER_WORDS)
        || ends_with_word(&between, &["of the"])
}

/// The words just before figure `i` where its cues are read: since the figure before, and at
/// most [`CUE_REACH`] bytes.
fn cue_window(s: &Sentence<'_>, i: usize) -> Range<usize> {
    let start = s.tokens[i].span.start;
    s.previous_end(i).max(start.saturating_sub(CUE_REACH))..start
}

/// A cue of the kind `pick` selects in the words just before figure `i`.
pub(crate) fn cue_before(s: &Sentence<'_>, i: usize, pick: impl Fn(Term) -> bool) -> bool {
    s.has(cue_window(s, i), pick)
}

/// The nearest change word in the words just before figure `i`.
fn change_word_before<'s>(s: &'s Sentence<'_>, i: usize) -> Option<&'s Mention<Term>> {
    s.terms_in(cue_window(s, i))
        .filter(|m| m.key.is_change())
        .last()
}

/// Whether a change word stands before figure `i` (within [`CUE_REACH`], since the figure
/// before) and the figure is the change, not the level the change arrived at: a word of
/// reaching after the change word and a comma makes it the level ("increased sharply, now
/// reaching over 12,000 members", "tăng mạnh, hiện đạt trên 12.000", "meningkat tajam, saat
/// ini mencapai 12.000").
pub(crate) fn change_before(s: &Sentence<'_>, i: usize) -> bool {
    let start = s.tokens[i].span.start;
    change_word_before(s, i).is_some_and(|change| {
        // "tăng gấp đôi, lên 48 HTX", "rose sharply, to 48": past a comma, a word that leads
        // to a level makes the figure that level.
        let to_level =
            s.slice(change.span.end..start).contains(',') && crate::modality::after_to_word(s, i);
        !to_level
            && !s.terms_in(change.span.end..start).any(|m| {
                m.key == Term::Fulfil && s.slice(change.span.end..m.span.start).contains(',')
            })
    })
}

/// Whether a term `pick` selects stands right before figure `i`, with at most one word and no
/// mark between them: "đã giải thể 3 HTX", "dissolved over 3 cooperatives". A joint between
/// them makes it the verb of the item before: "172 cooperatives were dissolved and 53 others".
pub(crate) fn verb_right_before(s: &Sentence<'_>, i: usize, pick: impl Fn(Term) -> bool) -> bool {
    let start = s.tokens[i].span.start;
    s.terms_in(s.previous_end(i)..start)
        .filter(|m| pick(m.key))
        .last()
        .is_some_and(|m| {
            let gap = s.slice(m.span.end..start);
            gap.split_whitespace().count() <= 1
                && !gap.contains(is_mark)
                && !gap.split_whitespace().any(is_joint)
        })
}

/// Whether the change read at figure `i` goes down: the nearest change word before it is a
/// decrease ("giảm 3 HTX", "fell by 5%", "menurun 2%"), or one follows it ("3 HTX less than",
/// "949 million VND lower than that in 2013").
pub(crate) fn decrease(s: &Sentence<'_>, i: usize) -> bool {
    let before = change_word_before(s, i).map(|m| m.key == Term::Decrease);
    before.unwrap_or_else(|| {
        compared_after(s, &s.tokens[i].span).or_else(|| compared_around(s, i))
            == Some(Direction::Down)
    })
}

/// Which way a change goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Direction {
    Up,
    Down,
}

/// Comparison words right after a figure that make it a change: "949 million VND higher than
/// that in 2013", "3 HTX less than that", "46.5% higher compared to that of 2016", "a 15% rise
/// over the same time".
const COMPARISONS_AFTER: [(&str, Direction); 27] = [
    ("increase", Direction::Up),
    ("rise", Direction::Up),
    ("growth", Direction::Up),
    ("gain", Direction::Up),
    ("decrease", Direction::Down),
    ("decline", Direction::Down),
    ("drop", Direction::Down),
    ("fall", Direction::Down),
    ("higher than", Direction::Up),
    ("higher compared", Direction::Up),
    ("lower compared", Direction::Down),
    ("lebih tinggi", Direction::Up),
    ("lebih rendah", Direction::Down),
    ("more than that", Direction::Up),
    ("larger than", Direction::Up),
    ("lower than", Direction::Down),
    ("less than that", Direction::Down),
    ("smaller than", Direction::Down),
    // "230 cooperatives, 15 more than in 2023", "15 fewer than last year", "85 more than at
    // the end of 2023".
    ("more than in", Direction::Up),
    ("more than last", Direction::Up),
    ("more than at", Direction::Up),
    ("fewer than in", Direction::Down),
    ("fewer than last", Direction::Down),
    ("fewer than at", Direction::Down),
    ("less than in", Direction::Down),
    ("less than last", Direction::Down),
    ("less than at", Direction::Down),
];

/// The direction of a change whose comparison word follows the figure at `span`, if one does.
pub(crate) fn compared_after(s: &Sentence<'_>, span: &Range<usize>) -> Option<Direction> {
    let after = head(s.lower(span.end..s.span.end), 32);
    let after = after.trim_start();
    let after = after.strip_prefix("vnd").unwrap_or(after).trim_start();
    COMPARISONS_AFTER
        .iter()
        .find(|(w, _)| after.starts_with(w))
        .map(|(_, direction)| *direction)
}

/// The direction of a change said by a comparison around figure `i`: a comparative right
/// before it ("nhiều hơn", "cao hơn", "lebih tinggi") and "so với" or "dibandingkan" after its
/// noun ("230 HTX, nhiều hơn 15 HTX so với năm 2023", "cao hơn 8 triệu đồng so với năm 2023").
/// Without them, "nhiều hơn 15 HTX" is a hedged count ("more than 15 cooperatives").
pub(crate) fn compared_around(s: &Sentence<'_>, i: usize) -> Option<Direction> {
    let span = &s.tokens[i].span;
    let before = tail(s.lower(s.span.start..span.start), 24).trim_end();
    let (_, direction) = COMPARATIVES_BEFORE
        .iter()
        .find(|(w, _)| ends_with_word(before, &[w]))?;
    let after = head(s.lower(span.end..s.next_start(i)), 48);
    ["so với", "dibandingkan"]
        .iter()
        .any(|w| find_word(after, w).is_some())
        .then_some(*direction)
}

/// Comparatives right before a figure that, with "so với" or "dibandingkan" after it, make it
/// a change.
const COMPARATIVES_BEFORE: &[(&str, Direction)] = &[
    ("nhiều hơn", Direction::Up),
    ("cao hơn", Direction::Up),
    ("lớn hơn", Direction::Up),
    ("ít hơn", Direction::Down),
    ("thấp hơn", Direction::Down),
    ("lebih banyak", Direction::Up),
    ("lebih tinggi", Direction::Up),
    ("lebih besar", Direction::Up),
    ("lebih sedikit", Direction::Down),
    ("lebih rendah", Direction::Down),
];

fn form_indicator(form: LegalForm) -> Indicator {
    match form {
        LegalForm::Cooperative => Indicator::Cooperatives,
        LegalForm::CooperativeGroup => Indicator::CooperativeGroups,
        LegalForm::UnionOfCooperatives => Indicator::UnionsOfCooperatives,
        LegalForm::PeoplesCreditFund => Indicator::PeoplesCreditFunds,
        LegalForm::CooperativeAlliance => Indicator::Other,
    }
}

fn people_indicator(term: Term) -> Option<Indicator> {
    match term {
        Term::Members => Some(Indicator::Members),
        Term::Employees => Some(Indicator::Employees),
        Term::Jobs => Some(Indicator::JobsCreated),
        _ => None,
    }
}

fn attribution(
    indicator: Indicator,
    unit: Unit,
    rule: &'static str,
    noun_end: usize,
) -> Attribution {
    Attribution {
        indicator,
        unit,
        rule,
        noun_end,
        form: None,
        note: "",
    }
}

/// A count: the noun after the figure, or the subject before it ("the number of regular
/// employees is about 10,227 people", "số lượng hội viên ... đạt 9.100").
pub(crate) fn count(s: &Sentence<'_>, i: usize, ocop: bool) -> Option<Attribution> {
    count_within(s, i, ocop, COUNT_GAP_WORDS)
}

/// The rule of a count whose noun is the subject before it ("the number of members ... is
/// 5,000").
pub(crate) const SUBJECT_BEFORE_RULE: &str = "count.subject_before";

fn count_within(s: &Sentence<'_>, i: usize, ocop: bool, gap: usize) -> Option<Attribution> {
    let token = &s.tokens[i];
    // "53 others were transformed into cooperative groups": "others" stands for the noun said
    // before (`elided`), whatever noun follows.
    let rest = head(s.lower(token.span.end..s.span.end), 12).trim_start();
    if ["others", "lainnya"]
        .iter()
        .any(|w| starts_with_word(rest, w))
    {
        return None;
    }
    // "65 co-ops have joined value chains, and 47 have OCOP products": a verb of having right
    // after the figure makes the noun after it what the counted ones have, not what is counted.
    if HAVING_VERBS.iter().any(|w| rest.starts_with(w)) {
        return None;
    }
    let after = noun_after(s, i, gap);
    // "kết nạp thêm 15 - 20 đơn vị tham gia thành viên Liên minh", "20 units joined as
    // members": members counted in units are organisations.
    if let Some(members) = after.filter(|m| m.key == Term::Members && in_units(s, i)) {
        return Some(member_units(members.span.end));
    }
    let (term, rule, noun_end) = match after.map(|m| m.key) {
        Some(Term::People) | None => {
            // Without any noun after it, a figure can only take its subject from before when
            // nothing else follows it ("... mencapai 2.986.", not "34 brands").
            let bare_end = after.is_none() && ends_phrase(s, i);
            let classified = after.is_none().then(|| classified_subject(s, i)).flatten();
            let subject = match classified {
                Some(subject) => subject,
                None => term_before(s, i, true, is_people)
                    .filter(|people| !form_after_mark(s, i, people.span.end))
                    .or_else(|| bare_end.then(|| head_form_before(s, i)).flatten())?,
            };
            if is_agent(s, subject) {
                return None;
            }
            // "the total number of members of the Provincial Cooperative Union is 273 units":
            // members that are organisations.
            if after.is_none() && subject.key == Term::Members && in_units(s, i) {
                return Some(member_units(token.span.end));
            }
            if after.is_none() && !bare_end && classified.is_none() {
                return None;
            }
            let end = after.map_or(subject.span.end, |m| m.span.end);
            (subject.key, SUBJECT_BEFORE_RULE, end)
        }
        Some(key) => (
            key,
            "count.noun_after",
            after.map_or(token.span.end, |m| m.span.end),
        ),
    };
    let unit = if matches!(term, Term::Members | Term::Employees | Term::Jobs) {
        Unit::People
    } else {
        Unit::Count
    };
    match term {
        Term::Form(form) => {
            let mut a = attribution(form_indicator(form), unit, rule, noun_end);
            a.form = Some(form);
            Some(a)
        }
        Term::Products if ocop => Some(attribution(
            Indicator::OcopProducts,
            Unit::Products,
            "ocop.products",
            noun_end,
        )),
        Term::Chains => Some(
            attribution(Indicator::Other, Unit::Count, "count.chains", noun_end)
                .noted("value chains"),
        ),
        Term::Collective => Some(
            attribution(Indicator::Other, Unit::Count, "count.collective", noun_end)
                .noted("collective economic organisations"),
        ),
        Term::InterestGroups => Some(
            attribution(
                Indicator::Other,
                Unit::Count,
                "count.interest_groups",
                noun_end,
            )
            .noted("interest groups"),
        ),
        other => people_indicator(other).map(|ind| attribution(ind, unit, rule, noun_end)),
    }
}

/// Words right before the organisations something is given to: "to 95 cooperatives", "cho 95
/// HTX", "kepada 95 koperasi", "for 17 cooperatives", "untuk 17 koperasi".
const RECIPIENT_WORDS: [&str; 6] = ["to", "for", "cho", "kepada", "bagi", "untuk"];

/// Words of owning, right before the owner: "revenue of the cooperatives", "doanh thu của HTX",
/// "anggota dari koperasi", and "for the OCOP products of 5 cooperatives", "cho sản phẩm OCOP
/// của 5 HTX", "untuk produk OCOP dari 5 koperasi".
const OWNER_WORDS: [&str; 3] = ["of", "của", "dari"];

/// Whether `before`, the lower-case words between the previous figure and an organisation
/// count (trimmed), ends by naming recipients: a recipient word right before the count, or one
/// earlier followed by a word of owning ("for the products of 5 cooperatives").
fn names_recipients(before: &str) -> bool {
    ends_with_word(before, &RECIPIENT_WORDS)
        || (ends_with_word(before, &OWNER_WORDS)
            && RECIPIENT_WORDS
                .iter()
                .any(|w| find_word(before, w).is_some()))
}

/// Verbs of having, right after a bare figure: its noun was said before it ("47 have OCOP
/// products", "47 memiliki produk OCOP").
const HAVING_VERBS: [&str; 5] = ["have ", "has ", "own ", "memiliki ", "mempunyai "];

/// Words right after a bare figure that point back to what was counted before it: "48 of
/// them", "trong số đó", "di antaranya".
const BACK_REFERENCES: [&str; 10] = [
    "of them",
    "of whom",
    "of these",
    "of those",
    "of which",
    "trong số đó",
    "trong số này",
    "dari jumlah itu",
    "di antaranya",
    "dari jumlah tersebut",
];

/// Words right after a bare figure in a list of parts, where the noun of the whole is left
/// out: "3 in Kim Boi District and 1 in Luong Son", "20 rated four stars", "1,473 with four
/// stars", "5 tại huyện ...", "over 3,750 others were established".
const ELIDED_BEFORE: [&str; 24] = [
    "in ",
    "at ",
    "rated ",
    "with ",
    "tại ",
    "ở ",
    "di ",
    "dengan ",
    "others ",
    "lainnya ",
    "khác ",
    "have ",
    "has ",
    "own ",
    "memiliki ",
    "mempunyai ",
    // "24 new cooperatives were founded, while 6 were dissolved".
    "were ",
    "are ",
    "was ",
    "had ",
    "will ",
    // "16 cooperatives were established and nine dissolved".
    "dissolved",
    // "about half operate in agriculture, while 37 provide transport services".
    "provide ",
    "operate ",
];

/// Verbs right after a bare figure that say which class of organisations it counts, its noun
/// left out: "250 co-ops by 2025, with at least 30 applying high technology"; "24 apply high
/// technology" after "96 cooperatives have joined value chains" counts cooperatives that apply
/// it, not those in value chains.
const CLASS_VERBS: [&str; 6] = [
    "applying ",
    "apply ",
    "participating ",
    "using ",
    "menerapkan ",
    "berpartisipasi ",
];

/// The whole of the fraction whose part is figure `i`: the figure after it, written right
/// after a slash ("139/143 hợp tác xã").
pub(crate) fn fraction_whole(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let (part, whole) = (s.tokens.get(i)?, s.tokens.get(i + 1)?);
    (part.span.end + 1 == whole.span.start && s.slice(part.span.end..whole.span.start) == "/")
        .then_some(i + 1)
}

/// Words between the two figures of a proportion: "two out of three", "dua dari tiga".
const OUT_OF: [&str; 4] = ["out of", "in every", "dari", "dari setiap"];

/// Largest whole of a proportion written with counts: "139 out of 143 cooperatives" counts,
/// "two out of three cooperatives" does not.
const PROPORTION_WHOLE: u32 = 10;

/// Whether figure `i` is a term of a proportion rather than a count: a fraction of "the number
/// of" ("2/3 số HTX", "1/2 tổng số HTX"), or a part "out of" a whole of ten or less ("two out
/// of three cooperatives", "dua dari tiga koperasi"). Both terms are then no count.
pub(crate) fn in_proportion(s: &Sentence<'_>, i: usize) -> bool {
    let small = |j: usize| {
        s.tokens.get(j).is_some_and(|t| {
            t.shape == Shape::Plain && t.amount.value() <= Decimal::from(PROPORTION_WHOLE)
        })
    };
    let of_the_number = |whole: usize| {
        let after = head(s.lower(s.tokens[whole].span.end..s.span.end), 12).trim_start();
        ["số", "tổng số"].iter().any(|w| starts_with_word(after, w))
    };
    let out_of = |part: usize, whole: usize| {
        let between = s.lower(s.tokens[part].span.end..s.tokens[whole].span.start);
        OUT_OF.contains(&between.trim()) && small(whole)
    };
    let as_part = |part: usize| {
        let whole = part + 1;
        whole < s.tokens.len()
            && ((fraction_whole(s, part) == Some(whole) && of_the_number(whole))
                || out_of(part, whole))
    };
    as_part(i) || i.checked_sub(1).is_some_and(as_part)
}

/// Whether figures `a` and `b` are items of one list of one shape: "35% and 14%", "12, 15",
/// "3.5 times and 4 times".
pub(crate) fn listed_together(s: &Sentence<'_>, a: usize, b: usize) -> bool {
    let between = s.lower(s.tokens[a].span.end..s.tokens[b].span.start);
    // "3.5 times and 4 times": the word of a multiple belongs to its figure.
    let between = if s.tokens[a].shape == Shape::Times {
        crate::tokens::after_times_word(between)
    } else {
        between
    };
    s.tokens[a].shape == s.tokens[b].shape && is_list_joint(between)
}

/// The first and last token of the figures listed together around figure `i` ("874 and 612",
/// "780 and 320"): `(i, i)` when it stands alone.
pub(crate) fn listed_run(s: &Sentence<'_>, i: usize) -> (usize, usize) {
    let first = (0..i)
        .rev()
        .take_while(|&k| listed_together(s, k, k + 1))
        .last()
        .unwrap_or(i);
    let last = (i + 1..s.tokens.len())
        .take_while(|&k| listed_together(s, k - 1, k))
        .last()
        .unwrap_or(i);
    (first, last)
}

/// The figure after `i` that says what the ones `i` counts have, with no mark between: "42
/// cooperatives with a total of VND 15 billion", "464 HTX với 10.000 thành viên", "42 koperasi
/// dengan 1.200 anggota". A date after it dates both.
pub(crate) fn held_with(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let j = crate::modality::next_figure(s, i)?;
    let between = s.lower(s.tokens[i].span.end..s.tokens[j].span.start);
    let with = between
        .split_whitespace()
        .any(|w| matches!(w, "with" | "với" | "dengan"));
    (with && !between.contains(is_mark) && s.tokens[i].shape != Shape::Star).then_some(j)
}

/// The figure that holds the one right before figure `i` ("512 cooperatives with 38,000
/// members"), when a comma sets `i`, with no noun of its own, apart from them: what a change
/// after them is of ("..., 24 more than in 2023").
pub(crate) fn holder_before(s: &Sentence<'_>, i: usize) -> Option<usize> {
    // "turun 1.120 orang": a change that names whose it is needs no holder.
    if noun_after(s, i, 2).is_some() {
        return None;
    }
    let held = (0..i).rev().find(|&j| is_quantity(s, &s.tokens[j]))?;
    let holder = (0..held).rev().find(|&h| held_with(s, h) == Some(held))?;
    s.slice(s.tokens[held].span.end..s.tokens[i].span.start)
        .contains(',')
        .then_some(holder)
}

/// Whether change `i` says how a level before it in its clause moved: "2,635 cooperatives, an
/// increase of 933", "có 2.635 HTX, tăng 933". The item after it across a semicolon is another
/// level ("...; 830 cooperative groups"), not another change.
pub(crate) fn change_after_level(s: &Sentence<'_>, i: usize) -> bool {
    let start = s.tokens[i].span.start;
    let clause = s.clause_of(start);
    let Some(cue) = s
        .terms_in(clause.start..start)
        .filter(|m| m.key.is_change())
        .last()
    else {
        return false;
    };
    s.tokens.iter().any(|t| {
        t.shape != Shape::Star
            && (clause.start..cue.span.start).contains(&t.span.start)
            && !s.in_date(&t.span)
    })
}

/// Most words from a change to its baseline date ("so với cùng kỳ năm 2020": five).
const BASELINE_GAP_WORDS: usize = 5;

/// Whether change `b` and the figure of its shape before it are items of one list, each with
/// its baseline: "an increase of 338% over 2015 and 106% over 2018", "tăng 12% so với năm
/// 2020 và 5% so với năm 2022". The date between them is the first one's baseline, as the
/// date reader found its role.
pub(crate) fn changes_listed(s: &Sentence<'_>, b: usize) -> bool {
    let Some(a) = (0..b)
        .rev()
        .find(|&k| s.tokens[k].shape == s.tokens[b].shape && !s.in_date(&s.tokens[k].span))
    else {
        return false;
    };
    let (end, start) = (s.tokens[a].span.end, s.tokens[b].span.start);
    let mut between = s
        .dates
        .iter()
        .filter(|d| d.span.start >= end && d.span.end <= start);
    let (Some(date), None) = (between.next(), between.next()) else {
        return false;
    };
    // The second has its own baseline: "1,046 cooperatives, 85 more than in 2023, and 2,310
    // cooperative groups" lists a level after a change.
    let b_end = s.tokens[b].span.end;
    let own_baseline = s.dates.iter().any(|d| {
        d.role == crate::dates::Role::Baseline
            && d.span.start >= b_end
            && s.slice(b_end..d.span.start).split_whitespace().count() <= BASELINE_GAP_WORDS
            && !s.figure_in(b_end..d.span.start)
    });
    date.role == crate::dates::Role::Baseline
        && own_baseline
        && s.slice(end..date.span.start).split_whitespace().count() <= BASELINE_GAP_WORDS
        && is_list_joint(s.slice(date.span.end..start))
}

/// What joins the items of a list: "A, B and C", "A; B; và C", "A dan B".
pub(crate) fn is_list_joint(between: &str) -> bool {
    let joint = between.trim().trim_start_matches([',', ';']).trim_start();
    joint.is_empty() || is_joint(joint)
}

/// The words that join the items of a list.
const JOINT_WORDS: [&str; 6] = ["and", "và", "dan", "or", "hoặc", "atau"];

/// Whether `word` (any case) joins the items of a list.
pub(crate) fn is_joint(word: &str) -> bool {
    JOINT_WORDS.iter().any(|j| is_in_any_case(word, j))
}

/// Drops the list joints that end `words`: "544 were operating and" keeps "were operating".
pub(crate) fn drop_trailing_joints<S: AsRef<str>>(words: &mut Vec<S>) {
    while words.last().is_some_and(|w| is_joint(w.as_ref())) {
        words.pop();
    }
}

/// Marks that end the words said of one figure: "," ";" ":" "(" ")" ".".
pub(crate) fn is_mark(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '.')
}

/// A list of bare figures that answers a list of nouns before it, item by item: "the numbers
/// of cooperative groups, cooperatives and unions ... to reach 2,097; 612; and 6", "số HTX và
/// THT lần lượt là 464 và 235". Each figure of the list gets its noun, as (figure, attribution).
pub(crate) fn aligned_lists(s: &Sentence<'_>) -> Vec<(usize, Attribution)> {
    let bare: Vec<usize> = s
        .figures()
        .filter(|(i, t)| t.shape == Shape::Plain && noun_after(s, *i, COUNT_GAP_WORDS).is_none())
        .map(|(i, _)| i)
        .collect();
    let mut found = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, found: &mut Vec<(usize, Attribution)>| {
        if run.len() >= 2 {
            found.extend(align(s, run));
        }
        run.clear();
    };
    for i in bare {
        let joined = run.last().is_some_and(|&p| {
            p + 1 == i && is_list_joint(s.slice(s.tokens[p].span.end..s.tokens[i].span.start))
        });
        if !joined {
            flush(&mut run, &mut found);
        }
        run.push(i);
    }
    flush(&mut run, &mut found);
    found
}

/// The nouns of a list that ends before the figures `run`, one per figure, if there is one.
fn align(s: &Sentence<'_>, run: &[usize]) -> Vec<(usize, Attribution)> {
    let start = s.tokens[run[0]].span.start;
    // No other figure between the nouns and the figures.
    let from = s
        .tokens
        .iter()
        .take(run[0])
        .rfind(|t| t.shape != Shape::Star)
        .map(|t| t.span.end)
        .unwrap_or(s.span.start);
    let nouns: Vec<&Mention<Term>> = s.terms_in(from..start).filter(|m| is_noun(m.key)).collect();
    let Some(nouns) = nouns.get(nouns.len().saturating_sub(run.len())..) else {
        return Vec::new();
    };
    let listed = nouns.len() == run.len()
        && nouns
            .windows(2)
            .all(|w| is_list_joint(s.slice(w[0].span.end..w[1].span.start)));
    if !listed {
        return Vec::new();
    }
    run.iter()
        .zip(nouns)
        .filter_map(|(&i, noun)| {
            let end = s.tokens[i].span.end;
            let mut a = match noun.key {
                Term::Form(form) => {
                    let mut a =
                        attribution(form_indicator(form), Unit::Count, "count.aligned", end);
                    a.form = Some(form);
                    a
                }
                other => attribution(people_indicator(other)?, Unit::People, "count.aligned", end),
            };
            a.noun_end = end;
            Some((i, a))
        })
        .collect()
}

/// Openings that point back only at the start of a sentence.
const OPENING_BACK_REFERENCES: [&str; 6] = [
    "among them",
    "among these",
    "among those",
    "of the total",
    "of this total",
    "trong đó",
];

/// The period the words after the noun of count `i`, up to the next figure or mark, make it a
/// rate per: a year ("100 cooperatives annually": a lexicon `Annual` word) or a month ("183
/// new cooperatives each month": `Monthly`, never the count of the year).
pub(crate) fn count_rate(s: &Sentence<'_>, i: usize, noun_end: usize) -> Option<Per> {
    let end = s.next_start(i);
    // A noun named elsewhere in the sentence ("the numbers of A and B ... 2,097 and 612").
    if noun_end < s.tokens[i].span.end || noun_end > end {
        return None;
    }
    let rest = s.slice(noun_end..end);
    let phrase_end = noun_end + rest.find(is_mark).unwrap_or(rest.len());
    let per = |m: &Mention<Term>| match m.key {
        Term::Annual => Some(Per::Year),
        Term::Monthly => Some(Per::Month),
        _ => None,
    };
    // Or before the figure, with no mark between: "bình quân mỗi năm thành lập mới 28 HTX",
    // "rata-rata setiap tahun didirikan 28 koperasi".
    let start = s.tokens[i].span.start;
    let before = cue_window(s, i);
    s.terms_in(noun_end..phrase_end).find_map(per).or_else(|| {
        s.terms_in(before)
            .filter(|m| !s.slice(m.span.end..start).contains(is_mark))
            .find_map(per)
    })
}

/// Whether sentence `s` opens by pointing back at what was counted before: "Dari jumlah
/// tersebut, ...", "Of these, ...", "Trong số đó, ...".
pub(crate) fn opens_with_back_reference(s: &Sentence<'_>) -> bool {
    let opening = head(s.lower, 24);
    // "Among the products, ...": a whole named in a word or two.
    let among_the = opening.strip_prefix("among the ").is_some_and(|rest| {
        rest.find(',')
            .is_some_and(|comma| rest[..comma].split_whitespace().count() <= 2)
    });
    among_the
        || BACK_REFERENCES
            .iter()
            .chain(OPENING_BACK_REFERENCES.iter())
            .any(|w| {
                opening
                    .strip_prefix(w)
                    .is_some_and(|rest| rest.trim_start().starts_with(','))
            })
}

/// Whether bare figure `i` is a new level of the count before its sentence, which its clause
/// names only by pointing back at it: "By 2024 the figure had risen to 1,050", "Their number
/// rose to 49", "Đến năm 2024, con số này đã tăng lên 1.050", "Jumlahnya meningkat menjadi
/// 49". Nothing counted stands between the pointer and the figure, nor after the figure.
pub(crate) fn names_count_before(s: &Sentence<'_>, i: usize) -> bool {
    let token = &s.tokens[i];
    if token.shape != Shape::Plain || noun_after(s, i, COUNT_GAP_WORDS).is_some() {
        return false;
    }
    let clause = s.clause_of(token.span.start);
    let before = s.lower(clause.start..token.span.start);
    // Asked of nearly every bare figure: a clause without the words every pointer holds has
    // none, and is settled in a few searches.
    if !POINTER_HEADS.iter().any(|head| before.contains(head)) {
        return false;
    }
    let pointer_end = COUNT_POINTERS
        .iter()
        .filter_map(|w| crate::window::find_word(before, w).map(|at| at + w.len()))
        .max();
    pointer_end.is_some_and(|end| {
        let from = clause.start + end;
        !s.has(from..token.span.start, |t| is_noun(t) || is_measured(t))
            && !s
                .figures()
                .any(|(j, _)| j < i && s.tokens[j].span.start >= from)
    })
}

/// Words that one of [`COUNT_POINTERS`] holds each (a test checks).
const POINTER_HEADS: [&str; 5] = ["figure", "number", "số", "jumlah", "angka"];

/// Words that name a count said before without its noun.
const COUNT_POINTERS: &[&str] = &[
    "the figure",
    "this figure",
    "that figure",
    "the number",
    "this number",
    "their number",
    "con số này",
    "con số đó",
    "con số trên",
    "số lượng này",
    "số lượng đó",
    "số lượng trên",
    "jumlah tersebut",
    "jumlah itu",
    "jumlah ini",
    "jumlahnya",
    "angka ini",
    "angka itu",
    "angka tersebut",
];

/// Words that open a sentence pointing back at a count by repeating it: "Trong 34 HTX, ...",
/// "Of the 34 cooperatives, ...", "Dari 34 koperasi, ...".
const COUNTED_REFERENCES: [&str; 10] = [
    "trong",
    "trong số",
    "trong tổng số",
    "of the",
    "of",
    "among the",
    "among",
    "of these",
    "dari",
    "di antara",
];

/// Most words from the opening figure to the comma that ends the pointer ("Trong 34 HTX,").
const COUNTED_REFERENCE_WORDS: usize = 4;

/// The figure a sentence opens with when it points back at a count by repeating it: "Trong 34
/// HTX, có 21 HTX nông nghiệp", "Of the 34 cooperatives, 21 are agricultural". Whether the
/// figure repeats the last count is for the caller to check.
pub(crate) fn opens_with_counted_reference(s: &Sentence<'_>) -> Option<usize> {
    let (i, first) = s.tokens.iter().enumerate().next()?;
    let lead = s.lower(s.span.start..first.span.start).trim();
    if !COUNTED_REFERENCES.contains(&lead) || first.shape != Shape::Plain {
        return None;
    }
    let rest = s.slice(first.span.end..s.span.end);
    let comma = rest.find(',')?;
    let words = rest[..comma].split_whitespace().count();
    let noun = s
        .terms_in(first.span.end..first.span.end + comma)
        .any(|m| matches!(m.key, Term::Form(_) | Term::Products | Term::Members));
    (noun && words <= COUNTED_REFERENCE_WORDS).then_some(i)
}

/// The attribution if it is of a count of organisations, people or products.
fn counted(a: Option<&Attribution>) -> Option<&Attribution> {
    a.filter(|a| matches!(a.unit, Unit::Count | Unit::People | Unit::Products))
}

/// Whether words right before figure `i` point back to what the figure before it counts:
/// "12,075 OCOP products, of which 73.9 per cent".
fn pointed_at(s: &Sentence<'_>, i: usize) -> bool {
    let before = s.lower(s.previous_end(i)..s.tokens[i].span.start);
    let before = before.trim_end().trim_end_matches(',').trim_end();
    ends_with_word(before, &BACK_REFERENCES) || ends_with_word(before, &POINTERS_BEFORE)
}

/// Words right before a bare figure that point back to the count before it, besides
/// [`BACK_REFERENCES`]: "493 hợp tác xã, trong đó 371 đang hoạt động ổn định", "493 koperasi,
/// yang mana 371 beroperasi".
const POINTERS_BEFORE: [&str; 3] = ["trong đó", "yang mana", "di mana"];

/// Whether bare figure `i` sits in parentheses with its own date right after it, a breakdown by
/// year of the count before them: "(120-150 in 2018, 60-80 in 2019)", "(120-150 năm 2018)",
/// "(120-150 pada tahun 2018)".
fn dated_in_parens(s: &Sentence<'_>, i: usize) -> bool {
    let span = &s.tokens[i].span;
    if s.paren_of(span.start).is_none() {
        return false;
    }
    s.dates
        .iter()
        .find(|m| m.span.start >= span.end)
        .is_some_and(|m| {
            let gap = s.lower(span.end..m.span.start);
            gap.split_whitespace().count() <= 2
                && gap
                    .split_whitespace()
                    .all(|w| DATE_LEADS_AFTER.contains(&w))
        })
}

/// Words between a figure and a date that is its own ("in 2018", "năm 2018", "pada tahun
/// 2018").
const DATE_LEADS_AFTER: [&str; 5] = ["in", "năm", "vào", "pada", "tahun"];

/// Whether the bare figure `i` points back to something counted before ("48 of them").
pub(crate) fn refers_back(s: &Sentence<'_>, i: usize) -> bool {
    back_reference_end(s, i).is_some()
}

/// Where the words right after figure `i` that point back end ("48 of them", "29,6% trong số
/// này"), if they do.
fn back_reference_end(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let end = s.tokens[i].span.end;
    let after = head(s.lower(end..s.span.end), 24);
    let rest = after.trim_start();
    BACK_REFERENCES
        .iter()
        .find(|w| rest.starts_with(*w))
        .map(|w| end + (after.len() - rest.len()) + w.len())
}

/// The rule of a percentage whose noun is a pointer back ("29,6% trong số này").
pub(crate) const SHARE_ELIDED_RULE: &str = "percent.share_elided";

/// "chỉ có 29,6% trong số này hoạt động hiệu quả", "only 29.6% of them operate effectively",
/// "hanya 29,6% di antaranya beroperasi efektif": a percentage that points back is a share of
/// what `antecedent`, the count before it, counts; the bare percentages listed after it in
/// its sentence ("hơn 50% hoạt động trung bình và 11,3% hoạt động yếu kém") are shares of the
/// same (`previous` is the figure read just before). Its noun ends after the pointer, so that
/// the words after it say which share it is.
pub(crate) fn share_elided(
    s: &Sentence<'_>,
    i: usize,
    antecedent: Option<&Attribution>,
    previous: Option<&Attribution>,
    opened_on: Option<&Attribution>,
) -> Option<Attribution> {
    let token = &s.tokens[i];
    if let Some(previous) = previous.filter(|p| p.rule == SHARE_ELIDED_RULE) {
        return Some(Attribution {
            noun_end: token.span.end,
            ..previous.clone()
        });
    }
    // "62% of cooperatives were rated good or fair, while only 8% were weak", "Số HTX xếp loại
    // tốt, khá chiếm 62%; loại yếu còn 8%": a percentage with no noun, listed right after a
    // share of organisations, is a share of the same ones.
    if let Some(previous) = previous.filter(|p| p.rule == SHARE_RULE && lists_shares(s, i)) {
        return Some(Attribution {
            rule: SHARE_ELIDED_RULE,
            noun_end: token.span.end,
            ..previous.clone()
        });
    }
    // "29.6% of them"; "..., of which 73.9 per cent"; "Among the products, 73.9 per cent"
    // (`opened_on`: the count a sentence that opens by pointing back is about), unless a count
    // of the sentence comes first ("Trong đó, có 22.415 HTX nông nghiệp, chiếm 66,8% tổng số":
    // a share of that count, which this rule does not read).
    let (antecedent, pointer_end) = match back_reference_end(s, i) {
        Some(end) => (antecedent, end),
        None if pointed_at(s, i) => (antecedent.or(opened_on), token.span.end),
        None if opens_with_whole(s, i) => (antecedent, token.span.end),
        None if counted(antecedent).is_none() => (opened_on, token.span.end),
        None => return None,
    };
    let antecedent = counted(antecedent)?;
    Some(Attribution {
        unit: Unit::Percent,
        rule: SHARE_ELIDED_RULE,
        noun_end: pointer_end,
        ..antecedent.clone()
    })
}

/// Whether the sentence opens with the whole that percentage `i`, right after it, is a share
/// of: "Of the 682 cooperatives, 62 percent are good", "Among the 682 cooperatives, 62%",
/// "Dari 682 koperasi, 62 persen".
fn opens_with_whole(s: &Sentence<'_>, i: usize) -> bool {
    s.tokens[i].shape == Shape::Percent
        && i.checked_sub(1)
            .is_some_and(|whole| opens_with_counted_reference(s) == Some(whole))
}

/// Whether percentage `i` goes on a list of shares: the figure right before it is a
/// percentage, a list joint or mark comes between them, and `i` is said with no noun of its
/// own (a verb, or nothing more, follows it).
fn lists_shares(s: &Sentence<'_>, i: usize) -> bool {
    let Some(j) = i.checked_sub(1) else {
        return false;
    };
    let (previous, token) = (&s.tokens[j], &s.tokens[i]);
    let between = s.lower(previous.span.end..token.span.start);
    let joined = between.contains([',', ';'])
        || between
            .split_whitespace()
            .any(|w| is_joint(w) || SHARE_CONTRASTS.contains(&w));
    let rest = head(s.lower(token.span.end..s.span.end), 16).trim_start();
    let said_alone = rest.is_empty()
        || rest.starts_with(is_mark)
        || SHARE_PREDICATES.iter().any(|w| starts_with_word(rest, w));
    previous.shape == Shape::Percent && token.shape == Shape::Percent && joined && said_alone
}

/// Words that set one share against another: "62% ..., while only 8% were weak".
const SHARE_CONTRASTS: [&str; 5] = ["while", "whereas", "còn", "sedangkan", "sementara"];

/// Words that open what is said of a share with no noun: "8% were weak", "8 persen yang lemah".
const SHARE_PREDICATES: [&str; 9] = [
    "were", "are", "was", "is", "là", "yang", "dinilai", "xếp", "rated",
];

/// A percentage rated with no noun of its own, in a sentence about organisations: "The quality
/// of cooperative operations has improved, with 78.1% rated as fairly good or good", "78,1%
/// xếp loại khá, tốt", "78,1% dinilai baik". It is a share of the organisations named last
/// before it; the rating says which.
pub(crate) fn rated_share(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    let token = &s.tokens[i];
    if token.shape != Shape::Percent {
        return None;
    }
    let rest = head(s.lower(token.span.end..s.span.end), 24).trim_start();
    if !RATED.iter().any(|w| starts_with_word(rest, w)) {
        return None;
    }
    let form = s
        .terms_in(s.span.start..token.span.start)
        .filter_map(|m| match m.key {
            Term::Form(form) => Some(form),
            _ => None,
        })
        .last()?;
    let mut a = attribution(
        form_indicator(form),
        Unit::Percent,
        SHARE_ELIDED_RULE,
        token.span.end,
    );
    a.form = Some(form);
    Some(a)
}

/// Words right after a percentage that rate what it is a share of.
const RATED: &[&str] = &[
    "rated",
    "were rated",
    "are rated",
    "classified as",
    "were classified as",
    "xếp loại",
    "được xếp loại",
    "đạt loại",
    "dinilai",
    "tergolong",
];

/// A figure whose noun is left out takes the attribution of the count it is a part of: the
/// count before it in the sentence, or for "48 of them" the last count read.
pub(crate) fn elided(
    s: &Sentence<'_>,
    i: usize,
    antecedent: Option<&Attribution>,
) -> Option<Attribution> {
    let token = &s.tokens[i];
    if token.shape != Shape::Plain {
        return None;
    }
    let antecedent = antecedent.filter(|a| a.unit != Unit::Vnd && a.unit != Unit::Percent)?;
    let rest = head(s.lower(token.span.end..s.span.end), 24);
    let rest = rest.trim_start();
    // "3 in Kim Boi", "48 of them", "..., of which 371 were operating stably", "(120-150 năm
    // 2018, 60-80 năm 2019)".
    // "98 are rated four stars and one five stars": a star level right after the figure.
    let star_after = s.tokens.get(i + 1).is_some_and(|next| {
        next.shape == Shape::Star && s.slice(token.span.end..next.span.start).trim().is_empty()
    });
    // "... and dissolved 74 others.": "others" may end the sentence.
    let others = ["others", "lainnya", "khác"]
        .iter()
        .any(|w| starts_with_word(rest, w));
    let part = ELIDED_BEFORE
        .iter()
        .chain(CLASS_VERBS.iter())
        .any(|w| rest.starts_with(w))
        || others
        || is_rating(rest)
        || star_after
        || refers_back(s, i)
        || pointed_at(s, i)
        || dated_in_parens(s, i);
    // "21 new co-ops were established while 9 others were dissolved", "set up 52 new
    // cooperatives and dissolved 74 weak ones": the others are of the same form, not new ones.
    let since_last_figure = i
        .checked_sub(1)
        .map_or(s.span.start, |j| s.tokens[j].span.end);
    let dissolved = s.has(token.span.end..s.clause_of(token.span.start).end, |t| {
        t == Term::Dissolve
    }) || s.has(since_last_figure..token.span.start, |t| t == Term::Dissolve);
    part.then(|| Attribution {
        rule: "count.elided",
        noun_end: token.span.end,
        indicator: if dissolved && antecedent.indicator == Indicator::NewCooperatives {
            Indicator::Cooperatives
        } else if HAVING_VERBS
            .iter()
            .chain(CLASS_VERBS.iter())
            .any(|w| rest.starts_with(w))
        {
            // "65 co-ops have joined value chains, and 47 have OCOP products": co-ops, not
            // those in value chains; what they have says which ones.
            antecedent.form.map_or(antecedent.indicator, form_indicator)
        } else {
            antecedent.indicator
        },
        ..antecedent.clone()
    })
}

/// Whether `rest`, the words after a bare figure, open with a rating, maybe after "as": "45
/// cooperatives were rated good, 120 fair and 60 weak", "120 as fair", "120 cukup baik". The
/// verb and the noun are left out; what is rated is what the figure before counts.
fn is_rating(rest: &str) -> bool {
    let rest = ["as ", "sebagai "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    RATINGS.iter().any(|w| starts_with_word(rest, w))
}

/// A grade that opens the phrase of figure `i` as its label: "loại khá 210 HTX", "xếp loại
/// tốt 45 HTX, khá 120 HTX" (a bare grade after the first). The figure counts the
/// organisations of that grade, a part; the label is returned.
pub(crate) fn graded_before(s: &Sentence<'_>, i: usize) -> Option<String> {
    let start = s.tokens[i].span.start;
    // Every grade label reads "loại" before the figure: most sentences have none.
    if !s.lower(s.span.start..start).contains("loại") {
        return None;
    }
    let from = s.previous_end(i).max(s.clause_of(start).start);
    let before = s.lower(from..start);
    let before = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let label = before
        .trim()
        .trim_end_matches(" là")
        .trim_end_matches(" có");
    let grade = ["xếp loại ", "đạt loại ", "loại "]
        .iter()
        .find_map(|w| label.strip_prefix(w))
        .or_else(|| {
            // A bare grade continues a list of grades begun before it in the sentence.
            let graded_before = s.lower(s.span.start..from).contains("loại ");
            graded_before.then_some(label)
        })?;
    is_grade(grade).then(|| label.to_string())
}

/// Whether count `i` is followed by its share of a total it is part of: "Some 320
/// cooperatives, or 36.8 percent of the total, are agricultural ones", "320 HTX (chiếm 36,8%
/// tổng số HTX)", "320 koperasi, atau 36,8% dari total". Not a share of a larger whole named
/// with it ("265 HTX, chiếm 5% tổng số HTX cả nước").
pub(crate) fn share_of_total_follows(s: &Sentence<'_>, i: usize, noun_end: usize) -> bool {
    let Some(next) = s.tokens.get(i + 1) else {
        return false;
    };
    if next.shape != Shape::Percent
        || noun_end > next.span.start
        || next.amount.value() >= 100.into()
    {
        return false;
    }
    let between = s.lower(noun_end..next.span.start);
    let between = without_hedge(between.trim_end())
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '('));
    if !(between.is_empty() || introduces_share(between)) {
        return false;
    }
    let after = head(s.lower(next.span.end..s.span.end), 40);
    let whole_end = next.span.end + after.len();
    TOTAL_WHOLES.iter().any(|w| after.contains(w))
        && !s.has(next.span.end..whole_end, |t| {
            matches!(t, Term::National | Term::Region)
        })
        && !s
            .places
            .iter()
            .any(|p| p.span.start >= next.span.end && p.span.start < whole_end)
}

/// Whether `words` (lower case) open with the whole of a share: "of the total", "tổng số".
pub(crate) fn names_total_whole(words: &str) -> bool {
    TOTAL_WHOLES.iter().any(|w| starts_with_word(words, w))
}

/// `text` (lower case, trimmed) without the hedge that ends it: "chiếm khoảng" is "chiếm".
pub(crate) fn without_hedge(text: &str) -> &str {
    HEDGES
        .iter()
        .find_map(|w| {
            text.strip_suffix(w)
                .filter(|rest| rest.is_empty() || rest.ends_with([' ', ',', '(']))
        })
        .map_or(text, str::trim_end)
}

/// Hedge words that may stand between a share verb and its percentage.
const HEDGES: &[&str] = &[
    "khoảng",
    "gần",
    "hơn",
    "trên",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "some",
    "sekitar",
    "hampir",
    "lebih dari",
];

/// Words after a share that say it is of the whole: "of the total", "tổng số", "dari total".
const TOTAL_WHOLES: &[&str] = &[
    "of the total",
    "of all",
    "tổng số",
    "dari total",
    "dari seluruh",
    "dari jumlah",
];

/// Whether `words` are one grade and nothing else ("khá", "trung bình", "cukup baik").
pub(crate) fn is_grade(words: &str) -> bool {
    RATINGS.contains(&words)
}

/// The grades of the yearly classification of cooperatives (good, fair, average, weak) and
/// their usual variants.
const RATINGS: &[&str] = &[
    "good",
    "very good",
    "excellent",
    "fair",
    "average",
    "weak",
    "poor",
    "tốt",
    "khá",
    "trung bình",
    "yếu",
    "kém",
    "yếu kém",
    "baik",
    "sangat baik",
    "cukup",
    "cukup baik",
    "sedang",
    "lemah",
    "buruk",
];

/// Whether figure `i` ends its phrase: punctuation or the end of the sentence follows.
fn ends_phrase(s: &Sentence<'_>, i: usize) -> bool {
    let end = s.tokens[i].span.end;
    let rest = s.slice(end..s.span.end);
    let rest = rest.trim_start_matches('%').trim_start();
    // "nâng tổng số HTX toàn tỉnh là 105 và 1 liên hiệp HTX", "to nearly 2,500 and over
    // 3,000": the next item of a list.
    let next_item = s
        .tokens
        .get(i + 1)
        .is_some_and(|next| joins_bare_items(s.slice(end..next.span.start)));
    // "to 2,500 by 2025", "menjadi 2.500 pada tahun 2025": a date closes the phrase of a count
    // (not "Thông tư 01 ngày 19/2/2020", nor a share "10% năm 2014" of something unsaid).
    let dated = s.tokens[i].shape != Shape::Percent
        && s.dates.iter().any(|m| {
            let between = s.lower(end..m.span.start);
            let mut words = between.split_whitespace();
            // "by 2025", "by the end of 2025", "đến cuối năm 2025", "pada akhir tahun 2025".
            m.span.start >= end
                && words.next().is_some_and(|w| DATE_OPENERS.contains(&w))
                && words.all(|w| DATE_OPENER_TAILS.contains(&w))
        });
    // "rose to 500 from 450 in 2022", "naik menjadi 500 dari 450": the earlier level follows;
    // "to reach 1,100 with 120,000 members": so does a figure of what they have.
    let earlier_level = s.tokens.get(i + 1).is_some_and(|next| {
        let between = s.lower(end..next.span.start);
        let between = without_hedge(between.trim());
        crate::modality::FROM_WORDS.contains(&between) || ["with", "dengan"].contains(&between)
    });
    // "raise the number from 780 to 1,000": the earlier level ends before the later one.
    let later_level = || crate::modality::from_to(s, i) == Some(crate::modality::Step::From);
    // "account for 82 per cent of the total", "mencakup 82 persen dari total": the whole
    // named after a share closes its phrase.
    let lower = s.lower(end..s.span.end);
    let lower = lower.trim_start_matches('%').trim_start();
    let of_the_whole = TOTAL_WHOLES.iter().any(|w| starts_with_word(lower, w));
    next_item
        || dated
        || earlier_level
        || of_the_whole
        || rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
        || later_level()
}

/// The organisations named before figure `i` when the one word after it, closing its phrase,
/// repeats a word of their name: a classifier in place of the noun ("Số lượng tổ hợp tác đạt
/// 5.261 tổ,", "the number of cooperative groups reached 5,261 groups,", "jumlah kelompok
/// koperasi mencapai 5.261 kelompok,").
fn classified_subject<'s>(s: &'s Sentence<'_>, i: usize) -> Option<&'s Mention<Term>> {
    let rest = s.lower(s.tokens[i].span.end..s.span.end).trim_start();
    // "đơn vị" is one word of two.
    let word = UNIT_WORDS
        .iter()
        .copied()
        .find(|w| starts_with_word(rest, w))
        .or_else(|| rest.split(|c: char| !c.is_alphanumeric()).next())?;
    // Closed by a mark, or by a word that leads to a time or place ("1.046 unit pada akhir
    // tahun 2024").
    let after = rest[word.len()..].trim_start();
    let closed = !after.starts_with(char::is_alphanumeric)
        || PHRASE_ENDS.iter().any(|w| starts_with_word(after, w));
    if word.is_empty() || !closed {
        return None;
    }
    let subject = head_form_before(s, i)?;
    // "jumlah koperasi 1.245 unit,", "Số THT: 3.410 tổ": a classifier of any organisation, or
    // the word for a group, right after the noun and its figure (a heading's colon between).
    let next_to_noun = s
        .slice(subject.span.end..s.tokens[i].span.start)
        .trim_matches([' ', ':'])
        .is_empty();
    // "jumlah koperasi di Provinsi Nghe An mencapai 1.046 unit": after "the number of" the
    // classifier counts that noun, whatever leads from it to its figure.
    // So do "naik 85 menjadi 1.046 unit" and "meningkat dari 780 unit menjadi 1.000 unit": the
    // level a change of the noun led to.
    let counted = || {
        let before = s.lower(s.clause_of(subject.span.start).start..subject.span.start);
        // So does "jumlah koperasi dengan pendapatan lebih dari 1 miliar VND mencapai 120
        // unit": the bound that sets them apart.
        let changed = crate::modality::change_before_level(s, i)
            .or_else(|| match crate::modality::from_to(s, i) {
                Some(crate::modality::Step::To(from)) => Some(from),
                _ => None,
            })
            .or_else(|| {
                i.checked_sub(1)
                    .filter(|&bound| class_bound_before(s, bound).is_some())
            })
            .unwrap_or(i);
        ends_with_word(before.trim_end(), &NUMBER_OF)
            && !s.figure_in(subject.span.end..s.tokens[changed].span.start)
    };
    let classifier = (UNIT_WORDS.contains(&word)
        || (word == "tổ" && subject.key == Term::Form(LegalForm::CooperativeGroup)))
        && (next_to_noun || counted());
    (classifier
        || s.lower(subject.span.clone())
            .split_whitespace()
            .any(|w| w == word))
    .then_some(subject)
}

/// Words that lead from a noun phrase to a time or place and so end it: "1.046 unit pada akhir
/// tahun 2024", "5,261 groups in 2024", "5.261 tổ vào cuối năm".
const PHRASE_ENDS: [&str; 10] = [
    "pada", "di", "hingga", "in", "at", "as", "by", "vào", "tại", "tính",
];

/// Words that make the noun after them a thing counted: "the number of cooperatives", "số
/// lượng HTX", "jumlah koperasi".
pub(crate) const NUMBER_OF: [&str; 5] = ["number of", "số", "số lượng", "jumlah", "tổng số"];

/// A count of the organisations that are members of a union or an alliance, counted in units.
fn member_units(noun_end: usize) -> Attribution {
    attribution(
        Indicator::Other,
        Unit::Count,
        "count.member_units",
        noun_end,
    )
    .noted("member organisations")
}

/// Words that count organisations as units, right after a figure: "273 units", "43 đơn vị".
const UNIT_WORDS: [&str; 4] = ["units", "unit", "đơn vị", "unit anggota"];

/// Whether figure `i` is followed by a word that counts organisations as units, and then by
/// the end of its phrase.
fn in_units(s: &Sentence<'_>, i: usize) -> bool {
    let rest = s.lower(s.tokens[i].span.end..s.span.end).trim_start();
    UNIT_WORDS.iter().any(|w| starts_with_word(rest, w))
}

/// Words that open the date closing a count's phrase: "by 2025", "pada tahun 2025".
const DATE_OPENERS: [&str; 12] = [
    "by", "in", "at", "as", "until", "during", "vào", "đến", "trong", "pada", "hingga", "sampai",
];

/// Words between a date opener and its date: "by the end of", "đến cuối năm", "pada akhir
/// tahun".
const DATE_OPENER_TAILS: [&str; 7] = ["tahun", "năm", "the", "end", "of", "cuối", "akhir"];

/// Whether `between`, the text between two figures, joins them as items of one list with no
/// noun between: a joint, then at most two words of a hedge ("2,500 and over 3,000", "2.500
/// và khoảng 3.000", "và 1").
fn joins_bare_items(between: &str) -> bool {
    // A joint and two short words fit in 40 bytes; most gaps between figures are longer.
    if between.len() > 40 {
        return false;
    }
    let rest = between.trim().trim_start_matches(',').trim_start();
    let mut words = rest.split_whitespace();
    words.next().is_some_and(is_joint)
        && words.clone().count() <= 2
        && words.all(|w| w.chars().all(char::is_alphabetic))
}

/// Years or dates to pair item by item with a list of figures: "increasing the number of
/// cooperatives by 2025 and 2030 to nearly 2,500 and over 3,000, respectively", "đến năm 2025
/// và năm 2030 lần lượt đạt 2.500 và 3.000 HTX". The period of figure `i` is the date at its
/// own place in the list of as many dates joined before the figures; None without a pairing
/// word or with lists of different lengths.
pub(crate) fn respective_period(s: &Sentence<'_>, i: usize) -> Option<vncoop_model::Period> {
    // Most figures are in no such list: their neighbours say so first.
    let span = &s.tokens[i].span;
    let next = s.tokens.get(i + 1).map(|t| t.span.start);
    let previous = i.checked_sub(1).map(|k| s.tokens[k].span.end);
    if !next.is_some_and(|n| joins_bare_items(s.slice(span.end..n)))
        && !previous.is_some_and(|p| joins_bare_items(s.slice(p..span.start)))
    {
        return None;
    }
    let figures = figures_outside_dates(s);
    let at = figures.iter().position(|&j| j == i)?;
    let (first, last) = run_around(&figures, at, |a, b| {
        joins_bare_items(s.slice(s.tokens[a].span.end..s.tokens[b].span.start))
    });
    let run = last - first + 1;
    let start = s.tokens[figures[first]].span.start;
    // "50 and 60 new cooperatives were established, respectively": the pairing word may
    // follow the noun and verb of the list.
    if run < 2 || !paired_within(s, start, s.tokens[figures[last]].span.end, 64) {
        return None;
    }
    // The dates stand in the figures' clause, or open the sentence before a comma: "In 2022
    // and 2023, 50 and 60 new cooperatives were established, respectively".
    let clause = s.clause_of(start);
    let before = |from: usize| -> Vec<&crate::dates::DateMention> {
        s.dates
            .iter()
            .filter(|m| m.span.start >= from && m.span.end <= start)
            .collect()
    };
    let mut dates = before(clause.start);
    if dates.len() < run {
        dates = before(s.span.start);
    }
    let list = dates.get(dates.len().checked_sub(run)?..)?;
    let dates_joined = list.windows(2).all(|pair| {
        let between = s.lower(pair[0].span.end..pair[1].span.start);
        let mut words = between.trim().trim_start_matches(',').split_whitespace();
        words.next().is_some_and(is_joint)
            && words.all(|w| matches!(w, "năm" | "tahun" | "in" | "by"))
    });
    dates_joined
        .then(|| list[at - first].period.clone())
        .flatten()
}

/// Words right before a number that open a count, never a date: "tăng 2036 hợp tác xã", "has
/// 2025 members". After any other word ("năm", "in", "by") a year stays a year.
const COUNT_OPENERS: &[&str] = &[
    "có", "gồm", "là", "đạt", "thêm", "has", "have", "had", "with", "of", "reached", "memiliki",
    "terdapat", "sebanyak", "mencapai",
];

/// Whether the year-like figure `i` is a count: its noun follows with no word between, and a
/// change word or a count opener comes right before it.
pub(crate) fn year_like_count(s: &Sentence<'_>, i: usize) -> bool {
    let span = &s.tokens[i].span;
    if noun_after(s, i, 0).is_none() {
        return false;
    }
    let before = s.lower(s.span.start..span.start).trim_end();
    let changed = s
        .terms_in(s.previous_end(i)..span.start)
        .last()
        .is_some_and(|m| m.key.is_change() && s.slice(m.span.end..span.start).trim().is_empty());
    changed || ends_with_word(tail(before, 12), COUNT_OPENERS)
}

/// The indicator a change names itself: "an increase of 37 cooperatives", "tăng 7,7% HTX".
pub(crate) fn change_noun(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    let noun = noun_after(s, i, 2)?;
    let (indicator, unit, form) = match noun.key {
        Term::Form(form) => (form_indicator(form), Unit::Count, Some(form)),
        other => (people_indicator(other)?, Unit::People, None),
    };
    let mut a = attribution(indicator, unit, "change.noun_after", noun.span.end);
    a.form = form;
    Some(a)
}

/// Most words between a money word and an amount written without a currency ("profit 6.5
/// billion", "revenue of 2 billion").
const BARE_MONEY_GAP_WORDS: usize = 2;

/// An amount of a million or more with no currency, right after a money word, is dong: "with
/// 167 members for revenue of VND 38.5 billion and profit 6.5 billion".
pub(crate) fn bare_money(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    let token = &s.tokens[i];
    if token.amount.value() < Decimal::from(1_000_000) {
        return None;
    }
    let from = s.previous_end(i);
    let word = s
        .terms_in(from..token.span.start)
        .filter(|m| is_measured(m.key))
        .last()?;
    let gap = s.slice(word.span.end..token.span.start);
    let near = gap.split_whitespace().count() <= BARE_MONEY_GAP_WORDS && !gap.contains([',', ';']);
    match word.key {
        Term::Money(_) if near => money(s, i),
        _ => None,
    }
}

/// Most words between an average word and the people count it makes an average ("bình quân
/// mỗi HTX có 25 thành viên": four words).
const AVERAGE_GAP_WORDS: usize = 5;

/// Most words between an average word and a count it makes an average by itself, with no
/// organisation between ("trung bình có 6 HTX": one word).
const AVERAGE_DIRECT_WORDS: usize = 1;

/// Most words between the unit a count is made per and the count ("each cooperative has 25
/// members": two words).
const PER_UNIT_GAP_WORDS: usize = 3;

/// The rule of counts made per unit: averages, never totals.
pub(crate) const PER_UNIT_RULE: &str = "count.per_unit";

/// A count made per unit, an `other` figure and never a total of members, workers or
/// organisations:
/// - "bình quân mỗi HTX có 25 thành viên", "rata-rata setiap koperasi memiliki 25 anggota":
///   an average word close before, an organisation between it and the count;
/// - "each cooperative has 25 members", "one province has 220 cooperatives": a unit right
///   before the count;
/// - "bình quân 25,5 thành viên/HTX", "176 anggota di setiap koperasi", "362 cooperatives in a
///   province": a unit right after the noun.
pub(crate) fn per_unit(s: &Sentence<'_>, i: usize, found: &Attribution) -> Option<Attribution> {
    // A share is no count: "hơn 50% hoạt động trung bình và 11,3%" ("trung bình": average,
    // or middling).
    if found.unit == Unit::Percent {
        return None;
    }
    if threshold_of_others(s, i) {
        return Some(Attribution {
            indicator: Indicator::Other,
            rule: PER_UNIT_RULE,
            note: "threshold per unit",
            ..found.clone()
        });
    }
    let note = match found.indicator {
        Indicator::Members => "average members per organisation",
        Indicator::Employees => "average workers per organisation",
        Indicator::Cooperatives
        | Indicator::CooperativeGroups
        | Indicator::UnionsOfCooperatives
        | Indicator::PeoplesCreditFunds => "average organisations per unit",
        _ => return None,
    };
    let start = s.tokens[i].span.start;
    // An average word close before the count: with the organisation it is per between them
    // ("bình quân mỗi HTX có 25 thành viên"), or right before the count, whose unit comes after
    // it or is left to the reader ("bình quân 90 xã viên/trang trại", "trung bình có 6 HTX tham
    // gia Liên hiệp HTX", "on average 25 members"). An average of new organisations is a pace of
    // founding, read as new organisations ("rata-rata 250 koperasi baru berdiri per bulan").
    let founding = || {
        s.has(start..s.clause_of(start).end, |t| {
            matches!(t, Term::New | Term::Establish)
        })
    };
    // An average of money is not of the count that follows it ("thu nhập bình quân của 1.500 lao
    // động").
    let of_money = || s.has(s.previous_end(i)..start, |t| matches!(t, Term::Money(_)));
    let averaged = s
        .terms_in(s.previous_end(i)..start)
        .filter(|m| m.key == Term::Average)
        .last()
        .filter(|_| graded_before(s, i).is_none())
        .is_some_and(|average| {
            // "120 average and 60 weak": right after a figure, the word is its rating.
            let previous = s.previous_end(i);
            let rating = previous > s.clause_of(start).start
                && s.slice(previous..average.span.start).trim().is_empty();
            let gap = s.slice(average.span.end..start);
            let words = gap.split_whitespace().count();
            let per_form = found.unit == Unit::People
                && words <= AVERAGE_GAP_WORDS
                && s.has(average.span.end..start, |t| matches!(t, Term::Form(_)));
            !rating
                && !gap.contains([',', ';'])
                && (per_form || (words <= AVERAGE_DIRECT_WORDS && !founding() && !of_money()))
        });

    (averaged || unit_after(s, found.noun_end) || unit_before(s, i)).then(|| Attribution {
        indicator: Indicator::Other,
        rule: PER_UNIT_RULE,
        note,
        ..found.clone()
    })
}

/// Words by which counted things have what a bound counts: "50 HTX có từ 100 thành viên trở
/// lên", "12 communes had 2 or more cooperatives".
const HAVING: &[&str] = &[
    "có",
    "have",
    "has",
    "had",
    "with",
    "having",
    "earned",
    "earn",
    "memiliki",
    "mempunyai",
    "dengan",
];

/// Whether figure `i` is the lower bound of a class said of things counted before it in its
/// clause: "7/9 huyện ... xây dựng được từ 2 mô hình HTX trở lên", "50 HTX có từ 100 thành
/// viên trở lên", "12 communes had 2 or more cooperatives", "12 HTX có doanh thu trên 10 tỷ
/// đồng". A bound in a goal or with nothing counted before it is a hedged total ("phấn đấu
/// thành lập mới ít nhất 25 HTX", "có từ 50 HTX trở lên"), and a share with a bound is a share
/// ("75% or more of cooperatives").
fn threshold_of_others(s: &Sentence<'_>, i: usize) -> bool {
    let token = &s.tokens[i];
    let clause = s.clause_of(token.span.start);
    let bound = match token.shape {
        Shape::Plain => {
            matches!(token.amount, Amount::AtLeast { .. }) && {
                let after = s.lower(token.span.end..s.next_start(i));
                LOWER_BOUND_WORDS.iter().any(|w| after.contains(w))
            }
        }
        // "12 cooperatives with revenue of over 10 billion VND", "12 HTX có doanh thu trên 10
        // tỷ đồng": an amount over which the counted ones earn, not the total of their
        // revenue nor its average.
        Shape::Dong(_) => {
            let from = s.previous_end(i).max(clause.start);
            matches!(token.amount, Amount::Over { .. } | Amount::AtLeast { .. })
                && s.has(from..token.span.start, |t| matches!(t, Term::Money(_)))
                && !s.has(from..token.span.start, |t| {
                    matches!(t, Term::Total | Term::Average)
                })
                && !s.slice(from..token.span.start).contains([',', ';'])
        }
        _ => false,
    };
    if !bound {
        return false;
    }
    // Places or households counted before: "7/9 huyện", "12 communes".
    let counted_places = s
        .terms_in(clause.start..token.span.start)
        .filter(|m| m.key == Term::OtherNoun)
        .any(|m| {
            tail(s.slice(clause.start..m.span.start), 8)
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit())
        });
    // Organisations counted before, then a word of having: "50 HTX có từ 100 thành viên".
    let counted_having = s.tokens[..i]
        .iter()
        .rev()
        .find(|t| t.span.start >= clause.start && is_quantity(s, t))
        .is_some_and(|t| {
            t.shape == Shape::Plain
                && s.slice(t.span.end..token.span.start)
                    .split_whitespace()
                    .any(|w| HAVING.contains(&w.to_lowercase().as_str()))
        });
    counted_places || counted_having
}

/// Whether a token can be a quantity: neither a star level nor part of a date.
pub(crate) fn is_quantity(s: &Sentence<'_>, t: &Token) -> bool {
    t.shape != Shape::Star && !s.in_date(&t.span)
}

/// Whether figure `i` counts the people of one organisation's board: "elected 25 members to
/// the executive board", "bầu 25 đồng chí vào Ban Chấp hành", "25 anggota dewan pengurus". A
/// word for people or none comes between the figure and the board's name, in its clause.
pub(crate) fn counts_a_board(s: &Sentence<'_>, i: usize) -> bool {
    let token = &s.tokens[i].span;
    let clause = s.clause_of(token.start);
    let Some(board) = s
        .terms_in(token.end..clause.end)
        .find(|m| m.key == Term::Board)
    else {
        return false;
    };
    !s.figure_in(token.end..board.span.start)
        && s.slice(token.end..board.span.start)
            .split_whitespace()
            .count()
            <= BOARD_GAP_WORDS
        && !s
            .terms_in(token.end..board.span.start)
            .any(|m| matches!(m.key, Term::Form(_) | Term::Products))
}

/// Most words between a count and the board its people sit on ("25 members to the executive
/// board", "25 đồng chí vào Ban Chấp hành").
const BOARD_GAP_WORDS: usize = 5;

/// Words that may open what organisations counted have, before a word of [`HAVING`]: "the
/// number of cooperatives that have", "jumlah koperasi yang memiliki".
const RELATIVE_PRONOUNS: [&str; 3] = ["that", "which", "yang"];

/// The words that set apart the organisations a count counts, when figure `i` is the bound
/// in them: "Số HTX có doanh thu trên 1 tỷ đồng/năm là 120 HTX", "The number of cooperatives
/// with annual revenue of over VND 1 billion is 120", "Jumlah koperasi dengan pendapatan lebih
/// dari 1 miliar VND per tahun mencapai 120 unit". The bound is no figure of its own, and the
/// count after it is a part. Gives where those words are: after the noun to the bound's end.
pub(crate) fn class_bound_before(s: &Sentence<'_>, i: usize) -> Option<Range<usize>> {
    let token = &s.tokens[i];
    let bounded = matches!(
        token.amount,
        Amount::Over { .. } | Amount::AtLeast { .. } | Amount::Under { .. }
    );
    if !bounded || !is_quantity(s, token) {
        return None;
    }
    let clause = s.clause_of(token.span.start);
    let noun = s
        .terms_in(clause.start..token.span.start)
        .filter(|m| matches!(m.key, Term::Form(_)))
        .last()?;
    let lead = s.lower(clause.start..noun.span.start);
    // "số HTX có doanh thu trên", "the number of cooperatives with revenue of over", "jumlah
    // koperasi yang memiliki pendapatan lebih dari".
    let having = crate::window::after_short_form(s.lower(noun.span.end..token.span.start));
    let having = having.trim_start();
    let having = RELATIVE_PRONOUNS
        .iter()
        .find_map(|w| starts_with_word(having, w).then(|| having[w.len()..].trim_start()))
        .unwrap_or(having);
    let counted_after = s.tokens[i + 1..]
        .iter()
        .any(|t| t.span.start < clause.end && is_quantity(s, t));
    (ends_with_word(lead.trim_end(), &NUMBER_OF)
        && HAVING.iter().any(|w| starts_with_word(having, w))
        && !s.figure_in(noun.span.end..token.span.start)
        && counted_after)
        .then_some(noun.span.end..token.span.end)
}

/// Whether figure `i` counts only the things a lower bound after it in its clause sets apart:
/// "50 HTX có từ 100 thành viên trở lên" are the cooperatives with 100 members or more, "12
/// communes had 2 or more cooperatives" the communes with that many; neither is a total. Gives
/// the figure of the bound.
pub(crate) fn classed_by_threshold(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let clause = s.clause_of(s.tokens[i].span.start);
    s.tokens
        .iter()
        .enumerate()
        .skip(i + 1)
        .find(|(_, t)| is_quantity(s, t))
        .filter(|(j, t)| t.span.start < clause.end && threshold_of_others(s, *j))
        .map(|(j, _)| j)
}

/// Whether a unit is named right after the noun that ends at `noun_end`: "/HTX", "di setiap
/// koperasi", "in a province".
fn unit_after(s: &Sentence<'_>, noun_end: usize) -> bool {
    let mut next = s.terms_in(noun_end..s.span.end);
    let adjacent = |from: usize, to: usize| s.slice(from..to).trim().is_empty();
    match next.next() {
        Some(m) if matches!(m.key, Term::Form(_)) => s.slice(noun_end..m.span.start).trim() == "/",
        Some(each) if each.key == Term::Each && adjacent(noun_end, each.span.start) => next
            .next()
            .is_some_and(|unit| is_unit(unit.key) && adjacent(each.span.end, unit.span.start)),
        _ => false,
    }
}

/// Whether a unit stands right before figure `i`, with few words between: "mỗi HTX có 25",
/// "one province has 220".
fn unit_before(s: &Sentence<'_>, i: usize) -> bool {
    let start = s.tokens[i].span.start;
    let mut before = s
        .terms_in(s.previous_end(i)..start)
        .collect::<Vec<_>>()
        .into_iter()
        .rev();
    let Some(unit) = before.next().filter(|m| is_unit(m.key)) else {
        return false;
    };
    // "one cooperative union and 235 cooperative groups": a list, not a count per union.
    let gap = s.slice(unit.span.end..start);
    let close = gap.split_whitespace().count() <= PER_UNIT_GAP_WORDS
        && !gap.contains([',', ';'])
        && !gap.split_whitespace().any(is_joint);
    close
        && before.next().is_some_and(|each| {
            each.key == Term::Each && s.slice(each.span.end..unit.span.start).trim().is_empty()
        })
}

/// Whether a term names a unit counts are made per: an organisation or a place.
fn is_unit(term: Term) -> bool {
    matches!(term, Term::Form(_) | Term::OtherNoun)
}

/// The rule of a share of what the noun near it counts.
pub(crate) const SHARE_RULE: &str = "percent.share";

/// A share: "75% of cooperatives", "koperasi ... pertanian mencapai 76,61%", "chiếm 68,8%".
pub(crate) fn share(s: &Sentence<'_>, i: usize, ocop: bool) -> Option<Attribution> {
    let mut a = count_within(s, i, ocop, SHARE_GAP_WORDS)?;
    a.unit = Unit::Percent;
    a.rule = SHARE_RULE;
    Some(a)
}

/// A share of a count given right after it: "60 percent of the 215 cooperatives", "60% trong
/// số 215 HTX", "60 persen dari 215 koperasi". The share is of what that count counts; the
/// words after its noun say which part.
pub(crate) fn share_of_count_after(s: &Sentence<'_>, i: usize, ocop: bool) -> Option<Attribution> {
    let whole = i + 1;
    let token = s.tokens.get(whole)?;
    let between = s.lower(s.tokens[i].span.end..token.span.start).trim();
    let of = [
        "of the",
        "of",
        "trong số",
        "trong tổng số",
        "dari",
        "dari total",
    ]
    .contains(&between);
    if s.tokens[i].shape != Shape::Percent || token.shape != Shape::Plain || !of {
        return None;
    }
    let mut a = count(s, whole, ocop).filter(|a| a.noun_end > token.span.end)?;
    a.unit = Unit::Percent;
    a.rule = SHARE_OF_WHOLE_AFTER_RULE;
    Some(a)
}

/// The rule of a share of the count right after it ("60 percent of the 215 cooperatives").
pub(crate) const SHARE_OF_WHOLE_AFTER_RULE: &str = "percent.share_of_whole_after";

/// The label of a percentage of a money total.
fn share_note(word: MoneyWord) -> &'static str {
    match word {
        MoneyWord::Gdp => "share of GDP",
        MoneyWord::Revenue | MoneyWord::Income => "share of revenue",
        MoneyWord::Profit => "share of profit",
        MoneyWord::Budget => "share of the state budget",
        MoneyWord::Output => "share of production value",
        MoneyWord::Loans => "share of outstanding loans",
        MoneyWord::CharterCapital | MoneyWord::Capital | MoneyWord::Award => "share of capital",
    }
}

/// Most words between a percentage and the money total it is a share of.
const MONEY_SHARE_GAP_WORDS: usize = 3;

/// Whether a term names what a figure measures: organisations, people or money.
fn is_measured(term: Term) -> bool {
    matches!(
        term,
        Term::Form(_) | Term::Money(_) | Term::Members | Term::Employees
    )
}

/// Most words between a head noun and the organisation that follows it as its owner: "pendapatan
/// rata-rata koperasi", "doanh thu bình quân của HTX".
const HEAD_OWNER_GAP_WORDS: usize = 3;

/// The noun a figure's clause is about, read back from the figure: the nearest organisation,
/// people or money word, where "the revenue of cooperatives" is about the revenue. Vietnamese and
/// Indonesian put the head first: "số thành viên HTX" is about members, "pendapatan rata-rata
/// koperasi" about revenue.
fn subject_before<'s>(s: &'s Sentence<'_>, i: usize) -> Option<&'s Mention<Term>> {
    let nouns: Vec<&Mention<Term>> = s
        .terms_in(s.previous_end(i)..s.tokens[i].span.start)
        .filter(|m| is_measured(m.key))
        .collect();
    let (last, rest) = nouns.split_last()?;
    let owned_by_last = |head: &Mention<Term>| {
        let between = s.slice(head.span.end..last.span.start);
        let words: Vec<&str> = between.split_whitespace().collect();
        owns(between)
            || (!between.contains(is_mark)
                && words.len() <= HEAD_OWNER_GAP_WORDS
                && !words.iter().any(|w| is_joint(w))
                && !s.has(head.span.end..last.span.start, Term::is_change))
    };
    match rest.split_last() {
        Some((head, before))
            if matches!(last.key, Term::Form(_))
                && !matches!(head.key, Term::Form(_))
                && owned_by_last(head) =>
        {
            // "thu nhập bình quân của lao động trong HTX": the workers' income, whose head
            // owns the workers in turn.
            let owner_of_head = before.last().filter(|money| {
                let between = money.span.end..head.span.start;
                matches!(money.key, Term::Money(_))
                    && (owns(s.slice(between.clone()))
                        // "pendapatan rata-rata pekerja koperasi": only an average word between.
                        || s.terms_in(between.clone()).any(|m| {
                            m.key == Term::Average
                                && s.slice(between.start..m.span.start).trim().is_empty()
                                && s.slice(m.span.end..between.end).trim().is_empty()
                        }))
            });
            Some(*owner_of_head.unwrap_or(head))
        }
        _ => Some(*last).filter(|m| !is_agent(s, m)),
    }
}

/// A percentage of a money total, not of organisations: "chiếm hơn 60% tổng doanh thu",
/// "khoảng 30% GDP cả nước", "5,8% dari total saldo pinjaman"; or with the money word as the
/// nearest noun before it: "đóng góp ... vào GDP ... đạt khoảng 4,8%", "pinjaman jangka pendek
/// menyumbang 94,2%" (a share of loans is a share of the loans indicator).
pub(crate) fn money_share(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    let token = &s.tokens[i];
    let next = s.next_start(i);
    let after = s
        .terms_in(token.span.end..next)
        .find(|m| is_measured(m.key));
    if let Some(m) = after {
        let gap = s.slice(token.span.end..m.span.start);
        if let Term::Money(word) = m.key {
            if gap.split_whitespace().count() <= MONEY_SHARE_GAP_WORDS
                && !gap.contains([',', ';'])
                && of_the_sector(s, word)
            {
                return Some(
                    attribution(
                        Indicator::Other,
                        Unit::Percent,
                        "percent.money_share",
                        m.span.end,
                    )
                    .noted(share_note(word)),
                );
            }
        }
        return None;
    }
    match subject_before(s, i)?.key {
        Term::Money(MoneyWord::Loans) => Some(attribution(
            Indicator::LoansDisbursed,
            Unit::Percent,
            "percent.loans_share",
            token.span.end,
        )),
        Term::Money(word) if of_the_sector(s, word) => Some(
            attribution(
                Indicator::Other,
                Unit::Percent,
                "percent.money_share",
                token.span.end,
            )
            .noted(share_note(word)),
        ),
        _ => None,
    }
}

/// The rule of a change read as a rate: its percentage name or its multiple name.
pub(crate) fn rate_rule(unit: Unit, percent: &'static str, ratio: &'static str) -> &'static str {
    if unit == Unit::Percent {
        percent
    } else {
        ratio
    }
}

/// A change in `unit` (a percentage or a multiple) of a money total named before the change
/// word, when the figures before were counts: "doanh thu, lợi nhuận khu vực kinh tế tập thể tăng
/// bình quân 7,0%/năm", "revenue increased 2 times".
pub(crate) fn money_change(s: &Sentence<'_>, i: usize, unit: Unit) -> Option<Attribution> {
    let token = &s.tokens[i];
    let subject = subject_before(s, i)?;
    let Term::Money(word) = subject.key else {
        return None;
    };
    if !of_the_sector(s, word) {
        return None;
    }
    // An average's change is the change of that indicator: "thu nhập bình quân của lao động
    // trong HTX tăng 8%", "the average income of workers rose 8%", "doanh thu bình quân của
    // HTX tăng 5%".
    // Up to the change word: "tăng bình quân 7%/năm" is an average rate of growth.
    let cue = s
        .terms_in(subject.span.end..token.span.start)
        .find(|m| m.key.is_change())
        .map_or(token.span.start, |m| m.span.start);
    let rest = subject.span.start..cue;
    let of_workers = s.has(rest.clone(), |t| t == Term::Employees);
    let averaged = s.has(rest, |t| t == Term::Average);
    let average = match word {
        MoneyWord::Income | MoneyWord::Revenue if of_workers => Some(Indicator::AvgIncomePerWorker),
        MoneyWord::Revenue | MoneyWord::Income if averaged => {
            Some(Indicator::AvgRevenuePerCooperative)
        }
        MoneyWord::Profit if averaged && !of_workers => Some(Indicator::AvgProfitPerCooperative),
        _ => None,
    };
    if let Some(indicator) = average {
        let rule = rate_rule(unit, "percent.money_change", "ratio.money_change");
        return Some(attribution(indicator, unit, rule, token.span.end));
    }
    let note = match word {
        MoneyWord::Revenue | MoneyWord::Income => "revenue growth",
        MoneyWord::Profit => "profit growth",
        MoneyWord::Budget => "growth of budget contributions",
        MoneyWord::Output => "growth of production value",
        MoneyWord::Gdp => "GDP growth",
        MoneyWord::Loans => "growth of outstanding loans",
        MoneyWord::CharterCapital | MoneyWord::Capital | MoneyWord::Award => "capital growth",
    };
    Some(
        attribution(
            Indicator::Other,
            unit,
            rate_rule(unit, "percent.money_change", "ratio.money_change"),
            token.span.end,
        )
        .noted(note),
    )
}

/// Words that say a subject is of the place a report is about: "in the province", "in the
/// city", "nationwide".
const PLACE_FILLER: &[&str] = &["in", "the", "province", "city", "country", "nationwide"];

/// Most words between a subject and its change word ("the number of members has risen").
const SUBJECT_CHANGE_GAP_WORDS: usize = 2;

/// A change in `unit` (a percentage or a multiple) of organisations or people named before the
/// change word, when no figure came before it: "số hợp tác xã tăng 7%", "the number of members
/// rose by 4%", "số thành viên tăng 2 lần".
pub(crate) fn subject_change(s: &Sentence<'_>, i: usize, unit: Unit) -> Option<Attribution> {
    let subject = subject_before(s, i)?;
    // The noun is the subject of the change word: "proporsi staf manajemen koperasi yang dilatih
    // ... meningkat" is a proportion of staff, not of cooperatives.
    let cue = s
        .terms_in(subject.span.end..s.tokens[i].span.start)
        .find(|m| m.key.is_change())?;
    // Counted from its owner right after it, when it has one: "thành viên hợp tác xã tỉnh Trà
    // Vinh tăng 15%", "members of the cooperatives in Tra Vinh rose".
    let owner_end = s
        .terms_in(subject.span.end..cue.span.start)
        .next()
        .filter(|m| {
            let between = s.slice(subject.span.end..m.span.start);
            is_measured(m.key) && (between.trim().is_empty() || owns(between))
        })
        .map_or(subject.span.end, |m| m.span.end);
    let gap = owner_end..cue.span.start;
    // "members in the province fell 2.1 per cent": where they are is no word between.
    let filler = s
        .lower(gap.clone())
        .split_whitespace()
        .filter(|w| PLACE_FILLER.contains(w))
        .count();
    if s.words_outside_places(gap.clone()).saturating_sub(filler) > SUBJECT_CHANGE_GAP_WORDS
        || s.slice(gap).contains([',', ';'])
    {
        return None;
    }
    let (indicator, form) = match subject.key {
        Term::Form(form) => (form_indicator(form), Some(form)),
        other => (people_indicator(other)?, None),
    };
    let mut a = attribution(
        indicator,
        unit,
        rate_rule(unit, "percent.subject_change", "ratio.subject_change"),
        s.tokens[i].span.end,
    );
    a.form = form;
    Some(a)
}

/// A change counted in organisations or people, named before the change word: "số thành viên
/// tăng 1.200 người", "the number of members rose by 1,200", "jumlah anggota meningkat 1.200
/// orang".
pub(crate) fn subject_count_change(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    let mut a = subject_change(s, i, Unit::Count)?;
    if a.form.is_none() {
        a.unit = Unit::People;
    }
    a.rule = "count.subject_change";
    Some(a)
}

/// The rule of a proportion of what the sector's organisations hold ("the proportion of
/// cooperative managers trained at university level").
pub(crate) const PROPORTION_RULE: &str = "percent.proportion";

/// A percentage that is a proportion of something of the sector's organisations, named by
/// the subject that opens its clause ([`crate::shares::proportion_subject`]).
pub(crate) fn proportion(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    crate::shares::proportion_subject(s, i)?;
    Some(attribution(
        Indicator::Other,
        Unit::Percent,
        PROPORTION_RULE,
        s.tokens[i].span.end,
    ))
}

/// Most words between a fulfilment rate and its plan word ("165% of the yearly plan").
const PLAN_GAP_WORDS: usize = 4;

/// A plan-fulfilment rate: a percentage measured against a plan ("đạt 62,3% kế hoạch",
/// "reaching 165% of the yearly plan", "melampaui rencana sebesar 2,4%"), or one that a
/// fulfilment verb puts right after a count ("02 LH HTX, đạt 100,5%;").
/// `earlier_whole` is the document's last level of what the count before the percent counts.
pub(crate) fn plan_fulfilment(
    s: &Sentence<'_>,
    i: usize,
    earlier_whole: Option<Decimal>,
) -> Option<Attribution> {
    let token = &s.tokens[i];
    let start = token.span.end;
    let end = s.next_start(i);
    let is_plan = |t: Term| matches!(t, Term::Target | Term::Plan);
    let plan_after = s.terms_in(start..end).find(|m| is_plan(m.key)).filter(|m| {
        let between = s.slice(start..m.span.start);
        between.split_whitespace().count() <= PLAN_GAP_WORDS
            && !between.contains([',', ';', '(', ')'])
    });
    // "melampaui rencana sebesar 2,4%": the plan word comes just before.
    let before_range = s.previous_end(i)..token.span.start;
    let before = s.slice(before_range.clone());
    let plan_before =
        s.has(before_range.clone(), is_plan) && s.has(before_range, |t| t == Term::Fulfil);
    // ", đạt 100,5%;": the verb alone after a comma, the rate ending its phrase.
    let verb_alone = before.rsplit_once(',').is_some_and(|(_, last)| {
        s.terms_in(token.span.start - last.len()..token.span.start)
            .any(|m| m.key == Term::Fulfil)
            && last.split_whitespace().count() == 1
    }) && ends_phrase(s, i);
    let noun_end = plan_after.map_or(token.span.end, |m| m.span.end);
    // A rate that is the count before it over its total is a share of it, not of a plan.
    let verb_alone = verb_alone && !is_ratio_of_counts_before(s, i, earlier_whole);
    if plan_after.is_none() && !plan_before && !verb_alone {
        return None;
    }
    // "exceeding the yearly target by 24 percent", "vượt 24% kế hoạch", "melampaui rencana
    // sebesar 2,4%": the rate is what the result is above the plan, not the share of it met.
    let over = {
        let before =
            s.lower(s.previous_end(i).max(s.clause_of(token.span.start).start)..token.span.start);
        let exceed_at = EXCEED_WORDS
            .iter()
            .filter_map(|w| find_word(before, w).map(|at| at + w.len()))
            .max();
        exceed_at.is_some_and(|at| {
            let rest = &before[at..];
            !rest.contains([',', ';'])
                && !FULFIL_AFTER_EXCEED
                    .iter()
                    .any(|w| find_word(rest, w).is_some())
        })
    };
    Some(
        attribution(
            Indicator::Other,
            Unit::Percent,
            "percent.plan_fulfilment",
            noun_end,
        )
        .noted(if over {
            "plan over-fulfilment"
        } else {
            "plan fulfilment"
        }),
    )
}

/// Words by which a result exceeds its plan.
const EXCEED_WORDS: &[&str] = &[
    "exceeding",
    "exceeded",
    "exceeds",
    "surpassing",
    "surpassed",
    "vượt",
    "melampaui",
    "melebihi",
];

/// Words after an exceeding word that give the share of the plan met after all ("vượt kế
/// hoạch đạt 124%").
const FULFIL_AFTER_EXCEED: &[&str] = &["đạt", "reaching", "reached", "at", "mencapai"];

/// Of `levels` (read in a sentence, in order, with their values when exact), the one a rate of
/// change `percent` after them is of, when the last one cannot be and another can: the nearest
/// before the rate. `None` keeps the last: reports also round their rates from other figures.
pub(crate) fn possible_change_of(
    levels: &[(Attribution, Option<Decimal>)],
    percent: Decimal,
    down: bool,
) -> Option<&Attribution> {
    let possible =
        |level: &Option<Decimal>| level.is_none_or(|level| change_possible(level, percent, down));
    let (_, last) = levels.last()?;
    if possible(last) {
        return None;
    }
    levels
        .iter()
        .rev()
        .find(|(_, level)| possible(level))
        .map(|(a, _)| a)
}

/// Whether a whole count `level` can have grown (or, `down`, shrunk) by `percent`, as written
/// to its precision, from a whole count a period before: 742 can be 5.4% more than 704, but 2
/// cannot be 5.4% more than any whole number.
pub(crate) fn change_possible(level: Decimal, percent: Decimal, down: bool) -> bool {
    let half_unit = Decimal::new(5, percent.scale().saturating_add(1));
    let hundred = Decimal::ONE_HUNDRED;
    let rate = |p: Decimal| {
        if down {
            hundred.checked_sub(p)
        } else {
            hundred.checked_add(p)
        }
    };
    // The base lies between the levels the two ends of the written rate give.
    let base_at = |p: Decimal| {
        rate(p)
            .filter(|r| r.is_sign_positive() && !r.is_zero())
            .and_then(|r| level.checked_mul(hundred)?.checked_div(r))
    };
    let (Some(low_rate), Some(high_rate)) = (
        percent.checked_add(half_unit),
        percent.checked_sub(half_unit),
    ) else {
        return true;
    };
    let (Some(a), Some(b)) = (base_at(low_rate), base_at(high_rate)) else {
        return true;
    };
    let (low, high) = if a <= b { (a, b) } else { (b, a) };
    // A whole number within [low, high].
    low.ceil() <= high.floor() && high.floor() >= Decimal::ONE
}

/// Words between a rate and the whole it is a share of: "78% of the total 682", "78% trong
/// tổng số 682", "78% dari total 682".
const WHOLE_AFTER_RATE: [&str; 9] = [
    "of the total",
    "of total",
    "of the",
    "of",
    "trên tổng số",
    "trong tổng số",
    "tổng số",
    "dari total",
    "dari",
];

/// Percent `i` as a share of `previous`, the count read right before it, when it is that count
/// over a larger one to its written precision ("281 operate effectively, reaching 90%" after
/// 312 cooperatives): the same organisations, in percent.
pub(crate) fn share_by_ratio(
    s: &Sentence<'_>,
    i: usize,
    previous: Option<&Attribution>,
    earlier_whole: Option<Decimal>,
) -> Option<Attribution> {
    let previous = previous.filter(|a| matches!(a.unit, Unit::Count | Unit::People))?;
    is_ratio_of_counts_before(s, i, earlier_whole).then(|| Attribution {
        unit: Unit::Percent,
        rule: "percent.share_by_ratio",
        noun_end: s.tokens[i].span.end,
        ..previous.clone()
    })
}

/// Whether percent `i` is, to its written precision, the count right before it over a larger
/// count before that in the sentence or `earlier_whole`: "312 koperasi ... Dari jumlah
/// tersebut, 281 koperasi beroperasi secara efektif, mencapai 90%" is the share 281/312, not a
/// plan fulfilled.
fn is_ratio_of_counts_before(s: &Sentence<'_>, i: usize, earlier_whole: Option<Decimal>) -> bool {
    let counts: Vec<Decimal> = s.tokens[..i]
        .iter()
        .filter(|t| t.shape == Shape::Plain && is_quantity(s, t))
        .map(|t| t.amount.value())
        .collect();
    let Some((part, wholes)) = counts.split_last() else {
        return false;
    };
    // The whole may also be named right after the rate: "532 agricultural cooperatives,
    // accounting for 78% of the total 682 cooperatives".
    let named_after = s
        .tokens
        .get(i.saturating_add(1))
        .filter(|t| t.shape == Shape::Plain && is_quantity(s, t))
        .filter(|t| {
            let between = s.lower(s.tokens[i].span.end..t.span.start);
            let between = between.trim_start_matches('%').trim();
            WHOLE_AFTER_RATE.contains(&between)
        })
        .map(|t| t.amount.value());
    let wholes: Vec<Decimal> = wholes
        .iter()
        .copied()
        .chain(earlier_whole)
        .chain(named_after)
        .collect();
    let percent = s.tokens[i].amount.value();
    // Half a unit of the last digit written: "90%" stands for 89.5 to 90.5.
    let half_unit = Decimal::new(5, percent.scale().saturating_add(1));
    wholes.iter().any(|whole| {
        *whole > *part
            && part
                .checked_mul(Decimal::ONE_HUNDRED)
                .and_then(|hundredfold| hundredfold.checked_div(*whole))
                .and_then(|ratio| ratio.checked_sub(percent))
                .is_some_and(|gap| gap.abs() <= half_unit)
    })
}

/// Whether an amount of money word `word` in sentence `s` can be the sector's. A production
/// value with no organisation of the sector, nor the sector itself, named in its sentence is a
/// place's farm output ("Total nilai produksi komune ini ... 4.100 miliar VND"), as GDP is
/// the economy's.
fn of_the_sector(s: &Sentence<'_>, word: MoneyWord) -> bool {
    word != MoneyWord::Output || s.has(s.span.clone(), Term::names_the_sector)
}

/// A money amount: the money word before it (revenue, profit, income, charter capital, loans,
/// capital), averaged when the sentence says "average" or the rate is per cooperative.
pub(crate) fn money(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    let token = &s.tokens[i];
    let Some(mention) = money_word_after(s, i).or_else(|| {
        term_before(s, i, true, names_money)
            .map(|last| listed_money_word(s, i, last).unwrap_or(last))
    }) else {
        return support_amount(s, i);
    };
    let clause = s.clause_of(token.span.start);
    let word = match mention.key {
        Term::Money(word) => word,
        // "disbursed VND 5 billion to support 20 cooperatives": paid out as support.
        Term::Lend
            if s.terms_in(clause.clone())
                .any(|m| m.key == Term::Support && !is_heading(s, m)) =>
        {
            return support_amount(s, i);
        }
        // "lent VND 12 billion", "giải ngân 20 tỷ đồng": what is lent is loans.
        Term::Lend => MoneyWord::Loans,
        _ => return None,
    };
    let (word_start, word_end) = (mention.span.start, mention.span.end);
    let sentence_start = s.span.start;
    let per_cooperative =
        matches!(&token.shape, Shape::Dong(per) if per.contains(&vncoop_money::Per::Cooperative));
    // "average" reaches from the clause of the money word to the figure, not past a ";"
    // before it: "Pendapatan rata-rata koperasi ... 2,3 miliar VND/koperasi; yang mana
    // pendapatan untuk anggota mencapai 1.750 miliar VND/tahun" gives one average only.
    let reach = s.clause_of(word_start).start.min(clause.start);
    let average = per_cooperative
        || s.has(reach..token.span.start, |t| t == Term::Average)
        || averaged_after(s, i)
        || each_organisation(s, reach..token.span.start);
    // "rata-rata 4,1 miliar VND/koperasi" after "total pendapatan ...": a rate per cooperative
    // is an average whatever came before.
    // "Total modal dasar ... 1.250 miliar VND, sedangkan pendapatan rata-rata per koperasi
    // ... 3,4 miliar VND": an average word after the total word is this figure's.
    let total = !per_cooperative
        && term_before(s, i, true, |t| t == Term::Total)
            .is_some_and(|t| !s.has(t.span.end..token.span.start, |t| t == Term::Average));
    let end = token.span.end;
    // Whose average: the first organisation named after the money word, else the last one
    // before it in the sentence ("average revenue of unions of cooperatives").
    // One cooperative's words ("the cooperative's", "HTX này") name a cooperative too.
    let form_of = |m: &Mention<Term>| match m.key {
        Term::Form(f) => Some(f),
        Term::Single => Some(LegalForm::Cooperative),
        _ => None,
    };
    // "..., while that of a cooperative group was VND300 million": an organisation named after
    // the figure before is whose this one is.
    let owner = s
        .terms_in(word_end.max(s.previous_end(i))..token.span.start)
        .find_map(form_of)
        .or_else(|| s.terms_in(word_end..token.span.start).find_map(form_of))
        .or_else(|| {
            s.terms_in(sentence_start..word_start)
                .filter_map(form_of)
                .last()
        });
    let of_cooperatives = !matches!(
        owner,
        Some(LegalForm::UnionOfCooperatives | LegalForm::CooperativeGroup)
    );
    // "pendapatan" is revenue or income: a rate per person or per month makes it income.
    let per_person = matches!(&token.shape, Shape::Dong(per) if per.iter().any(|p| matches!(p, vncoop_money::Per::Person | vncoop_money::Per::Worker | vncoop_money::Per::Member | vncoop_money::Per::Month)));
    // "income of laborers", "pendapatan pekerja", "regular labor income": what workers earn.
    let of_workers = matches!(word, MoneyWord::Revenue | MoneyWord::Income)
        && (s.has(word_end..token.span.start, |t| t == Term::Employees)
            || crate::window::ends_with_word(
                s.lower(reach.min(word_start)..word_start).trim_end(),
                &["labor", "labour", "worker", "workers", "workers'"],
            ));
    // "each cooperative earned VND 4.3 billion in income", "the cooperative's average income
    // is 765 million VND/year": what an organisation takes in, with no person named, is revenue.
    let of_people = s.has(reach..token.span.start, |t| {
        matches!(
            t,
            Term::Members | Term::Employees | Term::Jobs | Term::People | Term::PerCapita
        )
    });
    // "pendapatan rata-rata per kapita di komune ini ... 66,5 juta VND": an income per head
    // with no organisation or its people named before it is a population's, no figure of the
    // sector.
    let of_population = matches!(word, MoneyWord::Revenue | MoneyWord::Income)
        && s.has(reach..token.span.start, |t| t == Term::PerCapita)
        && !s.has(s.span.start..token.span.start, Term::names_the_sector);
    if of_population || !of_the_sector(s, word) {
        return None;
    }
    let word = if word == MoneyWord::Revenue && (per_person || of_workers) {
        MoneyWord::Income
    } else if word == MoneyWord::Income
        && !per_person
        && !of_people
        && !of_workers
        && owner == Some(LegalForm::Cooperative)
    {
        MoneyWord::Revenue
    } else {
        word
    };
    let (indicator, rule, note) = match word {
        MoneyWord::Revenue | MoneyWord::Profit | MoneyWord::CharterCapital
            if average && !total && !of_cooperatives =>
        {
            (
                Indicator::Other,
                "money.avg_of_other_form",
                "average per union of cooperatives or cooperative group",
            )
        }
        MoneyWord::Revenue if average && !total => {
            (Indicator::AvgRevenuePerCooperative, "money.avg_revenue", "")
        }
        MoneyWord::Profit if average && !total => {
            (Indicator::AvgProfitPerCooperative, "money.avg_profit", "")
        }
        // A rate per person or per month is what one earns; "VND/tahun" alone is a flow.
        MoneyWord::Income if average || of_workers || per_person => {
            (Indicator::AvgIncomePerWorker, "money.avg_income", "")
        }
        // "bình quân 2,027 tỷ đồng/HTX": one cooperative's share, never the total.
        MoneyWord::CharterCapital if average && !total => (
            Indicator::CharterCapital,
            "money.charter_capital",
            "average per cooperative",
        ),
        MoneyWord::CharterCapital => (Indicator::CharterCapital, "money.charter_capital", ""),
        // Loans of the sector: its lenders or borrowers named in the sentence ("Toàn tỉnh có 52
        // QTDND ...; dư nợ cho vay đạt 5.430 tỷ đồng").
        MoneyWord::Loans
            if s.has(s.span.clone(), |t| {
                t == Term::CoopFund || matches!(t, Term::Form(f) if f.is_counted())
            }) =>
        {
            (Indicator::LoansDisbursed, "money.loans", "")
        }
        MoneyWord::Loans => return None,
        MoneyWord::Revenue => (Indicator::Other, "money.total_revenue", "total revenue"),
        MoneyWord::Profit => (Indicator::Other, "money.total_profit", "total profit"),
        MoneyWord::Income => (Indicator::Other, "money.income", "income"),
        MoneyWord::Capital => (Indicator::Other, "money.capital", "total capital or assets"),
        MoneyWord::Award => (Indicator::Other, "money.award", SUPPORT_NOTE),
        MoneyWord::Budget => (Indicator::Other, "money.budget", "budget contribution"),
        MoneyWord::Output => (Indicator::Other, "money.output", "production value"),
        // The economy's output is no figure of the sector.
        MoneyWord::Gdp => return None,
    };
    let mut a = attribution(indicator, Unit::Vnd, rule, end);
    a.note = per_product(s, i, note);
    Some(a)
}

/// The label of a support or reward amount, said per product when the words just before it
/// name each product: "awarded 103 3-star products, each product was VND 8,000,000", "mỗi sản
/// phẩm được thưởng 10 triệu đồng", "setiap produk mendapat 5 juta VND". A total paid out is
/// another figure than what one product gets.
fn per_product(s: &Sentence<'_>, i: usize, note: &'static str) -> &'static str {
    let span = &s.tokens[i].span;
    let each_product = |range: Range<usize>, reach: usize| {
        let terms: Vec<&Mention<Term>> = s.terms_in(range.clone()).collect();
        terms.windows(2).any(|pair| {
            pair[0].key == Term::Each
                && pair[1].key == Term::Products
                && s.slice(pair[0].span.end..pair[1].span.start)
                    .trim()
                    .is_empty()
                && s.slice(range.start..pair[0].span.start)
                    .split_whitespace()
                    .count()
                    <= reach
        })
    };
    // Before the amount, anywhere since the figure before; after it, right after: "8 juta VND
    // untuk setiap produk", "VND 8 million for each product".
    let each_product = each_product(s.previous_end(i)..span.start, usize::MAX)
        || each_product(span.end..s.next_start(i), 1);
    match note {
        SUPPORT_NOTE if each_product => SUPPORT_PER_PRODUCT_NOTE,
        note => note,
    }
}

/// The label of a support or reward amount that each product gets.
const SUPPORT_PER_PRODUCT_NOTE: &str = "support or reward amount per product";

/// Whether a term says what an amount of money is: a money word, or a lending verb.
fn names_money(term: Term) -> bool {
    matches!(term, Term::Money(_) | Term::Lend)
}

/// The money word an amount names right after it: "VND 314 million in profit", "VND 2
/// billion of revenue".
fn money_word_after<'s>(s: &'s Sentence<'_>, i: usize) -> Option<&'s Mention<Term>> {
    let end = s.tokens[i].span.end;
    // A figure in parentheses between them is a remark ("VND 4.3 billion (USD 188,900) in
    // income"): look to the clause end, and let the words between decide.
    let clause_end = s.clause_of(s.tokens[i].span.start).end;
    let word = s.terms_in(end..clause_end).find(|m| names_money(m.key))?;
    let between = without_parens(s, end..word.span.start)
        .trim()
        .to_lowercase();
    matches!(between.as_str(), "in" | "of").then_some(word)
}

/// Whether `range` names each one of some organisations ("each cooperative", "mỗi HTX",
/// "setiap koperasi"): an amount said of each is an average.
fn each_organisation(s: &Sentence<'_>, range: Range<usize>) -> bool {
    let terms: Vec<&Mention<Term>> = s.terms_in(range).collect();
    terms.windows(2).any(|pair| {
        pair[0].key == Term::Each
            && matches!(pair[1].key, Term::Form(_))
            && s.slice(pair[0].span.end..pair[1].span.start)
                .trim()
                .is_empty()
    })
}

/// "on average" later in the clause of figure `i`: "each cooperative earned VND 4.3 billion
/// in income and VND 314 million in profit on average".
fn averaged_after(s: &Sentence<'_>, i: usize) -> bool {
    let token = &s.tokens[i];
    let clause = s.clause_of(token.span.start);
    // Up to the next comma outside parentheses: "revenue of VND 500 billion, or VND 2 billion
    // per cooperative on average" averages the second amount only.
    let limit = s
        .slice(token.span.end..clause.end)
        .char_indices()
        .map(|(at, c)| (token.span.end + at, c))
        .find(|&(at, c)| matches!(c, ',' | ';') && s.paren_of(at).is_none())
        .map_or(clause.end, |(at, _)| at);
    s.terms_in(token.span.end..limit).any(|m| {
        m.key == Term::Average
            && tail(s.slice(token.span.end..m.span.start), 3).eq_ignore_ascii_case("on ")
    })
}

/// An establishing verb governing figure `i` from before it, with no comma between ("thành lập
/// mới 10 HTX"); a passive verb of the figure before ("15 koperasi baru didirikan, dan 5
/// koperasi dibubarkan") does not reach past the comma.
/// A verb governs the later items of the list whose first item it governs ("thành lập mới 10
/// tổ hợp tác và 2 hợp tác xã").
fn establish_before(s: &Sentence<'_>, i: usize) -> bool {
    let window = cue_window(s, i);
    let (from, start) = (window.start, window.end);
    // The verb's object is the figure: no comma and no other noun between them ("15 newly
    // founded cooperatives and 1 dissolved cooperative" is not "founded ... 1").
    let governed = s
        .terms_in(window)
        .filter(|m| m.key == Term::Establish)
        .any(|m| {
            !s.slice(m.span.end..start).contains([',', ';'])
                && !s.has(m.span.end..start, |t| matches!(t, Term::Form(_)))
        });
    // Only a verb earlier in the clause can govern the list: looked for before the list is.
    let verb_in_clause = || s.has(s.clause_of(start).start..from, |t| t == Term::Establish);
    governed
        || (verb_in_clause()
            && previous_list_item(s, i)
                .or_else(|| bare_item_before(s, i))
                .is_some_and(|before| establish_before(s, before)))
}

/// The bare figure right before figure `i`, joined to it as an item of one list whose noun
/// follows the last item: "50" in "thành lập mới 50 và 60 HTX".
fn bare_item_before(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let before = i.checked_sub(1)?;
    let (a, b) = (&s.tokens[before], &s.tokens[i]);
    (a.shape == Shape::Plain
        && joins_bare_items(s.slice(a.span.end..b.span.start))
        && noun_after(s, before, COUNT_GAP_WORDS).is_none())
    .then_some(before)
}

/// The figure whose noun bare figure `i` shares, the next item of its list: "50 and 60 new
/// cooperatives", "50 và 60 HTX", "50 dan 60 koperasi baru". Not the bounds of a range
/// ("between 50 and 60").
pub(crate) fn shares_next_noun(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let range = ends_with_word(
        tail(s.lower(s.span.start..s.tokens[i].span.start), 16).trim_end(),
        &["between", "giữa", "antara"],
    );
    if range {
        return None;
    }
    // Item by item to the one with a noun: "1,116 three-star, 98 four-star and one five-star
    // products", each item with its star level.
    let mut item = i;
    loop {
        let next = next_bare_item(s, item)?;
        if noun_after(s, next, COUNT_GAP_WORDS).is_some() || next_bare_item(s, next).is_none() {
            return Some(next);
        }
        item = next;
    }
}

/// The next item of a list after bare figure `i` (a star level may follow it: "98 four-star
/// and one ..."), a plain figure joined to it by a joint.
fn next_bare_item(s: &Sentence<'_>, i: usize) -> Option<usize> {
    if noun_after(s, i, COUNT_GAP_WORDS).is_some() {
        return None;
    }
    let mut end = s.tokens[i].span.end;
    let mut next = i + 1;
    let star = s.tokens.get(next)?;
    if star.shape == Shape::Star && s.slice(end..star.span.start).trim().is_empty() {
        end = star.span.end;
        next += 1;
    }
    let token = s.tokens.get(next)?;
    (token.shape == Shape::Plain && joins_bare_items(s.slice(end..token.span.start)))
        .then_some(next)
}

/// The figure before figure `i` when both are counts of one list ("10 THT và 2 HTX").
fn previous_list_item(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let before = (0..i)
        .rev()
        .find(|&j| s.tokens[j].shape != Shape::Star && outside_parens_of(s, j, i))?;
    (list_step(s, before)?.1 == Some(i)).then_some(before)
}

/// Whether figure `j` stands outside every parenthesis that figure `of` does not stand in: the
/// figures of a breakdown in parentheses are no items of the list around it ("18 HTX (13 HTX
/// nông nghiệp, 5 HTX phi nông nghiệp) và 42 tổ hợp tác").
fn outside_parens_of(s: &Sentence<'_>, j: usize, of: usize) -> bool {
    let at = s.tokens[of].span.start;
    s.paren_of(s.tokens[j].span.start)
        .is_none_or(|group| group.contains(&at))
}

/// Whether the words from `at` to the figure after figure `i` are few enough to be that
/// figure's own cue ("hỗ trợ 250 triệu đồng").
fn heads_next_figure(s: &Sentence<'_>, i: usize, at: usize) -> bool {
    let next = s.next_start(i);
    next < s.clause_of(s.tokens[i].span.start).end
        && s.slice(at..next).split_whitespace().count() <= CUE_WORDS
}

/// Most words between a cue and the figure it governs.
const CUE_WORDS: usize = 2;

/// Figure `i` heads a list of counts that an establishing word after the list governs: "168
/// hợp tác xã (HTX) và 506 tổ hợp tác (THT) thành lập mới", "12 cooperatives and 30
/// cooperative groups were newly established", "15 koperasi dan 4 kelompok baru didirikan".
fn established_after_list(s: &Sentence<'_>, i: usize) -> bool {
    let items = list_items(s, i);
    let (Some(&(_, first_noun_end)), Some(&(last, last_noun_end))) = (items.first(), items.last())
    else {
        return false;
    };
    if items.len() < 2 {
        return false;
    }
    // "memiliki 750 koperasi dan mendirikan 50 kelompok koperasi baru": a verb inside the list
    // is its own item's.
    let inside = first_noun_end..s.tokens[last].span.start;
    if s.has(inside, |t| matches!(t, Term::New | Term::Establish)) {
        return false;
    }
    let after = last_noun_end..s.clause_of(last_noun_end).end;
    let mut words = s
        .terms_in(after.clone())
        .filter(|m| matches!(m.key, Term::New | Term::Establish));
    words.next().is_some_and(|m| {
        let gap = without_parens(s, last_noun_end..m.span.start);
        // "new" alone after the last noun is that noun's ("50 kelompok koperasi baru"); as
        // an adverb of an establishing verb it is the list's ("4 kelompok baru didirikan").
        let verb = m.key == Term::Establish
            || words.next().is_some_and(|next| {
                next.key == Term::Establish
                    && s.slice(m.span.end..next.span.start).trim().is_empty()
            });
        verb && !gap.contains([',', ';'])
            && !s.figure_in(last_noun_end..m.span.start)
            && gap.split_whitespace().count() <= CUE_WORDS
    })
}

/// The end of the noun of the last item of the list of counts that figure `i` opens, when
/// more than one item follows: "A HTX (..) và B THT (..)".
pub(crate) fn list_end(s: &Sentence<'_>, i: usize) -> Option<usize> {
    let items = list_items(s, i);
    (items.len() >= 2)
        .then(|| items.last().map(|&(_, end)| end))
        .flatten()
}

/// The counts of the list that figure `i` opens, each as (figure, end of its noun): "A HTX
/// (..) và B THT (..)". A count that names no organisation opens no list.
fn list_items(s: &Sentence<'_>, i: usize) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut item = Some(i);
    while let Some((at, (noun_end, next))) = item.and_then(|at| Some((at, list_step(s, at)?))) {
        items.push((at, noun_end));
        item = next;
    }
    items
}

/// One item of a list of counts: where the organisation noun of figure `item` ends, and the
/// next figure when it follows that noun as the list's next item.
fn list_step(s: &Sentence<'_>, item: usize) -> Option<(usize, Option<usize>)> {
    let noun = noun_after(s, item, COUNT_GAP_WORDS).filter(|m| matches!(m.key, Term::Form(_)))?;
    let next = (item + 1..s.tokens.len())
        .find(|&j| s.tokens[j].shape != Shape::Star && outside_parens_of(s, j, item))
        .filter(|&j| {
            let next_start = s.tokens[j].span.start;
            noun.span.end <= next_start
                && joins_items(&without_parens(s, noun.span.end..next_start))
        });
    Some((noun.span.end, next))
}

/// Most words between the noun of a list's last item and high technology said of the whole
/// list ("500 cooperative groups applying high technology").
const SHARED_HIGH_TECH_GAP_WORDS: usize = 2;

/// Whether high technology is said right after the noun of the last item of the list that
/// figure `i` opens, and so of every item: "5,000 cooperatives and 500 cooperative groups
/// applying high technology", "5.000 HTX và 500 THT ứng dụng công nghệ cao".
fn list_shares_high_tech(s: &Sentence<'_>, i: usize) -> bool {
    let clause = s.clause_of(s.tokens[i].span.start);
    if !s.has(clause, |t| t == Term::HighTech) {
        return false;
    }
    let items = list_items(s, i);
    let [_, .., (last, noun_end)] = items.as_slice() else {
        return false;
    };
    let end = s.next_start(*last).max(*noun_end);
    s.terms_in(*noun_end..end).any(|m| {
        let gap = s.slice(*noun_end..m.span.start);
        m.key == Term::HighTech
            && !gap.contains([',', ';'])
            && gap.split_whitespace().count() <= SHARED_HIGH_TECH_GAP_WORDS
    })
}

/// Most words said of one item of a list after its noun: "50 koperasi baru dan 16 ...".
const ITEM_TAIL_WORDS: usize = 3;

/// Whether the words between one item's noun and the next item's figure join two items: a
/// joint, after at most a few words of the first item and no figure.
fn joins_items(between: &str) -> bool {
    let words: Vec<&str> = between
        .split_whitespace()
        .map(|w| w.trim_matches([',', ';']))
        .filter(|w| !w.is_empty())
        .collect();
    let Some((joint, said)) = words.split_last() else {
        return is_list_joint(between);
    };
    let joined = is_joint(joint) || between.trim_end().ends_with([',', ';']);
    let said = if is_joint(joint) { said } else { &words[..] };
    joined
        && said.len() <= ITEM_TAIL_WORDS
        && !said
            .iter()
            .any(|w| w.contains(|c: char| c.is_ascii_digit()))
}

/// Words that pair a list of figures with the list before it, item by item.
pub(crate) const RESPECTIVELY: [&str; 5] = [
    "respectively",
    "lần lượt",
    "tương ứng",
    "masing-masing",
    "berturut-turut",
];

/// The money word of figure `i` when a list of money words names a list of amounts item by
/// item: "the average revenue and profit of a cooperative were 1.6 billion VND and 200
/// million VND", "doanh thu và lợi nhuận đạt 2 tỷ đồng và 300 triệu đồng". `last` is the
/// last money word before the figure; without a list of as many amounts, no pairing.
fn listed_money_word<'s>(
    s: &'s Sentence<'_>,
    i: usize,
    last: &'s Mention<Term>,
) -> Option<&'s Mention<Term>> {
    let earlier: Vec<&Mention<Term>> = s
        .terms_in(s.span.start..last.span.start)
        .filter(|m| matches!(m.key, Term::Money(_)))
        .collect();
    let mut words = vec![last];
    for m in earlier.into_iter().rev() {
        let next = words.last()?.span.start;
        if !is_list_joint(s.slice(m.span.end..next)) {
            break;
        }
        words.push(m);
    }
    if words.len() < 2 {
        return None;
    }
    words.reverse();
    let amounts: Vec<usize> = s
        .figures()
        .map(|(j, _)| j)
        .filter(|&j| s.tokens[j].span.start >= last.span.end)
        .collect();
    let joined =
        |a: usize, b: usize| is_list_joint(s.slice(s.tokens[a].span.end..s.tokens[b].span.start));
    let run = 1 + amounts
        .windows(2)
        .take_while(|pair| joined(pair[0], pair[1]))
        .count();
    let at = amounts.iter().position(|&j| j == i)?;
    (run == words.len() && at < run).then(|| words[at])
}

/// The first and last index of the run of `figures` around `at` whose neighbours `joined`
/// links into one list.
fn run_around(
    figures: &[usize],
    at: usize,
    joined: impl Fn(usize, usize) -> bool,
) -> (usize, usize) {
    let first = (0..at)
        .rev()
        .take_while(|&k| joined(figures[k], figures[k + 1]))
        .last()
        .unwrap_or(at);
    let last = (at + 1..figures.len())
        .take_while(|&k| joined(figures[k - 1], figures[k]))
        .last()
        .unwrap_or(at);
    (first, last)
}

/// Whether a pairing word ("respectively", "lần lượt", "masing-masing") stands just before
/// `start` or just after `end`, the ends of a list of figures.
fn paired(s: &Sentence<'_>, start: usize, end: usize) -> bool {
    paired_within(s, start, end, 32)
}

/// Whether a pairing word stands just before `start` or within `reach` bytes after `end`.
fn paired_within(s: &Sentence<'_>, start: usize, end: usize, reach: usize) -> bool {
    let before = tail(s.lower(s.span.start..start), 32);
    let after = head(s.lower(end..s.span.end), reach);
    RESPECTIVELY
        .iter()
        .any(|w| before.contains(w) || after.contains(w))
}

/// Figure `i` in a list of percentages or multiples that a pairing word ties to an earlier
/// list of the same length, counts or amounts: "Fifty co-operatives and 16 cooperative groups
/// were established, an increase of 35% and 14% respectively", "tăng lần lượt 35% và 14%",
/// "revenue and profit were 1.6 billion VND and 200 million VND, up 3.5 times and 4 times
/// respectively". The figure takes what the item at its own place in that list measures.
pub(crate) fn respective(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    let (unit, rule) = match s.tokens[i].shape {
        Shape::Percent => (Unit::Percent, "percent.respective"),
        Shape::Times => (Unit::Ratio, "ratio.respective"),
        _ => return None,
    };
    let PairedRun {
        figures,
        first,
        run,
        place,
    } = paired_run(s, i)?;
    let mut a = earlier_count_list(s, &figures[..first], run, place)
        .or_else(|| earlier_amount_list(s, &figures[..first], run, place))?;
    a.unit = unit;
    a.rule = rule;
    a.noun_end = a.noun_end.max(s.tokens[i].span.end);
    Some(a)
}

/// The subject of rate `i` in a list of rates after a change word, paired in order with a
/// list of as many subjects named before that word, with no figure of their own: "the number
/// of cooperatives and members increased by 12% and 8%, respectively", "doanh thu, lợi nhuận
/// và thu nhập bình quân tăng lần lượt 10,5%, 7,2% và 6,1%", "jumlah koperasi dan anggota
/// masing-masing meningkat 12% dan 8%". Money subjects are averages when the subjects say
/// "average"; income is a worker's.
pub(crate) fn listed_subject(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    let token = &s.tokens[i];
    let unit = match token.shape {
        Shape::Percent => Unit::Percent,
        Shape::Times => Unit::Ratio,
        _ => return None,
    };
    let figures: Vec<usize> = s.figures().map(|(j, _)| j).collect();
    let at = figures.iter().position(|&j| j == i)?;
    let (first, last) = run_around(&figures, at, |a, b| {
        s.tokens[a].shape == token.shape && listed_together(s, a, b)
    });
    let run = last.checked_sub(first)?.checked_add(1)?;
    if run < 2 {
        return None;
    }
    let list_start = s.tokens[figures[first]].span.start;
    let clause = s.clause_of(list_start);
    let cue = s
        .terms_in(clause.start..list_start)
        .filter(|m| m.key.is_change())
        .last()?;
    // The subjects have no figure of their own: they start after the last figure before the
    // change word.
    let from = figures[..first]
        .iter()
        .map(|&j| s.tokens[j].span.end)
        .rfind(|&end| end <= cue.span.start)
        .unwrap_or(clause.start)
        .max(clause.start);
    let subjects = subject_items(s, from..cue.span.start);
    if subjects.len() != run {
        return None;
    }
    let averaged = s.has(from..cue.span.start, |t| t == Term::Average);
    let (subject, piece_end) = subjects.get(at.checked_sub(first)?)?;
    // "number of members per cooperative": an average per organisation, no count of people.
    let per_organisation = {
        let after = s.lower(subject.span.end..*piece_end);
        // "số thành viên bình quân mỗi HTX": an average word may come first.
        let after = ["bình quân", "trung bình", "rata-rata", "on average"]
            .iter()
            .find_map(|w| after.trim_start().strip_prefix(w))
            .unwrap_or(after)
            .trim_start();
        PER_WORDS.iter().any(|w| after.starts_with(w))
            && s.has(subject.span.end..*piece_end, |t| matches!(t, Term::Form(_)))
    };
    // "pendapatan pekerja": the revenue word of a worker is income.
    let of_workers = s.has(subject.span.end..*piece_end, |t| t == Term::Employees);
    let (indicator, note, form) = match subject.key {
        Term::Money(MoneyWord::Revenue) if of_workers => (Indicator::AvgIncomePerWorker, "", None),
        Term::Members if per_organisation => {
            (Indicator::Other, "average members per organisation", None)
        }
        Term::Employees if per_organisation => {
            (Indicator::Other, "average workers per organisation", None)
        }
        Term::Form(form) => (form_indicator(form), "", Some(form)),
        Term::Money(MoneyWord::Income) => (Indicator::AvgIncomePerWorker, "", None),
        Term::Money(MoneyWord::Revenue) if averaged => {
            (Indicator::AvgRevenuePerCooperative, "", None)
        }
        Term::Money(MoneyWord::Profit) if averaged => {
            (Indicator::AvgProfitPerCooperative, "", None)
        }
        Term::Money(MoneyWord::Revenue) => (Indicator::Other, "revenue growth", None),
        Term::Money(MoneyWord::Profit) => (Indicator::Other, "profit growth", None),
        other => (people_indicator(other)?, "", None),
    };
    let mut a = attribution(
        indicator,
        unit,
        rate_rule(unit, "percent.listed_subject", "ratio.listed_subject"),
        token.span.end,
    )
    .noted(note);
    a.form = form;
    Some(a)
}

/// Words after a noun of people that make it an average per organisation ("members per
/// cooperative", "thành viên mỗi HTX", "anggota per koperasi").
const PER_WORDS: [&str; 5] = ["per ", "mỗi ", "/", "setiap ", "trên mỗi "];

/// The items of a list of subjects in `range`, each by its first measured noun and where its
/// piece ends ("the average
/// revenue, profit and income of workers": revenue, profit, income). Words before the first
/// item with no noun ("In 2023,") are no item; a later piece with none breaks the list.
fn subject_items<'s>(s: &'s Sentence<'_>, range: Range<usize>) -> Vec<(&'s Mention<Term>, usize)> {
    let mut items = Vec::new();
    let mut piece_start = range.start;
    let text = s.lower(range.clone());
    let mut cuts: Vec<(usize, usize)> = text
        .match_indices([',', ';'])
        .map(|(at, mark)| (at, at + mark.len()))
        .collect();
    for joint in JOINT_WORDS {
        let padded = format!(" {joint} ");
        cuts.extend(
            text.match_indices(padded.as_str())
                .map(|(at, w)| (at, at + w.len())),
        );
    }
    cuts.sort_unstable();
    let ends = cuts
        .into_iter()
        .map(|(cut, resume)| (range.start + cut, range.start + resume))
        .chain([(range.end, range.end)]);
    for (end, resume) in ends {
        // ", and": the piece between the mark and the word is empty.
        if end < piece_start || s.slice(piece_start..end).trim().is_empty() {
            piece_start = piece_start.max(resume);
            continue;
        }
        let head = s
            .terms_in(piece_start..end)
            .find(|m| is_measured(m.key) && m.span.end <= end);
        match head {
            Some(m) => items.push((m, end)),
            None if items.is_empty() => {}
            None => return Vec::new(),
        }
        piece_start = resume;
    }
    items
}

/// Whether figure `i` is in a list of rates that a pairing word ties to a list this reader
/// cannot find ("the average profit, labour income, and number of members per cooperative
/// increasing 27.57 percent, 60 percent, and 42.74 percent, respectively"): each rate is of
/// another subject, and none is the level read before them.
pub(crate) fn paired_without_list(s: &Sentence<'_>, i: usize) -> bool {
    paired_run(s, i).is_some() && respective(s, i).is_none() && listed_subject(s, i).is_none()
}

/// A list of two or more figures of one shape tied by a pairing word: the sentence's figures,
/// where the list starts among them, its length, and the place of the figure asked about.
struct PairedRun {
    figures: Vec<usize>,
    first: usize,
    run: usize,
    place: usize,
}

/// The list of figures of `i`'s shape around it, when a pairing word ties it ("35% and 14%
/// respectively").
fn paired_run(s: &Sentence<'_>, i: usize) -> Option<PairedRun> {
    if !matches!(s.tokens[i].shape, Shape::Percent | Shape::Times) {
        return None;
    }
    paired_run_of_any_shape(s, i)
}

/// [`paired_run`] for figures of any shape.
fn paired_run_of_any_shape(s: &Sentence<'_>, i: usize) -> Option<PairedRun> {
    let shape = &s.tokens[i].shape;
    let figures: Vec<usize> = s.figures().map(|(j, _)| j).collect();
    let at = figures.iter().position(|&j| j == i)?;
    let (first, last) = run_around(&figures, at, |a, b| {
        &s.tokens[a].shape == shape && listed_together(s, a, b)
    });
    let run = last - first + 1;
    let (start, end) = (
        s.tokens[figures[first]].span.start,
        s.tokens[figures[last]].span.end,
    );
    (run >= 2 && paired(s, start, end)).then_some(PairedRun {
        figures,
        first,
        run,
        place: at - first,
    })
}

/// The legal form of the organisations whose people count `i` counts, when a pairing word ties
/// its list to an earlier list of counts: "320 cooperatives and 1,100 cooperative groups, with
/// total membership of 52,000 and 8,500, respectively" (8,500 are members of the groups), "320
/// HTX và 1.100 THT với số thành viên lần lượt là 52.000 và 8.500 người".
pub(crate) fn respective_form(s: &Sentence<'_>, i: usize) -> Option<LegalForm> {
    if s.tokens[i].shape != Shape::Plain {
        return None;
    }
    let PairedRun {
        figures,
        first,
        run,
        place,
    } = paired_run_of_any_shape(s, i)?;
    let (item, _) = earlier_list_item(s, &figures[..first], run, place)?;
    count(s, item, false)?.form
}

/// What the item at `place` of the nearest list of `run` counts among `figures` counts.
fn earlier_count_list(
    s: &Sentence<'_>,
    figures: &[usize],
    run: usize,
    place: usize,
) -> Option<Attribution> {
    let (item, noun_end) = earlier_list_item(s, figures, run, place)?;
    let mut a = refine(s, item, count(s, item, false)?, false);
    a.noun_end = noun_end;
    Some(a)
}

/// The figure at `place` of the nearest list of `run` counts among `figures`, with where its
/// noun ends.
fn earlier_list_item(
    s: &Sentence<'_>,
    figures: &[usize],
    run: usize,
    place: usize,
) -> Option<(usize, usize)> {
    let mut lists = Vec::new();
    let mut k = 0;
    while k < figures.len() {
        let items = list_items(s, figures[k]);
        k += items.len().max(1);
        if items.len() == run {
            lists.push(items);
        }
    }
    lists.last()?.get(place).copied()
}

/// The figures of `s` that are not part of a date, by token index.
fn figures_outside_dates(s: &Sentence<'_>) -> Vec<usize> {
    s.figures()
        .map(|(j, _)| j)
        .filter(|&j| !s.in_date(&s.tokens[j].span))
        .collect()
}

/// The rule of a bare figure in a list of totals paired with an earlier list of counts.
pub(crate) const LISTED_TOTAL_RULE: &str = "count.listed_total";

/// Figure `i` in a list of bare figures after a total word with no noun of its own, paired in
/// order with an earlier list of as many counts: "set up 35 new co-operatives and 80
/// co-operative groups, taking the total to 640 and 3,250", "thành lập mới 12 HTX và 40 THT,
/// nâng tổng số lên lần lượt 512 và 2.140", "sehingga totalnya menjadi 512 dan 2.140". Each is
/// the total of the organisations of the item at its place: of all of them, not only the new.
pub(crate) fn listed_total(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    let start = s.tokens[i].span.start;
    if !bare(s, i) {
        return None;
    }
    // A total word before the figure in its clause, looked for first: few bare figures have one.
    let total = s
        .terms_in(s.clause_of(start).start..start)
        .filter(|m| m.key == Term::Total)
        .last()?;
    let list = BareList::around(s, i)?;
    // The total word heads the list with nothing measured between them: "the total to", "tổng
    // số lên lần lượt", not "the total number of members to".
    let list_start = s.tokens[list.first()].span.start;
    if total.span.end > list_start || s.has(total.span.end..list_start, is_measured) {
        return None;
    }
    list.paired_count(s, i, LISTED_TOTAL_RULE)
}

/// Figure `i` in a list of bare figures that are the levels a list of counts rose from: "to
/// have 1,000 cooperatives and 500 cooperative groups by 2030, up from the current 780 and
/// 320", "naik dari 780 dan 320 saat ini". Each counts what the item at its place counts.
pub(crate) fn listed_earlier(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    if !bare(s, i) || crate::modality::from_to(s, i) != Some(crate::modality::Step::Current) {
        return None;
    }
    BareList::around(s, i)?.paired_count(s, i, "count.listed_earlier")
}

/// Whether figure `i` is a plain number with no noun of its own.
fn bare(s: &Sentence<'_>, i: usize) -> bool {
    s.tokens[i].shape == Shape::Plain && noun_after(s, i, COUNT_GAP_WORDS).is_none()
}

/// A list of two or more bare figures, none with a noun of its own ("640 and 3,250").
struct BareList {
    /// The figures of the sentence outside dates, by token index.
    figures: Vec<usize>,
    /// The place of the list's first item in `figures`.
    first: usize,
    /// The number of items.
    run: usize,
}

impl BareList {
    /// The list of bare figures around figure `i`, if it is one.
    fn around(s: &Sentence<'_>, i: usize) -> Option<BareList> {
        let figures = figures_outside_dates(s);
        let at = figures.iter().position(|&j| j == i)?;
        let (first, last) = run_around(&figures, at, |a, b| {
            listed_together(s, a, b) && noun_after(s, a, COUNT_GAP_WORDS).is_none()
        });
        let run = last - first + 1;
        (run >= 2 && noun_after(s, figures[last], COUNT_GAP_WORDS).is_none()).then_some(BareList {
            figures,
            first,
            run,
        })
    }

    /// The token index of the list's first item.
    fn first(&self) -> usize {
        self.figures[self.first]
    }

    /// What item `i` of the list counts: what the item at its place of the nearest earlier
    /// list of as many counts of organisations counts, under `rule`.
    fn paired_count(&self, s: &Sentence<'_>, i: usize, rule: &'static str) -> Option<Attribution> {
        let place = self.figures[self.first..].iter().position(|&j| j == i)?;
        let (item, _) = earlier_list_item(s, &self.figures[..self.first], self.run, place)?;
        let mut a = count(s, item, false).filter(|a| a.form.is_some())?;
        a.rule = rule;
        a.noun_end = s.tokens[i].span.end;
        Some(a)
    }
}

/// What the amount at `place` of the last list of `run` amounts among `figures` measures.
/// Amounts in parentheses are asides ("VND 4.3 billion (USD 188,900) in income and VND 314
/// million in profit"), and a few words may be said of each item.
fn earlier_amount_list(
    s: &Sentence<'_>,
    figures: &[usize],
    run: usize,
    place: usize,
) -> Option<Attribution> {
    let outside: Vec<usize> = figures
        .iter()
        .copied()
        .filter(|&j| {
            let span = &s.tokens[j].span;
            s.paren_of(span.start).is_none() && !s.in_date(span)
        })
        .collect();
    let list = outside.get(outside.len().checked_sub(run)?..)?;
    // Joined as items, or each said of its own money word: "the average revenue was about 5.2
    // billion VND, while the average profit was 418 million VND, up 6% and 4%, respectively".
    let joined = list.windows(2).all(|pair| {
        let between = s.tokens[pair[0]].span.end..s.tokens[pair[1]].span.start;
        joins_items(&without_parens(s, between.clone()))
            || s.has(between, |t| matches!(t, Term::Money(_)))
    });
    // "366 million in profit": a figure read as money by its money word is an amount too.
    let amounts = list.iter().all(|&j| {
        matches!(s.tokens[j].shape, Shape::Dong(_) | Shape::Foreign)
            || money(s, j).is_some_and(|a| a.unit == Unit::Vnd)
    });
    (joined && amounts).then(|| money(s, list[place])).flatten()
}

/// The text of `range` without its parenthesised groups ("(HTX) và" is "và").
pub(crate) fn without_parens(s: &Sentence<'_>, range: Range<usize>) -> String {
    without_groups(s, range, &s.parens)
}

/// The text of `range` without those of the parenthesised `groups` it holds.
pub(crate) fn without_groups<'g>(
    s: &Sentence<'_>,
    range: Range<usize>,
    groups: impl IntoIterator<Item = &'g Range<usize>>,
) -> String {
    let mut text = String::new();
    let mut at = range.start;
    for group in groups
        .into_iter()
        .filter(|g| g.start >= range.start && g.end <= range.end)
    {
        text.push_str(s.slice(at..group.start));
        at = group.end;
    }
    text.push_str(s.slice(at..range.end));
    text
}

/// An amount followed, within a few words and no mark, by a support word: "bố trí 12,5 tỷ
/// đồng để hỗ trợ 47 HTX", "allocated VND 12.5 billion to support", "12,5 miliar VND untuk
/// mendukung".
fn support_right_after(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    let end = s.tokens[i].span.end;
    let support = s
        .terms_in(end..s.next_start(i))
        .find(|m| m.key == Term::Support)?;
    let gap = s.slice(end..support.span.start);
    (gap.split_whitespace().count() <= 2 && !gap.contains(is_mark))
        .then(|| attribution(Indicator::Other, Unit::Vnd, "money.support", end).noted(SUPPORT_NOTE))
}

/// Whether term `m` is a heading, a colon right after it: "4. Hỗ trợ: Quỹ ... cho vay ..."
/// names the section, not what the amounts in it are.
fn is_heading(s: &Sentence<'_>, m: &Mention<Term>) -> bool {
    s.slice(m.span.end..s.span.end)
        .trim_start()
        .starts_with(':')
}

/// An amount given in support with no money word of its own: "each newly established
/// cooperative will be supported by the province with 50 million VND", "hỗ trợ 50 triệu đồng".
fn support_amount(s: &Sentence<'_>, i: usize) -> Option<Attribution> {
    let Some(support) = term_before(s, i, true, |t| t == Term::Support) else {
        return support_right_after(s, i);
    };
    if is_heading(s, support) {
        return None;
    }
    let end = s.tokens[i].span.end;
    Some(
        attribution(Indicator::Other, Unit::Vnd, "money.support", end).noted(per_product(
            s,
            i,
            SUPPORT_NOTE,
        )),
    )
}

/// Whether term `m` is near enough after a noun ending at `noun_end` to say the organisations
/// are new ([`reach_after_noun`]). Distance is in characters, so that Vietnamese letters with
/// their marks weigh as much as English ones, and a short form in parentheses right after the
/// noun ("hợp tác xã (HTX) cung ứng dịch vụ đăng ký thành lập mới") is still the noun.
fn new_after_noun(s: &Sentence<'_>, noun_end: usize, m: &Mention<Term>) -> bool {
    let Some(reach) = reach_after_noun(m.key) else {
        return false;
    };
    let words = after_short_form(s.slice(noun_end..m.span.end.max(noun_end)));
    words.chars().count() <= reach
}

/// How far after a noun (characters) a word saying the organisations are new may end and
/// still be said of them: "HTX mới" but not "300 cooperatives have re-registered under the new
/// law"; an establishing verb reaches further ("20.234 HTX phi nông nghiệp ra đời").
fn reach_after_noun(term: Term) -> Option<usize> {
    match term {
        Term::New => Some(28),
        Term::Establish => Some(40),
        _ => None,
    }
}

/// Most words between "new" and the noun it makes new, before the figure ("newly established
/// agricultural cooperatives": two).
const NEW_BEFORE_NOUN_WORDS: usize = 2;

/// How far after a noun (bytes) a word saying the organisations were certified may end and
/// still be said of them ("77 koperasi di provinsi Lam Dong telah mendapatkan sertifikat").
const CERTIFIED_REACH: usize = 60;

/// The organisation noun that is the subject of figure `i`: the last one in the clause (from
/// `clause_start`) before `noun_end`, with no comma or other figure between it and the figure.
fn subject_noun<'s>(
    s: &'s Sentence<'_>,
    i: usize,
    clause_start: usize,
    noun_end: usize,
) -> Option<&'s Mention<Term>> {
    let figure = s.tokens[i].span.start;
    let noun = s
        .terms_in(clause_start..noun_end)
        .filter(|m| matches!(m.key, Term::Form(_)))
        .last()?;
    let to_figure = noun.span.end..figure;
    let figure_between = s
        .tokens
        .iter()
        .any(|t| to_figure.contains(&t.span.start) && !s.in_date(&t.span));
    (!s.slice(to_figure).contains([',', ';']) && !figure_between).then_some(noun)
}

/// Whether `noun` is called new right before it ("newly established agricultural
/// cooperatives"), in the clause from `clause_start`.
fn called_new_before(s: &Sentence<'_>, clause_start: usize, noun: &Mention<Term>) -> bool {
    s.terms_in(clause_start..noun.span.start)
        .filter(|m| m.key == Term::New)
        .last()
        .is_some_and(|new| {
            let gap = s.slice(new.span.end..noun.span.start);
            gap.split_whitespace().count() <= NEW_BEFORE_NOUN_WORDS && !gap.contains([',', ';'])
        })
}

/// Whether the subject named before figure `i` (its noun ending at `noun_end`, in the clause
/// from `clause_start`) is called new right before its noun, with no comma or other figure
/// between that noun and the figure: "bringing the total number of newly established
/// agricultural cooperatives in 2018 to 41", not "established four new cooperatives, bringing
/// its total number of cooperatives to 58".
fn new_subject_before(s: &Sentence<'_>, i: usize, clause_start: usize, noun_end: usize) -> bool {
    subject_noun(s, i, clause_start, noun_end)
        .is_some_and(|noun| called_new_before(s, clause_start, noun))
}

/// Words that give the number of the subject before them: "là", "was", "adalah".
pub(crate) const COPULAS: &[&str] = &[
    "là", "is", "was", "are", "were", "adalah", "ialah", "sebanyak",
];

/// Whether figure `i`, whose own noun follows it, gives the number of a subject the clause
/// calls new before a copula: "Số HTX thành lập mới năm 2024 là 2.197 HTX", "The number of
/// newly established cooperatives in 2024 was 2,197 cooperatives", "Jumlah koperasi yang baru
/// didirikan pada tahun 2024 adalah 2.197 koperasi".
fn new_label_before(s: &Sentence<'_>, i: usize, clause_start: usize) -> bool {
    let figure = s.tokens[i].span.start;
    if !ends_with_word(s.lower(clause_start..figure).trim_end(), COPULAS) {
        return false;
    }
    let Some(noun) = subject_noun(s, i, clause_start, figure) else {
        return false;
    };
    called_new_before(s, clause_start, noun)
        || s.terms_in(noun.span.end..figure)
            .any(|m| new_after_noun(s, noun.span.end, m))
}

/// Whether `between`, the lower-case words between two nouns, ends one item of a list so that
/// the second noun is the next item: it ends with a comma or a joining word ("HTX, quỹ tín
/// dụng, liên minh HTX", "cooperatives and the alliance").
fn ends_a_list_item(between: &str) -> bool {
    let between = between.trim_end();
    between.ends_with(',') || ends_with_word(between, &["và", "and", "dan"])
}

/// The rule of an item of a list whose items each say what sets them apart ("2,300 cooperatives
/// establishing enterprises, 145 ... and 1,200 participating in OCOP"): a part, noted with its
/// own words.
pub(crate) const OWN_PREDICATE_RULE: &str = "count.own_predicate";

/// Whether the OCOP programme named after the figure belongs to a later item of a list whose
/// items each have their own predicate: in "2,300 cooperatives establishing enterprises, 145
/// directly involved in import-export, and 1,200 participating in OCOP" the first two are not
/// OCOP cooperatives, while in "464 HTX, 50 THT tham gia OCOP" the predicate is shared (no words
/// between the noun and the comma).
fn ocop_of_later_item(s: &Sentence<'_>, a: &Attribution, clause: &Range<usize>) -> bool {
    let Some(ocop) = s
        .terms_in(a.noun_end..clause.end)
        .find(|m| m.key == Term::Ocop)
    else {
        return false;
    };
    let gap = s.slice(a.noun_end..ocop.span.start);
    let Some(comma) = gap.find(',') else {
        return false;
    };
    let own_predicate = gap[..comma].split_whitespace().next().is_some();
    // "150 cooperatives that have products, of which 127 ...": parts, not the next item.
    if !own_predicate || s.has(a.noun_end..ocop.span.start, |t| t == Term::Subset) {
        return false;
    }
    // A later item counts the same organisations: its noun is left out ("145 directly
    // involved") or repeated, never another noun ("dengan 184 produk OCOP").
    s.tokens.iter().any(|t| {
        (a.noun_end + comma..ocop.span.start).contains(&t.span.start)
            && t.shape != Shape::Star
            && s.terms_in(t.span.end..ocop.span.end)
                .next()
                .is_none_or(|m| {
                    m.key == Term::Form(LegalForm::Cooperative)
                        || !s.slice(t.span.end..m.span.start).trim().is_empty()
                })
    })
}

/// The second legal form a count covers along with its own: "89 tổ hợp tác, hợp tác xã",
/// "79 agricultural cooperatives and cooperative groups", "79 koperasi dan kelompok koperasi"
/// (nothing but a joint, a comma or sector words between the two nouns, and no figure of the
/// second noun's own).
pub(crate) fn joint_form(s: &Sentence<'_>, i: usize, a: &Attribution) -> Option<LegalForm> {
    let own = a.form?;
    let next = s
        .terms_in(a.noun_end..s.next_start(i))
        .find(|m| !matches!(m.key, Term::Sector(_)))?;
    let Term::Form(second) = next.key else {
        return None;
    };
    let mut gap = s.lower(a.noun_end..next.span.start).to_string();
    for sector in s.terms_in(a.noun_end..next.span.start) {
        gap = gap.replacen(s.lower(sector.span.clone()), " ", 1);
    }
    let joined = joins_two_nouns(&gap);
    // People's credit funds are cooperatives of credit: "399 cooperatives and People's Credit
    // Funds" counts cooperatives.
    let credit = [own, second].contains(&LegalForm::PeoplesCreditFund)
        && [own, second].contains(&LegalForm::Cooperative);
    (second != own && joined && !credit && a.noun_end > s.tokens[i].span.end).then_some(second)
}

/// Whether a count of members also counts workers, or the other way round: "gần 9.000 thành
/// viên và người lao động", "9,000 members and workers", "9.000 anggota dan pekerja".
pub(crate) fn members_and_workers(s: &Sentence<'_>, i: usize, a: &Attribution) -> bool {
    let own = match a.indicator {
        Indicator::Members => Term::Employees,
        Indicator::Employees => Term::Members,
        _ => return false,
    };
    let Some(next) = s.terms_in(a.noun_end..s.next_start(i)).next() else {
        return false;
    };
    // "310,000 members and employ 21,500 workers": the verb of the next figure, not a noun;
    // "310.000 thành viên, lao động thường xuyên khoảng 18.500 người": the next figure's
    // subject.
    let verb = EMPLOYING_VERBS.contains(&s.lower(next.span.clone()));
    let next_figure = s.next_start(i);
    let own_figure = next_figure < s.clause_of(next.span.start).end
        && !s.slice(next.span.end..next_figure).contains(is_mark)
        && s.slice(next.span.end..next_figure)
            .split_whitespace()
            .count()
            <= SUBJECT_TO_FIGURE_WORDS;
    next.key == own
        && !verb
        && !own_figure
        && a.noun_end > s.tokens[i].span.end
        && joins_two_nouns(s.lower(a.noun_end..next.span.start))
}

/// Most words between a noun and a figure it is the subject of: "lao động thường xuyên khoảng
/// 18.500" (the noun's own words are in its term).
const SUBJECT_TO_FIGURE_WORDS: usize = 4;

/// The verbs of employing that the lexicon reads as the employees' noun ("employs a total of
/// 8,806 persons"): they count the figure after them, never the one before.
const EMPLOYING_VERBS: &[&str] = &["employ", "employs", "mempekerjakan"];

/// Whether the words between two nouns make one item of both: nothing but a comma, a slash, an
/// ampersand or one joint ("thành viên và người lao động", "HTX, tổ hợp tác").
fn joins_two_nouns(gap: &str) -> bool {
    let gap = gap.trim();
    matches!(gap, "," | "/" | "&") || is_joint(gap)
}

/// What a count of organisations of two legal forms together measures ("79 cooperatives and
/// cooperative groups"): no indicator of one form, so `other`, labelled with both forms and
/// what the clause said of them.
pub(crate) fn joint_count(mut a: Attribution, second: LegalForm) -> Attribution {
    use LegalForm::{Cooperative, CooperativeGroup, UnionOfCooperatives};
    let pair = |x, y| (a.form == Some(x) && second == y) || (a.form == Some(y) && second == x);
    let coops_and_groups = pair(Cooperative, CooperativeGroup);
    let note = match a.indicator {
        Indicator::Other => return a,
        Indicator::OcopCooperatives if coops_and_groups => {
            "cooperatives and cooperative groups with OCOP products"
        }
        Indicator::HighTechCooperatives if coops_and_groups => {
            "cooperatives and cooperative groups applying high technology"
        }
        Indicator::ValueChainCooperatives if coops_and_groups => {
            "cooperatives and cooperative groups in value chains"
        }
        Indicator::NewCooperatives if coops_and_groups => "new cooperatives and cooperative groups",
        _ if coops_and_groups => "cooperatives and cooperative groups",
        _ if pair(Cooperative, UnionOfCooperatives) => "cooperatives and unions of cooperatives",
        _ => "collective organisations of several legal forms",
    };
    a.indicator = Indicator::Other;
    a.rule = "count.joint_forms";
    a.note = note;
    a
}

/// Where the words said of a figure ending at `from` stop, at `end` or before a word that opens
/// its parts ("trong đó", "of which", "di antaranya").
fn before_parts(s: &Sentence<'_>, from: usize, end: usize) -> usize {
    s.terms_in(from..end)
        .find(|m| m.key == Term::Subset)
        .map_or(end, |m| m.span.start)
}

/// Narrow a count of cooperatives by what the clause says about them: new, OCOP, high-tech,
/// value chains, supported, lent to. Other forms keep their indicator with a note.
pub(crate) fn refine(s: &Sentence<'_>, i: usize, mut a: Attribution, ocop: bool) -> Attribution {
    let token = &s.tokens[i];
    let clause = s.clause_of(token.span.start);
    let after_noun = a.noun_end..s.next_start(i).max(a.noun_end);
    let between = token.span.end..a.noun_end;
    // Words right after a noun named before the figure count only when no comma stands between
    // them and the figure: "koperasi baru yang berdiri ... mencapai 2.986", but not "12
    // cooperatives were set up, bringing the total to 512".
    let noun_before = a.noun_end < token.span.end;
    // Where what is said of the counted ones starts: after the figure, or after a subject
    // named before it with nothing but words between ("The number of cooperatives applying
    // high technology rose to 112").
    let said_from = if noun_before && !s.slice(a.noun_end..token.span.start).contains(is_mark) {
        a.noun_end
    } else {
        between.start
    };
    let new_subject = if noun_before {
        new_subject_before(s, i, clause.start, a.noun_end)
    } else {
        new_label_before(s, i, clause.start)
    };
    let new_near = new_subject
        || s.has(between.clone(), |t| t == Term::New)
        || (!(noun_before && s.slice(a.noun_end..token.span.start).contains([',', ';']))
            && s.terms_in(a.noun_end..after_noun.end).any(|m| {
                new_after_noun(s, a.noun_end, m)
                    && !s.slice(a.noun_end..m.span.start).contains([',', ';'])
                    // "750 koperasi dan mendirikan 50 kelompok": after a joint, the next
                    // figure's verb.
                    && !(m.key == Term::Establish
                        && s.slice(a.noun_end..m.span.start).split_whitespace().last().is_some_and(is_joint)
                        && heads_next_figure(s, i, m.span.end))
            }))
        || establish_before(s, i)
        || established_after_list(s, i)
        // A share of the organisations a sentence calls new, however far after them: "Các HTX
        // thành lập mới thuộc nhiều lĩnh vực, trong đó nông nghiệp chiếm khoảng 50%".
        || (a.unit == Unit::Percent
            && noun_before
            && s.terms_in(a.noun_end..token.span.start)
                .any(|m| new_after_noun(s, a.noun_end, m)));
    // A support word right before the next figure is that figure's ("xây dựng 5 mô hình HTX
    // ... với tổng giá trị hỗ trợ 250 triệu đồng").
    let support = cue_before(s, i, |t| t == Term::Support)
        || s.terms_in(after_noun.clone())
            .filter(|m| m.key == Term::Support)
            .any(|m| !heads_next_figure(s, i, m.span.end))
        // The recipients of support given earlier in the clause: "hỗ trợ 12,5 tỷ đồng cho 95
        // HTX", "support worth 12.5 billion VND to 95 cooperatives".
        || (s.has(clause.start..token.span.start, |t| t == Term::Support)
            && names_recipients(s.lower(s.previous_end(i)..token.span.start).trim_end()));
    // Borrowers: organisations a lending verb reaches in their clause ("lent VND 12 billion to 40
    // cooperatives", "cho vay 12 tỷ đồng đối với 40 HTX"), or that one follows ("30 cooperatives
    // were lent", "30 HTX được vay vốn", "30 koperasi menerima pinjaman").
    let borrowers = s.has(clause.start..token.span.start, |t| t == Term::Lend)
        || s.terms_in(after_noun.clone()).any(|m| {
            m.key == Term::Lend && !s.slice(a.noun_end..m.span.start).contains([',', ';'])
        })
        // The recipients of loans given earlier in the clause: "loans reached 45 billion VND
        // for 112 cooperatives", "pinjaman mencapai 45 miliar VND untuk 112 koperasi".
        || (s.has(clause.start..token.span.start, |t| {
            t == Term::Money(MoneyWord::Loans)
        }) && names_recipients(s.lower(s.previous_end(i)..token.span.start).trim_end()));
    // The alliance's own members: no other organisation named between it and the figure
    // ("Serikat Koperasi Provinsi melaporkan ... 1.190 koperasi, yang menarik 144.702 anggota"
    // are the cooperatives' members).
    // Not when the alliance closes a list of organisations ("Các hợp tác xã, quỹ tín dụng, liên
    // minh hợp tác xã trong tỉnh có ... 97 ngàn thành viên" are the members of them all).
    let forms: Vec<&Mention<Term>> = s
        .terms_in(clause.start..token.span.start)
        .filter(|m| matches!(m.key, Term::Form(_)))
        .collect();
    let alliance_before = match forms.as_slice() {
        [.., before, last] if last.key == Term::Form(LegalForm::CooperativeAlliance) => {
            !ends_a_list_item(s.lower(before.span.end..last.span.start))
        }
        [.., last] => last.key == Term::Form(LegalForm::CooperativeAlliance),
        [] => false,
    };
    if a.indicator == Indicator::Members
        && alliance_before
        && !s.has(between.clone(), |t| matches!(t, Term::Form(_)))
    {
        a.indicator = Indicator::Other;
        a.unit = Unit::Count;
        a.rule = "count.alliance_members";
        a.note = "member units of the Cooperative Alliance";
        return a;
    }
    if a.unit == Unit::Percent && a.indicator != Indicator::Cooperatives {
        return a;
    }
    // Organisations the figure is the subject of, given a certificate, code or title right
    // after their noun ("18 koperasi telah mendapatkan sertifikat VietGAP", "enam koperasi di Lam
    // Dong telah diberikan kode area penanaman", "12 HTX đạt tiêu chuẩn VietGAP"): a part singled
    // out, never the total.
    // High technology said first is what sets them apart: "27 HTX ứng dụng công nghệ cao theo
    // tiêu chuẩn VietGAP".
    let certified = s.terms_in(after_noun.clone()).any(|m| {
        m.key == Term::Certified
            && m.span.end <= a.noun_end + CERTIFIED_REACH
            && !s.slice(a.noun_end..m.span.start).contains([',', ';'])
            && !s.has(a.noun_end..m.span.start, |t| t == Term::HighTech)
    });
    match a.indicator {
        // Support named right at the count outweighs a lending verb further off ("disbursed
        // VND 5 billion to support 20 cooperatives").
        Indicator::Cooperatives | Indicator::CooperativeGroups if support => {
            a.indicator = Indicator::Other;
            a.rule = "count.supported";
            a.note = "cooperatives supported";
        }
        Indicator::Cooperatives | Indicator::CooperativeGroups
            if certified && a.unit == Unit::Count && !noun_before && !ocop =>
        {
            a.indicator = Indicator::Other;
            a.rule = "count.certified";
            a.note = "organisations certified or granted a code";
        }
        Indicator::Cooperatives | Indicator::CooperativeGroups if borrowers => {
            a.indicator = Indicator::LoansDisbursed;
            a.rule = "count.borrowers";
        }
        // "65 co-ops have joined value chains, and 47 have OCOP products": the chain is this
        // figure's, the OCOP products the next one's.
        Indicator::Cooperatives
            if s.has(token.span.end..s.next_start(i).min(clause.end), |t| {
                t == Term::ValueChain
            }) =>
        {
            a.indicator = Indicator::ValueChainCooperatives;
            a.rule = "count.value_chain";
        }
        Indicator::Cooperatives if ocop && ocop_of_later_item(s, &a, &clause) => {
            // "24 apply high technology, and 41 have OCOP products": its own predicate may
            // still name a class.
            if s.has(between.start..after_noun.end, |t| t == Term::HighTech) {
                a.indicator = Indicator::HighTechCooperatives;
                a.rule = "count.high_tech";
            } else {
                a.rule = OWN_PREDICATE_RULE;
            }
        }
        Indicator::Cooperatives if ocop => {
            a.indicator = Indicator::OcopCooperatives;
            a.rule = "count.ocop_cooperatives";
        }
        Indicator::Cooperatives | Indicator::CooperativeGroups
            if s.has(said_from..after_noun.end, |t| t == Term::HighTech)
                || list_shares_high_tech(s, i) =>
        {
            if a.indicator == Indicator::Cooperatives {
                a.indicator = Indicator::HighTechCooperatives;
                a.rule = "count.high_tech";
            } else {
                a.rule = "count.high_tech_groups";
                a.note = "applying high technology";
            }
        }
        // A predicate shared by a list reaches the clause end, not past "of which": in
        // "22,800 cooperatives, of which 6,800 join value chains" the chains are the part's.
        Indicator::Cooperatives
            if s.has(
                token.span.end..before_parts(s, token.span.end, clause.end),
                |t| t == Term::ValueChain,
            ) || s.has(clause.clone(), |t| t == Term::Chains) =>
        {
            a.indicator = Indicator::ValueChainCooperatives;
            a.rule = "count.value_chain";
        }
        // "21 new co-ops were established while 9 others were dissolved": the verb after the
        // figure is its own.
        Indicator::Cooperatives
            if new_near
                && !s.terms_in(a.noun_end..after_noun.end).any(|m| {
                    m.key == Term::Dissolve
                        && !s.slice(a.noun_end..m.span.start).contains([',', ';'])
                        && !heads_next_figure(s, i, m.span.end)
                }) =>
        {
            a.indicator = Indicator::NewCooperatives;
            a.rule = rate_rule(a.unit, "percent.share_new", "count.new");
        }
        Indicator::CooperativeGroups | Indicator::UnionsOfCooperatives if new_near => {
            a.note = NEWLY_ESTABLISHED;
        }
        // "8,000 new members", "1.200 thành viên mới", "1.200 anggota baru": members who
        // joined, not all the members there are ("new" right at the noun, not "members under
        // the new law").
        Indicator::Members
            if a.note.is_empty()
                && (s.has(between.clone(), |t| t == Term::New)
                    || s.terms_in(a.noun_end..after_noun.end).any(|m| {
                        m.key == Term::New && s.slice(a.noun_end..m.span.start).trim().is_empty()
                    })) =>
        {
            a.rule = "count.new_members";
            a.note = "new members";
        }
        _ => {}
    }
    a
}

/// The note of cooperative groups and unions newly established (no indicator of their own).
pub(crate) const NEWLY_ESTABLISHED: &str = "newly established";

/// The sector named with the figure: between it and its noun or in the words after the noun
/// up to the next comma ("88 agricultural cooperatives", "298 HTX nông nghiệp", "koperasi yang
/// bergerak di bidang pertanian"), else in the words before it back to the previous comma or
/// figure ("thương mại - dịch vụ 8 HTX"). `Some(None)` when the word found there is
/// "non-agricultural" ("64 HTX ở lĩnh vực phi nông nghiệp"): every sector but one, no sector
/// of the model.
pub(crate) fn sector(s: &Sentence<'_>, i: usize) -> Option<Option<Sector>> {
    let token = &s.tokens[i];
    let next = s.next_start(i);
    let after_text = s.slice(token.span.end..next);
    let after_end = after_text
        .find([',', ';', '('])
        .map_or(next, |at| token.span.end + at);
    let before_start = s.previous_end(i);
    let before_text = s.slice(before_start..token.span.start);
    // A parenthesis closed before the figure keeps its sector words to itself: "18 HTX (13 HTX
    // nông nghiệp, 5 HTX phi nông nghiệp) và 42 tổ hợp tác".
    let is_cut = |c: char| matches!(c, ',' | ';' | ':' | '(' | ')');
    let mut mark = before_text
        .rfind(is_cut)
        .map_or(before_start, |at| before_start + at);
    // "Các HTX ... thuộc lĩnh vực nông nghiệp, chiếm 50%": a share whose only words after the
    // comma say it is a share is of the words before the comma.
    let share_only = token.shape == Shape::Percent && mark > before_start && {
        let words = s.lower(mark + 1..token.span.start);
        let words = words.trim();
        SHARE_VERBS.iter().any(|verb| {
            words
                .strip_prefix(verb)
                .is_some_and(|rest| rest.split_whitespace().count() <= 1)
        })
    };
    if share_only {
        mark = s
            .slice(before_start..mark)
            .rfind(is_cut)
            .map_or(before_start, |at| before_start + at);
    }
    // A mark inside a sector's own name does not cut it: "Trong lĩnh vực nông, lâm, ngư, diêm
    // nghiệp có 593 HTX".
    let before_from = s
        .terms_in(before_start..token.span.start)
        .find(|m| m.span.start < mark && mark < m.span.end)
        .map_or(mark, |m| m.span.start);
    // A sector word names its sector; "non-agricultural" names none, and ends the search.
    let named = |key: Term| match key {
        Term::Sector(sector) => Some(Some(sector)),
        Term::NonSector => Some(None),
        _ => None,
    };
    // A sector word between a noun and a joint belongs to that noun's item: after the figure,
    // to the next item ("3 HTX và lĩnh vực xây dựng có 2 HTX"; not "2 trading and services
    // cooperatives"); before it, to the item before ("115 non-agricultural cooperatives and 85
    // people's credit funds").
    let item_between = |range: Range<usize>| {
        s.terms_in(range.clone()).any(|m| {
            matches!(m.key, Term::Form(_))
                && s.slice(m.span.end..range.end)
                    .split_whitespace()
                    .any(is_joint)
        })
    };
    // The noun of the figure before, right after it: sector words after it and before a joint
    // are that item's ("28 HTX phi nông nghiệp và 12 Quỹ tín dụng nhân dân").
    let clause_start = s.clause_of(token.span.start).start;
    let previous_item = (before_start > clause_start)
        .then(|| s.terms_in(before_start..token.span.start).next())
        .flatten()
        .filter(|m| {
            matches!(m.key, Term::Form(_)) && s.slice(before_start..m.span.start).trim().is_empty()
        });
    let joint_after = |from: usize| {
        s.slice(from..token.span.start)
            .split_whitespace()
            .any(is_joint)
    };
    // "xây dựng 5 mô hình HTX": a word before a figure whose noun comes only after other words
    // is a verb (to build), not the sector of what is counted.
    let noun_apart = token.shape != Shape::Percent
        && s.terms_in(token.span.end..after_end)
            .find(|m| matches!(m.key, Term::Form(_)))
            .is_some_and(|m| !s.slice(token.span.end..m.span.start).trim().is_empty());
    let before = s
        .terms_in(before_from..token.span.start)
        .filter(|_| !noun_apart)
        .filter(|m| !item_between(m.span.end..token.span.start))
        .filter(|m| !(previous_item.is_some() && joint_after(m.span.end)))
        .filter(|m| !provided_service(s, clause_start.min(before_from), m))
        .find_map(|m| named(m.key));
    // "Services" before another sector's name is a service of that sector: "5 HTX dịch vụ
    // điện", "koperasi jasa listrik", "12 HTX dịch vụ nông nghiệp".
    let mut after = s.terms_in(token.span.end..after_end).peekable();
    let mut found_after = None;
    while let Some(m) = after.next() {
        let serves = m.key == Term::Sector(Sector::TradeServices)
            && after.peek().is_some_and(|next| {
                matches!(next.key, Term::Sector(_))
                    && s.slice(m.span.end..next.span.start).trim().is_empty()
            });
        // "8 cooperative federations operating in various fields such as agriculture,
        // fisheries, ...": examples of their fields, none of which is the sector of all.
        let examples = || {
            let between = s.lower(token.span.end..m.span.start);
            EXAMPLES.iter().any(|w| find_word(between, w).is_some())
        };
        if named(m.key).is_some() && examples() {
            break;
        }
        if provided_service(s, token.span.end, m) {
            continue;
        }
        if let Some(sector) = named(m.key).filter(|_| !serves) {
            found_after = Some((sector, m.span.start));
            break;
        }
    }
    found_after
        .filter(|&(_, at)| !item_between(token.span.end..at))
        .map_or(before, |(sector, _)| Some(sector))
}

/// Verbs of providing a service to members: the services after them are no sector.
const PROVIDING: &[&str] = &[
    "cung ứng",
    "cung cấp",
    "provide",
    "provides",
    "providing",
    "offer",
    "offers",
    "offering",
    "menyediakan",
    "memberikan",
];

/// Whether sector word `m` names services provided, with a verb of providing between `from`
/// and it: "215 HTX cung ứng từ 3 dịch vụ trở lên", "cooperatives providing three or more
/// services" provide services; they are not of that sector.
fn provided_service(s: &Sentence<'_>, from: usize, m: &Mention<Term>) -> bool {
    m.key == Term::Sector(Sector::TradeServices)
        && from <= m.span.start
        && PROVIDING
            .iter()
            .any(|w| find_word(s.lower(from..m.span.start), w).is_some())
}

/// Words that open examples of several fields: "such as", "như", "seperti".
const EXAMPLES: &[&str] = &[
    "such as",
    "various",
    "như",
    "nhiều lĩnh vực",
    "seperti",
    "berbagai",
];

/// Verbs that say a percentage after them is a share of what was named before them.
pub(crate) const SHARE_VERBS: &[&str] = &["chiếm", "accounting for", "accounts for", "mencakup"];

/// Whether `words` (lower case, trimmed) lead from a count to its own share: a share verb, or
/// "or" ("512 cooperatives, or 50.6 percent", "512 koperasi, atau 50,6%").
pub(crate) fn introduces_share(words: &str) -> bool {
    SHARE_VERBS.contains(&words) || ["or", "atau"].contains(&words)
}

/// Whether the words right after figure `i` point to a whole said before: "312 of the
/// products", "48 of these", "312 dari produk tersebut".
pub(crate) fn of_the_whole_after(s: &Sentence<'_>, i: usize) -> bool {
    let after = head(s.lower(s.tokens[i].span.end..s.span.end), 16).trim_start();
    ["of the", "of these", "of those", "dari"]
        .iter()
        .any(|w| starts_with_word(after, w))
}

/// Whether the words before `at`, where the country is named, rank a figure in it rather than
/// give the country's figure: "the highest in the country", "cao nhất cả nước", "tertinggi di
/// seluruh negeri".
/// So do a place in the ranking ("ranks 5th nationwide", "đứng thứ 5 cả nước", "peringkat
/// ke-5 secara nasional").
pub(crate) fn ranked_in(s: &Sentence<'_>, at: usize) -> bool {
    ranks_before_country(s.lower(s.span.start..at))
}

/// Whether `before` (lower case), the text before the country is named, ranks a figure in it:
/// what [`ranked_in`] asks of a sentence.
pub(crate) fn ranks_before_country(before: &str) -> bool {
    let before = tail(before, 24).trim_end();
    let before = without_last_word(before, &["the", "secara"]);
    let before = without_last_word(before, &["in", "of", "trong", "của", "di", "se"]);
    ends_with_word(before, RANKINGS) || ends_with_place_in_ranking(before)
}

/// Whether `before` (lower case) ends with a place in a ranking: "5th", "fifth", "thứ 5",
/// "ke-5", "kelima".
fn ends_with_place_in_ranking(before: &str) -> bool {
    let mut words = before.split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let numbered = ["st", "nd", "rd", "th"]
        .iter()
        .any(|end| last.strip_suffix(end).is_some_and(digits))
        || last.strip_prefix("ke-").is_some_and(digits);
    numbered || ORDINAL_WORDS.contains(&last) || (digits(last) && words.next() == Some("thứ"))
}

/// Ordinal words that name a place in a ranking.
const ORDINAL_WORDS: [&str; 16] = [
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "kedua",
    "ketiga",
    "keempat",
    "kelima",
    "keenam",
    "ketujuh",
    "kedelapan",
];

/// Words that rank something against the rest of a whole.
const RANKINGS: &[&str] = &[
    "highest",
    "largest",
    "lowest",
    "best",
    "most",
    "first",
    "leading",
    "top",
    "cao nhất",
    "lớn nhất",
    "nhiều nhất",
    "thấp nhất",
    "dẫn đầu",
    "đứng đầu",
    "tốp đầu",
    "tertinggi",
    "terbesar",
    "terbanyak",
    "terendah",
    "teratas",
];

/// Words opening a sentence that set what they name apart from the rest of it.
const BESIDES: &[&str] = &[
    "along with",
    "besides",
    "apart from",
    "in addition to",
    "ngoài",
    "bên cạnh",
    "selain",
    "di samping",
];

/// Whether a word that sets apart comes right before `at` ("besides 12 cooperatives run by the
/// army", "ngoài 12 HTX"): what follows is beside the rest, not a part of it.
pub(crate) fn besides_before(s: &Sentence<'_>, at: usize) -> bool {
    let before = tail(s.lower(s.span.start..at), 24).trim_end();
    ends_with_word(before, BESIDES)
}

/// Most words before the sector named by a sentence's opening ("In the field of agriculture,").
const OPENING_SECTOR_LEAD_WORDS: usize = 4;

/// Most words after it, up to the comma ("Về thương mại - dịch vụ,").
const OPENING_SECTOR_TAIL_WORDS: usize = 3;

/// The sector a sentence opens with, set off by a comma: "Về lĩnh vực nông nghiệp, trên địa bàn
/// có 11 HTX ... với 114 thành viên", "In agriculture, ...", "Di bidang pertanian, ...". It is
/// the sector of every figure of the sentence that names none of its own.
pub(crate) fn opening_sector(s: &Sentence<'_>) -> Option<Sector> {
    // Most sentences name no sector: they need no search for where their opening ends.
    if !s.terms.iter().any(|m| matches!(m.key, Term::Sector(_))) {
        return None;
    }
    // The opening ends at a comma, or where the sentence says what there is: "Trong lĩnh vực
    // bán lẻ có 3 liên hiệp HTX và 109 HTX", "Di sektor ritel terdapat ...".
    let lower = s.lower(s.span.clone());
    let end = lower.find(',').or_else(|| {
        EXISTENTIALS
            .iter()
            .filter_map(|w| crate::window::find_word(lower, w))
            .min()
    })?;
    let opening = s.span.start..s.span.start + end;
    // "Along with agricultural cooperatives, ..." sets the sector apart from what follows.
    let lower = s.lower(opening.clone());
    if s.figure_in(opening.clone()) || BESIDES.iter().any(|w| starts_with_word(lower, w)) {
        return None;
    }
    // The sector's words may be several names of one sector: "Lĩnh vực công nghiệp - tiểu thủ
    // công nghiệp, ..."; names of two sectors name neither.
    let names: Vec<(Sector, Range<usize>)> = s
        .terms_in(opening.clone())
        .filter_map(|m| match m.key {
            Term::Sector(sector) => Some((sector, m.span.clone())),
            _ => None,
        })
        .collect();
    let (first, last) = (names.first()?, names.last()?);
    let lead = s
        .slice(s.span.start..first.1.start)
        .split_whitespace()
        .count();
    let tail = s.slice(last.1.end..opening.end).split_whitespace().count();
    (lead <= OPENING_SECTOR_LEAD_WORDS
        && tail <= OPENING_SECTOR_TAIL_WORDS
        && names.iter().all(|(sector, _)| *sector == first.0))
    .then_some(first.0)
}

/// Words that say what there is, after a phrase that sets the scope of a sentence.
const EXISTENTIALS: &[&str] = &[
    "có",
    "there are",
    "there were",
    "there is",
    "terdapat",
    "ada",
];

/// Words that open a phrase set off before the one organisation a sentence is about: "With
/// 10 founding members, the cooperative now has 32", "Với 10 thành viên ban đầu, HTX này nay
/// có 32 thành viên", "Dengan 10 anggota awal, koperasi ini sekarang memiliki 32 anggota".
const OPENINGS_BEFORE_ONE: [&str; 6] = ["with", "from", "với", "từ", "dengan", "dari"];

/// Whether the sentence opens with a phrase set off by a comma right before where it names
/// one organisation (`one`, after its name in English: "With 10 founding members, Tan Phu
/// Cooperative ..."), so that the phrase's figures are that organisation's too.
pub(crate) fn opening_said_of_one(s: &Sentence<'_>, one: usize) -> bool {
    let before = s.slice(s.span.start..one);
    let Some((opening, name)) = before.split_once(',') else {
        return false;
    };
    let opening = s.lower(s.span.start..s.span.start + opening.len());
    name.split_whitespace()
        .all(|w| w == "the" || is_title_case(w))
        && !opening.contains([';', ':', '(', ')'])
        && OPENINGS_BEFORE_ONE
            .iter()
            .any(|w| starts_with_word(opening, w))
}

/// Most words between a figure and the one organisation its noun phrase ends on ("100
/// employees working at the cooperative", "100 lao động làm việc tại HTX này").
const SAID_OF_ONE_GAP_WORDS: usize = 5;

/// Whether the figure at `i` is said of one organisation named right after it, in the same
/// phrase (`singles`: where the sentence names one): "about 100 employees working at the
/// cooperative", "100 lao động làm việc tại HTX này", "100 karyawan yang bekerja di koperasi
/// ini". A mark or another figure between ends the phrase.
pub(crate) fn said_of_one_after(s: &Sentence<'_>, i: usize, singles: &[Range<usize>]) -> bool {
    let end = s.tokens[i].span.end;
    let next = s.next_start(i);
    singles
        .iter()
        .find(|m| m.start >= end)
        .filter(|m| m.start < next)
        .is_some_and(|m| {
            let gap = s.slice(end..m.start);
            !gap.contains(is_mark) && gap.split_whitespace().count() <= SAID_OF_ONE_GAP_WORDS
        })
}

/// Whether `words` (lower case) are the definite "the cooperative", which a translation may use
/// for cooperatives in general.
pub(crate) fn is_the_cooperative(words: &str) -> bool {
    matches!(
        words,
        "the cooperative" | "the cooperative's" | "the co-operative" | "the co-operative's"
    )
}

/// Most words between "a" and the singular "cooperative" it introduces ("an agricultural
/// service cooperative").
const INDEFINITE_GAP_WORDS: usize = 3;

/// Whether a sentence (`text`, and `lower`, its lower-case copy) introduces one cooperative: with an indefinite article or "one" ("a
/// cooperative in Nghia Dan district", "an agricultural cooperative") or by a name in capitals,
/// also at the sentence start ("Tan Phu Cooperative is one of them").
pub(crate) fn introduces_one_cooperative(text: &str, lower: &str) -> bool {
    let spelled = lower
        .match_indices("cooperative")
        .chain(lower.match_indices("co-operative"));
    spelled.into_iter().any(|(at, word)| {
        let after = &lower[at + word.len()..];
        let singular = !after.starts_with(|c: char| c.is_alphanumeric() || c == '-');
        let next = after
            .trim_start_matches('\'')
            .split_whitespace()
            .next()
            .unwrap_or("");
        let head = !COOPERATIVE_AS_ADJECTIVE.contains(&next)
            && !matches!(next, "group" | "groups" | "union" | "unions" | "alliance");
        let before: Vec<&str> = lower[..at]
            .split_whitespace()
            .rev()
            .take(INDEFINITE_GAP_WORDS + 1)
            .collect();
        let indefinite = before.iter().any(|w| matches!(*w, "a" | "an" | "one"));
        // "Tan Phu Cooperative": the original's capitals, right before the noun.
        let named = text.get(at..at + 1) == Some("C")
            && text[..at].split_whitespace().next_back().is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(char::is_alphabetic)
                    && !NOT_A_NAME.contains(&w)
            });
        singular && head && (indefinite || named)
    })
}

/// Words that may open a sentence or a phrase in capitals before "cooperative" without
/// naming one ("A cooperative's average revenue", "The Cooperative", "Each cooperative").
const NOT_A_NAME: [&str; 9] = [
    "A", "An", "The", "This", "That", "Each", "Every", "One", "Its",
];

/// Most lowercase words between a cooperative's name and its noun ("Tuan Chuyen livestock
/// service cooperative").
const NAME_DESCRIPTOR_WORDS: usize = 3;

/// Words that end a name's descriptors: a name joined to "cooperative" by one of them is no
/// name of it ("Hanoi has a cooperative", "VND per cooperative").
const FUNCTION_WORDS: [&str; 24] = [
    "a", "an", "the", "per", "each", "every", "of", "has", "have", "had", "is", "are", "was",
    "were", "with", "for", "to", "in", "at", "by", "and", "or", "one", "its",
];

/// Nouns after "cooperative" that make it an adjective of something else ("the cooperative
/// sector"), not an organisation.
const COOPERATIVE_AS_ADJECTIVE: [&str; 6] = [
    "sector",
    "economy",
    "model",
    "models",
    "movement",
    "development",
];

/// Where a named English cooperative starts in the sentence, if one is named: a singular
/// "cooperative" after a name in capitals that does not open the sentence ("labourers at Tuan
/// Chuyen livestock service cooperative", "Director of Long Vien Cooperative"). What the
/// sentence says after it is said of that one organisation.
pub(crate) fn named_cooperative(s: &Sentence<'_>) -> Option<usize> {
    s.terms.iter().find_map(|m| {
        if m.key != Term::Form(LegalForm::Cooperative) {
            return None;
        }
        let noun = s.lower(m.span.clone());
        if noun != "cooperative" && noun != "co-operative" {
            return None;
        }
        let next_word = s
            .slice(m.span.end..s.span.end)
            .split_whitespace()
            .next()
            .unwrap_or("");
        // A quote after it is not the noun's; a possessive is ("Thanh Cong cooperative's
        // revenue").
        let possessive = ["'s", "\u{2019}s"].iter().any(|p| next_word.starts_with(p));
        let quoted = next_word.starts_with(['\'', '\u{2019}']) && !possessive;
        if COOPERATIVE_AS_ADJECTIVE.contains(&next_word) || quoted {
            return None;
        }
        let before: Vec<&str> = s
            .slice(s.span.start..m.span.start)
            .split_whitespace()
            .collect();
        let descriptors = before
            .iter()
            .rev()
            .take(NAME_DESCRIPTOR_WORDS)
            .take_while(|w| w.chars().all(char::is_lowercase) && !FUNCTION_WORDS.contains(w))
            .count();
        let name_end = before.len().checked_sub(descriptors)?;
        let capitalised = |w: &&&str| is_title_case(w) && !NOT_A_NAME.contains(w);
        let name_len = before[..name_end]
            .iter()
            .rev()
            .take_while(capitalised)
            .count();
        // A name that opens the sentence may be its subject's place ("Hoa Binh cooperative
        // leaders ..."); one inside it names an organisation.
        (name_len > 0 && name_len < name_end).then_some(m.span.start)
    })
}

/// Whether `word` is written like a word of a name, in title case: "Tuan", "Vien", "Kopi"; not
/// "VND", not "a", not "2023,".
fn is_title_case(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().all(char::is_alphabetic)
        && word.chars().any(char::is_lowercase)
}

/// Words right before "HTX" that make it many or any cooperatives, never one named: "các
/// HTX", "số HTX".
const NOT_ONE_BEFORE: [&str; 7] = ["các", "những", "mỗi", "số", "nhiều", "toàn", "tổng"];

/// Words after "HTX" that end the words describing one cooperative: where cooperatives are
/// ("HTX tỉnh Bến Tre", "HTX trên địa bàn"), or a verb or joint of a clause about them ("hợp
/// tác xã đã chủ trì phiên họp Tổng kết").
const NOT_A_DESCRIPTOR: [&str; 24] = [
    "tỉnh",
    "huyện",
    "thành",
    "tp",
    "quận",
    "thị",
    "xã",
    "phường",
    "trên",
    "tại",
    "ở",
    "của",
    "đã",
    "đang",
    "sẽ",
    "là",
    "có",
    "được",
    "và",
    "với",
    "cho",
    "này",
    "trong",
    "theo",
];

/// Title-case words after "HTX" that start no cooperative's name: the country ("Sách trắng
/// Hợp tác xã Việt Nam").
const NOT_A_NAME_VI: [&str; 3] = ["Việt", "Viet", "Vietnam"];

/// Most lower-case words describing a cooperative between its noun and its name ("HTX dịch vụ
/// - sản xuất nông nghiệp Thạnh Phong": six).
const NAME_DESCRIPTOR_WORDS_VI: usize = 8;

/// Where a named Vietnamese cooperative starts in sentence `s`: "HTX" or "hợp tác xã" with no
/// word before it that makes it many, then lower-case words that describe it and a name in title
/// case that is no place ("HTX dịch vụ - sản xuất nông nghiệp Thạnh Phong"). What the sentence
/// says after it is said of that one organisation, and a next sentence that opens with the
/// bare noun speaks of it too. Indonesian has its own rule ([`named_cooperative_id`]): its
/// titles are in title case too ("Koperasi Pertanian dan Jasa").
pub(crate) fn named_cooperative_vi(s: &Sentence<'_>) -> Option<usize> {
    let (text, lower, offset, terms, places) = (s.text, s.lower, s.span.start, s.terms, s.places);
    terms.iter().find_map(|m| {
        if m.key != Term::Form(LegalForm::Cooperative) {
            return None;
        }
        let local = m.span.start.checked_sub(offset)?..m.span.end.checked_sub(offset)?;
        if !is_bare_cooperative_noun(lower.get(local.clone())?) {
            return None;
        }
        let before = lower.get(..local.start)?.split_whitespace().next_back();
        let many = before.is_some_and(|w| {
            NOT_ONE_BEFORE.contains(&w) || w.contains(|c: char| c.is_ascii_digit())
        });
        if many {
            return None;
        }
        let after = text.get(local.end..)?;
        let mut descriptors = 0;
        for word in after.split_whitespace() {
            // Where the word starts, in bytes after the noun.
            let at = word.as_ptr() as usize - after.as_ptr() as usize;
            // "HTX thu mua và chế biến thủy, hải sản Phú Khương": a joint or a comma between
            // two of its trades, once it has been described.
            let listed = word.strip_suffix(',').unwrap_or(word);
            let joins_trades = word == "và" && descriptors > 0;
            if word == "-" || (!listed.is_empty() && listed.chars().all(char::is_lowercase)) {
                if (NOT_A_DESCRIPTOR.contains(&word) && !joins_trades)
                    || descriptors == NAME_DESCRIPTOR_WORDS_VI
                {
                    return None;
                }
                descriptors += 1;
                continue;
            }
            let place = places.iter().any(|p| p.span.start == m.span.end + at);
            return (is_title_case(word) && !place && !NOT_A_NAME_VI.contains(&word))
                .then_some(m.span.start);
        }
        None
    })
}

/// Where a named Indonesian cooperative starts in sentence `s`: "Koperasi",
/// capitalised inside the sentence with no number or word of many before it, then two words
/// in title case that are neither words of the lexicon nor places ("Pada bulan Oktober 2023,
/// Koperasi Kopi Berkelanjutan Tenh Phong didirikan dengan 12 anggota"). Translations also
/// capitalise forms and their sectors ("1.529 Koperasi", "Serikat Koperasi Provinsi",
/// "Koperasi Pertanian"), which this leaves alone; a name may open with its trade ("Koperasi
/// Pertanian Toan Duyen").
pub(crate) fn named_cooperative_id(s: &Sentence<'_>) -> Option<usize> {
    let (text, lower, offset, terms, places) = (s.text, s.lower, s.span.start, s.terms, s.places);
    terms.iter().find_map(|m| {
        let local = m.span.start.checked_sub(offset)?..m.span.end.checked_sub(offset)?;
        if m.key != Term::Form(LegalForm::Cooperative) || text.get(local.clone())? != "Koperasi" {
            return None;
        }
        // "1.529 Koperasi" counts many; "Oktober 2023, Koperasi ..." does not.
        let before = lower.get(..local.start)?.split_whitespace().next_back();
        if before.is_some_and(|w| w.chars().all(|c| c.is_ascii_digit() || c == '.')) {
            return None;
        }
        let after = text.get(local.end..)?;
        let at = |word: &str| m.span.end + (word.as_ptr() as usize - after.as_ptr() as usize);
        // "Koperasi Layanan Umum Tuan Tu", "Koperasi Pertanian Toan Duyen": a name may open
        // with the trade in title case; the name proper follows it.
        let mut trade_end = m.span.end;
        let mut words = after.split_whitespace().skip_while(|word| {
            let start = at(word);
            if start < trade_end {
                return true;
            }
            let trade = is_title_case(word).then(|| {
                terms.iter().find(|t| {
                    t.span.start == start
                        && matches!(t.key, Term::Sector(_) | Term::NonSector | Term::HighTech)
                })
            });
            trade.flatten().map(|t| trade_end = t.span.end).is_some()
        });
        let named = words
            .by_ref()
            .take(NAME_WORDS_ID)
            .filter(|word| {
                let at = at(word);
                is_title_case(word)
                    && !terms.iter().any(|t| t.span.start == at)
                    && !places.iter().any(|p| p.span.start == at)
            })
            .count();
        // Opening the sentence, title case may be a headline's ("Koperasi Dai Phong Vietnam,
        // Role Model ..."): the name must go on in lower case ("Koperasi Long Hoi memiliki").
        let goes_on = local.start > 0
            || words
                .next()
                .is_some_and(|w| w.chars().all(char::is_lowercase));
        (named == NAME_WORDS_ID && goes_on).then_some(m.span.start)
    })
}

/// Words in title case after "Koperasi" that make it a name.
const NAME_WORDS_ID: usize = 2;

/// Whether lower-case `noun` is the plain Vietnamese noun of a cooperative, "htx" or "hợp tác
/// xã", that a name may follow.
fn is_bare_cooperative_noun(noun: &str) -> bool {
    matches!(noun, "htx" | "hợp tác xã")
}

/// Whether sentence `s` opens with the bare noun of a cooperative and a
/// lower-case word after it, perhaps after words set off by a comma that name nothing ("HTX
/// được thành lập từ năm 2016 với 149 thành viên", "Rata-rata, setiap tahun, koperasi memasok
/// ..."): after a sentence about one cooperative, it speaks of that one.
pub(crate) fn opens_with_bare_cooperative(s: &Sentence<'_>) -> bool {
    let (text, lower, offset, terms, places) = (s.text, s.lower, s.span.start, s.terms, s.places);
    let Some(noun) = terms
        .iter()
        .find(|m| matches!(m.key, Term::Form(_) | Term::Single))
    else {
        return false;
    };
    let Some(local) = noun
        .span
        .start
        .checked_sub(offset)
        .zip(noun.span.end.checked_sub(offset))
    else {
        return false;
    };
    let opening = lower.get(..local.0).unwrap_or("").trim_end();
    let plain_opening = opening.is_empty()
        || (opening.ends_with(',')
            && !opening.contains(|c: char| c.is_ascii_digit())
            && !places.iter().any(|p| p.span.start < noun.span.start));
    // "HTX trên địa bàn tỉnh", "Koperasi di provinsi ini": the cooperatives of an area.
    let of_an_area = || {
        let after = lower.get(local.1..).unwrap_or("");
        let near = head_words(after, AREA_REACH_WORDS);
        let near_end = noun.span.end + near.len();
        AREA_WORDS.iter().any(|w| find_word(near, w).is_some())
            || places
                .iter()
                .any(|p| p.span.start >= noun.span.end && p.span.start < near_end)
    };
    noun.key == Term::Form(LegalForm::Cooperative)
        && plain_opening
        && lower
            .get(local.0..local.1)
            .is_some_and(|n| is_bare_cooperative_noun(n) || n == "koperasi")
        && text
            .get(local.1..)
            .and_then(|after| after.split_whitespace().next())
            .is_some_and(|w| w.chars().all(char::is_lowercase))
        && !of_an_area()
}

/// Most words after a bare noun of cooperatives that may name the area they are in.
const AREA_REACH_WORDS: usize = 4;

/// Words naming an area whose cooperatives a bare noun then counts: "HTX trên địa bàn tỉnh",
/// "koperasi di provinsi ini", "cooperatives in the district".
const AREA_WORDS: [&str; 10] = [
    "tỉnh",
    "huyện",
    "địa bàn",
    "provinsi",
    "kabupaten",
    "daerah",
    "province",
    "district",
    "seluruh",
    "toàn",
];

/// The organisations an amount is said of, when they are not cooperatives: the one form the
/// sentence counts before the amount ("27 cooperative groups ... with revenue of VND 2.1
/// billion"). None for cooperatives, which every money indicator is about unless told, and
/// when the sentence names several forms, whose amounts may be of any or all of them.
pub(crate) fn money_form(s: &Sentence<'_>, figure_start: usize) -> Option<LegalForm> {
    let mut forms = s
        .terms_in(s.span.start..figure_start)
        .filter_map(|m| match m.key {
            Term::Form(f) if f.is_counted() => Some(f),
            _ => None,
        });
    let first = forms.next()?;
    (first != LegalForm::Cooperative && forms.all(|f| f == first)).then_some(first)
}

/// The legal form whose members or workers a figure at `figure_start` counts.
///
/// - A form right after the figure's noun is its own ("8.512 thành viên HTX nông nghiệp",
///   "members of agricultural cooperatives").
/// - Else the form named nearest before it in its clause, outside parentheses that close
///   before it ("4,500 cooperative groups with 73,000 members and 643 cooperatives with 42,500
///   members"), or the first of the forms joined to that one by a conjunction, which share the
///   figure ("430 HTX và 7.150 THT với trên 200.000 thành viên").
/// - When a comma parts that form from the figure, the members are the whole list's: the form
///   is the first one a figure counts in the clause ("165 cooperatives, 16 people's credit
///   funds and 1 union, with 28,500 members"; "Menurut laporan Serikat Koperasi, ... 219
///   koperasi, ..., dengan 50.000 anggota": the union that reports is counted by no figure).
/// - With no form before the figure, the first after it.
pub(crate) fn people_form(
    s: &Sentence<'_>,
    clause: Range<usize>,
    figure_start: usize,
    noun_end: usize,
) -> Option<LegalForm> {
    let forms: Vec<(Range<usize>, LegalForm)> = s
        .terms_in(clause)
        .filter_map(|m| match m.key {
            Term::Form(f) if f.is_counted() => Some((m.span.clone(), f)),
            _ => None,
        })
        .filter(|(span, _)| {
            s.paren_of(span.start)
                .is_none_or(|paren| paren.contains(&figure_start))
        })
        .collect();
    // "members of (agricultural) cooperatives", "thành viên (của các) HTX", "anggota koperasi".
    let own = forms.iter().find(|(span, _)| {
        if span.start < noun_end || span.start - noun_end > 24 {
            return false;
        }
        let gap = s.lower(noun_end..span.start);
        let mut words = gap.split_whitespace();
        words
            .next()
            .is_none_or(|w| w == "các" || OWNER_WORDS.contains(&w))
            && words.count() <= 1
            && !gap.contains([',', ';', ':', '(', ')'])
    });
    if let Some((_, form)) = own {
        return Some(*form);
    }
    let before = forms.partition_point(|(span, _)| span.start < figure_start);
    let Some(nearest) = before.checked_sub(1) else {
        return forms.first().map(|(_, f)| *f);
    };
    // Where the phrase of the form at `i` starts: at the figure that counts it, if any.
    let count_of = |i: usize| {
        let span = &forms[i].0;
        s.tokens
            .iter()
            .rfind(|t| {
                t.span.end <= span.start && s.slice(t.span.end..span.start).trim().is_empty()
            })
            .map(|t| t.span.start)
    };
    if s.slice(forms[nearest].0.end..figure_start)
        .contains([',', ';'])
    {
        let head = (0..before)
            .find(|&i| count_of(i).is_some())
            .unwrap_or(nearest);
        return Some(forms[head].1);
    }
    let mut first = nearest;
    while first > 0 {
        let phrase_start = count_of(first).unwrap_or(forms[first].0.start);
        let joined = |from: usize| {
            let joint = s.lower(from.min(phrase_start)..phrase_start).trim();
            !joint.is_empty() && is_list_joint(joint)
        };
        let previous_end = forms[first - 1].0.end;
        // "tổng số HTX là 105 và 1 liên hiệp HTX với 7.244 thành viên": joined to a count
        // whose noun came before it.
        let joined_to_count = s
            .tokens
            .iter()
            .rfind(|t| t.span.start >= previous_end && t.span.end <= phrase_start)
            .is_some_and(|t| joined(t.span.end));
        if !joined(previous_end) && !joined_to_count {
            break;
        }
        first -= 1;
    }
    Some(forms[first].1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap_or_default()
    }

    #[test]
    fn every_count_pointer_holds_a_head() {
        for pointer in COUNT_POINTERS {
            assert!(
                POINTER_HEADS.iter().any(|head| pointer.contains(head)),
                "{pointer}"
            );
        }
    }

    #[test]
    fn a_rate_of_change_is_possible_only_between_whole_numbers() {
        // 704 -> 742 is 5.397...%: "5.4%".
        assert!(change_possible(d("742"), d("5.4"), false));
        // No whole number grows by 5.4% (5.35 to 5.45) to 2, nor to 42.
        assert!(!change_possible(d("2"), d("5.4"), false));
        assert!(!change_possible(d("42"), d("5.4"), false));
        // 2 is 100% more than 1; 40 -> 42 is 5%.
        assert!(change_possible(d("2"), d("100"), false));
        assert!(change_possible(d("42"), d("5"), false));
        // 50 -> 45 is a 10% fall; a rise of 10.0% to 45 is from no whole number, but one of
        // "10%" is (41 -> 45 is 9.76%).
        assert!(change_possible(d("45"), d("10"), true));
        assert!(!change_possible(d("45"), d("10.0"), false));
        assert!(change_possible(d("45"), d("10"), false));
    }

    proptest! {
        #[test]
        fn every_change_between_whole_numbers_is_possible(
            base in 1u32..100_000,
            step in 1u32..5_000,
            down in any::<bool>(),
        ) {
            prop_assume!(!down || step < base);
            let after = if down { base - step } else { base + step };
            // The rate as a report writes it, to one decimal (in tenths of a percent, rounded
            // half up).
            let tenths = (u64::from(step) * 2000 / u64::from(base)).div_ceil(2);
            let percent = Decimal::new(i64::try_from(tenths).unwrap_or(i64::MAX), 1);
            let after = Decimal::from(after);
            prop_assert!(change_possible(after, percent, down));
        }
    }
}
