class AreaCode:
    """A CBS-style area code (GM0034, WK003401, BU00340101, SD…): letters, then letters/digits."""

    regex = "[A-Za-z]{2}[0-9A-Za-z]{4,8}"

    def to_python(self, value: str) -> str:
        return value.upper()

    def to_url(self, value: str) -> str:
        return value
