"""The PDF record of a realistic session, parsed back with pypdf."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from n3desk.domain.demo import build_demo
from n3desk.domain.n3card import foundation_text, work_on_next
from n3desk.domain.workshop import Workshop
from n3desk.report import pdf_summary
from n3desk.report.pdf_summary import SECTIONS, write_pdf
from n3desk.report.pdf_texts import LANGUAGES, report_texts

Kit = Any  # the PdfKit class of conftest.py


@pytest.fixture(scope="module")
def demo() -> Workshop:
    """The demo session: boards, votes, ratings, map, agenda with a timer log, decisions."""
    return build_demo("sv", time.time())


@pytest.fixture(scope="module")
def demo_pdf(demo: Workshop, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo session's record, written once for the module."""
    path = tmp_path_factory.mktemp("pdf") / "demo.pdf"
    write_pdf(demo, path)
    return path


def test_every_section_is_in_the_text(kit: Kit, demo: Workshop, demo_pdf: Path) -> None:
    """Cover, agenda, each board and its notes, the map, decisions and the N3 card are there."""
    text = kit.squeeze(kit.pdf_text(demo_pdf))
    texts = report_texts("sv")
    s = demo.session
    for expected in (s.title, s.question, s.place, s.facilitator, s.persona_name):
        assert kit.squeeze(expected) in text
    for heading in ("agenda", "boards", "map", "stakeholders", "relations", "decisions",
                    "n3card", "next", "planned", "actual"):  # fmt: skip
        assert kit.squeeze(texts[heading]) in text, heading
    names = [p.name for p in demo.participants] + [s.name for s in demo.stakeholders]
    for name in names:
        assert kit.squeeze(name) in text
    for board in demo.boards:
        assert kit.squeeze(texts["board"].format(title=board.title)) in text
        for note in demo.notes_on(board.id):
            assert kit.squeeze(note.text) in text
    for stage in demo.stages:
        assert kit.squeeze(stage.title) in text
    for decision in demo.decisions:
        assert kit.squeeze(decision.text) in text
    for foundation in work_on_next(demo.foundations):
        assert kit.squeeze(foundation_text(foundation.key, "sv").question) in text


def test_votes_ratings_and_carried_forward_links_are_listed(
    kit: Kit, demo: Workshop, demo_pdf: Path
) -> None:
    """Notes carry their dots, their N3 ratings and where they were carried to or from."""
    text = kit.squeeze(kit.pdf_text(demo_pdf))
    assert "röster" in text
    for criterion in demo.criteria:
        assert f"{kit.squeeze(criterion.name)}" in text
    assert kit.squeeze("Förd vidare från") in text
    assert kit.squeeze("Förd vidare till") in text


def test_every_page_has_the_session_name_and_page_x_of_y(
    kit: Kit, demo: Workshop, demo_pdf: Path
) -> None:
    """The footer names the session and says "Sida n av N" on every page."""
    found = kit.footers(demo_pdf)
    for number, footer in enumerate(found, start=1):
        assert f"Sida {number} av {len(found)}" in footer
        assert demo.session.title in footer
    assert 4 <= len(found) <= 20


def test_every_font_is_embedded_and_none_is_a_standard_font(kit: Kit, demo_pdf: Path) -> None:
    """Only bundled fonts, embedded: no reference at all to Helvetica or another standard-14."""
    names = kit.base_fonts_in_file(demo_pdf)
    assert names
    assert not names & kit.STANDARD_14
    assert all(name.startswith(("DejaVuSans", "NotoEmoji")) for name in names)
    fonts = kit.page_fonts(demo_pdf)
    assert fonts
    for font in fonts:
        if font.get("/Subtype") != "/Type0":
            assert kit.is_embedded(font), font


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_record_speaks_the_language_asked_for(
    kit: Kit, demo: Workshop, tmp_path: Path, language: str
) -> None:
    """Headings and the footer come in sv, en, nb or da."""
    path = tmp_path / "out.pdf"
    write_pdf(demo, path, language=language, sections=["agenda", "decisions"])
    text = kit.squeeze(kit.pdf_text(path))
    texts = report_texts(language)
    assert kit.squeeze(texts["agenda"]) in text
    assert kit.squeeze(texts["decisions"]) in text
    footer = kit.footers(path)[0]
    assert texts["page"].format(page=1, pages=len(PdfReader(path).pages)) in footer


def test_every_language_has_every_label() -> None:
    """No report label is missing in any language."""
    keys = set(report_texts("sv"))
    for language in LANGUAGES:
        assert set(report_texts(language)) == keys


# Labels that really are the same word in Swedish and in bokmål or Danish.
SAME_AS_SWEDISH = {
    "nb": {"actual", "actual_start", "agenda", "author", "kind_conflict", "label", "minutes",
           "ring", "running", "sector", "time", "total", "decimal_mark"},
    "da": {"actual", "actual_start", "kind_conflict", "kind_information", "minutes", "n3card",
           "persona", "relations", "ring", "rotation", "sector", "title", "decimal_mark"},
}  # fmt: skip


