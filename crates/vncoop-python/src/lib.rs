//! Python bindings of vncoop: the `vncoop` module, built into a wheel by maturin.
//!
//! ```text
//! >>> import vncoop
//! >>> vncoop.parse_vnd("1,7 tỷ đồng")
//! Decimal('1700000000')
//! >>> [o["indicator"] for o in vncoop.extract("Năm 2023, tỉnh có 464 HTX.")["observations"]]
//! ['cooperatives']
//! >>> vncoop.run(["reports/"]).groupby("indicator").size()
//! ```
//!
//! Values stay exact (`decimal.Decimal`), dates are `datetime.date`, and every observation
//! keeps its document, byte span and rule. The functions are typed in `vncoop.pyi`; the tests
//! are in `tests/` and run with pytest against an installed wheel.

use std::ffi::CString;
use std::path::PathBuf;

use pyo3::exceptions::{PyOSError, PyUserWarning, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList};
use pythonize::pythonize;
use vncoop::extract::{Document, Extractor};
use vncoop::output::{write_observations_parquet, write_run, Format};
use vncoop::pipeline::{find_inputs, Pipeline, Run};
use vncoop::{Decimal, Lang, NaiveDate};

/// `lang` as a language code ("vi", "en", "id"), or none.
fn lang_of(lang: Option<&str>) -> PyResult<Option<Lang>> {
    lang.map(|l| l.parse::<Lang>())
        .transpose()
        .map_err(|e| PyValueError::new_err(e.to_string()))
}

/// `as_of` as a date: a `datetime.date` or an ISO date string ("2024-03-31"), or none.
fn date_of(as_of: Option<&Bound<'_, PyAny>>) -> PyResult<Option<NaiveDate>> {
    let Some(value) = as_of else {
        return Ok(None);
    };
    if let Ok(text) = value.extract::<String>() {
        return NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map(Some)
            .map_err(|_| {
                PyValueError::new_err(format!("as_of {text:?} is not a YYYY-MM-DD date"))
            });
    }
    value.extract::<NaiveDate>().map(Some)
}

/// Text in the one form every reader expects: NFC, tone marks on the vowel modern spelling
/// puts them on, standard spaces and punctuation.
#[pyfunction]
fn normalize(text: &str) -> String {
    vncoop::text::normalize(text).as_str().to_string()
}

/// The exact amount in dong of an amount of Vietnamese money written alone ("1,7 tỷ đồng",
/// "VND 12 billion"). `lang` is the way digits are grouped; without it the words decide.
#[pyfunction]
#[pyo3(signature = (text, lang = None))]
fn parse_vnd(text: &str, lang: Option<&str>) -> PyResult<Decimal> {
    let parsed = match lang_of(lang)? {
        Some(lang) => vncoop::money::parse_vnd(text, lang),
        None => vncoop::money::parse_vnd_any(text),
    };
    parsed
        .map(|vnd| vnd.dong())
        .map_err(|e| PyValueError::new_err(chain(&e)))
}

/// An error and its causes, as one message ("bad number in an amount of money: no number in
/// \"abc\"").
fn chain(error: &dyn std::error::Error) -> String {
    let mut message = error.to_string();
    let mut cause = error.source();
    while let Some(e) = cause {
        message.push_str(": ");
        message.push_str(&e.to_string());
        cause = e.source();
    }
    message
}

/// Every amount of money in `text`, in order, as dicts: `span` (UTF-8 byte offsets),
/// `currency`, `amount` (its `kind`, with `value`, or `min` and `max`, as `decimal.Decimal`),
/// `per` and `ambiguous`.
#[pyfunction]
#[pyo3(signature = (text, lang = "vi"))]
fn scan_money<'py>(py: Python<'py>, text: &str, lang: &str) -> PyResult<Bound<'py, PyList>> {
    let lang = lang_of(Some(lang))?.unwrap_or(Lang::Vi);
    let decimal = decimal_type(py)?;
    let mentions = PyList::empty(py);
    for mention in vncoop::money::scan_money(text, lang) {
        let item = pythonize(py, &mention)?.cast_into::<PyDict>()?;
        if let Some(amount) = item.get_item("amount")? {
            exact(&decimal, amount.cast::<PyDict>()?, &["value", "min", "max"])?;
        }
        mentions.append(item)?;
    }
    Ok(mentions)
}

