"""The map's placement on screen: markers, ring names, names and relation labels.

A whole layout (:meth:`MapLayout.full`) runs when the map's size, its sectors and
rings or its legend change; an edit of a few actors or relations re-places only
those (:meth:`MapLayout.update`), and the names of the others stay exactly where
they were — except a name that the moved actor's marker now stands on. The method
itself is the shared one of :mod:`n3desk.domain.map_labels`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF, QTransform

from n3desk.app.map.painting import LABEL_BAND
from n3desk.app.map.stakeholder_item import number_radius
from n3desk.domain.key_flow import flow_key
from n3desk.domain.label_index import Box, grown
from n3desk.domain.map_key import KEY, KeyEntry, clockwise, entry_fits, numbering, place_key
from n3desk.domain.map_labels import (
    FIXED,
    LABEL,
    LABEL_TRIES,
    MARKER,
    NOTE,
    LabelShape,
    LabelSpot,
    MapLabeller,
)
from n3desk.domain.mapgeometry import EDGE_MARGIN

if TYPE_CHECKING:
    from n3desk.app.map.relation_item import RelationItem
    from n3desk.app.map.scene import StakeholderMapScene
    from n3desk.app.map.stakeholder_item import StakeholderItem

MARKER_REACH = 2.5  # how far a marker may be nudged from its place, in name sizes
NAME_REACH = 14.0  # how far a name may stand from its marker, in name sizes
RETRY_NEAR = 12.0  # names without room within this many name sizes of an edit try again
RETRY_MOST = 6  # and at most this many of them
BUMP_TAGS_MOST = 60  # actors up to which names are moved to make room for a key's number
# The room's map names its actors beside them, with a few numbered into a key, while
# at most this share of them is in the key; more, and it numbers every actor.
KEYED_MOST = (1, 3)


def box_of(rect: QRectF) -> Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def turned_boxes(centre: QPointF, rect: QRectF, degrees: float, fine: float = 3.0) -> list[Box]:
    """A rect turned by ``degrees`` about ``centre``, as a few small boxes that hug it.

    One bounding box of a turned label would block a wide square of the map; thin
    slices of it (``1 / fine`` as long as the label is high) stay close to its
    outline, so names can stand right beside a title on the rim.
    """
    turn = QTransform().translate(centre.x(), centre.y()).rotate(degrees)
    if degrees % 90 == 0:
        return [box_of(turn.mapRect(rect))]
    pieces = max(1, math.ceil(rect.width() / max(rect.height() / fine, 1.0)))
    step = rect.width() / pieces
    boxes = []
    for i in range(pieces):
        piece = QRectF(rect.left() + i * step, rect.top(), step, rect.height())
        boxes.append(box_of(turn.mapRect(piece)))
    return boxes


class MapLayout:
    """The placement of one scene's map, kept between edits."""

    def __init__(self, scene: StakeholderMapScene) -> None:
        self.scene = scene
        self.labeller = MapLabeller(bounds=None, disc=None, gap=0.0, cell=40.0)
        self.unplaced: set[str] = set()  # actors whose name found no room beside them
        self._reserved: dict[str, LabelSpot] = {}  # room kept for their key's numbers
        self.runs = 0  # whole layouts so far (the benchmark reads it)

    # -- whole ------------------------------------------------------------------------

    def full(self) -> bool:
        """Place everything afresh; False when the key did not fit beside the circle."""
        self.runs += 1
        scene = self.scene
        sizes = scene.sizes()
        bounds = scene.view_bounds()
        self.labeller = labeller = MapLabeller(
            bounds=None if bounds is None else grown(bounds, -2.0),
            disc=(0.0, 0.0, scene.persona.disc_radius()),
            gap=sizes.name * 0.18,
            cell=sizes.name * 3,
        )
        for i, label in enumerate(scene.backdrop.sector_labels):
            for j, box in enumerate(label.boxes()):
                labeller.block(("sector", i, j), box)
        for n, box in enumerate(scene.fixed_boxes()):
            labeller.block(("other", n), box)
        items = scene.stakeholder_items()
        # The room's crowded map numbers every actor in its marker (see :meth:`_number_all`).
        numbered = scene.audience and scene.map_aside()
        disc = number_radius(len(items), sizes.name_sizes()[-1]) if numbered else None
        for item in items:
            item.set_numbered(disc)
            self._place_marker(item)
        taken: list[Box] = []

        def free(boxes: list[Box]) -> bool:
            return all(labeller.free(box) for box in boxes)

        def crowd(boxes: list[Box]) -> int:
            reach = sizes.name * 3
            return sum(len(labeller.over(grown(box, reach), (MARKER,))) for box in boxes)

        def take(boxes: list[Box]) -> None:
            for box in boxes:
                labeller.block(("ring", len(taken)), box)
                taken.append(box)

        scene.backdrop.place_ring_labels(free, take, crowd)
        for relation in scene.relation_items():
            relation.adjust()
            self._place_line(relation)
        self.unplaced = set()
        scene.key.clear_entries()
        self._reserved = {}
        for item in items:
            item.key_number = None
        if numbered:
            fitted = self._number_all(items)
            for relation in scene.relation_items():
                self._place_note(relation)
            return fitted
        labeller.ration(len(items))
        # Beside the circle, the facilitator's map draws names with leader lines; the
        # room's map keeps that room for its key, a calmer list than many long lines.
        if not scene.audience:
            labeller.rim = (0.0, 0.0, scene.outer_radius * (1 + LABEL_BAND))
        else:
            labeller.within = (0.0, 0.0, scene.outer_radius * (1 + LABEL_BAND))
        # Numbers are kept room for only as long as the key could still list them.
        rows = 0.0 if bounds is None else (bounds[3] - bounds[1]) / (sizes.name * 1.3)
        if scene.audience:
            rows *= 2  # the room's key sets two entries side by side above and below
        asked = 0
        for item in self._by_priority(items):
            self._place_name(item, bump=True)
            if item.stakeholder_id in self.unplaced and asked < rows:
                asked += 1
                self._reserve_tag(item)
        left_out = [i for i in items if i.stakeholder_id in self.unplaced]
        points = {i.stakeholder_id: (i.x(), i.y()) for i in left_out}
        order = numbering(points, 0.0)
        if scene.audience and len(order) * KEYED_MOST[1] > len(items) * KEYED_MOST[0]:
            fitted = False  # the room's map numbers every actor instead (:meth:`_number_all`)
            self._drop_reserved()  # no stand-in number stays drawn if it does not
        elif scene.audience:
            fitted = self._flow_key(order)
        else:
            fitted = True
            misses: dict[bool, float] = {}  # misses per column of the key
            for number, sid in enumerate(order, start=1):
                keyed = scene.stakeholder_item(sid)
                if keyed is not None:
                    fitted = self._key_one(keyed, number, misses) and fitted
        for relation in scene.relation_items():
            self._place_note(relation)
        return fitted

    # -- an edit ----------------------------------------------------------------------

    def update(
        self,
        changed: Iterable[str],
        removed: Iterable[str],
        relations: Iterable[str],
        removed_relations: Iterable[str],
    ) -> bool:
        """Re-place what an edit touched; False when only a whole layout will do."""
        scene = self.scene
        labeller = self.labeller
        changed, removed = list(changed), list(removed)
        if scene.audience and scene.map_aside() and (changed or removed):
            return False  # numbered by sector and clockwise: an actor moved may renumber all
        for sid in removed:
            labeller.remove(MARKER, sid)
            labeller.remove(LABEL, sid)
            labeller.remove(KEY, sid)
            scene.key.set_entry(sid, None)
            self.unplaced.discard(sid)
        for rid in removed_relations:
            labeller.remove("line", rid)
            labeller.remove(NOTE, rid)
        moved = [m for sid in changed if (m := scene.stakeholder_item(sid)) is not None]
        names: set[str] = {i.stakeholder_id for i in moved}
        notes: set[str] = set(relations)
        spots: list[QPointF] = []
        for item in moved:
            old = labeller.box_of(MARKER, item.stakeholder_id)
            if old is not None:
                spots.append(QPointF((old[0] + old[2]) / 2, (old[1] + old[3]) / 2))
            labeller.remove(LABEL, item.stakeholder_id)
            box = self._place_marker(item)
            spots.append(item.pos())
            if any(k[0] == "ring" for k in labeller.over(box, (FIXED,)) if isinstance(k, tuple)):
                return False  # a ring's name is under the marker now: find it a new place
            names.update(str(k) for k in labeller.over(grown(box, labeller.gap), (LABEL,)))
            notes.update(str(k) for k in labeller.over(grown(box, labeller.gap), (NOTE,)))
        touched = {i.stakeholder_id for i in moved}
        for relation in scene.relation_items():
            rel = relation.relation
            if rel.source_id in touched or rel.target_id in touched:
                notes.add(rel.id)
        for rid in notes:
            if (line := scene.relation_item(rid)) is not None:
                line.adjust()
                self._place_line(line)
                labeller.remove(NOTE, rid)
        names.update(self._near(spots))
        again = [a for sid in names if (a := scene.stakeholder_item(sid)) is not None]
        kept: set[str] = set()  # in the key and staying there, number and all
        for item in self._by_priority(again):
            sid = item.stakeholder_id
            tag = item.label_spot() if item.key_number is not None else None
            # No bumping: an edit never moves a name it did not touch to make room.
            self._place_name(item, bump=False)
            if tag is not None and sid in self.unplaced and sid not in touched:
                # Still no room for the name: its number stays exactly where it was.
                self.labeller.index.add_box((LABEL, sid), tag.box)
                item.set_label(tag)
                kept.add(sid)
        if scene.audience and any(
            (i.stakeholder_id in self.unplaced) != (i.key_number is not None) for i in again
        ):
            return False  # the room's key lists in number order: it is set again whole
        for item in again:
            sid = item.stakeholder_id
            if sid not in self.unplaced or sid in kept:
                continue
            # Into the key: what the edit touched, and what was there already; a name
            # the key had no room for before waits for the next whole layout.
            if sid in touched or item.key_number is not None:
                self._key_one(item, item.key_number or self._next_number())
        for rid in sorted(notes):
            if (note := scene.relation_item(rid)) is not None:
                self._place_note(note)
        return True

    def _near(self, spots: Sequence[QPointF]) -> set[str]:
        """Names that had no room, nearest where an edit made some (a few at most:
        an edit stays quick on a crowded map)."""
        if not spots:
            return set()
        reach = self.scene.sizes().name * RETRY_NEAR
        found = []
        for sid in self.unplaced:
            item = self.scene.stakeholder_item(sid)
            if item is None:
                continue
            distance = min(math.hypot(item.x() - p.x(), item.y() - p.y()) for p in spots)
            if distance <= reach:
                found.append((distance, sid))
        return {sid for _distance, sid in sorted(found)[:RETRY_MOST]}

    # -- one thing ------------------------------------------------------------------------

    def _by_priority(self, items: Sequence[StakeholderItem]) -> list[StakeholderItem]:
        """From the centre out (the middle has least room, the rim the most), then the
        most influential first, then in stored order."""
        order = {s.id: n for n, s in enumerate(self.scene.document.workshop.stakeholders)}
        step = self.scene.sizes().name * 2
        return sorted(
            items,
            key=lambda i: (
                int(math.hypot(i.x(), i.y()) / step),
                -i.stakeholder.influence,
                order.get(i.stakeholder_id, 0),
            ),
        )

    def _place_marker(self, item: StakeholderItem) -> Box:
        anchor = item.anchor()
        reach = self.scene.sizes().name * MARKER_REACH
        # Where a drag may put an actor: no further out than the item lets it go.
        rim = self.scene.outer_radius * (1 - EDGE_MARGIN)
        inside = max(rim, math.hypot(anchor.x(), anchor.y()))
        box = self.labeller.place_marker(
            item.stakeholder_id, anchor.x(), anchor.y(), item.marker_radius(), reach, inside
        )
        item.setPos(QPointF((box[0] + box[2]) / 2, (box[1] + box[3]) / 2))
        return box

    def _place_name(self, item: StakeholderItem, *, bump: bool) -> None:
        sid = item.stakeholder_id
        marker = self.labeller.box_of(MARKER, sid)
        if marker is None:
            return
        length = math.hypot(item.x(), item.y()) or 1.0
        moved = self.labeller.place_name(
            sid,
            marker,
            item.label_shapes(),
            reach=self.scene.sizes().name * NAME_REACH,
            outward=(item.x() / length, item.y() / length),
            bump=bump,
        )
        for key, spot in moved.items():
            target = self.scene.stakeholder_item(str(key))
            if target is None:
                continue
            target.set_label(spot)
            if spot is None:
                self.unplaced.add(str(key))
                continue
            self.unplaced.discard(str(key))
            if target.key_number is not None:  # room again: out of the key
                target.key_number = None
                self.labeller.remove(KEY, str(key))
                self.scene.key.set_entry(str(key), None)

    def _next_number(self) -> int:
        """A number no actor in the key has (an edit never renumbers the others)."""
        return max((i.key_number or 0 for i in self.scene.stakeholder_items()), default=0) + 1

    def _key_one(
        self, item: StakeholderItem, number: int, misses: dict[bool, float] | None = None
    ) -> bool:
        """List ``item``'s name in the key and show its number beside its marker; False
        when the key had no room for it (the actor is then a marker alone, its name in
        the tooltip and the table)."""
        sid = item.stakeholder_id
        scene = self.scene
        marker = self.labeller.box_of(MARKER, sid)
        self.labeller.remove(KEY, sid)
        if marker is None:
            return True
        entry: KeyEntry | None = None
        pad = scene.sizes().name * 0.4
        rim = (0.0, 0.0, scene.outer_radius * (1 + LABEL_BAND))
        old = scene.key.entries().get(sid)
        if misses is None and old is not None and old.number == number:
            # An edit keeps an entry where it was when nothing came in its way.
            entry = old if entry_fits(self.labeller, old.box) else None
            if entry is not None:
                self.labeller.index.add_box((KEY, sid), old.box)
        if misses is not None or entry is None:
            entry = place_key(
                self.labeller,
                [(sid, number, item.x() >= 0, lambda width: item.key_shapes(number, width))],
                rim=rim,
                pad=pad,
                misses=misses,
            )[sid]
        return self._show_entry(item, entry, bump=misses is not None)

    def _number_all(self, items: Sequence[StakeholderItem]) -> bool:
        """The room's crowded map: every actor a numbered disc, numbered by sector and
        then clockwise (neighbours on the map are neighbours in the key), every name
        in the key beside the circle; False when the key had no room for one."""
        for item in items:
            item.set_label(None)
            self.unplaced.add(item.stakeholder_id)
        polar = {i.stakeholder_id: i.polar_anchor() for i in items}
        return self._flow_key(clockwise(polar), aside=True)

    def _flow_key(self, order: Sequence[str], *, aside: bool = False) -> bool:
        """The room's key (:func:`n3desk.domain.key_flow.flow_key`): every name left
        out, numbered in the order the key lists them; False when one found no room."""
        scene = self.scene
        keyed = [i for sid in order if (i := scene.stakeholder_item(sid)) is not None]
        if not keyed:
            return True
        line = min(s.height for s in keyed[0].key_shapes(1, 10_000.0))  # a line's height
        placed = flow_key(
            self.labeller,
            [(i.stakeholder_id, i.x() >= 0, self._shapes_of(i)) for i in keyed],
            rim=(0.0, 0.0, scene.outer_radius * (1 + LABEL_BAND)),
            pad=scene.sizes().name * 0.4,
            line=line,
            aside=scene.map_aside(),
        )
        fitted = True
        for item in keyed:
            entry = placed[item.stakeholder_id]
            if aside:  # the number is in the marker already
                scene.key.set_entry(item.stakeholder_id, entry, item.colour())
                item.key_number = None if entry is None else entry.number
                item.update()
                fitted = fitted and entry is not None
                continue
            fitted = self._show_entry(item, entry, bump=True) and fitted
            # A name in the room's key whose number is nowhere on the map helps no one.
            fitted = fitted and item.shows_number()
        return fitted

    def _shapes_of(self, item: StakeholderItem) -> Callable[[int, float], Sequence[LabelShape]]:
        """``item``'s key entry in the face the room's key is set in now."""
        condensed = self.scene.key.condensed

        def shapes(number: int, width: float) -> Sequence[LabelShape]:
            return item.key_shapes(number, width, condensed=condensed)

        return shapes

    def _show_entry(self, item: StakeholderItem, entry: KeyEntry | None, *, bump: bool) -> bool:
        """Show ``item``'s key entry and its number at its marker (None: no room in the
        key; the actor is then a marker alone). ``bump``: a whole layout may move a
        neighbour's name or two to make room for the number."""
        sid = item.stakeholder_id
        scene = self.scene
        scene.key.set_entry(sid, entry, item.colour())
        if entry is None:
            item.key_number = None
            if self._reserved.pop(sid, None) is not None:
                self.labeller.remove(LABEL, sid)
                item.set_label(None)
            return False
        number = item.key_number = entry.number
        marker = self.labeller.box_of(MARKER, sid)
        if marker is None:
            return True
        reserved = self._reserved.pop(sid, None)
        if reserved is not None:  # room kept for the number when the name found none
            spot: LabelSpot | None = LabelSpot(
                reserved.box, item.tag_shapes(number)[0], reserved.leader
            )
        else:
            spot = self._tag_spot(item, number)
        crowd = len(scene.stakeholder_items())
        if spot is None and bump and crowd <= BUMP_TAGS_MOST:
            # A whole layout may move a neighbour's name or two to make room for the
            # number (not on a map of very many actors: there it would take seconds).
            saved_rim, self.labeller.rim = self.labeller.rim, None
            self.labeller.budget = max(self.labeller.budget, float(LABEL_TRIES))
            moved = self.labeller.place_name(
                sid,
                marker,
                item.tag_shapes(number),
                reach=scene.sizes().name * NAME_REACH,
                most=3,
            )
            self.labeller.rim = saved_rim
            spot = moved.pop(sid, None)
            for other, other_spot in moved.items():
                neighbour = scene.stakeholder_item(str(other))
                if neighbour is not None:
                    neighbour.set_label(other_spot)
        item.set_label(spot)
        return True

    def _tag_spot(self, item: StakeholderItem, number: int) -> LabelSpot | None:
        """A spot for the key's number beside the marker, or in the marker itself (on
        the room's map in the marker first: the room beside it is for names)."""
        marker = self.labeller.box_of(MARKER, item.stakeholder_id)
        if marker is None:
            return None
        if self.scene.audience and (badge := self._badge(item, number)) is not None:
            return badge
        spot = self.labeller.place_label(
            item.stakeholder_id,
            marker,
            item.tag_shapes(number),
            reach=self.scene.sizes().name * NAME_REACH,
            rationed=False,
        )
        return spot if spot is not None else self._badge(item, number)

    def _drop_reserved(self) -> None:
        """Forget the room kept for key numbers that will not be given."""
        for sid in self._reserved:
            self.labeller.remove(LABEL, sid)
            item = self.scene.stakeholder_item(sid)
            if item is not None:
                item.set_label(None)
        self._reserved = {}

    def _reserve_tag(self, item: StakeholderItem) -> None:
        """Keep room beside the marker of a name that found none, for its key number,
        before the names placed after it take that room too."""
        widest = 10 ** len(str(max(len(self.scene.stakeholder_items()), 1))) - 1
        spot = self._tag_spot(item, widest)  # as wide as the largest number can be
        if spot is not None:
            self._reserved[item.stakeholder_id] = spot
            item.set_label(spot)

    def _badge(self, item: StakeholderItem, number: int) -> LabelSpot | None:
        """The number drawn in the marker itself, made a little larger, when that
        covers nothing else (a crowded spot with no room beside the marker)."""
        shape = item.tag_shapes(number)[0]
        x, y = item.x(), item.y()
        side = max(shape.width, shape.height)
        box = (x - side / 2, y - shape.height / 2, x + side / 2, y + shape.height / 2)
        sid = item.stakeholder_id
        self.labeller.tries += 1
        if not self.labeller.in_room(box):
            return None
        blockers = self.labeller.index.boxes_over(grown(box, self.labeller.gap))
        if any(k != (MARKER, sid) and not self._misses_title(k, box) for k in blockers):
            return None
        self.labeller.index.add_box((LABEL, sid), box)
        return LabelSpot(box, shape, leader=False)

    def _misses_title(self, key: object, box: Box) -> bool:
        """Whether ``key`` is a slice of a turned sector title whose true outline (not
        the slice's upright box) keeps clear of ``box``."""
        if not (isinstance(key, tuple) and key[0] == FIXED and isinstance(key[1], tuple)):
            return False
        if key[1][0] != "sector":
            return False
        label = self.scene.backdrop.sector_labels[key[1][1]]
        turn = QTransform().translate(label.centre.x(), label.centre.y()).rotate(label.rotation)
        outline = QPainterPath()
        outline.addPolygon(turn.map(QPolygonF(label.rect)))
        gap = self.labeller.gap
        return not outline.intersects(QRectF(box[0] - gap, box[1] - gap,
                                             box[2] - box[0] + 2 * gap,
                                             box[3] - box[1] + 2 * gap))  # fmt: skip

    def _place_line(self, relation: RelationItem) -> None:
        line = relation.line()
        self.labeller.add_line(relation.relation_id, line.x1(), line.y1(), line.x2(), line.y2())

    def place_notes(self, relations: Iterable[RelationItem]) -> None:
        """Place (or take away) the labels of ``relations``, e.g. when focus shows them."""
        for relation in relations:
            self._place_note(relation)

    def _place_note(self, relation: RelationItem) -> None:
        """A relation's label on its line, clear of markers, names and other labels."""
        rid = relation.relation_id
        self.labeller.remove(NOTE, rid)
        if relation.label_size() is None:
            relation.set_label_place(None)
            return
        # Clear of every text and marker, faded by a focus or not (a focused actor's
        # labels over the names the focus faded would make both hard to read); when
        # no spot near the line is, over the faint dot of an actor the focus faded,
        # then a little further off the line (a focus shows few lines), never a name.
        faded = self.scene.faded_ids()
        tries = [(relation.label_candidates(), frozenset[str]())]
        if faded:
            tries += [(tries[0][0], faded), (relation.label_candidates(far=True), faded)]
        for places, fainter in tries:
            for place in places:
                box = box_of(relation.label_rect_at(*place))
                if self.labeller.free(box, faded=fainter):
                    self.labeller.add_note(rid, box)
                    relation.set_label_place(place)
                    return
        relation.set_label_place(None)
