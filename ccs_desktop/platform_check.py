"""The system libraries Qt's Linux window plugin (xcb) needs, and a plain message naming the missing ones.

PySide6 brings Qt itself; the X11/XCB, OpenGL, font and D-Bus libraries come from the system. Without one of
them Qt aborts at start-up with "Could not load the Qt platform plugin "xcb"", naming the wrong library or none.
So the app looks first (`window_problem`, before the QApplication; the self-test too): it reads which libraries
the plugin needs (`needed_system_libraries`: the ELF NEEDED entries of ``platforms/libqxcb.so`` and of the Qt
libraries it pulls from PySide6's own folder), tries to load each, and names the missing ones with the
Debian/Ubuntu package that has them (`PACKAGES`). README's list is `PACKAGES`'s packages; a test checks both
against `ldd` and the plugin's NEEDED entries.

No Qt import here: this runs before Qt is loaded.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import struct
import sys
from pathlib import Path

# Library (soname) -> the Debian/Ubuntu package that installs it (Debian 12 names; Ubuntu 24.04 renamed the
# GLib package libglib2.0-0t64).
PACKAGES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}

# The C and C++ runtimes every Linux has (Python itself needs them): never missing, never listed.
BASE = frozenset({"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libpthread.so.0", "libdl.so.2",
                  "librt.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"})


def qt_folders() -> tuple[Path, Path] | None:
    """PySide6's xcb plugin and Qt library folder, or None where there is none (Windows, a wheel without it)."""
    spec = importlib.util.find_spec("PySide6")  # found, not imported: no Qt library is loaded here
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(list(spec.submodule_search_locations)[0]).resolve() / "Qt"
    plugin = base / "plugins" / "platforms" / "libqxcb.so"
    return (plugin, base / "lib") if plugin.exists() else None


def elf_needed(path: Path) -> list[str]:
    """The DT_NEEDED entries (libraries the linker loads) of a 64-bit little-endian ELF file, in order."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path} is not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strtab_offset = sections[link][4]
        needed = []
        for at in range(offset, offset + size, entsize or 16):
            tag, value = struct.unpack_from("<qQ", data, at)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab_offset + value)
                needed.append(data[strtab_offset + value:end].decode())
        return needed
    return []


def needed_system_libraries(folders: tuple[Path, Path] | None = None) -> list[str]:
    """The system libraries the xcb plugin needs, directly or through the Qt libraries it loads from PySide6."""
    folders = folders or qt_folders()
    if folders is None:
        return []
    plugin, lib_dir = folders
    seen: set[str] = set()
    system: list[str] = []
    todo = [plugin]
    while todo:
        for name in elf_needed(todo.pop()):
            if name in seen:
                continue
            seen.add(name)
            if (lib_dir / name).exists():
                todo.append(lib_dir / name)
            elif name not in BASE:
                system.append(name)
    return sorted(system)


def missing_libraries(names: list[str]) -> list[str]:
    """The libraries of `names` the dynamic linker cannot load here."""
    missing = []
    for name in names:
        try:
            ctypes.CDLL(name)
        except OSError:
            missing.append(name)
    return missing


def describe_missing(missing: list[str]) -> str:
    """The plain message: which libraries, which packages, the command that installs them."""
    packages = sorted({PACKAGES.get(name, "") for name in missing} - {""})
    unknown = [name for name in missing if name not in PACKAGES]
    lines = [f"CCS Desktop cannot open its window: the system library {'files' if len(missing) > 1 else 'file'} "
             f"{', '.join(missing)} {'are' if len(missing) > 1 else 'is'} missing."]
    if packages:
        lines.append("On Debian or Ubuntu, install with:")
        lines.append(f"    sudo apt-get install {' '.join(packages)}")
    if unknown:
        lines.append(f"Install the package that provides {', '.join(unknown)} for your distribution.")
    lines.append("The list of every library the window needs is in the README (Start here).")
    return "\n".join(lines)


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt will draw through X11 here: Linux, and no other platform plugin chosen."""
    environ = os.environ if environ is None else environ  # type: ignore[assignment]
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    return not chosen or chosen.split(";")[0].split(":")[0] == "xcb"


def window_problem() -> str | None:
    """Before Qt starts: the message naming the missing system libraries, or None when the window can open."""
    if not uses_xcb():
        return None
    try:
        needed = needed_system_libraries()
    except (OSError, ValueError, struct.error):
        return None  # the plugin cannot be read: let Qt say what it finds
    missing = missing_libraries(needed)
    return describe_missing(missing) if missing else None
