"""The JSON interface for dialers and outside test suites: `check(scenario) -> decision`.

Scenario and decision shapes are documented in docs/compliance.md. Malformed input raises
`ScenarioError` whose message starts with the path of the offending field, e.g.
`history[2].at: not an ISO-8601 instant`. Input is strict: a key the interface does not know is refused
(`person.flag: unknown field`), so a misspelt fact can never be silently ignored and allow a contact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .engine import evaluate
from .model import (
    CHANNELS,
    CONSENT_KINDS,
    DEBT_FLAGS,
    DEBT_TYPES,
    DIRECTIONS,
    FLAGS,
    OUTCOMES,
    PHONE_TYPES,
    PURPOSES,
    ROLES,
    WEEKDAYS,
    Address,
    Consent,
    DebtFacts,
    Decision,
    EmailFacts,
    HistoryEntry,
    InconvenientTime,
    OptOut,
    PersonFacts,
    PhoneFacts,
    Request,
)
from .rulepack import RulePack, default_rulepack

T = TypeVar("T")
_MISSING = object()


class ScenarioError(ValueError):
    """A scenario is malformed; the message names the field."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _object(value: Any, path: str, known: frozenset[str]) -> Mapping[str, Any]:
    """`value` as an object whose every key is in `known`; the first other key is a ScenarioError naming it."""
    if not isinstance(value, Mapping):
        raise ScenarioError(path, "must be an object")
    if not known.issuperset(value):
        unknown = next(k for k in value if k not in known)
        raise ScenarioError(_join(path, str(unknown)), "unknown field")
    return value


_SCENARIO_KEYS = frozenset({"at", "channel", "person", "debt", "purpose", "phone", "email", "history", "direction",
                            "other_debts", "overrides"})
_PERSON_KEYS = frozenset({"id", "role", "address", "addresses", "phones", "stated_time_zone", "flags",
                          "refused_channels", "inconvenient_times", "consents", "opt_outs"})
_ADDRESS_KEYS = frozenset({"zip", "state", "country"})
_PHONE_KEYS = frozenset({"number", "type"})
_EMAIL_KEYS = frozenset({"address", "employer_provided", "consumer_used"})
_DEBT_KEYS = frozenset({"id", "account_number", "type", "flags"})
_CONSENT_KEYS = frozenset({"kind", "channel", "debt_id", "given_at", "address"})
_OPT_OUT_KEYS = frozenset({"channel", "address", "at"})
_INCONVENIENT_KEYS = frozenset({"days", "start", "end"})
_HISTORY_KEYS = frozenset({"at", "channel", "direction", "person_id", "debt_ids", "phone", "outcome", "phone_type",
                           "person_role"})
# A consent's channel when none is given: the frequency and time consents keep the old default (call); an
# employer-address consent is about email; an attorney's consent to direct contact covers every channel (None).
_CONSENT_CHANNEL = {"frequency": "call", "inconvenient_time": "call", "email_address": "email", "attorney": None}


def _field(obj: Mapping[str, Any], key: str, path: str, default: Any = _MISSING) -> Any:
    value = obj.get(key, _MISSING)
    if value is _MISSING or value is None:
        if default is _MISSING:
            raise ScenarioError(_join(path, key), "is required")
        return default
    return value


def _flag(obj: Mapping[str, Any], key: str, path: str) -> bool:
    value = obj.get(key, False)
    if not isinstance(value, bool):
        raise ScenarioError(_join(path, key), "must be true or false")
    return value


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ScenarioError(path, "must be a non-empty string")
    return value.strip()


