"""Smoke test of the built bundle: the commands a facilitator's IT department would try.

    python packaging/smoke_test.py [dist/n3desk]

Runs the bundle's own ``n3desk`` executable with a clean environment: no Python on
PATH, no PYTHONPATH or venv, HOME and the XDG folders in a temporary folder, Qt
off-screen, and a temporary ``--data-dir``. Checks ``--version``, ``sessions new``,
``notes import``, ``export --csv`` (and ``--pdf`` and ``shot`` of the start page when
the CLI offers them), ``shot`` of the overview and ``check``. Exits 1 with the failing
command, its exit code and its output on the first failure.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 180
NOTES = ["Fler bänkar i parken", "Öppet bibliotek på kvällen", "<b>inte fet</b> & 🙂"]
SHOT_SIZE = (1280, 800)


class SmokeError(Exception):
    """A step of the smoke test went wrong; the message says which and why."""


class NotAvailableError(Exception):
    """The CLI says it does not have a step's feature yet: the step is skipped."""


def executable(bundle: Path) -> Path:
    """The console executable of the one-folder bundle."""
    name = "n3desk.exe" if sys.platform == "win32" else "n3desk"
    path = bundle / name
    if not path.is_file():
        raise SmokeError(f"no {name} in {bundle}: build it with packaging/build.py")
    return path


def has_python(folder: str) -> bool:
    names = ("python", "python3", "python.exe", "python3.exe", "py.exe")
    return any((Path(folder) / name).exists() for name in names)


