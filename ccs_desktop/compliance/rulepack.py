"""Rule packs: the rules as data, loaded from `resources/rules/`, versioned by content hash.

A pack file holds one pack (`{"id", "title", "enabled", "applies_to", "rules"}`) or several
(`{"packs": [...]}`). Each rule has an id, a kind (which engine check runs it), its parameters,
the citation, and whether it is enabled and overridable by a supervisor.

An admin's changes are a dict of overrides keyed by rule or pack id,
`{"regf.call_frequency": {"parameters": {"max": 6}}, "us_nyc": {"enabled": true}}`;
`RulePack.with_overrides` returns a new pack with a new version.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from ..paths import resource
from .rule import Rule, RulePackError
from .rules import compile_rules

PACK_FILES = ("core.json", "federal.json", "us_states.json", "canada.json", "agency.json")


@dataclass(frozen=True, slots=True)
class Scope:
    """Where a pack applies: countries ('*' any, 'unknown' when not known), regions, counties."""

    countries: frozenset[str]
    regions: frozenset[str] | None = None
    counties: frozenset[str] | None = None

    def matches(self, country: str, region: str | None, county: str | None) -> bool:
        if "*" not in self.countries and country not in self.countries:
            return False
        if self.regions is not None and region not in self.regions:
            return False
        return self.counties is None or county in self.counties


@dataclass(frozen=True, slots=True)
class Pack:
    id: str
    title: str
    enabled: bool
    scope: Scope
    rules: tuple[Rule, ...]


def _scope(data: Mapping[str, Any]) -> Scope:
    def optional(key: str) -> frozenset[str] | None:
        return frozenset(data[key]) if data.get(key) is not None else None

    return Scope(frozenset(data.get("countries", ["*"])), optional("regions"), optional("counties"))


def _day(data: Mapping[str, Any], key: str, pack_id: str) -> dt.date | None:
    value = data.get(key)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise RulePackError(f"pack {pack_id}: rule {data.get('id', '?')}: {key} {value!r} is not a YYYY-MM-DD date") from None


def _rule(data: Mapping[str, Any], pack_id: str) -> Rule:
    starts, ends = _day(data, "effective_from", pack_id), _day(data, "effective_until", pack_id)
    if starts is not None and ends is not None and ends < starts:
        raise RulePackError(f"pack {pack_id}: rule {data.get('id', '?')}: effective_until is before effective_from")
    try:
        return Rule(
            id=data["id"],
            kind=data["kind"],
            title=data.get("title", data["id"]),
            citation=data["citation"],
            enabled=bool(data.get("enabled", True)),
            overridable=bool(data.get("overridable", False)),
            channels=frozenset(data.get("channels", ["call", "sms", "email", "letter"])),
            parameters=dict(data.get("parameters", {})),
            pack_id=pack_id,
            effective_from=starts,
            effective_until=ends,
        )
    except KeyError as exc:
        raise RulePackError(f"pack {pack_id}: rule {data.get('id', '?')} lacks {exc.args[0]!r}") from None


def _pack(data: Mapping[str, Any]) -> Pack:
    pack_id = data["id"]
    rules = tuple(_rule(r, pack_id) for r in data.get("rules", []))
    return Pack(pack_id, data.get("title", pack_id), bool(data.get("enabled", True)), _scope(data.get("applies_to", {})), rules)


def _read_pack_file(path: Path) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return list(data["packs"]) if "packs" in data else [data]


class RulePack:
    """All packs together, immutable; `version` identifies its exact content."""

    def __init__(self, packs_data: Iterable[Mapping[str, Any]]):
        self._data: list[dict[str, Any]] = [copy.deepcopy(dict(p)) for p in packs_data]
        self.packs: tuple[Pack, ...] = tuple(_pack(p) for p in self._data)
        ids = [r.id for p in self.packs for r in p.rules] + [p.id for p in self.packs]
        duplicates = {i for i in ids if ids.count(i) > 1}
        if duplicates:
            raise RulePackError(f"duplicate rule or pack ids: {sorted(duplicates)}")
        self._compiled_cache: dict[tuple[str, str | None, str | None], tuple[Any, ...]] = {}
        compile_rules(self.rules())  # fail on load, not on the first contact, if parameters are bad

    @classmethod
    def load(cls, directory: Path | None = None) -> RulePack:
        folder = directory or resource("rules")
        packs: list[dict[str, Any]] = []
        for name in PACK_FILES:
            path = folder / name
            if path.exists():
                packs.extend(_read_pack_file(path))
        return cls(packs)

    def to_data(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self._data)

    @cached_property
    def version(self) -> str:
        canonical = json.dumps(self._data, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:40]

    def rules(self) -> Iterable[Rule]:
        for pack in self.packs:
            yield from pack.rules

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules():
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def with_overrides(self, overrides: Mapping[str, Mapping[str, Any]]) -> RulePack:
        """A new pack with `enabled` and/or `parameters` changed for the given rule or pack ids."""
        data = self.to_data()
        targets = {p["id"]: p for p in data}
        targets.update({r["id"]: r for p in data for r in p.get("rules", [])})
        for target_id, change in overrides.items():
            if target_id not in targets:
                raise RulePackError(f"override names no rule or pack: {target_id!r}")
            _apply_change(targets[target_id], target_id, change)
        return RulePack(data)

    def checkers(self, country: str, region: str | None, county: str | None) -> tuple[Any, ...]:
        """The compiled checks that apply to a consumer located there (cached per place)."""
        key = (country, region, county)
        found = self._compiled_cache.get(key)
        if found is None:
            rules = [
                r
                for p in self.packs
                if p.enabled and p.scope.matches(country, region, county)
                for r in p.rules
                if r.enabled
            ]
            found = self._compiled_cache[key] = compile_rules(rules)
        return found


def _apply_change(target: dict[str, Any], target_id: str, change: Mapping[str, Any]) -> None:
    unknown = set(change) - {"enabled", "parameters"}
    if unknown:
        raise RulePackError(f"override of {target_id!r}: only 'enabled' and 'parameters' may change, not {sorted(unknown)}")
    if "enabled" in change:
        if not isinstance(change["enabled"], bool):
            raise RulePackError(f"override of {target_id!r}: 'enabled' must be true or false")
        target["enabled"] = change["enabled"]
    if "parameters" in change:
        if "rules" in target:
            raise RulePackError(f"override of {target_id!r}: a pack has no parameters")
        target.setdefault("parameters", {}).update(copy.deepcopy(dict(change["parameters"])))


_DEFAULT: RulePack | None = None


def default_rulepack() -> RulePack:
    """The shipped packs, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = RulePack.load()
    return _DEFAULT
