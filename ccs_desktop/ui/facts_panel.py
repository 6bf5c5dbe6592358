"""The Facts panel of an account workspace: the consumer's compliance records (bankruptcy, deceased, attorney,
cease, complaint, hardship, and the flags that stay bare) with who set each and when, and the "Consumer said..."
dialogs that record them. Clearing a bankruptcy, a death, an attorney or a cease takes a supervisor and a reason.

`FactsPanel(ctx)` is a plain QWidget the workspace puts in a tab and points at an account (`show_account`). Every
service call runs off the GUI thread through the context; the panel reloads when its account changed, whoever
changed it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QDateTime, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QMenu, QPlainTextEdit, QPushButton, QSpinBox, QTableWidget,
    QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from ..services.context import Changes
from ..services.facts import clearing, records, views
from .i18n import t

UTC = dt.timezone.utc
KIND_NAMES = {
    "bankruptcy": QT_TRANSLATE_NOOP("ccs", "Bankruptcy"), "deceased": QT_TRANSLATE_NOOP("ccs", "Deceased"),
    "attorney": QT_TRANSLATE_NOOP("ccs", "Attorney"), "cease": QT_TRANSLATE_NOOP("ccs", "Cease request"),
    "complaint": QT_TRANSLATE_NOOP("ccs", "Complaint"), "hardship": QT_TRANSLATE_NOOP("ccs", "Hardship"),
    "flag": QT_TRANSLATE_NOOP("ccs", "Flag"),
}
# What the "Consumer said..." menu records, in its order.
SAID = (
    ("bankruptcy", QT_TRANSLATE_NOOP("ccs", "Filed for bankruptcy…")),
    ("deceased", QT_TRANSLATE_NOOP("ccs", "The consumer has died…")),
    ("attorney", QT_TRANSLATE_NOOP("ccs", "Represented by an attorney…")),
    ("cease", QT_TRANSLATE_NOOP("ccs", "Cease: stop contacting me…")),
    ("hardship", QT_TRANSLATE_NOOP("ccs", "Hardship…")),
    ("complaint", QT_TRANSLATE_NOOP("ccs", "Complaint…")),
)
HEADERS = (QT_TRANSLATE_NOOP("ccs", "Record"), QT_TRANSLATE_NOOP("ccs", "Details"),
           QT_TRANSLATE_NOOP("ccs", "Covers"), QT_TRANSLATE_NOOP("ccs", "Set by, when"),
           QT_TRANSLATE_NOOP("ccs", "State"))


def _date(edit: QDateEdit) -> dt.date | None:
    """A date edit left at its minimum (shown blank as "not known") is no date."""
    return None if edit.date() == edit.minimumDate() else edit.date().toPython()


def _optional_date(parent: QWidget, *, past: bool = True, default: QDate | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(QDate(1900, 1, 1))
    edit.setSpecialValueText(t(QT_TRANSLATE_NOOP("ccs", "not known")))
    if past:
        edit.setMaximumDate(QDate.currentDate().addDays(1))
    edit.setDate(default or edit.minimumDate())
    return edit


class FactDialog(QDialog):
    """What one kind of record needs, the debts it covers and why; `fields()` gives the service's arguments."""

    def __init__(self, kind: str, account_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"factDialog_{kind}")
        self.setWindowTitle(t(KIND_NAMES[kind]))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.inputs: dict[str, Any] = {}
        getattr(self, f"_build_{kind}")(form)
        self.covers = QComboBox()
        self.covers.setObjectName("covers")
        self.covers.addItem(self.tr("Every debt of the consumer"), "person")
        self.covers.addItem(self.tr("This debt only (%1)").replace("%1", account_number), "debt")
        if kind == "bankruptcy":
            self.covers.setToolTip(self.tr("A filing stays every debt that arose before it (11 U.S.C. 362): record it "
                                           "on the consumer unless the debt is known to be in a case."))
        if kind != "deceased":
            form.addRow(self.tr("Covers"), self.covers)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("How we know (what the consumer said, a letter, a court notice…)"))
        form.addRow(self.tr("Why"), self.reason)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b42318")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _line(self, form: QFormLayout, name: str, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        form.addRow(label, edit)
        self.inputs[name] = edit
        return edit

    def _build_bankruptcy(self, form: QFormLayout) -> None:
        self.chapter = QComboBox()
        self.chapter.setObjectName("chapter")
        self.chapter.addItem(self.tr("Not known"), None)
        for chapter in records.CHAPTERS:
            self.chapter.addItem(self.tr("Chapter %1").replace("%1", str(chapter)), chapter)
        form.addRow(self.tr("Chapter"), self.chapter)
        self._line(form, "case_number", self.tr("Case number"), "1:26-bk-10234")
        self._line(form, "court", self.tr("Court"), self.tr("U.S. Bankruptcy Court, district"))
        self.filed_on = _optional_date(self)
        self.filed_on.setObjectName("filed_on")
        form.addRow(self.tr("Filed on"), self.filed_on)

    def _build_deceased(self, form: QFormLayout) -> None:
        self.died_on = _optional_date(self)
        self.died_on.setObjectName("died_on")
        form.addRow(self.tr("Date of death"), self.died_on)
        self._line(form, "rep_name", self.tr("Estate's representative"), self.tr("Name (optional)"))
        self.rep_kind = QComboBox()
        self.rep_kind.setObjectName("rep_kind")
        for value, label in (("executor", self.tr("Executor")), ("administrator", self.tr("Administrator")),
                             ("personal_representative", self.tr("Personal representative"))):
            self.rep_kind.addItem(label, value)
        form.addRow(self.tr("Representative is"), self.rep_kind)
        self._line(form, "rep_phone", self.tr("Representative's phone"))
        hint = QLabel(self.tr("The estate's representative may be contacted about the debt (12 CFR 1006.6(a)(4)); "
                              "they become a party of the consumer's accounts."))
        hint.setWordWrap(True)
        form.addRow(hint)

    def _build_attorney(self, form: QFormLayout) -> None:
        self._line(form, "firm", self.tr("Firm"))
        self._line(form, "attorney_name", self.tr("Attorney"))
        self._line(form, "phone", self.tr("Phone"), "(212) 555-0100")
        self._line(form, "email", self.tr("Email"))
        self._line(form, "address", self.tr("Address"))

    def _build_cease(self, form: QFormLayout) -> None:
        self.received = QDateTimeEdit(QDateTime.currentDateTime())
        self.received.setObjectName("received_at")
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        form.addRow(self.tr("Received"), self.received)
        self.via = QComboBox()
        self.via.setObjectName("received_via")
        for value, label in (("oral", self.tr("Orally (on this call)")), ("letter", self.tr("Letter")),
                             ("email", self.tr("Email")), ("fax", self.tr("Fax")), ("portal", self.tr("Portal"))):
            self.via.addItem(label, value)
        form.addRow(self.tr("How"), self.via)

    def _build_complaint(self, form: QFormLayout) -> None:
        self.origin = QComboBox()
        self.origin.setObjectName("received_from")
        for value, label in (("consumer", self.tr("The consumer")), ("cfpb", self.tr("CFPB")),
                             ("state_regulator", self.tr("State regulator")), ("bbb", self.tr("BBB"))):
            self.origin.addItem(label, value)
        form.addRow(self.tr("From"), self.origin)
        self.due = QSpinBox()
        self.due.setObjectName("due_days")
        self.due.setRange(1, 90)
        self.due.setValue(records.COMPLAINT_RESPONSE_DAYS)
        self.due.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Response due in"), self.due)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setFixedHeight(60)
        form.addRow(self.tr("What about"), self.summary)

    def _build_hardship(self, form: QFormLayout) -> None:
        self._line(form, "hardship_reason", self.tr("Hardship"), self.tr("Job loss, illness, disaster…"))
        self.ends_on = _optional_date(self, past=False, default=QDate.currentDate().addDays(30))
        self.ends_on.setObjectName("ends_on")
        self.ends_on.setMinimumDate(QDate.currentDate().addDays(-1))
        self.ends_on.setSpecialValueText(self.tr("until cleared"))
        form.addRow(self.tr("Until"), self.ends_on)

    def fields(self, account_id: uuid.UUID) -> dict[str, Any]:
        text = {name: edit.text().strip() or None for name, edit in self.inputs.items()}
        out: dict[str, Any] = {"reason": self.reason.text().strip() or None}
        if self.kind != "deceased":
            out["debt_ids"] = [account_id] if self.covers.currentData() == "debt" else []
        if self.kind == "bankruptcy":
            out.update(chapter=self.chapter.currentData(), case_number=text["case_number"], court=text["court"],
                       filed_on=_date(self.filed_on))
        elif self.kind == "deceased":
            out["died_on"] = _date(self.died_on)
            if text["rep_name"]:
                out["representative"] = records.Representative(text["rep_name"], self.rep_kind.currentData(),
                                                               phone=text["rep_phone"])
        elif self.kind == "attorney":
            out.update({k: text[k] for k in ("firm", "attorney_name", "phone", "email", "address")})
        elif self.kind == "cease":
            out.update(received_at=self.received.dateTime().toPython().astimezone(UTC),
                       received_via=self.via.currentData())
        elif self.kind == "complaint":
            out.update(received_from=self.origin.currentData(), summary=self.summary.toPlainText().strip() or None,
                       due_on=dt.date.today() + dt.timedelta(days=self.due.value()))
        elif self.kind == "hardship":
            ends = self.ends_on.date().toPython() if self.ends_on.date() != self.ends_on.minimumDate() else None
            out.update(hardship_reason=text["hardship_reason"], ends_on=ends)
        return out

    def _accept(self) -> None:
        if self.kind == "attorney" and not (self.inputs["firm"].text().strip()
                                            or self.inputs["attorney_name"].text().strip()):
            self.error.setText(self.tr("Give the attorney's name or firm."))
            return
        if self.kind == "hardship" and not self.inputs["hardship_reason"].text().strip():
            self.error.setText(self.tr("Say what the hardship is."))
            return
        self.accept()


