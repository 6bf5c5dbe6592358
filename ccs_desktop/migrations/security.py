"""What the shared PostgreSQL database enforces by itself: group roles, grants, row-level security,
append-only tables, and the functions an admin uses to manage login roles.

`install(conn)` is idempotent. Migration 0009 runs it, and `db.upgrade` runs it again after any upgrade of
a PostgreSQL database, so tables that later migrations add get their grants too (a table this module does
not classify is readable by every product role and writable by admins only).

The roles:

- `ccs_<tag>_collector`, `ccs_<tag>_supervisor`, `ccs_<tag>_admin`: NOLOGIN group roles, one per product
  role and database (`<tag>` is made from the database's name by `database_tag`), so the roles of one agency
  database have no rights in another database of the same server.
- one LOGIN role per user (`ccsu_<username>`), a member of exactly one group, created by an admin through
  `ccs_create_login(...)` (SECURITY DEFINER: admins need no CREATEROLE; the function only ever touches
  roles named `ccsu_...` and only grants this database's three groups).

Nothing here applies to SQLite: there the services enforce the same rules.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import re

import sqlalchemy as sa

from .. import access_rule
from . import workstation_limits

log = logging.getLogger(__name__)

PRODUCT_ROLES = ("collector", "supervisor", "admin")
LOGIN_PREFIX = "ccsu_"
_READABLE_TAG = re.compile(r"[a-z][a-z0-9]{0,15}")
_HASHED_TAG = re.compile(r"x[0-9a-f]{10}")


def database_tag(database: str) -> str:
    """The short name of a database in its role names: the name itself when it is 1 to 16 lower-case letters
    and digits starting with a letter (`ccs`, `agency1`), otherwise `x` and 10 hex digits of its SHA-256.
    A tag never contains `_`, so `ccsu_<tag>_<username>` and `ccs_<tag>_<role>` read one way only."""
    if _READABLE_TAG.fullmatch(database) and not _HASHED_TAG.fullmatch(database):
        return database
    return "x" + hashlib.sha256(database.encode("utf-8")).hexdigest()[:10]


def role_name(username: str, database: str) -> str:
    """The PostgreSQL login role of a CCS Desktop user of this database: `ccsu_<tag>_<username>`, with the
    database's tag (`database_tag`), so the same user name in two agency databases of one server
    makes two roles. A name longer than PostgreSQL's 63 characters keeps its start and ends with 8 hex
    digits of the user name's SHA-256."""
    name = username.strip().lower()
    role = f"{LOGIN_PREFIX}{database_tag(database)}_{name}"
    if len(role) > 63:
        role = role[:54] + "_" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return role


@dataclasses.dataclass(frozen=True)
class Groups:
    """The NOLOGIN group roles of one database, one per product role."""

    collector: str
    supervisor: str
    admin: str
    tag: str = ""

    def __getitem__(self, product_role: str) -> str:
        return getattr(self, product_role)

    @property
    def names(self) -> tuple[str, str, str]:
        return (self.collector, self.supervisor, self.admin)

    @property
    def all(self) -> str:
        """The three names for a GRANT or a policy's TO list."""
        return ", ".join(self.names)

    @property
    def sql_list(self) -> str:
        """The three names as SQL string literals: 'a', 'b', 'c'."""
        return ", ".join(f"'{n}'" for n in self.names)


def group_names(database: str) -> Groups:
    tag = database_tag(database)
    return Groups(*(f"ccs_{tag}_{r}" for r in PRODUCT_ROLES), tag=tag)


# Group roles of CCS Desktop in any database of the server: this one's, other databases', and the server-wide
# `ccs_collector`, `ccs_supervisor`, `ccs_admin` of earlier versions.
ANY_CCS_GROUP = r"^ccs_([a-z0-9]+_)?(collector|supervisor|admin)$"
LEGACY_GROUPS = ("ccs_collector", "ccs_supervisor", "ccs_admin")


def groups(conn: sa.Connection) -> Groups:
    """This connection's database's group roles."""
    found = conn.info.get("ccs_groups")
    if found is None:
        found = conn.info["ccs_groups"] = group_names(
            conn.exec_driver_sql("SELECT current_database()").scalar_one())
    return found


# Append-only: INSERT and SELECT for the product roles, never UPDATE or DELETE (grants + trigger).
APPEND_ONLY = ("contact_attempts", "notes", "dispute_notes", "dispute_events", "payments", "balance_transactions",
               "audit_events", "consents", "documents")

