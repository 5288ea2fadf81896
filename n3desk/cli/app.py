"""Commands that need the Qt app: starting it, and pictures of it (``shot``).

Qt is imported inside the functions, so every other command starts without it.
"""

from __future__ import annotations

import argparse
import gc
import time
from pathlib import Path

from n3desk.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    OutputFileError,
    UsageError,
    fail,
    language_of,
    library_at,
    out,
    resolve_session,
)
from n3desk.store import Library


def start_app(args: argparse.Namespace, data_dir: Path) -> int:
    """No command: start the app (on the demo session with --demo)."""
    demo_id = None
    if args.demo:
        with library_at(data_dir, write=True) as library:
            demo_id = ensure_demo_session(library, language_of(args))
    # Importing the app makes many short-lived objects (PySide builds a Python enum
    # class for each Qt enum first touched): Python's collector is paused meanwhile,
    # as while the window is built (n3desk.app.main.collection_paused; issue 16).
    collecting = gc.isenabled()
    gc.disable()
    try:
        from n3desk.app.main import run_app
    except ImportError as exc:
        return fail(f"the app cannot start: {exc}", EXIT_FAILED)
    finally:
        if collecting:
            gc.enable()
    return run_app(data_dir, language=args.lang, demo_session_id=demo_id)


def ensure_demo_session(library: Library, language: str, now: float | None = None) -> str:
    """The id of the library's demo session, made now if there is none."""
    # Imported here: starting the app without --demo should not pay for the demo.
    from n3desk.domain.demo import DEMO_TEMPLATE_ID, build_demo

    found = library.sessions_from_template(DEMO_TEMPLATE_ID)
    if found:
        return str(found[0])
    demo = build_demo(language, time.time() if now is None else now)
    library.add(demo)
    return demo.session.id


def shot(args: argparse.Namespace, data_dir: Path) -> int:
    """n3desk shot ID OUT.png [--view ...] [--size WxH] [--board NAME] [--show WHAT]"""
    view: str = args.view
    session_id: str | None = None
    if args.id == "start":
        if view not in ("overview", "start"):
            raise UsageError("the start page has only one view; leave out --view")
        view = "start"
    else:
        with library_at(data_dir, write=False) as library:
            session_id = resolve_session(library, args.id)
            if args.board is not None:
                from n3desk.cli.files import board_named

                board_named(library.load(session_id), args.board)  # a clear error up front
    try:
        from n3desk.app.shot import render_shot
    except ImportError as exc:
        return fail(f"pictures need the app, which cannot start: {exc}", EXIT_FAILED)
    if args.show is not None and view != "projector":
        raise UsageError("--show is for --view projector: what the room's screen shows")
    options = {"board": args.board} if args.board else {}
    if args.show is not None:
        options["show"] = args.show
    try:
        render_shot(
            data_dir,
            session_id,
            args.out,
            view=view,
            size=args.size,
            language=args.lang,
            options=options,
        )
    except (ValueError, LookupError) as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise OutputFileError(f"{args.out}: {exc}") from None
    out(f"Wrote {args.out}")
    return EXIT_OK
