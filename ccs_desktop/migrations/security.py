"""What the shared PostgreSQL database enforces by itself: group roles, grants, row-level security,
append-only tables, and the functions an admin uses to manage login roles.

`install(conn)` is idempotent. Migration 0009 runs it, and `db.upgrade` runs it again after any upgrade of
a PostgreSQL database, so tables that later migrations add get their grants too (a table this module does
not classify is readable by every product role and writable by admins only).

The roles:

- `ccs_collector`, `ccs_supervisor`, `ccs_admin`: NOLOGIN group roles, one per product role.
- one LOGIN role per user (`ccsu_<username>`), a member of exactly one group, created by an admin through
  `ccs_create_login(...)` (SECURITY DEFINER: admins need no CREATEROLE; the function only ever touches
  roles named `ccsu_...` and only grants the three groups).

Nothing here applies to SQLite: there the services enforce the same rules.
"""

from __future__ import annotations

import logging

import sqlalchemy as sa

from ..services.access import rls_accounts_using, team_members_function_body

log = logging.getLogger(__name__)

GROUPS = {"collector": "ccs_collector", "supervisor": "ccs_supervisor", "admin": "ccs_admin"}
ALL_GROUPS = ", ".join(GROUPS.values())
LOGIN_PREFIX = "ccsu_"

# Append-only: INSERT and SELECT for the product roles, never UPDATE or DELETE (grants + trigger).
APPEND_ONLY = ("contact_attempts", "notes", "dispute_notes", "dispute_events", "payments", "balance_transactions",
               "audit_events", "consents")

# Tables whose rows belong to one account (column account_id, NOT NULL).
BY_ACCOUNT = ("account_parties", "disputes", "leases", "letters", "overrides", "contact_attempts", "notes",
              "promises", "instalments", "payments", "balance_transactions")
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


