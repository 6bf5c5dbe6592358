"""The layers of docs DESIGN: only ui/ imports Qt, ui/ never imports SQLAlchemy, and only the operation runner
announces what changed."""

from __future__ import annotations

import ast
from pathlib import Path

import ccs_desktop

PACKAGE = Path(ccs_desktop.__file__).resolve().parent
UI = PACKAGE / "ui"


def _modules(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def _imported(path: Path) -> set[str]:
    """Top-level packages a module imports, anywhere in it (function-level imports count too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_ui_imports_no_sqlalchemy():
    offenders = [str(p.relative_to(PACKAGE)) for p in _modules(UI) if _imported(p) & {"sqlalchemy", "alembic"}]
    assert offenders == [], f"ui/ modules importing SQLAlchemy (put the query in a service): {offenders}"


def test_only_ui_imports_qt():
    qt = {"PySide6", "shiboken6"}
    offenders = [str(p.relative_to(PACKAGE)) for p in _modules(PACKAGE)
                 if UI not in p.parents and _imported(p) & qt]
    assert offenders == [], f"modules outside ui/ importing Qt (pass a plain callback instead): {offenders}"


def test_the_layer_checks_see_an_offending_import(tmp_path):
    """The checks above can fail: a function-level import of either is found."""
    module = tmp_path / "panel.py"
    module.write_text("def f():\n    import sqlalchemy as sa\n    from PySide6.QtCore import QObject\n")
    assert _imported(module) >= {"sqlalchemy", "PySide6"}


CHANGE_SIGNALS = {"changed", "accounts_changed", "facts_changed"}


def test_only_the_operation_runner_announces_changes():
    """Widgets do not tell each other what changed: `ops.write` broadcasts the service's Changes on the
    context's one signal, and nothing else under ui/ emits it (nor an "accounts changed" signal of its own)."""
    offenders = []
    for path in _modules(UI):
        if path.name == "ops.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "emit" and isinstance(node.value, ast.Attribute) \
                    and node.value.attr in CHANGE_SIGNALS:
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
