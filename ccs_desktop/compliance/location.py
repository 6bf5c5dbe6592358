"""Where the consumer may be: the candidate time zones and the place that selects state packs.

Sources, all of which count (a contact must be allowed in every candidate zone):
- the address ZIP (US, via `zipcodes`) or, failing that, every zone of the state/province;
  a Canadian postcode gives its province;
- the phone number's zones (`phonenumbers`), widened by the split-area-code table;
- a zone the consumer stated.
Lookups are cached: the same ZIPs, numbers and regions recur across a queue.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
import zipcodes
from phonenumbers import PhoneNumberType
from phonenumbers import timezone as phone_timezone

from ..paths import resource
from .model import Address, PersonFacts, PhoneFacts
from .rule import UNKNOWN_COUNTRY

_US_ZIP = re.compile(r"^(\d{5})(?:-?\d{4})?$")
_CA_POSTCODE = re.compile(r"^([A-Za-z])\d[A-Za-z] ?\d[A-Za-z]\d$")
_GEOGRAPHIC_TYPES = {PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
_COUNTRY_ALIASES = {"USA": "US", "UNITED STATES": "US", "CAN": "CA", "CANADA": "CA"}


@dataclass(frozen=True, slots=True)
class Location:
    zones: tuple[ZoneInfo, ...]  # sorted by key, no duplicates
    country: str  # "US", "CA", another ISO code, or "unknown"
    region: str | None  # state / province code
    county: str | None
    # Every (country, region, county) the consumer's addresses point to, the first one first; () = just the above.
    places: tuple[tuple[str, str | None, str | None], ...] = ()

    @property
    def zone_names(self) -> tuple[str, ...]:
        return tuple(z.key for z in self.zones)


@lru_cache(maxsize=1)
def _region_table() -> dict[str, Any]:
    return json.loads(resource("rules", "region_zones.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _split_area_codes() -> dict[str, tuple[str, ...]]:
    data = json.loads(resource("rules", "split_area_codes.json").read_text(encoding="utf-8"))
    return {code: tuple(zones) for code, zones in data["area_codes"].items()}


@lru_cache(maxsize=None)
def zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@lru_cache(maxsize=4096)
def region_zones(country: str, region: str) -> tuple[str, ...]:
    return tuple(_region_table().get(country, {}).get(region.upper(), ()))


@lru_cache(maxsize=1)
def zip_table() -> dict[str, tuple[str | None, str | None, str | None]]:
    """Every US ZIP in the `zipcodes` data (one row per ZIP): (zone, state, county), indexed once. A lookup through
    `zipcodes.matching` scans the whole list each time, which a batch of letters or an import would pay per ZIP."""
    table: dict[str, tuple[str | None, str | None, str | None]] = {}
    for row in zipcodes.list_all():
        table.setdefault(row["zip_code"], (row.get("timezone") or None, row.get("state") or None,
                                           row.get("county") or None))
    return table


def zip_facts(zip_code: str) -> tuple[str | None, str | None, str | None]:
    """(zone, state, county) of a US ZIP, or Nones when unknown."""
    match = _US_ZIP.match(zip_code.strip())
    if not match:
        return (None, None, None)
    return zip_table().get(match.group(1), (None, None, None))


def canadian_province(postcode: str) -> str | None:
    match = _CA_POSTCODE.match(postcode.strip())
    if not match:
        return None
    return _region_table()["CA_postcode_prefix"].get(match.group(1).upper())


def canadian_postcode_zones(postcode: str) -> tuple[str, ...]:
    """Zones of the postal district (first letter) where it lies in one zone; () otherwise."""
    match = _CA_POSTCODE.match(postcode.strip())
    if not match:
        return ()
    return tuple(_region_table().get("CA_postcode_zones", {}).get(match.group(1).upper(), ()))


@lru_cache(maxsize=65536)
def phone_zones(number: str) -> tuple[str, ...]:
    """Zones of a geographic phone number; () for toll-free, non-geographic or invalid numbers."""
    try:
        parsed = phonenumbers.parse(number, "US")
    except phonenumbers.NumberParseException:
        return ()
    if not phonenumbers.is_valid_number(parsed) or phonenumbers.number_type(parsed) not in _GEOGRAPHIC_TYPES:
        return ()
    zones = {z for z in phone_timezone.time_zones_for_geographical_number(parsed) if z != "Etc/Unknown"}
    if parsed.country_code == 1:
        zones.update(_split_area_codes().get(str(parsed.national_number)[:3], ()))
    return tuple(sorted(zones))


def _infer_country(address: Address) -> str:
    if address.country:
        text = address.country.strip().upper()
        return _COUNTRY_ALIASES.get(text, text)
    if address.zip and _US_ZIP.match(address.zip.strip()):
        return "US"
    if address.zip and _CA_POSTCODE.match(address.zip.strip()):
        return "CA"
    if address.state and region_zones("US", address.state):
        return "US"
    if address.state and region_zones("CA", address.state):
        return "CA"
    return UNKNOWN_COUNTRY


@lru_cache(maxsize=65536)
def address_place(address: Address) -> tuple[str, str | None, str | None, tuple[str, ...]]:
    """(country, region, county, zones) from an address; zones () when it does not locate anyone."""
    country = _infer_country(address)
    region = address.state.strip().upper() if address.state else None
    county = None
    zones: tuple[str, ...] = ()
    if country == "US" and address.zip:
        zip_zone, zip_state, county = zip_facts(address.zip)
        region = region or zip_state
        zones = (zip_zone,) if zip_zone else ()
    elif country == "CA" and address.zip:
        region = region or canadian_province(address.zip)
        zones = canadian_postcode_zones(address.zip)
    if not zones and region:
        zones = region_zones(country, region)
    return country, region, county, zones


def resolve(person: PersonFacts, phone: PhoneFacts | None) -> Location:
    """The candidate zones and places of one contact: the address and every other current address on file
    (`person.addresses`), the stated zone, the number called and every other number on file (`person.phones`).
    The first address (`person.address`, else the first of `person.addresses`) gives `country`/`region`/`county`;
    `places` lists every distinct place, so the rules of each apply."""
    names: set[str] = set()
    places: list[tuple[str, str | None, str | None]] = []
    addresses = (person.address, *person.addresses) if person.address is not None else person.addresses
    for address in addresses:
        country, region, county, address_zones = address_place(address)
        names.update(address_zones)
        if (country, region, county) not in places:
            places.append((country, region, county))
    if person.stated_time_zone:
        names.add(person.stated_time_zone)
    if phone is not None and phone.number:
        names.update(phone_zones(phone.number))
    for other in person.phones:
        if other.number:
            names.update(phone_zones(other.number))
    country, region, county = places[0] if places else (UNKNOWN_COUNTRY, None, None)
    return Location(tuple(zone(n) for n in sorted(names)), country, region, county, tuple(places))


# --- one person's candidate zones: the same answer for the import, the demo, the queue and the workspace ----------


def person_zones(addresses: Iterable[Address] = (), phones: Iterable[str] = (), stated_zone: str | None = None,
                 *, number_zones: Callable[[str], tuple[str, ...]] = phone_zones) -> tuple[str, ...]:
    """Every candidate time zone of one person, sorted, each once: the zones of each address (ZIP or postcode,
    else state/province, with the country; `address_place`), of each phone number (`phone_zones`), and the zone
    they stated.

    The caller passes the contact points that count: current addresses not marked bad, numbers not marked bad.
    `number_zones` may be given an equivalent, faster lookup of `phone_zones` (the import keeps it per exchange
    where the exchange decides it); it must return what `phone_zones` returns.
    """
    zones: set[str] = set()
    for address in addresses:
        zones.update(address_place(address)[3])
    for number in phones:
        if number:
            zones.update(number_zones(number))
    if stated_zone:
        zones.add(stated_zone)
    return tuple(sorted(zones))


def tz_group_key(zones: Iterable[str]) -> str | None:
    """The queue's time-zone group of a person (`Account.tz_group`): their candidate zones sorted and joined with
    "|"; None when nothing locates them (the queue then blocks the account: unknown location)."""
    return "|".join(sorted(set(zones))) or None


def tz_group_zones(key: str | None) -> tuple[str, ...]:
    """The zones of a `tz_group_key`."""
    return tuple(z for z in (key or "").split("|") if z)
