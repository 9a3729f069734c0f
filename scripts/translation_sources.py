"""The Python files whose ``self.tr()``/``translate()`` texts make the Qt catalogues: the GUI, and the rule and vendor
texts that live in core. One list for ``scripts/update_translations.sh`` (it prints them) and the test that the
committed catalogue holds every text (``tests/gui/test_i18n_and_case.py``)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def translation_sources(root: Path = ROOT) -> list[Path]:
    """``gui/``, ``core/rules/`` and the vendors' top-level modules, without ``__init__.py`` but for each vendor's."""
    files = [p for top in ("gui", "core/rules") for p in (root / top).rglob("*.py") if p.name != "__init__.py"]
    vendors = root / "core" / "vendors"
    files += [p for p in vendors.glob("*.py") if p.name != "__init__.py"]
    return sorted(files) + sorted(vendors.glob("*/__init__.py"))


if __name__ == "__main__":
    print("\n".join(str(p.relative_to(ROOT)) for p in translation_sources()))
