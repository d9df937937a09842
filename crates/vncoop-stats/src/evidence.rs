//! The way from a figure of the HTML report to the sentences it was read in: every figure of a
//! table links to an entry that quotes each report stating it, the figure marked.

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use vncoop_model::Provenance;

use crate::report::escape;
use crate::store::Key;
use crate::Report;

/// The anchor of a fact's evidence entry.
fn anchor(fact: usize) -> String {
    format!("fact-{fact}")
}

/// `text` as a link to the evidence of fact `fact`.
pub(crate) fn cite(fact: usize, text: &str) -> String {
    format!("<a href=\"#{}\">{}</a>", anchor(fact), escape(text))
}

/// For each roll-up, the index of each fact it adds up, in the order of its inputs.
pub(crate) fn rollup_inputs(report: &Report) -> Vec<Vec<usize>> {
    let mut index: HashMap<&Key, usize> = HashMap::with_capacity(report.facts.len());
    for (i, fact) in report.facts.iter().enumerate() {
        index.entry(&fact.key).or_insert(i);
    }
    report
        .rollups
        .iter()
        .map(|r| {
            r.inputs
                .iter()
                .filter_map(|key| index.get(key).copied())
                .collect()
        })
        .collect()
}

/// The evidence section: one entry per fact cited, in the order of the facts, each quoting
/// its first sources with the figure marked, their document, byte span and rule, and saying
/// how many more there are (`observations.csv` has every one).
pub(crate) fn evidence_html(report: &Report, cited: impl IntoIterator<Item = usize>) -> String {
    let cited: BTreeSet<usize> = cited.into_iter().collect();
    let mut html = format!(
        "<h2>Evidence ({})</h2><p>Each figure linked from the tables above, with the first \
         sentences that state it; the figure is marked. <code>observations.csv</code> has every \
         one.</p><dl>",
        cited.len()
    );
    for i in cited {
        let Some(fact) = report.facts.get(i) else {
            continue;
        };
        let o = &fact.observation;
        let period = o
            .period
            .as_ref()
            .map_or("no date".into(), |p| p.to_string());
        let _ = write!(
            html,
            "<dt id=\"{}\"><strong>{}</strong> {}, {}, {}, {}</dt>",
            anchor(i),
            escape(&crate::summary::figure_text(o)),
            o.indicator,
            escape(&o.area.to_string()),
            escape(&period),
            o.kind
        );
        for source in fact.sources.cited() {
            let _ = write!(
                html,
                "<dd><blockquote>{}</blockquote>{}, bytes {}–{}, rule {}</dd>",
                marked(source),
                escape(&source.document),
                source.span.start,
                source.span.end,
                escape(&source.rule)
            );
        }
        let more = fact
            .sources
            .len()
            .saturating_sub(fact.sources.cited().len());
        if more > 0 {
            let _ = write!(html, "<dd>and {more} more</dd>");
        }
        if let Some(derivation) = &fact.derived {
            let _ = write!(html, "<dd>derived: {}</dd>", derivation.rule);
        }
    }
    html.push_str("</dl>");
    html
}

/// The source's sentence, escaped, with its figure in `<mark>`; unmarked when the figure's
/// span does not fall inside the sentence.
fn marked(source: &Provenance) -> String {
    let sentence = &*source.evidence;
    let figure = source
        .span
        .start
        .checked_sub(source.sentence.start)
        .and_then(|start| {
            let end = source.span.end.checked_sub(source.sentence.start)?;
            Some((
                sentence.get(..start)?,
                sentence.get(start..end)?,
                sentence.get(end..)?,
            ))
        });
    match figure {
        Some((before, figure, after)) if !figure.is_empty() => format!(
            "{}<mark>{}</mark>{}",
            escape(before),
            escape(figure),
            escape(after)
        ),
        _ => escape(sentence),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(evidence: &str, sentence_start: usize, span: std::ops::Range<usize>) -> Provenance {
        Provenance::new(
            "r",
            span,
            sentence_start..sentence_start + evidence.len(),
            evidence,
            "vi.count",
        )
    }

    #[test]
    fn the_figure_is_marked_in_its_sentence() {
        // The sentence starts at byte 100 of its document; "464" is its bytes 11..14.
        let s = source("Tỉnh có 464 HTX <mới>", 100, 111..114);
        assert_eq!(marked(&s), "Tỉnh có <mark>464</mark> HTX &lt;mới&gt;");
    }

    #[test]
    fn a_span_outside_the_sentence_or_inside_a_letter_is_not_marked() {
        let s = source("Tỉnh có 464 HTX", 100, 10..13);
        assert_eq!(marked(&s), "Tỉnh có 464 HTX");
        // Byte 102 is inside "ỉ".
        let s = source("Tỉnh có 464 HTX", 100, 102..104);
        assert_eq!(marked(&s), "Tỉnh có 464 HTX");
    }
}
