"""The rule pack in force: the shipped packs plus the admin's changes, versioned and audited."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...compliance import RulePack, RulePackError, default_rulepack
from ...models import RulePackVersion, utcnow
from ...models.enums import Role
from .. import audit
from ..context import Actor, ServiceError

_cache: dict[str, RulePack] = {}
_lock = threading.Lock()
_ACTIVE_VERSION = (sa.select(RulePackVersion.version).where(RulePackVersion.active.is_(True))
                   .order_by(RulePackVersion.changed_at.desc()).limit(1))


def active_rulepack(session: Session) -> RulePack:
    """The shipped packs with the active admin changes applied (cached per version)."""
    version = session.scalar(_ACTIVE_VERSION)
    if version is None:
        return default_rulepack()
    with _lock:
        pack = _cache.get(version)
    if pack is None:  # read the (larger) overrides only for a version not seen yet
        packs = session.scalar(sa.select(RulePackVersion.packs).where(RulePackVersion.version == version))
        pack = default_rulepack().with_overrides((packs or {}).get("overrides", {}))
        with _lock:
            _cache[version] = pack
    return pack


def rules_in_force(session_factory: Callable[[], Session], actor: Actor) -> RulePack:
    """The rules in force, for anyone signed in to read (an admin changes them)."""
    with session_factory() as session:
        return active_rulepack(session)


def change_rules(session_factory: Callable[[], Session], actor: Actor, overrides: Mapping[str, Mapping[str, Any]],
                 comment: str) -> str:
    """Switch rules or packs on/off and change parameters; returns the new version. Admins only."""
    actor.require(Role.ADMIN, action="change the guardrail rules")
    if not comment or not comment.strip():
        raise ServiceError("say why the rules change: the comment is kept with the version")
    try:
        pack = default_rulepack().with_overrides(overrides)
    except RulePackError as exc:
        raise ServiceError(f"the rule change is not valid: {exc}") from exc
    with session_factory() as session, session.begin():
        previous = active_rulepack(session).version
        session.execute(sa.update(RulePackVersion).values(active=False))
        existing = session.scalar(sa.select(RulePackVersion).where(RulePackVersion.version == pack.version))
        if existing is not None:
            existing.active = True
            existing.comment = comment
        else:
            session.add(RulePackVersion(version=pack.version, packs={"overrides": dict(overrides)},
                                        changed_by=actor.user_id, changed_at=utcnow(), comment=comment, active=True))
        audit.record(session, actor, "rules.changed", "rule_pack", pack.version,
                     before={"version": previous}, after={"version": pack.version, "overrides": dict(overrides)},
                     reason=comment)
    return pack.version


def overrides_in_force(session: Session) -> dict[str, dict[str, Any]]:
    packs = session.scalar(sa.select(RulePackVersion.packs).where(RulePackVersion.active.is_(True))
                           .order_by(RulePackVersion.changed_at.desc()).limit(1))
    return dict((packs or {}).get("overrides", {}))


def amend_rules(session_factory: Callable[[], Session], actor: Actor, changes: Mapping[str, Mapping[str, Any]],
                comment: str) -> str:
    """Apply `changes` on top of the admin changes already in force (what the rules dialog saves)."""
    with session_factory() as session:
        merged = overrides_in_force(session)
    for rule_id, change in changes.items():
        entry = dict(merged.get(rule_id, {}))
        if "enabled" in change:
            entry["enabled"] = change["enabled"]
        if "parameters" in change:
            entry["parameters"] = {**entry.get("parameters", {}), **dict(change["parameters"])}
        merged[rule_id] = entry
    return change_rules(session_factory, actor, merged, comment)
