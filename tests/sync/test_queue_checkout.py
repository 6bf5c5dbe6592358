"""Which accounts "take my queue offline" checks out: the user's own open accounts, best score first."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ccs_desktop import sync
from ccs_desktop.models.enums import AccountStatus, Role
from ccs_desktop.services.context import SYSTEM, Actor, PermissionDenied
from tests.factories import make_account, make_client, make_user


def test_the_queue_taken_offline_is_the_users_own_open_accounts_best_first(session_factory):
    with session_factory() as s, s.begin():
        cole = make_user(s, Role.COLLECTOR, username="cole")
        casey = make_user(s, Role.COLLECTOR, username="casey")
        client = make_client(s)
        low = make_account(s, client=client, assigned_to=cole.id, priority_score=Decimal("10"))
        high = make_account(s, client=client, assigned_to=cole.id, priority_score=Decimal("90"))
        make_account(s, client=client, assigned_to=cole.id, priority_score=Decimal("99"), status=AccountStatus.PAID)
        make_account(s, client=client, assigned_to=casey.id, priority_score=Decimal("95"))
        make_account(s, client=client, assigned_to=None, priority_score=Decimal("97"))
        mid = make_account(s, client=client, assigned_to=cole.id, priority_score=Decimal("50"))
    actor = Actor(cole.id, "cole", Role.COLLECTOR, workstation="LAPTOP-1")
    assert sync.queue_to_check_out(session_factory, actor) == [high.id, mid.id, low.id]
    assert sync.queue_to_check_out(session_factory, actor, limit=2) == [high.id, mid.id]
    with pytest.raises(PermissionDenied):
        sync.queue_to_check_out(session_factory, SYSTEM)  # no queue of its own: not "every open account"
