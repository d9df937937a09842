//! The crate's one error type.

use thiserror::Error;
use vncoop_text::TextError;

use crate::currency::Currency;

/// Everything that can go wrong with money in vncoop.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum MoneyError {
    /// A result past the range of exact decimals (about 7.9e28 dong).
    #[error("amount out of range: {operation}")]
    Overflow {
        /// What was being computed.
        operation: String,
    },
    /// Division by a count of zero.
    #[error("cannot divide an amount by zero")]
    DivideByZero,
    /// Nothing to parse.
    #[error("empty amount")]
    Empty,
    /// The number part could not be read (bad separators, out of range...).
    // The cause quotes the input; saying it again would repeat it in every error chain.
    #[error("bad number in an amount of money")]
    Number {
        /// The text that was read.
        input: String,
        /// What was wrong with the number.
        source: TextError,
    },
    /// A unit or currency word that is not known.
    #[error("unknown unit {unit:?} in {input:?}: expected đồng/VND/₫ with an optional scale (nghìn, triệu, tỷ; thousand, million, billion; ribu, juta, miliar)")]
    UnknownUnit {
        /// The text that was read.
        input: String,
        /// The unknown part.
        unit: String,
    },
    /// A range or a hedged amount ("5-8 tỷ đồng", "hơn 3 tỷ đồng") where one exact amount was
    /// required.
    #[error("{input:?} is a range or a hedged amount, not one exact amount (scan_money reads its bounds)")]
    NotExact {
        /// The text that was read.
        input: String,
    },
    /// An amount in another currency where dong were required.
    #[error("{input:?} is an amount in {currency}, not in dong")]
    NotDong {
        /// The text that was read.
        input: String,
        /// The currency found.
        currency: Currency,
    },
    /// A currency code that ISO 4217 does not list.
    #[error("unknown currency code {input:?}: expected an ISO 4217 code such as VND, USD or EUR")]
    UnknownCurrency {
        /// The text that was read.
        input: String,
    },
    /// The text reads as different amounts in different conventions and nothing tells which.
    #[error("ambiguous amount {input:?}: reads as {first} or {second}; give the language")]
    Ambiguous {
        /// The text that was read.
        input: String,
        /// One reading.
        first: String,
        /// Another reading.
        second: String,
    },
}

#[cfg(test)]
mod tests {
    use std::error::Error;

    use crate::parse_vnd;
    use vncoop_text::Lang;

    #[test]
    fn an_error_chain_quotes_the_input_once() {
        let Err(error) = parse_vnd("abc đồng", Lang::Vi) else {
            panic!("no number is no amount");
        };
        assert!(
            matches!(error, super::MoneyError::Number { .. }),
            "{error:?}"
        );
        let mut chain = error.to_string();
        let mut cause = error.source();
        while let Some(e) = cause {
            chain = format!("{chain}: {e}");
            cause = e.source();
        }
        assert_eq!(chain.matches("abc").count(), 1, "{chain}");
    }
}
