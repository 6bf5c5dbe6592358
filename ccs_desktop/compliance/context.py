"""Per-request working state shared by the checks: zones, local days of the history, debt grouping.

Built once per `evaluate` call; the `next_allowed_at` search re-runs the checks at other
instants against the same context, so everything here is independent of the instant.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from .location import Location
from .model import Consent, HistoryEntry, Request

UTC = dt.UTC


def local_midnight(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    """The UTC instant at which local `day` begins in `zone`."""
    return dt.datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


def local_instant(day: dt.date, seconds: int, zone: ZoneInfo) -> dt.datetime:
    """The UTC instant of local wall time `seconds` after midnight of `day` (24:00 is next midnight)."""
    if seconds >= 86400:
        return local_midnight(day + dt.timedelta(days=1), zone)
    hours, rest = divmod(seconds, 3600)
    wall = dt.datetime(day.year, day.month, day.day, hours, rest // 60, rest % 60, tzinfo=zone)
    return wall.astimezone(UTC)


def seconds_of_day(local: dt.datetime) -> float:
    return local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6


class Context:
    def __init__(self, request: Request, location: Location):
        self.request = request
        self.location = location
        self.zones = location.zones
        self.person_id = request.person.id
        self.debt_key = request.debt.key
        self._debt_keys = {d.id: d.key for d in (request.debt, *request.other_debts)}
        self._dates: dict[str, list[dt.date]] = {}
        self.memo: dict[Any, Any] = {}

    def consented(self, kind: str, channel: str | None = None) -> list[Consent]:
        """Consents of `kind` given at or before the request, for this debt (or every debt), covering `channel`
        (a consent without a channel covers every channel)."""
        request = self.request
        return [
            c
            for c in request.person.consents
            if c.kind == kind
            and c.given_at <= request.at
            and (c.channel is None or channel is None or c.channel == channel)
            and self.consent_matches_debt(c.debt_id)
        ]

    @property
    def phone_type(self) -> str | None:
        phone = self.request.phone
        return phone.type if phone is not None else None

    def history_dates(self, zone: ZoneInfo) -> list[dt.date]:
        """Local calendar day of each history entry in `zone`, aligned with request.history."""
        found = self._dates.get(zone.key)
        if found is None:
            found = self._dates[zone.key] = [e.at.astimezone(zone).date() for e in self.request.history]
        return found

    def entry_concerns_debt(self, entry: HistoryEntry) -> bool:
        """Whether a prior contact was about the requested debt (student loans grouped by account). A contact
        recorded without any debt counts against every debt: it cannot be shown to be about another one."""
        if not entry.debt_ids:
            return True
        key = self.debt_key
        account = self.request.debt.account_number
        for debt_id in entry.debt_ids:
            if self._debt_keys.get(debt_id, "debt:" + debt_id) == key:
                return True
            if key.startswith("account:") and debt_id == account:
                return True
        return False

    def consent_matches_debt(self, debt_id: str | None) -> bool:
        if debt_id is None:
            return True
        return self._debt_keys.get(debt_id, "debt:" + debt_id) == self.debt_key

    def entry_phone_type(self, entry: HistoryEntry) -> str | None:
        if entry.phone_type:
            return entry.phone_type
        phone = self.request.phone
        if phone is not None and entry.phone and entry.phone == phone.number:
            return phone.type
        if entry.phone:
            for other in self.request.person.phones:
                if other.number == entry.phone and other.type:
                    return other.type
        return None
