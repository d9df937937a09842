//! Checked arithmetic on exact values. Every figure the statistics compute goes through these:
//! a result outside `Decimal`'s range (about 7.9 × 10^28) is `None`, never a panic, and the
//! caller leaves that derivation, check or roll-up out (checks say so in a finding).

use rust_decimal::Decimal;

/// The sum of `values`, or `None` on overflow.
pub(crate) fn sum(values: impl IntoIterator<Item = Decimal>) -> Option<Decimal> {
    values
        .into_iter()
        .try_fold(Decimal::ZERO, |acc, v| acc.checked_add(v))
}

/// `part / whole × 100`, or `None` when `whole` is zero or the result is out of range.
pub(crate) fn percent_of(part: Decimal, whole: Decimal) -> Option<Decimal> {
    part.checked_div(whole)?.checked_mul(Decimal::ONE_HUNDRED)
}

/// The change from `then` to `now` in percent of `then`.
pub(crate) fn percent_change(now: Decimal, then: Decimal) -> Option<Decimal> {
    percent_of(now.checked_sub(then)?, then)
}

/// The mean of `(value, weight)` pairs weighted by `weight`.
pub(crate) fn weighted_mean(
    pairs: impl IntoIterator<Item = (Decimal, Decimal)>,
) -> Option<Decimal> {
    let (total, weights) = pairs.into_iter().try_fold(
        (Decimal::ZERO, Decimal::ZERO),
        |(total, weights), (value, weight)| {
            Some((
                total.checked_add(value.checked_mul(weight)?)?,
                weights.checked_add(weight)?,
            ))
        },
    )?;
    total.checked_div(weights)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overflow_is_none() {
        let big = Decimal::MAX;
        assert_eq!(sum([big, Decimal::ONE]), None);
        assert_eq!(sum([Decimal::ONE, Decimal::TWO]), Some(Decimal::from(3)));
        assert_eq!(percent_change(big, Decimal::new(1, 2)), None);
        assert_eq!(
            percent_change(Decimal::from(110), Decimal::from(100)),
            Some(Decimal::from(10))
        );
        assert_eq!(percent_of(Decimal::ONE, Decimal::ZERO), None);
        assert_eq!(weighted_mean([(big, big)]), None);
        assert_eq!(
            weighted_mean([
                (Decimal::from(2), Decimal::ONE),
                (Decimal::from(4), Decimal::ONE)
            ]),
            Some(Decimal::from(3))
        );
    }
}
