"""A small offline gazetteer: the larger towns of DE/AT/CH/LU/FR/IT/ES/NL/UK with coordinates.

``resources/gazetteer.csv`` (name, country, lat, lon, population in thousands, alternative names
separated by ``|``) was written from general knowledge: coordinates are town centres to about 0.05°
— ample for "more than 150 km apart". No network look-ups, ever.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from core.platform.paths import resources_dir

EARTH_RADIUS_KM = 6371.0
_PUNCT = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Place:
    name: str
    country: str
    lat: float
    lon: float
    population_k: int


@lru_cache(maxsize=16384)
def normalise(text: str) -> str:
    """Case-folded, accents removed, punctuation as single spaces: ``Saint-Étienne`` → ``saint etienne``.

    Letters outside Latin script are dropped (the gazetteer and name lists are Latin-script only).
    """
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFKD", folded.replace("ß", "ss")).encode("ascii", "ignore").decode("ascii")
    return _PUNCT.sub(" ", folded).strip()


class Gazetteer:
    """Look-up of places by any of their names (normalised), and distances between them."""

    def __init__(self, places: dict[str, Place]) -> None:
        self.places = places
        self.longest = max((len(k.split()) for k in places), default=1)
        self.first_words = frozenset(k.split()[0] for k in places)

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        path = path or resources_dir() / "gazetteer.csv"
        places: dict[str, Place] = {}
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                place = Place(row["name"], row["country"], float(row["lat"]), float(row["lon"]),
                              int(row["population_k"] or 0))
                for name in [row["name"], *(row["alt_names"] or "").split("|")]:
                    key = normalise(name)
                    if key and (key not in places or places[key].population_k < place.population_k):
                        places[key] = place
        return cls(places)

    def lookup(self, name: str) -> Place | None:
        return self.places.get(normalise(name))

    def find_all(self, text: str) -> list[tuple[int, int, Place]]:
        """Every place named in ``text`` as (first token, token count, place); longest names win."""
        tokens = normalise(text).split()
        found: list[tuple[int, int, Place]] = []
        i = 0
        while i < len(tokens):
            match = None
            if tokens[i] in self.first_words:
                for n in range(min(self.longest, len(tokens) - i), 0, -1):
                    place = self.places.get(" ".join(tokens[i:i + n]))
                    if place is not None:
                        match = (i, n, place)
                        break
            if match:
                found.append(match)
                i += match[1]
            else:
                i += 1
        return found


def distance_km(a: Place, b: Place) -> float:
    """Great-circle distance (haversine)."""
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat, dlon = lat2 - lat1, math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer.load()
