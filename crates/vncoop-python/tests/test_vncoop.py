"""The Python bindings, against an installed wheel."""

import datetime
import unicodedata
import warnings
from decimal import Decimal
from pathlib import Path

import pyarrow
import pytest

import vncoop

SAMPLE = Path(__file__).resolve().parents[3] / "examples" / "data"
SENTENCE = "Năm 2023, tỉnh có 464 HTX với 570.286 thành viên."


def test_normalize_places_tone_marks_and_composes():
    assert vncoop.normalize("Hoà Bình") == "Hòa Bình"
    decomposed = unicodedata.normalize("NFD", "Hợp tác xã")
    assert vncoop.normalize(decomposed) == "Hợp tác xã"


def test_parse_vnd_is_exact():
    assert vncoop.parse_vnd("1,7 tỷ đồng") == Decimal("1700000000")
    assert vncoop.parse_vnd("VND 12 billion", lang="en") == Decimal("12000000000")
    assert vncoop.parse_vnd("80 miliar dong", lang="id") == Decimal("80000000000")


def test_parse_vnd_rejects_what_is_not_one_amount():
    with pytest.raises(ValueError):
        vncoop.parse_vnd("464 hợp tác xã")
    with pytest.raises(ValueError, match="xx"):
        vncoop.parse_vnd("1 tỷ đồng", lang="xx")


def test_scan_money_finds_every_amount_with_its_span():
    text = "doanh thu 3,825 tỷ đồng, thu nhập 5-8 triệu đồng/người/tháng"
    found = vncoop.scan_money(text)
    assert [m["currency"] for m in found] == ["VND", "VND"]
    assert found[0]["amount"] == {"kind": "exact", "value": Decimal("3825000000")}
    assert found[1]["amount"]["min"] == Decimal("5000000")
    assert found[1]["amount"]["max"] == Decimal("8000000")
    assert found[1]["per"] == ["person", "month"]
    raw = text.encode()
    span = found[0]["span"]
    assert raw[span["start"]:span["end"]].decode().startswith("3,825")


def test_extract_reads_figures_with_provenance():
    found = vncoop.extract(SENTENCE, province="Hà Nội")
    assert found["lang"] == "vi"
    got = {o["indicator"]: o for o in found["observations"]}
    assert got["cooperatives"]["value"] == Decimal("464")
    assert got["members"]["value"] == Decimal("570286")
    assert got["members"]["text"] == "570.286"
    assert got["cooperatives"]["period"] == "2023"
    assert got["cooperatives"]["area"]["code"] == "01"
    provenance = got["cooperatives"]["provenance"]
    assert provenance["document"] == "text"
    assert provenance["rule"]
    span = provenance["span"]
    assert SENTENCE.encode()[span["start"]:span["end"]] == b"464"
    # The year is a number too: it is left out, and said so.
    assert [(d["text"], d["reason"]) for d in found["diagnostics"]] == [("2023", "not_a_figure")]


def test_extract_takes_hints():
    text = "The province has 464 cooperatives this year."
    by_date = vncoop.extract(text, lang="en", as_of=datetime.date(2024, 5, 1))
    by_text = vncoop.extract(text, lang="en", as_of="2024-05-01")
    assert by_date == by_text
    assert by_date["published"] == "2024-05-01"
    assert by_date["observations"][0]["period"] == "2024"
    with pytest.raises(ValueError):
        vncoop.extract(text, as_of="May 2024")
    with pytest.raises(ValueError):
        vncoop.extract(text, lang="fr")


def test_extract_indonesian():
    found = vncoop.extract("Pada tahun 2023 terdapat 18.930 anggota koperasi.", lang="id")
    assert [(o["indicator"], o["value"]) for o in found["observations"]] == [
        ("members", Decimal("18930"))
    ]


def test_run_gives_a_typed_dataframe():
    frame = vncoop.run([SAMPLE])
    assert len(frame) > 20
    for column in ["indicator", "value", "unit", "area_code", "period_start", "document", "rule", "evidence"]:
        assert column in frame.columns
    assert all(isinstance(v, Decimal) for v in frame["value"])
    codes = frame["area_code"].dropna()
    assert len(codes) and all(isinstance(c, str) for c in codes)
    starts = frame["period_start"].dropna()
    assert len(starts) and all(isinstance(d, datetime.date) for d in starts)
    assert set(frame["document"].astype(str)) <= {p.name for p in SAMPLE.glob("*.txt")}


def test_run_one_thread_equals_many():
    one = vncoop.run([SAMPLE], threads=1)
    two = vncoop.run([SAMPLE], threads=2)
    assert one.astype(str).equals(two.astype(str))


def test_run_as_arrow_keeps_exact_types():
    table = vncoop.run([SAMPLE], arrow=True)
    assert isinstance(table, pyarrow.Table)
    assert table.schema.field("value").type == pyarrow.decimal128(38, 9)
    assert table.schema.field("period_start").type == pyarrow.date32()


def test_run_warns_for_each_input_not_read(tmp_path):
    (tmp_path / "good.txt").write_text("In 2023 the province had 464 cooperatives.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 64)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = vncoop.run([tmp_path])
    assert [str(w.message).split(":")[0] for w in caught] == ["binary.txt"]
    assert list(frame["value"]) == [Decimal("464")]


def test_run_fails_on_a_missing_path_or_nothing_readable(tmp_path):
    with pytest.raises(OSError):
        vncoop.run([tmp_path / "missing"])
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 64)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(OSError, match="none of the 1 inputs"):
            vncoop.run([tmp_path])


def test_write_report_writes_every_file(tmp_path):
    out = tmp_path / "report"
    summary = vncoop.write_report([SAMPLE], out, formats=["csv", "diagnostics", "parquet"])
    assert summary["files"] == [
        "observations.csv",
        "diagnostics.csv",
        "observations.parquet",
        "facts.parquet",
        "diagnostics.parquet",
    ]
    assert all((out / name).is_file() for name in summary["files"])
    assert summary["read"] == len(list(SAMPLE.glob("*.txt")))
    assert summary["observations"] > 0 and summary["left_out"] > 0
    assert summary["rejected"] == []
    with pytest.raises(ValueError, match="pdf"):
        vncoop.write_report([SAMPLE], out, formats=["pdf"])
