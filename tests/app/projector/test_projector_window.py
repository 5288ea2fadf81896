"""The projector window off-screen: blackout, freeze, follow, fixed, hidden notes, stages."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication
from pytestqt.qtbot import QtBot

from n3desk.app.projector.state import BOARD, MAP, STAGE, Target
from n3desk.app.projector.window import choose_screen
from n3desk.app.session_window import SessionWindow
from n3desk.app.theme import THEMES, theme_sheet
from n3desk.domain.changes import Put
from n3desk.domain.entities import Note, new_id

from .conftest import DrawnText, FakeClock


def _note(session: SessionWindow, text: str, x: float, *, hidden: bool = False) -> Note:
    document = session.document
    board = document.workshop.boards[0]
    note = Note(new_id(), board.id, text, x=x, y=0.0, hidden=hidden)
    document.apply([Put(note)])
    return note


def test_placed_on_a_geometry_it_shows_the_current_stage(session: SessionWindow) -> None:
    """place_on puts the window on exactly that rectangle, showing the first stage's card."""
    window = session.presenter.window
    assert window.geometry() == QRect(2000, 0, 1024, 768)
    assert window.content.shown_kind() == STAGE
    card = window.content.card
    assert card.title.text() == "Behov"
    assert card.instructions.text() == "Skriv en lapp per behov."
    assert card.clock.text() == "10:00"


def test_blackout_shows_black_and_returns(session: SessionWindow) -> None:
    """Blackout makes the whole picture black; leaving it shows the stage again."""
    presenter = session.presenter
    presenter.actions["projector.blackout"].trigger()
    assert presenter.state.blackout
    image = presenter.window.picture().toImage()
    assert {image.pixelColor(x, y).name() for x, y in ((0, 0), (512, 384), (1000, 700))} == {
        QColor("#000000").name()
    }
    presenter.actions["projector.blackout"].trigger()
    assert not presenter.state.blackout
    assert presenter.window.layers.currentWidget() is presenter.window.content


def test_blackout_is_black_on_the_wall_in_every_theme(session: SessionWindow) -> None:
    """Blackout paints the projector window itself black, whatever theme styles it."""
    presenter = session.presenter
    presenter.actions["projector.blackout"].trigger()
    window = presenter.window
    try:
        for theme in THEMES:
            # The theme's whole sheet on the projector window alone: styling the whole app
            # again would re-polish every window earlier tests left behind.
            window.setStyleSheet(theme_sheet(theme))
            image = window.grab().toImage()  # the window as drawn, not a made-up picture
            colours = {
                image.pixelColor(x, y).name()
                for y in range(0, image.height(), 37)
                for x in range(0, image.width(), 41)
            }
            assert colours == {"#000000"}, theme
    finally:
        window.setStyleSheet("")


def test_freeze_keeps_the_last_picture_while_the_facilitator_works(
    session: SessionWindow,
) -> None:
    """Frozen, the projector keeps its picture though the view and the board change."""
    presenter = session.presenter
    before = presenter.window.picture().toImage()
    presenter.actions["projector.freeze"].trigger()
    session.show_view("map")
    _note(session, "Ny idé", 0.0)
    assert presenter.window.picture().toImage() == before
    assert presenter.window.content.shown_kind() == STAGE
    presenter.actions["projector.freeze"].trigger()
    assert presenter.window.content.shown_kind() == MAP


def test_follow_shows_what_the_facilitator_looks_at(session: SessionWindow) -> None:
    """Following, the projector shows the board, the map, or the stage with the tabs."""
    content = session.presenter.window.content
    session.show_view("board")
    assert content.shown_kind() == BOARD
    assert content.board.board_id == session.boards.tabs.current_board()
    session.show_view("map")
    assert content.shown_kind() == MAP
    session.show_view("agenda")
    assert content.shown_kind() == STAGE


def test_fixed_stays_put_until_follow_again(session: SessionWindow) -> None:
    """A fixed target ignores the tabs; "Follow my view" takes up following again."""
    presenter = session.presenter
    session.show_view("map")
    presenter.actions["projector.stage"].trigger()
    assert not presenter.state.follow
    session.show_view("board")
    assert presenter.window.content.shown_kind() == STAGE
    presenter.actions["projector.follow"].trigger()
    assert presenter.state.follow
    assert presenter.window.content.shown_kind() == BOARD


def test_hidden_notes_are_never_drawn_on_the_projector(
    session: SessionWindow, drawn_texts: list[DrawnText]
) -> None:
    """A hidden note's text is not drawn by the projector; the facilitator still sees it."""
    shown = _note(session, "Synlig lapp", 0.0)
    secret = _note(session, "HEMLIG-LAPP", 220.0, hidden=True)
    session.show_view("board")
    projector = session.presenter.window
    assert projector.content.shown_kind() == BOARD
    projector.content.board.refit()
    projector.grab()
    texts = " ".join(t.text for t in drawn_texts)
    assert "Synlig" in texts
    assert "HEMLIG" not in texts
    audience = projector.content.board.scene()
    assert audience is not None
    assert not audience.notes[secret.id].isVisible()
    assert audience.notes[shown.id].isVisible()
    view = session.boards.current_view()
    assert view is not None
    assert view.board_scene.notes[secret.id].isVisible()