/// Python's `decimal.Decimal`, looked up once per call.
fn decimal_type(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    py.import("decimal")?.getattr("Decimal")
}

/// Replaces the decimal strings at `keys` in `dict` (serde writes `Decimal` as a string) by
/// values of `decimal`, Python's `decimal.Decimal`.
fn exact(decimal: &Bound<'_, PyAny>, dict: &Bound<'_, PyDict>, keys: &[&str]) -> PyResult<()> {
    for key in keys {
        if let Some(text) = dict.get_item(key)? {
            if !text.is_none() {
                dict.set_item(key, decimal.call1((text,))?)?;
            }
        }
    }
    Ok(())
}

/// The observations of one report and the numbers left out, as plain dicts.
///
/// Each observation has the fields of `Observation` in `facts.jsonl`, with `value` and `max`
/// as `decimal.Decimal` and `text`, the words it was read from. Spans are UTF-8 byte offsets
/// into `text`.
#[pyfunction]
#[pyo3(signature = (text, lang = None, province = None, as_of = None, document = "text"))]
fn extract<'py>(
    py: Python<'py>,
    text: &str,
    lang: Option<&str>,
    province: Option<String>,
    as_of: Option<&Bound<'py, PyAny>>,
    document: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let mut doc = Document::new(document, text);
    if let Some(lang) = lang_of(lang)? {
        doc = doc.lang(lang);
    }
    if let Some(province) = province {
        doc = doc.province(province);
    }
    if let Some(date) = date_of(as_of)? {
        doc = doc.published(date);
    }
    let found = py.detach(|| Extractor::new().extract(&doc));
    let out = pythonize(py, &found)?.cast_into::<PyDict>()?;
    let decimal = decimal_type(py)?;
    if let Some(observations) = out.get_item("observations")? {
        // The dicts pythonize made, in the order of `found.observations`, completed in place.
        for (item, o) in observations.try_iter()?.zip(&found.observations) {
            let item = item?.cast_into::<PyDict>()?;
            exact(&decimal, &item, &["value", "max"])?;
            if !item.contains("max")? {
                item.set_item("max", py.None())?;
            }
            item.set_item("text", text.get(o.provenance.span.clone()))?;
        }
    }
    Ok(out.into_any())
}

/// A pipeline with the hints given.
fn pipeline(
    lang: Option<&str>,
    province: Option<String>,
    as_of: Option<&Bound<'_, PyAny>>,
    threads: usize,
) -> PyResult<Pipeline> {
    let mut pipeline = Pipeline::new().threads(threads);
    if let Some(lang) = lang_of(lang)? {
        pipeline = pipeline.lang(lang);
    }
    if let Some(province) = province {
        pipeline = pipeline.province(province);
    }
    if let Some(date) = date_of(as_of)? {
        pipeline = pipeline.published(date);
    }
    Ok(pipeline)
}

/// Runs `pipeline` over the files and folders in `paths`, without the GIL. Each input that
/// could not be read is a `UserWarning` with its reason; a run where none could be read is an
/// error.
fn run_over(py: Python<'_>, pipeline: &Pipeline, paths: Vec<PathBuf>) -> PyResult<Run> {
    let run = py
        .detach(|| find_inputs(&paths).and_then(|inputs| pipeline.run(&inputs)))
        .map_err(|e| PyOSError::new_err(e.to_string()))?;
    let category = py.get_type::<PyUserWarning>();
    for (name, reason) in run.rejected() {
        let message = CString::new(format!("{name}: not read: {reason}").replace('\0', " "))?;
        PyErr::warn(py, &category, &message, 2)?;
    }
    if run.read() == 0 {
        return Err(PyOSError::new_err(format!(
            "none of the {} inputs could be read",
            run.documents.len()
        )));
    }
    Ok(run)
}

