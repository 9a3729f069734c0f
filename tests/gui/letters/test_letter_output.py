"""PDF rendering (offscreen Qt, checked with pdftotext) and the `dossier letter` command on the demo export."""

import hashlib
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from core.letters.context import LetterOptions
from core.letters.draft import draft_letter
from core.platform.paths import demo_export_dir
from gui.start.launcher import main
from tests.core.letters.factory import make_export, make_findings

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is needed")
DEMO = demo_export_dir()


def _pdftotext(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    return " ".join(out.split())


def test_pdf_shows_hostile_strings_as_text_and_has_din_pages(tmp_path, qapp):
    from gui.letters.pdf import render_pdf

    export = make_export(n=7, hostile=True)
    complainant = {"name": "<img src=http://evil.example/p.png>\u202eEvil\x00",
                   "address": "<b>Str. 1</b>\nlone\ud800surrogate\n01067 Dresden", "email": "a@example.org"}
    _, letter = draft_letter(export, make_findings(export), residence="DE-SN", verdicts={}, complainant=complainant,
                             declarations={}, lang="de", options=LetterOptions(today=date(2026, 3, 8)))
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(render_pdf(letter))
    text = _pdftotext(pdf)
    assert "<img src=http://evil.example/p.png>" in text  # literal text, not an image
    assert "<b>Str. 1</b>" in text
    assert "\u202e" not in text and "\x00" not in text
    assert "lone\ufffdsurrogate" in text  # a lone surrogate becomes the replacement character
    assert "Sächsische Datenschutz- und Transparenzbeauftragte" in text
    assert "Seite 1 von" in text and "08.03.2026" in text
    assert b"/URI" not in pdf.read_bytes() and b"/Subtype /Image" not in pdf.read_bytes()


def test_letter_command_on_the_demo_export(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["letter", str(DEMO), "--residence", "DE-SN", "--out", str(out), "--lang", "en"]) == 0
    pdf, txt = out / "letter-complaint-en.pdf", out / "letter-complaint-en.txt"
    text = txt.read_text(encoding="utf-8")
    pdf_text = _pdftotext(pdf)
    alexa_hash = hashlib.sha256((DEMO / "Alexa.zip").read_bytes()).hexdigest()
    for body in (text, pdf_text):
        assert "Sächsische Datenschutz- und Transparenzbeauftragte" in body
    assert alexa_hash in text
    assert "Art. 77(1)" in text and "Art. 15(1), 15(3) and 15(4)" in text and "Art. 5(1)(d)" in text
    assert "Art. 33" in text and "Art. 34" in text
    assert "identified automatically" in text
    printed = capsys.readouterr()
    assert " to " in printed.out
    # the command line names the option that gives each missing fact (the app names its fields instead)
    assert "the date of your access request (--request-date)" in printed.out + printed.err
    bundles = list(out.glob("dossier-evidence-*.zip"))
    assert len(bundles) == 1
    with zipfile.ZipFile(bundles[0]) as zf:
        assert "letter-complaint-en.pdf" in zf.namelist() and "evidence-manifest.json" in zf.namelist()
        assert not [n for n in zf.namelist() if n.endswith(".wav")]


@pytest.mark.parametrize(("lang", "kind", "needle"), [("fr", "complaint", "réclamation au titre de l'article 77"),
                                                       ("de", "access", "Art. 15"),
                                                       ("en", "erasure", "Art. 18"),
                                                       ("de", "breach", "Art. 33 Abs. 5")])
def test_letter_command_languages_and_kinds(tmp_path, lang, kind, needle):
    out = tmp_path / "o"
    assert main(["letter", str(DEMO), "--residence", "DE-SN", "--out", str(out), "--lang", lang, "--kind", kind]) == 0
    text = (out / f"letter-{kind}-{lang}.txt").read_text(encoding="utf-8")
    assert needle in text
    assert (out / f"letter-{kind}-{lang}.pdf").read_bytes().startswith(b"%PDF")


def test_letter_command_errors_are_one_sentence(tmp_path, capsys):
    target = DEMO if DEMO.is_dir() else tmp_path
    assert main(["letter", str(target), "--residence", "DE-XX", "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("dossier: ") and "\n" not in err and "Traceback" not in err


def test_letter_command_refuses_a_letter_with_nothing_to_report(tmp_path, capsys, monkeypatch):
    import core.rules.registry as registry

    monkeypatch.setattr(registry, "run_rules", lambda export, context=None, earlier=None: [])
    assert main(["letter", str(DEMO), "--residence", "AT", "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err.strip()
    assert "nothing to report" in err and "\n" not in err
    assert not (tmp_path / "o").exists()
