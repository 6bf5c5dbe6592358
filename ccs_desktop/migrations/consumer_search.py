"""The triggers that keep `accounts.consumer_search_name` (migration 0020) on SQLite and PostgreSQL.

The column is the upper-cased "LAST FIRST" search name (`persons.search_name`) of the account's first consumer
party, NULL when it has none or the consumer was pseudonymised. Triggers keep it, so no writer needs to know it:

- a person's `search_name` or `pseudonymised_at` changes: the accounts they are the consumer of are updated;
- an account party is linked, changed or removed: that account's value is recomputed;
- PostgreSQL: a direct write of the column (a workstation's login, a sync push) gets the derived value instead.

On PostgreSQL the functions are SECURITY DEFINER: a collector renaming a person on one of their accounts updates
the person's other accounts, which row-level security hides from them; none of them is callable by a product
role. `db.upgrade` installs them again after every upgrade, because a later SQLite migration that rebuilds
`persons` or `account_parties` (batch mode) drops that table's triggers.
"""

from __future__ import annotations

import sqlalchemy as sa


def derived(account_id: str) -> str:
    """SQL: the search name an account should carry (its first consumer's, NULL once pseudonymised)."""
    return ("(SELECT CASE WHEN p.pseudonymised_at IS NULL THEN p.search_name END "
            "FROM account_parties ap JOIN persons p ON p.id = ap.person_id "
            f"WHERE ap.account_id = {account_id} AND ap.role = 'consumer' "
            "ORDER BY ap.created_at, ap.id LIMIT 1)")


def _sqlite_party_trigger(name: str, event: str, when: str, accounts: str) -> tuple[str, str]:
    """A SQLite trigger recomputing the accounts (`accounts`: an SQL list of ids) a party change touches."""
    return name, f"""
        CREATE TRIGGER {name} AFTER {event} ON account_parties FOR EACH ROW WHEN {when}
        BEGIN
            UPDATE accounts SET consumer_search_name = {derived("accounts.id")} WHERE id IN ({accounts});
        END"""


SQLITE_TRIGGERS = dict([
    ("trg_persons_consumer_search", f"""
        CREATE TRIGGER trg_persons_consumer_search AFTER UPDATE OF search_name, pseudonymised_at ON persons
        FOR EACH ROW WHEN OLD.search_name IS NOT NEW.search_name OR OLD.pseudonymised_at IS NOT NEW.pseudonymised_at
        BEGIN
            UPDATE accounts SET consumer_search_name = {derived("accounts.id")}
             WHERE id IN (SELECT account_id FROM account_parties WHERE person_id = NEW.id AND role = 'consumer');
        END"""),
    _sqlite_party_trigger("trg_account_parties_search_insert", "INSERT", "NEW.role = 'consumer'", "NEW.account_id"),
    _sqlite_party_trigger("trg_account_parties_search_update", "UPDATE OF account_id, person_id, role",
                          "'consumer' IN (OLD.role, NEW.role)", "OLD.account_id, NEW.account_id"),
    _sqlite_party_trigger("trg_account_parties_search_delete", "DELETE", "OLD.role = 'consumer'", "OLD.account_id"),
])

# PostgreSQL: (trigger, table, CREATE TRIGGER ...). Party changes are handled once per statement (an import links
# thousands of parties in one INSERT).
PG_TRIGGERS = (
    ("trg_accounts_search_guard", "accounts",
     "CREATE TRIGGER trg_accounts_search_guard BEFORE INSERT OR UPDATE OF consumer_search_name ON accounts "
     "FOR EACH ROW EXECUTE FUNCTION ccs_accounts_search_guard()"),
    ("trg_persons_consumer_search", "persons",
     "CREATE TRIGGER trg_persons_consumer_search AFTER UPDATE OF search_name, pseudonymised_at ON persons "
     "FOR EACH ROW WHEN (OLD.search_name IS DISTINCT FROM NEW.search_name "
     "OR OLD.pseudonymised_at IS DISTINCT FROM NEW.pseudonymised_at) "
     "EXECUTE FUNCTION ccs_persons_consumer_search()"),
    ("trg_account_parties_search_insert", "account_parties",
     "CREATE TRIGGER trg_account_parties_search_insert AFTER INSERT ON account_parties "
     "REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ccs_account_parties_search()"),
    ("trg_account_parties_search_update", "account_parties",
     "CREATE TRIGGER trg_account_parties_search_update AFTER UPDATE ON account_parties "
     "REFERENCING OLD TABLE AS before NEW TABLE AS changed FOR EACH STATEMENT "
     "EXECUTE FUNCTION ccs_account_parties_search()"),
    ("trg_account_parties_search_delete", "account_parties",
     "CREATE TRIGGER trg_account_parties_search_delete AFTER DELETE ON account_parties "
     "REFERENCING OLD TABLE AS before FOR EACH STATEMENT EXECUTE FUNCTION ccs_account_parties_search()"),
)
PG_FUNCTIONS = ("ccs_consumer_search_name(uuid)", "ccs_accounts_search_guard()", "ccs_persons_consumer_search()",
                "ccs_account_parties_search()")


