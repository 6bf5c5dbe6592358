"""A deterministic demo portfolio: realistic accounts across every US and Canadian time zone.

The generator writes with Core bulk inserts, whole accounts per batch (one transaction each), so a
million accounts take minutes and a cancelled run leaves only complete accounts behind. The same seed
and the same ``today`` give the same portfolio, ids included.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import random
import uuid
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ... import paths
from ...compliance.location import person_zones, tz_group_key
from ...compliance.model import Address as AddressFacts
from ...models import (
    Account,
    AccountParty,
    Address,
    BalanceTransaction,
    Client,
    ComplianceFlag,
    ContactAttempt,
    Dispute,
    DisputeEvent,
    DisputeNote,
    Email,
    Instalment,
    Payment,
    Person,
    Phone,
    Placement,
    Promise,
    Team,
    User,
)
from ...models.enums import (
    Channel,
    DebtType,
    Direction,
    FlagKind,
    InstalmentState,
    Language,
    Outcome,
    PartyRole,
    PaymentMethod,
    PhoneType,
    PlanFrequency,
    PromiseKind,
    PromiseStatus,
    ReceivedVia,
    Role,
    TransactionKind,
)
from .. import agency, audit
from ..context import SYSTEM, Actor
from . import demo_records
from .demo_agency import DEMO_AGENCY
from .demo_names import FIRST_NAMES, LAST_NAMES, STREETS, SUFFIXES
from .reference import ensure_reference_data
from ..accounts.scoring import ScoreInputs, score

log = logging.getLogger(__name__)

UTC = dt.timezone.utc
CENT = Decimal("0.01")
DEMO_PASSWORD = "demo-password"
HARD_BLOCKS = (FlagKind.ATTORNEY_REPRESENTED, FlagKind.CEASE_REQUESTED, FlagKind.BANKRUPTCY, FlagKind.DECEASED)

CLIENTS = [
    # code, name, debt type, currency, allocation order, grace days, original creditors
    ("NWB", "Northwind Bank", DebtType.CONSUMER, "USD", "costs,fees,interest,principal", 3,
     ("Northwind Bank Visa", "Northwind Bank Mastercard")),
    ("LKM", "Lakeside Medical Group", DebtType.CONSUMER, "USD", "principal,interest,fees,costs", 5,
     ("Lakeside Hospital", "Lakeside Urgent Care")),
    ("SSL", "Summit Student Loans", DebtType.STUDENT_LOAN, "USD", "fees,interest,principal,costs", 10,
     ("Summit Education Finance",)),
    ("MPT", "Maple Telecom", DebtType.CONSUMER, "CAD", "costs,fees,interest,principal", 3,
     ("Maple Mobile", "Maple Home Internet")),
]

USERS = [
    # username, display name, role
    ("admin", "Avery Admin", Role.ADMIN),
    ("sam", "Sam Supervisor", Role.SUPERVISOR),
    ("cole", "Cole Collector", Role.COLLECTOR),
    ("casey", "Casey Collins", Role.COLLECTOR),
    ("chris", "Chris Ortega", Role.COLLECTOR),
]

# Result codes of outbound calls in a demo history, by weight.
CALL_RESULTS = (("NA", 40), ("VM", 25), ("BSY", 6), ("NC", 4), ("RPC", 10), ("PTP", 6), ("RTP", 4), ("TPC", 3), ("WN", 2))
OUTCOME_OF = {
    "NA": Outcome.NO_ANSWER, "VM": Outcome.VOICEMAIL, "BSY": Outcome.BUSY, "NC": Outcome.NOT_CONNECTED,
    "RPC": Outcome.CONVERSATION, "PTP": Outcome.CONVERSATION, "RTP": Outcome.CONVERSATION,
    "TPC": Outcome.WRONG_PARTY, "WN": Outcome.WRONG_PARTY,
}


class DemoError(Exception):
    pass


@dataclasses.dataclass
class DemoOptions:
    accounts: int = 2000
    seed: int = 20261123
    today: dt.date | None = None
    batch_size: int = 5000
    progress: Callable[[int, int], None] | None = None
    cancelled: Callable[[], bool] | None = None


@dataclasses.dataclass
class DemoSummary:
    accounts: int
    rows: dict[str, int]
    cancelled: bool = False


# --- places ----------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Place:
    city: str
    region: str
    postal_code: str
    country: str
    tz: str
    area_codes: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Places:
    us: tuple[Place, ...]
    us_by_zone: tuple[tuple[Place, ...], ...]
    canada: tuple[Place, ...]

    def pick(self, rng: random.Random) -> Place:
        """Mostly by population of ZIPs; some by zone so that every zone shows up; about 8% Canadian."""
        roll = rng.random()
        if roll < 0.08:
            return rng.choice(self.canada)
        if roll < 0.25:
            return rng.choice(rng.choice(self.us_by_zone))
        return rng.choice(self.us)


@lru_cache(maxsize=1)
def places() -> Places:
    """Real US ZIPs with a known time zone (all zones, territories included) and demo Canadian places."""
    import zipcodes

    found: list[Place] = []
    for z in zipcodes.list_all():
        if not z.get("timezone") or not z.get("active", True) or z.get("zip_code_type") != "STANDARD":
            continue
        found.append(Place(z["city"], z["state"], z["zip_code"], "US", z["timezone"], tuple(z.get("area_codes") or ())))
    by_zone: dict[str, list[Place]] = {}
    for place in found:
        by_zone.setdefault(place.tz, []).append(place)
    canada = json.loads(paths.resource("demo", "canada.json").read_text(encoding="utf-8"))
    ca = [Place(p["city"], p["province"], p["fsa"], "CA", p["tz"], tuple(p["area_codes"])) for p in canada["places"]]
    return Places(tuple(found), tuple(tuple(v) for _, v in sorted(by_zone.items())), tuple(ca))


# --- ids and randomness ------------------------------------------------------------------------------


class _Ids:
    """Deterministic UUIDv7s: a fixed epoch plus a counter, with seeded random bits."""

    def __init__(self, rng: random.Random, start: dt.datetime) -> None:
        self.rng = rng
        self.ms = int(start.timestamp() * 1000)

    def __call__(self) -> uuid.UUID:
        self.ms += 1
        rand_a = self.rng.getrandbits(12)
        rand_b = self.rng.getrandbits(62)
        value = (self.ms << 80) | (0x7 << 76) | (rand_a << 64) | (0b10 << 62) | rand_b
        return uuid.UUID(int=value)


def _money(rng: random.Random, low: int, high: int) -> Decimal:
    return (Decimal(rng.randint(low * 100, high * 100)) * CENT).quantize(CENT)


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _local_instant(day: dt.date, hour: int, minute: int, zone: str) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=ZoneInfo(zone)).astimezone(UTC)


# --- the generator -----------------------------------------------------------------------------------


class _Batch:
    ORDER = (Person, Phone, Address, Email, Account, ComplianceFlag, *demo_records.MODELS, AccountParty,
             ContactAttempt, Promise, Instalment, Payment, BalanceTransaction, Dispute, DisputeEvent, DisputeNote)

    def __init__(self) -> None:
        self.rows: dict[type, list[dict[str, Any]]] = {m: [] for m in self.ORDER}

    def add(self, model: type, **values: Any) -> None:
        self.rows[model].append(values)

    def write(self, session: Session, totals: dict[str, int]) -> None:
        for model in self.ORDER:
            rows = self.rows[model]
            if not rows:
                continue
            # Every row of one insert must carry the same keys: fill the missing ones with the column default.
            table = model.__table__
            keys = set().union(*(r.keys() for r in rows))
            for r in rows:
                for k in keys - r.keys():
                    default = table.c[k].default
                    r[k] = default.arg if default is not None and default.is_scalar else None
            session.execute(sa.insert(model.__table__), rows)
            totals[model.__tablename__] = totals.get(model.__tablename__, 0) + len(rows)


def existing_accounts(session: Session) -> int:
    return session.scalar(sa.select(sa.func.count()).select_from(Account)) or 0


DEMO_COLLECTOR = "cole"


def default_actor(session_factory: Callable[[], Session], actor: Actor = SYSTEM,
                  workstation: str | None = None) -> Actor | None:
    """Who works in a window opened without a sign-in (the self-test, tests): the demo collector "cole" when
    present, else the first active user, collectors first; None when there is no active user. The app itself
    always signs in. Only an admin (the system) may pick a user to act as this way."""
    actor.require(Role.ADMIN, action="open the workstation as another user without a sign-in")
    rank = sa.case((User.username == DEMO_COLLECTOR, 0), (User.role == Role.COLLECTOR, 1),
                   (User.role == Role.SUPERVISOR, 2), else_=3)
    with session_factory() as session:
        user = session.scalars(sa.select(User).where(User.active.is_(True)).order_by(rank, User.username)).first()
        if user is None:
            return None
        return Actor(user.id, user.username, Role(user.role), user.team_id, workstation)


def generate(engine: sa.Engine, options: DemoOptions | None = None) -> DemoSummary:
    """Fill an empty database with the demo portfolio (users, clients, accounts and their histories)."""
    options = options or DemoOptions()
    if options.accounts < 0:
        raise DemoError("the number of accounts cannot be negative")
    today = options.today or dt.datetime.now(UTC).date()
    rng = random.Random(options.seed)
    ids = _Ids(rng, dt.datetime.combine(today - dt.timedelta(days=400), dt.time(), tzinfo=UTC))
    with Session(engine) as session, session.begin():
        if existing_accounts(session):
            raise DemoError("this database already holds accounts: the demo portfolio goes into an empty database")
        ensure_reference_data(session)
        if agency.load(session) is None:
            agency.put(session, SYSTEM, DEMO_AGENCY)
        users, clients, placements = _people_and_clients(session, rng, ids, today)
    collectors = [u for u in users if u["role"] == Role.COLLECTOR]
    all_places = places()
    totals: dict[str, int] = {}
    done = 0
    cancelled = False
    while done < options.accounts:
        if options.cancelled and options.cancelled():
            cancelled = True
            break
        size = min(options.batch_size, options.accounts - done)
        batch = _Batch()
        for n in range(done, done + size):
            _account(batch, rng, ids, today, n, clients, placements, collectors, all_places)
        with Session(engine) as session, session.begin():
            batch.write(session, totals)
        done += size
        if options.progress:
            options.progress(done, options.accounts)
    with Session(engine) as session, session.begin():
        audit.record(session, SYSTEM, "demo.generated", "database",
                     after={"accounts": done, "seed": options.seed, "today": today.isoformat(), "cancelled": cancelled})
    log.info("demo portfolio: %d accounts (%s)", done, ", ".join(f"{k} {v}" for k, v in sorted(totals.items())))
    return DemoSummary(done, totals, cancelled)


def _people_and_clients(session: Session, rng: random.Random, ids: _Ids, today: dt.date):
    from ..users.passwords import hash_password

    team_id = ids()
    session.execute(sa.insert(Team.__table__), [{"id": team_id, "name": "Team Alpha"}])
    users = []
    for username, name, role in USERS:
        row = {"id": ids(), "username": username, "display_name": name, "role": role,
               "team_id": team_id if role != Role.ADMIN else None,
               "password_hash": hash_password(DEMO_PASSWORD), "db_role": None}
        users.append(row)
    session.execute(sa.insert(User.__table__), users)
    supervisor = next(u for u in users if u["role"] == Role.SUPERVISOR)
    session.execute(sa.update(Team.__table__).where(Team.__table__.c.id == team_id).values(supervisor_id=supervisor["id"]))
    clients, placements = [], {}
    for code, name, debt_type, currency, order, grace, creditors in CLIENTS:
        client = {"id": ids(), "code": code, "name": name, "currency": currency, "allocation_order": order,
                  "grace_days": grace, "debt_type": debt_type, "creditors": creditors}
        clients.append(client)
        placements[code] = [
            {"id": ids(), "client_id": client["id"],
             "received_at": dt.datetime.combine(today - dt.timedelta(days=days), dt.time(14), tzinfo=UTC),
             "file_name": f"{code.lower()}_placement_{(today - dt.timedelta(days=days)):%Y%m%d}.csv"}
            for days in (300, 180, 90, 20)
        ]
    session.execute(sa.insert(Client.__table__), [
        {k: v for k, v in c.items() if k not in ("debt_type", "creditors")} for c in clients])
    session.execute(sa.insert(Placement.__table__), [p for ps in placements.values() for p in ps])
    return users, clients, placements


def _phone_number(rng: random.Random, area_code: str) -> str:
    return f"+1{area_code}55501{rng.randint(0, 99):02d}"


def _account(batch: _Batch, rng: random.Random, ids: _Ids, today: dt.date, n: int, clients, placements,
             collectors, all_places) -> None:
    place = all_places.pick(rng)
    canadian = place.country == "CA"
    client = clients[3] if canadian else rng.choice(clients[:3])
    placement = rng.choice(placements[client["code"]])
    placed_on = placement["received_at"].date()
    person_id = ids()
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    spanish = not canadian and rng.random() < 0.12
    batch.add(Person, id=person_id, first_name=first, last_name=last, search_name=f"{last} {first}".upper(),
              language=Language.ES if spanish else Language.EN, refused_channels=[],
              date_of_birth=dt.date(rng.randint(1945, 2002), rng.randint(1, 12), rng.randint(1, 28)),
              ssn_last4=f"{rng.randint(0, 9999):04d}" if not canadian else None)

    postal = place.postal_code if not canadian else f"{place.postal_code} {rng.randint(1, 9)}{rng.choice('ABCEGHJKLMNPRSTVXY')}{rng.randint(1, 9)}"
    batch.add(Address, id=ids(), person_id=person_id, line1=f"{rng.randint(1, 9999)} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}",
              city=place.city, region=place.region, postal_code=postal, country=place.country, source="placement")
    own_codes = place.area_codes or ("212",)
    phones = []
    for i in range(rng.choice((1, 1, 2, 2, 3))):
        # Most numbers are local; some moved (a cell phone kept from another state).
        code = rng.choice(own_codes) if rng.random() < 0.85 else rng.choice(all_places.pick(rng).area_codes or own_codes)
        e164 = _phone_number(rng, code)
        ptype = (PhoneType.CELL, PhoneType.HOME, PhoneType.WORK)[i] if i < 3 else PhoneType.OTHER
        phone_id = ids()
        consent = rng.random() < 0.3
        bad = rng.random() < 0.03
        batch.add(Phone, id=phone_id, person_id=person_id, e164=e164, digits=e164[2:], type=ptype, source="placement",
                  consent=consent, do_not_call=False, bad_number=bad, primary=i == 0)
        phones.append((phone_id, e164, ptype, bad))
    # Where the consumer is, as the queue keeps it (queue_fields): the address and every number not marked bad.
    zones = person_zones((AddressFacts(postal, place.region, place.country),), [p[1] for p in phones if not p[3]])
    if rng.random() < 0.5:
        batch.add(Email, id=ids(), person_id=person_id, address=f"{first}.{last}{n}@example.com".lower(),
                  employer_provided=False, source="placement")

    flags = []
    roll = rng.random()
    if roll < 0.01:
        flags.append(FlagKind.ATTORNEY_REPRESENTED)
    elif roll < 0.02:
        flags.append(FlagKind.CEASE_REQUESTED)
    elif roll < 0.025:
        flags.append(FlagKind.BANKRUPTCY)
    elif roll < 0.028:
        flags.append(FlagKind.DECEASED)
    if rng.random() < 0.02:
        flags.append(FlagKind.HARDSHIP)
    if rng.random() < 0.03:
        flags.append(FlagKind.WORK_CONTACT_PROHIBITED)

    # Balances by component (placement amounts).
    principal = _money(rng, 150, 12000) if client["debt_type"] != DebtType.STUDENT_LOAN else _money(rng, 2000, 40000)
    interest = (principal * Decimal(rng.choice((0, 0, 3, 8, 15))) / 100).quantize(CENT)
    fees = _money(rng, 0, 120) if rng.random() < 0.6 else Decimal("0.00")
    costs = _money(rng, 0, 60) if rng.random() < 0.2 else Decimal("0.00")
    placed_total = principal + interest + fees + costs
    charge_off = placed_on - dt.timedelta(days=rng.randint(60, 1500))
    account_id = ids()
    collector = collectors[n % len(collectors)]
    at_placement = placement["received_at"]
    batch.add(BalanceTransaction, id=ids(), account_id=account_id, kind=TransactionKind.PLACEMENT, at=at_placement,
              effective_on=placed_on, principal=principal, interest=interest, fees=fees, costs=costs, memo="Placed balance")
    balance = {"principal": principal, "interest": interest, "fees": fees, "costs": costs}

    history_days = max((today - placed_on).days, 1)
    contacts, last_contact, last_result, rpc = [], None, None, 0
    if not any(f in HARD_BLOCKS for f in flags) and rng.random() < 0.65:
        for _ in range(rng.randint(1, 6)):
            day = today - dt.timedelta(days=rng.randint(1, min(history_days, 45)))
            zone = place.tz
            at = _local_instant(day, rng.randint(9, 19), rng.randint(0, 59), zone)
            result = _weighted(rng, CALL_RESULTS)
            phone_id, e164, _type, _bad = rng.choice(phones)
            contacts.append((at, result, phone_id, e164))
        contacts.sort()
        # Reg F: at most one conversation a week keeps the demo lawful; drop calls after a conversation's week.
        lawful, cooldown_until = [], None
        for at, result, phone_id, e164 in contacts:
            if cooldown_until and at < cooldown_until:
                continue
            lawful.append((at, result, phone_id, e164))
            if OUTCOME_OF[result] == Outcome.CONVERSATION:
                cooldown_until = at + dt.timedelta(days=8)
        for at, result, phone_id, e164 in lawful:
            outcome = OUTCOME_OF[result]
            batch.add(ContactAttempt, id=ids(), account_id=account_id, person_id=person_id, user_id=collector["id"],
                      at=at, channel=Channel.CALL, direction=Direction.OUTBOUND, phone_id=phone_id, phone_e164=e164,
                      result_code=result, outcome=outcome, purpose="collection", disclosures=
                      ["mini_miranda"] if outcome == Outcome.CONVERSATION else [],
                      notes=_note_for(result), workstation="DEMO")
            last_contact, last_result = at, result
            rpc += outcome == Outcome.CONVERSATION

    # A promise on some accounts that had a conversation; payments against it.
    promise_due, broken, next_due, last_pay, last_pay_amount = False, False, None, None, None
    if last_result == "PTP" or (rpc and rng.random() < 0.3):
        promise_due, broken, next_due, last_pay, last_pay_amount = _promise(
            batch, rng, ids, today, account_id, person_id, collector["id"], client, balance, last_contact)

    # Disputes on a few accounts; an unverified written dispute holds collection.
    holding = _dispute(batch, rng, ids, today, account_id, person_id, collector["id"], placed_on, balance) \
        if rng.random() < 0.04 else None
    open_dispute = holding is not None
    if open_dispute:
        flags.append(FlagKind.DISPUTE_UNVERIFIED)

    set_at = dt.datetime.combine(placed_on + dt.timedelta(days=2), dt.time(15), tzinfo=UTC)
    facts, attorney_record = demo_records.rows(flags, ids, person_id, account_id, placed_on, set_at, today, holding)
    for model, values in facts:
        batch.add(model, **values)  # compliance records with their details (demo_records), bare flags

    total = sum(balance.values(), Decimal("0.00"))
    callback = None
    if last_result in ("NA", "VM") and rng.random() < 0.1:
        callback = dt.datetime.combine(today, dt.time(rng.randint(14, 22)), tzinfo=UTC)
    inputs = ScoreInputs(total, charge_off, last_pay, promise_due, broken, callback is not None, open_dispute, rpc)
    priority, detail = score(inputs, today)
    blocked = next((f for f in flags if f in (*HARD_BLOCKS, FlagKind.DISPUTE_UNVERIFIED)), None)
    batch.add(Account, id=account_id, client_id=client["id"], placement_id=placement["id"],
              client_account_number=f"{client['code']}{100000 + n:07d}",
              original_creditor=rng.choice(client["creditors"]), debt_type=client["debt_type"],
              currency=client["currency"], placed_balance=placed_total, balance=total, **balance,
              charge_off_date=charge_off, delinquency_date=charge_off - dt.timedelta(days=180), placed_on=placed_on,
              last_payment_date=last_pay, last_payment_amount=last_pay_amount, itemization_balance=principal,
              # Reg F itemization facts as a client's file gives them (by index: the random draws stay as they were).
              itemization_date=charge_off - dt.timedelta(days=30 * (n % 4 == 3)), itemization_account_number=(
                  f"{client['code']}{100000 + n:07d}" if n % 3 else f"xxxx-xxxx-{n * 79 % 10000:04d}"),
              itemization_reference="last_statement" if n % 4 == 3 else "charge_off",
              # The newest placement's validation notices are still to be sent (Letters menu).
              validation_notice_sent_on=placed_on + dt.timedelta(days=1) if (today - placed_on).days > 20 else None,
              assigned_to=collector["id"], priority_score=priority, score_detail=detail, last_contact_at=last_contact,
              last_result=last_result, right_party_contacts=rpc, callback_at=callback, next_promise_due=next_due,
              has_broken_promise=broken, tz_group=tz_group_key(zones), contact_blocked=blocked is not None,
              blocked_reason=blocked.value if blocked else None)
    batch.add(AccountParty, id=ids(), account_id=account_id, person_id=person_id, role=PartyRole.CONSUMER)
    if rng.random() < 0.05:
        cosigner = ids()
        cf, cl = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        batch.add(Person, id=cosigner, first_name=cf, last_name=cl, search_name=f"{cl} {cf}".upper(),
                  language=Language.EN, refused_channels=[])
        batch.add(Phone, id=ids(), person_id=cosigner, e164=_phone_number(rng, rng.choice(own_codes)), digits="",
                  type=PhoneType.CELL, source="placement", primary=True)
        batch.rows[Phone][-1]["digits"] = batch.rows[Phone][-1]["e164"][2:]
        batch.add(AccountParty, id=ids(), account_id=account_id, person_id=cosigner, role=PartyRole.COSIGNER)
    if FlagKind.ATTORNEY_REPRESENTED in flags:
        lawyer = ids()
        batch.add(Person, id=lawyer, first_name="Dana", last_name=f"{rng.choice(LAST_NAMES)}", search_name="",
                  business_name=f"{rng.choice(LAST_NAMES)} & {rng.choice(LAST_NAMES)} LLP", language=Language.EN,
                  refused_channels=[], details={"bar_number": f"{rng.randint(100000, 999999)}"})
        batch.rows[Person][-1]["search_name"] = batch.rows[Person][-1]["business_name"].upper()
        batch.add(AccountParty, id=ids(), account_id=account_id, person_id=lawyer, role=PartyRole.ATTORNEY)
        demo_records.add_attorney(batch.add, attorney_record, person_id, lawyer, batch.rows[Person][-1]["business_name"],
                                  set_at)


def _note_for(result: str) -> str | None:
    return {
        "RPC": "Spoke with consumer; verified identity, gave disclosures.",
        "PTP": "Consumer agreed to an arrangement.",
        "RTP": "Consumer refused to pay at this time.",
        "TPC": "Reached a family member; left no details.",
        "WN": "Wrong number.",
        "VM": "Left limited-content message.",
    }.get(result)


def _allocate(order: str, balance: dict[str, Decimal], amount: Decimal) -> dict[str, Decimal]:
    """Spread a payment over components in the client's order; returns the negative changes."""
    left, change = amount, {}
    for component in order.split(","):
        take = min(left, balance[component])
        change[component] = -take
        balance[component] -= take
        left -= take
    return change


