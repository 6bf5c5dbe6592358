"""Offline work: a local SQLite cache of checked-out accounts, an outbox of local changes, leases on the
shared database, push/pull with a server change sequence, and conflict records (see docs/sync.md).

No Qt here: the UI (ui/sync_status.py) runs these functions through ui.workers.
"""

from .cache import Cache, cache_session_factory, open_cache
from .engine import (
    QUEUE_CHECKOUT_LIMIT, CacheStatus, SyncReport, checkout, checkout_queue, copy_accounts, open_conflicts, probe,
    pull, purge_released, push, queue_to_check_out, register, release, resolve_conflict, status, sync,
)
from .leases import AccountLeased, assert_not_leased_elsewhere, break_lease, live_lease
from .server import OfflineFinding, SyncUnsupported, high_water
from .vault import CacheKeyError, NoKeyring, PassphraseNeeded

__all__ = [
    "QUEUE_CHECKOUT_LIMIT", "AccountLeased", "Cache", "CacheKeyError", "CacheStatus", "NoKeyring",
    "OfflineFinding", "PassphraseNeeded", "SyncReport", "SyncUnsupported", "assert_not_leased_elsewhere",
    "break_lease", "cache_session_factory", "checkout", "checkout_queue", "copy_accounts", "high_water",
    "live_lease", "open_cache", "open_conflicts", "probe", "pull", "purge_released", "push", "queue_to_check_out",
    "register", "release", "resolve_conflict", "status", "sync",
]
