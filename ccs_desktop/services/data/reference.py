"""Reference data every database needs (result codes, dispute types, review checklist, default settings), and the
pick lists read from it (clients, result codes)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import AppSetting, Client, DisputeType, ResultCode, ReviewChecklistItem
from ...models.enums import Outcome
from ..accounts.scoring import DEFAULT_WEIGHTS, WEIGHTS_SETTING_KEY

# code, label, Spanish label, channel, outcome, attempt, connection, right party, conversation, shortcut
RESULT_CODES: list[tuple[str, str, str, str | None, Outcome, bool, bool, bool, bool, str | None]] = [
    ("NA", "No answer", "Sin respuesta", "call", Outcome.NO_ANSWER, True, False, False, False, "1"),
    ("VM", "Left voicemail", "Mensaje de voz", "call", Outcome.VOICEMAIL, True, False, False, False, "2"),
    ("BSY", "Busy", "Ocupado", "call", Outcome.BUSY, True, False, False, False, "3"),
    ("NC", "Not connected", "No conectó", "call", Outcome.NOT_CONNECTED, True, False, False, False, "4"),
    ("RPC", "Spoke with consumer", "Habló con el consumidor", None, Outcome.CONVERSATION, True, True, True, True, "5"),
    ("PTP", "Promise to pay", "Promesa de pago", None, Outcome.CONVERSATION, True, True, True, True, "6"),
    ("RTP", "Refused to pay", "Se negó a pagar", None, Outcome.CONVERSATION, True, True, True, True, "7"),
    ("TPC", "Third party reached", "Contacto con tercero", "call", Outcome.WRONG_PARTY, True, True, False, False, "8"),
    ("WN", "Wrong number", "Número equivocado", "call", Outcome.WRONG_PARTY, True, True, False, False, "9"),
    ("DSP", "Dispute raised", "Disputa presentada", None, Outcome.CONVERSATION, True, True, True, True, None),
    ("SENT", "Sent", "Enviado", None, Outcome.SENT, True, False, False, False, None),
]

DISPUTE_TYPES: list[tuple[str, str, str, bool]] = [
    ("not_my_debt", "Not my debt", "No es mi deuda", False),
    ("wrong_amount", "Wrong amount", "Monto incorrecto", False),
    ("already_paid", "Already paid", "Ya pagado", False),
    ("identity_theft", "Identity theft", "Robo de identidad", False),
    ("invoice_discrepancy", "Invoice discrepancy", "Discrepancia en la factura", True),
    ("pricing", "Pricing", "Precio", True),
    ("service_level", "Service level", "Nivel de servicio", True),
    ("missing_documents", "Missing documents", "Documentos faltantes", True),
]

CHECKLIST: list[tuple[str, str, int]] = [
    ("right_party_verified", "Right party verified before disclosing the debt", 2),
    ("disclosure_given", "Mini-Miranda / debt-collector disclosure given", 2),
    ("no_threats", "No threats, harassment or false statements", 3),
    ("accurate_balance", "Accurate balance stated", 1),
]


def ensure_reference_data(session: Session) -> None:
    """Insert what is missing; never overwrite what an admin changed."""
    have = set(session.scalars(ResultCode.__table__.select().with_only_columns(ResultCode.code)))
    for order, (code, label, label_es, channel, outcome, att, conn, rpc, conv, key) in enumerate(RESULT_CODES):
        if code not in have:
            session.add(ResultCode(
                code=code, label=label, label_es=label_es, channel=channel, outcome=outcome,
                counts_as_attempt=att, counts_as_connection=conn, counts_as_right_party=rpc,
                counts_as_conversation=conv, shortcut=key, sort_order=order,
            ))
    have = set(session.scalars(DisputeType.__table__.select().with_only_columns(DisputeType.code)))
    for code, label, label_es, commercial in DISPUTE_TYPES:
        if code not in have:
            session.add(DisputeType(code=code, label=label, label_es=label_es, commercial=commercial))
    have = set(session.scalars(ReviewChecklistItem.__table__.select().with_only_columns(ReviewChecklistItem.code)))
    for order, (code, label, weight) in enumerate(CHECKLIST):
        if code not in have:
            session.add(ReviewChecklistItem(code=code, label=label, weight=weight, sort_order=order))
    if session.get(AppSetting, WEIGHTS_SETTING_KEY) is None:
        session.add(AppSetting(key=WEIGHTS_SETTING_KEY, value={k: str(v) for k, v in DEFAULT_WEIGHTS.items()}))
    session.flush()


# --- pick lists -----------------------------------------------------------------------------------------------


class ClientRef(NamedTuple):
    id: uuid.UUID
    code: str
    name: str


def clients(session_factory: Callable[[], Session]) -> list[ClientRef]:
    """Every client, by code: the client pick lists of the queue, the call log, the KPIs, assignments, reports and
    remittance statements."""
    with session_factory() as s:
        return [ClientRef(*r) for r in s.execute(sa.select(Client.id, Client.code, Client.name).order_by(Client.code))]


def result_codes(session_factory: Callable[[], Session]) -> list[tuple[str, str]]:
    """(code, label) of every result code, in the agency's order."""
    with session_factory() as s:
        return [(r.code, r.label) for r in s.scalars(sa.select(ResultCode).order_by(ResultCode.sort_order))]
