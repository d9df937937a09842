//! Finding known names (provinces, organisations) in text, accent- and case-insensitively, with
//! spans in the original text.

use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::error::TextError;
use crate::fold::{fold, fold_with_offsets, Folded};

/// A mention of a gazetteer entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention<K> {
    /// The key the matching name was registered under.
    pub key: K,
    /// Byte range of the mention in the text that was searched.
    pub span: Range<usize>,
    /// The registered name that matched (as given, before folding).
    pub name: String,
}

/// Up to how many names a gazetteer is compiled to a DFA.
const DFA_NAMES: usize = 2_000;

/// Builds a [`Gazetteer`] from names and their aliases.
#[derive(Debug, Clone)]
pub struct GazetteerBuilder<K> {
    names: Vec<(String, K, String)>,
}

impl<K: Clone> Default for GazetteerBuilder<K> {
    fn default() -> Self {
        GazetteerBuilder { names: Vec::new() }
    }
}

impl<K: Clone> GazetteerBuilder<K> {
    /// An empty builder.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers `name` (any spelling, any case, with or without accents) for `key`. Names that
    /// fold to nothing (punctuation only) are ignored.
    pub fn name(&mut self, key: K, name: &str) -> &mut Self {
        let folded = fold(name);
        if !folded.is_empty() {
            self.names.push((folded, key, name.to_string()));
        }
        self
    }

    /// Builds the matcher.
    pub fn build(&self) -> Result<Gazetteer<K>, TextError> {
        // Every match is wanted (overlapping search): a DFA takes one step per byte where the
        // default NFA takes several, but on thousands of names it costs more to build than it
        // saves on a report.
        let kind = (self.names.len() <= DFA_NAMES).then_some(AhoCorasickKind::DFA);
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(kind)
            .build(self.names.iter().map(|(folded, _, _)| folded))
            .map_err(|e| TextError::Gazetteer(e.to_string()))?;
        Ok(Gazetteer {
            automaton,
            entries: self
                .names
                .iter()
                .map(|(_, key, name)| (key.clone(), name.clone()))
                .collect(),
        })
    }
}

/// A compiled set of names: an Aho-Corasick automaton over folded names.
///
/// ```
/// use vncoop_text::GazetteerBuilder;
/// let mut names = GazetteerBuilder::new();
/// names.name(34, "Thái Bình").name(34, "Thai Binh province").name(33, "Hưng Yên");
/// let gazetteer = names.build()?;
/// let text = "Tỉnh THÁI BÌNH và Hung Yen";
/// let found = gazetteer.find_all(text);
/// assert_eq!(found.len(), 2);
/// assert_eq!(&text[found[0].span.clone()], "THÁI BÌNH");
/// assert_eq!(found[1].key, 33);
/// # Ok::<(), vncoop_text::TextError>(())
/// ```
#[derive(Debug, Clone)]
pub struct Gazetteer<K> {
    automaton: AhoCorasick,
    entries: Vec<(K, String)>,
}

impl<K: Clone> Gazetteer<K> {
    /// Every mention in `text`: whole words only, longest first where names overlap, in text
    /// order, without overlaps.
    #[must_use]
    pub fn find_all(&self, text: &str) -> Vec<Mention<K>> {
        self.find_all_in(&fold_with_offsets(text))
    }

    /// Like [`Gazetteer::find_all`], over a text already folded with
    /// [`fold_with_offsets`](crate::fold_with_offsets): several gazetteers can share one fold.
    ///
    /// ```
    /// use vncoop_text::{fold_with_offsets, GazetteerBuilder};
    /// let mut names = GazetteerBuilder::new();
    /// names.name(1, "Thái Bình");
    /// let gazetteer = names.build()?;
    /// let text = "Tỉnh Thái Bình";
    /// let found = gazetteer.find_all_in(&fold_with_offsets(text));
    /// assert_eq!(&text[found[0].span.clone()], "Thái Bình");
    /// # Ok::<(), vncoop_text::TextError>(())
    /// ```
    #[must_use]
    pub fn find_all_in(&self, folded: &Folded) -> Vec<Mention<K>> {
        self.find_all_matching_in(folded, |_| true)
    }

