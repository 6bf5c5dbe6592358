#!/usr/bin/env python3
"""Build the one-folder bundle with PyInstaller, run its self-test, and (on Windows, with Inno Setup) the installer.

    python installer/build.py [--skip-installer]

Prints the bundle's size and the frozen app's cold start time (the self-test, first run).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "ccs-desktop"


def version() -> str:
    text = (ROOT / "ccs_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def build() -> None:
    subprocess.check_call([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                           "--distpath", str(DIST), "--workpath", str(ROOT / "build"),
                           str(ROOT / "installer" / "ccs_desktop.spec")], cwd=ROOT)


def self_test() -> float:
    exe = BUNDLE / ("ccs-desktop.exe" if os.name == "nt" else "ccs-desktop")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory(prefix="ccs-bundle-home-") as home:
        env["CCS_DESKTOP_HOME"] = home
        started = time.perf_counter()
        result = subprocess.run([str(exe), "--self-test"], env=env, capture_output=True, text=True, timeout=600)
        seconds = time.perf_counter() - started
    sys.stdout.write(result.stdout)
    sys.stderr.write(result.stderr)
    if result.returncode != 0:
        raise SystemExit(f"the frozen app's self-test failed (exit {result.returncode})")
    return seconds


def cold_start() -> float:
    """Seconds from launching the windowed executable to its window showing an (already created) database."""
    exe = BUNDLE / ("CCS Desktop.exe" if os.name == "nt" else "CCS Desktop")
    with tempfile.TemporaryDirectory(prefix="ccs-bundle-home-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CCS_DESKTOP_HOME=home, CCS_DESKTOP_EXIT_WHEN_READY="1")
        subprocess.run([str(exe)], env=env, check=True, timeout=600)  # first start: creates the demo database
        started = time.perf_counter()
        subprocess.run([str(exe)], env=env, check=True, timeout=600)
        return time.perf_counter() - started


def installer() -> Path | None:
    iscc = shutil.which("iscc") or shutil.which("ISCC.exe")
    if os.name != "nt" or not iscc:
        print("Inno Setup not available here: installer not built (Windows with iscc on PATH builds it)")
        return None
    subprocess.check_call([iscc, f"/DAppVersion={version()}", f"/DSourceDir={BUNDLE}", f"/O{DIST}",
                           str(ROOT / "installer" / "ccs-desktop.iss")])
    return DIST / f"ccs-desktop-{version()}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-installer", action="store_true")
    parser.add_argument("--no-build", action="store_true", help="only run the self-test of an existing bundle")
    args = parser.parse_args(argv)
    if not args.no_build:
        build()
    seconds = self_test()
    start = cold_start()
    print(f"bundle: {BUNDLE} ({folder_size(BUNDLE) / 1e6:,.0f} MB); self-test passed in {seconds:.1f}s; "
          f"start to window ready: {start:.1f}s")
    if not args.skip_installer:
        setup = installer()
        if setup:
            print(f"installer: {setup} ({setup.stat().st_size / 1e6:,.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
