"""SQLAlchemy 2 typed models, one module per aggregate. Importing this package registers them all."""

from .account import Account, AccountParty
from .audit import AuditChainHead, AuditEvent
from .base import Base, MoneyError, new_id, to_money, utcnow
from .client import Client, Placement
from .contact import ContactAttempt, ContactReview, Override, ResultCode, ReviewChecklistItem
from .document import Document, DocumentKind
from .dispute import Dispute, DisputeEvent, DisputeNote, DisputeType
from .letter import Letter, LetterTemplate
from .note import Note
from .payment import BalanceTransaction, Payment
from .person import Address, ComplianceFlag, Consent, Email, InconvenientTime, Person, Phone
from .promise import Instalment, Promise
from .settings import AppSetting, RulePackVersion
from .sync import AppliedOperation, Conflict, Lease, OutboxOperation, SyncCursor, Workstation
from .user import Team, User

# Append-only tables: the application never updates or deletes their rows (on PostgreSQL the
# database refuses it too). Corrections are new rows that reference the old one.
APPEND_ONLY_TABLES = (
    "contact_attempts",
    "notes",
    "dispute_notes",
    "dispute_events",
    "payments",
    "balance_transactions",
    "audit_events",
    "consents",
    "documents",
)

__all__ = [
    "APPEND_ONLY_TABLES", "Account", "AccountParty", "Address", "AppSetting", "AppliedOperation",
    "AuditChainHead", "AuditEvent", "BalanceTransaction", "Base", "Client", "ComplianceFlag", "Conflict",
    "Consent", "ContactAttempt", "ContactReview", "Dispute", "DisputeEvent", "DisputeNote", "DisputeType",
    "Document", "DocumentKind",
    "Email", "InconvenientTime", "Instalment", "Lease", "Letter", "LetterTemplate", "MoneyError", "Note",
    "OutboxOperation", "Override", "Payment", "Person", "Phone", "Placement", "Promise", "ResultCode",
    "ReviewChecklistItem", "RulePackVersion", "SyncCursor", "Team", "User", "Workstation", "new_id",
    "to_money", "utcnow",
]