def _functions(schema: str) -> list[str]:
    sp = f"SET search_path = {schema}, pg_temp"
    return [
        # Who is asking: the users row of the session's login role (NULL for owners and superusers).
        f"""CREATE OR REPLACE FUNCTION ccs_uid() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER {sp} AS
            $$ SELECT id FROM users WHERE db_role = session_user AND active $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_role() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER {sp} AS
            $$ SELECT role FROM users WHERE db_role = session_user AND active $$""",
        # The users the signed-in supervisor answers for: themselves and the members of the teams they supervise
        # (the query of services/access.answered_for; the accounts policy uses it in its supervisors' branch).
        f"""CREATE OR REPLACE FUNCTION ccs_team_members() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER
            {sp} AS $$ {team_members_function_body()} $$""",
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
                OR pg_has_role(session_user, 'ccs_admin', 'MEMBER')
                OR session_user = (SELECT tableowner FROM pg_tables WHERE tablename = 'users'
                                   AND schemaname = '{schema}') $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_check_login_name(p_role text) RETURNS void LANGUAGE plpgsql {sp} AS $$
            BEGIN
                IF p_role !~ '^{LOGIN_PREFIX}[a-z0-9_.-]{{1,58}}$' THEN
                    RAISE EXCEPTION 'not a CCS Desktop login role: %', p_role USING ERRCODE = 'invalid_parameter_value';
                END IF;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_check_group(p_group text) RETURNS void LANGUAGE plpgsql {sp} AS $$
            BEGIN
                IF p_group NOT IN ('ccs_collector', 'ccs_supervisor', 'ccs_admin') THEN
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
                FOREACH g IN ARRAY ARRAY['ccs_collector', 'ccs_supervisor', 'ccs_admin'] LOOP
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


# Who sees an account: generated from the one rule the services apply (services/access.py, RULE).
ACCOUNT_VISIBLE = rls_accounts_using()
IS_ADMIN = "(SELECT ccs_role()) = 'admin'"


def _policy(conn: sa.Connection, table: str, name: str, command: str, using: str | None,
            check: str | None = None) -> None:
    _sql(conn, f'DROP POLICY IF EXISTS {name} ON "{table}"')
    sql = f'CREATE POLICY {name} ON "{table}" FOR {command} TO {ALL_GROUPS}'
    if using is not None:
        sql += f" USING ({using})"
    if check is not None:
        sql += f" WITH CHECK ({check})"
    _sql(conn, sql)


def _create_groups(conn: sa.Connection) -> None:
    for group in GROUPS.values():
        _sql(conn, 
            f"""DO $$ BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{group}') THEN
                        CREATE ROLE {group} NOLOGIN;
                    END IF;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END $$""")


def install(conn: sa.Connection) -> None:
    """Create or refresh roles, grants, policies and triggers on a PostgreSQL database (idempotent)."""
    if conn.dialect.name != "postgresql":
        return
    schema = _sql(conn, "SELECT current_schema()").scalar_one()
    database = _sql(conn, "SELECT current_database()").scalar_one()
    _create_groups(conn)
    _sql(conn, f'GRANT CONNECT ON DATABASE "{database}" TO {ALL_GROUPS}')
    _sql(conn, f'GRANT USAGE ON SCHEMA "{schema}" TO {ALL_GROUPS}')
    for sql in _functions(schema):
        _sql(conn, sql)
    for fn in ("ccs_create_login(text, text, text)", "ccs_set_login_group(text, text)",
               "ccs_set_login_enabled(text, boolean)", "ccs_drop_login(text)",
               "ccs_set_login_password(text, text)"):
        _sql(conn, f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
    for fn in ("ccs_create_login(text, text, text)", "ccs_set_login_group(text, text)",
               "ccs_set_login_enabled(text, boolean)", "ccs_drop_login(text)"):
        _sql(conn, f"GRANT EXECUTE ON FUNCTION {fn} TO ccs_admin")
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
                _sql(conn, f'GRANT SELECT ({collist}) ON "{table}" TO ccs_collector, ccs_supervisor')
                _sql(conn, f'GRANT SELECT ON "{table}" TO ccs_admin')
            else:
                _sql(conn, f'GRANT SELECT ON "{table}" TO {ALL_GROUPS}')
            _sql(conn, f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO ccs_admin')
        elif table in EVERYONE_WRITES or table in ("accounts", "persons") or table in BY_ACCOUNT \
                or table in BY_PERSON or any(table == t for t, _c, _p in BY_PARENT):
            _sql(conn, f'GRANT SELECT, INSERT, UPDATE, DELETE ON "{table}" TO {ALL_GROUPS}')
        else:
            log.warning("table %s has no security classification: readable by all, writable by admins", table)
            _sql(conn, f'GRANT SELECT ON "{table}" TO {ALL_GROUPS}')
            _sql(conn, f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO ccs_admin')

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


def uninstall(conn: sa.Connection) -> None:
    """Remove policies, triggers, grants and functions from this database (the group roles stay: they are
    shared by every database of the server)."""
    if conn.dialect.name != "postgresql":
        return
    schema = _sql(conn, "SELECT current_schema()").scalar_one()
    tables = set(sa.inspect(conn).get_table_names(schema=schema))
    for table in APPEND_ONLY:
        if table in tables:
            _sql(conn, f'DROP TRIGGER IF EXISTS trg_{table}_append_only ON "{table}"')
            _sql(conn, f'DROP TRIGGER IF EXISTS trg_{table}_no_truncate ON "{table}"')
    for table in sorted(tables):
        for name in ("ccs_read", "ccs_update", "ccs_insert", "ccs_delete", "ccs_account", "ccs_person", "ccs_parent",
                     "ccs_supervisor_only"):
            _sql(conn, f'DROP POLICY IF EXISTS {name} ON "{table}"')
        _sql(conn, f'ALTER TABLE "{table}" DISABLE ROW LEVEL SECURITY')
        exists = _sql(conn, "SELECT count(*) FROM pg_roles WHERE rolname = 'ccs_collector'").scalar_one()
        if exists:
            _sql(conn, f'REVOKE ALL ON "{table}" FROM {ALL_GROUPS}')
    for fn in ("ccs_create_login(text, text, text)", "ccs_set_login_group(text, text)",
               "ccs_set_login_enabled(text, boolean)", "ccs_drop_login(text)", "ccs_set_login_password(text, text)",
               "ccs_check_group(text)", "ccs_check_login_name(text)", "ccs_caller_is_admin()", "ccs_refuse_change()",
               "ccs_team_members()", "ccs_role()", "ccs_uid()"):
        _sql(conn, f"DROP FUNCTION IF EXISTS {fn}")
