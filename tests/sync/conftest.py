"""The sync tests' shared fixtures: a shared PostgreSQL world with collectors' login roles, and a laptop's cache."""

from __future__ import annotations

import pytest

from tests.sync.helpers import World, new_cache


@pytest.fixture
def world(pg_url):
    w = World(pg_url)
    yield w
    w.dispose()


@pytest.fixture
def cache(tmp_path):
    c = new_cache(tmp_path)
    yield c
    c.dispose()
