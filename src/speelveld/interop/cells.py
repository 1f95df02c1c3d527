"""Reading one spreadsheet cell: dates, numbers, yes/no, lists, headers. No Django models.

Parsers raise :class:`CellError` with a Dutch msgid (marked with ``gettext_noop``) so the caller
can put row and column around it and render it in both languages.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.translation import gettext_noop

# A cell that starts with one of these is a formula to Excel and LibreOffice (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Lists inside a cell: "|" is what exports write; ";" is accepted too. Area codes and external
# ids never hold spaces or commas, so for those commas and whitespace separate as well.
LIST_SEPARATORS = re.compile(r"\s*[|;]\s*")
CODE_SEPARATORS = re.compile(r"[\s|;,]+")
LIST_JOIN = " | "

_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?)?")
_THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3})+")

TRUE_WORDS = frozenset({"ja", "j", "yes", "y", "true", "waar", "1", "x", "wel"})
FALSE_WORDS = frozenset({"nee", "n", "no", "false", "onwaar", "0", "niet", ""})


class CellError(ValueError):
    """A cell that cannot be read; ``msgid`` is a Dutch message with ``%(name)s`` params."""

    def __init__(self, msgid: str, **params: Any) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.params = params


def neutralise(value: str) -> str:
    """Prefix text that a spreadsheet would run as a formula with ``'``.

    Text that already starts with ``'`` gets one more, so :func:`unneutralise` gives back
    exactly what was exported.

    >>> neutralise("=SUM(A1:A9)")
    "'=SUM(A1:A9)"
    >>> neutralise("Buurtfeest")
    'Buurtfeest'
    """
    if value and (value[0] in FORMULA_START or value[0] == "'"):
        return "'" + value
    return value


def unneutralise(value: str) -> str:
    """Undo :func:`neutralise` on import (one leading ``'`` before a formula sign or ``'``)."""
    if len(value) > 1 and value[0] == "'" and (value[1] in FORMULA_START or value[1] == "'"):
        return value[1:]
    return value


def clean_text(value: str) -> str:
    """Strip surrounding whitespace (not tabs or returns inside) and undo neutralisation."""
    value = value.strip(" \u00a0\ufeff")
    return unneutralise(value) if value[:1] == "'" else value


def norm_header(text: str) -> str:
    """Headers compare case-, accent- and punctuation-insensitively: ``Thema's`` = ``themas``."""
    text = unicodedata.normalize("NFKD", text.strip().lstrip("\ufeff"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"['’`]", "", text)
    text = re.sub(r"[^0-9a-z]+", "_", text)
    return text.strip("_")


def norm_label(text: str) -> str:
    """Vocabulary names compare case-insensitively with single spaces."""
    return " ".join(text.casefold().split())


def parse_date(text: str) -> date:
    """ISO ``2024-05-15`` or Dutch ``15-05-2024`` (also with ``/`` or ``.``)."""
    text = text.strip()
    match = _YMD.fullmatch(text)
    parts: tuple[int, int, int] | None = None
    if match:
        parts = (int(match[1]), int(match[2]), int(match[3]))
    else:
        match = _DMY.fullmatch(text)
        if match:
            parts = (int(match[3]), int(match[2]), int(match[1]))
    if parts is None:
        raise CellError(
            gettext_noop("Geen geldige datum: %(value)s. Gebruik jjjj-mm-dd of dd-mm-jjjj.")
        )
    try:
        return date(*parts)
    except ValueError:
        raise CellError(gettext_noop("Deze datum bestaat niet: %(value)s.")) from None


def parse_int(text: str, *, minimum: int | None = 0) -> int:
    """A whole number; ``1.200`` (Dutch thousands) and ``1200.0`` are read as 1200."""
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if _THOUSANDS.fullmatch(text):
        text = text.replace(".", "")
    try:
        number = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise CellError(gettext_noop("Geen geheel getal: %(value)s.")) from None
    if not number.is_finite() or number != number.to_integral_value():
        raise CellError(gettext_noop("Geen geheel getal: %(value)s."))
    if minimum is not None and number < minimum:
        raise CellError(gettext_noop("Het getal moet minstens %(minimum)d zijn."), minimum=minimum)
    return int(number)


def parse_decimal(text: str, *, places: int, maximum: Decimal | None = None) -> Decimal:
    """A number with a decimal comma or point, rounded to ``places`` decimals."""
    text = text.strip().replace(" ", "")
    if "," in text and "." in text:  # 1.234,5 (Dutch) or 1,234.5 (English)
        dutch = text.rfind(",") > text.rfind(".")
        text = text.replace(".", "").replace(",", ".") if dutch else text.replace(",", "")
    try:
        number = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise CellError(gettext_noop("Geen getal: %(value)s.")) from None
    if not number.is_finite():
        raise CellError(gettext_noop("Geen getal: %(value)s."))
    try:
        number = number.quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:
        raise CellError(gettext_noop("Dit getal is te groot: %(value)s.")) from None
    if number < 0:
        raise CellError(gettext_noop("Het getal mag niet negatief zijn."))
    if maximum is not None and number > maximum:
        raise CellError(gettext_noop("Het getal mag hoogstens %(maximum)s zijn."), maximum=maximum)
    return number


def parse_bool(text: str) -> bool:
    """``ja``/``nee`` (also yes/no, true/false, 1/0, x); empty is no."""
    word = text.strip().casefold()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError(gettext_noop("Vul ja of nee in, niet %(value)s."))


def split_list(text: str) -> list[str]:
    """Items of a list cell, separated by ``|`` or ``;``; empty items dropped, order kept."""
    return [item for item in LIST_SEPARATORS.split(text.strip()) if item]


def split_codes(text: str) -> list[str]:
    """Codes or external ids, separated by ``|``, ``;``, ``,`` or whitespace."""
    return [item for item in CODE_SEPARATORS.split(text.strip()) if item]


def cell_text(value: Any) -> str:
    """A spreadsheet value (openpyxl gives numbers, dates, booleans) as the text a CSV holds."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)
