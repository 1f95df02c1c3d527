"""Compile the .po catalogues to .mo without needing GNU gettext (uses polib).

Run after editing src/speelveld/locale/*/LC_MESSAGES/django.po; a test checks it was done.
"""

from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent / "src" / "speelveld" / "locale"

for po_path in sorted(ROOT.glob("*/LC_MESSAGES/django.po")):
    po = polib.pofile(str(po_path))
    po.save_as_mofile(str(po_path.with_suffix(".mo")))
    print(f"{po_path.relative_to(ROOT)}: {len(po.translated_entries())} translated")
