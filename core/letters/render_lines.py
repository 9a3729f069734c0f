"""Address lines in the letter's language: ``Attn. Data Protection Officer`` → ``z. Hd. Datenschutzbeauftragter``."""

from __future__ import annotations

ATTENTION = {"de": "z. Hd. ", "fr": "À l'attention du "}
ROLE = {"de": {"Data Protection Officer": "Datenschutzbeauftragter", "Data Protection Office": "Datenschutzbüro",
               "Privacy": "Datenschutz"},
        "fr": {"Data Protection Officer": "DPO", "Data Protection Office": "service de la protection des données",
               "Privacy": "service de la protection des données"}}


def attention(lines: list[str], lang: str) -> list[str]:
    """``Attn. Data Protection Officer`` → ``z. Hd. Datenschutzbeauftragter`` / ``À l'attention du DPO``."""
    out = []
    for line in lines:
        for prefix in ("Attn. ", "FAO "):
            if line.startswith(prefix) and lang in ATTENTION:
                role = line.removeprefix(prefix)
                line = ATTENTION[lang] + ROLE[lang].get(role, role)
        out.append(line)
    return out


