"""What a write changed (services.context.Changes): the value the UI broadcasts so screens refresh."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from ccs_desktop.models.enums import PaymentMethod, PromiseKind
from ccs_desktop.services.context import MANY_ACCOUNTS, Changes, changes_of
from ccs_desktop.services.money import payments, promises
from ccs_desktop.services.money.promises import PromiseRequest
from tests.promise_book import make_book

TODAY = dt.datetime.now(dt.timezone.utc).date()


def test_changes_join_and_say_whether_an_account_is_touched():
    a, b = uuid.uuid4(), uuid.uuid4()
    assert not Changes() and Changes(letters=True)
    joined = Changes.for_accounts([a]) | Changes(promises=frozenset({b}), letters=True)
    assert joined == Changes(accounts=frozenset({a}), promises=frozenset({b}), letters=True)
    assert joined.touches(a) and not joined.touches(b) and not joined.touches(None)
    assert Changes(all_accounts=True).touches(b)
    many = Changes.for_accounts(uuid.uuid4() for _ in range(MANY_ACCOUNTS + 1))
    assert many == Changes(all_accounts=True)  # too many to name: lists reload whole
    assert changes_of(None) == changes_of("a version string") == Changes()


def test_write_services_say_what_they_changed(session_factory):
    book = make_book(session_factory)
    promise = promises.take_promise(session_factory, book.collector, PromiseRequest(
        book.account_id, PromiseKind.SINGLE, first_due=TODAY, amount=Decimal("100.00")))
    assert changes_of(promise) == Changes(accounts=frozenset({book.account_id}), promises=frozenset({promise.id}))
    posted = payments.post_payment(session_factory, book.collector, payments.PaymentInput(
        book.account_id, Decimal("100.00"), TODAY, PaymentMethod.CARD))
    assert changes_of(posted) == Changes(accounts=frozenset({book.account_id}), promises=frozenset({promise.id}))
    # A tuple of results (a promise and its confirmation letter) is their union.
    assert changes_of((promise, Changes(letters=True))) == changes_of(promise) | Changes(letters=True)
