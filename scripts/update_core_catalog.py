"""Collect core's translatable texts into resources/locale/<lang>/LC_MESSAGES/dossier.po (keeping translations).

    .venv/bin/python scripts/update_core_catalog.py          # refresh every catalog
    .venv/bin/python scripts/update_core_catalog.py --check  # exit 1 if a text is missing or untranslated

Texts are the string literals in ``_()``, ``N_()`` and ``ngettext()`` calls under ``core/``. A new language:
``mkdir -p resources/locale/xx/LC_MESSAGES``, copy ``de``'s dossier.po there, translate every msgstr.
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.i18n import DOMAIN, locale_dir, read_po  # noqa: E402
from core.letters.channels import Sending  # noqa: E402

Message = tuple[str, str | None]  # (msgid, msgid_plural)


def collect(root: Path = ROOT / "core") -> dict[Message, list[str]]:
    """Every marked text under ``root`` with the places it is used (``core/rules/x.py:12``)."""
    found: dict[Message, list[str]] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            where = f"{path.relative_to(ROOT)}:{node.lineno}"
            if node.func.id in ("_", "N_") and len(texts) == 1:
                found.setdefault((texts[0], None), []).append(where)
            elif node.func.id == "ngettext" and len(texts) == 2:
                found.setdefault((texts[0], texts[1]), []).append(where)
    controllers = json.loads((ROOT / "resources" / "controllers.json").read_text(encoding="utf-8"))["controllers"]
    for key, controller in controllers.items():  # shown as the reason for the lead authority
        found.setdefault((controller["lead_reason"], None), []).append(f"resources/controllers.json:{key}")
    authorities = json.loads((ROOT / "resources" / "authorities.json").read_text(encoding="utf-8"))["authorities"]
    for authority in authorities:  # how to send a complaint: shown in the user's language (core.letters.channels)
        for text in Sending.from_json(authority.get("sending")).words():
            found.setdefault((text, None), []).append(f"resources/authorities.json:{authority['slug']}")
    for path in (ROOT / "gui" / "letters" / "cli.py",):  # dossier letter's own lines (core's words, no Qt)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "core_text" \
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
                found.setdefault((node.args[0].value, None), []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def quote(text: str) -> str:
    body = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{body}"'


def write_po(path: Path, messages: dict[Message, list[str]], language: str) -> tuple[int, int]:
    """Write the catalog; returns (texts, untranslated)."""
    old = read_po(path) if path.is_file() else {}
    lines = [f"# Dossier's core texts in {language}. Collected by scripts/update_core_catalog.py.",
             'msgid ""', 'msgstr ""', quote("Content-Type: text/plain; charset=UTF-8\n"),
             quote(f"Language: {language}\n"), quote("Plural-Forms: nplurals=2; plural=(n != 1);\n"), ""]
    missing = 0
    for (msgid, plural), places in sorted(messages.items()):
        lines += [f"#: {' '.join(places[:3])}", f"msgid {quote(msgid)}"]
        before = old.get(msgid)
        if plural is None:
            text = before if isinstance(before, str) else ""
            missing += not text
            lines.append(f"msgstr {quote(text)}")
        else:
            forms = before if isinstance(before, list) and len(before) == 2 else ["", ""]
            missing += not all(forms)
            lines += [f"msgid_plural {quote(plural)}", f"msgstr[0] {quote(forms[0])}", f"msgstr[1] {quote(forms[1])}"]
        lines.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    return len(messages), missing


def main(argv: list[str]) -> int:
    messages = collect()
    failed = False
    for folder in sorted(p for p in locale_dir().iterdir() if p.is_dir()):
        path = folder / "LC_MESSAGES" / f"{DOMAIN}.po"
        if "--check" in argv:
            catalog = read_po(path)
            missing = [m for m, p in messages if not catalog.get(m) or
                       (p is not None and not all(catalog[m]))]
            print(f"{folder.name}: {len(messages)} texts, {len(missing)} untranslated")
            failed = failed or bool(missing)
        else:
            total, missing_count = write_po(path, messages, folder.name)
            print(f"{folder.name}: {total} texts, {missing_count} untranslated")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
