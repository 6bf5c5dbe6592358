"""The engine's typed vocabulary: the facts it is given and the decision it returns.

Every datetime here is timezone-aware (UTC by convention). String values match
`ccs_desktop.models.enums` (Channel, Direction, Outcome, FlagKind, PhoneType, PartyRole,
DebtType) without importing the database layer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

CHANNELS = ("call", "sms", "email", "letter")
PURPOSES = ("collection", "cease_notice", "verification")
DIRECTIONS = ("outbound", "inbound")
ROLES = ("consumer", "cosigner", "attorney", "third_party", "estate_representative")
DEBT_TYPES = ("consumer", "student_loan", "commercial")
PHONE_TYPES = ("home", "cell", "work", "other")
OUTCOMES = ("no_answer", "voicemail", "busy", "not_connected", "conversation", "wrong_party", "sent")
FLAGS = (
    "attorney_represented",
    "cease_requested",
    "bankruptcy",
    "deceased",
    "dispute_unverified",
    "work_contact_prohibited",
    "hardship",
    "complaint",
)
# Flags that may be scoped to one debt (`DebtFacts.flags`): "with respect to such debt".
DEBT_FLAGS = ("attorney_represented", "cease_requested", "dispute_unverified", "bankruptcy")
# What a consent is to: more calls than the frequency caps allow (1006.14(b)(3)), a time that would otherwise be
# inconvenient (1006.6(b)(1)), an employer-provided email address (1006.22(f)(3)), or, from the consumer's attorney,
# direct contact with the consumer (15 U.S.C. 1692c(a)(2)).
CONSENT_KINDS = ("frequency", "inconvenient_time", "email_address", "attorney")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _require_aware(value: dt.datetime, name: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")


@dataclass(frozen=True, slots=True)
class Address:
    zip: str | None = None
    state: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class InconvenientTime:
    """A recurring local-time block the consumer asked us to avoid.

    `days` holds weekday numbers (0 = Monday); `start`/`end` are seconds after local
    midnight. An `end` at or before `start` runs past midnight into the next day.
    """

    days: frozenset[int]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Consent:
    """A consent given directly to the collector. `channel` None (attorney consents) covers every channel;
    `address` names the employer-provided email address an `email_address` consent is for."""

    channel: str | None
    debt_id: str | None
    given_at: dt.datetime
    kind: str = "frequency"
    address: str | None = None

    def __post_init__(self) -> None:
        _require_aware(self.given_at, "Consent.given_at")


@dataclass(frozen=True, slots=True)
class OptOut:
    """An opt-out from emails or texts, to one address/number or (address None) to all."""

    channel: str
    address: str | None
    at: dt.datetime

    def __post_init__(self) -> None:
        _require_aware(self.at, "OptOut.at")


@dataclass(frozen=True, slots=True)
class PhoneFacts:
    number: str
    type: str | None = None  # None: unknown, rules keyed on the type treat it as any type


@dataclass(frozen=True, slots=True)
class PersonFacts:
    id: str
    role: str = "consumer"
    address: Address | None = None
    stated_time_zone: str | None = None
    flags: frozenset[str] = frozenset()
    refused_channels: frozenset[str] = frozenset()
    inconvenient_times: tuple[InconvenientTime, ...] = ()
    consents: tuple[Consent, ...] = ()
    opt_outs: tuple[OptOut, ...] = ()
    addresses: tuple[Address, ...] = ()  # every other current address on file: each widens the candidate zones
    phones: tuple[PhoneFacts, ...] = ()  # every other number on file: each widens the candidate zones


@dataclass(frozen=True, slots=True)
class EmailFacts:
    address: str | None = None
    employer_provided: bool = False
    consumer_used: bool = False  # the consumer wrote to the collector from this address


@dataclass(frozen=True, slots=True)
class DebtFacts:
    id: str
    account_number: str | None = None
    type: str = "consumer"
    flags: frozenset[str] = frozenset()  # DEBT_FLAGS that hold for this debt only

    @property
    def key(self) -> str:
        """What the frequency rules count by: student loans under one account number are one debt."""
        if self.type == "student_loan" and self.account_number:
            return "account:" + self.account_number
        return "debt:" + self.id


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: dt.datetime
    channel: str
    direction: str
    person_id: str
    debt_ids: tuple[str, ...] = ()  # empty: recorded without a debt, so it counts against every debt
    phone: str | None = None
    outcome: str = "no_answer"
    phone_type: str | None = None
    person_role: str | None = None

    def __post_init__(self) -> None:
        _require_aware(self.at, "HistoryEntry.at")


@dataclass(frozen=True, slots=True)
class Request:
    """One contact the collector (or a dialer) wants to make, with everything the rules need."""

    at: dt.datetime
    channel: str
    person: PersonFacts
    debt: DebtFacts
    purpose: str = "collection"
    phone: PhoneFacts | None = None
    email: EmailFacts | None = None
    history: tuple[HistoryEntry, ...] = ()
    direction: str = "outbound"
    other_debts: tuple[DebtFacts, ...] = ()  # the person's other debts, to group student loans
    overrides: frozenset[str] = frozenset()  # rule ids a supervisor overrode for this attempt

    def __post_init__(self) -> None:
        _require_aware(self.at, "Request.at")


Scenario = Request


@dataclass(frozen=True, slots=True)
class Reason:
    code: str
    rule: str
    citation: str
    message: str


@dataclass(frozen=True, slots=True)
class Warning:  # noqa: A001 - the domain's word; shadows the builtin only inside this module
    code: str
    rule: str
    citation: str
    message: str


@dataclass(frozen=True, slots=True)
class Decision:
    allowed: bool
    reasons: tuple[Reason, ...]
    warnings: tuple[Warning, ...]
    time_zones: tuple[str, ...]
    next_allowed_at: dt.datetime | None
    rule_pack_version: str
    overridden: tuple[Reason, ...] = field(default=())