class FactsPanel(QWidget):
    """The account's compliance records and the actions on them."""

    saved = Signal(str)  # a status line for the workspace: what was recorded or why it was refused

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsPanel")
        self.context = context
        self.account_id: uuid.UUID | None = None
        self.person_id: uuid.UUID | None = None
        self.account_number = ""
        self.facts: list[views.FactView] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.said_button = QToolButton()
        self.said_button.setObjectName("factsSaid")
        self.said_button.setText(self.tr("Record a fact…"))
        self.said_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.said_button)
        for kind, label in SAID:
            action = menu.addAction(t(label))
            action.setObjectName(f"said_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.ask(k))
        self.said_button.setMenu(menu)
        row.addWidget(self.said_button)
        self.consent_button = QPushButton(self.tr("Attorney allows contact…"))
        self.consent_button.setObjectName("attorneyConsent")
        self.consent_button.setToolTip(self.tr("The attorney consented to direct contact with the consumer, or did "
                                               "not respond within a reasonable time (15 U.S.C. 1692c(a)(2))"))
        self.consent_button.clicked.connect(self.attorney_allows)
        row.addWidget(self.consent_button)
        self.update_button = QPushButton(self.tr("Update…"))
        self.update_button.setObjectName("updateFact")
        self.update_button.setToolTip(self.tr("A bankruptcy case ended (discharged or dismissed); a complaint was "
                                              "responded to"))
        self.update_button.clicked.connect(self.update_selected)
        row.addWidget(self.update_button)
        self.clear_button = QPushButton(self.tr("Clear…"))
        self.clear_button.setObjectName("clearFact")
        self.clear_button.clicked.connect(self.clear_selected)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("factsTable")
        self.table.setHorizontalHeaderLabels([t(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        self.note = QLabel()
        self.note.setObjectName("factsNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._selection()
        context.changed.connect(self._changed)

    # --- loading ---

    def show_account(self, account_id: uuid.UUID, person_id: uuid.UUID | None, account_number: str) -> None:
        self.account_id, self.person_id, self.account_number = account_id, person_id, account_number
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            return
        self.context.query(self, views.account_facts, self.context.session_factory, self.context.actor,
                           self.account_id, key="facts", on_done=self._show, on_error=self._failed)

    def _changed(self, changes: Changes, _by: object) -> None:
        if self.account_id is not None and changes.touches(self.account_id):
            self.reload()

    def _show(self, facts: list[views.FactView]) -> None:
        self.facts = facts
        self.table.setRowCount(len(facts))
        struck = QFont()
        struck.setStrikeOut(True)
        for i, fact in enumerate(facts):
            state = self.tr("In force") if fact.in_force else (
                self.tr("Cleared by %1\n%2: %3").replace("%1", fact.cleared_by or "?")
                .replace("%2", fact.cleared_at.astimezone().strftime("%Y-%m-%d %H:%M") if fact.cleared_at else "")
                .replace("%3", fact.clear_reason or "") if fact.cleared_at else self.tr("Ended"))
            details = fact.summary + (f" — {fact.reason}" if fact.reason and fact.reason != fact.summary else "")
            cells = (t(KIND_NAMES.get(fact.kind, fact.kind)) if fact.kind != "flag" else fact.flag.replace("_", " "),
                     details, self._scope(fact.scope),
                     f"{fact.set_by}\n{fact.set_at.astimezone():%Y-%m-%d %H:%M}", state)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not fact.in_force:
                    item.setFont(struck)
                    item.setForeground(QColor("#667085"))
                elif col == 0 and fact.applies_here:
                    item.setForeground(QColor("#b42318"))
                self.table.setItem(i, col, item)
        live = [f for f in facts if f.in_force and f.applies_here]
        note = (self.tr("Nothing recorded restricts contact about this debt.") if not live else
                self.tr("%1 record(s) in force on this debt; the guardrails decide on them now.")
                .replace("%1", str(len(live))))
        if any(f.kind == "hardship" and not f.details.get("pauses_calls") for f in live):
            note += " " + self.tr("Hardship: agency policy does not pause calls; be considerate and offer a plan.")
        self.note.setText(note)
        self._selection()

    def _scope(self, scope: str) -> str:
        if scope == "every debt":
            return self.tr("Every debt")
        if scope == "this debt":
            return self.tr("This debt")
        return scope

    def _failed(self, message: str, _trace: str) -> None:
        self.note.setText(self.tr("Could not read the records: ") + message)

    def selected(self) -> views.FactView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.facts[rows[0].row()] if rows and rows[0].row() < len(self.facts) else None

    def _selection(self) -> None:
        fact = self.selected()
        supervisor = bool(getattr(self.context.actor, "is_supervisor", False))
        clearable = fact is not None and fact.in_force and fact.kind != "flag"
        self.clear_button.setEnabled(clearable and (supervisor or not fact.needs_supervisor))
        if clearable and fact.needs_supervisor and not supervisor:
            self.clear_button.setToolTip(self.tr("Only a supervisor clears this record, with a reason."))
        else:
            self.clear_button.setToolTip(self.tr("Clear the selected record (it stays in the history)."))
        self.consent_button.setEnabled(fact is not None and fact.kind == "attorney" and fact.in_force
                                       and not fact.details.get("direct_contact"))
        self.update_button.setEnabled(fact is not None and fact.in_force and fact.kind in ("bankruptcy", "complaint"))

    # --- actions ---

    def ask(self, kind: str) -> None:
        """The "Consumer said..." dialog of this kind of record, then the record, off the GUI thread."""
        if self.account_id is None or self.person_id is None:
            return
        dialog = FactDialog(kind, self.account_number, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.record(kind, **dialog.fields(self.account_id))

    def record(self, kind: str, **fields: Any) -> None:
        account_id = self.account_id
        self.note.setText(self.tr("Saving…"))
        self.context.write(self, records.set_fact, self.context.session_factory, self.context.actor, account_id,
                           self.person_id, kind, changes=lambda ids: Changes.for_accounts([*ids, account_id]),
                           on_done=lambda _ids: self._done(self.tr("Recorded. The guardrails now take it into "
                                                                   "account.")),
                           on_error=self._refused, **fields)

    def clear_selected(self) -> None:
        fact = self.selected()
        if fact is None or self.account_id is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Clear a record"), self.tr(
            "Why is the %1 record no longer in force? (kept with the record)").replace(
            "%1", t(KIND_NAMES.get(fact.kind, fact.kind)).lower()))
        if not ok:
            return
        self.clear(fact, reason)

    def clear(self, fact: views.FactView, reason: str) -> None:
        account_id = self.account_id
        self.context.write(self, clearing.clear_fact, self.context.session_factory, self.context.actor, account_id,
                           fact.kind, fact.id, reason, changes=lambda ids: Changes.for_accounts([*ids, account_id]),
                           on_done=lambda _ids: self._done(self.tr("Cleared.")), on_error=self._refused)

    def attorney_allows(self) -> None:
        fact = self.selected()
        if fact is None or fact.kind != "attorney" or self.account_id is None:
            return
        choices = [self.tr("The attorney consented to direct contact"),
                   self.tr("The attorney did not respond within a reasonable time (supervisor)")]
        choice, ok = QInputDialog.getItem(self, self.tr("Attorney"), self.tr("What happened?"), choices, 0, False)
        if not ok:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Attorney"), self.tr("How do we know? (kept with the record)"))
        if not ok:
            return
        answer = "consented" if choices.index(choice) == 0 else "no_response"
        account_id = self.account_id
        self.context.write(self, clearing.record_attorney_direct_contact, self.context.session_factory,
                           self.context.actor, account_id, fact.id, answer, reason,
                           changes=lambda ids: Changes.for_accounts([*ids, account_id]),
                           on_done=lambda _ids: self._done(self.tr("Recorded.")), on_error=self._refused)

    def update_selected(self) -> None:
        """A bankruptcy's outcome (the record stays in force until a supervisor clears it), or a complaint's
        response."""
        fact = self.selected()
        if fact is None or self.account_id is None:
            return
        account_id, factory, actor = self.account_id, self.context.session_factory, self.context.actor
        if fact.kind == "bankruptcy":
            outcomes = [self.tr("Discharged"), self.tr("Dismissed")]
            choice, ok = QInputDialog.getItem(self, self.tr("Bankruptcy"), self.tr("How did the case end?"),
                                              outcomes, 0, False)
            if not ok:
                return
            text, ok = QInputDialog.getText(self, self.tr("Bankruptcy"), self.tr("On (yyyy-mm-dd):"),
                                            text=dt.date.today().isoformat())
            if not ok:
                return
            try:
                on = dt.date.fromisoformat(text.strip())
            except ValueError:
                self._refused(self.tr("Not a date: %1").replace("%1", text), "")
                return
            job: tuple[Any, ...] = (clearing.record_bankruptcy_outcome, factory, actor, account_id, fact.id,
                                    ("discharged", "dismissed")[outcomes.index(choice)], on)
        else:
            text, ok = QInputDialog.getText(self, self.tr("Complaint"), self.tr("What was the response?"))
            if not ok:
                return
            job = (clearing.update_complaint, factory, actor, account_id, fact.id, "responded", text)
        self.context.write(self, *job, changes=lambda ids: Changes.for_accounts([*ids, account_id]),
                           on_done=lambda _ids: self._done(self.tr("Recorded.")), on_error=self._refused)

    def _done(self, message: str) -> None:
        self.note.setText(message)
        self.saved.emit(message)

    def _refused(self, message: str, _trace: str) -> None:
        self.note.setText(self.tr("Not recorded: ") + message)
        self.saved.emit(self.tr("Not recorded: ") + message)