# Tables whose rows belong to one account (column account_id, NOT NULL).
BY_ACCOUNT = ("account_parties", "disputes", "leases", "letters", "overrides", "contact_attempts", "notes",
              "promises", "instalments", "payments", "balance_transactions", "documents")
# Tables whose rows belong to one person (column person_id).
BY_PERSON = ("phones", "addresses", "emails", "inconvenient_times", "compliance_flags", "consents")
# Rows reached through a parent table: (table, column, parent table).
BY_PARENT = (("dispute_events", "dispute_id", "disputes"), ("dispute_notes", "dispute_id", "disputes"),
             ("contact_reviews", "contact_id", "contact_attempts"))
# Reference data and administration: everyone reads, only admins write (imports, rule packs, users).
ADMIN_WRITES = ("clients", "placements", "result_codes", "dispute_types", "letter_templates",
                "review_checklist_items", "rule_pack_versions", "app_settings", "teams", "users")
# Working tables of every workstation (sync bookkeeping); no personal data of consumers.
EVERYONE_WRITES = ("workstations", "applied_operations", "outbox", "sync_cursors", "sync_conflicts",
                   "audit_chain_head")
# Never readable by collectors and supervisors: the password hash column of users.
HIDDEN_COLUMNS = {"users": ("password_hash",)}


def _sql(conn: sa.Connection, sql: str) -> sa.CursorResult:
    """Run DDL text as is (the driver would read `%` as a placeholder)."""
    return conn.exec_driver_sql(sql.replace("%", "%%"))


# A users row whose login may work: enabled and not locked (a timed lock ends by itself).
USER_MAY_WORK = "active AND (locked_until IS NULL OR locked_until <= now())"