def _promise(batch: _Batch, rng, ids, today, account_id, person_id, collector_id, client, balance, taken_at):
    total_owed = sum(balance.values(), Decimal("0.00"))
    taken_at = taken_at or dt.datetime.combine(today - dt.timedelta(days=rng.randint(5, 40)), dt.time(16), tzinfo=UTC)
    promise_id = ids()
    plan = rng.random() < 0.5 and total_owed > Decimal("300")
    count = rng.choice((3, 4, 6)) if plan else 1
    per = max((total_owed / 10 / count).quantize(CENT), Decimal("25.00")) if plan else min(total_owed, _money(rng, 50, 600))
    first_due = taken_at.date() + dt.timedelta(days=rng.randint(1, 14))
    step = dt.timedelta(days=14) if plan else dt.timedelta(0)
    states, paid_total, last_pay, last_amount, next_due, broken, due_now = [], Decimal("0.00"), None, None, None, False, False
    for seq in range(count):
        due = first_due + step * seq
        state, paid = InstalmentState.DUE, Decimal("0.00")
        if due + dt.timedelta(days=client["grace_days"]) < today:
            roll = rng.random()
            if roll < 0.6:
                state, paid = InstalmentState.KEPT, per
            elif roll < 0.7:
                state, paid = InstalmentState.PARTLY_KEPT, (per / 2).quantize(CENT)
            else:
                state, broken = InstalmentState.BROKEN, True
        elif due <= today:
            due_now = True
        if state == InstalmentState.DUE and next_due is None:
            next_due = due
        if paid:
            payment_id = ids()
            method = rng.choice((PaymentMethod.CARD, PaymentMethod.ACH, PaymentMethod.CHECK))
            posted = dt.datetime.combine(due, dt.time(18), tzinfo=UTC)
            batch.add(Payment, id=payment_id, account_id=account_id, amount=paid, currency=client["currency"], paid_on=due,
                      method=method, reference=f"R{rng.randint(10**7, 10**8 - 1)}", posted_by=collector_id,
                      posted_at=posted, promise_id=promise_id)
            change = _allocate(client["allocation_order"], balance, paid)
            batch.add(BalanceTransaction, id=ids(), account_id=account_id, kind=TransactionKind.PAYMENT, at=posted,
                      effective_on=due, payment_id=payment_id, posted_by=collector_id, memo="Payment", **change)
            paid_total += paid
            last_pay, last_amount = due, paid
        states.append({"id": ids(), "promise_id": promise_id, "account_id": account_id, "seq": seq + 1, "due_date": due,
                       "amount": per, "paid_amount": paid, "state": state})
    if broken:
        status = PromiseStatus.BROKEN
    elif all(s["state"] == InstalmentState.KEPT for s in states):
        status = PromiseStatus.KEPT
    else:
        status = PromiseStatus.ACTIVE
    batch.add(Promise, id=promise_id, account_id=account_id, person_id=person_id, taken_by=collector_id, taken_at=taken_at,
              kind=PromiseKind.PLAN if plan else PromiseKind.SINGLE, frequency=PlanFrequency.BIWEEKLY if plan else None,
              total_amount=per * count, method=PaymentMethod.ACH, status=status)
    for s in states:
        batch.add(Instalment, **s)
    return due_now, broken, next_due, last_pay, last_amount


