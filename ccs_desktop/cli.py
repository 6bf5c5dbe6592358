"""Command line: `ccs-desktop` starts the workstation; sub-commands administer a database.

    ccs-desktop [--database URL]                 start the window (the default)
    ccs-desktop db upgrade|current               bring a database's schema up to date / show its revision
    ccs-desktop demo --accounts N [--seed S]     fill an empty database with a demo portfolio
    ccs-desktop compliance check FILE.json       guardrail decisions for a list of scenarios (no Qt)
    ccs-desktop audit verify                     walk the audit hash chain
    ccs-desktop self-test                        check that an installed or frozen build works

Sub-commands other than the window never import Qt.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence

from . import __version__, config, db, logs

log = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ccs-desktop", description="CCS Desktop collector workstation")
    parser.add_argument("--version", action="version", version=f"CCS Desktop {__version__}")
    parser.add_argument("--database", metavar="URL", help="database URL for this run (overrides the settings file)")
    parser.add_argument("--self-test", action="store_true", dest="self_test_flag",
                        help="check that this build works (same as the self-test command)")
    sub = parser.add_subparsers(dest="command")
    gui = sub.add_parser("gui", help="start the workstation window (the default)")
    gui.add_argument("--demo-accounts", type=int, default=None, help=argparse.SUPPRESS)

    dbp = sub.add_parser("db", help="database administration")
    dbsub = dbp.add_subparsers(dest="db_command", required=True)
    dbsub.add_parser("upgrade", help="bring the schema to this version's revision")
    dbsub.add_parser("current", help="show the schema revision")

    demo = sub.add_parser("demo", help="fill an empty database with a demo portfolio")
    demo.add_argument("--accounts", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=20261123)
    demo.add_argument("--batch", type=int, default=5000)

    comp = sub.add_parser("compliance", help="guardrail engine")
    compsub = comp.add_subparsers(dest="compliance_command", required=True)
    check = compsub.add_parser("check", help="decide a JSON list of scenarios")
    check.add_argument("file")

    aud = sub.add_parser("audit", help="audit trail")
    audsub = aud.add_subparsers(dest="audit_command", required=True)
    audsub.add_parser("verify", help="walk the hash chain and name the first event that does not match")

    sub.add_parser("self-test", help="check that this build works: database, guardrails, PDF, window")
    return parser


def _database_url(args: argparse.Namespace) -> str:
    if args.database:
        return args.database
    return config.load().effective_database_url()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = "self-test" if args.self_test_flag else (args.command or "gui")
    if command == "gui":
        return gui_main(argv)
    logs.configure(console=True)
    try:
        if command == "db":
            return _db(args)
        if command == "demo":
            return _demo(args)
        if command == "compliance":
            from .compliance import cli as compliance_cli

            return compliance_cli.main(["check", args.file])
        if command == "audit":
            return _audit(args)
        if command == "self-test":
            return _self_test()
    except (db.DatabaseError, config.ConfigError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1


def _db(args: argparse.Namespace) -> int:
    url = _database_url(args)
    if args.db_command == "current":
        engine = db.make_engine(url)
        try:
            print(db.check_schema(engine) or "empty (no schema)")
        finally:
            engine.dispose()
        return 0
    engine, _ = db.open_database(url, migrate=False)
    try:
        applied = db.upgrade(engine)
        print(f"{db.describe(engine)}: schema {'upgraded to' if applied else 'already at'} {db.head_revision()}")
    finally:
        engine.dispose()
    return 0


def _demo(args: argparse.Namespace) -> int:
    from .services import demo

    engine, _ = db.open_database(_database_url(args))
    last = [-1]

    def progress(done: int, total: int) -> None:
        pct = done * 100 // max(total, 1)
        if pct != last[0]:
            last[0] = pct
            print(f"\r{done:,}/{total:,} accounts ({pct}%)", end="", file=sys.stderr, flush=True)

    try:
        summary = demo.generate(engine, demo.DemoOptions(accounts=args.accounts, seed=args.seed,
                                                         batch_size=args.batch, progress=progress))
    except demo.DemoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(file=sys.stderr)
    print(json.dumps({"accounts": summary.accounts, "rows": summary.rows}, indent=2))
    return 0


def _audit(args: argparse.Namespace) -> int:
    from .services import audit

    engine, factory = db.open_database(_database_url(args), migrate=False)
    try:
        with factory() as session:
            report = audit.verify(session)
    finally:
        engine.dispose()
    print(report.message())
    return 0 if report.ok else 1


def _self_test() -> int:
    from . import selftest

    return selftest.run()


def gui_main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logs.configure(console=False)
    from .ui.app import run

    return run(database_url=args.database, demo_accounts=getattr(args, "demo_accounts", None))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