@pytest.mark.parametrize("language", ["nb", "da"])
def test_no_label_is_borrowed_from_swedish(language: str) -> None:
    """A bokmål or Danish label equals the Swedish one only where the word is the same."""
    swedish, own = report_texts("sv"), report_texts(language)
    same = {key for key in own if own[key] == swedish[key]}
    assert same <= SAME_AS_SWEDISH[language]


def test_a_danish_record_has_danish_relation_headers(kit: Kit, tmp_path: Path) -> None:
    """The relations table of a Danish session says Fra / Type / Til / Etiket, and the
    N3 card speaks Danish too — never Från / Till / Etikett (issue 11, point 15)."""
    danish = build_demo("da", time.time())
    assert danish.relations
    path = tmp_path / "da.pdf"
    write_pdf(danish, path, sections=["map", "n3card"])
    text = kit.pdf_text(path)
    for label in ("Fra", "Type", "Til", "Etiket", "Interessenter", "Sektor", "Indflydelse"):
        assert label in text
    for swedish in ("Från", "Till", "Etikett", "Inflytande", "Intressenter", "Förankring"):
        assert swedish not in text
    assert foundation_text("forankring", "da").name in text
    english = tmp_path / "en.pdf"
    write_pdf(danish, english, language="en", sections=["n3card"])
    assert foundation_text("forankring", "en").name in kit.pdf_text(english)


def test_letter_paper_and_a4(demo: Workshop, tmp_path: Path) -> None:
    """A4 by default; Letter when asked for."""
    a4, letter = tmp_path / "a4.pdf", tmp_path / "letter.pdf"
    write_pdf(demo, a4, sections=["cover"])
    write_pdf(demo, letter, pagesize="Letter", sections=["cover"])
    box_a4 = PdfReader(a4).pages[0].mediabox
    box_letter = PdfReader(letter).pages[0].mediabox
    assert (round(float(box_a4.width)), round(float(box_a4.height))) == (595, 842)
    assert (round(float(box_letter.width)), round(float(box_letter.height))) == (612, 792)


def test_sections_can_be_chosen(kit: Kit, demo: Workshop, tmp_path: Path) -> None:
    """Only the sections asked for are written; an unknown one is refused."""
    path = tmp_path / "map.pdf"
    write_pdf(demo, path, sections=["map"])
    text = kit.squeeze(kit.pdf_text(path))
    assert kit.squeeze(report_texts("sv")["map"]) in text
    assert kit.squeeze(report_texts("sv")["decisions"]) not in text
    with pytest.raises(ValueError, match="unknown sections"):
        write_pdf(demo, path, sections=["cover", "poster"])
    assert set(SECTIONS) >= {"cover", "map"}


def test_a_failed_export_leaves_the_old_file_and_no_temporary_file(
    demo: Workshop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PDF is written atomically: a failure midway changes nothing in the folder."""
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "record.pdf"
    path.write_bytes(b"the old record")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(pdf_summary, "build_pdf", broken)
    with pytest.raises(RuntimeError):
        write_pdf(demo, path)
    assert path.read_bytes() == b"the old record"
    assert sorted(p.name for p in folder.iterdir()) == ["record.pdf"]


def test_an_empty_session_still_makes_a_record(kit: Kit, tmp_path: Path) -> None:
    """A session with nothing in it gives a short PDF that says so."""
    from n3desk.domain.templates import BLANK, instantiate

    blank = instantiate(BLANK, "Tom", language="en", now=time.time())
    path = tmp_path / "empty.pdf"
    write_pdf(blank, path)
    text = kit.squeeze(kit.pdf_text(path))
    assert kit.squeeze("No agenda planned.") in text
    assert kit.squeeze("No decisions logged.") in text
    assert kit.squeeze("No stakeholders on the map.") in text


def test_the_pdf_gets_the_usual_file_permissions(demo: Workshop, tmp_path: Path) -> None:
    """The finished PDF is readable like any file the user makes, not private like a temp."""
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    path = tmp_path / "record.pdf"
    write_pdf(demo, path, sections=["cover"])
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask


def test_the_file_carries_the_real_creation_date(demo: Workshop, tmp_path: Path) -> None:
    """CreationDate and ModDate are when the record was made, not ReportLab's 2000-01-01."""
    path = tmp_path / "record.pdf"
    before = time.time()
    write_pdf(demo, path, sections=["cover"])
    after = time.time()
    info = PdfReader(path).metadata
    assert info is not None
    assert info.creation_date is not None
    assert info.modification_date is not None
    made = info.creation_date.timestamp()
    assert int(before) - 1 <= made <= after + 1
    assert info.modification_date.timestamp() == made


def test_a_given_moment_is_stamped_in_the_file_and_on_the_cover(
    kit: Kit, demo: Workshop, tmp_path: Path
) -> None:
    """write_pdf(made_at=…) puts that moment in the metadata and the cover (reproducible)."""
    when = time.mktime((2026, 3, 14, 15, 9, 26, 0, 0, -1))
    path = tmp_path / "record.pdf"
    write_pdf(demo, path, sections=["cover"], made_at=when)
    info = PdfReader(path).metadata
    assert info is not None
    assert info.creation_date is not None
    assert info.creation_date.timestamp() == when
    made = report_texts("sv")["made"].format(when="2026-03-14 15:09")
    assert kit.squeeze(made) in kit.squeeze(kit.pdf_text(path))
