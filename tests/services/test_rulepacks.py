"""An admin's rule changes: versioned, audited, and in force for the next decision."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from ccs_desktop.compliance import default_rulepack
from ccs_desktop.models import AuditEvent, RulePackVersion
from ccs_desktop.models.enums import Channel, Role
from ccs_desktop.services.contacts import attempts, rulepacks
from ccs_desktop.services.context import Actor, PermissionDenied, ServiceError
from tests.services.test_contacts import _local, world  # noqa: F401  (fixture)


def test_an_admin_change_is_versioned_audited_and_applied(world):
    factory = world["factory"]
    admin = Actor(None, "admin", Role.ADMIN)
    with pytest.raises(PermissionDenied):
        rulepacks.change_rules(factory, world["supervisor"], {"agency.daily_call_limit": {"enabled": True}}, "tighter")
    with pytest.raises(ServiceError, match="not valid"):
        rulepacks.change_rules(factory, admin, {"no.such.rule": {"enabled": True}}, "typo")
    version = rulepacks.change_rules(factory, admin, {"agency.daily_call_limit": {"enabled": True, "parameters": {"max": 2}}},
                                     "Two calls a day at most, agency policy from December")
    assert version != default_rulepack().version
    for minute in (0, 30):
        attempts.record_attempt(factory, world["collector"], attempts.AttemptInput(
            account_id=world["account"], person_id=world["person"], channel=Channel.CALL, result_code="NA",
            phone_id=world["phone"], at=_local(1, 10, minute)))
    with pytest.raises(attempts.ContactBlocked) as info:
        attempts.record_attempt(factory, world["collector"], attempts.AttemptInput(
            account_id=world["account"], person_id=world["person"], channel=Channel.CALL, result_code="NA",
            phone_id=world["phone"], at=_local(1, 15)))
    assert info.value.decision.rule_pack_version == version
    assert [r.rule for r in info.value.decision.reasons] == ["agency.daily_call_limit"]
    with factory() as s:
        active = s.scalars(sa.select(RulePackVersion).where(RulePackVersion.active.is_(True))).all()
        changed = s.scalars(sa.select(AuditEvent).where(AuditEvent.action == "rules.changed")).one()
    assert [v.version for v in active] == [version]
    assert changed.reason.startswith("Two calls a day") and changed.after["version"] == version
