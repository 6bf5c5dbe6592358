"""The offline cache file is unreadable without its key: no SSN, phone or name in its bytes."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from ccs_desktop import config
from ccs_desktop.models import Base, Note, Person, Phone
from ccs_desktop.sync import vault
from tests.factories import make_account, make_person

SSN, PHONE, NAME, NOTE = "4821", "+13125550178", "Brightwater", "works nights at the Elm St bakery"


def _fill(cache: vault.EncryptedCache) -> None:
    Base.metadata.create_all(cache.engine)
    with cache.session_factory()() as s, s.begin():
        person = make_person(s, first_name="Marisol", last_name=NAME, ssn_last4=SSN, phone=PHONE,
                             date_of_birth=dt.date(1981, 3, 14))
        account = make_account(s, person=person)
        s.add(Note(account_id=account.id, person_id=person.id, at=dt.datetime.now(dt.timezone.utc), text=NOTE))


def _needles() -> list[bytes]:
    return [SSN.encode(), PHONE.encode(), PHONE[2:].encode(), NAME.encode(), NAME.upper().encode(),
            b"Marisol", b"bakery", b"1981-03-14", b"SQLite format 3"]


def test_a_stolen_cache_file_reveals_no_personal_data(tmp_path, private_keyring):
    key = vault.keyring_key("WS-7")
    assert vault.keyring_key("WS-7") == key  # the same key next time, from the keyring
    path = tmp_path / "cache.ccs"
    cache = vault.EncryptedCache(path, key=key)
    _fill(cache)  # the commit saves
    cache.close()
    blob = path.read_bytes()
    assert len(blob) > 10_000
    for needle in _needles():
        assert needle not in blob, needle
    assert not any(p.name != "cache.ccs" and p.name.startswith("cache") for p in tmp_path.iterdir())
    # The same data in a plain SQLite file does show (the search would have found it).
    plain = sa.create_engine(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    Base.metadata.create_all(plain)
    from sqlalchemy.orm import Session

    with Session(plain) as s, s.begin():
        make_person(s, last_name=NAME, ssn_last4=SSN, phone=PHONE)
    plain.dispose()
    raw = (tmp_path / "plain.sqlite3").read_bytes()
    assert NAME.encode() in raw and PHONE.encode() in raw and SSN.encode() in raw

    # With the key, everything is back.
    reopened = vault.EncryptedCache(path, key=vault.keyring_key("WS-7"))
    with reopened.session_factory()() as s:
        person = s.scalars(sa.select(Person).where(Person.last_name == NAME)).one()
        assert person.ssn_last4 == SSN
        assert s.scalars(sa.select(Phone.e164).where(Phone.person_id == person.id)).one() == PHONE
    reopened.close(save=False)


def test_a_wrong_key_or_passphrase_opens_nothing(tmp_path):
    path = tmp_path / "cache.ccs"
    cache = vault.EncryptedCache(path, passphrase="long walk home 31")
    _fill(cache)
    cache.close()
    with pytest.raises(vault.CacheKeyError, match="cannot be opened"):
        vault.EncryptedCache(path, passphrase="long walk home 32")
    with pytest.raises(vault.CacheKeyError, match="cannot be opened"):
        vault.EncryptedCache(path, key=b"\0" * 32)
    # A flipped byte is noticed, not silently read.
    damaged = bytearray(path.read_bytes())
    damaged[-100] ^= 0x01
    path.write_bytes(bytes(damaged))
    with pytest.raises(vault.CacheKeyError):
        vault.EncryptedCache(path, passphrase="long walk home 31")


def test_without_a_keyring_the_cache_asks_for_a_passphrase(tmp_path):
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not config.keyring_available()
        with pytest.raises(vault.NoKeyring):
            vault.keyring_key("WS-7")
    finally:
        keyring.set_keyring(previous)
