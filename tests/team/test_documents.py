"""Templates and method cards travel through the team library like sessions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from n3desk.resources import resource
from n3desk.store.template_files import load_templates
from n3desk.team.errors import StalePublishError, TeamError
from n3desk.team.library import TeamLibrary

from .conftest import make_laptop


def _own_template(folder: Path, name: str) -> None:
    data = json.loads(resource("templates", "roskilde.json").read_text(encoding="utf-8"))
    data["id"] = "vart-roskilde"
    data["name"] = {"sv": name, "en": name}
    target = folder / "templates"
    target.mkdir(parents=True, exist_ok=True)
    (target / "vart-roskilde.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")


def test_a_template_and_a_method_card_reach_the_other_laptop(team_url: str, tmp_path: Path) -> None:
    """Published from A's folders, fetched into B's, where the app's loader finds them."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        _own_template(a.data_dir, "Vårt Roskilde")
        card = resource("methods", "brainwriting.json").read_text(encoding="utf-8")
        (a.data_dir / "methods").mkdir()
        (a.data_dir / "methods" / "brainwriting.json").write_text(card, "utf-8")
        with TeamLibrary(team_url, author="Anna") as team:
            published = team.publish_document(a, "template", "vart-roskilde")
            assert (published.item_id, published.revision) == ("template:vart-roskilde", 1)
            team.publish_document(a, "method", "brainwriting")
            fetched = team.fetch(b, "template:vart")
            assert fetched.file is not None
            team.fetch(b, "method:brainwriting")
        catalog = load_templates(b.data_dir, "sv")
        assert catalog.get("vart-roskilde") is not None
        assert (b.data_dir / "methods" / "brainwriting.json").read_text("utf-8") == card


def test_a_stale_template_is_refused_and_a_broken_one_never_published(
    team_url: str, tmp_path: Path
) -> None:
    """Two laptops change the same template: the second is refused; invalid files are refused."""
    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        _own_template(a.data_dir, "Första")
        with TeamLibrary(team_url, author="Anna") as anna, TeamLibrary(team_url, author="Bo") as bo:
            anna.publish_document(a, "template", "vart-roskilde")
            bo.fetch(b, "template:vart-roskilde")
            _own_template(b.data_dir, "Bos version")
            assert bo.publish_document(b, "template", "vart-roskilde").revision == 2
            _own_template(a.data_dir, "Annas version")
            with pytest.raises(StalePublishError, match="revision 2 by Bo"):
                anna.publish_document(a, "template", "vart-roskilde")
            (a.data_dir / "templates" / "trasig.json").write_text("{not json", "utf-8")
            with pytest.raises(TeamError, match="not a valid template"):
                anna.publish_document(a, "template", "trasig")
            assert [i.latest for i in anna.items()] == [2]


def test_a_fetched_method_card_is_in_the_agendas_method_library(
    team_url: str, tmp_path: Path
) -> None:
    """A team's own card fetched into B's folder is loaded beside B's built-in cards."""
    from n3desk.store.method_files import load_method_catalog

    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        data = json.loads(resource("methods", "brainwriting.json").read_text(encoding="utf-8"))
        data["id"] = "roskilde-gatur"
        data["name"] = {"sv": "Gåtur i Roskilde", "en": "Walk in Roskilde"}
        (a.data_dir / "methods").mkdir()
        (a.data_dir / "methods" / "roskilde-gatur.json").write_text(
            json.dumps(data, ensure_ascii=False), "utf-8"
        )
        assert load_method_catalog(b.data_dir).library.get("roskilde-gatur") is None
        with TeamLibrary(team_url, author="Anna") as team:
            team.publish_document(a, "method", "roskilde-gatur")
            team.fetch(b, "method:roskilde-gatur")
        catalog = load_method_catalog(b.data_dir)
        assert catalog.errors == ()
        assert catalog.own == {"roskilde-gatur"}
        card = catalog.library.get("roskilde-gatur")
        assert card is not None
        assert card.text("sv").name == "Gåtur i Roskilde"


def test_fetching_a_card_keeps_unpublished_local_changes_as_a_copy(
    team_url: str, tmp_path: Path
) -> None:
    """B's own unpublished edit of a card survives a fetch as "(local copy)"; no edit, no copy."""
    from n3desk.store.method_files import load_method_catalog

    def card(name: str) -> str:
        data = json.loads(resource("methods", "brainwriting.json").read_text(encoding="utf-8"))
        data["id"] = "gatur"
        data["name"] = {"sv": name, "en": name}
        return json.dumps(data, ensure_ascii=False)

    with make_laptop(tmp_path, "a") as a, make_laptop(tmp_path, "b") as b:
        (a.data_dir / "methods").mkdir()
        (a.data_dir / "methods" / "gatur.json").write_text(card("Gåtur"), "utf-8")
        with TeamLibrary(team_url, author="Anna") as anna, TeamLibrary(team_url, author="Bo") as bo:
            anna.publish_document(a, "method", "gatur")
            assert bo.fetch(b, "method:gatur").kept_local_copy is None
            assert bo.fetch(b, "method:gatur").kept_local_copy is None  # unchanged: no copy
            (b.data_dir / "methods" / "gatur.json").write_text(card("Bos gåtur"), "utf-8")
            (a.data_dir / "methods" / "gatur.json").write_text(card("Annas gåtur"), "utf-8")
            anna.publish_document(a, "method", "gatur")
            fetched = bo.fetch(b, "method:gatur")
        assert fetched.kept_local_copy == "gatur-local-copy"
        catalog = load_method_catalog(b.data_dir)
        assert catalog.errors == ()
        names = {c.id: c.text("sv").name for c in catalog.library if c.id in catalog.own}
        assert names == {"gatur": "Annas gåtur", "gatur-local-copy": "Bos gåtur (local copy)"}
