"""Template letters: the shipped templates and an admin's own, filled with the account's, the agency's, a
dispute's and the user's values, and sent like every letter (`sending`): a cease acknowledgement, payment
reminder, settlement offer, or the verification of a dispute (which lifts the dispute's collection hold).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import string
import uuid
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ... import paths
from ...models import Account, Client, Dispute, DisputeType, Letter, LetterTemplate, Person, to_money
from ...models.base import MoneyError
from ...models.enums import DisputeStatus, Language, Role
from .. import access, audit
from ..accounts import disputes
from ..contacts.attempts import ContactBlocked
from ..context import Actor, ServiceError
from .pdf import Agency, TemplateLetter, format_date, format_money, template_letter_pdf
from .sending import (
    VALIDATION_NOTICE,
    LetterView,
    agency_profile,
    consumer_of,
    itemization,
    letter_language,
    letter_view,
    local_today,
    mailing_address,
    record_refusal,
    reference_number,
    store_and_send_in,
)

PURPOSES = ("collection", "verification", "cease_notice")
# Placeholders a template may use; `{reference}`-style, filled per account (see docs/letters.md).
PLACEHOLDERS = (
    "agency_name", "agency_phone", "agency_hours", "agency_website", "agency_email", "agency_address",
    "consumer_name", "account_number", "reference", "creditor", "original_creditor", "balance", "principal",
    "interest", "fees", "itemization_date", "itemization_amount", "today",
    "dispute_received_on", "dispute_type", "dispute_amount",
    "payment_amount", "payment_due", "settlement_amount", "settlement_due",
)
# Values the caller must give (the account cannot say them).
CALLER_VALUES = {"payment_amount": "money", "payment_due": "date", "settlement_amount": "money",
                 "settlement_due": "date"}


@dataclasses.dataclass(frozen=True)
class Template:
    code: str
    language: str
    title: str
    body: str
    purpose: str
    source: str  # "shipped" or "custom"


def shipped_templates() -> dict[tuple[str, str], Template]:
    data = json.loads(paths.resource("letters", "templates.json").read_text(encoding="utf-8"))
    return {(t["code"], t["language"]): Template(t["code"], t["language"], t["title"], t["body"], t["purpose"], "shipped")
            for t in data["templates"]}


def _templates(session: Session) -> dict[tuple[str, str], Template]:
    merged = shipped_templates()
    for row in session.scalars(sa.select(LetterTemplate).where(LetterTemplate.active.is_(True))):
        merged[(row.code, str(row.language))] = Template(row.code, str(row.language), row.title, row.body,
                                                          row.purpose, "custom")
    return merged


def list_templates(session_factory: Callable[[], Session]) -> list[Template]:
    with session_factory() as session:
        return sorted(_templates(session).values(), key=lambda t: (t.code, t.language))


def placeholders_in(body: str) -> set[str]:
    try:
        return {field for _, field, _, _ in string.Formatter().parse(body) if field is not None}
    except ValueError as exc:
        raise ServiceError(f"the template's braces do not match: {exc}") from exc


def save_template(session_factory: Callable[[], Session], actor: Actor, code: str, language: Language | str,
                  title: str, body: str, purpose: str = "collection") -> Template:
    """An admin adds a template or replaces one (a custom template wins over the shipped one of the same code)."""
    actor.require(Role.ADMIN, action="edit letter templates")
    code = (code or "").strip().lower()
    if not code or not code.replace("_", "").isalnum() or len(code) > 40:
        raise ServiceError("a template code is up to 40 letters, digits or underscores")
    if code == VALIDATION_NOTICE:
        raise ServiceError("the validation notice follows the CFPB model form and is not a template")
    language = Language(str(language))
    if purpose not in PURPOSES:
        raise ServiceError(f"a letter's purpose is one of {', '.join(PURPOSES)}")
    if not title.strip() or not body.strip():
        raise ServiceError("a template needs a title and a body")
    unknown = (placeholders_in(body) | placeholders_in(title)) - set(PLACEHOLDERS)
    if unknown:
        raise ServiceError(f"unknown placeholders: {', '.join('{' + u + '}' for u in sorted(unknown))}")
    with session_factory() as session, session.begin():
        row = session.scalar(sa.select(LetterTemplate).where(LetterTemplate.code == code,
                                                             LetterTemplate.language == language))
        before = None
        if row is None:
            row = LetterTemplate(code=code, language=language, title=title.strip(), body=body, purpose=purpose)
            session.add(row)
        else:
            before = {"title": row.title, "body": row.body, "purpose": row.purpose, "active": row.active}
            row.title, row.body, row.purpose, row.active = title.strip(), body, purpose, True
        session.flush()
        audit.record(session, actor, "letter_template.saved", "letter_template", f"{code}/{language.value}",
                     before=before, after={"title": title.strip(), "body": body, "purpose": purpose})
        return Template(code, language.value, title.strip(), body, purpose, "custom")


def _caller_value(name: str, value: Any, language: str) -> str:
    kind = CALLER_VALUES[name]
    if kind == "money":
        try:
            return format_money(to_money(value))
        except MoneyError as exc:
            raise ServiceError(f"{name.replace('_', ' ')} is not an amount: {value!r}") from exc
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ServiceError(f"{name.replace('_', ' ')} is not a date: {value!r}") from exc
    return format_date(value, language)


def _values(session: Session, account: Account, person: Person, language: str, today: dt.date, agency: Agency,
            dispute: Dispute | None, given: dict[str, Any], wanted: set[str] | frozenset[str] = frozenset()
            ) -> dict[str, str]:
    client = session.get(Client, account.client_id)
    money = lambda v: format_money(v, account.currency)  # noqa: E731
    values = {
        "agency_name": agency.name, "agency_phone": agency.phone,
        "agency_hours": agency.hours_es if language == "es" else agency.hours, "agency_website": agency.website,
        "agency_email": agency.email, "agency_address": ", ".join(agency.address_lines),
        "consumer_name": person.full_name, "account_number": account.client_account_number,
        "reference": reference_number(account), "creditor": client.name,
        "original_creditor": account.original_creditor or client.name, "balance": money(account.balance),
        "principal": money(account.principal), "interest": money(account.interest), "fees": money(account.fees),
        "today": format_date(today, language),
    }
    if wanted & {"itemization_date", "itemization_amount"}:  # the stored facts; refused with the reason if missing
        item = itemization(session, account)
        values.update(itemization_date=format_date(item.date, language), itemization_amount=money(item.amount))
    if dispute is not None:
        dtype = session.get(DisputeType, dispute.type_code)
        label = (dtype.label_es if language == "es" and dtype.label_es else dtype.label) if dtype else dispute.type_code
        values.update(dispute_received_on=format_date(dispute.received_at.date(), language),
                      dispute_type=label.lower(), dispute_amount=money(dispute.amount_disputed))
    for name, value in given.items():
        if name not in CALLER_VALUES:
            raise ServiceError(f"{name!r} is not a value a letter takes from the user")
        values[name] = _caller_value(name, value, language)
    return values


def _render_template(session: Session, template: Template, account: Account, person: Person, language: str,
                     today: dt.date, agency: Agency, dispute: Dispute | None, given: dict[str, Any]) -> bytes:
    wanted = placeholders_in(template.body) | placeholders_in(template.title)
    values = _values(session, account, person, language, today, agency, dispute, given, wanted)
    missing = wanted - set(values)
    if missing:
        raise ServiceError("this letter needs: " + ", ".join(sorted(m.replace("_", " ") for m in missing)))
    subject = {"en": "Re: {creditor}, account number {account_number}",
               "es": "Asunto: {creditor}, número de cuenta {account_number}"}[language].format(**values)
    return template_letter_pdf(TemplateLetter(
        agency=agency, reference=reference_number(account), date=today, consumer_name=person.full_name,
        consumer_address=mailing_address(session, person), subject=subject,
        title=template.title.format(**values), body=template.body.format(**values)), language)


def _send_template_in(session: Session, actor: Actor, account: Account, code: str, language: Language | str | None,
                      given: dict[str, Any], dispute: Dispute | None = None) -> tuple[Letter, Any, Template]:
    person = consumer_of(session, account)
    lang = letter_language(person, language)
    template = _templates(session).get((code, lang))
    if template is None:
        raise ServiceError(f"there is no {code.replace('_', ' ')} letter in {'Spanish' if lang == 'es' else 'English'}")
    agency = agency_profile(session)
    today = local_today(agency)
    pdf = _render_template(session, template, account, person, lang, today, agency, dispute, given)
    letter, attempt = store_and_send_in(session, actor, account, person, code, lang, pdf, today, template.purpose)
    return letter, attempt, template


def send_letter(session_factory: Callable[[], Session], actor: Actor, account_id: uuid.UUID, code: str,
                language: Language | str | None = None, values: dict[str, Any] | None = None) -> LetterView:
    """Send a template letter (cease acknowledgement, payment reminder, settlement offer, an admin's own)."""
    if code == "verification_response":
        raise ServiceError("a verification is sent from its dispute (send_verification)")
    try:
        with session_factory() as session, session.begin():
            account = access.require_workable(session, actor, account_id)
            letter, attempt, _ = _send_template_in(session, actor, account, code, language, dict(values or {}))
            return letter_view(letter, attempt.id)
    except ContactBlocked as blocked:
        record_refusal(session_factory, actor, account_id, code, blocked)
        raise


def send_verification(session_factory: Callable[[], Session], actor: Actor, dispute_id: uuid.UUID,
                      language: Language | str | None = None) -> LetterView:
    """Send the verification of a dispute: the letter goes out as a `verification` contact (allowed during the
    hold), the dispute becomes "verification sent" and its collection hold lifts, in one transaction."""
    account_id = None
    try:
        with session_factory() as session, session.begin():
            dispute = session.get(Dispute, dispute_id)
            if dispute is None:
                raise ServiceError("no such dispute")
            account_id = dispute.account_id
            account = access.require_workable(session, actor, dispute.account_id)
            if DisputeStatus.VERIFICATION_SENT not in disputes.TRANSITIONS[DisputeStatus(dispute.status)]:
                raise ServiceError(f"a dispute that is {disputes.STATUS_LABELS[DisputeStatus(dispute.status)].lower()} "
                                   "cannot get a verification letter now")
            letter, attempt, _ = _send_template_in(session, actor, account, "verification_response", language, {},
                                                   dispute)
            disputes.transition_in(session, actor, dispute, DisputeStatus.VERIFICATION_SENT, at=letter.sent_at,
                                   detail="Verification letter sent", letter_id=letter.id)
            return letter_view(letter, attempt.id)
    except ContactBlocked as blocked:
        if account_id is not None:
            record_refusal(session_factory, actor, account_id, "verification_response", blocked)
        raise
