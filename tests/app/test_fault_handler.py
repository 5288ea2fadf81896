"""Faults are visible, not fatal: logged, shown without blocking, the app keeps running."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from pytestqt.qtbot import QtBot

from n3desk.app.dialogs import ScriptedDialogs
from n3desk.app.document import SessionDocument
from n3desk.app.faults import FaultHandler
from n3desk.app.overview_page import OverviewPage


class Trigger(QObject):
    fire = Signal()


@pytest.fixture
def faults(tmp_path: Path) -> Iterator[FaultHandler]:
    handler = FaultHandler(tmp_path / "data", ScriptedDialogs())
    handler.install()
    yield handler
    handler.uninstall()


def test_exception_in_slot_is_logged_and_shown(
    qtbot: QtBot, faults: FaultHandler, document: SessionDocument
) -> None:
    """A slot that raises: logged, a non-blocking dialog, the app runs on, the data saved."""
    page = OverviewPage(document)
    qtbot.addWidget(page)
    page.details.title_edit.setText("Sparad titel")
    page.details.title_edit.commit()

    def broken() -> None:
        raise RuntimeError("boom in a slot")

    trigger = Trigger()
    trigger.fire.connect(broken)
    with qtbot.captureExceptions() as caught:  # pytest-qt's own hook stands aside
        sys.excepthook = faults.handle
        QTimer.singleShot(0, trigger.fire.emit)
        dialogs = faults.dialogs
        assert isinstance(dialogs, ScriptedDialogs)
        qtbot.waitUntil(lambda: bool(dialogs.errors))
    assert caught == []
    log = faults.log_path.read_text(encoding="utf-8")
    assert "boom in a slot" in log
    assert "RuntimeError" in log
    ((_title, message),) = dialogs.errors
    assert str(faults.log_path) in message
    page.details.place_edit.setText("Stadshuset")  # still running, still saving
    page.details.place_edit.commit()
    stored = document.library.load(document.session.id).session
    assert (stored.title, stored.place) == ("Sparad titel", "Stadshuset")


def test_crash_log_is_set_up(faults: FaultHandler) -> None:
    """faulthandler writes to crash.log in the data folder while the handler is installed."""
    import faulthandler

    assert faulthandler.is_enabled()
    assert faults.crash_path.exists()


def test_uninstall_restores_hook(tmp_path: Path) -> None:
    """Uninstalling gives back the previous excepthook and closes the log."""
    before = sys.excepthook
    handler = FaultHandler(tmp_path, ScriptedDialogs())
    handler.install()
    assert sys.excepthook == handler.handle
    handler.uninstall()
    assert sys.excepthook is before
