"""What the shared PostgreSQL server itself should be doing against password guessing (docs/security.md,
"What IT must do"). The app cannot change the server's configuration; `ccs-desktop db upgrade` says what is
missing.

Wrong passwords are refused by the server before any session exists, so nothing the app writes to the
database can count them: the workstation's count (`auth.FailureThrottle`) only slows one workstation, and
anyone with psql skips it. The server's own defences are `auth_delay` (every failed authentication waits,
so guessing is slow whatever the client) and its log of failed authentications, watched by IT.
"""

from __future__ import annotations

import sqlalchemy as sa

# The wait after a failed authentication that docs/security.md recommends, and the least this check accepts.
RECOMMENDED_AUTH_DELAY_MS = 2000
MINIMUM_AUTH_DELAY_MS = 500


def problems(conn: sa.Connection) -> list[str]:
    """What the server should change, in words for IT (empty when nothing)."""
    if conn.dialect.name != "postgresql":
        return []
    found = []
    libraries = conn.exec_driver_sql("SELECT current_setting('shared_preload_libraries')").scalar_one() or ""
    delay = conn.exec_driver_sql(  # in milliseconds (current_setting would say "500ms")
        "SELECT setting FROM pg_settings WHERE name = 'auth_delay.milliseconds'").scalar()
    if "auth_delay" not in [lib.strip().strip('"') for lib in libraries.split(",")]:
        found.append("auth_delay is not loaded: wrong passwords are refused at once, so guessing is fast. Add "
                     f"shared_preload_libraries = 'auth_delay' and auth_delay.milliseconds = "
                     f"{RECOMMENDED_AUTH_DELAY_MS} to postgresql.conf and restart the server.")
    elif not delay or int(delay) < MINIMUM_AUTH_DELAY_MS:
        found.append(f"auth_delay.milliseconds is {delay or 0}: set it to {RECOMMENDED_AUTH_DELAY_MS} "
                     "(postgresql.conf) and reload the server.")
    encryption = conn.exec_driver_sql("SELECT current_setting('password_encryption')").scalar_one()
    if encryption != "scram-sha-256":
        found.append(f"password_encryption is {encryption}: set it to scram-sha-256.")
    return found
