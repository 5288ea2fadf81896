"""The boards section: each board's picture, then its notes by frame, ranked by dots.

Notes are ranked by the dots of the board's latest voting round (equal dots share a
rank); a board nobody voted on keeps the reading order of the wall, top to bottom,
left to right. Under each note: its dots, its ratings, who wrote it, and where it
was carried forward from or to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from n3desk.domain.entities import Board, Note, Rating
from n3desk.domain.ratings import summaries
from n3desk.domain.voting import latest_round, ranking, tally
from n3desk.domain.workshop import Workshop
from n3desk.report.board_drawing import board_pictures
from n3desk.report.note_entry import NoteEntry
from n3desk.report.pdf_appendix import Appendix
from n3desk.report.pdf_styles import FONT, FONT_BOLD, MUTED, Styles
from n3desk.report.pdf_text import paragraphs


class BoardIndex:
    """What the notes list needs to know about the whole session, computed once."""

    def __init__(self, workshop: Workshop) -> None:
        self.board_titles = {b.id: b.title for b in workshop.boards}
        self.notes = {n.id: n for n in workshop.all(Note)}
        self.ratings = summaries(workshop.all(Rating))
        self.criteria = workshop.criteria
        self.authors = {p.id: p.name for p in workshop.participants}
        self.carried_to: dict[str, list[str]] = defaultdict(list)
        for note in self.notes.values():
            if note.origin_id is not None:
                self.carried_to[note.origin_id].append(note.board_id)


def board_section(
    workshop: Workshop,
    texts: Mapping[str, str],
    styles: Styles,
    picture_room: tuple[float, float],
    appendix: Appendix,
) -> list[Flowable]:
    """Every board, in the order of the wall."""
    index = BoardIndex(workshop)
    story: list[Flowable] = []
    for board in workshop.boards:
        story += _board(workshop, board, index, texts, styles, picture_room, appendix)
    return story


def _board(
    workshop: Workshop,
    board: Board,
    index: BoardIndex,
    texts: Mapping[str, str],
    styles: Styles,
    picture_room: tuple[float, float],
    appendix: Appendix,
) -> list[Flowable]:
    notes = workshop.notes_on(board.id)
    frames = workshop.frames_on(board.id)
    rounds = workshop.rounds_on(board.id)
    latest = latest_round(rounds)
    dots = tally(workshop.votes_in(latest.id)).per_note if latest is not None else {}
    board_label = texts["board"].format(title="").strip(" :")
    shown = appendix.inline(board.title, board_label)
    heading = Paragraph(texts["board"].format(title=shown), styles.h2)
    count = texts["notes_count"].format(n=len(notes))
    rounds_label = texts["rounds"].format(titles="").strip(" :")
    if latest is not None:
        count += " · " + texts["rounds"].format(
            titles=", ".join(
                appendix.inline(r.title, rounds_label)
                for r in sorted(rounds, key=lambda r: r.position)
            )
        )
    top: list[Flowable] = [heading, Paragraph(count, styles.muted)]
    if not notes:
        # Empty frames drawn at full size would take half a page to say "nothing here".
        top.append(Paragraph(texts["no_notes"], styles.body))
        titles = [
            appendix.inline(f.title, texts["frame"], owner=board.title)
            for f in sorted(frames, key=lambda f: (f.y, f.x))
            if f.title
        ]
        if titles:
            top.append(Paragraph(" · ".join(titles), styles.muted))
        return [KeepTogether(top)]
    width, height = picture_room
    pictures = board_pictures(notes, frames, dots, width=width, max_height=height)
    # The heading never stands alone at the foot of a page, away from its picture.
    story: list[Flowable] = [KeepTogether([*top, pictures[0]]), *pictures[1:], Spacer(1, 6)]
    ordered = _ordered(notes, workshop, latest.id if latest is not None else None, dots)
    frame_order = sorted(frames, key=lambda f: (f.y, f.x, f.id))
    groups: dict[str | None, list[tuple[int | None, Note]]] = defaultdict(list)
    known = {f.id for f in frames}
    for rank, note in ordered:
        groups[note.frame_id if note.frame_id in known else None].append((rank, note))
    titled: list[tuple[str | None, list[tuple[int | None, Note]]]] = [
        (f.title.strip() or "–", groups.get(f.id, [])) for f in frame_order
    ]
    if groups.get(None):
        titled.append((None, groups[None]))
    for title, members in titled:
        if not members:
            continue
        if title is not None or frames:
            label = (
                appendix.inline(title, texts["frame"], owner=board.title)
                if title is not None
                else texts["outside_frames"]
            )
            story.append(Paragraph(label, styles.h3))
        for rank, note in members:
            story += _note(note, rank, dots.get(note.id, 0), index, texts, styles, appendix.width)
    return story


def _ordered(
    notes: Sequence[Note], workshop: Workshop, round_id: str | None, dots: Mapping[str, int]
) -> list[tuple[int | None, Note]]:
    """Notes ranked by the latest round's dots, or in reading order when nobody voted."""
    if round_id is None or not any(dots.values()):
        return [(None, n) for n in sorted(notes, key=lambda n: (n.y, n.x, n.id))]
    return [(r.rank, r.note) for r in ranking(notes, workshop.votes_in(round_id))]


def _note(
    note: Note,
    rank: int | None,
    dots: int,
    index: BoardIndex,
    texts: Mapping[str, str],
    styles: Styles,
    width: float,
) -> list[Flowable]:
    bullet = f"{rank}." if rank is not None else "•"
    found = paragraphs(note.text or "–", styles.note, width)
    pieces = [p for p in found if isinstance(p, Paragraph)]
    facts = note_facts(note, dots, index, texts)
    entries: list[Flowable] = []
    for i, piece in enumerate(pieces):
        entries.append(
            NoteEntry(
                piece,
                facts if i == len(pieces) - 1 else "",
                font=FONT,
                size=7.5,
                colour=MUTED,
                label=bullet if i == 0 else "",
                label_font=FONT_BOLD,
            )
        )
    return entries


def note_facts(note: Note, dots: int, index: BoardIndex, texts: Mapping[str, str]) -> str:
    """The note's facts as one plain line (drawn as text, never parsed as markup)."""
    parts: list[str] = []
    if dots:
        parts.append(texts["one_vote"] if dots == 1 else texts["votes"].format(n=dots))
    values = index.ratings.get(note.id, {})
    for criterion in index.criteria:
        shown = values.get(criterion.id)
        if shown is None:
            continue
        value = str(shown.value).replace(".", texts["decimal_mark"])
        if shown.own or shown.count < 2:
            parts.append(f"{criterion.name} {value}/{criterion.high}")
        else:  # the room's mean: say how many it is the mean of
            parts.append(
                texts["rating_mean"].format(
                    name=criterion.name, value=value, high=criterion.high, n=shown.count
                )
            )
    author = index.authors.get(note.author_id or "")
    if author:
        parts.append(texts["author"].format(name=author))
    origin = index.notes.get(note.origin_id or "")
    if origin is not None:
        title = index.board_titles.get(origin.board_id, "")
        parts.append(texts["carried_from"].format(board=title))
    targets = index.carried_to.get(note.id)
    if targets:
        titles = ", ".join(index.board_titles.get(b, "") for b in dict.fromkeys(targets))
        parts.append(texts["carried_to"].format(boards=titles))
    if note.hidden:
        parts.append(texts["hidden"])
    return " · ".join(parts)