    /// Like [`Gazetteer::find_all`], over the names whose key passes `keep` only: a name left
    /// out never hides an overlapping one that is kept.
    ///
    /// ```
    /// use vncoop_text::GazetteerBuilder;
    /// let mut names = GazetteerBuilder::new();
    /// names.name(1, "Châu Thành").name(2, "Châu Thành");
    /// let gazetteer = names.build()?;
    /// let found = gazetteer.find_all_matching("huyện Châu Thành", |&k| k == 2);
    /// assert_eq!(found[0].key, 2);
    /// # Ok::<(), vncoop_text::TextError>(())
    /// ```
    pub fn find_all_matching(&self, text: &str, keep: impl Fn(&K) -> bool) -> Vec<Mention<K>> {
        self.find_all_matching_in(&fold_with_offsets(text), keep)
    }

    /// Like [`Gazetteer::find_all_matching`], over a text already folded.
    pub fn find_all_matching_in(
        &self,
        folded: &Folded,
        keep: impl Fn(&K) -> bool,
    ) -> Vec<Mention<K>> {
        self.find_all_accepted_in(folded, |key, _, _| keep(key))
    }

    /// Like [`Gazetteer::find_all_in`], over the matches `accept` takes, given each match's
    /// key, name as listed and span in the original text: a match refused never hides an
    /// overlapping one that is taken. Two names that fold alike ("mới", new, and "mỗi",
    /// each) are told apart this way by the diacritics written.
    ///
    /// ```
    /// use vncoop_text::{fold_with_offsets, GazetteerBuilder};
    /// let mut names = GazetteerBuilder::new();
    /// names.name("each", "mỗi").name("new", "mới");
    /// let gazetteer = names.build()?;
    /// let text = "HTX mới";
    /// let found = gazetteer.find_all_accepted_in(&fold_with_offsets(text), |_, name, span| {
    ///     text.get(span) == Some(name)
    /// });
    /// assert_eq!(found[0].key, "new");
    /// # Ok::<(), vncoop_text::TextError>(())
    /// ```
    pub fn find_all_accepted_in(
        &self,
        folded: &Folded,
        accept: impl Fn(&K, &str, Range<usize>) -> bool,
    ) -> Vec<Mention<K>> {
        let haystack = folded.as_str().as_bytes();
        let mut candidates: Vec<(usize, usize, usize)> = self
            .automaton
            .find_overlapping_iter(folded.as_str())
            .filter(|m| {
                let starts_word = m.start() == 0 || haystack[m.start() - 1] == b' ';
                let ends_word = m.end() == haystack.len() || haystack[m.end()] == b' ';
                starts_word && ends_word
            })
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        // Leftmost first, then longest. `accept` is asked only of a candidate that nothing
        // taken covers: the answer is the same as asking every one first, for less work.
        candidates.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut mentions = Vec::new();
        let mut covered_to = 0;
        for (start, end, pattern) in candidates {
            if start < covered_to {
                continue;
            }
            let Some((key, name)) = self.entries.get(pattern) else {
                continue;
            };
            let span = folded.original_range(start..end);
            if accept(key, name, span.clone()) {
                mentions.push(Mention {
                    key: key.clone(),
                    span,
                    name: name.clone(),
                });
                covered_to = end;
            }
        }
        mentions
    }

    /// Number of registered names.
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when no name is registered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_and_longest() {
        let mut b = GazetteerBuilder::new();
        b.name("hanam", "Hà Nam")
            .name("namdinh", "Nam Định")
            .name("hanoi", "Hà Nội")
            .name("hcm", "TP.HCM")
            .name("hcm", "Ho Chi Minh City");
        let g = b.build().unwrap();
        let text = "Hà Nội, TP HCM, Ho Chi Minh City and Nam Định; not Hanamdinh";
        let keys: Vec<_> = g.find_all(text).into_iter().map(|m| m.key).collect();
        assert_eq!(keys, vec!["hanoi", "hcm", "hcm", "namdinh"]);
    }
}
