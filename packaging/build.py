"""Build the n3desk one-folder bundle with PyInstaller, on Windows, macOS or Linux.

    python packaging/build.py                 # own build venv under build/packaging/venv
    python packaging/build.py --venv .venv    # reuse an existing venv (CI does)
    python packaging/build.py --clean --archive

The project is installed into the venv as a regular (non-editable) package with the
``package`` extra, so the bundle holds exactly what a wheel holds. Then PyInstaller
runs ``packaging/n3desk.spec``; the bundle lands in ``dist/n3desk/`` and its size is
printed. Windows version information is written from the package version first.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_VENV = ROOT / "build" / "packaging" / "venv"
WORK_DIR = ROOT / "build" / "packaging" / "pyinstaller"
DIST_DIR = ROOT / "dist"
BUNDLE = DIST_DIR / "n3desk"
VERSION_INFO = HERE / "windows" / "version_info.txt"


def venv_python(env: Path) -> Path:
    """The interpreter of the venv at ``env``, on any platform."""
    if sys.platform == "win32":
        return env / "Scripts" / "python.exe"
    return env / "bin" / "python"


def run(command: list[str | Path], cwd: Path = ROOT) -> None:
    """Run a command, echoing it; stop the build if it fails."""
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], cwd=cwd, check=True)


def installed(python: Path) -> tuple[str, bool] | None:
    """The version of n3desk in the venv and whether it is editable; None if absent."""
    probe = (
        "import importlib.metadata as m, json\n"
        "try: d = m.distribution('n3desk')\n"
        "except m.PackageNotFoundError: print('null')\n"
        "else: print(json.dumps([d.version, d.read_text('direct_url.json') or '{}']))"
    )
    # -I: the current folder must not be on sys.path, or the source tree's
    # n3desk.egg-info would answer instead of the venv's installed metadata.
    out = subprocess.run(
        [str(python), "-I", "-c", probe], check=True, capture_output=True, text=True, cwd=HERE
    )
    found = json.loads(out.stdout)
    if found is None:
        return None
    version, direct_url = found
    return str(version), bool(json.loads(direct_url).get("dir_info", {}).get("editable"))


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows from a version such as ``0.2.0`` or ``1.0.0rc1``."""
    numbers: list[int] = []
    for part in version.split("+")[0].split("."):
        digits = ""
        for char in part:
            if not char.isdigit():
                break
            digits += char
        numbers.append(int(digits or 0))
        if len(numbers) == 4 or digits != part:
            break
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def write_version_info(version: str) -> None:
    """Windows file properties (Details tab) for both executables, from the version."""
    numbers = version_tuple(version)
    text = VERSION_INFO_TEMPLATE.format(numbers=numbers, version=version)
    VERSION_INFO.parent.mkdir(parents=True, exist_ok=True)
    VERSION_INFO.write_text(text, encoding="utf-8")


