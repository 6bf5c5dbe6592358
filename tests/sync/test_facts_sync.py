"""Compliance records made offline reach the shared database like every other write, and a supervisor's clearing
reaches the laptop: the guardrails on both sides decide on the same facts."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from ccs_desktop import sync
from ccs_desktop.models import Account, AttorneyRepresentation, AuditEvent, Bankruptcy
from ccs_desktop.models.enums import Channel
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.facts import clearing, records
from tests.sync.helpers import local

pytestmark = pytest.mark.postgres


def _allowed(factory, world) -> bool:
    return attempts.check_contact(factory, world.collector, world.account_id, world.person_ids[0], Channel.CALL,
                                  at=local(0, 11), phone_id=world.phone_ids[0]).allowed


def test_records_made_offline_sync_and_a_supervisors_clear_comes_back(world, cache):
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    f = cache.session_factory
    assert _allowed(f, world)
    records.set_fact(f, world.collector, world.account_id, world.person_ids[0], "bankruptcy", chapter=13,
                     case_number="2:26-bk-555", reason="consumer said so on the call")
    records.set_fact(f, world.collector, world.account_id, world.person_ids[0], "attorney", firm="Lee & Partners",
                     phone="+12125550142", debt_ids=[world.account_id])
    assert not _allowed(f, world)  # the laptop's own guardrails at once
    assert world.count(Bankruptcy) == 0

    report = sync.sync(cache, world.server, world.collector)
    assert report.conflicts == 0 and report.rejected == 0 and sync.status(cache).pending == 0
    with world.owner() as s:
        bankruptcy = s.scalars(sa.select(Bankruptcy)).one()
        assert bankruptcy.case_number == "2:26-bk-555" and bankruptcy.set_by == world.collector.user_id
        assert s.scalars(sa.select(AttorneyRepresentation)).one().debt_ids == [str(world.account_id)]
        assert s.get(Account, world.account_id).contact_blocked is True
        assert {"fact.bankruptcy.set", "fact.attorney.set"} <= set(s.scalars(sa.select(AuditEvent.action)))

    # In the office the supervisor clears both (the account is checked out, but a clear is recorded wherever the
    # consumer's facts are; the laptop pulls it).
    for kind, model in (("bankruptcy", Bankruptcy), ("attorney", AttorneyRepresentation)):
        with world.owner() as s:
            record_id = s.scalars(sa.select(model.id)).one()
        clearing.clear_fact(world.office, world.supervisor, world.account_id, kind, record_id,
                            "case dismissed; attorney withdrew")
    sync.sync(cache, world.server, world.collector)
    with f() as s:
        assert s.scalars(sa.select(Bankruptcy)).one().cleared_by == world.supervisor.user_id
    assert _allowed(f, world)
