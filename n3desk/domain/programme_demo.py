"""A demo programme: a year of Roskilde-style workshops on a safe way to school.

Four sessions from the Roskilde template (challenges, innovation questions, concepts
and choice, test), ideas carried forward from one to the next, and their way along
the states with the decisions that moved them — one of them all the way to
operation, one stopped. Used by the app's "demo programme", the screenshots and the
tests of the programme record.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from n3desk.domain.changes import Put
from n3desk.domain.entities import Decision, Note, new_id
from n3desk.domain.programme_content import ProgrammeContent
from n3desk.domain.programme_edits import (
    add_session_ops,
    carry_ideas_ops,
    follow_note_ops,
    move_idea_ops,
    new_programme,
)
from n3desk.domain.templates import Template, instantiate
from n3desk.domain.workshop import Workshop

DAY = 86_400.0

_TEXTS: dict[str, dict[str, Any]] = {
    "sv": {
        "title": "Trygg skolväg 2027",
        "goal": "Fler barn tar sig själva till skolan, tryggt, året runt.",
        "sessions": [
            ("Utmaningar", "Var känner sig barn och föräldrar otrygga på vägen till skolan?"),
            ("Innovationsfrågor", "Hur kan vi göra skolvägen trygg utan att bygga om gatan?"),
            ("Koncept och val", "Vilka två koncept ska vi testa i höst?"),
            ("Test", "Vad lärde vi oss av testet vid Ågesta skola?"),
        ],
        "ideas": [
            "Gående skolbuss med föräldrar",
            "Cykelkaravan",
            "Skolgata vid lämning",
            "Trygghetsvärdar i korsningar",
        ],
        "chose": "Politikerna valde 2 av 4 koncept",
        "why_chosen": "Billigt att pröva och bärs av föräldrarna själva",
        "why_stopped": "För få vuxna kunde ställa upp på morgnarna",
        "operate": "Driften tas över av skolornas föräldraföreningar",
    },
    "en": {
        "title": "Safe way to school 2027",
        "goal": "More children get to school on their own, safely, all year round.",
        "sessions": [
            ("Challenges", "Where do children and parents feel unsafe on the way to school?"),
            (
                "Innovation questions",
                "How might we make the way safe without rebuilding the street?",
            ),
            ("Concepts and choice", "Which two concepts shall we test this autumn?"),
            ("Test", "What did we learn from the test at Ågesta school?"),
        ],
        "ideas": [
            "Walking school bus with parents",
            "Bike train",
            "School street at drop-off",
            "Crossing wardens",
        ],
        "chose": "The politicians chose 2 of 4 concepts",
        "why_chosen": "Cheap to try and carried by the parents themselves",
        "why_stopped": "Too few adults could take part in the mornings",
        "operate": "The schools' parents' associations take over running it",
    },
    "nb": {
        "title": "Trygg skolevei 2027",
        "goal": "Flere barn kommer seg selv til skolen, trygt, hele året.",
        "sessions": [
            ("Utfordringer", "Hvor føler barn og foreldre seg utrygge på skoleveien?"),
            ("Innovasjonsspørsmål", "Hvordan kan vi gjøre skoleveien trygg uten å bygge om gata?"),
            ("Konsepter og valg", "Hvilke to konsepter skal vi teste i høst?"),
            ("Test", "Hva lærte vi av testen ved Ågesta skole?"),
        ],
        "ideas": [
            "Gående skolebuss med foreldre",
            "Sykkelkaravane",
            "Skolegate ved levering",
            "Trygghetsverter i krysset",
        ],
        "chose": "Politikerne valgte 2 av 4 konsepter",
        "why_chosen": "Billig å prøve og båret av foreldrene selv",
        "why_stopped": "For få voksne kunne stille om morgenen",
        "operate": "Skolenes foreldreutvalg tar over driften",
    },
    "da": {
        "title": "Tryg skolevej 2027",
        "goal": "Flere børn kommer selv i skole, trygt, hele året.",
        "sessions": [
            ("Udfordringer", "Hvor føler børn og forældre sig utrygge på vejen til skole?"),
            ("Innovationsspørgsmål", "Hvordan kan vi gøre skolevejen tryg uden at bygge vejen om?"),
            ("Koncepter og valg", "Hvilke to koncepter skal vi teste til efteråret?"),
            ("Test", "Hvad lærte vi af testen ved Ågesta skole?"),
        ],
        "ideas": [
            "Gående skolebus med forældre",
            "Cykelkaravane",
            "Skolegade ved aflevering",
            "Skolepatruljer i krydsene",
        ],
        "chose": "Politikerne valgte 2 af 4 koncepter",
        "why_chosen": "Billigt at afprøve og båret af forældrene selv",
        "why_stopped": "For få voksne kunne stille op om morgenen",
        "operate": "Skolernes forældreforeninger overtager driften",
    },
}


def demo_programme(
    template: Template, *, language: str = "sv", now: float
) -> tuple[ProgrammeContent, list[Workshop]]:
    """The demo programme and its sessions (made from ``template``), not yet stored."""
    t = _TEXTS.get(language, _TEXTS["sv"])
    start = now - 300 * DAY
    content = new_programme(
        str(t["title"]),
        goal=str(t["goal"]),
        period_start=_date(start),
        period_end=_date(start + 365 * DAY),
        language=language,
        now=start,
    )
    sessions: list[Workshop] = []
    for i, (title, question) in enumerate(t["sessions"]):
        when = start + i * 90 * DAY
        workshop = instantiate(template, title, language=language, now=when)
        session = replace(workshop.session, question=question, date=_date(when))
        workshop.apply([Put(session)])
        sessions.append(workshop)
        content.apply(add_session_ops(content, workshop.session.id))
    first, second, third, fourth = sessions
    ideas: list[str] = list(t["ideas"])
    board = first.boards[0]
    notes = [Note(new_id(), board.id, text, x=200.0 * i) for i, text in enumerate(ideas)]
    first.apply([Put(n) for n in notes])
    for note in notes:
        content.apply(follow_note_ops(content, first, note.id, now=start))

    def carry(source: Workshop, target: Workshop, ids: list[str], at: float) -> list[Note]:
        result = carry_ideas_ops(content, source, ids, target, target.boards[0].id, now=at)
        target.apply(result.session_ops)
        content.apply(result.programme_ops)
        return result.notes

    in_two = carry(first, second, [n.id for n in notes], start + 90 * DAY)
    for idea in content.ideas:
        content.apply(
            move_idea_ops(
                content, idea.id, "concept", now=start + 90 * DAY, session_id=second.session.id
            )
        )
    in_three = carry(second, third, [n.id for n in in_two], start + 180 * DAY)
    chose = Decision(new_id(), third.session.id, str(t["chose"]), start + 180 * DAY)
    third.apply([Put(chose)])
    chosen = [content.idea_of_note(n.id) for n in in_three[:2]]
    for picked in chosen:
        assert picked is not None
        content.apply(
            move_idea_ops(
                content,
                picked.id,
                "chosen",
                now=start + 180 * DAY,
                decision=chose,
                why=str(t["why_chosen"]),
            )
        )
    carry(third, fourth, [n.id for n in in_three[:2]], start + 270 * DAY)
    walking, bikes = chosen
    assert walking is not None
    assert bikes is not None
    content.apply(
        move_idea_ops(
            content, walking.id, "in_test", now=start + 270 * DAY, session_id=fourth.session.id
        )
    )
    content.apply(
        move_idea_ops(
            content, bikes.id, "in_test", now=start + 270 * DAY, session_id=fourth.session.id
        )
    )
    content.apply(
        move_idea_ops(
            content,
            walking.id,
            "in_operation",
            now=start + 290 * DAY,
            session_id=fourth.session.id,
            why=str(t["operate"]),
        )
    )
    content.apply(
        move_idea_ops(
            content,
            bikes.id,
            "stopped",
            now=start + 290 * DAY,
            session_id=fourth.session.id,
            why=str(t["why_stopped"]),
        )
    )
    return content, sessions


def _date(seconds: float) -> str:
    import time

    return time.strftime("%Y-%m-%d", time.localtime(seconds))
