"""Stakeholder-map geometry: polar form, sectors and rings, relocation, focus, styles."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from n3desk.domain.mapgeometry import (
    BUILTIN_KINDS,
    CENTRE_RADIUS,
    NEUTRAL_STYLE,
    Cell,
    cell_at,
    cell_centre,
    cell_of,
    clamp,
    free_spot,
    kinds_in_use,
    neighbours,
    normalise_angle,
    polar_to_xy,
    relation_style,
    relocate,
    ring_at,
    ring_bounds,
    sector_at,
    sector_bounds,
    xy_to_polar,
)

angles = st.floats(min_value=0.0, max_value=359.999, allow_nan=False)
radii = st.floats(min_value=0.01, max_value=1.0, allow_nan=False)
outers = st.floats(min_value=50.0, max_value=3000.0, allow_nan=False)


def _angle_gap(a: float, b: float) -> float:
    gap = abs(a - b) % 360.0
    return min(gap, 360.0 - gap)


@given(angles, radii, outers)
def test_polar_round_trip(angle: float, radius: float, outer: float) -> None:
    """Polar → position → polar gives back the same angle and radius at any map size."""
    x, y = polar_to_xy(angle, radius, outer)
    back_angle, back_radius = xy_to_polar(x, y, outer)
    assert back_radius == pytest.approx(radius, abs=1e-9)
    assert _angle_gap(back_angle, angle) < 1e-6


@given(st.floats(-500, 500), st.floats(-500, 500), outers)
def test_position_round_trip(x: float, y: float, outer: float) -> None:
    """Position → polar → position lands on the same point."""
    angle, radius = xy_to_polar(x, y, outer)
    assert 0.0 <= angle < 360.0
    bx, by = polar_to_xy(angle, radius, outer)
    assert bx == pytest.approx(x, abs=1e-6)
    assert by == pytest.approx(y, abs=1e-6)


def test_clock_directions() -> None:
    """Twelve o'clock is up (y down on screen), three o'clock is right: clockwise."""
    assert polar_to_xy(0, 1) == pytest.approx((0, -1))
    assert polar_to_xy(90, 1) == pytest.approx((1, 0))
    assert polar_to_xy(180, 1) == pytest.approx((0, 1))
    assert xy_to_polar(-1, 0) == pytest.approx((270, 1))


def test_centre_is_the_citizens_disc() -> None:
    """The exact centre has angle 0 and radius 0 and falls in no ring."""
    assert xy_to_polar(0, 0) == (0.0, 0.0)
    assert cell_at(0, 0, 7, 3) == Cell(0, None)
    assert cell_at(0, 0, 7, 3).is_centre
    assert ring_at(CENTRE_RADIUS - 1e-9, 3) is None
    assert ring_at(CENTRE_RADIUS, 3) == 0


def test_edges_belong_to_what_starts_there() -> None:
    """A boundary angle or radius belongs to the next sector or ring; the rim to the last."""
    assert sector_at(0.0, 7) == 0
    assert sector_at(360.0 / 7, 7) == 1
    assert sector_at(359.9999, 7) == 6
    assert sector_at(360.0, 7) == 0
    assert sector_at(-0.5, 4) == 3
    inner, outer = ring_bounds(1, 3)
    assert ring_at(inner, 3) == 1
    assert ring_at(outer, 3) == 2
    assert ring_at(1.0, 3) == 2
    assert ring_at(5.0, 3) == 2
    assert cell_at(0, -1000, 4, 3, outer=500) == Cell(0, 2)


def test_no_sectors_or_rings() -> None:
    """A map without sectors or rings places points in no sector and no ring."""
    assert sector_at(10, 0) is None
    assert ring_at(0.5, 0) is None


@given(st.integers(1, 12), st.integers(1, 6), st.data())
def test_cell_centre_is_in_its_cell(sectors: int, rings: int, data: st.DataObject) -> None:
    """The middle of every cell falls in that cell."""
    s = data.draw(st.integers(0, sectors - 1))
    r = data.draw(st.integers(0, rings - 1))
    assert cell_of(*cell_centre(s, r, sectors, rings), sectors, rings) == Cell(s, r)


@given(st.integers(1, 9), st.integers(1, 5), st.data())
def test_free_spot_stays_in_its_cell(sectors: int, rings: int, data: st.DataObject) -> None:
    """A free spot is inside the asked cell, even when the cell is crowded."""
    s = data.draw(st.integers(0, sectors - 1))
    r = data.draw(st.integers(0, rings - 1))
    taken: list[tuple[float, float]] = []
    for _ in range(6):
        spot = free_spot(s, r, sectors, rings, taken)
        assert cell_of(*spot, sectors, rings) == Cell(s, r)
        taken.append(spot)


def test_free_spot_avoids_others() -> None:
    """A second stakeholder typed into a cell does not land on the first one."""
    first = free_spot(2, 1, 7, 3)
    second = free_spot(2, 1, 7, 3, [first])
    assert second != first


@given(angles, st.floats(-1, 3, allow_nan=False))
def test_clamp_keeps_out_of_the_centre_and_inside_the_rim(angle: float, radius: float) -> None:
    """A clamped position is always in a ring, never in the citizen's disc or outside."""
    a, r = clamp(angle + 720, radius)
    assert 0 <= a < 360
    assert CENTRE_RADIUS < r < 1.0
    assert ring_at(r, 3) is not None


