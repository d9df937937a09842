//! One sentence as the rules see it: its phrases, figures, dates and clauses.

use std::ops::Range;

use vncoop_model::Period;
use vncoop_text::Mention;

use crate::dates::{DateMention, Role};
use crate::lexicon::Term;
use crate::places::Place;
use crate::tokens::{Shape, Token};

/// A sentence with everything found in it (spans are in the normalized document text).
pub(crate) struct Sentence<'a> {
    pub text: &'a str,
    /// `text` in lower case, each character at its offset in `text`.
    pub lower: &'a str,
    pub span: Range<usize>,
    pub terms: &'a [Mention<Term>],
    pub tokens: &'a [Token],
    pub dates: &'a [DateMention],
    /// Clause boundaries (";" splits clauses).
    pub clauses: Vec<Range<usize>>,
    /// Parenthesised groups, "(" to ")" inclusive, outermost only.
    pub parens: Vec<Range<usize>>,
    /// Provinces, and districts or communes of the document's province, named in the sentence.
    pub places: &'a [Place],
    /// Whether a line break (or the end of the text) comes right after the sentence.
    pub ends_line: bool,
}

/// The outermost parenthesised groups of `text`, offset by `start`; an unclosed group runs to
/// the end.
pub(crate) fn paren_groups(text: &str, start: usize) -> Vec<Range<usize>> {
    let mut groups = Vec::new();
    let mut depth = 0usize;
    let mut open = 0;
    for (i, c) in text.char_indices() {
        match c {
            '(' => {
                if depth == 0 {
                    open = start + i;
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    groups.push(open..start + i + 1);
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        groups.push(open..start + text.len());
    }
    groups
}

impl<'a> Sentence<'a> {
    /// The clause holding byte `at`.
    pub fn clause_of(&self, at: usize) -> Range<usize> {
        self.clauses
            .iter()
            .find(|c| c.contains(&at))
            .cloned()
            .unwrap_or(self.span.clone())
    }

    /// The lower-case words of the term that ends at `end` ("regular employees"); none when no
    /// term ends there.
    pub fn term_ending_at(&self, end: usize) -> &str {
        let start = self
            .terms
            .iter()
            .find(|m| m.span.end == end)
            .map_or(end, |m| m.span.start);
        self.lower(start..end)
    }

    /// The parenthesised group holding byte `at`, if any.
    pub fn paren_of(&self, at: usize) -> Option<Range<usize>> {
        self.parens.iter().find(|g| g.contains(&at)).cloned()
    }

    /// How many words `range` holds outside place names ("số hợp tác xã tỉnh Nam Định tăng":
    /// one word, "tỉnh", between the noun and its verb).
    pub fn words_outside_places(&self, range: Range<usize>) -> usize {
        let mut words = 0;
        let mut at = range.start;
        for place in self
            .places
            .iter()
            .filter(|p| p.span.start >= range.start && p.span.end <= range.end)
        {
            words += self.slice(at..place.span.start).split_whitespace().count();
            at = place.span.end;
        }
        words + self.slice(at..range.end).split_whitespace().count()
    }

    /// Whether a figure (not a star level) starts inside `range`.
    pub fn figure_in(&self, range: Range<usize>) -> bool {
        self.tokens
            .iter()
            .any(|t| t.shape != Shape::Star && range.contains(&t.span.start))
    }

    /// Whether a figure starts in `range` other than a bound that says which ones a count
    /// counts ("215 HTX cung ứng từ 3 dịch vụ trở lên", "three or more services").
    pub fn figure_besides_bounds_in(&self, range: Range<usize>) -> bool {
        self.tokens.iter().any(|t| {
            t.shape != Shape::Star
                && range.contains(&t.span.start)
                && !matches!(
                    t.amount,
                    vncoop_money::Amount::AtLeast { .. } | vncoop_money::Amount::AtMost { .. }
                )
        })
    }

    /// The date right after the figure at `span` in its clause, with no other figure between
    /// ("11,5% pada tahun 2016", "up from 420 in 2020").
    pub fn date_after(&self, span: &Range<usize>) -> Option<Period> {
        let clause = self.clause_of(span.start);
        self.dates
            .iter()
            .find(|m| {
                matches!(m.role, Role::At | Role::By | Role::Baseline)
                    && m.span.start >= span.end
                    && m.span.end <= clause.end
                    && !self.figure_in(span.end..m.span.start)
            })
            .and_then(|m| m.period.clone())
    }

    /// Whether `span` overlaps a date ("2023" in "năm 2023" is part of a date, not a figure).
    pub fn in_date(&self, span: &Range<usize>) -> bool {
        self.dates
            .iter()
            .any(|d| d.span.start < span.end && span.start < d.span.end)
    }

    /// Terms inside `range`.
    pub fn terms_in(&self, range: Range<usize>) -> impl Iterator<Item = &Mention<Term>> + '_ {
        // Terms are in text order and never overlap: the first is found by bisection, and
        // the walk stops at the range's end. Rules ask this of short ranges, many times per
        // figure.
        let from = self.terms.partition_point(|m| m.span.start < range.start);
        let end = range.end;
        self.terms[from..]
            .iter()
            .take_while(move |m| m.span.start < end)
            .filter(move |m| m.span.end <= end)
    }

    /// Whether a term of the kind `pick` selects lies inside `range`.
    pub fn has(&self, range: Range<usize>, pick: impl Fn(Term) -> bool) -> bool {
        self.terms_in(range).any(|m| pick(m.key))
    }

    /// The text of a range of the document.
    pub fn slice(&self, range: Range<usize>) -> &'a str {
        let start = range.start.saturating_sub(self.span.start);
        let end = range.end.saturating_sub(self.span.start);
        self.text.get(start..end).unwrap_or("")
    }

    /// The lower-case text of a range of the document.
    pub fn lower(&self, range: Range<usize>) -> &'a str {
        let start = range.start.saturating_sub(self.span.start);
        let end = range.end.saturating_sub(self.span.start);
        self.lower.get(start..end).unwrap_or("")
    }

    /// The figures that are counts or amounts (star levels left out).
    pub fn figures(&self) -> impl Iterator<Item = (usize, &Token)> + '_ {
        self.tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.shape != Shape::Star)
    }

    /// End of the previous figure in the same clause, or the clause start.
    pub fn previous_end(&self, index: usize) -> usize {
        let clause = self.clause_of(self.tokens[index].span.start);
        self.tokens[..index]
            .iter()
            .rev()
            .filter(|t| t.shape != Shape::Star)
            .map(|t| t.span.end)
            .find(|&end| end > clause.start)
            .unwrap_or(clause.start)
    }

    /// Start of the next figure in the same clause, or the clause end.
    pub fn next_start(&self, index: usize) -> usize {
        let clause = self.clause_of(self.tokens[index].span.start);
        self.tokens[index + 1..]
            .iter()
            .filter(|t| t.shape != Shape::Star)
            .map(|t| t.span.start)
            .find(|&start| start < clause.end)
            .unwrap_or(clause.end)
    }

    /// Dates with a role, inside a range.
    pub fn dates_in(&self, range: Range<usize>, role: Role) -> impl Iterator<Item = &DateMention> {
        self.dates.iter().filter(move |d| {
            d.role == role && d.span.start >= range.start && d.span.end <= range.end
        })
    }
}