def _pg_functions(schema: str) -> list[str]:
    sp = f"SET search_path = {schema}, pg_temp"
    return [
        f"""CREATE OR REPLACE FUNCTION ccs_consumer_search_name(p_account uuid) RETURNS varchar
            LANGUAGE sql STABLE SECURITY DEFINER {sp} AS $$ SELECT {derived("p_account")} $$""",
        # Whoever writes the column directly gets the derived value instead (a new account has no party yet).
        f"""CREATE OR REPLACE FUNCTION ccs_accounts_search_guard() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER {sp} AS $$
            BEGIN
                IF TG_OP = 'INSERT' AND NEW.consumer_search_name IS NULL THEN
                    RETURN NEW;
                END IF;
                NEW.consumer_search_name := ccs_consumer_search_name(NEW.id);
                RETURN NEW;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_persons_consumer_search() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER {sp} AS $$
            BEGIN
                UPDATE accounts a SET consumer_search_name = ccs_consumer_search_name(a.id)
                  FROM account_parties ap
                 WHERE ap.person_id = NEW.id AND ap.role = 'consumer' AND a.id = ap.account_id
                   AND a.consumer_search_name IS DISTINCT FROM ccs_consumer_search_name(a.id);
                RETURN NULL;
            END $$""",
        f"""CREATE OR REPLACE FUNCTION ccs_account_parties_search() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER {sp} AS $$
            DECLARE touched uuid[] := '{{}}';
            BEGIN
                IF TG_OP IN ('INSERT', 'UPDATE') THEN
                    touched := touched || ARRAY(SELECT account_id FROM changed WHERE role = 'consumer');
                END IF;
                IF TG_OP IN ('UPDATE', 'DELETE') THEN
                    touched := touched || ARRAY(SELECT account_id FROM before WHERE role = 'consumer');
                END IF;
                UPDATE accounts a SET consumer_search_name = ccs_consumer_search_name(a.id)
                 WHERE a.id = ANY(touched)
                   AND a.consumer_search_name IS DISTINCT FROM ccs_consumer_search_name(a.id);
                RETURN NULL;
            END $$""",
    ]


def install(bind: sa.Connection) -> None:
    """Create (or re-create) the triggers and functions that keep `accounts.consumer_search_name`."""
    if bind.dialect.name == "postgresql":
        schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
        for sql in _pg_functions(schema):
            bind.exec_driver_sql(sql)
        for fn in PG_FUNCTIONS:
            # Reached only through the triggers: nobody reads another account's consumer name by calling them.
            bind.exec_driver_sql(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        for name, table, sql in PG_TRIGGERS:
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
            bind.exec_driver_sql(sql)
    else:
        for name, sql in SQLITE_TRIGGERS.items():
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            bind.exec_driver_sql(sql)


def drop(bind: sa.Connection) -> None:
    if bind.dialect.name == "postgresql":
        for name, table, _sql in PG_TRIGGERS:
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
        for fn in reversed(PG_FUNCTIONS):
            bind.exec_driver_sql(f"DROP FUNCTION IF EXISTS {fn}")
    else:
        for name in SQLITE_TRIGGERS:
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def present(bind: sa.Connection) -> bool:
    return "consumer_search_name" in {c["name"] for c in sa.inspect(bind).get_columns("accounts")}
