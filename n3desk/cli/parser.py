"""The arguments of every command, and which function runs it."""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

import n3desk
from n3desk.cli.common import LANGUAGES, Handler, UsageError


class _VersionAction(argparse.Action):
    """--version, reading the installed version only when asked (it costs ~15 ms)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("help", "show the version and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any, **_kw: Any) -> None:
        print(f"n3desk {n3desk.__version__}")  # noqa: T201 - on stdout, like argparse's own
        parser.exit()


def _lazy(module: str, name: str) -> Handler:
    """A handler imported when its command runs: starting the app should not pay for
    the modules of every other command (DESIGN.md §7's start-up budget)."""

    def handler(args: argparse.Namespace, data_dir: Path) -> int:
        function: Handler = getattr(importlib.import_module(module), name)
        return function(args, data_dir)

    return handler


start_app = _lazy("n3desk.cli.app", "start_app")
shot = _lazy("n3desk.cli.app", "shot")
export = _lazy("n3desk.cli.files", "export")
import_file = _lazy("n3desk.cli.files", "import_file")
notes_import = _lazy("n3desk.cli.files", "notes_import")
check = _lazy("n3desk.cli.sessions", "check")
sessions_list = _lazy("n3desk.cli.sessions", "sessions_list")
sessions_new = _lazy("n3desk.cli.sessions", "sessions_new")
sessions_show = _lazy("n3desk.cli.sessions", "sessions_show")
templates_list = _lazy("n3desk.cli.sessions", "templates_list")
programmes_list = _lazy("n3desk.cli.programmes", "programmes_list")
programmes_new = _lazy("n3desk.cli.programmes", "programmes_new")
programmes_add = _lazy("n3desk.cli.programmes", "programmes_add")
programmes_show = _lazy("n3desk.cli.programmes", "programmes_show")
team_publish = _lazy("n3desk.cli.team", "team_publish")
team_list = _lazy("n3desk.cli.team", "team_list")
team_fetch = _lazy("n3desk.cli.team", "team_fetch")
team_status = _lazy("n3desk.cli.team", "team_status")
team_setup = _lazy("n3desk.cli.team", "team_setup")
team_login = _lazy("n3desk.cli.team", "team_login")
room = _lazy("n3desk.cli.room", "room")

VIEWS = ("overview", "board", "map", "agenda", "projector", "start")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = argparse.ArgumentParser(
        prog="n3desk",
        description="Offline facilitation app for in-room innovation workshops. "
        "Without a command it starts the app.",
    )
    _add_global_options(parser, default=None)
    parser.set_defaults(handler=start_app)
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--demo", action="store_true", help="start the app on the demo session (made if missing)"
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(
        name: str, handler: Handler, help_text: str, into: Any = commands
    ) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = into.add_parser(name, help=help_text, description=help_text)
        _add_global_options(sub, default=argparse.SUPPRESS)
        sub.set_defaults(handler=handler)
        return sub

    sessions = commands.add_parser("sessions", help="list, make and show sessions")
    sessions.set_defaults(handler=_needs_subcommand(sessions))
    under = sessions.add_subparsers(title="commands", metavar="COMMAND")
    sub = command("list", sessions_list, "list sessions, newest first", under)
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = command("new", sessions_new, "make a new session and print its id", under)
    sub.add_argument("title")
    sub.add_argument(
        "--template",
        default="blank",
        metavar="ID",
        help="process template (see: n3desk templates list)",
    )
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = command("show", sessions_show, "show a whole session", under)
    sub.add_argument("id", help="session id or a unique start of one")
    sub.add_argument("--json", action="store_true", help="print the whole session as JSON")

    notes = commands.add_parser("notes", help="import notes from a file")
    notes.set_defaults(handler=_needs_subcommand(notes))
    under = notes.add_subparsers(title="commands", metavar="COMMAND")
    sub = command(
        "import",
        notes_import,
        "import notes from .txt (one per line) or .csv (text[;colour][;frame])",
        under,
    )
    sub.add_argument("id", help="session id or a unique start of one")
    sub.add_argument("file", type=Path)
    sub.add_argument("--board", metavar="NAME", help="board title (default: the first board)")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = command("export", export, "export a session as CSV, PDF or a portable file")
    sub.add_argument("id", help="session id or a unique start of one")
    target = sub.add_mutually_exclusive_group(required=True)
    target.add_argument("--csv", type=Path, metavar="OUT.csv", help="notes as CSV for Excel")
    target.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="the PDF record")
    target.add_argument("--file", type=Path, metavar="OUT.n3desk", help="a portable session file")
    sub.add_argument(
        "--delimiter",
        choices=(";", ","),
        default=";",
        help="CSV delimiter (default ';', as Swedish Excel expects)",
    )

    sub = command("import", import_file, "import a portable .n3desk session file")
    sub.add_argument("file", type=Path)
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = command("shot", shot, "render a view to PNG, off-screen")
    sub.add_argument("id", help="session id (or 'start' for the start page)")
    sub.add_argument("out", type=Path, metavar="OUT.png")
    sub.add_argument("--view", choices=VIEWS, default="overview")
    sub.add_argument("--size", default="1920x1080", type=_size, metavar="WxH")
    sub.add_argument("--board", metavar="NAME", help="board title for --view board or projector")
    sub.add_argument(
        "--show",
        choices=("stage", "board", "map"),
        help="what the projector shows for --view projector (default: the board if"
        " --board is given, else the stage)",
    )

    sub = command("check", check, "check the library and its backups")
    sub.add_argument(
        "--restore",
        action="store_true",
        help="if the library is damaged or missing, put the newest good backup back",
    )

    sub = command("room", room, "serve one session's room to phones, with no window")
    sub.add_argument("id", help="session id or a unique start of one")
    sub.add_argument(
        "--bind",
        metavar="ADDR",
        help="address to serve on (default: this computer's address on the network)",
    )
    sub.add_argument(
        "--port", type=int, default=None, metavar="N", help="port (default 8765; 0: any free)"
    )
    sub.add_argument("--code", metavar="CODE", help="the room code (default: a new random one)")
    sub.add_argument("--json", action="store_true", help='first line: {"url", "code"} as JSON')

    templates = commands.add_parser("templates", help="process templates")
    templates.set_defaults(handler=_needs_subcommand(templates))
    under = templates.add_subparsers(title="commands", metavar="COMMAND")
    sub = command("list", templates_list, "list the process templates", under)
    sub.add_argument("--json", action="store_true", help="print JSON")

    _add_programme_commands(commands, command)
    _add_team_commands(commands, command)
    return parser


