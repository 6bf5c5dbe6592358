"""Migration 0016: the bare flags of an earlier version become compliance records, nothing lost, on both backends;
the downgrade gives them back as flags."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import command

from ccs_desktop import db
from ccs_desktop.models import (
    AttorneyRepresentation, Bankruptcy, CeaseRequest, ComplianceFlag, Complaint, Deceased, Hardship,
)
from ccs_desktop.models.enums import FlagKind, Role
from tests.factories import make_account, make_person, make_user

UTC = dt.timezone.utc
T0 = dt.datetime(2026, 10, 1, 15, tzinfo=UTC)
BEFORE = "0015"  # the revision 0016 follows


def test_flags_become_records_with_who_and_when_and_come_back_on_downgrade(db_url):
    engine = db.make_engine(db_url)
    try:
        factory = db.session_factory(engine)
        with factory() as s, s.begin():  # the people and the account, made at the head revision
            user = make_user(s, Role.COLLECTOR)
            person = make_person(s)
            account = make_account(s, person=person, assigned_to=user.id)
            lawyer = make_person(s, last_name="Lee & Partners")
        command.downgrade(db.alembic_config(engine), BEFORE)  # the version before the records existed
        flags = ComplianceFlag.__table__  # its columns are the same before 0016
        with engine.begin() as s:
            ids = {}
            for kind, on_account, cleared, detail, reference in (
                    ("bankruptcy", False, False, "consumer said chapter 7", "1:26-bk-77"),
                    ("attorney_represented", False, False, "Lee & Partners", str(lawyer.id)),
                    ("cease_requested", True, False, "letter", None),
                    ("hardship", False, True, "job loss", None),
                    ("complaint", False, False, "CFPB portal", None),
                    ("deceased", False, False, None, None),
                    ("work_contact_prohibited", False, False, None, None)):
                ids[kind] = db_id = uuid.uuid4()
                s.execute(sa.insert(flags).values(
                    id=db_id, person_id=person.id, account_id=account.id if on_account else None, kind=kind,
                    set_by=user.id, set_at=T0, cleared_by=user.id if cleared else None,
                    cleared_at=T0 + dt.timedelta(days=3) if cleared else None, detail=detail, reference=reference,
                    created_at=T0, updated_at=T0, row_version=1))
        assert db.upgrade(engine) is True
        with factory() as s:
            bankruptcy = s.get(Bankruptcy, ids["bankruptcy"])
            assert (bankruptcy.case_number, bankruptcy.set_reason, bankruptcy.set_by, bankruptcy.set_at,
                    bankruptcy.debt_ids, bankruptcy.source) == ("1:26-bk-77", "consumer said chapter 7", user.id, T0,
                                                               [], "migrated")
            attorney = s.get(AttorneyRepresentation, ids["attorney_represented"])
            assert attorney.attorney_id == lawyer.id and attorney.firm == "Lee & Partners"
            cease = s.get(CeaseRequest, ids["cease_requested"])
            assert cease.debt_ids == [str(account.id)] and cease.received_at == T0
            hardship = s.get(Hardship, ids["hardship"])
            assert hardship.cleared_at == T0 + dt.timedelta(days=3) and hardship.cleared_by == user.id
            assert s.get(Complaint, ids["complaint"]).status.value == "open"
            assert s.get(Deceased, ids["deceased"]) is not None
            left = s.scalars(sa.select(ComplianceFlag.kind)).all()
            assert [str(k) for k in left] == [FlagKind.WORK_CONTACT_PROHIBITED]
        command.downgrade(db.alembic_config(engine), BEFORE)
        with engine.connect() as conn:
            back = dict(conn.execute(sa.select(flags.c.kind, flags.c.account_id)).all())
        assert set(back) == {k for k in ids} and back["cease_requested"] is not None
        assert db.upgrade(engine) is True
    finally:
        engine.dispose()
