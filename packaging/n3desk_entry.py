"""Entry point of the bundled app: exactly the ``n3desk`` command of the installed package.

PyInstaller needs a script; the project's entry point is a function
(``n3desk.cli:main``), so this file only calls it. Both executables of the
bundle (``n3desk`` and, on Windows and macOS, the windowed ``n3desk-gui``) run it.
"""

import os
import sys

from n3desk.cli import main

if __name__ == "__main__":
    # A windowed executable has no console: sys.stdout and sys.stderr are None there,
    # and a message written to them would crash the app instead of going nowhere.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    raise SystemExit(main())
