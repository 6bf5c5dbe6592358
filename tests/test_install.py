"""Installing on Linux: README's system libraries are exactly what Qt's xcb plugin needs (checked with ldd and
the plugin's ELF entries), a missing one is named in plain words by the app and the self-test, and `dev.py run`
installs no test or packaging tools."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from ccs_desktop import platform_check

ROOT = Path(__file__).resolve().parent.parent
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")


def readme_packages() -> set[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.startswith("sudo apt-get install ")]
    assert len(lines) == 1, "README has one apt-get line for the window's libraries"
    return set(lines[0].split()[3:])


def ldd(path: Path) -> dict[str, str]:
    """ldd's answer: library -> where it resolves ("not found" when it does not)."""
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        match = re.match(r"\s*(\S+)\s+=>\s+(not found|\S+)", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


@linux_only
def test_readme_lists_exactly_the_packages_the_xcb_plugin_needs():
    folders = platform_check.qt_folders()
    assert folders is not None, "PySide6 ships platforms/libqxcb.so on Linux"
    plugin, lib_dir = folders
    needed = platform_check.needed_system_libraries(folders)
    assert {"libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0"} <= set(needed)
    unmapped = [name for name in needed if name not in platform_check.PACKAGES]
    assert unmapped == [], f"add these to platform_check.PACKAGES and README: {unmapped}"
    packages = {platform_check.PACKAGES[name] for name in needed}
    assert readme_packages() == packages, (f"README misses {sorted(packages - readme_packages())}, "
                                           f"lists unneeded {sorted(readme_packages() - packages)}")
    # ldd on the plugin and on every Qt library it pulls from PySide6's folder: each system library they load
    # (or cannot find) is one the list covers, or one those packages bring with them.
    pulled = [plugin] + [lib_dir / name for name in ldd(plugin) if (lib_dir / name).exists()]
    direct: set[str] = set()
    for path in pulled:
        resolved = ldd(path)
        missing = sorted(name for name, where in resolved.items() if where == "not found")
        assert set(missing) <= set(platform_check.PACKAGES), f"{path.name}: ldd finds no {missing}"
        direct.update(platform_check.elf_needed(path))
        assert set(platform_check.elf_needed(path)) <= set(resolved) | platform_check.BASE, path.name
    system = {name for name in direct if not (lib_dir / name).exists()} - platform_check.BASE
    assert system == set(needed)


def test_a_missing_library_is_named_with_its_package(monkeypatch):
    monkeypatch.setattr(platform_check, "uses_xcb", lambda environ=None: True)
    monkeypatch.setattr(platform_check, "needed_system_libraries",
                        lambda folders=None: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb.so.1"])
    monkeypatch.setattr(platform_check, "missing_libraries", lambda names: names[:2])
    problem = platform_check.window_problem()
    assert problem is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1 are missing" in problem
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in problem


def test_the_app_names_a_missing_library_before_qt_starts(monkeypatch, capsys):
    from ccs_desktop import cli

    monkeypatch.setattr(platform_check, "window_problem",
                        lambda: platform_check.describe_missing(["libxcb-icccm.so.4"]))
    started = []
    monkeypatch.setattr("ccs_desktop.ui.app.run", lambda **kw: started.append(kw) or 0)
    assert cli.gui_main([]) == 3
    assert started == []  # Qt never started
    err = capsys.readouterr().err
    assert "libxcb-icccm.so.4 is missing" in err and "sudo apt-get install libxcb-icccm4" in err


def test_the_self_test_names_a_missing_library(monkeypatch):
    from ccs_desktop import selftest

    monkeypatch.setattr(platform_check, "needed_system_libraries", lambda folders=None: ["libxcb-keysyms.so.1"])
    monkeypatch.setattr(platform_check, "missing_libraries", lambda names: names)
    with pytest.raises(RuntimeError, match="(?s)libxcb-keysyms.so.1 is missing.*apt-get install libxcb-keysyms1"):
        selftest._system_libraries()


@linux_only
def test_on_this_machine_every_library_is_there():
    assert platform_check.missing_libraries(platform_check.needed_system_libraries()) == []


def test_xcb_is_only_checked_when_qt_will_use_it():
    assert platform_check.uses_xcb({}) == sys.platform.startswith("linux")
    assert not platform_check.uses_xcb({"QT_QPA_PLATFORM": "offscreen"})
    assert not platform_check.uses_xcb({"QT_QPA_PLATFORM": "wayland"})


def test_dev_py_run_installs_no_test_or_packaging_tools(tmp_path, monkeypatch):
    import importlib.util
    import tomllib

    spec = importlib.util.spec_from_file_location("dev", ROOT / "dev.py")
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    everyone = " ".join(project["dependencies"]).lower()
    assert "pytest" not in everyone and "pyinstaller" not in everyone
    extras = project["optional-dependencies"]
    assert any(d.startswith("pytest") for d in extras["test"]) and any("pyinstaller" in d for d in extras["build"])

    calls: list[list[str]] = []
    venv = tmp_path / ".venv"
    monkeypatch.setattr(dev, "VENV", venv)
    monkeypatch.setattr(dev, "MARKER", venv / ".ccs-installed")
    monkeypatch.setattr(dev, "venv_python", lambda: venv / "bin" / "python")
    monkeypatch.setattr(dev.venv, "EnvBuilder", lambda **kw: type("B", (), {"create": lambda self, p: p.mkdir()})())
    monkeypatch.setattr(dev.subprocess, "check_call", lambda cmd: calls.append(cmd))
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").touch()
    dev.ensure_venv(dev.EXTRAS["run"])
    installs = [c[-1] for c in calls if "-e" in c]
    assert installs == [str(ROOT)]                     # the app alone
    calls.clear()
    dev.ensure_venv(dev.EXTRAS["run"])
    assert calls == []                                 # nothing again
    dev.ensure_venv(dev.EXTRAS["test"])
    assert [c[-1] for c in calls if "-e" in c] == [f"{ROOT}[build,test]"]
    calls.clear()
    dev.ensure_venv(dev.EXTRAS["run"])
    assert calls == []                                 # the tools installed for tests do not make run reinstall