def _add_programme_commands(commands: Any, command: Any) -> None:
    programmes = commands.add_parser("programmes", help="series of sessions and their ideas")
    programmes.set_defaults(handler=_needs_subcommand(programmes))
    under = programmes.add_subparsers(title="commands", metavar="COMMAND")
    sub = command("list", programmes_list, "list programmes", under)
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = command("new", programmes_new, "make a programme and print its id", under)
    sub.add_argument("title")
    sub.add_argument("--goal", default="", help="what the programme is for")
    sub.add_argument("--from", dest="start", default="", metavar="DATE", help="first day")
    sub.add_argument("--to", dest="end", default="", metavar="DATE", help="last day")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = command("add", programmes_add, "add a session at the end of a programme", under)
    sub.add_argument("programme", help="programme id or a unique start of one")
    sub.add_argument("session", help="session id or a unique start of one")
    sub = command("show", programmes_show, "show a programme's sessions and ideas", under)
    sub.add_argument("id", help="programme id or a unique start of one")
    sub.add_argument("--json", action="store_true", help="print JSON")


def _add_team_commands(commands: Any, command: Any) -> None:
    team = commands.add_parser(
        "team",
        help="the team library (--team URL or N3DESK_TEAM_URL)",
        description="Publish to and fetch from the team library on PostgreSQL.",
    )
    team.set_defaults(handler=_needs_subcommand(team))
    under = team.add_subparsers(title="commands", metavar="COMMAND")

    def team_command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        sub: argparse.ArgumentParser = command(name, handler, help_text, under)
        sub.add_argument(
            "--team",
            metavar="URL",
            help="postgresql://USER@HOST/DATABASE[?sslmode=verify-full] "
            "(default: $N3DESK_TEAM_URL)",
        )
        return sub

    sub = team_command("publish", team_publish, "publish a session or programme as a new revision")
    sub.add_argument(
        "id",
        help="session or programme id (or a unique start of one), "
        "template:ID for your own template, method:ID for a method card",
    )
    sub.add_argument(
        "--as-copy", action="store_true", help="publish a copy under new ids (after a refusal)"
    )
    sub.add_argument("--author", metavar="NAME", help="name on the revision ($N3DESK_AUTHOR)")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = team_command("list", team_list, "list what the team has published")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = team_command(
        "fetch", team_fetch, "fetch the newest revision; prints the local id (or file)"
    )
    sub.add_argument("team_id", help="team id or a unique start of one")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = team_command("status", team_status, "the server, its schema and the local copies")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = team_command("setup", team_setup, "create or migrate the team schema (admin role)")
    sub.add_argument("--grant", metavar="ROLE", help="the facilitators' role to grant rights to")
    team_command("login", team_login, "keep your password in this computer's keyring")


def _add_global_options(parser: argparse.ArgumentParser, default: Any) -> None:
    """--data-dir and --lang, before the command or after it.

    After a command they default to "not given" (SUPPRESS), so that they never
    hide a value given before it. Each parser gets its own options: argparse's
    ``parents`` would share one option object, defaults and all.
    """
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="library folder (default: $N3DESK_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help="language of the app and of new texts (sv, en, nb, da)",
    )


def _needs_subcommand(parser: argparse.ArgumentParser) -> Handler:
    def handler(_args: argparse.Namespace, _data_dir: Path) -> int:
        raise UsageError(f"'{parser.prog}' needs a command; see '{parser.prog} --help'")

    return handler


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected WIDTHxHEIGHT, e.g. 1920x1080, not {text!r}"
        ) from None
    if not (100 <= width <= 8000 and 100 <= height <= 8000):
        raise argparse.ArgumentTypeError("width and height must be from 100 to 8000")
    return (width, height)
