"""Run one sync in a separate process (the fault test kills it at random points).

It prints "syncing" once started, then a "progress" line at every step of the sync (after each pushed batch, each
table renewed or pulled), so the test can kill it a chosen number of steps in, however fast the machine is.

usage: CCS_TEST_CACHE_KEY=<hex> python -m tests.sync.sync_worker CACHE_PATH SERVER_URL USER_ID USERNAME

The encrypted cache's key comes in the environment (the test's keyring lives in the test process).
"""

from __future__ import annotations

import os
import sys
import uuid

from ccs_desktop import db, sync
from ccs_desktop.models.enums import Role
from ccs_desktop.services.context import Actor
from ccs_desktop.sync import engine, vault


def main() -> None:
    cache_path, url, user_id, username = sys.argv[1:5]
    engine.PUSH_BATCH = 40   # many commit points to be killed between
    engine.PULL_PAGE = 150
    vault.FEWER_SAVES_GAP = 0.0  # the cache saved after (nearly) every commit: a kill a few steps in keeps those
    cache = sync.open_cache(cache_path, key=bytes.fromhex(os.environ["CCS_TEST_CACHE_KEY"]))
    server = db.make_engine(url)
    actor = Actor(uuid.UUID(user_id), username, Role.COLLECTOR, workstation="LAPTOP-1")
    print("syncing", flush=True)
    report = sync.sync(cache, db.session_factory(server), actor,
                       progress=lambda done, total: print(f"progress {done}/{total}", flush=True))
    print(report.summary(), flush=True)


if __name__ == "__main__":
    main()
