"""The dispute panel of an account workspace: the account's disputes, their history, actions and note thread.

`DisputePanel(ctx, account_id)` is a plain QWidget: the workspace embeds it in a tab. Every service call runs off
the GUI thread through the context; what a change changed goes out on `ctx.changed`, and the panel reloads when
its account or its disputes changed, whoever changed them.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit,
    QPushButton, QRadioButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..models.enums import DisputeResolution, DisputeStatus, ReceivedVia
from ..services.accounts import disputes
from ..services.context import Changes
from ..services.letters import template_letters
from .context import AppContext
from .i18n import t

UTC = dt.timezone.utc
S = DisputeStatus
# The service's STATUS_LABELS / RESOLUTION_LABELS, marked for translation (same English text).
STATUS_NAMES = {
    S.OPEN: QT_TRANSLATE_NOOP("ccs", "Open"), S.PROOF_REQUESTED: QT_TRANSLATE_NOOP("ccs", "Proof requested from client"),
    S.PROOF_RECEIVED: QT_TRANSLATE_NOOP("ccs", "Proof received"),
    S.VERIFICATION_SENT: QT_TRANSLATE_NOOP("ccs", "Verification sent"), S.RESOLVED: QT_TRANSLATE_NOOP("ccs", "Resolved"),
}
RESOLUTION_NAMES = {
    DisputeResolution.UPHELD: QT_TRANSLATE_NOOP("ccs", "Upheld (debt verified)"),
    DisputeResolution.CORRECTED: QT_TRANSLATE_NOOP("ccs", "Corrected"),
    DisputeResolution.ACCOUNT_CLOSED: QT_TRANSLATE_NOOP("ccs", "Account closed"),
}
VIA_NAMES = {ReceivedVia.WRITTEN: QT_TRANSLATE_NOOP("ccs", "Written"), ReceivedVia.ORAL: QT_TRANSLATE_NOOP("ccs", "Oral")}


def status_label(status: DisputeStatus) -> str:
    return t(STATUS_NAMES[status]) if status in STATUS_NAMES else disputes.STATUS_LABELS[status]


def resolution_label(resolution: DisputeResolution) -> str:
    return t(RESOLUTION_NAMES[resolution]) if resolution in RESOLUTION_NAMES else disputes.RESOLUTION_LABELS[resolution]


def _local(at: dt.datetime) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M")


def _money(amount: Decimal) -> str:
    return f"${amount:,.2f}"


class NewDisputeDialog(QDialog):
    """Received when, how, by whom (the signed-in user), type, amount (all or part), optional agency hold."""

    def __init__(self, types: list[tuple[str, str, bool]], balance: Decimal, can_hold: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a dispute"))
        self.balance = balance
        form = QFormLayout(self)
        self.received = QDateTimeEdit(QDateTime.currentDateTime())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        form.addRow(self.tr("Received"), self.received)
        self.via = QComboBox()
        self.via.addItem(self.tr("In writing (letter, email, form)"), ReceivedVia.WRITTEN)
        self.via.addItem(self.tr("Orally (phone, in person)"), ReceivedVia.ORAL)
        form.addRow(self.tr("How"), self.via)
        self.type = QComboBox()
        for code, label, commercial in types:
            self.type.addItem(label + ("  " + self.tr("(business)") if commercial else ""), code)
        form.addRow(self.tr("Type"), self.type)
        amount_row = QWidget()
        lay = QHBoxLayout(amount_row)
        lay.setContentsMargins(0, 0, 0, 0)
        self.whole = QRadioButton(self.tr("Whole balance ({amount})").format(amount=_money(balance)))
        self.part = QRadioButton(self.tr("Part:"))
        self.whole.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.part)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.amount.setEnabled(False)
        self.part.toggled.connect(self.amount.setEnabled)
        lay.addWidget(self.whole)
        lay.addWidget(self.part)
        lay.addWidget(self.amount)
        form.addRow(self.tr("Amount disputed"), amount_row)
        self.hold = QCheckBox(self.tr("Hold collection until verification is sent (agency decision)"))
        self.hold.setEnabled(can_hold)
        if not can_hold:
            self.hold.setToolTip(self.tr("A supervisor can place an agency hold. A written dispute inside the "
                                         "validation period is held automatically."))
        form.addRow("", self.hold)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What did the consumer say? (first note of the thread)"))
        self.note.setFixedHeight(70)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record dispute"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def data(self, account_id: uuid.UUID) -> disputes.DisputeInput:
        received = self.received.dateTime().toPython().astimezone(UTC)
        return disputes.DisputeInput(
            account_id=account_id, received_via=self.via.currentData(), type_code=self.type.currentData(),
            received_at=received, amount_disputed=self.amount.text().strip() if self.part.isChecked() else None,
            hold=self.hold.isChecked(), note=self.note.toPlainText().strip() or None)


class ResolveDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve the dispute"))
        form = QFormLayout(self)
        self.resolution = QComboBox()
        for value in disputes.RESOLUTION_LABELS:
            self.resolution.addItem(resolution_label(value), value)
        form.addRow(self.tr("Outcome"), self.resolution)
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(self.tr("e.g. balance corrected by $35.00 late fee"))
        form.addRow(self.tr("Detail"), self.detail)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class DisputePanel(QWidget):
    """An account's disputes. Usable inside an account workspace."""

    loaded = Signal()    # the list was (re)loaded
    failed = Signal(str)

    COLUMNS = (QT_TRANSLATE_NOOP("ccs", "Received"), QT_TRANSLATE_NOOP("ccs", "How"), QT_TRANSLATE_NOOP("ccs", "Type"),
               QT_TRANSLATE_NOOP("ccs", "Amount"), QT_TRANSLATE_NOOP("ccs", "Status"), QT_TRANSLATE_NOOP("ccs", "Collection"))

    def __init__(self, ctx: AppContext, account_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account_id
        self.views: list[disputes.DisputeView] = []
        self.types: list[tuple[str, str, bool]] = []
        self.balance = Decimal("0.00")
        self._build()
        self.ctx.changed.connect(self._on_changed)
        self.reload()

    # --- layout -------------------------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Disputes"))
        font = title.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        title.setFont(font)
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("New dispute…"))
        self.new_button.clicked.connect(self._new_dispute)
        top.addWidget(self.new_button)
        root.addLayout(top)

        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("disputeMessage")
        root.addWidget(self.message)

        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([t(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        split.addWidget(self.table)

        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        dl.addWidget(self.summary)
        actions = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label in (("proof_requested", self.tr("Request proof")), ("proof_received", self.tr("Proof received")),
                           ("send_verification", self.tr("Send verification letter")),
                           ("verification_sent", self.tr("Verification sent (outside the app)")),
                           ("resolve", self.tr("Resolve…")), ("hold", self.tr("Hold collection…"))):
            button = QPushButton(label)
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, k=key: self._action(k))
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        dl.addLayout(actions)

        lower = QSplitter(Qt.Orientation.Horizontal)
        history_box = QGroupBox(self.tr("History"))
        hl = QVBoxLayout(history_box)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.history.setSpacing(3)
        self.history.setAlternatingRowColors(True)
        hl.addWidget(self.history)
        lower.addWidget(history_box)

        notes_box = QGroupBox(self.tr("Notes"))
        nl = QVBoxLayout(notes_box)
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.setSpacing(3)
        self.notes.setAlternatingRowColors(True)
        self.notes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes.itemSelectionChanged.connect(self._note_selected)
        nl.addWidget(self.notes)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("Add to the thread. Notes are never edited: to fix one, select "
                                                  "it and write a correction."))
        self.note_edit.setFixedHeight(60)
        nl.addWidget(self.note_edit)
        row = QHBoxLayout()
        row.addStretch(1)
        self.correct_button = QPushButton(self.tr("Add as correction of the selected note"))
        self.correct_button.setEnabled(False)
        self.correct_button.clicked.connect(lambda: self._add_note(correct=True))
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.setEnabled(False)
        self.add_note_button.clicked.connect(lambda: self._add_note(correct=False))
        row.addWidget(self.correct_button)
        row.addWidget(self.add_note_button)
        nl.addLayout(row)
        lower.addWidget(notes_box)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        dl.addWidget(lower, 1)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        root.addWidget(split, 1)

    # --- loading ------------------------------------------------------------------------------------------

    def _load(self) -> tuple[list[disputes.DisputeView], list[tuple[str, str, bool]], Decimal]:
        views = disputes.list_disputes(self.ctx.session_factory, self.ctx.actor, self.account_id)
        types = [(t.code, t.label, t.commercial) for t in disputes.dispute_types(self.ctx.session_factory)]
        balance = disputes.account_balance(self.ctx.session_factory, self.ctx.actor, self.account_id)
        return views, types, balance

    def reload(self, select: uuid.UUID | None = None) -> None:
        current = select or self.selected_id()
        self._run(self._load, lambda result: self._loaded(result, current), key="load")

    def _loaded(self, result: tuple[Any, Any, Decimal], select: uuid.UUID | None) -> None:
        self.views, self.types, self.balance = result
        self.table.setRowCount(len(self.views))
        for row, v in enumerate(self.views):
            via = t(VIA_NAMES[v.received_via]) if v.received_via in VIA_NAMES else v.received_via.value.capitalize()
            cells = (_local(v.received_at), via, v.type_label,
                     _money(v.amount_disputed) + ("" if v.whole_balance else " " + self.tr("(part)")),
                     status_label(v.status) + (f": {v.resolution.value}" if v.resolution else ""),
                     self.tr("HELD") if v.hold else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, v.id)
                if v.hold and col == 5:
                    item.setForeground(QColor("#b00020"))
                    f = item.font()
                    f.setBold(True)
                    item.setFont(f)
                self.table.setItem(row, col, item)
        target = next((r for r, v in enumerate(self.views) if v.id == select), 0 if self.views else None)
        if target is not None:
            self.table.selectRow(target)
        self._show_selected()
        self.loaded.emit()

    # --- the selected dispute --------------------------------------------------------------------------------

    def selected_id(self) -> uuid.UUID | None:
        view = self.selected()
        return view.id if view else None

    def selected(self) -> disputes.DisputeView | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.views):
            return None
        return self.views[rows[0].row()]

    def _show_selected(self) -> None:
        v = self.selected()
        self.history.clear()
        self.notes.clear()
        for button in self.buttons.values():
            button.setEnabled(False)
        self.add_note_button.setEnabled(v is not None)
        self.correct_button.setEnabled(False)
        if v is None:
            self.summary.setText("<i>" + self.tr("No dispute on this account.") + "</i>" if not self.views else "")
            return
        period = (self.tr("inside the validation period") if v.within_validation_period
                  else self.tr("after the validation period"))
        if v.validation_period_end:
            period += " " + self.tr("(ends {date})").format(date=f"{v.validation_period_end:%Y-%m-%d}")
        received = (self.tr("{amount} (whole balance), received {how} on {when} by {who}") if v.whole_balance else
                    self.tr("{amount} (part of the balance), received {how} on {when} by {who}")).format(
            amount=_money(v.amount_disputed), how=(t(VIA_NAMES[v.received_via]) if v.received_via in VIA_NAMES
                                                   else v.received_via.value).lower(),
            when=_local(v.received_at), who=html.escape(v.received_by or self.tr("system")))
        parts = [f"<b>{html.escape(v.type_label)}</b> — {received}, {period}.",
                 self.tr("Status: {status}").format(status=f"<b>{status_label(v.status)}</b>")
                 + (f" — {resolution_label(v.resolution)}" if v.resolution else "")
                 + (" " + self.tr("(cycle time {days} days)").format(days=f"{v.cycle_days:.1f}")
                    if v.cycle_days is not None else "")]
        if v.hold:
            why = (self.tr("a written dispute inside the validation period")
                   if v.within_validation_period and v.received_via == ReceivedVia.WRITTEN
                   else self.tr("held by the agency"))
            parts.append("<span style='color:#b00020'>" + self.tr(
                "<b>Collection is held</b> ({why}) until the verification is sent: only the verification may go out.")
                .format(why=why) + "</span>")
        self.summary.setText("<br>".join(parts))
        nxt = v.next_states
        sup = self.ctx.actor.is_supervisor
        self.buttons["proof_requested"].setEnabled(S.PROOF_REQUESTED in nxt)
        self.buttons["proof_received"].setEnabled(S.PROOF_RECEIVED in nxt)
        self.buttons["send_verification"].setEnabled(S.VERIFICATION_SENT in nxt)
        self.buttons["verification_sent"].setEnabled(S.VERIFICATION_SENT in nxt)
        self.buttons["resolve"].setEnabled(S.RESOLVED in nxt and sup)
        self.buttons["hold"].setEnabled(sup and not v.hold and v.status not in (S.VERIFICATION_SENT, S.RESOLVED))
        for e in v.events:
            change = (status_label(S(e.to_status)) if not e.from_status or e.from_status != e.to_status
                      else self.tr("Note on state"))
            text = f"{_local(e.at)}  {change}  — {e.user or self.tr('system')}"
            if e.detail:
                text += f"\n{e.detail}"
            self.history.addItem(text)
        corrected = {n.id for n in v.notes if n.corrected_by}
        by_id = {n.id: n for n in v.notes}
        for n in v.notes:
            head = f"{_local(n.at)} — {n.author or self.tr('system')}"
            if n.corrects_id:
                old = by_id.get(n.corrects_id)
                head += "  " + self.tr("(corrects the note of {when})").format(
                    when=_local(old.at) if old else self.tr("earlier"))
            item = QListWidgetItem(f"{head}\n{n.text}")
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            if n.id in corrected:
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(QColor("#6b7280"))
                item.setToolTip(self.tr("Corrected by a later note; kept as written."))
            self.notes.addItem(item)

    def _note_selected(self) -> None:
        self.correct_button.setEnabled(bool(self.notes.selectedItems()))

    # --- actions -----------------------------------------------------------------------------------------

    def _on_changed(self, changes: Changes, by: object) -> None:
        """Another screen changed this account or one of its disputes (this panel reloads after its own)."""
        if by is self:
            return
        if changes.touches(self.account_id) or changes.disputes & {v.id for v in self.views}:
            self.reload()

    def _run(self, fn: Any, on_done: Any, *args: Any, key: str | None = None, write: bool = False,
             **kwargs: Any) -> None:
        """Through the context; the panel may be gone (the workspace moved to another account) before the work
        ends, and then nothing comes back to it."""
        self.setCursor(Qt.CursorShape.BusyCursor)
        run = self.ctx.write if write else self.ctx.query
        run(self, fn, *args, key=key, on_done=lambda r: self._finished(on_done, r), on_error=self._error, **kwargs)

    def _finished(self, on_done: Any, result: Any) -> None:
        self.unsetCursor()
        on_done(result)

    def _error(self, message: str, _trace: str) -> None:
        self.unsetCursor()
        self.message.setText(f"<span style='color:#b00020'>{html.escape(message)}</span>")
        self.failed.emit(message)

    def _changed(self, view_or_id: Any, message: str) -> None:
        self.message.setText(message)
        self.reload()  # keeps the selection

    def record(self, data: disputes.DisputeInput) -> None:
        self._run(disputes.record_dispute, lambda v: self._after_record(v), self.ctx.session_factory,
                  self.ctx.actor, data, write=True, progress=self.tr("Recording the dispute…"))

    def _after_record(self, view: disputes.DisputeView) -> None:
        text = self.tr("Dispute recorded.")
        if view.hold:
            text += " " + self.tr("Collection is held on this account until the verification is sent.")
        self.message.setText(text)
        self.reload(view.id)

    def change(self, to: DisputeStatus, resolution: DisputeResolution | None = None, detail: str | None = None) -> None:
        dispute_id = self.selected_id()
        if dispute_id is None:
            return
        self._run(disputes.change_status, lambda v: self._changed(v, self.tr("Dispute: {status}.").format(status=status_label(to).lower())),
                  self.ctx.session_factory, self.ctx.actor, dispute_id, to, resolution=resolution, detail=detail,
                  write=True)

    def send_verification(self) -> None:
        dispute_id = self.selected_id()
        if dispute_id is None:
            return
        self._run(template_letters.send_verification,
                  lambda v: self._changed(v, self.tr("Verification letter sent and kept with the account; the "
                                                     "collection hold is lifted.")),
                  self.ctx.session_factory, self.ctx.actor, dispute_id, write=True,
                  progress=self.tr("Sending the verification letter…"))

    def hold(self, reason: str) -> None:
        dispute_id = self.selected_id()
        if dispute_id is None:
            return
        self._run(disputes.set_hold, lambda v: self._changed(v, self.tr("Collection is held on this dispute.")),
                  self.ctx.session_factory, self.ctx.actor, dispute_id, reason, write=True)

    def add_note(self, text: str, corrects_id: uuid.UUID | None = None) -> None:
        dispute_id = self.selected_id()
        if dispute_id is None:
            return
        self._run(disputes.add_note, lambda n: self._note_added(), self.ctx.session_factory, self.ctx.actor,
                  dispute_id, text, corrects_id, write=True)

    def _note_added(self) -> None:
        self.note_edit.clear()
        self.message.setText(self.tr("Note added."))
        self.reload()

    def _add_note(self, correct: bool) -> None:
        corrects = None
        if correct and self.notes.selectedItems():
            corrects = self.notes.selectedItems()[0].data(Qt.ItemDataRole.UserRole)
        self.add_note(self.note_edit.toPlainText(), corrects)

    def _new_dispute(self) -> None:
        dialog = NewDisputeDialog(self.types, self.balance, self.ctx.actor.is_supervisor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record(dialog.data(self.account_id))

    def confirm_verification(self, key: str) -> bool:
        """Sending the verification (or recording one sent outside the app) lifts the hold: asked first."""
        view = self.selected()
        if view is None:
            return False
        question = (self.tr("Send the verification letter for this dispute now?") if key == "send_verification"
                    else self.tr("Record that the verification was sent outside the app?"))
        if view.hold:
            question += "\n\n" + self.tr("This lifts the collection hold: the account can be called and written to "
                                          "again.")
        answer = QMessageBox.question(self, self.tr("Verification"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _action(self, key: str) -> None:
        if key in ("send_verification", "verification_sent") and not self.confirm_verification(key):
            return
        if key in ("proof_requested", "proof_received", "verification_sent"):
            self.change(S(key))
        elif key == "send_verification":
            self.send_verification()
        elif key == "resolve":
            dialog = ResolveDialog(self)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.change(S.RESOLVED, dialog.resolution.currentData(), dialog.detail.text().strip() or None)
        elif key == "hold":
            from PySide6.QtWidgets import QInputDialog

            reason, ok = QInputDialog.getText(self, self.tr("Hold collection"), self.tr("Why is collection held?"))
            if ok and reason.strip():
                self.hold(reason.strip())
