"""Run axe-core (installed from the npm registry into the vendor folder) inside a page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import speelveld

AXE = Path(speelveld.__file__).parent / "web" / "vendor" / "vendor" / "axe-core" / "axe.min.js"


def serious_violations(page: Any) -> list[dict[str, Any]]:
    """Violations of impact serious or critical on the current page (WCAG 2.x A/AA rules)."""
    assert AXE.exists(), "run scripts/build-assets"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
        })"""
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"][:3]]}
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