VERSION_INFO_TEMPLATE = """\
# Windows version resource of n3desk.exe and n3desk-gui.exe.
# Written by packaging/build.py from the package version; do not edit by hand.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
        StringStruct('CompanyName', 'n3desk contributors'),
        StringStruct('FileDescription', 'n3desk - workshop facilitation'),
        StringStruct('FileVersion', '{version}'),
        StringStruct('InternalName', 'n3desk'),
        StringStruct('LegalCopyright', 'MIT licence, n3desk contributors'),
        StringStruct('OriginalFilename', 'n3desk.exe'),
        StringStruct('ProductName', 'n3desk'),
        StringStruct('ProductVersion', '{version}')
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder`` (symlinks not followed)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def add_linux_desktop_files() -> None:
    """The menu entry, the icons (hicolor layout) and install.sh beside the executable."""
    share = BUNDLE / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "linux" / "n3desk.desktop", share / "applications")
    hicolor = share / "icons" / "hicolor"
    (hicolor / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copy2(HERE / "icons" / "n3desk.svg", hicolor / "scalable" / "apps")
    for png in (HERE / "icons").glob("n3desk-*.png"):
        size = png.stem.split("-")[1]
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, folder / "n3desk.png")
    shutil.copy2(HERE / "linux" / "install.sh", BUNDLE / "install.sh")


def collect_system_copyrights() -> int:
    """Copy the Debian copyright files of the system libraries PyInstaller bundled.

    Top-level libraries of ``_internal`` come from the build machine (Qt's and
    Python's own sit in their folders). Needs dpkg; elsewhere it does nothing.
    """
    internal = BUNDLE / "_internal"
    libraries = sorted(
        p.name for p in internal.iterdir() if p.is_file() and not p.is_symlink() and ".so" in p.name
    )
    multiarch = sysconfig.get_config_var("MULTIARCH") or ""
    roots = [Path(r) / multiarch for r in ("/lib", "/usr/lib")] + [Path("/lib"), Path("/usr/lib")]
    originals = [str(root / name) for name in libraries for root in roots if (root / name).exists()]
    if not shutil.which("dpkg") or not originals:
        return 0
    found = subprocess.run(["dpkg", "-S", *originals], capture_output=True, text=True, check=False)
    target = internal / "licenses" / "system"
    target.mkdir(parents=True, exist_ok=True)
    owners: dict[str, set[str]] = {}
    for line in found.stdout.splitlines():
        package, _, path = line.partition(": ")
        owners.setdefault(package.split(":")[0], set()).add(Path(path).name)
    for package, names in sorted(owners.items()):
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if copyright_file.exists():
            header = f"Debian package {package}, bundled as: {', '.join(sorted(names))}\n\n"
            text = copyright_file.read_text(encoding="utf-8", errors="replace")
            (target / f"{package}.txt").write_text(header + text, encoding="utf-8")
    return len(owners)


def archive(version: str) -> Path:
    """A .zip (Windows, macOS) or .tar.gz (Linux) of the bundle folder, to hand out."""
    platform_name = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    fmt = "gztar" if platform_name == "linux" else "zip"
    base = DIST_DIR / f"n3desk-{version}-{platform_name}"
    return Path(shutil.make_archive(str(base), fmt, root_dir=DIST_DIR, base_dir="n3desk"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the n3desk one-folder bundle.")
    parser.add_argument(
        "--venv",
        type=Path,
        default=DEFAULT_VENV,
        help=f"venv for n3desk and PyInstaller (default {DEFAULT_VENV})",
    )
    parser.add_argument(
        "--clean", action="store_true", help="drop PyInstaller's cache and the old bundle first"
    )
    parser.add_argument(
        "--archive", action="store_true", help="also pack the bundle as .zip/.tar.gz in dist/"
    )
    args = parser.parse_args(argv)
    env = args.venv.resolve()

    python = venv_python(env)
    if not python.exists():
        print(f"+ creating the build venv {env}", flush=True)
        venv.create(env, with_pip=True)
    before = installed(python)
    if before is not None and before[1]:
        # Replacing a developer's editable install would quietly stop their venv from
        # following the sources; use the default build venv instead.
        raise SystemExit(f"n3desk is an editable install in {env}: build without --venv")
    # setuptools builds the wheel in build/lib and never empties it: a module deleted
    # or moved in the sources would live on in the wheel, and so in the bundle.
    for stale in (ROOT / "build").glob("lib*"):
        shutil.rmtree(stale, ignore_errors=True)
    for stale in (ROOT / "build").glob("bdist.*"):
        shutil.rmtree(stale, ignore_errors=True)
    # Non-editable on purpose: the bundle must hold what a wheel holds.
    run([python, "-m", "pip", "install", "--disable-pip-version-check", ".[package]"])
    after = installed(python)
    if after is None or after[1]:
        raise SystemExit(f"n3desk did not install as a regular package into {env}")
    version = after[0]
    write_version_info(version)

    icons = HERE / "icons"
    if not (icons / "n3desk.ico").exists():
        run([python, HERE / "make_icons.py"])
    if args.clean:
        shutil.rmtree(WORK_DIR, ignore_errors=True)
    shutil.rmtree(BUNDLE, ignore_errors=True)
    WORK_DIR.mkdir(parents=True, exist_ok=True)
    # Run from the work folder: "python -m" puts the current folder on sys.path, and the
    # repository root there would shadow the installed package with the bare sources.
    run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            DIST_DIR,
            "--workpath",
            WORK_DIR,
            HERE / "n3desk.spec",
        ],
        cwd=WORK_DIR,
    )

    if sys.platform.startswith("linux"):
        add_linux_desktop_files()
        packages = collect_system_copyrights()
        print(f"copyright files of {packages} system packages in _internal/licenses/system")

    size, files = folder_size(BUNDLE)
    print(f"n3desk {version}: bundle {BUNDLE} is {size / 2**20:.1f} MiB in {files} files")
    if args.archive:
        packed = archive(version)
        print(f"archive {packed}: {packed.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    raise SystemExit(main())
