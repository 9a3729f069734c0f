"""Pseudo-localisation: in the test language ``qps`` every translated text (core gettext and Qt tr) reads
``⟦…⟧`` and is ~30 % longer. The demo is opened offscreen, every page, the import report, the letter flow
and the timeline are visited, and every visible text is collected: a text without markers was never
translated (export data aside), and a label whose text is wider than the label with no wrapping is cut off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextEdit,
    QWidget,
)

from core.platform.paths import demo_export_dir

pytestmark = [pytest.mark.gui]  # ~7 s: in every run, so an untranslated text fails CI

# Texts that are not words of Dossier's: numbers, times, sizes, codes, symbols, the product's name
NEUTRAL = re.compile(r"^[\s\d.,:;·–—−\-+/%()\[\]×…→←↑↓▶⏸■●○✓✗☐☑⚠|#&*'\"„“”‘’<>=?!]*$|^Dossier( \d[\w.]*)?$"
                     r"|^\d[\d.,: ]*(UTC|[kKMG]i?B|s|ms|Hz|km|dBFS|px)?$|^[A-Z]{2}(-[A-Z]{2})?$|^https?://\S+$"
                     r"|^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?( UTC)?$")  # ISO times read the same everywhere
SYSTEM = re.compile(r"^Python \d[\w.]* · \S+ \S+$"  # the About box's platform line
                    r"|^\(?((Shift|Ctrl|Alt|Meta)\+)*(Space|Enter|Esc|Tab|[A-Z0-9]|F\d+)\)?$")  # key names
ALLOWED = {  # names that are the same in every language
    "English", "Deutsch", "Français", "Amazon", "Google", "PDF", "ZIP", "SHA-256", "UTC", "Alexa",
}


@pytest.fixture
def pseudo_window(qtbot, tmp_path, monkeypatch) -> Iterator[QWidget]:
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path / "appdata"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    from gui.dialogs import messages
    from gui.i18n import install_translators
    from gui.main_window import MainWindow
    from gui.start.settings import Settings

    monkeypatch.setattr(messages, "DIALOGS_ENABLED", False)
    app = QApplication.instance()
    assert install_translators(app, "qps") == "qps"
    win = MainWindow(Settings(QSettings(str(tmp_path / "dossier.ini"), QSettings.Format.IniFormat)),
                     embed_optional=True)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.close_export()
    win.tasks.wait()
    install_translators(app, "en")


def export_words(window) -> set[str]:
    """Every text value of the open export (titles, names, transcripts, file names): export data, not Dossier's."""
    export = window.result.export
    words: set[str] = {f.name for f in export.files}
    for name in ("purchases", "searches", "recordings", "devices"):
        frame = export.table(name)
        for column in frame.columns:
            if frame[column].dtype == object:
                words.update(str(v) for v in frame[column].dropna().unique().tolist())
    words.update(export.account.names)
    words.update(export.account.addresses)
    words.update(f.member for f in export.report.files)
    words.add(demo_export_dir().name)  # the File ▸ Recent entry
    words.update(directory_words())
    return {w.strip() for w in words if w and str(w).strip()}


def directory_words() -> set[str]:
    """The authority directory's addresses, e-mail addresses and web forms: data, the same in every language."""
    from core.letters.authorities import authorities

    words: set[str] = set()
    for authority in authorities().values():
        for channel in authority.sending.channels:
            words.update(w for w in (channel.address, channel.note) if w)
    return words


def visible_texts(root: QWidget) -> Iterator[tuple[str, QWidget, str]]:
    """(kind, widget, text) for every text a person can see in ``root`` (and tooltips)."""
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root.window()) and w is not root:
            continue
        if w.toolTip():
            yield "tooltip", w, re.sub(r"<[^>]+>", "", w.toolTip())
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            yield "label", w, re.sub(r"<[^>]+>", "", w.text())
        elif isinstance(w, QAbstractButton) and w.text():
            yield "button", w, w.text()
        elif isinstance(w, QGroupBox) and w.title():
            yield "group", w, w.title()
        elif isinstance(w, QLineEdit) and w.placeholderText():
            yield "placeholder", w, w.placeholderText()
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield "tab", w, w.tabText(i)
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield "combo item", w, w.itemText(i)
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            for section in range(model.columnCount()):
                yield "header", w, str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if model.columnCount() == 1:  # lists of Dossier's own items (finding groups); tables hold export data
                for row in range(min(model.rowCount(), 30)):
                    yield "item", w, str(model.index(row, 0).data() or "")
        elif isinstance(w, QTextEdit) and w.isReadOnly() and w.toPlainText():
            yield "text", w, w.toPlainText()
        if hasattr(w, "figure"):  # matplotlib canvases: titles, axis labels and tick labels
            for axes in w.figure.axes:
                for text in [axes.get_title(), axes.get_xlabel(), axes.get_ylabel()]:
                    yield "axis", w, text
                for tick in [*axes.get_xticklabels(), *axes.get_yticklabels()]:
                    yield "axis tick", w, tick.get_text()


def untranslated(texts: Iterator[tuple[str, QWidget, str]], data: set[str]) -> list[str]:
    found = []
    for kind, widget, text in texts:
        for part in re.split(r"\n+", unmarked(text)):
            part = part.strip()
            if not part or NEUTRAL.match(part) or part in ALLOWED or SYSTEM.match(part):
                continue
            if part in data or any(part.strip('"„“') == d for d in data) or _only_data(part, data):
                continue
            found.append(f"{kind} in {type(widget).__name__} {widget.objectName()!r}: {part[:90]!r}")
    return sorted(set(found))


