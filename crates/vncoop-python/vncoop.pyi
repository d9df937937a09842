"""Exact, sourced statistics from reports on Vietnam's collective economy."""

import datetime
import decimal
import os
from typing import Any, Literal, Optional, Sequence, Union, overload

import pandas
import pyarrow

__version__: str

_Date = Union[datetime.date, str]
_Path = Union[str, os.PathLike[str]]

def normalize(text: str) -> str:
    """Text in NFC, with tone marks where modern spelling puts them."""

def parse_vnd(text: str, lang: Optional[str] = None) -> decimal.Decimal:
    """The exact amount in dong of an amount written alone ("1,7 tỷ đồng").

    Raises ValueError when the text is not one amount of dong."""

def scan_money(text: str, lang: str = "vi") -> list[dict[str, Any]]:
    """Every amount of money in the text: span (UTF-8 byte offsets), currency, amount, per."""

def extract(
    text: str,
    lang: Optional[str] = None,
    province: Optional[str] = None,
    as_of: Optional[_Date] = None,
    document: str = "text",
) -> dict[str, Any]:
    """The observations of one report and the numbers left out (`diagnostics`), as dicts."""

@overload
def run(
    paths: Sequence[_Path],
    *,
    lang: Optional[str] = None,
    province: Optional[str] = None,
    as_of: Optional[_Date] = None,
    threads: int = 0,
    arrow: Literal[False] = False,
) -> pandas.DataFrame: ...
@overload
def run(
    paths: Sequence[_Path],
    *,
    lang: Optional[str] = None,
    province: Optional[str] = None,
    as_of: Optional[_Date] = None,
    threads: int = 0,
    arrow: Literal[True],
) -> pyarrow.Table: ...
def write_report(
    paths: Sequence[_Path],
    out: _Path,
    *,
    formats: Optional[Sequence[str]] = None,
    lang: Optional[str] = None,
    province: Optional[str] = None,
    as_of: Optional[_Date] = None,
    threads: int = 0,
) -> dict[str, Any]:
    """Runs over the paths and writes the report's files into `out`, all or nothing."""
