"""The end-of-stage signal: the bundled chime, through whatever can play it here.

PySide6-Essentials has no QtMultimedia, and a meeting-room laptop may have no
working audio device at all. The signal is therefore played by the first backend
that exists — QtMultimedia's QSoundEffect, then ``paplay``/``aplay``/``afplay`` as a
detached process, then ``winsound`` on Windows — and when none does, the signal is
visual only (the strip flashes). Playing never blocks and never raises.
"""

from __future__ import annotations

import importlib
import logging
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from n3desk.app import settings
from n3desk.resources import resource_path

log = logging.getLogger(__name__)

Backend = Callable[[Path], None]

PLAYERS = ("paplay", "aplay", "afplay")


def chime_path() -> Path:
    """The bundled two-tone chime."""
    return resource_path("sounds", "stage_end.wav")


def _qt_backend() -> Backend | None:
    try:
        multimedia = importlib.import_module("PySide6.QtMultimedia")
        from PySide6.QtCore import QUrl
    except ImportError:
        return None
    effects: list[object] = []  # keep the effect alive while it plays

    def play(path: Path) -> None:
        effect = multimedia.QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effects[:] = [effect]
        effect.play()

    return play


def _process_backend() -> Backend | None:
    running: list[subprocess.Popen[bytes]] = []  # reaped on the next play
    for name in PLAYERS:
        program = shutil.which(name)
        if program is None:
            continue

        def play(path: Path, program: str = program) -> None:
            running[:] = [p for p in running if p.poll() is None]
            process = subprocess.Popen(
                [program, str(path)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,
            )
            running.append(process)

        return play
    return None


def _windows_backend() -> Backend | None:
    if sys.platform != "win32":
        return None
    try:
        winsound = importlib.import_module("winsound")
    except ImportError:
        return None

    def play(path: Path) -> None:
        winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC)

    return play


def default_backend() -> Backend | None:
    """The first way to play a sound that this machine has, or None (visual only)."""
    for find in (_qt_backend, _windows_backend, _process_backend):
        backend = find()
        if backend is not None:
            return backend
    return None


class SignalPlayer(QObject):
    """Plays the chime unless muted; the mute choice is a user setting.

    Signals:
        played(bool): a signal was given; True if a sound was attempted.
        muted_changed(bool)
    """

    played = Signal(bool)
    muted_changed = Signal(bool)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        backend: Backend | None = None,
        find_backend: Callable[[], Backend | None] = default_backend,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._find_backend = find_backend
        self._searched = backend is not None

    @property
    def muted(self) -> bool:
        return not settings.get(settings.SOUND)

    def set_muted(self, muted: bool) -> None:
        if muted != self.muted:
            settings.put(settings.SOUND, not muted)
            self.muted_changed.emit(muted)

    @property
    def audible(self) -> bool:
        """True when a sound can be played here at all."""
        return self._backend_or_none() is not None

    def play(self) -> None:
        """Give the signal: the chime if not muted and a backend exists."""
        backend = None if self.muted else self._backend_or_none()
        attempted = False
        if backend is not None:
            try:
                backend(chime_path())
                attempted = True
            except Exception:  # sound is a courtesy: never let it break the timer
                log.warning("the end signal could not be played", exc_info=True)
        self.played.emit(attempted)

    def _backend_or_none(self) -> Backend | None:
        if not self._searched:
            self._searched = True
            self._backend = self._find_backend()
        return self._backend
