"""A workstation process for the race test: tries four calls to one person, reports what happened."""

from __future__ import annotations

import datetime as dt
import json
import sys
import uuid

from ccs_desktop import db
from ccs_desktop.models.enums import Channel, Role
from ccs_desktop.services.contacts import attempts
from ccs_desktop.services.context import Actor


def main() -> None:
    url, account, person, phone, user, at = sys.argv[1:7]
    engine = db.make_engine(url)
    factory = db.session_factory(engine)
    actor = Actor(uuid.UUID(user), "racer", Role.COLLECTOR)
    when = dt.datetime.fromisoformat(at)
    recorded = blocked = 0
    for i in range(4):
        attempt = attempts.AttemptInput(account_id=uuid.UUID(account), person_id=uuid.UUID(person), channel=Channel.CALL,
                                        result_code="NA", phone_id=uuid.UUID(phone), at=when + dt.timedelta(minutes=i))
        try:
            attempts.record_attempt(factory, actor, attempt)
            recorded += 1
        except attempts.ContactBlocked:
            blocked += 1
    engine.dispose()
    print(json.dumps({"recorded": recorded, "blocked": blocked}))


if __name__ == "__main__":
    main()