def clean_environment(home: Path) -> dict[str, str]:
    """An environment with nothing of a Python installation and a private home."""
    path = os.pathsep.join(
        p for p in os.environ.get("PATH", "").split(os.pathsep) if p and not has_python(p)
    )
    env = {"PATH": path, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir()
        env[name] = str(folder)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    if sys.platform == "win32":  # Windows cannot start a process without these
        for name in ("SYSTEMROOT", "WINDIR", "SYSTEMDRIVE", "COMSPEC"):
            if name in os.environ:
                env[name] = os.environ[name]
        env.update(
            USERPROFILE=str(home),
            APPDATA=str(home / "appdata"),
            LOCALAPPDATA=str(home / "localappdata"),
            TEMP=str(home),
            TMP=str(home),
        )
    for name in ("python", "python3"):
        if shutil.which(name, path=path):
            raise SmokeError(f"could not take {name} off PATH for the test")
    return env


class Bundle:
    """Runs the bundled executable in the clean environment and records the steps."""

    def __init__(self, exe: Path, env: dict[str, str], data_dir: Path, work: Path) -> None:
        self.exe = exe
        self.env = env
        self.data_dir = data_dir
        self.work = work
        self.passed = 0

    def run(self, *args: str, library: bool = True) -> str:
        """Run ``n3desk args``; its stdout, or SmokeError if it exits non-zero."""
        code, stdout, stderr = self.attempt(*args, library=library)
        if code != 0:
            raise self.failure(args, code, stdout, stderr)
        return stdout

    def failure(self, args: tuple[str, ...], code: int, stdout: str, stderr: str) -> SmokeError:
        shown = " ".join([self.exe.name, *args])
        return SmokeError(
            f"{shown}\n  exit code {code}\n  stdout: {stdout.strip()}\n  stderr: {stderr.strip()}"
        )

    def attempt(self, *args: str, library: bool = True) -> tuple[int, str, str]:
        """Run ``n3desk args``; exit code, stdout and stderr."""
        command = [str(self.exe)]
        if library:
            command += ["--data-dir", str(self.data_dir)]
        command += list(args)
        try:
            done = subprocess.run(
                command,
                env=self.env,
                cwd=self.work,
                capture_output=True,
                timeout=TIMEOUT_S,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeError(f"{' '.join(command)}\n  did not finish in {TIMEOUT_S} s") from exc
        stdout = done.stdout.decode("utf-8", "replace")
        return done.returncode, stdout, done.stderr.decode("utf-8", "replace")

    def step(self, title: str, check: Callable[[], None]) -> None:
        """Run one check and say so; a failure names the step."""
        try:
            check()
        except SmokeError as exc:
            raise SmokeError(f"{title}: {exc}") from exc
        except NotAvailableError as exc:
            print(f"--  {title}: skipped, {exc}", flush=True)
            return
        self.passed += 1
        print(f"ok  {title}", flush=True)


def bundled_version(bundle: Path) -> str:
    """The version in the bundle's copy of the n3desk metadata."""
    for metadata in bundle.glob("**/n3desk-*.dist-info/METADATA"):
        match = re.search(r"^Version: (\S+)$", metadata.read_text("utf-8"), re.MULTILINE)
        if match:
            return match.group(1)
    raise SmokeError("the bundle carries no n3desk metadata (copy_metadata in the spec)")


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    data = path.read_bytes()[:24] if path.exists() else b""
    if len(data) < 24 or data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise SmokeError(f"{path} is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def _post(url: str, body: dict[str, str], token: str = "") -> dict[str, str]:
    """POST JSON to the room; its JSON answer."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(
        url, data=json.dumps(body).encode("utf-8"), headers=headers, method="POST"
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        result: dict[str, str] = json.loads(answer.read())
        return result


def smoke(bundle: Path, keep: Path | None = None) -> int:
    """Every step against one temporary library; the number of steps passed.

    ``keep``: a folder to copy the exported files and shots into, to look at them.
    """
    exe = executable(bundle)
    with tempfile.TemporaryDirectory(prefix="n3desk-smoke-") as tmp:
        work = Path(tmp)
        app = Bundle(exe, clean_environment(work), work / "library", work)
        session: dict[str, str] = {}

        def version() -> None:
            out = app.run("--version", library=False)
            expected = bundled_version(bundle)
            if expected not in out:
                raise SmokeError(f"--version printed {out.strip()!r}, expected {expected}")

        def new_session() -> None:
            out = app.run("sessions", "new", "Röktest", "--json")
            made = json.loads(out)
            if made.get("title") != "Röktest" or not made.get("id"):
                raise SmokeError(f"unexpected answer {out.strip()!r}")
            session["id"] = str(made["id"])

        def import_notes() -> None:
            source = work / "notes.csv"
            with source.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(["text"])
                writer.writerows([text] for text in NOTES)
            app.run("notes", "import", session["id"], str(source))

        def export_csv() -> None:
            target = work / "out.csv"
            app.run("export", session["id"], "--csv", str(target))
            text = target.read_text(encoding="utf-8-sig") if target.exists() else ""
            missing = [note for note in NOTES if note not in text]
            if missing:
                raise SmokeError(f"{target} lacks the imported notes {missing}")

        def export_pdf() -> None:
            target = work / "out.pdf"
            args = ("export", session["id"], "--pdf", str(target))
            code, stdout, stderr = app.attempt(*args)
            if code == 2 and "not available" in stderr:  # the PDF record has not landed yet
                raise NotAvailableError(stderr.strip())
            if code != 0:
                raise app.failure(args, code, stdout, stderr)
            data = target.read_bytes() if target.exists() else b""
            if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
                raise SmokeError(f"{target} is not a complete PDF")

        def shot(view: str, subject: str) -> Callable[[], None]:
            def check() -> None:
                target = work / f"{view}.png"
                size = "x".join(str(n) for n in SHOT_SIZE)
                app.run("shot", subject, str(target), "--view", view, "--size", size)
                if png_size(target) != SHOT_SIZE:
                    raise SmokeError(f"{target} is {png_size(target)}, not {SHOT_SIZE}")

            return check

        def check_library() -> None:
            app.run("check")

        def room() -> None:
            """The room serves the phone page and takes a note (aiohttp is in the bundle)."""
            command = [str(exe), "--data-dir", str(app.data_dir), "room", session["id"],
                       "--bind", "127.0.0.1", "--port", "0", "--json"]  # fmt: skip
            served = subprocess.Popen(command, env=app.env, cwd=work, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True)  # fmt: skip
            try:
                first = json.loads(served.stdout.readline() if served.stdout else "{}")
                url, code = first["url"], first["code"]
                with urllib.request.urlopen(url, timeout=30) as page:
                    if b"/static/app.js" not in page.read():
                        raise SmokeError(f"{url} did not serve the phone page")
                joined = _post(url + "api/join", {"code": code, "name": "Röktest"})
                note = _post(url + "api/notes", {"text": "från telefonen"}, joined["token"])
                if not note.get("id"):
                    raise SmokeError(f"the room did not take a note: {note}")
            except (OSError, ValueError, KeyError) as exc:
                raise SmokeError(f"the room failed: {exc!r}") from exc
            finally:
                served.terminate()
                code_ = served.wait(timeout=60)
                for stream in (served.stdout, served.stderr):
                    if stream is not None:
                        stream.close()
            if code_ != 0 and os.name == "posix":  # Windows' terminate() is not a signal
                raise SmokeError(f"n3desk room exited {code_} on SIGTERM")

        app.step("--version", version)
        app.step('sessions new "Röktest" --json', new_session)
        app.step("notes import ID notes.csv", import_notes)
        app.step("export ID --csv out.csv", export_csv)
        app.step("export ID --pdf out.pdf", export_pdf)
        app.step("shot ID overview.png --view overview", shot("overview", session["id"]))
        shot_help = app.run("shot", "--help", library=False)
        if re.search(r"\bstart\b", shot_help):
            app.step("shot start start.png --view start", shot("start", "start"))
        app.step("check", check_library)
        app.step("room ID --bind 127.0.0.1 --port 0 --json", room)
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
            for made in work.iterdir():
                if made.suffix in (".png", ".csv", ".pdf") and made.is_file():
                    shutil.copy2(made, keep / made.name)
        return app.passed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test the built n3desk bundle.")
    parser.add_argument(
        "bundle",
        nargs="?",
        type=Path,
        default=ROOT / "dist" / "n3desk",
        help="the one-folder bundle (default dist/n3desk)",
    )
    parser.add_argument("--keep", type=Path, help="copy the exports and shots into this folder")
    args = parser.parse_args(argv)
    try:
        passed = smoke(args.bundle.resolve(), args.keep)
    except SmokeError as exc:
        print(f"smoke test FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"smoke: {passed} passed, 0 failed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
