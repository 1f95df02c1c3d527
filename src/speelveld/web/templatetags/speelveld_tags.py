from typing import Any

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from speelveld.i18n import localized

register = template.Library()


@register.filter
def tr(obj: Any, field: str) -> str:
    """English text of a bilingual field on English pages: {{ role|tr:"summary" }}."""
    return localized(obj, field)


@register.simple_tag
def map_shapes(shapes: list[Any], highlight: str) -> SafeString:
    """The map's paths and labels, built in Python: a template loop over 500 buurten is slow."""
    paths = format_html_join(
        "\n",
        '<a href="{}" aria-label="{}: {}"><path d="{}" fill="{}"{}><title>{} — {}</title>'
        "</path></a>",
        (
            (s.url, s.name, s.label, s.path, s.fill,
             mark_safe(' class="highlight"') if s.code == highlight else "", s.name, s.label)  # noqa: S308 - a constant
            for s in shapes
        ),
    )  # fmt: skip
    labels = format_html_join(
        "",
        '<text x="{}" y="{}" class="maplabel" aria-hidden="true">{}</text>',
        ((f"{s.cx:.1f}", f"{s.cy:.1f}", _short(s.value)) for s in shapes),
    )
    return format_html("{}\n{}", paths, labels)


def _short(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


@register.simple_tag
def matrix_cells(matrix: Any, row: dict[str, Any]) -> SafeString:
    """One matrix row's cells with their click-through links (built in Python for speed)."""
    param = f"rol={row['url_key']}" if matrix.by == "role" else f"organisatie={row['key']}"
    cells = []
    for key, n in row["pairs"]:
        heat = "heat5" if n >= 5 else "heat3" if n >= 3 else "heat1" if n else ""
        if n:
            cells.append(
                format_html(
                    '<td class="num {}"><a href="?{}&amp;thema={}#activiteiten" '
                    'aria-label="{}: {}">{}</a></td>',
                    heat, param, key, n, row["label"], n,
                )
            )  # fmt: skip
        else:
            cells.append(mark_safe('<td class="num"></td>'))  # noqa: S308 - a constant
    return mark_safe("".join(cells))  # noqa: S308 - each part is escaped above
