"""Command line: `ccs-desktop` starts the workstation; sub-commands administer a database.

    ccs-desktop [--database URL]                 start the window (the default)
    ccs-desktop db upgrade|current               bring a database's schema up to date / show its revision
    ccs-desktop demo --accounts N [--seed S]     fill an empty database with a demo portfolio
    ccs-desktop compliance check FILE.json       guardrail decisions for a list of scenarios (no Qt)
    ccs-desktop audit verify [--against FILE]    walk the audit hash chain (and check it against its anchors)
    ccs-desktop audit anchor --out FILE [--hmac] append the chain's head to a file kept outside the database
    ccs-desktop import FILE --client CODE        import a placement file (CSV or .xlsx) for a client
    ccs-desktop recall FILE --client CODE        close the accounts a client recalls
    ccs-desktop remittance --client CODE --from D --to D --out FILE.pdf|.csv|.xlsx
    ccs-desktop self-test                        check that an installed or frozen build works
    ccs-desktop users list|add|passwd|lock|unlock|disable|enable|set-role|grant-db-role|drop-db-role
                                                 user administration (an admin's work)
    ccs-desktop retention pseudonymise --years N pseudonymise people on accounts closed longer than N years

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
    ver = audsub.add_parser("verify", help="walk the hash chain and name the first event that does not match")
    ver.add_argument("--against", metavar="FILE", help="also check the chain against the anchors in FILE")
    anc = audsub.add_parser("anchor", help="append the chain's head to a file kept outside the database")
    anc.add_argument("--out", required=True, metavar="FILE", help="the anchor file (one JSON line is appended)")
    anc.add_argument("--hmac", action="store_true",
                     help="sign the line with the anchor key in the OS keyring (made the first time)")

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
    prom = sub.add_parser("promises", help="promises and payments")
    promsub = prom.add_subparsers(dest="promises_command", required=True)
    ev = promsub.add_parser("evaluate", help="the nightly job: judge instalments whose grace period is over")
    ev.add_argument("--date", help="the day to judge as (YYYY-MM-DD; default: today, UTC)")
    promsub.add_parser("verify-balances", help="check every account's balances against the sum of its transactions")

    sub.add_parser("self-test", help="check that this build works: database, guardrails, PDF, window")

    users = sub.add_parser("users", help="user administration")
    usub = users.add_subparsers(dest="users_command", required=True)
    usub.add_parser("list", help="list users, their roles, teams and locks")
    add = usub.add_parser("add", help="create a user (and, on PostgreSQL, their login role)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="the person's full name")
    add.add_argument("--role", required=True, choices=["collector", "supervisor", "admin"])
    add.add_argument("--team", default=None)
    for name, text in (("passwd", "set a user's password"), ("grant-db-role", "create or reset the PostgreSQL login role")):
        p = usub.add_parser(name, help=text)
        p.add_argument("username")
    for p in (add, *[usub.choices[n] for n in ("passwd", "grant-db-role")]):
        p.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    lock = usub.add_parser("lock", help="lock a user out (until unlocked, or for --minutes)")
    lock.add_argument("username")
    lock.add_argument("--minutes", type=int, default=None)
    for name, text in (("unlock", "unlock a user and clear failed sign-ins"), ("disable", "disable a user"),
                       ("enable", "enable a disabled user"), ("drop-db-role", "drop a user's PostgreSQL login role")):
        usub.add_parser(name, help=text).add_argument("username")
    setrole = usub.add_parser("set-role", help="change a user's role and/or team")
    setrole.add_argument("username")
    setrole.add_argument("--role", choices=["collector", "supervisor", "admin"], default=None)
    setrole.add_argument("--team", default=None, help="team name ('' for none)")

    ret = sub.add_parser("retention", help="personal-data retention")
    retsub = ret.add_subparsers(dest="retention_command", required=True)
    pseudo = retsub.add_parser("pseudonymise", help="pseudonymise people whose accounts closed long ago")
    pseudo.add_argument("--years", type=int, required=True, help="the agency's retention period (at least 3)")
    pseudo.add_argument("--dry-run", action="store_true", help="count, change nothing")
    return parser


def _database_url(args: argparse.Namespace) -> str:
    if args.database:
        config.check_database_url(args.database, "--database")
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
        if command == "promises":
            return _promises(args)
        if command == "self-test":
            return _self_test()
        if command in ("import", "recall", "remittance"):
            return _back_office(args)
        if command == "users":
            return _users(args)
        if command == "retention":
            return _retention(args)
    except (db.DatabaseError, config.ConfigError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1


def _db(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

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
        if engine.url.get_backend_name() == "postgresql":
            from .migrations import security
            from .services.users import server_checks

            if not applied:
                # Roles, grants and policies again: a database restored or renamed needs its own.
                try:
                    with engine.begin() as conn:
                        security.install(conn)
                except sa.exc.ProgrammingError as exc:
                    if getattr(exc.orig, "sqlstate", None) != db.INSUFFICIENT_PRIVILEGE:
                        raise
                    print("warning: roles and grants not refreshed: run `ccs-desktop db upgrade` as the database "
                          "owner", file=sys.stderr)
            with engine.connect() as conn:
                for problem in server_checks.problems(conn):
                    print(f"warning: {problem}", file=sys.stderr)
    finally:
        engine.dispose()
    return 0


def _demo(args: argparse.Namespace) -> int:
    from .services.data import demo

    engine, _ = db.open_database(_database_url(args), use=db.BATCH)
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
    from .services import audit, audit_anchor

    engine, factory = db.open_database(_database_url(args), migrate=False, use=db.BATCH)
    try:
        with factory() as session:
            report = audit.verify(session)
            print(report.message())
            if args.audit_command == "anchor":
                if not report.ok:
                    print("error: a broken chain is not anchored", file=sys.stderr)
                    return 1
                anchor = audit_anchor.append(args.out, audit_anchor.current(session, db.describe(engine)),
                                             audit_anchor.key(create=True) if args.hmac else None)
                print(f"anchored event {anchor.seq} ({anchor.count} events, hash {anchor.hash[:16]}…)"
                      f"{' signed' if anchor.hmac else ''} to {args.out}")
                return 0
            if args.against:
                anchors = audit_anchor.check(session, args.against, audit_anchor.key())
                print(anchors.message())
                return 0 if report.ok and anchors.ok else 1
    except audit_anchor.AnchorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    return 0 if report.ok else 1


def _back_office(args: argparse.Namespace) -> int:
    """import / recall / remittance: batch jobs run as the system actor (the audit trail says "system", "cli")."""
    import dataclasses
    import datetime as dt

    from .services.money import remittance
    from .services.placement import checking, files, imports, maps, recall
    from .services.context import SYSTEM, PermissionDenied, ServiceError

    actor = dataclasses.replace(SYSTEM, workstation="cli")
    engine, factory = db.open_database(_database_url(args), use=db.BATCH)
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
            result = recall.recall_file(factory, actor, args.client, args.file, column=args.column, mode=args.mode,
                                         progress=progress)
        else:
            saved = maps.client_maps(factory, args.client)
            column_map = saved.get(args.map_name or maps.DEFAULT_MAP_NAME)
            if args.map_name and column_map is None:
                raise ServiceError(f"Client {args.client} has no column map {args.map_name!r} "
                                   f"(it has: {', '.join(saved) or 'none'}).")
            if column_map is None:
                column_map = maps.guess_map(files.read_table(args.file, encoding=args.encoding or "utf-8").headers)
            if args.encoding:
                column_map.encoding = args.encoding
            if args.check:
                result = checking.validate_file(args.file, column_map, progress=progress)
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


def _promises(args: argparse.Namespace) -> int:
    import dataclasses
    import datetime as dt

    from .services.money import balances, evaluation

    engine, factory = db.open_database(_database_url(args), migrate=False, use=db.BATCH)
    try:
        if args.promises_command == "evaluate":
            try:
                day = dt.date.fromisoformat(args.date) if args.date else None
            except ValueError:
                print(f"error: --date {args.date} is not a date (YYYY-MM-DD)", file=sys.stderr)
                return 2
            summary = evaluation.evaluate_due(factory, day)
            print(json.dumps(dataclasses.asdict(summary), indent=2))
            return 0
        bad = balances.verify_all_balances(factory)
        for check in bad:
            print(f"account {check.account_id}: stored {check.stored} but transactions sum to {check.from_transactions}")
        print(f"{len(bad)} account(s) whose balances do not match their transactions")
        return 0 if not bad else 1
    finally:
        engine.dispose()


def _report_errors(errors: list, path: str | None) -> None:
    from .services.placement.errors import write_errors_csv

    for e in errors[:20]:
        print(f"  {e.describe()}: {e.value!r}" if e.value else f"  {e.describe()}")
    if len(errors) > 20:
        print(f"  ... and {len(errors) - 20:,} more" + ("" if path else " (use --errors FILE.csv for all)"))
    if path and errors:
        write_errors_csv(errors, path)
        print(f"rejected rows written to {path}")


def _cli_actor():
    import getpass

    from .models.enums import Role
    from .services.context import Actor

    try:
        who = getpass.getuser()
    except Exception:  # no login name on this process
        who = "unknown"
    return Actor(user_id=None, username=f"cli:{who}", role=Role.ADMIN, workstation="cli")


def _read_password(args: argparse.Namespace, prompt: str = "Password") -> str:
    import getpass

    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"{prompt}: ")
    if getpass.getpass(f"{prompt} again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def _users(args: argparse.Namespace) -> int:
    from .models.enums import Role
    from .services.users import auth, db_roles, policy
    from .services.context import PermissionDenied, ServiceError

    engine, factory = db.open_database(_database_url(args), migrate=False)
    actor = _cli_actor()
    shared = engine.url.get_backend_name() == "postgresql"
    cmd = args.users_command
    try:
        if cmd == "list":
            from .models import utcnow

            users = auth.list_users(factory, actor)
            now = utcnow()
            can_login = db_roles.login_enabled(factory, [u.db_role for u in users if u.db_role]) if shared else {}
            for u in users:
                state = "disabled" if not u.active else (f"locked until {u.locked_until:%Y-%m-%d %H:%M}Z"
                                                         if u.locked_until and u.locked_until > now else "active")
                login = u.db_role or ""
                if shared and u.db_role:
                    login += {True: "", False: " (NOLOGIN)", None: " (missing)"}[can_login.get(u.db_role)]
                print(f"{u.username:<20} {u.role.value:<11} {u.team or '-':<16} {state:<28} {login}")
        elif cmd == "add":
            password = _read_password(args)
            auth.add_user(factory, actor, args.username, args.name, Role(args.role),
                          None if shared else password, team=args.team)
            if shared:
                policy.check_password_policy(password, args.username, args.name)
                role = db_roles.grant_login(factory, actor, args.username, password)
                print(f"created {args.username} ({args.role}) with login role {role}")
            else:
                print(f"created {args.username} ({args.role})")
        elif cmd == "passwd":
            password = _read_password(args, "New password")
            if shared:
                db_roles.set_login_password(factory, actor, args.username, password)
            else:
                auth.set_password(factory, actor, args.username, password)
            print(f"password of {args.username} changed")
        elif cmd == "grant-db-role":
            password = _read_password(args)
            print(f"login role {db_roles.grant_login(factory, actor, args.username, password)} ready")
        elif cmd == "drop-db-role":
            db_roles.drop_login(factory, actor, args.username)
            print(f"login role of {args.username} dropped")
        elif cmd in ("lock", "unlock"):
            auth.lock_user(factory, actor, args.username, locked=cmd == "lock", minutes=getattr(args, "minutes", None))
            ended = db_roles.apply_lock(factory, actor, args.username) if shared else 0
            print(f"{args.username} {cmd}ed" + _sessions_ended(ended))
        elif cmd in ("disable", "enable"):
            auth.set_active(factory, actor, args.username, cmd == "enable")
            ended = db_roles.apply_lock(factory, actor, args.username) if shared else 0
            print(f"{args.username} {cmd}d" + _sessions_ended(ended))
        elif cmd == "set-role":
            info = auth.reassign_user(factory, actor, args.username, role=Role(args.role) if args.role else None,
                                      team=args.team)
            print(f"{info.username}: {info.role.value}, team {info.team or '-'}")
    except (ServiceError, PermissionDenied, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    return 0


def _sessions_ended(ended: int) -> str:
    if ended < 0:
        return " (their open sessions could not be ended: the database owner needs pg_signal_backend)"
    return f" ({ended} open session{'s' if ended != 1 else ''} ended)" if ended else ""


def _retention(args: argparse.Namespace) -> int:
    from .services.data import retention
    from .services.context import PermissionDenied, ServiceError

    engine, factory = db.open_database(_database_url(args), migrate=False, use=db.BATCH)
    try:
        result = retention.pseudonymise_closed(factory, _cli_actor(), years=args.years, dry_run=args.dry_run)
    except (ServiceError, PermissionDenied) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        engine.dispose()
    print(result.message())
    return 0


def _self_test() -> int:
    from . import selftest

    return selftest.run()


def gui_main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logs.configure(console=False)
    if args.database:
        try:
            config.check_database_url(args.database, "--database")
        except config.ConfigError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    from . import platform_check

    problem = platform_check.window_problem()  # before Qt loads: a missing library named in plain words
    if problem:
        logging.getLogger(__name__).error("the window cannot open: %s", problem.splitlines()[0])
        print(problem, file=sys.stderr)
        return 3
    from .ui.app import run

    return run(database_url=args.database, demo_accounts=getattr(args, "demo_accounts", None))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
