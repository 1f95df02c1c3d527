"""Reading and writing spreadsheet files and cells, without a database."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from speelveld.interop import cells
from speelveld.interop.cells import CellError
from speelveld.interop.columns import ENTITIES, entity_for_headers, entity_for_name
from speelveld.interop.sheets import (
    detect_delimiter,
    detect_encoding,
    read_csv,
    read_xlsx,
    write_csv,
    write_xlsx,
)

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-15", date(2024, 5, 15)),
        ("15-05-2024", date(2024, 5, 15)),
        ("5-1-2024", date(2024, 1, 5)),
        ("15/05/2024", date(2024, 5, 15)),
        ("15.05.2024", date(2024, 5, 15)),
        ("2024-05-15 00:00:00", date(2024, 5, 15)),
    ],
)
def test_dates_iso_and_dutch(text: str, expected: date) -> None:
    assert cells.parse_date(text) == expected


@pytest.mark.parametrize("text", ["31-02-2024", "2024-13-01", "morgen", "05/15/24"])
def test_wrong_dates_are_refused_with_a_message(text: str) -> None:
    with pytest.raises(CellError) as error:
        cells.parse_date(text)
    assert "datum" in error.value.msgid


def test_numbers() -> None:
    assert cells.parse_int("1.200") == 1200
    assert cells.parse_int("40") == 40
    assert cells.parse_int("12.0") == 12
    assert cells.parse_decimal("12,5", places=1) == Decimal("12.5")
    assert cells.parse_decimal("3.25", places=2, maximum=Decimal(4)) == Decimal("3.25")
    for bad in ("veel", "1,5", "-3"):
        with pytest.raises(CellError):
            cells.parse_int(bad)
    with pytest.raises(CellError):
        cells.parse_decimal("5", places=2, maximum=Decimal(4))


def test_yes_no_and_lists() -> None:
    assert cells.parse_bool("Ja") is True
    assert cells.parse_bool("nee") is False
    assert cells.parse_bool("") is False
    with pytest.raises(CellError):
        cells.parse_bool("misschien")
    assert cells.split_list("Welzijn | Participatie;armoede") == [
        "Welzijn",
        "Participatie",
        "armoede",
    ]
    assert cells.split_codes("BU99010101, BU99010102 WK990101|GM9901") == [
        "BU99010101",
        "BU99010102",
        "WK990101",
        "GM9901",
    ]


@pytest.mark.parametrize(
    "value", ["=SUM(A1:A9)", "+31 6 12345678", "-5 graden", "@cmd", "\tx", "\rx"]
)
def test_formulas_are_neutralised_and_come_back_exactly(value: str) -> None:
    written = cells.neutralise(value)
    assert written == "'" + value
    assert cells.unneutralise(written) == value


def test_a_leading_quote_survives_the_round_trip() -> None:
    for value in ("'=x", "'gewoon", "gewoon"):
        assert cells.unneutralise(cells.neutralise(value)) == value


def test_headers_compare_loosely() -> None:
    assert cells.norm_header("Thema's") == "themas"
    assert cells.norm_header("\ufeffExtern_ID ") == "extern_id"
    assert cells.norm_header("Right to Challenge") == "right_to_challenge"


def test_encodings_and_separators_are_detected() -> None:
    assert detect_encoding("é".encode()) == "utf-8"
    assert detect_encoding(b"\xef\xbb\xbfa;b") == "utf-8-sig"
    assert detect_encoding("café".encode("cp1252")) == "cp1252"
    assert detect_delimiter('a;b;"c,d"\n1;2;3') == ";"
    assert detect_delimiter("a,b,c\n") == ","
    assert detect_delimiter("a\tb\n") == "\t"


def test_messy_windows_csv_keeps_excel_row_numbers() -> None:
    table = read_csv(DATA / "activiteiten_messy.csv")
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert table.headers[3] == "Thema's"
    numbers = [number for number, _cells in table.rows]
    # row 7 is empty in Excel; the multi-line cell of row 12 does not shift row 13
    assert numbers == [2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13]
    by_row = dict(table.rows)
    assert by_row[2][2] == 'Elke dinsdag; ook voor nieuwkomers — café "De Hoek"'
    assert by_row[12][2] == "Eerste regel\r\nTweede regel: €5 bijdrage"
    assert by_row[13][1] == "=1+1 kwartier bewegen"


def test_utf8_bom_and_comma() -> None:
    table = read_csv("\ufeffextern_id,naam\r\nx-1,Café\r\n".encode(), name="organisaties")
    assert table.headers == ["extern_id", "naam"]
    assert table.rows == [(2, ["x-1", "Café"])]


def test_csv_written_for_excel_with_neutralised_text() -> None:
    buffer = io.BytesIO()
    write_csv(buffer, ["naam", "bereik", "start"], [["=cmd|' /C calc'!A0", -5, date(2024, 1, 2)]])
    data = buffer.getvalue()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"'=cmd" in data
    assert b";-5;2024-01-02" in data  # a number is not text and needs no escaping
    table = read_csv(data)
    assert table.rows[0][1] == ["=cmd|' /C calc'!A0", "-5", "2024-01-02"]


def test_xlsx_round_trip_never_stores_a_formula() -> None:
    buffer = io.BytesIO()
    rows = [['=HYPERLINK("http://x")', 12, date(2024, 5, 1), Decimal("2.5"), None]]
    write_xlsx(buffer, [("activiteiten", ["titel", "bereik", "start", "uren", "leeg"], rows)])
    sheet = load_workbook(io.BytesIO(buffer.getvalue())).active
    assert sheet is not None
    cell = sheet["A2"]
    assert cell.data_type == "s" and cell.value == '\'=HYPERLINK("http://x")'
    [table] = read_xlsx(buffer.getvalue())
    assert table.rows == [(2, ['=HYPERLINK("http://x")', "12", "2024-05-01", "2.5"])]


def test_entities_are_found_by_file_name_or_headers() -> None:
    assert entity_for_name("activiteiten_messy") is ENTITIES["activities"]
    assert entity_for_name("Organisations") is ENTITIES["organisations"]
    assert entity_for_name("lijst") is None
    assert (
        entity_for_headers(["extern_id", "activiteit", "reden", "uiterlijk"])
        is (ENTITIES["handovers"])
    )


def test_every_entity_has_unique_header_names() -> None:
    for entity in ENTITIES.values():
        names = [name for column in entity.columns for name in column.names()]
        assert len(names) == len(set(names)), entity.key
