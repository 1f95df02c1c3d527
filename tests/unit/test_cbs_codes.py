import pytest

from speelveld.core.cbs import CodeProblem, Level, check_parent, parent_code, parse_code


@pytest.mark.parametrize(
    ("code", "level", "parent"),
    [
        ("GM0034", Level.GEMEENTE, None),
        ("WK003401", Level.WIJK, "GM0034"),
        ("BU00340101", Level.BUURT, "WK003401"),
        (" BU0034A1B2 ", Level.BUURT, "WK0034A1"),  # padded keys; letters in wijk/buurt parts
        ("SD003401", Level.STADSDEEL, "GM0034"),
    ],
)
def test_parse_derives_level_and_parent(code: str, level: Level, parent: str | None) -> None:
    parsed = parse_code(code)
    assert parsed is not None
    assert parsed.level is level
    assert parsed.parent == parent
    assert parsed.gemeente == "GM0034"


@pytest.mark.parametrize(
    "code", ["", "GM34", "GM00345", "WK0034", "BU003401", "XX00340101", "GMABCD", "BU0034010"]
)
def test_parse_refuses_bad_formats(code: str) -> None:
    assert parse_code(code) is None
    assert parent_code(code) is None


def test_check_parent_reports_each_problem() -> None:
    assert check_parent("BU00340101", "buurt", "WK003401", "wijk") is None
    assert check_parent("BU0034010", "buurt", "WK003401", "wijk") is CodeProblem.FORMAT
    assert check_parent("WK003401", "buurt", "WK003401", "wijk") is CodeProblem.LEVEL_MISMATCH
    assert check_parent("BU00340101", "buurt", "WK003402", "wijk") is CodeProblem.PARENT_MISMATCH
    assert check_parent("BU00340101", "buurt", None, None) is CodeProblem.PARENT_MISMATCH
    assert check_parent("BU00340101", "buurt", "GM0034", "gemeente") is CodeProblem.PARENT_LEVEL
    assert check_parent("WK003401", "wijk", "GM0035", "gemeente") is CodeProblem.PARENT_MISMATCH
    assert check_parent("GM0034", "gemeente", None, None) is None
    # a wijk may hang under a stadsdeel of its own gemeente, not of another one
    assert check_parent("WK003401", "wijk", "SD003401", "stadsdeel") is None
    assert check_parent("WK003401", "wijk", "SD003501", "stadsdeel") is CodeProblem.PARENT_MISMATCH
