"""Entry point of the bundled app: exactly the ``n3desk`` command of the installed package.

PyInstaller needs a script; the project's entry point is a function
(``n3desk.cli:main``), so this file only calls it. Both executables of the
bundle (``n3desk`` and, on Windows and macOS, the windowed ``n3desk-gui``) run it.
"""

from n3desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
