//! Inputs that once crashed a run or vanished: numbers beyond exact arithmetic. They are left
//! out with a reason, and the rest of the text is still read.

use vncoop_extract::{extract, Document, Reason};
use vncoop_model::Indicator;

/// Sentences in each language with a number too large for an exact decimal in them.
const TOO_LARGE: [&str; 5] = [
    "In 2023, Nam Dinh had 1000000000000000000000000000 hundred cooperatives and 420 agricultural cooperatives.",
    "In 2023, Nam Dinh had 10000000000000000000000000000 dozen cooperatives and 420 agricultural cooperatives.",
    "Năm 2023, tỉnh Nam Định có 1000000000000000000000000000 trăm HTX và 420 HTX nông nghiệp.",
    "Năm 2023, tỉnh Nam Định có 99999999999999999999999999999 nghìn tỷ HTX và 420 HTX nông nghiệp.",
    "Pada tahun 2023, Nam Dinh memiliki 888888888888888888888888888ratus koperasi dan 420 koperasi pertanian.",
];

#[test]
fn numbers_beyond_exact_arithmetic_are_diagnosed_not_fatal() {
    for text in TOO_LARGE {
        let found = extract(&Document::new("t", text));
        assert!(
            found
                .observations
                .iter()
                .any(|o| o.indicator == Indicator::Cooperatives && o.value == 420.into()),
            "{text}: {:?}",
            found.observations
        );
        assert!(
            found
                .diagnostics
                .iter()
                .any(|d| d.reason == Reason::Unreadable),
            "{text}: {:?}",
            found.diagnostics
        );
    }
}

#[test]
fn a_range_whose_scale_words_stack_past_any_decimal_is_left_out() {
    // Found by fuzzing: the range's upper end, 8 x 10^36, once panicked the run.
    let text =
        "In 2023, Nam Dinh had 5to8bn bn bn8bn bn cooperatives and 420 agricultural cooperatives.";
    let found = extract(&Document::new("t", text));
    let values: Vec<String> = found
        .observations
        .iter()
        .map(|o| o.value.to_string())
        .collect();
    assert_eq!(values, ["420"]);
    assert!(
        found.diagnostics.iter().any(|d| d.text.starts_with("8bn")),
        "{:?}",
        found.diagnostics
    );
}

#[test]
fn a_million_digits_are_one_diagnostic() {
    let text = format!("Có {} HTX.", "9".repeat(1_000_000));
    let found = extract(&Document::new("t", text.as_str()));
    assert!(found.observations.is_empty());
    let unread: Vec<_> = found
        .diagnostics
        .iter()
        .filter(|d| d.reason == Reason::Unreadable)
        .collect();
    assert_eq!(unread.len(), 1);
    assert_eq!(unread[0].span.len(), 1_000_000);
}
