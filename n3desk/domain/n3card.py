"""The N3 project card of the KS tool "Nytt, Nyttig, Nyttiggjort".

Five foundations a public-sector innovation project stands on. Each is self-rated
1–5 with notes; the weakest become "what to work on next" in the PDF record. The
texts live here (not in Qt translations) because the report layer needs them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from n3desk.domain.entities import Foundation, new_id

FOUNDATION_KEYS: tuple[str, ...] = ("behov", "losning", "drivkraft", "team", "forankring")

RATING_MIN = 1
RATING_MAX = 5


@dataclass(frozen=True, slots=True)
class FoundationText:
    name: str
    question: str


_TEXTS: dict[str, dict[str, FoundationText]] = {
    "sv": {
        "behov": FoundationText("Behov", "Vilket behov hos brukaren löser vi, och hur vet vi det?"),
        "losning": FoundationText(
            "Lösning", "Hur ser lösningen ut, och har vi prövat den i liten skala?"
        ),
        "drivkraft": FoundationText(
            "Drivkraft", "Vem driver arbetet framåt och har tid och mandat för det?"
        ),
        "team": FoundationText(
            "Team", "Har vi de kompetenser och perspektiv som behövs, brukaren inräknad?"
        ),
        "forankring": FoundationText(
            "Förankring", "Vilka chefer, politiker och samarbetspartner står bakom oss?"
        ),
    },
    "en": {
        "behov": FoundationText(
            "Need", "Which need of the citizen do we meet, and how do we know?"
        ),
        "losning": FoundationText(
            "Solution", "What does the solution look like, and have we tried it on a small scale?"
        ),
        "drivkraft": FoundationText(
            "Driving force", "Who drives the work forward, with the time and mandate to do so?"
        ),
        "team": FoundationText(
            "Team", "Do we have the skills and perspectives needed, the citizen's included?"
        ),
        "forankring": FoundationText(
            "Anchoring", "Which managers, politicians and partners stand behind us?"
        ),
    },
    "nb": {
        "behov": FoundationText(
            "Behov", "Hvilket behov hos brukeren løser vi, og hvordan vet vi det?"
        ),
        "losning": FoundationText(
            "Løsning", "Hvordan ser løsningen ut, og har vi prøvd den i liten skala?"
        ),
        "drivkraft": FoundationText(
            "Drivkraft", "Hvem driver arbeidet fremover og har tid og mandat til det?"
        ),
        "team": FoundationText(
            "Team", "Har vi kompetansen og perspektivene som trengs, brukerens medregnet?"
        ),
        "forankring": FoundationText(
            "Forankring", "Hvilke ledere, politikere og samarbeidspartnere står bak oss?"
        ),
    },
    "da": {
        "behov": FoundationText(
            "Behov", "Hvilket behov hos borgeren løser vi, og hvordan ved vi det?"
        ),
        "losning": FoundationText(
            "Løsning", "Hvordan ser løsningen ud, og har vi afprøvet den i lille skala?"
        ),
        "drivkraft": FoundationText(
            "Drivkraft", "Hvem driver arbejdet frem og har tid og mandat til det?"
        ),
        "team": FoundationText(
            "Team", "Har vi de kompetencer og perspektiver, der skal til, borgerens medregnet?"
        ),
        "forankring": FoundationText(
            "Forankring", "Hvilke ledere, politikere og samarbejdspartnere står bag os?"
        ),
    },
}


def foundation_text(key: str, language: str) -> FoundationText:
    """Name and guiding question of a foundation; unknown languages fall back to Swedish."""
    return _TEXTS.get(language, _TEXTS["sv"])[key]


def default_foundations(session_id: str) -> list[Foundation]:
    """The five unrated foundations a new session starts with."""
    return [
        Foundation(id=new_id(), session_id=session_id, key=key, position=i)
        for i, key in enumerate(FOUNDATION_KEYS)
    ]


def work_on_next(foundations: list[Foundation], count: int = 2) -> list[Foundation]:
    """The weakest foundations: unrated ones first, then the lowest rated.

    Only those rated below 4 (or unrated) are worth a line in "what to work on next".
    """
    weak = [f for f in foundations if f.rating is None or f.rating < 4]
    weak.sort(key=lambda f: (0 if f.rating is None else f.rating, FOUNDATION_KEYS.index(f.key)))
    return weak[:count]
