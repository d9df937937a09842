//! The `provinces` suite: every row of the merger table (63 old units) and of the table of 34 new
//! units agrees with the crate's own data, and every name and variant resolves to its unit.

use std::path::Path;

use chrono::NaiveDate;
use vncoop::model::{geography, UnitType, MERGER_DATE};

use crate::score::Scores;

pub fn run(path: &Path) -> Result<Scores, String> {
    let mut scores = Scores::default();
    let before = NaiveDate::from_ymd_opt(2025, 6, 30).ok_or("date")?;
    let g = geography();
    let merger = path.join("vn_provinces_2025_merger.csv");
    let units = path.join("vn_provinces_34_2025.csv");
    if !merger.is_file() && !units.is_file() {
        return Err(format!("no province CSV files in {}", path.display()));
    }
    let unit_type = |t: &str| {
        if t.starts_with("thanh_pho") {
            UnitType::City
        } else {
            UnitType::Province
        }
    };
    if merger.is_file() {
        for row in read(&merger)? {
            let [code, name, kind, ascii, variants, new_code, ..] = row.as_slice() else {
                return Err(format!("short row in {}", merger.display()));
            };
            let ok_row = g.old_unit(code).is_some_and(|u| {
                &u.name_vi == name
                    && &u.name_ascii == ascii
                    && u.unit_type == unit_type(kind)
                    && &u.successor == new_code
            });
            scores.record("old-units", ok_row, || {
                format!("provinces old unit {code} {name}: data differ")
            });
            for variant in std::iter::once(name.as_str())
                .chain(variants.split(';'))
                .filter(|v| !v.is_empty())
            {
                let before_ok = g
                    .resolve(variant, before)
                    .ok()
                    .and_then(|r| r.old())
                    .is_some_and(|o| &o.code == code);
                let after_ok = g
                    .resolve(variant, MERGER_DATE)
                    .is_ok_and(|r| &r.unit.code == new_code);
                scores.record("old-names", before_ok && after_ok, || {
                    format!("provinces {variant:?}: expected {code} before and {new_code} after the merger")
                });
            }
        }
    }
    if units.is_file() {
        for row in read(&units)? {
            let [code, name, ascii, kind, variants, merged, ..] = row.as_slice() else {
                return Err(format!("short row in {}", units.display()));
            };
            let mut expected: Vec<&str> = merged.split(';').collect();
            expected.sort();
            let ok_row = g.unit(code).is_some_and(|u| {
                let mut got: Vec<&str> = u.predecessors.iter().map(String::as_str).collect();
                got.sort();
                &u.name_vi == name
                    && &u.name_ascii == ascii
                    && u.unit_type == unit_type(kind)
                    && got == expected
            });
            scores.record("new-units", ok_row, || {
                format!("provinces unit {code} {name}: data differ")
            });
            let names = std::iter::once(name.as_str()).chain(
                variants
                    .split(';')
                    .filter(|v| !v.is_empty() && !v.contains(' ') || v.starts_with("Ho Chi")),
            );
            for variant in names {
                let ok = g
                    .resolve(variant, MERGER_DATE)
                    .is_ok_and(|r| &r.unit.code == code);
                scores.record("new-names", ok, || {
                    format!("provinces {variant:?}: expected {code} after the merger")
                });
            }
        }
    }
    Ok(scores)
}

fn read(path: &Path) -> Result<Vec<Vec<String>>, String> {
    let mut reader =
        csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
    reader
        .records()
        .map(|r| {
            r.map(|r| r.iter().map(String::from).collect())
                .map_err(|e| format!("{}: {e}", path.display()))
        })
        .collect()
}
