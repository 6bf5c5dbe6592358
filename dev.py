#!/usr/bin/env python3
"""Set up and run CCS Desktop from a source checkout, on Windows or Linux (Python 3.11+).

    python dev.py run     create .venv if needed, install the app (no test or build tools), start it on the
                          embedded demo database
    python dev.py test    same set-up with the test and packaging tools (pytest, PyInstaller), then run the
                          whole test suite
    python dev.py bench   same set-up as run, then run the benchmarks (python -m bench)

Extra arguments go to the app, pytest or the bench runner. The virtual environment is refreshed when
pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
MARKER = VENV / ".ccs-installed"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


# The pyproject extras each command installs: a user who only runs the app gets neither pytest nor PyInstaller.
EXTRAS = {"run": (), "bench": (), "test": ("test", "build")}


def ensure_venv(extras: tuple[str, ...] = ()) -> Path:
    if sys.version_info < (3, 11):
        sys.exit(f"CCS Desktop needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    python = venv_python()
    if not python.exists():
        print(f"Creating the virtual environment in {VENV} ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    # The marker holds the pyproject's hash and the extras installed with it; fewer extras need no reinstall.
    lines = MARKER.read_text().split() if MARKER.exists() else []
    installed = set(lines[1].split(",")) - {""} if len(lines) > 1 else set()
    if not lines or lines[0] != wanted or not set(extras) <= installed:
        extras = tuple(sorted(set(extras) | (installed if lines and lines[0] == wanted else set())))
        what = " with " + " and ".join(extras) + " tools" if extras else ""
        print(f"Installing CCS Desktop{what} (first run takes a few minutes) ...", flush=True)
        subprocess.check_call([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        target = f"{ROOT}[{','.join(extras)}]" if extras else str(ROOT)
        subprocess.check_call([str(python), "-m", "pip", "install", "--quiet", "-e", target])
        MARKER.write_text(f"{wanted}\n{','.join(extras)}\n")
    return python


def main(argv: list[str]) -> int:
    command, rest = (argv[0], argv[1:]) if argv else ("run", [])
    if command not in ("run", "test", "bench"):
        print(__doc__)
        return 2
    python = str(ensure_venv(EXTRAS[command]))
    env = dict(os.environ)
    if command == "run":
        return subprocess.call([python, "-m", "ccs_desktop", *rest], cwd=ROOT, env=env)
    if command == "bench":
        return subprocess.call([python, "-m", "bench", *rest], cwd=ROOT, env=env)
    if sys.platform.startswith("linux") and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: Qt tests draw offscreen
    return subprocess.call([python, "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