def test_normalise_angle() -> None:
    """Angles fold into [0, 360)."""
    assert normalise_angle(360) == 0
    assert normalise_angle(-90) == 270
    assert normalise_angle(-1e-20) == 0


@given(angles, st.floats(CENTRE_RADIUS, 1.0, allow_nan=False))
def test_relocate_keeps_sector_and_ring_when_one_is_added(angle: float, radius: float) -> None:
    """Adding a sector and a ring keeps every stakeholder in its sector and ring."""
    old_s, new_s = ["a", "b", "c"], ["a", "b", "new", "c"]
    old_r, new_r = ["in", "out"], ["in", "mid", "out"]
    before = cell_of(angle, radius, 3, 2)
    after = cell_of(*relocate((angle, radius), old_s, new_s, old_r, new_r), 4, 3)
    assert after.sector == new_s.index(old_s[before.sector or 0])
    assert after.ring == new_r.index(old_r[before.ring or 0])


def test_relocate_moves_a_removed_sectors_stakeholders_to_a_neighbour() -> None:
    """A stakeholder in a removed sector or ring moves to the nearest surviving one."""
    angle, radius = relocate(
        cell_centre(1, 1, 3, 2), ["a", "b", "c"], ["a", "c"], ["x", "y"], ["x"]
    )
    assert cell_of(angle, radius, 2, 1) == Cell(0, 0)


def test_relocate_follows_a_reorder() -> None:
    """Swapping two sectors carries their stakeholders along."""
    position = cell_centre(0, 0, 2, 1)
    moved = relocate(position, ["a", "b"], ["b", "a"], ["r"], ["r"])
    assert cell_of(*moved, 2, 1) == Cell(1, 0)
    assert moved[1] == pytest.approx(position[1])


def test_neighbours_one_and_two_steps() -> None:
    """Focus takes the stakeholder and those one or two relations away, in any direction."""
    edges = [("a", "b"), ("c", "b"), ("c", "d"), ("x", "y")]
    assert neighbours(edges, "a", 0) == {"a"}
    assert neighbours(edges, "a", 1) == {"a", "b"}
    assert neighbours(edges, "a", 2) == {"a", "b", "c"}
    assert neighbours(edges, "lonely", 2) == {"lonely"}


def test_relation_styles_are_distinct_and_own_kinds_neutral() -> None:
    """Every built-in kind has its own look; a user's own kind is drawn neutral."""
    looks = {relation_style(k) for k in BUILTIN_KINDS}
    assert len(looks) == len(BUILTIN_KINDS)
    assert len({s.colour for s in looks}) == len(BUILTIN_KINDS)
    assert relation_style("Vänskap") == NEUTRAL_STYLE
    assert kinds_in_use(["trust", "Vänskap", "avtal"]) == [*BUILTIN_KINDS, "avtal", "Vänskap"]


def test_bounds_cover_the_circle() -> None:
    """Sectors tile the full turn and rings reach from the citizen's disc to the rim."""
    assert sector_bounds(0, 7)[0] == 0
    assert sector_bounds(6, 7)[1] == pytest.approx(360)
    assert ring_bounds(0, 4)[0] == CENTRE_RADIUS
    assert ring_bounds(3, 4)[1] == pytest.approx(1.0)
    assert math.isclose(sum(b - a for a, b in (sector_bounds(i, 5) for i in range(5))), 360)