def unmarked(text: str) -> str:
    """``text`` without its marked (translated) parts; marks nest where a translation holds another."""
    while True:
        inner = re.sub(r"⟦[^⟦⟧]*⟧", "", text)
        if inner == text:
            return text
        text = inner


def _only_data(text: str, data: set[str]) -> bool:
    """Export values joined by separators ("Echo · Küche") count as data; so does what a numbered sending step
    names after its translated channel ("1. ⟦E-Mail⟧: post@…" leaves "1. : post@….")."""
    step = re.fullmatch(r"\d+\.\s*:\s*(.+?)\.?", text)
    if step and (step.group(1) in data or all(p in data for p in step.group(1).split(" — "))):
        return True
    pieces = [p.strip() for p in re.split(r" · |, | — ", text) if p.strip()]
    return bool(pieces) and all(p in data or NEUTRAL.match(p) for p in pieces)


def cut_off(root: QWidget) -> list[str]:
    """Labels with no wrapping whose text needs more width than they have."""
    cut = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or label.wordWrap() or not label.text() or not label.pixmap().isNull():
            continue
        if label.width() > 0 and label.sizeHint().width() > label.width() + 1:
            cut.append(f"label {label.text()[:60]!r}: needs {label.sizeHint().width()} px, has {label.width()}")
    return cut


def dialog_problems(name: str, dialog: QWidget, data: set[str], skip: tuple[QWidget, ...] = ()) -> list[str]:
    dialog.show()
    QApplication.processEvents()
    texts = ((k, w, t) for k, w, t in visible_texts(dialog) if not any(w is s or s.isAncestorOf(w) for s in skip))
    found = [f"[{name}] {p}" for p in untranslated(texts, data)] + [f"[{name}] {p}" for p in cut_off(dialog)]
    found += [f"[{name}] window title {dialog.windowTitle()!r}" for _ in [0]
              if dialog.windowTitle() and "⟦" not in dialog.windowTitle()]
    dialog.close()
    return found


def word_cells(window) -> list[str]:
    """Table columns whose values are words (kind, status, time source, list): shown translated."""
    from PySide6.QtWidgets import QTableView

    found = []
    for view in window.explore.findChildren(QTableView):
        model = view.model()
        columns = getattr(model, "columns", None) or getattr(getattr(model, "sourceModel", lambda: None)(),
                                                                "columns", [])
        for col, spec in enumerate(columns):
            if spec.kind != "word":
                continue
            for row in range(min(model.rowCount(), 50)):
                text = str(model.index(row, col).data() or "")
                if text and "⟦" not in text:
                    found.append(f"[table] {spec.key} value {text!r}")
    return sorted(set(found))


def test_every_visible_text_is_translated_and_fits(pseudo_window, qtbot, tmp_path) -> None:
    from gui.dialogs import messages
    from gui.dialogs.about import AboutDialog, FirstRunDialog
    from gui.dialogs.report_dialog import ImportReportDialog
    from gui.letters.editor import LetterDialog

    window = pseudo_window
    problems = [f"[welcome] {p}" for p in untranslated(visible_texts(window), set())]
    problems += dialog_problems("about", AboutDialog(window), set())
    problems += dialog_problems("first run", FirstRunDialog(window), set())
    bad = tmp_path / "not-an-export.zip"
    bad.write_bytes(b"this is not a zip archive")
    window.open_paths([str(bad)], remember=False)
    qtbot.waitUntil(lambda: window.last_error is not None, timeout=30000)
    qtbot.wait(50)
    problems += [f"[refused] {p}" for p in untranslated(visible_texts(window), set())]
    problems += [f"[message] {part!r}" for title, text in messages.shown for part in (title, text)
                 if part and "⟦" not in part]
    window.open_paths([str(demo_export_dir())])
    qtbot.waitUntil(lambda: window.export_ready(), timeout=60000)
    qtbot.waitUntil(lambda: bool(window.result.findings), timeout=60000)
    data = export_words(window)
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        qtbot.wait(200)
        page = window.pages.tabText(index)
        problems += [f"[{page}] {p}" for p in untranslated(visible_texts(window), data)]
        problems += [f"[{page}] {p}" for p in cut_off(window)]
    for table in ("purchases", "searches", "recordings", "devices"):
        window.show_table(table)
        qtbot.wait(50)
        problems += [f"[{table}] {p}" for p in untranslated(visible_texts(window), data)]
    problems += word_cells(window)
    for menu in window.menuBar().findChildren(QMenu):
        problems += [f"[menu] {a.text()!r}" for a in menu.actions() if a.text() and "⟦" not in a.text()
                     and a.text() not in data | ALLOWED]
    problems += dialog_problems("import report", ImportReportDialog(window.result.export.report, window), data)
    window.result.case.set_declaration("residence", "DE-SN")
    window.draft_letter()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LetterDialog) and w.isVisible())
    qtbot.wait(200)
    # the letter itself is in the letter's language (its own catalog); the residence and authority lists show
    # place and authority names from the letters' tables (English, German, French; core.letters.i18n)
    problems += dialog_problems("letter", dialog, data, skip=(dialog.preview, dialog.residence, dialog.authority))
    assert not problems, f"{len(problems)} texts without translation markers or cut off:\n" + "\n".join(problems)