def _dispute(batch: _Batch, rng, ids, today, account_id, person_id, collector_id, placed_on, balance) -> uuid.UUID | None:
    """A dispute on the account; returns its id when it holds collection (its hold flag names it)."""
    received = dt.datetime.combine(placed_on + dt.timedelta(days=rng.randint(5, 30)), dt.time(15), tzinfo=UTC)
    if received.date() >= today:
        received = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(15), tzinfo=UTC)
    dispute_id = ids()
    written = rng.random() < 0.6
    within = (received.date() - placed_on).days <= 35
    hold = written and within
    resolved = rng.random() < 0.35
    type_code = rng.choice(("not_my_debt", "wrong_amount", "already_paid", "identity_theft"))
    batch.add(Dispute, id=dispute_id, account_id=account_id, person_id=person_id, received_at=received,
              received_via=ReceivedVia.WRITTEN if written else ReceivedVia.ORAL, received_by=collector_id,
              type_code=type_code, amount_disputed=sum(balance.values(), Decimal("0.00")), whole_balance=True,
              within_validation_period=within, hold=hold and not resolved,
              status="resolved" if resolved else "open", resolution="upheld" if resolved else None,
              resolved_at=received + dt.timedelta(days=20) if resolved else None)
    batch.add(DisputeEvent, id=ids(), dispute_id=dispute_id, at=received, user_id=collector_id, from_status=None,
              to_status="open", detail="Dispute received")
    batch.add(DisputeNote, id=ids(), dispute_id=dispute_id, author_id=collector_id, at=received,
              text="Consumer disputes the debt; asked for verification.")
    if resolved:
        batch.add(DisputeEvent, id=ids(), dispute_id=dispute_id, at=received + dt.timedelta(days=20),
                  user_id=collector_id, from_status="open", to_status="resolved", detail="Upheld after review")
    return dispute_id if hold and not resolved else None
