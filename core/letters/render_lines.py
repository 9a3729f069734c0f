"""Address lines in the letter's language: ``Attn. Data Protection Officer`` → ``z. Hd. Datenschutzbeauftragter``."""

from __future__ import annotations

ATTENTION = {"de": "z. Hd. ", "fr": "À l'attention du "}
ROLE = {"de": {"Data Protection Officer": "Datenschutzbeauftragter", "Data Protection Office": "Datenschutzbüro",
               "Privacy": "Datenschutz"},
        "fr": {"Data Protection Officer": "DPO", "Data Protection Office": "service de la protection des données",
               "Privacy": "service de la protection des données"}}


def attention(lines: list[str], lang: str) -> list[str]:
    """``Attn. Data Protection Officer`` → ``z. Hd. Datenschutzbeauftragter`` / ``À l'attention du DPO``; a
    complaint in a phrasebook language names the company's postal address without the English attention line
    (the data protection officer's contact is given in its own words)."""
    from core.letters.phrasebook import PHRASEBOOK_LANGUAGES

    out = []
    for line in lines:
        if lang in PHRASEBOOK_LANGUAGES and line.startswith(("Attn. ", "FAO ")):
            continue
        for prefix in ("Attn. ", "FAO "):
            if line.startswith(prefix) and lang in ATTENTION:
                role = line.removeprefix(prefix)
                line = ATTENTION[lang] + ROLE[lang].get(role, role)
        out.append(line)
    return out


