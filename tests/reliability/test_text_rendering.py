"""Table T of reliability.md §8.2: export strings are shown and written literally — never as markup, maths
or reordered text — and nothing they name is fetched (a loopback listener sees no request)."""

from __future__ import annotations

import os
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from tests.reliability.helpers import PYTHON, ROOT, child_env
from tests.reliability.test_audio_inputs import _connections, _listener
from tests.synth.layouts import gen_a
from tests.synth.spec import Clip, Device, Order, Search, Spec

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def hostile_strings(port: int) -> list[str]:
    url = f"http://127.0.0.1:{port}"
    return [
        f'<b>Echo Dot</b><img src="{url}/pixel.png"><a href="{url}/claim">Click to claim refund</a>',
        "Evil $\\foo{x}$ name, Price $5 and $10",
        "invoice\u202egpj.exe\u200b \u2066isolated\u2069",
        "e\u0301" + "\u0301" * 300 + " combining flood",
        '<font color="red">red</font><img src="' + url + '/font.png">' + "<table>" * 1000,
        "NUL\x00VT\x0bBEL\x07 end",
    ]


def hostile_export(dest: Path, port: int) -> Path:
    texts = hostile_strings(port)
    spec = Spec(owner=texts[0], address=texts[4][:200], export_time=datetime(2018, 8, 14, 9, 30))
    for n, text in enumerate(texts):
        when = datetime(2017, 3, 1 + n, 10, 0, 0)
        spec.orders.append(Order(order_id=f"302-000000{n}-1234567", time=when, title=text, total="11.90",
                                 unit_price="10.00", unit_tax="1.90", subtotal="10.00", subtotal_tax="1.90",
                                 address=texts[0], ship_time=when))
        spec.searches.append(Search(time=when, keywords=text, query_string=f"k={n}"))
    spec.devices.append(Device("G000HTML00000001", texts[0], "Echo", datetime(2016, 11, 5)))
    for n in range(2):
        when = datetime(2018, 5, 2 + n, 7, 30, n)
        spec.clips.append(Clip(file=f"Voice/{when:%Y-%m-%dT%H-%M-%S}_0000000{n}.wav", text="Alexa, stopp.",
                               voice="de+m3", time=when, device_name=texts[n], device_serial=f"G090HTML0000000{n}",
                               response=texts[2 + n]))
    dest.mkdir(parents=True, exist_ok=True)
    gen_a(spec, dest, index="csv")
    return dest


@pytest.mark.gui
def test_t01_t02_t03_main_window_shows_hostile_strings_literally_and_fetches_nothing(qtbot, tmp_path,
                                                                                     monkeypatch) -> None:
    monkeypatch.setenv("DOSSIER_DATA_DIR", str(tmp_path / "appdata"))
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication, QLabel

    from gui.dialogs import messages
    from gui.main_window import MainWindow
    from gui.start.settings import Settings

    monkeypatch.setattr(messages, "DIALOGS_ENABLED", False)
    listener, port = _listener(25)
    try:
        export = hostile_export(tmp_path / "export", port)
        window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.open_paths([str(export)])
        qtbot.waitUntil(lambda: window.export_ready(), timeout=60000)
        assert window.result is not None
        for name in ("purchases", "searches", "devices"):  # every page painted with the hostile rows
            window.show_table(name)
            qtbot.wait(50)
            window.grab()
        window.pages.setCurrentWidget(window.overview)
        window.grab()
        window.pages.setCurrentWidget(window.review)
        window.grab()

        labels = [w for top in QApplication.topLevelWidgets() for w in top.findChildren(QLabel)]
        risky = [label for label in labels if "<b>Echo" in label.text() or "<img" in label.text()]
        rich = [label.objectName() or label.text()[:60] for label in risky
                if label.textFormat() != Qt.TextFormat.PlainText]
        assert rich == [], f"export text shown as rich text: {rich}"
        print(f"labels holding export markup: {len(risky)} (all plain text)")

        model = window.explore.tables["purchases"].model
        title_col = next(i for i, c in enumerate(model.columns) if c.key == "title")
        shown = [model.data(model.index(r, title_col), Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())]
        tips = [model.data(model.index(r, title_col), Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
        assert any("<b>Echo Dot</b>" in str(s) for s in shown)  # literal in the cell
        assert not any("<img" in str(t) for t in tips)  # tooltips (rich text in Qt) are escaped
        assert any("[RLO]" in str(s) or "\u202e" not in str(s) for s in shown)  # bidi made visible, not obeyed
        assert not any("\x00" in str(s) or "\x0b" in str(s) for s in shown)
        window.close_export()
        window.tasks.wait()
    finally:
        assert _connections(listener) == 0, "something fetched a URL named in the export"


def test_t03_chart_labels_with_dollars_and_mathtext_render() -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    from gui.look.plot_theme import mpl_text

    fig = Figure()
    ax = fig.add_subplot()
    ax.set_title(mpl_text("Evil $\\foo{x}$ name"))
    ax.set_xticks([0, 1], [mpl_text("Price $5 and $10"), mpl_text("$\\frac{1}{0}$")])
    fig.canvas.draw()  # a ValueError here would mean mathtext parsed export text
    assert "$5 and $10" in ax.get_xticklabels()[0].get_text().replace("\\$", "$")


def test_t04_t05_letter_and_bundle_with_hostile_strings_are_written(tmp_path) -> None:
    listener, port = _listener(20)
    try:
        export = hostile_export(tmp_path / "export", port)
        out = tmp_path / "out"
        done = subprocess.run([PYTHON, "-m", "gui.start.launcher", "letter", str(export), "--residence", "DE-SN",
                               "--out", str(out), "--owner-has-no-device", "--name", "Erika \ud800\x00 Muster"
                               .encode("utf-8", "surrogatepass").decode("utf-8", "replace").replace("\x00", ""),
                               "--lang", "de"], capture_output=True, text=True, timeout=180, cwd=ROOT,
                              env=child_env(DOSSIER_DATA_DIR=str(tmp_path / "appdata")))
        assert done.returncode == 0, done.stderr[-3000:]
        assert "Traceback" not in done.stderr
        if done.returncode == 0:
            text = next(out.glob("*.txt")).read_text(encoding="utf-8")
            assert "\x00" not in text and "\x0b" not in text and "\u202e" not in text
            pdf = next(out.glob("*.pdf"))
            assert pdf.read_bytes().startswith(b"%PDF")
    finally:
        assert _connections(listener) == 0
