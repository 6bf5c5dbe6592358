"""`ccs-desktop --self-test`: prove that this build works, without a user.

Checks, each reported on its own line: the bundled resources are there; a scratch database opens, migrates and
takes a small demo portfolio; the guardrail engine decides known cases; a PDF renders; the main window opens
offscreen on the scratch database and shows its accounts. Exit code 0 when all pass, 1 otherwise.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from . import __version__


def _resources() -> str:
    from . import paths

    needed = [paths.resource("demo", "canada.json"), paths.resource("rules", "federal.json"),
              paths.resource("rules", "region_zones.json")]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        raise RuntimeError(f"missing resources: {', '.join(missing)}")
    return f"resources at {paths.resources_dir()}"


def _database(folder: Path) -> str:
    from . import db
    from .services.data import demo

    url = f"sqlite:///{(folder / 'self-test.sqlite3').as_posix()}"
    engine, _ = db.open_database(url)
    try:
        summary = demo.generate(engine, demo.DemoOptions(accounts=25, batch_size=25))
        revision = db.current_revision(engine)
    finally:
        engine.dispose()
    if revision != db.head_revision() or summary.accounts != 25:
        raise RuntimeError(f"schema {revision}, {summary.accounts} accounts")
    return f"database migrated to {revision}, 25 demo accounts written"


def _guardrails() -> str:
    from .compliance import check

    base = {"channel": "call", "debt": {"id": "D1"}, "person": {"id": "P1", "address": {"zip": "10001", "country": "US"}},
            "phone": {"number": "+12125550100", "type": "cell"}}
    night = check({**base, "at": "2026-06-15T02:00:00Z"})
    day = check({**base, "at": "2026-06-15T16:00:00Z"})
    if night["allowed"] or night["reasons"][0]["rule"] != "fdcpa.hours" or not day["allowed"]:
        raise RuntimeError(f"unexpected decisions: {night} / {day}")
    if night["next_allowed_at"] != "2026-06-15T12:00:00Z":
        raise RuntimeError(f"next allowed {night['next_allowed_at']}")
    return "guardrails: 22:00 New York call refused (fdcpa.hours, allowed from 08:00), 12:00 call allowed"


def _pdf() -> str:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=letter)
    page.setFont("Helvetica", 12)
    page.drawString(72, 720, "CCS Desktop self-test — validation notice / aviso de validación")
    page.showPage()
    page.save()
    data = buffer.getvalue()
    if not data.startswith(b"%PDF") or len(data) < 500:
        raise RuntimeError("reportlab produced no PDF")
    return f"PDF rendered ({len(data):,} bytes)"


def _system_libraries() -> str:
    from . import platform_check

    needed = platform_check.needed_system_libraries()
    if not needed:
        return "system libraries: no X11 window plugin here, nothing to check"
    missing = platform_check.missing_libraries(needed)
    if missing:
        raise RuntimeError(platform_check.describe_missing(missing))
    return f"system libraries for the window: all {len(needed)} found"


def _window(folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .ui.app import window_self_test

    return window_self_test(folder)


def run(print_line: Callable[[str], None] = print) -> int:
    started = time.perf_counter()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="ccs-self-test-") as tmp:
        folder = Path(tmp)
        checks: list[tuple[str, Callable[[], str]]] = [
            ("resources", _resources),
            ("database", lambda: _database(folder)),
            ("guardrails", _guardrails),
            ("pdf", _pdf),
            ("system libraries", _system_libraries),
            ("window", lambda: _window(folder)),
        ]
        for name, check in checks:
            try:
                print_line(f"ok      {check()}")
            except Exception as exc:  # every failure is reported, then the next check runs
                failures += 1
                print_line(f"FAILED  {name}: {exc}")
                print_line(traceback.format_exc())
    seconds = time.perf_counter() - started
    if failures:
        print_line(f"CCS Desktop {__version__} self-test: {failures} check(s) failed ({seconds:.1f}s)")
        return 1
    print_line(f"CCS Desktop {__version__} self-test passed ({seconds:.1f}s)")
    return 0
