"""What a workstation's own login role may not do on the shared database, beyond who sees which rows.

`security.install` grants the group roles their tables and limits rows with row-level security; this module
(called at its end, idempotent, PostgreSQL only) closes what a collector could still do with psql through
their own login:

- **sync conflicts** follow the account they are about (``sync_conflicts.account_id``): a collector sees and
  records only their own workstation's conflicts about accounts they can see (a supervisor: their team's);
  nobody but an admin deletes one. Workstation records and applied-operation records are written only in one's
  own name; the cache-only tables (outbox, sync cursors) are out of reach.
- **account parties**: a non-admin links to an account only a person who is on no account yet (a new third
  party, co-signer or attorney) or who is already on an account they can see, so a link cannot be used to
  reach another consumer's person, phones and addresses.
- **contact attempts** are inserted only in the caller's own name (admins excepted: offline work they push),
  and each must have its ``contact.recorded`` audit event, by the same user, when the transaction commits.
- **balances**: when a transaction changes an account's principal, interest, fees, costs or balance, at commit
  each component must equal the sum of that account's balance transactions and the balance their sum: money
  moves only by posting transactions (append-only). Payments and postings are inserted in the poster's own name,
  and a collector or supervisor posts only payments, reversals and settlement write-offs.
- **account status**: ``closed`` (and leaving it) needs a supervisor or admin, ``recalled`` (returned to the
  client; and leaving it) an admin; ``paid`` and ``settled`` need a zero balance.
- **leases**: once ``broken_at`` or ``released_at`` is set it stays; only supervisors and admins break a lease.
- **deletes**: collectors and supervisors delete no account or person data (the services never delete;
  corrections and clearings are new records or fields).

What stays in the services: the guardrail decision itself (the database does not evaluate contact rules), the
allocation order of a payment, promise bookkeeping, and everything on SQLite. What the database guarantees here is
attribution, the audit link and the arithmetic.

Triggers act only where row-level security applies (`row_security_active`): the table owner and superusers
(migrations, the retention job, the demo loader run as owner) are not limited by them, as they are not by RLS.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

# Sync bookkeeping of a cache: exists on the shared database only because the schema is shared.
CACHE_ONLY = ("outbox", "sync_cursors")
POLICIES = ("ccs_conflict_read", "ccs_conflict_insert", "ccs_conflict_update", "ccs_conflict_delete",
            "ccs_link_insert", "ccs_link_update", "ccs_attempt_own_name", "ccs_ws_read", "ccs_ws_insert",
            "ccs_ws_update", "ccs_ws_delete", "ccs_applied_read", "ccs_applied_insert", "ccs_payment_own_name",
            "ccs_posting_own_name")
TRIGGERS = (("contact_attempts", "trg_contact_attempts_audited"), ("accounts", "trg_accounts_balance_posted"),
            ("accounts", "trg_accounts_status_role"), ("leases", "trg_leases_one_way"))
FUNCTIONS = ("ccs_account_visible(uuid)", "ccs_person_linkable(uuid)", "ccs_owns_workstation(uuid)",
             "ccs_balance_matches(uuid)", "ccs_check_contact_audited()", "ccs_check_balance_posted()",
             "ccs_check_status_role()", "ccs_check_lease_change()")


def _sql(conn: sa.Connection, sql: str) -> None:
    conn.exec_driver_sql(sql.replace("%", "%%"))


def _functions(schema: str, account_visible: str) -> list[str]:
    sp = f"SET search_path = {schema}, pg_temp"
    visible = account_visible.replace("accounts.", "a.")
    return [
        # May the session's user see this account? (The same rule as the accounts policy, for use where row-level
        # security does not run: inside the functions below.)
        f"""CREATE OR REPLACE FUNCTION ccs_account_visible(p_account uuid) RETURNS boolean LANGUAGE sql STABLE
            SECURITY DEFINER {sp} AS $$
            SELECT EXISTS (SELECT 1 FROM accounts a WHERE a.id = p_account AND ({visible})) $$""",
        # A person may be linked to an account by this user: on no account yet, or on one they can see. Runs as the
        # owner: row-level security would hide the links to accounts the user cannot see.
        f"""CREATE OR REPLACE FUNCTION ccs_person_linkable(p_person uuid) RETURNS boolean LANGUAGE sql STABLE
            SECURITY DEFINER {sp} AS $$
            SELECT NOT EXISTS (SELECT 1 FROM account_parties ap WHERE ap.person_id = p_person)
                OR EXISTS (SELECT 1 FROM account_parties ap WHERE ap.person_id = p_person
                           AND ccs_account_visible(ap.account_id)) $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_owns_workstation(p_ws uuid) RETURNS boolean LANGUAGE sql STABLE
            SECURITY DEFINER {sp} AS $$
            SELECT EXISTS (SELECT 1 FROM workstations w WHERE w.id = p_ws AND w.user_id = ccs_uid()) $$""",
        # Stored components equal the sums of the account's balance transactions, and the balance their sum.
        f"""CREATE OR REPLACE FUNCTION ccs_balance_matches(p_account uuid) RETURNS boolean LANGUAGE sql STABLE
            SECURITY DEFINER {sp} AS $$
            SELECT COALESCE((
                SELECT a.principal = t.principal AND a.interest = t.interest AND a.fees = t.fees
                       AND a.costs = t.costs AND a.balance = t.principal + t.interest + t.fees + t.costs
                  FROM accounts a,
                       (SELECT COALESCE(sum(principal), 0) AS principal, COALESCE(sum(interest), 0) AS interest,
                               COALESCE(sum(fees), 0) AS fees, COALESCE(sum(costs), 0) AS costs
                          FROM balance_transactions WHERE account_id = p_account) t
                 WHERE a.id = p_account), true) $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_check_contact_audited() RETURNS trigger LANGUAGE plpgsql {sp} AS $$
            BEGIN
                IF row_security_active(TG_RELID) AND NOT EXISTS (
                        SELECT 1 FROM audit_events e
                         WHERE e.entity = 'contact_attempt' AND e.entity_id = NEW.id::text
                           AND e.action = 'contact.recorded' AND e.user_id IS NOT DISTINCT FROM NEW.user_id) THEN
                    RAISE EXCEPTION 'contact attempt % has no audit event (contact.recorded) of its own: '
                                    'contact attempts are recorded through the contact service', NEW.id
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NULL;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_check_balance_posted() RETURNS trigger LANGUAGE plpgsql {sp} AS $$
            BEGIN
                IF row_security_active(TG_RELID) AND NOT ccs_balance_matches(NEW.id) THEN
                    RAISE EXCEPTION 'the balances of account % do not equal the sum of its balance transactions: '
                                    'a balance changes only by posting a transaction', NEW.id
                        USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN NULL;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_check_status_role() RETURNS trigger LANGUAGE plpgsql {sp} AS $$
            DECLARE
                r text := ccs_role();
                old_status text := OLD.status;
            BEGIN
                IF NOT row_security_active(TG_RELID) OR NEW.status IS NOT DISTINCT FROM old_status THEN
                    RETURN NEW;
                END IF;
                IF 'recalled' IN (NEW.status, old_status) AND r IS DISTINCT FROM 'admin' THEN
                    RAISE EXCEPTION 'only an admin returns an account to the client (recalled) or reopens it'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF 'closed' IN (NEW.status, old_status) AND r NOT IN ('supervisor', 'admin') THEN
                    RAISE EXCEPTION 'only a supervisor or an admin closes an account or reopens a closed one'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF NEW.status IN ('paid', 'settled') AND NEW.balance <> 0 THEN
                    RAISE EXCEPTION 'an account with a balance of % cannot be %', NEW.balance, NEW.status
                        USING ERRCODE = 'check_violation';
                END IF;
                RETURN NEW;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_check_lease_change() RETURNS trigger LANGUAGE plpgsql {sp} AS $$
            BEGIN
                IF NOT row_security_active(TG_RELID) THEN
                    RETURN NEW;
                END IF;
                IF TG_OP = 'UPDATE' THEN
                    IF OLD.broken_at IS NOT NULL AND (NEW.broken_at IS DISTINCT FROM OLD.broken_at
                                                      OR NEW.broken_by IS DISTINCT FROM OLD.broken_by) THEN
                        RAISE EXCEPTION 'a broken lease stays broken' USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    IF OLD.released_at IS NOT NULL AND NEW.released_at IS DISTINCT FROM OLD.released_at THEN
                        RAISE EXCEPTION 'a released lease stays released' USING ERRCODE = 'insufficient_privilege';
                    END IF;
                END IF;
                IF (NEW.broken_at IS NOT NULL OR NEW.broken_by IS NOT NULL)
                   AND (TG_OP = 'INSERT' OR OLD.broken_at IS NULL)
                   AND ccs_role() IS DISTINCT FROM 'supervisor' AND ccs_role() IS DISTINCT FROM 'admin' THEN
                    RAISE EXCEPTION 'only a supervisor or an admin breaks a lease'
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                RETURN NEW;
            END $$""",
    ]


def _policy(conn: sa.Connection, table: str, name: str, command: str, using: str | None, check: str | None = None,
            *, restrictive: bool = False) -> None:
    _sql(conn, f'DROP POLICY IF EXISTS {name} ON "{table}"')
    sql = f'CREATE POLICY {name} ON "{table}"' + (" AS RESTRICTIVE" if restrictive else "") + \
        f" FOR {command} TO PUBLIC"
    if using is not None:
        sql += f" USING ({using})"
    if check is not None:
        sql += f" WITH CHECK ({check})"
    _sql(conn, sql)


def _trigger(conn: sa.Connection, table: str, name: str, sql: str) -> None:
    _sql(conn, f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
    _sql(conn, sql)


def install(conn: sa.Connection, schema: str, tables: set[str], groups: Any, *, account_visible: str,
            no_delete: tuple[str, ...]) -> None:
    """Create or refresh the limits above (after `security.install` made the grants and policies).

    `groups` is the database's group roles (`security.Groups`), `account_visible` the accounts policy's USING
    expression, `no_delete` the tables of account or person data."""
    workers = f"{groups.collector}, {groups.supervisor}"
    groups = groups.all
    for sql in _functions(schema, account_visible):
        _sql(conn, sql)
    is_admin = "(SELECT ccs_role()) = 'admin'"

    for table in no_delete:
        if table in tables:
            _sql(conn, f'REVOKE DELETE ON "{table}" FROM {workers}')
    for table in CACHE_ONLY:
        if table in tables:
            _sql(conn, f'REVOKE ALL ON "{table}" FROM {groups}')

    columns = {c["name"] for c in sa.inspect(conn).get_columns("sync_conflicts", schema=schema)} \
        if "sync_conflicts" in tables else set()
    if "account_id" in columns:  # migration 0011; `db.upgrade` runs this again after it
        _sql(conn, 'ALTER TABLE "sync_conflicts" ENABLE ROW LEVEL SECURITY')
        own = "ccs_owns_workstation(workstation_id)"
        seen = (f"{is_admin} OR (account_id IS NULL AND {own}) OR (account_id IS NOT NULL AND "
                f"ccs_account_visible(account_id) AND ({own} OR (SELECT ccs_role()) = 'supervisor'))")
        _policy(conn, "sync_conflicts", "ccs_conflict_read", "SELECT", seen)
        _policy(conn, "sync_conflicts", "ccs_conflict_insert", "INSERT", None, seen)
        _policy(conn, "sync_conflicts", "ccs_conflict_update", "UPDATE", seen, seen)
        _policy(conn, "sync_conflicts", "ccs_conflict_delete", "DELETE", is_admin)
    if "workstations" in tables:
        _sql(conn, 'ALTER TABLE "workstations" ENABLE ROW LEVEL SECURITY')
        mine = f"{is_admin} OR user_id = (SELECT ccs_uid())"
        _policy(conn, "workstations", "ccs_ws_read", "SELECT", "true")
        _policy(conn, "workstations", "ccs_ws_insert", "INSERT", None, mine)
        # A workstation is the user's who last signed in on it (sync.register): anyone may take it over, only in
        # their own name.
        _policy(conn, "workstations", "ccs_ws_update", "UPDATE", "true", mine)
        _policy(conn, "workstations", "ccs_ws_delete", "DELETE", is_admin)
    if "applied_operations" in tables:
        _sql(conn, 'ALTER TABLE "applied_operations" ENABLE ROW LEVEL SECURITY')
        mine = f"{is_admin} OR ccs_owns_workstation(workstation_id)"
        _policy(conn, "applied_operations", "ccs_applied_read", "SELECT", mine)
        _policy(conn, "applied_operations", "ccs_applied_insert", "INSERT", None, mine)
        _sql(conn, f'REVOKE UPDATE, DELETE ON "applied_operations" FROM {workers}')

    if "account_parties" in tables:
        _policy(conn, "account_parties", "ccs_link_insert", "INSERT", None, "ccs_person_linkable(person_id)",
                restrictive=True)
        _policy(conn, "account_parties", "ccs_link_update", "UPDATE", "true", "ccs_person_linkable(person_id)",
                restrictive=True)
    if "contact_attempts" in tables:
        _policy(conn, "contact_attempts", "ccs_attempt_own_name", "INSERT", None,
                f"{is_admin} OR user_id = (SELECT ccs_uid())", restrictive=True)
        _trigger(conn, "contact_attempts", "trg_contact_attempts_audited",
                 "CREATE CONSTRAINT TRIGGER trg_contact_attempts_audited AFTER INSERT ON contact_attempts "
                 "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ccs_check_contact_audited()")
    # Postings are made in the poster's own name; a collector or supervisor posts payments, their reversals and a
    # settlement's write-off, never a placement, adjustment, interest or fee (imports and admins do).
    if "payments" in tables:
        _policy(conn, "payments", "ccs_payment_own_name", "INSERT", None,
                f"{is_admin} OR posted_by = (SELECT ccs_uid())", restrictive=True)
    if "balance_transactions" in tables:
        _policy(conn, "balance_transactions", "ccs_posting_own_name", "INSERT", None,
                f"{is_admin} OR (posted_by = (SELECT ccs_uid()) "
                "AND kind IN ('payment', 'reversal', 'settlement_write_off'))", restrictive=True)
    if "accounts" in tables:
        changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}"
                              for c in ("principal", "interest", "fees", "costs", "balance"))
        _trigger(conn, "accounts", "trg_accounts_balance_posted",
                 "CREATE CONSTRAINT TRIGGER trg_accounts_balance_posted AFTER UPDATE ON accounts "
                 f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ({changed}) "
                 "EXECUTE FUNCTION ccs_check_balance_posted()")
        _trigger(conn, "accounts", "trg_accounts_status_role",
                 "CREATE TRIGGER trg_accounts_status_role BEFORE UPDATE OF status, balance ON accounts "
                 "FOR EACH ROW EXECUTE FUNCTION ccs_check_status_role()")
    if "leases" in tables:
        _trigger(conn, "leases", "trg_leases_one_way",
                 "CREATE TRIGGER trg_leases_one_way BEFORE INSERT OR UPDATE ON leases "
                 "FOR EACH ROW EXECUTE FUNCTION ccs_check_lease_change()")
    for fn in FUNCTIONS:
        if not fn.endswith("()"):
            _sql(conn, f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
            _sql(conn, f"GRANT EXECUTE ON FUNCTION {fn} TO {groups}")


def uninstall(conn: sa.Connection, tables: set[str]) -> None:
    for table, name in TRIGGERS:
        if table in tables:
            _sql(conn, f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
    for table in sorted(tables):
        for name in POLICIES:
            _sql(conn, f'DROP POLICY IF EXISTS {name} ON "{table}"')
    for fn in FUNCTIONS:
        _sql(conn, f"DROP FUNCTION IF EXISTS {fn}")
