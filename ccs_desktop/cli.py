"""Command line: `ccs-desktop` starts the workstation; sub-commands administer a database.

    ccs-desktop [--database URL]                 start the window (the default)
    ccs-desktop db upgrade|current               bring a database's schema up to date / show its revision
    ccs-desktop demo --accounts N [--seed S]     fill an empty database with a demo portfolio
    ccs-desktop compliance check FILE.json       guardrail decisions for a list of scenarios (no Qt)
    ccs-desktop audit verify                     walk the audit hash chain
    ccs-desktop import FILE --client CODE        import a placement file (CSV or .xlsx) for a client
    ccs-desktop recall FILE --client CODE        close the accounts a client recalls
    ccs-desktop remittance --client CODE --from D --to D --out FILE.pdf|.csv|.xlsx
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

    imp = sub.add_parser("import", help="import a placement file (CSV or .xlsx) for a client")
    imp.add_argument("file")
    imp.add_argument("--client", required=True, help="the client's code")
    imp.add_argument("--map", dest="map_name", help="a column map saved for the client (default: 'default', "
                     "else guessed from the headers)")
    imp.add_argument("--mode", choices=("valid_rows", "all_or_nothing"), default="valid_rows",
                     help="import the valid rows, or nothing when any row is rejected")
    imp.add_argument("--errors", metavar="FILE.csv", help="write the rejected rows to this CSV file")
    imp.add_argument("--check", action="store_true", help="check the file and report; write nothing")
    imp.add_argument("--encoding", help="the file's text encoding (default: the map's, else UTF-8)")

    rec = sub.add_parser("recall", help="close the accounts a client recalls (a file of account numbers)")
    rec.add_argument("file")
    rec.add_argument("--client", required=True)
    rec.add_argument("--column", help="the account-number column (default: recognised from the header)")
    rec.add_argument("--mode", choices=("valid_rows", "all_or_nothing"), default="valid_rows")
    rec.add_argument("--errors", metavar="FILE.csv")

    rem = sub.add_parser("remittance", help="a client's remittance statement for a period")
    rem.add_argument("--client", required=True)
    rem.add_argument("--from", dest="start", required=True, help="first payment date, YYYY-MM-DD")
    rem.add_argument("--to", dest="end", required=True, help="last payment date, YYYY-MM-DD")
    rem.add_argument("--out", action="append", required=True, metavar="FILE",
                     help="write the statement (.pdf, .csv or .xlsx); repeat for several")

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
        if command in ("import", "recall", "remittance"):
            return _back_office(args)
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


def _back_office(args: argparse.Namespace) -> int:
    """import / recall / remittance: batch jobs run as the system actor (the audit trail says "system", "cli")."""
    import dataclasses
    import datetime as dt

    from .services import imports, remittance
    from .services.context import SYSTEM, PermissionDenied, ServiceError

    actor = dataclasses.replace(SYSTEM, workstation="cli")
    engine, factory = db.open_database(_database_url(args))
    last = [-1]

    def progress(done: int, total: int) -> None:
        pct = done * 100 // max(total, 1)
        if pct != last[0] and sys.stderr.isatty():
            last[0] = pct
            print(f"\r{pct}%", end="", file=sys.stderr, flush=True)

    try:
        if args.command == "remittance":
            try:
                start, end = dt.date.fromisoformat(args.start), dt.date.fromisoformat(args.end)
            except ValueError as exc:
                print(f"error: dates are YYYY-MM-DD: {exc}", file=sys.stderr)
                return 2
            st = remittance.statement(factory, actor, args.client, start, end)
            for out in args.out:
                print(f"wrote {remittance.export(st, out)}")
            for label, value in st.summary():
                print(f"{label:<45} {value:>14,} {st.currency}")
            return 0
        if args.command == "recall":
            result = imports.recall_file(factory, actor, args.client, args.file, column=args.column, mode=args.mode,
                                         progress=progress)
        else:
            maps = imports.client_maps(factory, args.client)
            column_map = maps.get(args.map_name or imports.DEFAULT_MAP_NAME)
            if args.map_name and column_map is None:
                raise ServiceError(f"Client {args.client} has no column map {args.map_name!r} "
                                   f"(it has: {', '.join(maps) or 'none'}).")
            if column_map is None:
                column_map = imports.guess_map(imports.read_table(args.file, encoding=args.encoding or "utf-8").headers)
            if args.encoding:
                column_map.encoding = args.encoding
            if args.check:
                result = imports.validate_file(args.file, column_map, progress=progress)
                print(file=sys.stderr)
                print(f"{result.data_rows:,} rows: {result.valid_count:,} valid ({result.amount_valid:,} placed), "
                      f"{len(result.rejected_lines):,} rejected (duplicates of placed accounts are found on import)")
                for warning in result.warnings:
                    print(f"warning: {warning}")
                _report_errors(result.errors, args.errors)
                return 0 if not result.errors else 1
            result = imports.import_file(factory, actor, args.client, args.file, column_map, mode=args.mode,
                                         progress=progress)
        print(file=sys.stderr)
        print(result.message)
        for warning in getattr(result, "warnings", []):
            print(f"warning: {warning}")
        _report_errors(result.errors, args.errors)
        if not result.committed:
            return 1
        return 0
    except (ServiceError, PermissionDenied) as exc:
        print(file=sys.stderr)
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()


def _report_errors(errors: list, path: str | None) -> None:
    from .services import imports

    for e in errors[:20]:
        print(f"  {e.describe()}: {e.value!r}" if e.value else f"  {e.describe()}")
    if len(errors) > 20:
        print(f"  ... and {len(errors) - 20:,} more" + ("" if path else " (use --errors FILE.csv for all)"))
    if path and errors:
        imports.write_errors_csv(errors, path)
        print(f"rejected rows written to {path}")


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
