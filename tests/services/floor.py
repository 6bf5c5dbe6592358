"""A small, hand-made collection floor for supervision and KPI tests.

Team Alpha: supervisor Sam, collectors Cole and Casey. Team Beta: supervisor Betty, collector Bob. Admin Ada.
(Each supervisor is their team's member and its supervisor, `teams.supervisor_id`.)
Clients ACME (accounts a1, a2) and BETA (a3, a4). November 2026 is the period under review.

                 placed   assigned  state
    a1  ACME   1000.00    Cole      NY
    a2  ACME   2000.00    Cole      CA
    a3  BETA    500.00    Casey     NY
    a4  BETA   1500.00    Bob       TX

Attempts (result code, day of November unless said, 15:00 UTC):
    Cole  a1 NA 2, a1 VM 3, a1 RPC 5, a2 PTP 6, a2 NA 7 (under override o1), a1 NA 20 October
    Casey a3 RPC 4 (email), a3 RPC 8, a3 SENT 9 (letter)
    Bob   a4 WN 5, a4 PTP 12
Refusals (audit "contact.refused"): Cole a1 9th [reg_f_7_in_7]; Casey a3 10th [time_window, reg_f_7_in_7];
    Bob a4 11th [time_window]
Promises: Cole a1 5th broken; Cole a2 6th kept; Casey a3 8th pending approval; Bob a4 12th kept; Cole a1 October kept.
Payments: a1 100.00 15 October; a2 300.00 10th and 200.00 15th; a3 50.00 20th reversed 22nd; a4 400.00 13th.
Disputes: a1 1st 10:00 -> 11th 10:00 (10 days); a3 5th 00:00 -> 9th 12:00 (4.5 days); a4 2nd -> 4th (2 days);
    a2 opened 20th, still open.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from decimal import Decimal

from ccs_desktop.models import (
    Account,
    ContactAttempt,
    Dispute,
    Override,
    Payment,
    Promise,
    Team,
    User,
)
from ccs_desktop.models.enums import (
    Channel,
    DisputeStatus,
    Outcome,
    PaymentMethod,
    PromiseKind,
    PromiseStatus,
    ReceivedVia,
    Role,
)
from ccs_desktop.services import audit
from ccs_desktop.services.context import Actor
from ccs_desktop.services.data.reference import ensure_reference_data
from tests import factories

UTC = dt.timezone.utc
OUTCOMES = {"NA": Outcome.NO_ANSWER, "VM": Outcome.VOICEMAIL, "RPC": Outcome.CONVERSATION, "PTP": Outcome.CONVERSATION,
            "WN": Outcome.WRONG_PARTY, "SENT": Outcome.SENT}


def nov(day: int, hour: int = 15, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=UTC)


def actor_for(user: User) -> Actor:
    return Actor(user_id=user.id, username=user.username, role=user.role, team_id=user.team_id)


@dataclasses.dataclass
class Floor:
    users: dict[str, User]
    teams: dict[str, uuid.UUID]
    clients: dict[str, uuid.UUID]
    accounts: dict[str, uuid.UUID]
    attempts: dict[str, uuid.UUID]
    override_id: uuid.UUID

    def actor(self, name: str) -> Actor:
        return actor_for(self.users[name])


def build(session_factory) -> Floor:
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        alpha, beta = Team(name="Alpha"), Team(name="Beta")
        s.add_all([alpha, beta])
        s.flush()
        users = {
            "sam": factories.make_user(s, Role.SUPERVISOR, username="sam", display_name="Sam Super", team_id=alpha.id),
            "cole": factories.make_user(s, username="cole", display_name="Cole Collector", team_id=alpha.id),
            "casey": factories.make_user(s, username="casey", display_name="Casey Collector", team_id=alpha.id),
            "betty": factories.make_user(s, Role.SUPERVISOR, username="betty", display_name="Betty Boss", team_id=beta.id),
            "bob": factories.make_user(s, username="bob", display_name="Bob Beta", team_id=beta.id),
            "ada": factories.make_user(s, Role.ADMIN, username="ada", display_name="Ada Admin"),
        }
        alpha.supervisor_id, beta.supervisor_id = users["sam"].id, users["betty"].id
        acme = factories.make_client(s, code="ACME", name="Acme Bank")
        betac = factories.make_client(s, code="BETA", name="Beta Card")

        def account(client, balance, collector, region, number):
            person = factories.make_person(s, region=region)
            return factories.make_account(s, client=client, person=person, balance=Decimal(balance),
                                          assigned_to=users[collector].id, client_account_number=number,
                                          priority_score=Decimal(balance) / 10), person

        (a1, p1), (a2, p2) = account(acme, "1000.00", "cole", "NY", "ACME-1"), account(acme, "2000.00", "cole", "CA", "ACME-2")
        (a3, p3), (a4, p4) = account(betac, "500.00", "casey", "NY", "BETA-3"), account(betac, "1500.00", "bob", "TX", "BETA-4")
        person_of = {a1.id: p1.id, a2.id: p2.id, a3.id: p3.id, a4.id: p4.id}
        o1 = Override(supervisor_id=users["sam"].id, collector_id=users["cole"].id, account_id=a2.id, person_id=p2.id,
                      rules=["reg_f_7_in_7"], reason="Consumer asked for a call back today", at=nov(7, 14),
                      used_at=nov(7))
        s.add(o1)
        s.flush()
        attempts = {}

        def attempt(key, who, acct, code, at, channel=Channel.CALL, **extra):
            row = ContactAttempt(account_id=acct.id, person_id=person_of[acct.id], user_id=users[who].id, at=at,
                                 channel=channel, result_code=code, outcome=OUTCOMES[code],
                                 phone_e164="+12125550100" if channel == Channel.CALL else None,
                                 email_address="pat@example.com" if channel == Channel.EMAIL else None,
                                 disclosures=["mini_miranda"] if OUTCOMES[code] == Outcome.CONVERSATION else [],
                                 decision={"allowed": True, "reasons": [], "warnings": []},
                                 rule_pack_version="us-2026.11", notes=f"{who} {code}", **extra)
            s.add(row)
            s.flush()
            attempts[key] = row.id

        attempt("cole1", "cole", a1, "NA", nov(2))
        attempt("cole2", "cole", a1, "VM", nov(3))
        attempt("cole3", "cole", a1, "RPC", nov(5))
        attempt("cole4", "cole", a2, "PTP", nov(6))
        attempt("cole5", "cole", a2, "NA", nov(7), override_id=o1.id)
        attempt("cole_oct", "cole", a1, "NA", dt.datetime(2026, 10, 20, 15, tzinfo=UTC))
        attempt("casey1", "casey", a3, "RPC", nov(4), channel=Channel.EMAIL)
        attempt("casey2", "casey", a3, "RPC", nov(8))
        attempt("casey3", "casey", a3, "SENT", nov(9), channel=Channel.LETTER)
        attempt("bob1", "bob", a4, "WN", nov(5))
        attempt("bob2", "bob", a4, "PTP", nov(12))

        def refusal(who, acct, rules, at):
            audit.record(s, actor_for(users[who]), "contact.refused", "account", acct.id, account_id=acct.id, at=at,
                         after={"person_id": person_of[acct.id], "channel": "call", "phone_id": None,
                                "purpose": "collection", "reasons": [{"code": r, "rule": r} for r in rules],
                                "next_allowed_at": None, "rule_pack_version": "us-2026.11"})

        refusal("cole", a1, ["reg_f_7_in_7"], nov(9))
        refusal("casey", a3, ["time_window", "reg_f_7_in_7"], nov(10))
        refusal("bob", a4, ["time_window"], nov(11))

        def promise(who, acct, at, status, amount="100.00"):
            s.add(Promise(account_id=acct.id, person_id=person_of[acct.id], taken_by=users[who].id, taken_at=at,
                          kind=PromiseKind.SINGLE, total_amount=Decimal(amount), status=status,
                          approval_reasons="Settlement discount above the client's limit"
                          if status == PromiseStatus.PENDING_APPROVAL else None))

        promise("cole", a1, nov(5), PromiseStatus.BROKEN)
        promise("cole", a2, nov(6), PromiseStatus.KEPT, "500.00")
        promise("casey", a3, nov(8), PromiseStatus.PENDING_APPROVAL, "250.00")
        promise("bob", a4, nov(12), PromiseStatus.KEPT, "400.00")
        promise("cole", a1, dt.datetime(2026, 10, 10, tzinfo=UTC), PromiseStatus.KEPT)
        s.flush()

        def payment(acct, amount, day, reverses=None):
            p = Payment(account_id=acct.id, amount=Decimal(amount), paid_on=day, method=PaymentMethod.CARD,
                        posted_at=dt.datetime.combine(day, dt.time(12), tzinfo=UTC), reverses_id=reverses)
            s.add(p)
            s.flush()
            return p

        payment(a1, "100.00", dt.date(2026, 10, 15))
        payment(a2, "300.00", dt.date(2026, 11, 10))
        payment(a2, "200.00", dt.date(2026, 11, 15))
        p3 = payment(a3, "50.00", dt.date(2026, 11, 20))
        payment(a3, "-50.00", dt.date(2026, 11, 22), reverses=p3.id)
        payment(a4, "400.00", dt.date(2026, 11, 13))

        def dispute(acct, received, resolved):
            s.add(Dispute(account_id=acct.id, person_id=person_of[acct.id], received_at=received,
                          received_via=ReceivedVia.WRITTEN, type_code="wrong_amount", amount_disputed=Decimal("100.00"),
                          status=DisputeStatus.RESOLVED if resolved else DisputeStatus.OPEN, resolved_at=resolved))

        dispute(a1, nov(1, 10), nov(11, 10))
        dispute(a3, nov(5, 0), nov(9, 12))
        dispute(a4, nov(2, 0), nov(4, 0))
        dispute(a2, nov(20, 0), None)
        s.flush()
        return Floor(users=users, teams={"alpha": alpha.id, "beta": beta.id},
                     clients={"ACME": acme.id, "BETA": betac.id},
                     accounts={"a1": a1.id, "a2": a2.id, "a3": a3.id, "a4": a4.id}, attempts=attempts,
                     override_id=o1.id)


def account_of(session_factory, account_id) -> Account:
    with session_factory() as s:
        return s.get(Account, account_id)
