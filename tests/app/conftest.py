"""Fixtures for the Qt tests: a document on a temporary library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from n3desk.app.document import SessionDocument
from n3desk.domain.workshop import Workshop
from n3desk.store import Library


@pytest.fixture(autouse=True)
def _temporary_settings(tmp_path, qapp):  # type: ignore[no-untyped-def]
    """QSettings go to an INI file in the test's folder, never the user's."""
    QCoreApplication.setOrganizationName("n3desk-tests")
    QCoreApplication.setApplicationName("n3desk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    QSettings().clear()


@pytest.fixture(autouse=True)
def _english_interface(qapp):  # type: ignore[no-untyped-def]
    """Every test starts in English with the translator installed, as the app does.

    English plural forms ("1 dot", "2 dots") come from the English catalogue; without
    it a test would see the bare source text, or not, depending on test order.
    """
    from n3desk.app.translation import install_translator

    install_translator("en")


@pytest.fixture(autouse=True)
def _wheel_guard(qapp):  # type: ignore[no-untyped-def]
    """The application-wide wheel guard, installed as create_application installs it."""
    from n3desk.app import wheel_guard

    wheel_guard.install(qapp)


@pytest.fixture
def document(library: Library, workshop: Workshop, qapp) -> SessionDocument:  # type: ignore[no-untyped-def]
    """The blank test session, open in a SessionDocument."""
    return SessionDocument(library, library.load(workshop.session.id))


T0 = 1_800_000_000.0


class FakeClock:
    """A wall clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