def _choice(value: Any, path: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise ScenarioError(path, f"must be one of {', '.join(allowed)} (got {value!r})")
    return value


def _instant(value: Any, path: str) -> dt.datetime:
    if not isinstance(value, str):
        raise ScenarioError(path, "not an ISO-8601 instant")
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        raise ScenarioError(path, "not an ISO-8601 instant") from None
    if parsed.tzinfo is None:
        raise ScenarioError(path, "not an ISO-8601 instant (add Z or a UTC offset)")
    return parsed.astimezone(dt.UTC)


def _list(obj: Mapping[str, Any], key: str, path: str, item: Callable[[Any, str], T]) -> tuple[T, ...]:
    value = _field(obj, key, path, [])
    where = _join(path, key)
    if not isinstance(value, list):
        raise ScenarioError(where, "must be a list")
    return tuple(item(v, _join(where, i)) for i, v in enumerate(value))


def _clock(value: Any, path: str) -> int:
    text = value if isinstance(value, str) else ""
    parts = text.split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise ScenarioError(path, "must be a HH:MM time")
    hours, minutes = int(parts[0]), int(parts[1])
    if hours > 24 or minutes > 59 or (hours == 24 and minutes):
        raise ScenarioError(path, "must be a HH:MM time")
    return hours * 3600 + minutes * 60


def _inconvenient(value: Any, path: str) -> InconvenientTime:
    obj = _object(value, path, _INCONVENIENT_KEYS)
    days = _list(obj, "days", path, lambda v, p: WEEKDAYS.index(_choice(v, p, WEEKDAYS)))
    return InconvenientTime(
        days=frozenset(days or range(7)),
        start=_clock(_field(obj, "start", path), _join(path, "start")),
        end=_clock(_field(obj, "end", path), _join(path, "end")),
    )


def _consent(value: Any, path: str) -> Consent:
    obj = _object(value, path, _CONSENT_KEYS)
    kind = _choice(_field(obj, "kind", path, "frequency"), _join(path, "kind"), CONSENT_KINDS)
    debt_id = obj.get("debt_id")
    channel = obj.get("channel")
    channel = _CONSENT_CHANNEL[kind] if channel is None else _choice(channel, _join(path, "channel"), CHANNELS)
    address = obj.get("address")
    if kind == "email_address":
        if channel != "email":
            raise ScenarioError(_join(path, "channel"), "must be email for an email_address consent")
        address = _text(_field(obj, "address", path), _join(path, "address"))
    elif address is not None:
        raise ScenarioError(_join(path, "address"), "is only for an email_address consent")
    return Consent(
        channel=channel,
        debt_id=None if debt_id is None else _text(debt_id, _join(path, "debt_id")),
        given_at=_instant(_field(obj, "given_at", path), _join(path, "given_at")),
        kind=kind,
        address=address,
    )


def _opt_out(value: Any, path: str) -> OptOut:
    obj = _object(value, path, _OPT_OUT_KEYS)
    address = obj.get("address")
    return OptOut(
        channel=_choice(_field(obj, "channel", path), _join(path, "channel"), ("sms", "email")),
        address=None if address is None else _text(address, _join(path, "address")),
        at=_instant(_field(obj, "at", path), _join(path, "at")),
    )


def _address(value: Any, path: str) -> Address:
    obj = _object(value, path, _ADDRESS_KEYS)
    zip_code = obj.get("zip")
    if isinstance(zip_code, int) and not isinstance(zip_code, bool):
        zip_code = f"{zip_code:05d}"

    def optional(key: str, raw: Any) -> str | None:
        return None if raw is None else _text(raw, _join(path, key))

    return Address(optional("zip", zip_code), optional("state", obj.get("state")), optional("country", obj.get("country")))


def _zone_name(value: Any, path: str) -> str:
    name = _text(value, path)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScenarioError(path, f"not an IANA time zone ({name!r})") from None
    return name


def _person(value: Any, path: str) -> PersonFacts:
    obj = _object(value, path, _PERSON_KEYS)
    address = obj.get("address")
    stated = obj.get("stated_time_zone")
    return PersonFacts(
        id=_text(_field(obj, "id", path), _join(path, "id")),
        role=_choice(_field(obj, "role", path, "consumer"), _join(path, "role"), ROLES),
        address=None if address is None else _address(address, _join(path, "address")),
        stated_time_zone=None if stated is None else _zone_name(stated, _join(path, "stated_time_zone")),
        flags=frozenset(_list(obj, "flags", path, lambda v, p: _choice(v, p, FLAGS))),
        refused_channels=frozenset(_list(obj, "refused_channels", path, lambda v, p: _choice(v, p, CHANNELS))),
        inconvenient_times=_list(obj, "inconvenient_times", path, _inconvenient),
        consents=_list(obj, "consents", path, _consent),
        opt_outs=_list(obj, "opt_outs", path, _opt_out),
        addresses=_list(obj, "addresses", path, _address),
        phones=_list(obj, "phones", path, _phone),
    )


def _debt(value: Any, path: str) -> DebtFacts:
    obj = _object(value, path, _DEBT_KEYS)
    account = obj.get("account_number")
    return DebtFacts(
        id=_text(_field(obj, "id", path), _join(path, "id")),
        account_number=None if account is None else _text(account, _join(path, "account_number")),
        type=_choice(_field(obj, "type", path, "consumer"), _join(path, "type"), DEBT_TYPES),
        flags=frozenset(_list(obj, "flags", path, lambda v, p: _choice(v, p, DEBT_FLAGS))),
    )


def _phone(value: Any, path: str) -> PhoneFacts:
    obj = _object(value, path, _PHONE_KEYS)
    kind = obj.get("type")
    return PhoneFacts(
        number=_text(_field(obj, "number", path), _join(path, "number")),
        type=None if kind is None else _choice(kind, _join(path, "type"), PHONE_TYPES),
    )


def _email(value: Any, path: str) -> EmailFacts:
    obj = _object(value, path, _EMAIL_KEYS)
    address = obj.get("address")
    return EmailFacts(None if address is None else _text(address, _join(path, "address")),
                      _flag(obj, "employer_provided", path), _flag(obj, "consumer_used", path))


def _history_entry(default_person: str) -> Callable[[Any, str], HistoryEntry]:
    def parse(value: Any, path: str) -> HistoryEntry:
        obj = _object(value, path, _HISTORY_KEYS)
        phone = obj.get("phone")
        phone_type = obj.get("phone_type")
        role = obj.get("person_role")
        return HistoryEntry(
            at=_instant(_field(obj, "at", path), _join(path, "at")),
            channel=_choice(_field(obj, "channel", path), _join(path, "channel"), CHANNELS),
            direction=_choice(_field(obj, "direction", path, "outbound"), _join(path, "direction"), DIRECTIONS),
            person_id=_text(_field(obj, "person_id", path, default_person), _join(path, "person_id")),
            debt_ids=_list(obj, "debt_ids", path, _text),
            phone=None if phone is None else _text(phone, _join(path, "phone")),
            outcome=_choice(_field(obj, "outcome", path), _join(path, "outcome"), OUTCOMES),
            phone_type=None if phone_type is None else _choice(phone_type, _join(path, "phone_type"), PHONE_TYPES),
            person_role=None if role is None else _choice(role, _join(path, "person_role"), ROLES),
        )

    return parse


def parse_scenario(scenario: Any) -> Request:
    """A scenario dict -> Request, or ScenarioError naming the first bad field."""
    obj = _object(scenario, "", _SCENARIO_KEYS)
    person = _person(_field(obj, "person", ""), "person")
    channel = _choice(_field(obj, "channel", ""), "channel", CHANNELS)
    phone = obj.get("phone")
    email = obj.get("email")
    if phone is None and channel in ("call", "sms"):
        raise ScenarioError("phone", f"is required for channel {channel}")
    return Request(
        at=_instant(_field(obj, "at", ""), "at"),
        channel=channel,
        person=person,
        debt=_debt(_field(obj, "debt", ""), "debt"),
        purpose=_choice(_field(obj, "purpose", "", "collection"), "purpose", PURPOSES),
        phone=None if phone is None else _phone(phone, "phone"),
        email=None if email is None else _email(email, "email"),
        history=_list(obj, "history", "", _history_entry(person.id)),
        direction=_choice(_field(obj, "direction", "", "outbound"), "direction", DIRECTIONS),
        other_debts=_list(obj, "other_debts", "", _debt),
        overrides=frozenset(_list(obj, "overrides", "", _text)),
    )


def format_instant(value: dt.datetime) -> str:
    utc = value.astimezone(dt.UTC)
    fraction = f".{utc.microsecond:06d}" if utc.microsecond else ""
    return utc.strftime("%Y-%m-%dT%H:%M:%S") + fraction + "Z"


def decision_to_dict(decision: Decision) -> dict[str, Any]:
    def notice(item: Any) -> dict[str, str]:
        return {"code": item.code, "rule": item.rule, "citation": item.citation, "message": item.message}

    return {
        "allowed": decision.allowed,
        "reasons": [notice(r) for r in decision.reasons],
        "warnings": [notice(w) for w in decision.warnings],
        "time_zones": list(decision.time_zones),
        "next_allowed_at": None if decision.next_allowed_at is None else format_instant(decision.next_allowed_at),
    }


def check(scenario: dict[str, Any], rulepack: RulePack | None = None) -> dict[str, Any]:
    """Evaluate one JSON-shaped scenario with the shipped (or given) rule pack."""
    request = parse_scenario(scenario)
    return decision_to_dict(evaluate(request, rulepack or default_rulepack()))