/// The observations of every report under `paths` (files, or folders of `.txt` files),
/// reconciled, as a `pandas.DataFrame` with the columns of `observations.parquet` (or, with
/// `arrow=True`, a `pyarrow.Table`).
#[pyfunction]
#[pyo3(signature = (paths, *, lang = None, province = None, as_of = None, threads = 0, arrow = false))]
#[allow(clippy::too_many_arguments)] // Keyword arguments, as Python callers expect.
fn run<'py>(
    py: Python<'py>,
    paths: Vec<PathBuf>,
    lang: Option<&str>,
    province: Option<String>,
    as_of: Option<&Bound<'py, PyAny>>,
    threads: usize,
    arrow: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let pipeline = pipeline(lang, province, as_of, threads)?;
    let run = run_over(py, &pipeline, paths)?;
    let mut parquet = Vec::new();
    py.detach(|| write_observations_parquet(&run.report, &mut parquet))?;
    let pyarrow = py.import("pyarrow")?;
    let buffer = pyarrow.call_method1("BufferReader", (PyBytes::new(py, &parquet),))?;
    let table = py
        .import("pyarrow.parquet")?
        .call_method1("read_table", (buffer,))?;
    if arrow {
        return Ok(table);
    }
    // pandas holds a Decimal128 value with all nine places ("464.000000000"): the value
    // columns are read from their exact text instead.
    let frame = table.call_method0("to_pandas")?;
    let decimal = decimal_type(py)?;
    let skip_missing = PyDict::new(py);
    skip_missing.set_item("na_action", "ignore")?;
    for column in ["value", "max"] {
        let exact = frame.get_item(format!("{column}_exact"))?;
        frame.set_item(
            column,
            exact.call_method("map", (&decimal,), Some(&skip_missing))?,
        )?;
    }
    Ok(frame)
}

/// Runs over `paths` and writes the report's files into the folder `out` (all or nothing):
/// `formats` among "csv", "facts", "json", "md", "html", "diagnostics", "parquet" (all by
/// default).
/// Returns what became of the run: the files written and the counts of inputs read,
/// observations and numbers left out, and the inputs rejected with their reasons.
#[pyfunction]
#[pyo3(signature = (paths, out, *, formats = None, lang = None, province = None, as_of = None, threads = 0))]
#[allow(clippy::too_many_arguments)] // Keyword arguments, as Python callers expect.
fn write_report<'py>(
    py: Python<'py>,
    paths: Vec<PathBuf>,
    out: PathBuf,
    formats: Option<Vec<String>>,
    lang: Option<&str>,
    province: Option<String>,
    as_of: Option<&Bound<'py, PyAny>>,
    threads: usize,
) -> PyResult<Bound<'py, PyDict>> {
    let formats: Vec<Format> = match formats {
        None => Format::ALL.to_vec(),
        Some(names) => names
            .iter()
            .map(|n| n.parse::<Format>())
            .collect::<Result<_, _>>()
            .map_err(|e| PyValueError::new_err(e.to_string()))?,
    };
    let pipeline = pipeline(lang, province, as_of, threads)?;
    let run = run_over(py, &pipeline, paths)?;
    let files = py.detach(|| write_run(&run, &out, &formats))?;
    let summary = PyDict::new(py);
    summary.set_item("files", files)?;
    summary.set_item("read", run.read())?;
    summary.set_item("observations", run.observations())?;
    summary.set_item("left_out", run.left_out())?;
    summary.set_item("facts", run.report.facts.len())?;
    summary.set_item("rejected", run.rejected().collect::<Vec<_>>())?;
    Ok(summary)
}

/// The `vncoop` Python module.
#[pymodule]
#[pyo3(name = "vncoop")]
fn vncoop_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(parse_vnd, m)?)?;
    m.add_function(wrap_pyfunction!(scan_money, m)?)?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(run, m)?)?;
    m.add_function(wrap_pyfunction!(write_report, m)?)?;
    Ok(())
}
