"""The Qt binding in use does not corrupt Python's reference counts on signal emits."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_many_signal_emits_exit_cleanly() -> None:
    """Thousands of emits end in a clean exit (PySide6 6.12.0 aborts Python 3.11 here)."""
    code = textwrap.dedent(
        """
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication([])
        class Source(QObject):
            changed = Signal(object)
        source = Source()
        for i in range(20000):
            source.changed.emit([i])
        print("done")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "done"
