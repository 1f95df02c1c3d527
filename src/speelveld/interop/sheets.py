"""Spreadsheet files in and out: CSV (encoding and separator detected) and XLSX. No models.

Rows keep the number the user sees in Excel (the header is row 1), so every problem can point at
the right line even when the file has empty lines or cells with line breaks.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from speelveld.interop.cells import cell_text, clean_text, neutralise

DELIMITERS = (";", ",", "\t")
UTF8_BOM = b"\xef\xbb\xbf"


@dataclass
class Table:
    """One sheet or CSV file: its headers and its non-empty rows with their row numbers."""

    name: str
    headers: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""

    def __len__(self) -> int:
        return len(self.rows)


class SheetError(ValueError):
    """The file cannot be read as a spreadsheet at all."""


def detect_encoding(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text") or Windows-1252."""
    if data.startswith(UTF8_BOM):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        # Not UTF-8: Excel on Windows saves "CSV (gescheiden door lijstscheidingsteken)" in
        # Windows-1252. Its five undefined bytes are kept as Latin-1 (see decode_text).
        return "cp1252"
    return "utf-8"


def decode_text(data: bytes, encoding: str) -> str:
    if encoding != "cp1252":
        return data.decode(encoding)
    return "".join(
        chunk.decode("cp1252", errors="strict") if ok else chunk.decode("latin-1")
        for ok, chunk in _cp1252_runs(data)
    )


def _cp1252_runs(data: bytes) -> Iterable[tuple[bool, bytes]]:
    undefined = {0x81, 0x8D, 0x8F, 0x90, 0x9D}
    start = 0
    for i, byte in enumerate(data):
        if byte in undefined:
            if i > start:
                yield True, data[start:i]
            yield False, data[i : i + 1]
            start = i + 1
    if start < len(data):
        yield True, data[start:]


def detect_delimiter(text: str) -> str:
    """The separator used in the header line: ``;`` (Dutch Excel), ``,`` or tab."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts: dict[str, int] = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(source: Path | bytes, *, name: str = "") -> Table:
    """Read a CSV file, detecting its encoding and separator."""
    data = source.read_bytes() if isinstance(source, Path) else source
    encoding = detect_encoding(data)
    text = decode_text(data, encoding)
    delimiter = detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    table: Table | None = None
    for number, record in enumerate(reader, start=1):
        cells = [clean_text(c) for c in record]
        if table is None:
            if not any(cells):
                continue
            table = Table(
                name=name or (source.stem if isinstance(source, Path) else ""),
                headers=cells,
                encoding=encoding,
                delimiter=delimiter,
            )
            header_row = number
            continue
        if any(cells):
            table.rows.append((number - header_row + 1, cells))
    if table is None:
        raise SheetError("empty")
    return table


def read_xlsx(source: Path | bytes) -> list[Table]:
    """Read every sheet of a workbook (values, not formulas)."""
    stream: Path | IO[bytes] = source if isinstance(source, Path) else io.BytesIO(source)
    try:
        workbook = load_workbook(stream, read_only=True, data_only=True)
    except (OSError, KeyError, ValueError) as error:  # not a zip, or not a workbook
        raise SheetError(str(error)) from error
    tables = []
    try:
        for sheet in workbook.worksheets:
            table: Table | None = None
            header_row = 1
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [clean_text(cell_text(v)) for v in values]
                while cells and not cells[-1]:
                    cells.pop()
                if table is None:
                    if cells:
                        table = Table(name=sheet.title, headers=cells, encoding="xlsx")
                        header_row = number
                    continue
                if cells:
                    # row numbers as Excel shows them when the header is on row 1
                    table.rows.append((number - header_row + 1, cells))
            if table is not None:
                tables.append(table)
    finally:
        workbook.close()
    return tables


Cell = str | int | Decimal | date | None


def _csv_value(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_csv(
    out: IO[bytes], headers: Sequence[str], rows: Iterable[Sequence[Cell]], *, delimiter: str = ";"
) -> int:
    """Write UTF-8 with a BOM (so Excel reads the accents) and ``;`` (Dutch Excel's separator).

    Text that a spreadsheet would run as a formula is neutralised; numbers and dates are not
    text and need no escaping."""
    wrapper = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=True)
    writer = csv.writer(wrapper, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    count = 0
    for row in rows:
        writer.writerow([_csv_value(v) for v in row])
        count += 1
    wrapper.flush()
    wrapper.detach()
    return count


def _xlsx_value(value: Cell) -> Any:
    if isinstance(value, str):
        # openpyxl would store "=..." as a formula; control characters are illegal in XLSX
        return ILLEGAL_CHARACTERS_RE.sub("", neutralise(value))
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    return value


def write_xlsx(
    out: IO[bytes], sheets: Iterable[tuple[str, Sequence[str], Iterable[Sequence[Cell]]]]
) -> int:
    """Write one sheet per ``(name, headers, rows)``; text neutralised, dates as dates."""
    workbook = Workbook(write_only=True)
    count = 0
    for name, headers, rows in sheets:
        sheet = workbook.create_sheet(title=name[:31])
        sheet.append(list(headers))
        for row in rows:
            sheet.append([_xlsx_value(v) for v in row])
            count += 1
    workbook.save(out)
    return count
