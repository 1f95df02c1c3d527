"""The analysis core and the generators import neither Django nor web code."""

import ast
import types
from pathlib import Path

import speelveld

PURE = ["core", "synth", "catalogue/seed_data"]
BANNED = (
    "django",
    "rest_framework",
    "ninja",
    "simple_history",
    "speelveld.places",
    "speelveld.players",
    "speelveld.activities",
    "speelveld.accounts",
    "speelveld.web",
    "speelveld.catalogue.models",
    "speelveld.settings",
)


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_pure_packages_import_no_django() -> None:
    root = Path(speelveld.__file__).parent
    files = [f for p in PURE for f in sorted((root / p).rglob("*.py"))]
    files += [root / f"{p}.py" for p in PURE if (root / f"{p}.py").exists()]
    assert any(f.parent.name == "core" for f in files), "core/ must exist"
    offenders = [
        f"{f.relative_to(root)}: {name}"
        for f in files
        for name in _imports(f)
        if name.startswith(BANNED)
    ]
    assert offenders == []


def test_core_declares_its_public_surface() -> None:
    import speelveld.core as core

    public = {
        name
        for name, value in vars(core).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert set(core.__all__) == public
