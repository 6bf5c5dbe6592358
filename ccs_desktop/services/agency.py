"""The agency's identity: one record (`agency_profile`) that every letter, report and screen takes the agency's
name, address, phone, hours, web site, payment address, licence numbers and time zone from.

Nothing in the product names an agency of its own: a database without the record has letters refused with a
message telling an administrator to fill it in (the demo portfolio seeds one). An administrator edits it
(`save`, audited as ``agency.changed``); everyone reads it (`load`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from ..models import AgencyProfile, utcnow
from ..access_rule import Capability
from . import audit
from .context import Actor, Changes, ServiceError

NOT_SET = ("The agency's name and address are not set yet: an administrator enters them under "
           "File > Agency settings.")
FIELDS = ("legal_name", "trade_name", "address_lines", "phone", "hours", "hours_es", "website", "email",
          "payment_address_lines", "licences", "time_zone")
_REGION = re.compile(r"^[A-Z]{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclasses.dataclass(frozen=True)
class Agency:
    legal_name: str
    trade_name: str | None
    address_lines: tuple[str, ...]
    phone: str
    hours: str
    hours_es: str
    website: str | None
    email: str | None
    payment_address_lines: tuple[str, ...]
    licences: Mapping[str, str]     # state or province code -> licence number
    time_zone: str

    @property
    def name(self) -> str:
        """The name consumers know the agency by (the trade name, else the legal name)."""
        return self.trade_name or self.legal_name

    @property
    def payment_lines(self) -> tuple[str, ...]:
        """Where payments are mailed (the payment address, else the office address)."""
        return self.payment_address_lines or self.address_lines

    def hours_in(self, language: str) -> str:
        return self.hours_es if language == "es" else self.hours

    def licence_for(self, region: str | None) -> str | None:
        return self.licences.get((region or "").upper()) if region else None

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def local(self, when: dt.datetime) -> dt.datetime:
        """An instant in the agency's time zone."""
        return when.astimezone(self.zone)

    def today(self, now: dt.datetime | None = None) -> dt.date:
        return self.local(now or utcnow()).date()


def _view(row: AgencyProfile) -> Agency:
    return Agency(legal_name=row.legal_name, trade_name=row.trade_name or None,
                  address_lines=tuple(row.address_lines or ()), phone=row.phone, hours=row.hours,
                  hours_es=row.hours_es, website=row.website or None, email=row.email or None,
                  payment_address_lines=tuple(row.payment_address_lines or ()),
                  licences=dict(sorted((row.licences or {}).items())), time_zone=row.time_zone)


def load(session: Session) -> Agency | None:
    """The agency record, or None when nobody has entered it yet."""
    row = session.get(AgencyProfile, 1)
    return _view(row) if row is not None else None


def require(session: Session) -> Agency:
    """The agency record; a clear refusal when it is missing (a letter never goes out under no name)."""
    found = load(session)
    if found is None:
        raise ServiceError(NOT_SET)
    return found


def get(session_factory: Callable[[], Session], actor: Actor) -> Agency | None:
    """What the agency settings dialog and the screens show (everyone may read it)."""
    del actor  # reference data: every role reads it
    with session_factory() as session:
        return load(session)


def _lines(value: Any, what: str) -> list[str]:
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, (list, tuple)):
        raise ServiceError(f"The {what} must be a list of lines.")
    lines = [str(v).strip() for v in value if str(v).strip()]
    if any(len(line) > 120 for line in lines):
        raise ServiceError(f"A line of the {what} is longer than 120 characters.")
    return lines


def _licences(value: Any) -> dict[str, str]:
    if isinstance(value, str):  # "WA: 601-123, OR: 5521" or one per line
        pairs = [p.split(":", 1) for p in re.split(r"[,\n]", value) if p.strip()]
        if any(len(p) != 2 for p in pairs):
            raise ServiceError("Write each licence as STATE: number, for example WA: 601-234-567.")
        value = {k: v for k, v in pairs}
    if not isinstance(value, Mapping):
        raise ServiceError("The licence numbers must be given by state or province.")
    out: dict[str, str] = {}
    for region, number in value.items():
        code, text = str(region).strip().upper(), str(number).strip()
        if not _REGION.match(code):
            raise ServiceError(f"{region!r} is not a two-letter state or province code.")
        if not text or len(text) > 60:
            raise ServiceError(f"The licence number for {code} is empty or too long.")
        out[code] = text
    return dict(sorted(out.items()))


def clean(values: Mapping[str, Any]) -> dict[str, Any]:
    """The record's fields from what an administrator typed; a clear refusal for anything wrong."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ServiceError(f"Unknown agency fields: {', '.join(sorted(unknown))}.")
    out = {k: (v.strip() if isinstance(v, str) else v) for k, v in values.items()}
    for key in ("address_lines", "payment_address_lines"):
        if key in out:
            out[key] = _lines(out[key], "address" if key == "address_lines" else "payment address")
    if "licences" in out:
        out["licences"] = _licences(out["licences"])
    for key, label in (("legal_name", "legal name"), ("phone", "phone number"), ("hours", "hours (English)"),
                       ("hours_es", "hours (Spanish)")):
        if key in out and not out[key]:
            raise ServiceError(f"The agency's {label} cannot be empty.")
    if "address_lines" in out and not out["address_lines"]:
        raise ServiceError("The agency's address needs at least one line.")
    for key in ("trade_name", "website", "email"):
        if key in out:
            out[key] = out[key] or None
    if out.get("email") and not _EMAIL.match(out["email"]):
        raise ServiceError(f"{out['email']!r} is not an email address.")
    if "time_zone" in out:
        try:
            zoneinfo.ZoneInfo(str(out["time_zone"]))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
            raise ServiceError(f"Unknown time zone {out['time_zone']!r} (for example America/Los_Angeles).") from exc
    for key in ("legal_name", "trade_name", "website", "email"):
        if out.get(key) and len(out[key]) > 200:
            raise ServiceError(f"The agency's {key.replace('_', ' ')} is longer than 200 characters.")
    return out


def _snapshot(row: AgencyProfile) -> dict[str, Any]:
    return {k: getattr(row, k) for k in FIELDS}


def put(session: Session, actor: Actor, values: Mapping[str, Any]) -> Agency:
    """Create or change the record inside the caller's transaction, audited."""
    values = clean(values)
    row = session.get(AgencyProfile, 1)
    before = _snapshot(row) if row is not None else None
    if row is None:
        missing = [k for k in ("legal_name", "address_lines", "phone", "hours", "hours_es") if not values.get(k)]
        if missing:
            raise ServiceError("The agency record needs " + ", ".join(m.replace("_", " ") for m in missing) + ".")
        row = AgencyProfile(id=1, trade_name=None, website=None, email=None, payment_address_lines=[], licences={},
                            time_zone="America/New_York")
        session.add(row)
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    after = _snapshot(row)
    audit.record(session, actor, "agency.changed", "agency_profile", 1, before=before, after=after)
    return _view(row)


@dataclasses.dataclass(frozen=True)
class Saved:
    agency: Agency

    @property
    def changes(self) -> Changes:
        return Changes(settings=True)


def save(session_factory: Callable[[], Session], actor: Actor, **values: Any) -> Saved:
    """An administrator sets the agency's identity; every letter and screen uses it from then on."""
    actor.require_to(Capability.AGENCY_SETTINGS)
    with session_factory() as session, session.begin():
        return Saved(put(session, actor, values))
