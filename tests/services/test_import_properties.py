"""Property tests: no input crashes the placement reader or row checker; it reads or says why it cannot."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from hypothesis import HealthCheck, given, settings, strategies as st

from ccs_desktop.services.placement import checking, fields
from ccs_desktop.services.placement.errors import ImportFileError
from ccs_desktop.services.placement.fields import FieldError
from ccs_desktop.services.placement.maps import ColumnMap

MAP = ColumnMap({"account_number": "Account Number", "last_name": "Last Name", "principal": "Principal",
                 "interest": "Interest", "charge_off_date": "Charge-off Date", "zip": "ZIP", "state": "State",
                 "cell_phone": "Cell Phone", "email": "Email", "date_of_birth": "DOB", "country": "Country"})
HEADERS = list(MAP.columns.values())
cell = st.one_of(st.text(max_size=30), st.sampled_from(["", "0", "-1", "1e9", "12.345", "$1,000.00", "(5.00)", "NaN",
                                                       "Infinity", "02/30/2024", "2024-13-01", "00000", "99999",
                                                       "+1 212 555 0142", "TRAILER", "CA", "US", "canada"]))


def _check(data: bytes) -> None:
    try:
        result = checking.validate_file(data, MAP, file_name="prop.csv")
    except ImportFileError as exc:
        assert str(exc)
        return
    assert result.valid_count + len(result.rejected_lines) == result.data_rows
    for row in result.rows:
        assert row.placed_total > 0 and isinstance(row.placed_total, Decimal)
        assert row.placed_total == sum((row.account[k] for k in fields.MONEY_COMPONENTS), Decimal(0))
    for error in result.errors:
        assert error.line >= 2 and error.message


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_arbitrary_bytes_never_crash_the_reader(data):
    _check(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(cell, min_size=0, max_size=len(HEADERS) + 2), min_size=0, max_size=8))
def test_arbitrary_cells_in_a_well_formed_file_never_crash_the_checker(rows):
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(HEADERS)
    w.writerows(rows)
    _check(out.getvalue().encode("utf-8"))


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=20), st.floats(allow_nan=True), st.integers(), st.decimals(allow_nan=True)))
def test_amounts_are_decimal_cents_or_refused(value):
    try:
        amount = fields.parse_money(value)
    except FieldError:
        return
    assert isinstance(amount, Decimal) and amount >= 0 and amount == amount.quantize(Decimal("0.01"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_phones_are_e164_or_refused(value):
    try:
        e164, digits, _type = fields.parse_phone(value, "US")
    except FieldError:
        return
    assert e164.startswith("+1") and e164.endswith(digits)


nanp_number = st.tuples(st.integers(200, 999), st.integers(0, 999), st.integers(0, 9999))


@settings(max_examples=400, deadline=None)
@given(nanp_number, st.sampled_from(["US", "CA"]))
def test_a_north_american_number_gets_the_verdict_phonenumbers_gives_it(parts, region):
    """The per-exchange cache changes no verdict: each number is accepted or refused exactly as phonenumbers would,
    even after another number of the same exchange filled the cache."""
    import phonenumbers

    area, exchange, line = parts
    for written in (f"({area}) {exchange:03d}-{line:04d}", f"{area}{exchange:03d}{(line + 1) % 10000:04d}"):
        number = phonenumbers.parse(written, region)
        expected = phonenumbers.is_valid_number_for_region(number, region) or phonenumbers.is_valid_number(number)
        try:
            e164, _digits, _guess = fields.parse_phone(written, region)
        except FieldError:
            assert not expected, written
        else:
            assert expected and e164 == phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def test_the_exchange_cache_is_used_only_where_the_metadata_allows_it():
    # US and Canadian plans decide a number by area code + exchange; Barbados and Jamaica list seven-digit blocks
    # (246-521-0…, 876-606-0…), so their numbers are always checked one by one.
    assert fields._exchange_decides("US") and fields._exchange_decides("CA")
    assert not fields._exchange_decides("BB") and not fields._exchange_decides("JM")


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.integers(200, 999), st.sampled_from([246, 876, 658, 268, 809, 787, 907, 808, 800, 888, 900, 500])),
       st.integers(0, 999), st.integers(0, 9999), st.integers(0, 9999))
def test_a_numbers_zones_are_the_guardrails_zones_even_when_kept_per_exchange(area, exchange, line, other_line):
    """The import finds a number's zones through a per-exchange table: they are what the guardrails'
    `location.phone_zones` gives each number, also for a second number of an exchange already in the table."""
    from ccs_desktop.compliance import location

    assert fields._nanp_prefix_decides()
    for e164 in (f"+1{area}{exchange:03d}{line:04d}", f"+1{area}{exchange:03d}{other_line:04d}"):
        assert fields.number_zones(e164) == location.phone_zones(e164), e164
