//! The closed vocabularies (indicator, unit, legal form, sector, qualifier, kind, era) are
//! written and read by the snake_case names their `name()` gives, the same names serde uses.

/// `Display` and `FromStr` for a type with `ALL` and `name()`.
macro_rules! by_name {
    ($type:ty, $what:literal) => {
        impl std::fmt::Display for $type {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }

        impl std::str::FromStr for $type {
            type Err = $crate::ModelError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::ALL
                    .into_iter()
                    .find(|x| x.name() == s)
                    .ok_or_else(|| $crate::ModelError::UnknownName {
                        what: $what,
                        name: s.to_string(),
                    })
            }
        }
    };
}

pub(crate) use by_name;
