"""The guided call in the workspace: right-party verification before any disclosure (the answers the person gives
are checked against the record by services/contacts/verification.py; the result is stored on the attempt), the
reason asked for when a conversation goes without the disclosure, and the client's call script."""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QTextBrowser, QVBoxLayout, QWidget,
)

from ..services.context import Changes
from ..services.contacts import verification
from .i18n import t

ITEM_TEXT = {
    "dob": QT_TRANSLATE_NOOP("ccs", "Date of birth"),
    "ssn_last4": QT_TRANSLATE_NOOP("ccs", "Last 4 of SSN"),
    "zip": QT_TRANSLATE_NOOP("ccs", "ZIP code"),
}
HINTS = {"dob": "MM/DD/YYYY", "ssn_last4": "1234", "zip": "12345"}
RESULT_TEXT = {
    "verified": QT_TRANSLATE_NOOP("ccs", "Identity verified: you may give the disclosure."),
    "failed": QT_TRANSLATE_NOOP("ccs", "Does not match the record: do not disclose anything about the debt."),
    "incomplete": QT_TRANSLATE_NOOP("ccs", "Not enough to verify: ask for another item."),
}
RESULT_COLOURS = {"verified": "#027a48", "failed": "#b42318", "incomplete": "#b54708"}


class IdentityCheck(QGroupBox):
    """Ask, type what the person said, check. `result` is what the attempt stores (None until checked)."""

    checked = Signal(object)   # the result dict

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Verify identity before any disclosure"))
        self.setObjectName("identityCheck")
        self.ctx = ctx
        self.account_id: uuid.UUID | None = None
        self.person_id: uuid.UUID | None = None
        self.guide: verification.CallGuide | None = None
        self.result: dict[str, Any] | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        self.fields: dict[str, QLineEdit] = {}
        for row, item in enumerate(verification.ITEMS):
            edit = QLineEdit()
            edit.setObjectName(f"verify_{item}")
            edit.setPlaceholderText(HINTS[item])
            edit.returnPressed.connect(self.check)
            self.fields[item] = edit
            grid.addWidget(QLabel(t(ITEM_TEXT[item])), row, 0)
            grid.addWidget(edit, row, 1)
        self.check_button = QPushButton(self.tr("Chec&k"))
        self.check_button.setObjectName("verifyButton")
        self.check_button.clicked.connect(self.check)
        grid.addWidget(self.check_button, len(verification.ITEMS), 1)
        self.outcome = QLabel()
        self.outcome.setObjectName("verifyOutcome")
        self.outcome.setWordWrap(True)
        grid.addWidget(self.outcome, len(verification.ITEMS) + 1, 0, 1, 2)

    @property
    def verified(self) -> bool:
        return bool(self.result and self.result.get("result") == "verified")

    def set_guide(self, account_id: uuid.UUID, guide: verification.CallGuide) -> None:
        self.account_id, self.guide = account_id, guide
        self.reset()

    def set_person(self, person_id: uuid.UUID | None) -> None:
        if person_id != self.person_id:
            self.person_id = person_id
            self.reset()

    def reset(self) -> None:
        self.result = None
        on_record = self.guide.items.get(self.person_id, ()) if self.guide and self.person_id else ()
        for item, edit in self.fields.items():
            edit.clear()
            edit.setEnabled(item in on_record)
            edit.setToolTip("" if item in on_record else self.tr("Not on record for this person"))
        if self.guide is not None and self.person_id is not None and not on_record:
            self._show(self.tr("Nothing on record to verify this person with: do not disclose; record why."),
                       "#b54708")
        else:
            self.outcome.setText("")
        self.checked.emit(None)

    def answers(self) -> dict[str, str]:
        return {item: edit.text() for item, edit in self.fields.items() if edit.isEnabled() and edit.text().strip()}

    def check(self) -> None:
        if self.account_id is None or self.person_id is None:
            return
        self.check_button.setEnabled(False)
        self.ctx.write(self, verification.verify_identity, self.ctx.session_factory, self.ctx.actor, self.account_id,
                       self.person_id, self.answers(), changes=Changes(), on_done=self._checked,
                       on_error=self._failed)

    def _checked(self, result: dict[str, Any]) -> None:
        self.check_button.setEnabled(True)
        self.result = result
        kind = str(result.get("result"))
        self._show(t(RESULT_TEXT.get(kind, kind)), RESULT_COLOURS.get(kind, "#344054"))
        self.checked.emit(result)

    def _failed(self, message: str, _trace: str) -> None:
        self.check_button.setEnabled(True)
        self._show(message, "#b42318")

    def _show(self, text: str, colour: str) -> None:
        self.outcome.setText(f"<span style='color:{colour}; font-weight:bold'>{html.escape(text)}</span>")


class CallScript(QGroupBox):
    """The client's call script, shown beside the record panel when the client has one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callScript")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.text = QTextBrowser()
        self.text.setObjectName("callScriptText")
        self.text.setOpenLinks(False)
        layout.addWidget(self.text)
        self.hide()

    def show_script(self, client: str, script: str | None) -> None:
        self.setTitle(self.tr("Call script: {client}").format(client=client))
        self.text.setPlainText(script or "")
        self.setVisible(bool(script))


class GuidedCall:
    """Loads the account's guide (what can be verified, the script) and feeds the two widgets."""

    def __init__(self, ctx: Any, owner: QWidget) -> None:
        self.ctx = ctx
        self.owner = owner
        self.identity = IdentityCheck(ctx)
        self.script = CallScript()
        self.guide: verification.CallGuide | None = None

    def show_account(self, account_id: uuid.UUID, person_id: uuid.UUID | None) -> None:
        self.guide = None
        self.identity.account_id = account_id
        self.identity.person_id = person_id
        self.script.hide()
        self.ctx.query(self.identity, verification.call_guide, self.ctx.session_factory, self.ctx.actor, account_id,
                       key="guide", on_done=lambda guide: self._loaded(account_id, guide),
                       on_error=lambda message, _trace: self.identity._show(message, "#b42318"))

    def _loaded(self, account_id: uuid.UUID, guide: verification.CallGuide) -> None:
        self.guide = guide
        self.identity.set_guide(account_id, guide)
        self.script.show_script(guide.client, guide.script)
