"""The package's shape, read from the source with `ast` (nothing is imported): the layers of DESIGN.md (only ui/
imports Qt, ui/ never imports SQLAlchemy, only the operation runner announces what changed), imports that point one
way (no module reaches, directly or round about, back to itself), and service modules small enough to read.
"""

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


def test_no_import_circles():
    """Build ccs_desktop's import graph from the source and fail naming each circle in it.

    Every import counts, at module level or inside a function (a local import only hides a circle); relative
    imports are resolved, and `from package import module` is an arrow to that module.
    """
    package_dir = PACKAGE
    allowed: set[frozenset[str]] = set()  # no circle is allowed

    def module_name(path: Path) -> str:
        parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        return ".".join(parts)

    files = {module_name(p): p for p in sorted(package_dir.rglob("*.py"))}

    def imported_modules(name: str, path: Path) -> set[str]:
        """The package's modules this module imports (the module named, not the packages above it)."""
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[:len(base) - (node.level - 1)]
                    source = ".".join(base + ([node.module] if node.module else []))
                else:
                    source = node.module or ""
                for alias in node.names:
                    submodule = f"{source}.{alias.name}"
                    found.add(submodule if submodule in files else source)
        return {m for m in found if m in files and m != name}

    graph = {name: imported_modules(name, path) for name, path in files.items()}

    # Tarjan's strongly connected components: every circle lies inside one component of two or more modules.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(component)

    for name in sorted(graph):
        if name not in index:
            visit(name)

    def one_circle(component: set[str]) -> list[str]:
        """A shortest way from the component's first module back to itself, inside the component."""
        start = min(component)
        came_from: dict[str, str] = {}
        frontier = [start]
        while frontier:
            following = []
            for node in frontier:
                for target in sorted(graph[node] & component):
                    if target == start:
                        path = [node]
                        while path[-1] != start:
                            path.append(came_from[path[-1]])
                        return [start, *reversed(path[:-1]), start]
                    if target not in came_from:
                        came_from[target] = node
                        following.append(target)
            frontier = following
        raise AssertionError(f"no circle found in {sorted(component)}")

    circles = [" -> ".join(one_circle(c)) + f"   ({len(c)} modules tied: {', '.join(sorted(c))})"
               for c in components if frozenset(c) not in allowed]
    assert not circles, "import circles:\n" + "\n".join(circles)


def test_services_modules_are_at_most_600_lines():
    """A service module longer than 600 lines says why in a docstring line that starts with "Size:"."""
    package_dir = PACKAGE
    limit = 600
    expected: set[str] = set()  # no exceptions: a long module says why, or is split
    too_long = []
    for path in sorted((package_dir / "services").rglob("*.py")):
        where = path.relative_to(package_dir).as_posix()
        source = path.read_text(encoding="utf-8")
        lines = len(source.splitlines())
        if lines <= limit or where in expected:
            continue
        docstring = ast.get_docstring(ast.parse(source, str(path))) or ""
        if not any(line.strip().startswith("Size:") for line in docstring.splitlines()):
            too_long.append(f"{where}: {lines} lines and no 'Size:' line in its docstring saying why")
    assert not too_long, "\n".join(too_long)