def _functions(schema: str, g: Groups) -> list[str]:
    sp = f"SET search_path = {schema}, pg_temp"
    return [
        # Who is asking: the users row of the session's login role (NULL for owners and superusers, and for a
        # user who is disabled or locked, even in a session opened before the lock).
        f"""CREATE OR REPLACE FUNCTION ccs_uid() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER {sp} AS
            $$ SELECT id FROM users WHERE db_role = session_user AND {USER_MAY_WORK} $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER {sp} AS
            $$ SELECT role FROM users WHERE db_role = session_user AND {USER_MAY_WORK} $$""",
        # The users the signed-in supervisor answers for: themselves and the members of the teams they supervise
        # (the query of services/access.answered_for; the accounts policy uses it in its supervisors' branch).
        f"""CREATE OR REPLACE FUNCTION ccs_team_members() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER
            {sp} AS $$ {access_rule.team_members_function_body()} $$""",
        # Append-only tables refuse UPDATE and DELETE for everyone but a superuser; the retention job (run by
        # the database owner) may pseudonymise personal columns with SET LOCAL ccs.retention = 'on'.
        f"""CREATE OR REPLACE FUNCTION ccs_refuse_change() RETURNS trigger LANGUAGE plpgsql {sp} AS $$
            BEGIN
                IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
                    RETURN COALESCE(NEW, OLD);
                END IF;
                IF TG_OP = 'UPDATE' AND TG_TABLE_NAME <> 'audit_events'
                   AND current_setting('ccs.retention', true) = 'on' THEN
                    RETURN NEW;
                END IF;
                RAISE EXCEPTION '% is append-only: % refused (corrections are new records)', TG_TABLE_NAME, TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END $$""",
        # Login-role administration for admins (no CREATEROLE needed by them).
        f"""CREATE OR REPLACE FUNCTION ccs_caller_is_admin() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
            {sp} AS $$
            SELECT COALESCE((SELECT rolsuper FROM pg_roles WHERE rolname = session_user), false)
                OR (pg_has_role(session_user, '{g.admin}', 'MEMBER') AND ccs_role() = 'admin')
                OR session_user = (SELECT tableowner FROM pg_tables WHERE tablename = 'users'
                                   AND schemaname = '{schema}') $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_check_login_name(p_role text) RETURNS void LANGUAGE plpgsql {sp} AS $$
            BEGIN
                IF p_role !~ '^{LOGIN_PREFIX}{g.tag}_[a-z0-9_.-]+$' OR length(p_role) > 63 THEN
                    RAISE EXCEPTION 'not a CCS Desktop login role of this database: %', p_role
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                -- A role that belongs to another database's groups (or to the server-wide groups of an earlier
                -- version) is that database's user, whatever its name: never taken over from here.
                IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles gr ON gr.oid = m.roleid
                                JOIN pg_roles r ON r.oid = m.member
                            WHERE r.rolname = p_role AND gr.rolname ~ '{ANY_CCS_GROUP}'
                              AND gr.rolname NOT IN ({g.sql_list})) THEN
                    RAISE EXCEPTION 'login role % belongs to another database', p_role
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_check_group(p_group text) RETURNS void LANGUAGE plpgsql {sp} AS $$
            BEGIN
                IF p_group NOT IN ({g.sql_list}) THEN
                    RAISE EXCEPTION 'not a CCS Desktop group role: %', p_group USING ERRCODE = 'invalid_parameter_value';
                END IF;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_create_login(p_role text, p_verifier text, p_group text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER {sp} AS $$
            BEGIN
                IF NOT ccs_caller_is_admin() THEN
                    RAISE EXCEPTION 'only a CCS Desktop admin creates login roles' USING ERRCODE = 'insufficient_privilege';
                END IF;
                PERFORM ccs_check_login_name(p_role);
                PERFORM ccs_check_group(p_group);
                IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN
                    RAISE EXCEPTION 'a login password is given as a SCRAM verifier, never in clear'
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role) THEN
                    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', p_role, p_verifier);
                ELSE
                    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_role, p_verifier);
                END IF;
                PERFORM ccs_set_login_group(p_role, p_group);
            END $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_set_login_group(p_role text, p_group text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER {sp} AS $$
            DECLARE g text;
            BEGIN
                IF NOT ccs_caller_is_admin() THEN
                    RAISE EXCEPTION 'only a CCS Desktop admin changes login roles' USING ERRCODE = 'insufficient_privilege';
                END IF;
                PERFORM ccs_check_login_name(p_role);
                PERFORM ccs_check_group(p_group);
                FOREACH g IN ARRAY ARRAY[{g.sql_list}] LOOP
                    IF g <> p_group AND pg_has_role(p_role, g, 'MEMBER') THEN
                        EXECUTE format('REVOKE %I FROM %I', g, p_role);
                    END IF;
                END LOOP;
                EXECUTE format('GRANT %I TO %I', p_group, p_role);
            END $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_set_login_password(p_role text, p_verifier text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER {sp} AS $$
            BEGIN
                PERFORM ccs_check_login_name(p_role);
                IF session_user <> p_role AND NOT ccs_caller_is_admin() THEN
                    RAISE EXCEPTION 'only an admin sets another user''s password' USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN
                    RAISE EXCEPTION 'a login password is given as a SCRAM verifier, never in clear'
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                EXECUTE format('ALTER ROLE %I PASSWORD %L', p_role, p_verifier);
            END $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_set_login_enabled(p_role text, p_enabled boolean) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER {sp} AS $$
            BEGIN
                IF NOT ccs_caller_is_admin() THEN
                    RAISE EXCEPTION 'only a CCS Desktop admin locks login roles' USING ERRCODE = 'insufficient_privilege';
                END IF;
                PERFORM ccs_check_login_name(p_role);
                EXECUTE format(CASE WHEN p_enabled THEN 'ALTER ROLE %I LOGIN' ELSE 'ALTER ROLE %I NOLOGIN' END, p_role);
            END $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_drop_login(p_role text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER {sp} AS $$
            BEGIN
                IF NOT ccs_caller_is_admin() THEN
                    RAISE EXCEPTION 'only a CCS Desktop admin drops login roles' USING ERRCODE = 'insufficient_privilege';
                END IF;
                PERFORM ccs_check_login_name(p_role);
                EXECUTE format('DROP ROLE IF EXISTS %I', p_role);
            END $$""",
    ]


# Who sees an account: generated from the one rule the services apply (access_rule.RULE).
ACCOUNT_VISIBLE = access_rule.rls_accounts_using()
# Tables of account or person data: collectors and supervisors never delete their rows.
NO_DELETE = ("accounts", "persons", *BY_ACCOUNT, *BY_PERSON, *(t for t, _c, _p in BY_PARENT))
IS_ADMIN = "(SELECT ccs_role()) = 'admin'"


def _policy(conn: sa.Connection, table: str, name: str, command: str, using: str | None,
            check: str | None = None) -> None:
    _sql(conn, f'DROP POLICY IF EXISTS {name} ON "{table}"')
    sql = f'CREATE POLICY {name} ON "{table}" FOR {command} TO {groups(conn).all}'
    if using is not None:
        sql += f" USING ({using})"
    if check is not None:
        sql += f" WITH CHECK ({check})"
    _sql(conn, sql)


