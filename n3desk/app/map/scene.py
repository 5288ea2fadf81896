"""StakeholderMapScene: the map drawn from the document, following its changes.

Scene coordinates are pixels with the citizen at (0, 0); :meth:`set_view_size`
picks the outer radius from the view and re-places everything from polar form, so
the map keeps its shape at any window size. The scene never changes the session:
gestures end in :mod:`n3desk.app.map.edits`, and the scene redraws from
``document.map_changed`` incrementally (only the items the operations touched).

Placement (:mod:`n3desk.app.map.label_layout`) runs once per change, and only for
what the change touched. A scene no one looks at (a tab not shown, a projector not
open) does no placement at all: it notes what changed and catches up when a view
is about to paint it (:meth:`StakeholderMapScene.drawBackground`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from n3desk.app.document import SessionDocument
from n3desk.app.map.backdrop_item import BackdropItem, SectorLook
from n3desk.app.map.interactions import ConnectInteraction, Interaction, MoveInteraction
from n3desk.app.map.key_item import MapKeyItem
from n3desk.app.map.label_layout import MapLayout, box_of
from n3desk.app.map.legend_item import LegendItem
from n3desk.app.map.painting import FADED_OPACITY, LABEL_BAND, PAPER, Sizes
from n3desk.app.map.persona_item import PersonaItem
from n3desk.app.map.relation_item import RelationItem
from n3desk.app.map.stakeholder_item import StakeholderItem
from n3desk.app.translation import translate_for
from n3desk.domain.change_set import ChangeSet
from n3desk.domain.entities import Relation, Ring, Sector, Stakeholder
from n3desk.domain.label_index import Box
from n3desk.domain.mapgeometry import cell_of, kinds_in_use, neighbours

NO_SECTOR_COLOUR = "#b0bec5"
KEY_RESIZE_MOST = 60  # actors up to which a circle is made smaller to fit every name
MIN_SCALE = 0.68  # the smallest circle, against the largest the view allows
ASIDE_MARGIN = 6.0  # pixels between a circle moved aside and the view's edges
# The sizes a room's numbered map tries, largest first (against the largest circle).
ASIDE_SCALES = (1.0, 0.94, 0.88, 0.83, 0.78, 0.73, MIN_SCALE)
# With its sector titles in the legend (no title to fit its slice) the circle may be
# made smaller still, down to where its numbered markers still stand apart.
LEGEND_SCALES = (*ASIDE_SCALES, 0.63, 0.58)


@dataclass(frozen=True)
class AsideLook:
    """How the room's numbered map was laid out: the circle's scale, for how many
    actors, the sector titles on the rim (or in the legend), the key condensed."""

    scale: float
    actors: int
    on_rim: bool
    condensed: bool
    kinds: bool = True  # the relation kinds named in the legend


def _meets_circle(rect: QRectF, radius: float) -> bool:
    """Whether ``rect`` reaches into the circle of ``radius`` about (0, 0)."""
    x = min(max(0.0, rect.left()), rect.right())
    y = min(max(0.0, rect.top()), rect.bottom())
    return x * x + y * y < radius * radius


class StakeholderMapScene(QGraphicsScene):
    """The citizen, the rings and sectors, the stakeholders and their relations.

    Signals:
        focus_changed(str, int): the focused stakeholder id ("" for none) and steps.
    """

    focus_changed = Signal(str, int)

    def __init__(
        self, document: SessionDocument, parent: QObject | None = None, *, audience: bool = False
    ) -> None:
        super().__init__(parent)
        self.document = document
        # The room's copy (the projector): one-line chips, ring names in a free spot,
        # relation labels only while focusing, all text at the audience floor.
        self.audience = audience
        self.connect_mode = False  # plain drags draw relations instead of moving
        self.new_relation_kind = "collaboration"
        self._outer = 300.0
        self._scale = 1.0
        self._aside = False
        # The room's numbered map: the size the last layout found, and for how many actors.
        self._aside_at: AsideLook | None = None
        self._sizes: Sizes | None = None
        self._view_size = (760.0, 760.0)
        self._stakeholders: dict[str, StakeholderItem] = {}
        self._relations: dict[str, RelationItem] = {}
        self._hidden_kinds: set[str] = set()
        # The room's numbered map gives the legend's relation kinds to the key when
        # even its smallest circle leaves the key no room for every name.
        self._kinds_in_legend = True
        self._focus_id = ""
        self._focus_steps = 1
        self._interaction: Interaction | None = None
        self._bounds: Box | None = None  # the visible part, once the view's size is known
        self._layout = MapLayout(self)
        # What changed while no view showed the map: placed when one paints it.
        self._pending_full = True
        self._pending: tuple[set[str], set[str], set[str], set[str]] = (set(), set(), set(), set())
        self.setBackgroundBrush(QBrush(PAPER))
        self.backdrop = BackdropItem(audience=audience)
        self.persona = PersonaItem(self._citizen_text(), audience=audience)
        self.legend = LegendItem(audience=audience)
        self.key = MapKeyItem(bold=not audience)
        for item in (self.backdrop, self.persona, self.legend, self.key):
            self._cache(item)
            self.addItem(item)
        self._refresh_map()
        self._refresh_persona()
        for stakeholder in document.workshop.stakeholders:
            self._put_stakeholder(stakeholder)
        for relation in document.workshop.relations:
            self._put_relation(relation)
        self._assign_lanes()
        self._refresh_legend()
        document.map_changed.connect(self._on_map_changed)
        document.session_changed.connect(self._on_session_changed)

    def _citizen_text(self) -> str:
        """The disc's word while the persona has no name: on the room's map in the
        session's language (the room reads the session, not the facilitator's
        window), else the window's."""
        if self.audience:
            language = self.document.session.language
            return translate_for(language, "StakeholderMapScene", "The citizen")
        return self.tr("The citizen")

    def _language(self) -> str:
        """The language of the map's fixed texts ("" : the window's)."""
        return self.document.session.language if self.audience else ""

    # -- reading -------------------------------------------------------------------

    @property
    def outer_radius(self) -> float:
        return self._outer

    @property
    def layout(self) -> MapLayout:
        return self._layout

    def sizes(self) -> Sizes:
        if self._sizes is None or self._sizes.outer != self._outer:
            self._sizes = Sizes(self._outer, audience=self.audience)
        return self._sizes

    def view_bounds(self) -> Box | None:
        """The part of the scene the view shows (None before the view's size is known)."""
        return self._bounds

    def fixed_boxes(self) -> list[Box]:
        """What names keep clear of besides the sector titles: the legend, and on the
        audience map the citizen's name written across the disc."""
        boxes = []
        name = self.persona.name_rect()
        if not name.isEmpty():
            boxes.append(box_of(name.translated(self.persona.pos()).adjusted(-2, -2, 2, 2)))
        if self.legend.isVisible():
            boxes.append(box_of(self.legend.sceneBoundingRect()))
        if self.audience and self._bounds is not None:
            # The projector lays its running timer over the top right-hand corner.
            left, top, right, bottom = self._bounds
            boxes.append((right - (right - left) * 0.27, top, right, top + (bottom - top) * 0.12))
        return boxes

    def stakeholder_item(self, stakeholder_id: str) -> StakeholderItem | None:
        return self._stakeholders.get(stakeholder_id)

    def relation_item(self, relation_id: str) -> RelationItem | None:
        return self._relations.get(relation_id)

    def stakeholder_items(self) -> list[StakeholderItem]:
        return list(self._stakeholders.values())

    def relation_items(self) -> list[RelationItem]:
        return list(self._relations.values())

    def selected_stakeholder_items(self) -> list[StakeholderItem]:
        return [i for i in self.selectedItems() if isinstance(i, StakeholderItem)]

    def selected_relation_items(self) -> list[RelationItem]:
        return [i for i in self.selectedItems() if isinstance(i, RelationItem)]

    def stakeholder_item_at(self, pos: QPointF) -> StakeholderItem | None:
        for item in self.items(pos):
            if isinstance(item, StakeholderItem):
                return item
        return None

    def focus_id(self) -> str:
        return self._focus_id

    def hidden_kinds(self) -> set[str]:
        return set(self._hidden_kinds)

    # -- view state (not part of the session, so not undoable) -----------------------

    def set_view_size(self, width: float, height: float) -> None:
        """Fit the map into a view of ``width`` × ``height`` pixels.

        The placement follows when a view paints the map (or :meth:`layout_now`):
        a window resized in several steps is laid out once.
        """
        self._view_size = (width, height)
        self._size_map(1.0)
        self._pending_full = True
        self.update()

    def _size_map(self, scale: float, *, aside: bool = False) -> None:
        """The circle at ``scale`` of the largest that fits the view (smaller leaves
        room beside it for a crowded map's key); ``aside``: in the top left-hand
        corner, leaving the key one wide column on the right and a band below (the
        room's map: long names whole at its large size)."""
        width, height = self._view_size
        self._scale = scale
        self._aside = aside
        outer = max(60.0, (min(width, height) / 2 - 8) / (1 + LABEL_BAND) * scale)
        self._outer = outer
        self._refresh_legend()  # its size at the new radius decides the shift below
        # Move the map right, as far as the room allows, to clear the legend's corner.
        total = outer * (1 + LABEL_BAND)
        legend = self.legend.boundingRect().width() + 10
        shift = min(max(total - width / 2 + legend, 0.0), max(width / 2 - total - 4, 0.0))
        if scale < 1.0:
            shift = 0.0  # a key on each side: the circle in the middle
        if aside:
            self.setSceneRect(QRectF(-total - ASIDE_MARGIN, -total - ASIDE_MARGIN, width, height))
        else:
            self.setSceneRect(QRectF(-width / 2 - shift, -height / 2, width, height))
        self._bounds = box_of(self.sceneRect())
        self._refresh_legend()
        self._refresh_map()
        self.persona.set_outer(outer)
        for item in self._stakeholders.values():
            item.set_outer(outer)

    def map_scale(self) -> float:
        """How much the circle was made smaller than the view allows (1.0: not at all)."""
        return self._scale

    def map_aside(self) -> bool:
        """Whether the circle stands in the top left-hand corner, its key beside it."""
        return self._aside

    # -- placement ---------------------------------------------------------------------

    def _seen(self) -> bool:
        """Whether placing now is worth it: a view shows the scene, or it has no view
        at all (a picture being rendered)."""
        views = self.views()
        return not views or any(view.isVisible() for view in views)

    def layout_now(self, *, unless_unseen: bool = False) -> None:
        """Place whatever changed since the last placement (all of it after a resize)."""
        if unless_unseen and not self._seen():
            return
        changed, removed, relations, removed_relations = self._pending
        if not self._pending_full and not (changed or removed or relations or removed_relations):
            return
        self.update()
        full, self._pending_full = self._pending_full, False
        self._pending = (set(), set(), set(), set())
        edit = not full
        if not full:
            full = not self._layout.update(changed, removed, relations, removed_relations)
        if full and edit and self._aside_again():
            full = False  # an edit on the room's numbered map: one layout, not one per size
        if full:
            self._assign_lanes()
            self._aside_at = None
            self.key.condensed = False
            self._kinds_in_legend = True
            self.backdrop.set_titles_on_rim(True)
            self._size_map(1.0)
            fitted = self._layout.full()
            # A crowded map whose key has no room beside the circle: a smaller circle
            # leaves more (a map of very many actors names what it can instead). The
            # room's map first moves its circle aside, then makes it smaller.
            if not fitted and len(self._stakeholders) <= KEY_RESIZE_MOST:
                if self.audience:
                    self._number_aside()
                else:
                    self._shrink_for_key()
        self._apply_visibility()

    def _shrink_for_key(self) -> None:
        """Make the circle smaller until the key fits beside it (or it reads no more)."""
        scale, fitted = 1.0, False
        while not fitted:
            smaller = scale * 0.88
            self._size_map(smaller)
            if smaller < MIN_SCALE or self.backdrop.titles_collide():
                self._size_map(scale)  # as small as it reads well: names left out
                self._layout.full()
                return
            scale = smaller
            fitted = self._layout.full()

    def _aside_again(self) -> bool:
        """After an edit on the room's numbered map: lay it out again at the size the
        last layout found, when every name still fits there (no fewer actors than
        then: a search from the largest size would find the same, at the cost of a
        whole layout per size tried). False: search the sizes again."""
        last = self._aside_at
        if last is None or not last.actors <= len(self._stakeholders) <= KEY_RESIZE_MOST:
            return False
        self._assign_lanes()
        self._size_aside(last)
        if self._layout.full():
            self._aside_at = replace(last, actors=len(self._stakeholders))
            return True
        return False

    def _size_aside(self, look: AsideLook) -> bool:
        """The circle in the corner as ``look`` says; whether its sector titles are on
        the rim (they are listed in the legend instead when they would touch there)."""
        self.key.condensed = look.condensed
        self._kinds_in_legend = look.kinds
        self.backdrop.set_titles_on_rim(True)
        self._size_map(look.scale, aside=True)
        if look.on_rim and not self.backdrop.titles_collide():
            return True
        self.backdrop.set_titles_on_rim(False)
        self._size_map(look.scale, aside=True)  # the legend, now longer, may change sides
        return False

    def _number_aside(self) -> None:
        """The room's map when its names do not all fit beside their actors: every
        actor numbered in its marker, the circle in the corner, as large as leaves its
        key room for every name.

        The largest circle wins: at each size the key is tried in the regular face,
        then in the condensed one. The sector titles stay on the rim down to the size
        at which they would touch; smaller, the legend lists them beside swatches of
        their slices' colours, and the circle may shrink a little further (a larger
        circle with a condensed key reads better than a smaller one: its numbered
        discs stay nearer their actors' places).
        """
        actors = len(self._stakeholders)
        touching = len(ASIDE_SCALES)  # the first size at which the titles touch on the rim
        for on_rim in (True, False):
            # The legend takes room from the key: only where the rim has none for titles.
            for scale in ASIDE_SCALES if on_rim else LEGEND_SCALES[touching:]:
                if on_rim and not self._size_aside(AsideLook(scale, actors, True, False)):
                    touching = ASIDE_SCALES.index(scale)
                    break  # smaller, the titles would only touch more
                for condensed in (False, True):
                    look = AsideLook(scale, actors, on_rim, condensed)
                    self._size_aside(look)
                    if self._layout.full():
                        self._aside_at = look
                        return
        # No size holds every name with the legend whole: every actor named matters more
        # than the relation kinds' names (the lines keep their colours and dashes, and
        # the facilitator's map names them), so the key takes their room.
        tries = [(scale, False) for scale in LEGEND_SCALES[touching:]]
        if touching == len(ASIDE_SCALES):  # titles never touched: the smallest rims first
            tries = [(scale, True) for scale in ASIDE_SCALES[-2:]] + tries
        for scale, on_rim in tries:
            look = AsideLook(scale, actors, on_rim, True, kinds=False)
            self._size_aside(look)
            if self._layout.full():
                self._aside_at = look
                return
        # No size holds every name: the smallest circle (the most room for the key).
        self._size_aside(AsideLook(LEGEND_SCALES[-1], actors, False, True, kinds=False))
        self._layout.full()

    def is_laid_out(self) -> bool:
        """Whether every change so far is placed (False while no view shows the map)."""
        return not self._pending_full and not any(self._pending)

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        # A view about to paint a map it did not see change (a tab just shown, a window
        # resized in several steps, a hidden projector's picture for the preview):
        # place now, once. A view finds the items it draws after the background, so
        # this very paint shows them in their new places.
        if not self.is_laid_out():
            self.layout_now()
        super().drawBackground(painter, rect)

    def set_kind_visible(self, kind: str, visible: bool) -> None:
        """Show or hide every relation of ``kind`` (the legend's filter)."""
        if visible:
            self._hidden_kinds.discard(kind)
        else:
            self._hidden_kinds.add(kind)
        if self._refresh_legend():
            self._pending_full = True
            self.layout_now(unless_unseen=True)
        self._apply_visibility()

    def set_focus(self, stakeholder_id: str, steps: int = 1) -> None:
        """Fade all but ``stakeholder_id`` and its neighbours ``steps`` away ("" ends focus)."""
        if stakeholder_id and stakeholder_id not in self._stakeholders:
            stakeholder_id = ""
        self._focus_id = stakeholder_id
        self._focus_steps = max(1, steps)
        self._apply_visibility()
        self.focus_changed.emit(self._focus_id, self._focus_steps)

    def focused_ids(self) -> set[str]:
        """The stakeholders shown at full strength (all of them when not focusing)."""
        if not self._focus_id:
            return set(self._stakeholders)
        edges = [
            (i.relation.source_id, i.relation.target_id)
            for i in self._relations.values()
            if i.relation.kind not in self._hidden_kinds
        ]
        return neighbours(edges, self._focus_id, self._focus_steps)

    def faded_ids(self) -> frozenset[str]:
        """The stakeholders a focus draws faint (none when not focusing)."""
        if not self._focus_id:
            return frozenset()
        return frozenset(set(self._stakeholders) - self.focused_ids())

    def select_stakeholder(self, stakeholder_id: str) -> None:
        item = self._stakeholders.get(stakeholder_id)
        if item is not None and not (item.isSelected() and len(self.selectedItems()) == 1):
            self.clearSelection()
            item.setSelected(True)

    def select_relation(self, relation_id: str) -> None:
        item = self._relations.get(relation_id)
        if item is not None:
            self.clearSelection()
            item.setSelected(True)

    # -- following the document ------------------------------------------------------

    def _on_session_changed(self, _changes: ChangeSet) -> None:
        if self.audience:  # the session's language may have changed: the room's texts follow
            self.persona.set_placeholder(self._citizen_text())
            if self._refresh_legend():
                self._pending_full = True
        self._refresh_persona()
        # The room's map writes the persona's name across the disc: names part from it.
        self._pending_full = self._pending_full or self.audience
        self._after_change()

    def _on_map_changed(self, changes: ChangeSet) -> None:
        workshop = self.document.workshop
        changed, removed, relations, removed_relations = self._pending
        for record in changes.records(Stakeholder):
            if (stakeholder := workshop.get(Stakeholder, record.id)) is not None:
                self._put_stakeholder(stakeholder)
                changed.add(record.id)
            else:
                self._drop_stakeholder(record.id)
                changed.discard(record.id)
                removed.add(record.id)
        # Relations after stakeholders: a relation needs both of its stakeholders' items.
        for link in changes.records(Relation):
            if (relation := workshop.get(Relation, link.id)) is not None:
                self._put_relation(relation)
                relations.add(link.id)
            else:
                self._drop_relation(link.id)
                relations.discard(link.id)
                removed_relations.add(link.id)
        if changes.touches(Sector, Ring):
            self._refresh_map()
            for item in self._stakeholders.values():
                item.set_record(item.stakeholder, self._colour_of(item.stakeholder))
            self._pending_full = True
        if relations or removed_relations:
            lanes = self._assign_lanes()
            relations.update(lanes)
            if self._refresh_legend():  # a kind came or went: the legend changed size
                self._pending_full = True
        self._after_change()

    def _after_change(self) -> None:
        if self._focus_id and self._focus_id not in self._stakeholders:
            self.set_focus("")
        self.layout_now(unless_unseen=True)

    def _cache(self, item: QGraphicsItem) -> None:
        """On the facilitator's map, draw ``item`` once into a pixmap and reuse it: an
        edit repaints the view, and the paper and the names need not be drawn again.
        (The room's map is painted seldom, and its checks watch every text drawn.)"""
        if not self.audience:
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _colour_of(self, stakeholder: Stakeholder) -> str:
        sectors = self.document.workshop.sectors
        index = cell_of(stakeholder.angle, stakeholder.radius, len(sectors), 1).sector
        return sectors[index].colour if index is not None else NO_SECTOR_COLOUR

    def _put_stakeholder(self, stakeholder: Stakeholder) -> None:
        item = self._stakeholders.get(stakeholder.id)
        if item is None:
            item = StakeholderItem(
                stakeholder,
                self._colour_of(stakeholder),
                self._outer,
                audience=self.audience,
                on_moved=self._on_item_moved,
            )
            self._cache(item)
            self._stakeholders[stakeholder.id] = item
            self.addItem(item)
        else:
            item.set_record(stakeholder, self._colour_of(stakeholder))

    def _drop_stakeholder(self, stakeholder_id: str) -> None:
        item = self._stakeholders.pop(stakeholder_id, None)
        if item is not None:
            self.removeItem(item)

    def _put_relation(self, relation: Relation) -> None:
        source = self._stakeholders.get(relation.source_id)
        target = self._stakeholders.get(relation.target_id)
        if source is None or target is None:
            return
        item = self._relations.get(relation.id)
        if item is None:
            item = RelationItem(relation, source, target)
            self._relations[relation.id] = item
            self.addItem(item)
        else:
            item.set_record(relation, source, target)

    def _drop_relation(self, relation_id: str) -> None:
        item = self._relations.pop(relation_id, None)
        if item is not None:
            self.removeItem(item)

    def _on_item_moved(self, item: StakeholderItem) -> None:
        for relation in self._relations.values():
            if relation.source is item or relation.target is item:
                relation.adjust()

    def _refresh_map(self) -> None:
        workshop = self.document.workshop
        sectors = [SectorLook(s.label, s.colour) for s in workshop.sectors]
        self.backdrop.set_map(self._outer, sectors, [r.label for r in workshop.rings])

    def _refresh_persona(self) -> None:
        session = self.document.session
        picture = (
            self.document.library.media_dir / session.persona_image
            if session.persona_image
            else None
        )
        self.persona.set_persona(session.persona_name, session.persona_description, picture)

    def _assign_lanes(self) -> set[str]:
        """Lanes for parallel relations; the ids of relations whose lane changed."""
        pairs: dict[frozenset[str], int] = {}
        moved = set()
        for item in self._relations.values():
            key = frozenset((item.relation.source_id, item.relation.target_id))
            lane = pairs.get(key, 0)
            pairs[key] = lane + 1
            # 0, 1, -1, 2, -2 …: parallel lines spread to both sides of the first.
            wanted = (lane + 1) // 2 * (1 if lane % 2 else -1)
            if item.lane != wanted:
                item.lane = wanted
                moved.add(item.relation_id)
        return moved

    def _refresh_legend(self) -> bool:
        """The legend's kinds and corner; whether its box changed."""
        before = self.legend.sceneBoundingRect() if self.legend.isVisible() else QRectF()
        used = {i.relation.kind for i in self._relations.values()}
        shown = [k for k in kinds_in_use(used) if k in used and k not in self._hidden_kinds]
        if not self._kinds_in_legend:
            shown = []
        sectors = []
        if not self.backdrop.titles_on_rim():
            sectors = [(look.label, look.colour) for look in self.backdrop.sectors()]
        # Listing the sector titles, the legend is set in the face of the key beside it.
        condensed = bool(sectors) and self.key.condensed
        self.legend.set_kinds(shown, self._outer, self._language(), sectors, condensed=condensed)
        rect = self.sceneRect()
        pad = 10.0
        size = self.legend.boundingRect()
        corner = QPointF(rect.left() + pad, rect.bottom() - size.height() - pad)
        total = self._outer * (1 + LABEL_BAND)
        if self._aside and _meets_circle(QRectF(corner, size.size()), total):
            # The circle in the corner above reaches down to it: to the other corner.
            corner.setX(rect.right() - size.width() - pad)
        self.legend.setPos(corner)
        after = self.legend.sceneBoundingRect() if self.legend.isVisible() else QRectF()
        return before != after

    def _apply_visibility(self) -> None:
        lit = self.focused_ids()
        for sid, chip in self._stakeholders.items():
            chip.setOpacity(1.0 if sid in lit else FADED_OPACITY)
        for line in self._relations.values():
            relation = line.relation
            line.setVisible(relation.kind not in self._hidden_kinds)
            both = relation.source_id in lit and relation.target_id in lit
            line.setOpacity(1.0 if both else FADED_OPACITY)
            if self.audience:
                shown = bool(self._focus_id) and both and line.isVisible()
                if shown != line.label_shown:
                    line.set_label_shown(shown)
                    if self.is_laid_out():
                        self._layout.place_notes([line])

    # -- mouse -----------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        item = self.stakeholder_item_at(event.scenePos())
        left = event.button() == Qt.MouseButton.LeftButton
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if left and item is not None and (self.connect_mode or shift):
            self._interaction = ConnectInteraction(self, item, self.new_relation_kind)
            event.accept()
            return
        super().mousePressEvent(event)
        if left and item is not None:
            self._interaction = MoveInteraction(self)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if isinstance(self._interaction, ConnectInteraction):
            self._interaction.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        interaction, self._interaction = self._interaction, None
        if not isinstance(interaction, ConnectInteraction):
            super().mouseReleaseEvent(event)
        if interaction is not None and event.button() == Qt.MouseButton.LeftButton:
            interaction.finish(event.scenePos())
