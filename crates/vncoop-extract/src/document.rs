//! What goes in (`Document`) and what comes out (`Extraction`).

use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use vncoop_model::Observation;
use vncoop_text::Lang;

/// One report to read.
///
/// ```
/// use chrono::NaiveDate;
/// use vncoop_extract::Document;
/// use vncoop_text::Lang;
/// let doc = Document::new("thai-binh-2023", "Thai Binh province has 464 cooperatives.")
///     .published(NaiveDate::from_ymd_opt(2023, 12, 26).unwrap())
///     .lang(Lang::En);
/// assert_eq!(doc.id, "thai-binh-2023");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// An id the caller chooses; it is copied into every observation's provenance.
    pub id: String,
    /// The text, as read (it is normalized inside; spans refer to this text).
    pub text: String,
    /// Publication (or reference) date: resolves "this year", "up to now" and the province
    /// table in force (before or after the 2025 merger).
    pub published: Option<NaiveDate>,
    /// The language, when known; detected otherwise.
    pub lang: Option<Lang>,
    /// The province the report is about, when known from outside the text (the site it came
    /// from); otherwise found in the text.
    pub province: Option<String>,
}

impl Document {
    /// A document with no hints.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            published: None,
            lang: None,
            province: None,
        }
    }

    /// Sets the publication date.
    #[must_use]
    pub fn published(mut self, date: NaiveDate) -> Self {
        self.published = Some(date);
        self
    }

    /// Sets the language.
    #[must_use]
    pub fn lang(mut self, lang: Lang) -> Self {
        self.lang = Some(lang);
        self
    }

    /// Sets the province.
    #[must_use]
    pub fn province(mut self, name: impl Into<String>) -> Self {
        self.province = Some(name.into());
        self
    }
}

/// Why a number was seen but not reported as an observation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Reason {
    /// No indicator word goes with it ("170 views", "8 training courses").
    NoIndicator,
    /// The sentence is about one named organisation, not the sector.
    SingleOrganisation,
    /// The sentence is about a body outside the collective economy (Farmers' Association...).
    OutsideSector,
    /// A money amount in a currency other than dong.
    NotDong,
    /// A year, a star level or another number that is part of a name or date.
    NotAFigure,
    /// The province hint is not a province.
    UnknownProvince,
    /// The same figure with the same meaning was already reported from an earlier sentence.
    Repeated,
    /// A measure that is no figure of the sector (hectares, tonnes), a count of occasions
    /// ("500 lượt sản phẩm": 500 showings of products), a duration ("sau 10 năm", "after 10
    /// years"), or an ordinal ("the 6th congress").
    Measure,
    /// A count that cannot be one: a fraction of an organisation or person ("1.2 People's
    /// Credit Funds" read from "reached 1.2").
    Implausible,
    /// Digits the number grammar could not read, such as a number too large for an exact
    /// decimal (about 7.9 × 10^28).
    Unreadable,
    /// A figure for a region of several provinces ("vùng Đồng bằng sông Hồng có 7.780 HTX",
    /// "the Mekong Delta"), or for several provinces named together ("Ha Tinh and Quang Binh
    /// together had 1,486 cooperatives"): neither the country's nor a province's.
    Region,
    /// A condition set by law or rule, no count of anything ("a co-operative must have at least
    /// seven members", "koperasi harus memiliki minimal 9 anggota").
    Requirement,
    /// A figure of a district, commune or village the text points back to ("xã này có 17
    /// HTX", "the commune has", "komune ini memiliki") when the map knows no such place named
    /// before it: not the province's.
    Locality,
    /// A term of a proportion, no count: "2/3 số HTX", "two out of three cooperatives",
    /// "dua dari tiga koperasi".
    Ratio,
    /// A bound that sets apart the organisations a count counts, no figure of its own: "the
    /// number of cooperatives with revenue of over VND 1 billion is 120" (1 billion), "số HTX
    /// có doanh thu trên 1 tỷ đồng".
    Threshold,
}

impl Reason {
    /// The reason's name as files write it (`"no_indicator"`), the same as its JSON form.
    ///
    /// ```
    /// use vncoop_extract::Reason;
    /// assert_eq!(Reason::NotAFigure.name(), "not_a_figure");
    /// assert_eq!(Reason::Measure.to_string(), "measure");
    /// ```
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Reason::NoIndicator => "no_indicator",
            Reason::SingleOrganisation => "single_organisation",
            Reason::OutsideSector => "outside_sector",
            Reason::NotDong => "not_dong",
            Reason::NotAFigure => "not_a_figure",
            Reason::UnknownProvince => "unknown_province",
            Reason::Repeated => "repeated",
            Reason::Measure => "measure",
            Reason::Implausible => "implausible",
            Reason::Unreadable => "unreadable",
            Reason::Region => "region",
            Reason::Requirement => "requirement",
            Reason::Locality => "locality",
            Reason::Ratio => "ratio",
            Reason::Threshold => "threshold",
        }
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A number seen but not attributed, or a hint that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Byte span in the document's text.
    pub span: Range<usize>,
    /// The text of the span.
    pub text: String,
    /// Why it was left out.
    pub reason: Reason,
}

impl Diagnostic {
    /// A number at `span` of a document's text, left out for `reason`.
    ///
    /// ```
    /// use vncoop_extract::{Diagnostic, Reason};
    /// let d = Diagnostic::new(3..7, "2023", Reason::NotAFigure);
    /// assert_eq!(d.reason.name(), "not_a_figure");
    /// ```
    #[must_use]
    pub fn new(span: Range<usize>, text: impl Into<String>, reason: Reason) -> Diagnostic {
        Diagnostic {
            span,
            text: text.into(),
            reason,
        }
    }
}

/// The result of reading one document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Extraction {
    /// The language the document was read in.
    pub lang: Option<Lang>,
    /// The reference date used: the publication hint, or the dateline found in the text.
    pub published: Option<NaiveDate>,
    /// The figures found, in text order.
    pub observations: Vec<Observation>,
    /// Every number left out, with the reason.
    pub diagnostics: Vec<Diagnostic>,
}
