"""Closed vocabularies shared by models, services and the rule engine."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    COLLECTOR = "collector"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class AccountStatus(enum.StrEnum):
    OPEN = "open"
    PAID = "paid"
    SETTLED = "settled"
    CLOSED = "closed"
    RECALLED = "recalled"


class DebtType(enum.StrEnum):
    CONSUMER = "consumer"
    STUDENT_LOAN = "student_loan"
    COMMERCIAL = "commercial"


class PartyRole(enum.StrEnum):
    CONSUMER = "consumer"
    COSIGNER = "cosigner"
    ATTORNEY = "attorney"
    THIRD_PARTY = "third_party"


class PhoneType(enum.StrEnum):
    HOME = "home"
    CELL = "cell"
    WORK = "work"
    OTHER = "other"


class Channel(enum.StrEnum):
    CALL = "call"
    SMS = "sms"
    EMAIL = "email"
    LETTER = "letter"


class Direction(enum.StrEnum):
    OUTBOUND = "outbound"
    INBOUND = "inbound"


class Outcome(enum.StrEnum):
    """What happened on the line, as the rule engine counts it."""

    NO_ANSWER = "no_answer"
    VOICEMAIL = "voicemail"
    BUSY = "busy"
    NOT_CONNECTED = "not_connected"
    CONVERSATION = "conversation"
    WRONG_PARTY = "wrong_party"
    SENT = "sent"


class FlagKind(enum.StrEnum):
    ATTORNEY_REPRESENTED = "attorney_represented"
    CEASE_REQUESTED = "cease_requested"
    BANKRUPTCY = "bankruptcy"
    DECEASED = "deceased"
    HARDSHIP = "hardship"
    COMPLAINT = "complaint"
    WORK_CONTACT_PROHIBITED = "work_contact_prohibited"
    DISPUTE_UNVERIFIED = "dispute_unverified"


class PromiseKind(enum.StrEnum):
    SINGLE = "single"
    PLAN = "plan"
    SETTLEMENT = "settlement"


class PlanFrequency(enum.StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"
    CUSTOM = "custom"


class PromiseStatus(enum.StrEnum):
    PENDING_APPROVAL = "pending_approval"
    ACTIVE = "active"
    KEPT = "kept"
    BROKEN = "broken"
    CANCELLED = "cancelled"
    REJECTED = "rejected"


class InstalmentState(enum.StrEnum):
    DUE = "due"
    KEPT = "kept"
    PARTLY_KEPT = "partly_kept"
    BROKEN = "broken"


class PaymentMethod(enum.StrEnum):
    CARD = "card"
    ACH = "ach"
    CHECK = "check"
    CASH = "cash"
    CLIENT_DIRECT = "client_direct"


class TransactionKind(enum.StrEnum):
    PLACEMENT = "placement"
    PAYMENT = "payment"
    REVERSAL = "reversal"
    ADJUSTMENT = "adjustment"
    INTEREST = "interest"
    FEE = "fee"
    SETTLEMENT_WRITE_OFF = "settlement_write_off"


class ItemizationReference(enum.StrEnum):
    """Which of the five reference dates of Reg F 1006.34(b)(3) an account's itemization date is."""

    LAST_STATEMENT = "last_statement"
    CHARGE_OFF = "charge_off"
    LAST_PAYMENT = "last_payment"
    TRANSACTION = "transaction"
    JUDGMENT = "judgment"


class DisputeStatus(enum.StrEnum):
    OPEN = "open"
    PROOF_REQUESTED = "proof_requested"
    PROOF_RECEIVED = "proof_received"
    VERIFICATION_SENT = "verification_sent"
    RESOLVED = "resolved"


class DisputeResolution(enum.StrEnum):
    UPHELD = "upheld"
    CORRECTED = "corrected"
    ACCOUNT_CLOSED = "account_closed"


class ReceivedVia(enum.StrEnum):
    WRITTEN = "written"
    ORAL = "oral"


class Language(enum.StrEnum):
    EN = "en"
    ES = "es"
