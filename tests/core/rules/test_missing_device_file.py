"""A device file that never came is not an empty device list (real export on disk, derived from the demo)."""


from core.pipeline import open_export
from core.rules.finding import ReviewContext
from core.rules.registry import run_rules
from tests.core.letters.exports import without_device_file


def test_rules_say_the_device_list_is_missing_and_rest_on_the_declaration(tmp_path):
    with open_export([str(without_device_file(tmp_path / "export"))], hashes="skip") as opened:
        export = opened.export
        plain = run_rules(export, ReviewContext())
        declared = run_rules(export, ReviewContext(owner_has_no_device=True))
    assert not [f for f in plain if f.rule in ("recording-unknown-device", "recording-without-device")
                and f.subject != "export"]
    (note,) = [f for f in plain if f.rule == "recording-without-device"]
    assert note.severity == "low" and note.explanation.startswith("This export contains no device list")
    texts = [f.explanation for f in declared]
    assert not [t for t in texts if "no entries" in t or "never had" in t]
    mine = [f for f in declared if f.rule == "recording-without-device"]
    assert len(mine) == len(export.recordings)
    assert all("rests on your declaration alone" in f.explanation for f in mine)