def _create_groups(conn: sa.Connection) -> None:
    for group in groups(conn).names:
        _sql(conn, 
            f"""DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN
                        CREATE ROLE {group} NOLOGIN;
                    END IF;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END $$""")


def _own_database_only(conn: sa.Connection, schema: str, database: str, g: Groups) -> None:
    """Only this database's groups connect to it and hold rights in it.

    Nobody else may connect (CONNECT is taken from PUBLIC; owners and superusers still connect). Rights that
    other CCS Desktop groups hold here are revoked: the server-wide groups of earlier versions, and the
    groups of the name this database had when it was copied, restored or renamed."""
    _sql(conn, f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC')
    mine = g.sql_list
    foreign = _sql(conn, f"""
        SELECT DISTINCT r.rolname FROM (
            SELECT (aclexplode(relacl)).grantee AS oid FROM pg_class
             WHERE relnamespace = '"{schema}"'::regnamespace AND relacl IS NOT NULL
            UNION ALL SELECT (aclexplode(attacl)).grantee FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
             WHERE c.relnamespace = '"{schema}"'::regnamespace AND attacl IS NOT NULL
            UNION ALL SELECT (aclexplode(proacl)).grantee FROM pg_proc
             WHERE pronamespace = '"{schema}"'::regnamespace AND proacl IS NOT NULL
            UNION ALL SELECT (aclexplode(nspacl)).grantee FROM pg_namespace WHERE nspname = '{schema}'
            UNION ALL SELECT (aclexplode(datacl)).grantee FROM pg_database WHERE datname = current_database()
        ) acl JOIN pg_roles r ON r.oid = acl.oid
        WHERE r.rolname ~ '{ANY_CCS_GROUP}' AND r.rolname NOT IN ({mine})""").scalars().all()
    for role in foreign:
        log.info("revoking the rights of %s, a group role of another database, from %s", role, database)
        for what in (f'ALL TABLES IN SCHEMA "{schema}"', f'ALL SEQUENCES IN SCHEMA "{schema}"',
                     f'ALL FUNCTIONS IN SCHEMA "{schema}"'):
            _sql(conn, f'REVOKE ALL ON {what} FROM "{role}"')
        _sql(conn, f'REVOKE ALL ON SCHEMA "{schema}" FROM "{role}"')
        _sql(conn, f'REVOKE ALL ON DATABASE "{database}" FROM "{role}"')


def _adopt_login_roles(conn: sa.Connection, database: str, g: Groups) -> None:
    """Give this database's users login roles of this database's own (upgrade from server-wide names).

    An earlier version named every login role `ccsu_<username>` in one set of server-wide groups, so a
    user of one agency database could sign in to another. A user whose login role still has that name is
    renamed to `role_name(username, database)` (a SCRAM password survives a rename) and moved from
    the server-wide group to this database's. A login role that already belongs to another database's
    groups is left alone: that user needs a new login role here (`users grant-db-role`)."""
    if "users" not in sa.inspect(conn).get_table_names():
        return
    rows = _sql(conn, "SELECT id, username, role, db_role FROM users WHERE db_role IS NOT NULL").all()
    for user_id, username, product_role, current in rows:
        wanted = role_name(username, database)
        exists = _sql(conn, f"SELECT count(*) FROM pg_roles WHERE rolname = '{_quote_literal(current)}'").scalar_one()
        if not exists:
            continue
        foreign = _sql(conn, f"""
            SELECT gr.rolname FROM pg_auth_members m JOIN pg_roles gr ON gr.oid = m.roleid
              JOIN pg_roles r ON r.oid = m.member
             WHERE r.rolname = '{_quote_literal(current)}' AND gr.rolname ~ '{ANY_CCS_GROUP}'
               AND gr.rolname NOT IN ({g.sql_list})""").scalars().all()
        if any(f not in LEGACY_GROUPS for f in foreign):
            log.warning("user %s: login role %s belongs to another database's groups; left alone (grant %s a new "
                        "login role here)", username, current, username)
            continue
        if current != wanted:
            if not current.startswith(LOGIN_PREFIX):
                continue  # not a role this product made
            if _sql(conn, f"SELECT count(*) FROM pg_roles WHERE rolname = '{_quote_literal(wanted)}'").scalar_one():
                log.warning("user %s: cannot rename %s to %s, which exists", username, current, wanted)
                continue
            _sql(conn, f'ALTER ROLE "{current}" RENAME TO "{wanted}"')
            _sql(conn, f"UPDATE users SET db_role = '{_quote_literal(wanted)}' WHERE id = '{user_id}'")
            log.info("user %s: login role %s renamed to %s", username, current, wanted)
        for legacy in foreign:
            _sql(conn, f'REVOKE "{legacy}" FROM "{wanted}"')
        for other in g.names:
            if other != g[product_role]:
                _sql(conn, f'REVOKE "{other}" FROM "{wanted}"')
        _sql(conn, f'GRANT "{g[product_role]}" TO "{wanted}"')


def _install_lock_functions(conn: sa.Connection, schema: str, g: Groups) -> None:
    """Locking a user ends the sessions they have open: `ccs_end_login_sessions(role)` (admins only).

    Row-level security already treats a locked or disabled user as nobody (`USER_MAY_WORK`), but an open
    session could still read the reference tables; ending it closes that. Terminating another role's
    backend needs the function's owner (the database owner) to be a superuser or a member of
    `pg_signal_backend`; without it the sessions are not ended and a warning says so."""
    sp = f"SET search_path = {schema}, pg_temp"
    _sql(conn, f"""CREATE OR REPLACE FUNCTION ccs_end_login_sessions(p_role text) RETURNS integer
        LANGUAGE plpgsql SECURITY DEFINER {sp} AS $$
        DECLARE ended integer := 0; p record;
        BEGIN
            IF NOT ccs_caller_is_admin() THEN
                RAISE EXCEPTION 'only a CCS Desktop admin ends other users'' sessions'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            PERFORM ccs_check_login_name(p_role);
            FOR p IN SELECT pid FROM pg_stat_activity WHERE usename = p_role AND pid <> pg_backend_pid() LOOP
                BEGIN
                    IF pg_terminate_backend(p.pid) THEN
                        ended := ended + 1;
                    END IF;
                EXCEPTION WHEN insufficient_privilege THEN
                    RAISE WARNING 'cannot end the sessions of %: the database owner needs pg_signal_backend', p_role;
                    RETURN -1;
                END;
            END LOOP;
            RETURN ended;
        END $$""")
    _sql(conn, "REVOKE ALL ON FUNCTION ccs_end_login_sessions(text) FROM PUBLIC")
    _sql(conn, f"GRANT EXECUTE ON FUNCTION ccs_end_login_sessions(text) TO {g.admin}")
    can_signal = _sql(conn, "SELECT rolsuper OR pg_has_role(current_user, 'pg_signal_backend', 'MEMBER') "
                            "FROM pg_roles WHERE rolname = current_user").scalar_one()
    if not can_signal:
        log.warning("the database owner %s is not a member of pg_signal_backend: locking a user cannot end the "
                    "sessions they have open (GRANT pg_signal_backend TO the owner; docs/security.md)",
                    _sql(conn, "SELECT current_user").scalar_one())


# How long a transaction may have been open when it appends an audit event: its events are stamped with the
# transaction's start (`recorded_at`), so a transaction kept open longer could stamp an event in the past.
AUDIT_TRANSACTION_MAX_AGE = "1 hour"


def _install_audit_chain(conn: sa.Connection, schema: str, g: Groups, tables: set[str]) -> None:
    """The audit chain's head is advanced by the database itself.

    Workstation roles read `audit_chain_head` and never write it. To append, a service calls
    `ccs_audit_head_for_append()`, which locks the head for the transaction (so the chain stays linear across
    workstations) and returns its seq and hash and the server's `recorded_at` stamp; the service computes the
    event's hash over its content, that stamp and the previous hash, and inserts it. The trigger
    `ccs_audit_append` (SECURITY DEFINER) refuses an event that does not follow the head or whose
    `recorded_at` is not the server's stamp (the start of the current transaction, at most an hour old), and
    moves the head. An event made offline keeps its own `at`; the server stamps when it was received.
    A superuser's insert that does not follow the head is let through without moving it (a superuser can
    disable triggers anyway; the anchors of `ccs-desktop audit anchor` are what catches a rewritten chain)."""
    if not {"audit_events", "audit_chain_head"} <= tables:
        return
    columns = {c["name"] for c in sa.inspect(conn).get_columns("audit_events", schema=schema)}
    if "recorded_at" not in columns:
        return  # before revision 0012; installed again once the column exists
    sp = f"SET search_path = {schema}, pg_temp"
    _sql(conn, f"""CREATE OR REPLACE FUNCTION ccs_audit_head_for_append()
        RETURNS TABLE (seq bigint, hash text, recorded_at timestamptz)
        LANGUAGE plpgsql SECURITY DEFINER {sp} AS $$
        BEGIN
            RETURN QUERY SELECT h.seq, h.hash::text, transaction_timestamp() FROM audit_chain_head h
                          WHERE h.id = 1 FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'the audit chain head is missing (ask IT: restore it from a backup)'
                    USING ERRCODE = 'no_data_found';
            END IF;
        END $$""")
    _sql(conn, f"""CREATE OR REPLACE FUNCTION ccs_audit_append() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {sp} AS $$
        DECLARE head_seq bigint; head_hash text;
        BEGIN
            SELECT h.seq, h.hash INTO head_seq, head_hash FROM audit_chain_head h WHERE h.id = 1 FOR UPDATE;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'the audit chain head is missing (ask IT: restore it from a backup)'
                    USING ERRCODE = 'no_data_found';
            END IF;
            IF NEW.seq IS NOT DISTINCT FROM head_seq + 1 AND NEW.prev_hash IS NOT DISTINCT FROM head_hash
               AND NEW.recorded_at IS NOT DISTINCT FROM transaction_timestamp() THEN
                IF transaction_timestamp() < clock_timestamp() - interval '{AUDIT_TRANSACTION_MAX_AGE}' THEN
                    RAISE EXCEPTION 'audit event refused: its transaction began more than {AUDIT_TRANSACTION_MAX_AGE} ago'
                        USING ERRCODE = 'check_violation';
                END IF;
                UPDATE audit_chain_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
                RETURN NEW;
            END IF;
            IF (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
                RETURN NEW;
            END IF;
            IF NEW.recorded_at IS DISTINCT FROM transaction_timestamp() THEN
                RAISE EXCEPTION 'audit event refused: recorded_at is stamped by the server (%), not given (%)',
                    transaction_timestamp(), NEW.recorded_at USING ERRCODE = 'check_violation';
            END IF;
            RAISE EXCEPTION 'audit event refused: event % does not follow the chain head (event % with hash %)',
                NEW.seq, head_seq, head_hash USING ERRCODE = 'check_violation';
        END $$""")
    _sql(conn, 'DROP TRIGGER IF EXISTS trg_audit_events_append ON "audit_events"')
    _sql(conn, 'CREATE TRIGGER trg_audit_events_append BEFORE INSERT ON "audit_events" '
               "FOR EACH ROW EXECUTE FUNCTION ccs_audit_append()")
    _sql(conn, "REVOKE ALL ON FUNCTION ccs_audit_head_for_append() FROM PUBLIC")
    _sql(conn, f"GRANT EXECUTE ON FUNCTION ccs_audit_head_for_append() TO {g.all}")
    _sql(conn, "REVOKE ALL ON FUNCTION ccs_audit_append() FROM PUBLIC")
    _sql(conn, f'REVOKE ALL ON "audit_chain_head" FROM {g.all}')
    _sql(conn, f'GRANT SELECT ON "audit_chain_head" TO {g.all}')


def _quote_literal(value: str) -> str:
    return value.replace("'", "''")


def install(conn: sa.Connection) -> None:
    """Create or refresh roles, grants, policies and triggers on a PostgreSQL database (idempotent)."""
    if conn.dialect.name != "postgresql":
        return
    schema = _sql(conn, "SELECT current_schema()").scalar_one()
    database = _sql(conn, "SELECT current_database()").scalar_one()
    g = groups(conn)
    ALL_GROUPS = g.all
    _create_groups(conn)
    _own_database_only(conn, schema, database, g)
    _sql(conn, f'GRANT CONNECT ON DATABASE "{database}" TO {ALL_GROUPS}')
    _sql(conn, f'GRANT USAGE ON SCHEMA "{schema}" TO {ALL_GROUPS}')
    for sql in _functions(schema, g):
        _sql(conn, sql)
    for fn in ("ccs_create_login(text, text, text)", "ccs_set_login_group(text, text)",
               "ccs_set_login_enabled(text, boolean)", "ccs_drop_login(text)",
               "ccs_set_login_password(text, text)"):
        _sql(conn, f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
    for fn in ("ccs_create_login(text, text, text)", "ccs_set_login_group(text, text)",
               "ccs_set_login_enabled(text, boolean)", "ccs_drop_login(text)"):
        _sql(conn, f"GRANT EXECUTE ON FUNCTION {fn} TO {g.admin}")
    _sql(conn, f"GRANT EXECUTE ON FUNCTION ccs_set_login_password(text, text) TO {ALL_GROUPS}")
    _sql(conn, f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "{schema}" TO {ALL_GROUPS}')

    tables = set(sa.inspect(conn).get_table_names(schema=schema))
    for table in sorted(tables):
        _sql(conn, f'REVOKE ALL ON "{table}" FROM {ALL_GROUPS}')
        if table == "alembic_version":
            _sql(conn, f'GRANT SELECT ON "{table}" TO {ALL_GROUPS}')
        elif table in APPEND_ONLY:
            _sql(conn, f'GRANT SELECT, INSERT ON "{table}" TO {ALL_GROUPS}')
        elif table in ADMIN_WRITES:
            hidden = HIDDEN_COLUMNS.get(table, ())
            if hidden:
                cols = [c["name"] for c in sa.inspect(conn).get_columns(table, schema=schema)
                        if c["name"] not in hidden]
                collist = ", ".join(f'"{c}"' for c in cols)
                _sql(conn, f'GRANT SELECT ({collist}) ON "{table}" TO {g.collector}, {g.supervisor}')
                _sql(conn, f'GRANT SELECT ON "{table}" TO {g.admin}')
            else:
                _sql(conn, f'GRANT SELECT ON "{table}" TO {ALL_GROUPS}')
            _sql(conn, f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {g.admin}')
        elif table in EVERYONE_WRITES or table in ("accounts", "persons") or table in BY_ACCOUNT \
                or table in BY_PERSON or any(table == t for t, _c, _p in BY_PARENT):
            _sql(conn, f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{table}" TO {ALL_GROUPS}')
        else:
            log.warning("table %s has no security classification: readable by all, writable by admins", table)
            _sql(conn, f'GRANT SELECT ON "{table}" TO {ALL_GROUPS}')
            _sql(conn, f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {g.admin}')

    # Row-level security. Owners and superusers are not subject to it (migrations, the admin CLI as owner).
    def rls(table: str) -> None:
        _sql(conn, f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY')

    if "accounts" in tables:
        rls("accounts")
        _policy(conn, "accounts", "ccs_read", "SELECT", ACCOUNT_VISIBLE)
        _policy(conn, "accounts", "ccs_update", "UPDATE", ACCOUNT_VISIBLE, ACCOUNT_VISIBLE)
        _policy(conn, "accounts", "ccs_insert", "INSERT", None, IS_ADMIN)
        _policy(conn, "accounts", "ccs_delete", "DELETE", IS_ADMIN)
    for table in BY_ACCOUNT:
        if table not in tables:
            continue
        rls(table)
        visible = f'EXISTS (SELECT 1 FROM accounts a WHERE a.id = "{table}".account_id)'
        _policy(conn, table, "ccs_account", "ALL", visible, visible)
    # Supervisors' acts: a guardrail override and a contact review are never a collector's own doing.
    for table in ("overrides", "contact_reviews"):
        if table in tables:
            _sql(conn, f'DROP POLICY IF EXISTS ccs_supervisor_only ON "{table}"')
            _sql(conn, f'CREATE POLICY ccs_supervisor_only ON "{table}" AS RESTRICTIVE FOR INSERT TO {ALL_GROUPS} '
                       "WITH CHECK ((SELECT ccs_role()) IN ('supervisor', 'admin'))")
    if "persons" in tables:
        rls("persons")
        person_visible = ("(SELECT ccs_role()) = 'admin' OR EXISTS "
                          "(SELECT 1 FROM account_parties ap WHERE ap.person_id = persons.id)")
        _policy(conn, "persons", "ccs_read", "SELECT", person_visible)
        _policy(conn, "persons", "ccs_update", "UPDATE", person_visible, person_visible)
        # A new person (a third party, a co-signer) is linked to an account right after; until then it is
        # invisible to its creator, so it cannot be used to read anything.
        _policy(conn, "persons", "ccs_insert", "INSERT", None, "true")
        _policy(conn, "persons", "ccs_delete", "DELETE", IS_ADMIN)
    for table in BY_PERSON:
        if table not in tables:
            continue
        rls(table)
        visible = f'EXISTS (SELECT 1 FROM persons p WHERE p.id = "{table}".person_id)'
        _policy(conn, table, "ccs_person", "ALL", visible, visible)
    for table, column, parent in BY_PARENT:
        if table not in tables:
            continue
        rls(table)
        visible = f'EXISTS (SELECT 1 FROM "{parent}" x WHERE x.id = "{table}".{column})'
        _policy(conn, table, "ccs_parent", "ALL", visible, visible)
    if "audit_events" in tables:
        rls("audit_events")
        _policy(conn, "audit_events", "ccs_read", "SELECT",
                "(SELECT ccs_role()) = 'admin' OR audit_events.user_id = (SELECT ccs_uid()) OR "
                "(audit_events.account_id IS NOT NULL AND "
                "EXISTS (SELECT 1 FROM accounts a WHERE a.id = audit_events.account_id))")
        # Nobody writes an event in another user's name.
        _policy(conn, "audit_events", "ccs_insert", "INSERT", None,
                "(SELECT ccs_role()) = 'admin' OR audit_events.user_id = (SELECT ccs_uid())")

    for table in APPEND_ONLY:
        if table not in tables:
            continue
        _sql(conn, f'DROP TRIGGER IF EXISTS trg_{table}_append_only ON "{table}"')
        _sql(conn, f'CREATE TRIGGER trg_{table}_append_only BEFORE UPDATE OR DELETE ON "{table}" '
                             "FOR EACH ROW EXECUTE FUNCTION ccs_refuse_change()")
        _sql(conn, f'DROP TRIGGER IF EXISTS trg_{table}_no_truncate ON "{table}"')
        _sql(conn, f'CREATE TRIGGER trg_{table}_no_truncate BEFORE TRUNCATE ON "{table}" '
                             "FOR EACH STATEMENT EXECUTE FUNCTION ccs_refuse_change()")

    # What a workstation's login may not do beyond seeing rows (conflicts, links, attempts, balances, leases).
    workstation_limits.install(conn, schema, tables, g, account_visible=ACCOUNT_VISIBLE, no_delete=NO_DELETE)

    # The audit chain's head is moved by the database, never by a workstation.
    _install_audit_chain(conn, schema, g, tables)

    # Locking a user ends their open sessions.
    _install_lock_functions(conn, schema, g)

    # Login roles of this database only (after everything else: renames need the users table as it is now).
    _adopt_login_roles(conn, database, g)


def uninstall(conn: sa.Connection) -> None:
    """Remove policies, triggers, grants and functions from this database (the group roles stay: a login role
    may still be a member)."""
    if conn.dialect.name != "postgresql":
        return
    schema = _sql(conn, "SELECT current_schema()").scalar_one()
    tables = set(sa.inspect(conn).get_table_names(schema=schema))
    workstation_limits.uninstall(conn, tables)
    g = groups(conn)
    for table in APPEND_ONLY:
        if table in tables:
            _sql(conn, f'DROP TRIGGER IF EXISTS trg_{table}_append_only ON "{table}"')
            _sql(conn, f'DROP TRIGGER IF EXISTS trg_{table}_no_truncate ON "{table}"')
    if "audit_events" in tables:
        _sql(conn, 'DROP TRIGGER IF EXISTS trg_audit_events_append ON "audit_events"')
        _sql(conn, "DROP FUNCTION IF EXISTS ccs_audit_append()")
    for table in sorted(tables):
        for name in ("ccs_read", "ccs_update", "ccs_insert", "ccs_delete", "ccs_account", "ccs_person", "ccs_parent",
                     "ccs_supervisor_only"):
            _sql(conn, f'DROP POLICY IF EXISTS {name} ON "{table}"')
        _sql(conn, f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
        exists = _sql(conn, f"SELECT count(*) FROM pg_roles WHERE rolname = '{g.collector}'").scalar_one()
        if exists:
            _sql(conn, f'REVOKE ALL ON "{table}" FROM {g.all}')
    for fn in ("ccs_create_login(text, text, text)", "ccs_set_login_group(text, text)",
               "ccs_set_login_enabled(text, boolean)", "ccs_drop_login(text)", "ccs_set_login_password(text, text)",
               "ccs_check_group(text)", "ccs_check_login_name(text)", "ccs_caller_is_admin()", "ccs_refuse_change()",
               "ccs_end_login_sessions(text)", "ccs_team_members()", "ccs_role()", "ccs_uid()",
               "ccs_audit_head_for_append()"):
        _sql(conn, f"DROP FUNCTION IF EXISTS {fn}")