def test_show_selection_sends_the_selected_notes(session: SessionWindow) -> None:
    """ "Show selection to the room" fixes the projector on the selected notes only."""
    first = _note(session, "Ett", 0.0)
    _note(session, "Två", 600.0)
    session.show_view("board")
    view = session.boards.current_view()
    assert view is not None
    view.board_scene.select([first.id])
    session.presenter.actions["projector.show"].trigger()
    board = session.document.workshop.boards[0]
    assert session.presenter.state.shown == Target(BOARD, board.id, (first.id,))
    assert session.presenter.window.content.board.note_ids == (first.id,)


def test_stage_changes_are_followed(session: SessionWindow, clock: FakeClock) -> None:
    """Starting, running out and moving to the next stage show on the stage card."""
    card = session.presenter.window.content.card
    timer = session.presenter.timer
    timer.toggle()
    clock.advance(90)
    timer.refresh()
    assert card.clock.text() == "8:30"
    clock.advance(9 * 60)
    timer.refresh()
    assert card.clock.text() == "+0:30"
    assert card.status.text() == "Tiden är slut"  # in the Swedish session's language
    timer.next_stage()
    assert card.title.text() == "Idéer"
    assert card.instructions.text() == "Tänk fritt."
    assert card.clock.text() == "20:00"


def test_screen_choice_avoids_the_laptop() -> None:
    """The remembered screen wins; else any but the laptop's; the laptop only for F5."""
    assert choose_screen(["LVDS", "HDMI-1"], "LVDS", "") == "HDMI-1"
    assert choose_screen(["LVDS", "HDMI-1", "DP-2"], "LVDS", "DP-2") == "DP-2"
    assert choose_screen(["LVDS"], "LVDS", "HDMI-1") is None
    assert choose_screen(["LVDS"], "LVDS", "", allow_laptop=True) == "LVDS"


def test_a_projector_pulled_out_hides_the_window(session: SessionWindow) -> None:
    """When the projector's screen goes away the window hides instead of covering the laptop."""
    window = session.presenter.window
    screen = QGuiApplication.primaryScreen()
    window.screen_name = screen.name()
    window.wanted = True
    window.on_screen_removed(screen)
    assert not window.isVisible()
    assert window.screen_name == ""
    assert "No second screen" in session.presenter.status_text()


def test_f5_presents_on_this_screen_and_esc_leaves(session: SessionWindow, qtbot: QtBot) -> None:
    """F5 opens the projector full-screen on the only screen; Esc closes it again."""
    window = session.presenter.window
    window.leave()
    session.presenter.actions["projector.present"].trigger()
    assert window.isVisible()
    assert window.one_screen
    assert window.isFullScreen()
    assert session.presenter_panel.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_projector_keys_are_the_same_presenting_or_not(session: SessionWindow) -> None:
    """Blackout and freeze are Ctrl+Shift+B and Ctrl+Shift+F only, whether presenting or not."""
    blackout = session.presenter.actions["projector.blackout"]
    freeze = session.presenter.actions["projector.freeze"]
    for _ in range(2):
        assert [s.toString() for s in blackout.shortcuts()] == ["Ctrl+Shift+B"]
        assert [s.toString() for s in freeze.shortcuts()] == ["Ctrl+Shift+F"]
        session.presenter.leave()


def test_presenting_on_one_screen_shows_a_small_bar_when_the_pointer_moves(
    session: SessionWindow, qtbot: QtBot
) -> None:
    """F5: moving the mouse shows blackout/freeze/leave for a moment; a projector never."""
    window = session.presenter.window
    bar = window.presenting_bar
    window.leave()
    session.presenter.actions["projector.present"].trigger()
    assert window.one_screen
    assert not bar.isVisible()
    bar.hide_timer.setInterval(100)
    bar.wake()  # what a moved pointer does
    assert bar.isVisible()
    assert bar.geometry().bottom() < window.height()
    bar.blackout_button.click()
    assert session.presenter.state.blackout
    bar.blackout_button.click()
    assert not session.presenter.state.blackout
    bar.freeze_button.click()
    assert session.presenter.state.frozen
    bar.freeze_button.click()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
    bar.wake()
    with qtbot.waitSignal(window.leave_requested):
        bar.leave_button.click()
    assert not window.isVisible()

    window.open(one_screen=False)  # a real projector: the room never sees the controls
    assert not bar.poll.isActive()
    window.leave()
