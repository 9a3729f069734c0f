"""The authority directory and the routing from residence to authority."""

import re

import pytest

from core.letters.authorities import (
    COUNTRIES,
    GERMAN_LAENDER,
    ResidenceUnknown,
    authorities,
    authority,
    controllers,
    parse_residence,
    suggest_authority,
)

LAND_SLUGS = {
    "DE-BW": "debawueldb", "DE-BY": "debaylda", "DE-BE": "deberlbdi", "DE-BB": "debralda", "DE-HB": "debrelfdi",
    "DE-HH": "dehmbbfdi", "DE-HE": "dehessbdi", "DE-MV": "demvldi", "DE-NI": "dendslfd", "DE-NW": "denrwldi",
    "DE-RP": "derlpbdi", "DE-SL": "desaarudz", "DE-SN": "desaechsdsb", "DE-ST": "desalbd", "DE-SH": "deshuld",
    "DE-TH": "detlfdi",
}


def test_directory_covers_every_country_and_every_entry_is_complete():
    directory = authorities()
    assert {a.country for a in directory.values()} == set(COUNTRIES)
    assert len(COUNTRIES) == 32  # EU-27, IS, LI, NO, GB, CH
    for a in directory.values():
        assert a.name and a.name_en and len(a.address) >= 2, a.slug
        assert a.email or a.webform or a.notes, a.slug  # else the note says how (e.g. Italy: PEC or post)
        assert a.website and a.website.startswith("http"), a.slug
        assert a.languages, a.slug
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.last_verified), a.slug
        assert a.verification_note and a.verified_source, a.slug
    assert "debfdi" in directory and "debayldb" in directory
    assert not [s for s in directory if s.startswith(("dekath", "derf", "deekd"))]  # church/broadcasting out


@pytest.mark.parametrize("country", [c for c in COUNTRIES if c not in ("DE", "CH")])
def test_every_country_routes_to_its_national_authority(country):
    suggestion = suggest_authority(country)
    if country == "LU":
        assert suggestion.authority.slug == "lucnpd"
        assert "lead" in suggestion.reason
        return
    assert suggestion.authority.country == country
    assert suggestion.authority.region is None
    assert "77(1)" in suggestion.reason or country in ("GB", "CH")
    assert [alt.slug for alt, _ in suggestion.alternatives] == ["lucnpd"]


@pytest.mark.parametrize(("vendor", "lead"), [("amazon", "lucnpd"), ("google", "iedpc")])
def test_switzerland_defaults_to_a_gdpr_complaint_at_the_lead_authority_with_the_fdpic_as_alternative(vendor, lead):
    suggestion = suggest_authority("CH", vendor)
    assert suggestion.authority.slug == lead
    assert [alt.slug for alt, _ in suggestion.alternatives] == ["chedoeb"]
    assert "not a GDPR authority" in suggestion.reason and "Art. 49" in suggestion.reason


@pytest.mark.parametrize("region", sorted(GERMAN_LAENDER))
def test_every_german_land_routes_to_its_land_authority_not_the_bfdi(region):
    suggestion = suggest_authority(region)
    assert suggestion.authority.slug == LAND_SLUGS[region]
    assert suggestion.authority.slug != "debfdi"
    assert "BfDI" in suggestion.reason and "§ 19 BDSG" in suggestion.reason
    assert suggestion.alternatives[0][0].slug == "lucnpd"


def test_bavaria_private_sector_is_baylda_and_saxony_is_the_sdtb():
    assert suggest_authority("DE-BY").authority.slug == "debaylda"
    saxony = suggest_authority("de-sn").authority
    assert saxony.name == "Sächsische Datenschutz- und Transparenzbeauftragte"
    assert "01330 Dresden" in saxony.address


def test_google_lead_is_the_irish_dpc():
    suggestion = suggest_authority("AT", vendor="google")
    assert suggestion.authority.slug == "atdsb"
    assert suggestion.alternatives[0][0].slug == "iedpc"
    assert suggest_authority("IE", vendor="google").authority.slug == "iedpc"
    assert controllers()["google"].entities == ("Google Ireland Limited",)


def test_aliases_and_bad_residences():
    assert parse_residence(" uk ") == ("GB", None)
    assert parse_residence("EL") == ("GR", None)
    with pytest.raises(ResidenceUnknown):
        suggest_authority("DE")  # Germany needs the Land
    with pytest.raises(ResidenceUnknown):
        parse_residence("DE-XX")
    with pytest.raises(ResidenceUnknown):
        parse_residence("US")
    with pytest.raises(ResidenceUnknown):
        authority("nope")


def test_amazon_controller_has_dpo_addresses_per_site():
    amazon = controllers()["amazon"]
    assert amazon.lead_authority == "lucnpd"
    assert amazon.dpo_email("amazon.de") == "eu-privacy@amazon.de"
    assert amazon.dpo_email("amazon.fr") == "eu-privacy@amazon.fr"
    assert amazon.dpo_email("unknown.site") == "eu-privacy@amazon.de"
    assert "L-1855 Luxembourg" in amazon.postal_address


def test_how_to_send_is_in_the_users_language_with_the_directorys_words_too():
    """The steps shown in the German app say how the BayLDA takes a complaint in German — the directory's own
    words (its channel notes, what it refuses, its attachment limit) included, not English inside German."""
    from core.i18n import set_language
    from core.letters.channels import how_to_send

    baylda = authority("debaylda")
    try:
        set_language("de")
        german = "\n".join(how_to_send(baylda.sending, baylda.name, ["complaint.pdf"]))
    finally:
        set_language("en")
    english = "\n".join(how_to_send(baylda.sending, baylda.name, ["complaint.pdf"]))
    assert "secure complaint form" in english and "unencrypted e-mail" in english
    assert "das sichere Beschwerdeformular des BayLDA" in german and "unverschlüsselte E-Mail" in german
    assert "insgesamt etwa 1,5 MB über das Webformular" in german
    assert not re.search(r"\b(the|about|with|form|e-mail with)\b", german), german


def test_dossier_letter_in_german_tells_how_to_send_in_german(tmp_path):
    """Through the dossier command, as a German user runs it: the BayLDA's steps with the directory's words in
    German."""
    import os
    import subprocess

    from tests.reliability.helpers import DOSSIER, ROOT

    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))} | {
        "LANG": "de_DE.UTF-8", "HOME": str(tmp_path), "DOSSIER_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([*DOSSIER, "letter", str(ROOT / "resources" / "demo" / "amazon-2018"), "--residence", "DE-BY",
                           "--out", str(tmp_path / "out")], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "das sichere Beschwerdeformular des BayLDA" in done.stdout
    assert "Nicht als Beschwerde angenommen: unverschlüsselte E-Mail mit sensiblen Daten" in done.stdout
    assert "secure complaint form" not in done.stdout

