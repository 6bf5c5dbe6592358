"""The contact points editor, opened from the account workspace (Ctrl+Shift+N or "Contact points…"): a party's
phone numbers, addresses and email addresses, added and corrected through `services/accounts/contact_points`.

A number the consumer gives on a call takes a few keystrokes: Ctrl+Shift+N, type it, Enter (a cell from the
consumer by default; Tab reaches its type, consent and how it was given). Selecting a row fills its form, to
correct it; a number is marked wrong or disconnected and an address retired or marked bad with one button. Every
change runs off the GUI thread; a refusal (a number that is not one, a ZIP that does not exist or is in another
state) is shown in red under the form, and what was typed stays.
"""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.accounts import contact_points as cp
from ..services.context import Changes

PHONE_TYPES = ("cell", "home", "work", "other")


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[Any, list[str], bool]]) -> None:
    """Rows of (id, cells, greyed out): a bad or old contact point is shown grey."""
    table.setRowCount(len(rows))
    for r, (point_id, cells, grey) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, point_id)
            if grey:
                item.setForeground(Qt.GlobalColor.gray)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


def _selected(table: QTableWidget) -> uuid.UUID | None:
    items = table.selectedItems()
    return items[0].data(Qt.ItemDataRole.UserRole) if items else None


class ContactPointsDialog(QDialog):
    """One account's parties and their contact points; `saved` fires after each change the service accepted."""

    saved = Signal(object)    # PointResult
    failed = Signal(str)

    def __init__(self, context: Any, account_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.account_id = account_id
        self.parties: list[cp.PartyPoints] = []
        self.setObjectName("contactPointsDialog")
        self.setWindowTitle(self.tr("Contact points"))
        self.resize(860, 560)
        self._build()
        context.changed.connect(self._changed)
        self.reload()

    # --- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Party:")))
        self.party_combo = QComboBox()
        self.party_combo.setObjectName("partyCombo")
        self.party_combo.currentIndexChanged.connect(self._show_party)
        top.addWidget(self.party_combo, 1)
        self.zones_label = QLabel()
        self.zones_label.setObjectName("pointZones")
        top.addWidget(self.zones_label, 2)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("pointTabs")
        self.tabs.addTab(self._phones_tab(), self.tr("&Phones"))
        self.tabs.addTab(self._addresses_tab(), self.tr("&Addresses"))
        self.tabs.addTab(self._emails_tab(), self.tr("&Emails"))
        layout.addWidget(self.tabs, 1)

        reason_row = QHBoxLayout()
        reason_row.addWidget(QLabel(self.tr("Why:")))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("pointReason")
        self.reason_edit.setPlaceholderText(self.tr("Given by the consumer on a call (goes into the audit trail)"))
        reason_row.addWidget(self.reason_edit, 1)
        layout.addLayout(reason_row)
        self.error = QLabel()
        self.error.setObjectName("pointError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel#pointError { color: #b42318; background: #fef3f2; border: 1px solid #fda29b; "
                                 "border-radius: 4px; padding: 6px; }")
        self.error.hide()
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setObjectName("pointStatus")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.focus_new_number)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        """Enter saves the form it is typed in (each line edit's returnPressed); it never closes the editor."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _phones_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QHBoxLayout()
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("newNumber")
        self.number_edit.setPlaceholderText(self.tr("Number, e.g. (213) 555-0142"))
        self.number_edit.returnPressed.connect(self.add_phone)
        form.addWidget(self.number_edit, 2)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("phoneType")
        for value in PHONE_TYPES:
            self.type_combo.addItem(value, value)
        form.addWidget(self.type_combo)
        self.phone_source = self._source_combo("phoneSource")
        form.addWidget(self.phone_source)
        self.phone_consent = QCheckBox(self.tr("Consent"))
        self.phone_consent.setObjectName("phoneConsent")
        form.addWidget(self.phone_consent)
        self.phone_how = self._how_combo("phoneConsentHow")
        form.addWidget(self.phone_how)
        self.phone_primary = QCheckBox(self.tr("Primary"))
        self.phone_primary.setObjectName("phonePrimary")
        form.addWidget(self.phone_primary)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        for name, text, slot in (("addPhone", self.tr("Add number (Enter)"), self.add_phone),
                                 ("correctPhone", self.tr("Correct selected"), self.correct_phone),
                                 ("wrongNumber", self.tr("Wrong number"), lambda: self.mark_phone("wrong_number")),
                                 ("disconnected", self.tr("Disconnected"), lambda: self.mark_phone("disconnected"))):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.phones = _table("phonesTable", [self.tr("Number"), self.tr("Type"), self.tr("Source"), self.tr("Consent"),
                                             self.tr("State"), self.tr("Time zones")])
        self.phones.itemSelectionChanged.connect(self._phone_selected)
        layout.addWidget(self.phones, 1)
        return page

    def _addresses_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.line1_edit, self.line2_edit, self.city_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.state_edit, self.zip_edit, self.country_edit = QLineEdit(), QLineEdit(), QLineEdit("US")
        for name, edit in (("line1", self.line1_edit), ("line2", self.line2_edit), ("city", self.city_edit),
                           ("state", self.state_edit), ("zip", self.zip_edit), ("country", self.country_edit)):
            edit.setObjectName(f"address_{name}")
            edit.returnPressed.connect(self.add_address)
        row = QHBoxLayout()
        row.addWidget(self.state_edit)
        row.addWidget(QLabel(self.tr("ZIP / postcode")))
        row.addWidget(self.zip_edit)
        row.addWidget(QLabel(self.tr("Country")))
        row.addWidget(self.country_edit)
        self.address_source = self._source_combo("addressSource")
        row.addWidget(self.address_source)
        form.addRow(self.tr("Street"), self.line1_edit)
        form.addRow(self.tr("Line 2"), self.line2_edit)
        form.addRow(self.tr("City"), self.city_edit)
        form.addRow(self.tr("State"), row)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        for name, text, slot in (("addAddress", self.tr("Add address"), self.add_address),
                                 ("correctAddress", self.tr("Correct selected"), self.correct_address),
                                 ("retireAddress", self.tr("Retire (old address)"), lambda: self.retire_address(False)),
                                 ("badAddress", self.tr("Bad address (mail returned)"), lambda: self.retire_address(True))):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.addresses = _table("addressesTable", [self.tr("Address"), self.tr("State"), self.tr("Source"),
                                                   self.tr("Time zones")])
        self.addresses.itemSelectionChanged.connect(self._address_selected)
        layout.addWidget(self.addresses, 1)
        return page

    def _emails_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QHBoxLayout()
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("newEmail")
        self.email_edit.setPlaceholderText(self.tr("name@example.com"))
        self.email_edit.returnPressed.connect(self.add_email)
        form.addWidget(self.email_edit, 2)
        self.email_employer = QCheckBox(self.tr("Employer-provided"))
        self.email_employer.setObjectName("emailEmployer")
        self.email_consent = QCheckBox(self.tr("Consent to use it"))
        self.email_consent.setObjectName("emailConsent")
        self.email_how = self._how_combo("emailConsentHow")
        self.email_used = QCheckBox(self.tr("Consumer wrote from it"))
        self.email_used.setObjectName("emailUsed")
        self.email_source = self._source_combo("emailSource")
        for widget in (self.email_employer, self.email_consent, self.email_how, self.email_used, self.email_source):
            form.addWidget(widget)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        for name, text, slot in (("addEmail", self.tr("Add email"), self.add_email),
                                 ("correctEmail", self.tr("Correct selected"), self.correct_email)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.emails = _table("emailsTable", [self.tr("Email"), self.tr("Employer"), self.tr("Consent"),
                                             self.tr("Consumer wrote from it"), self.tr("Source")])
        self.emails.itemSelectionChanged.connect(self._email_selected)
        layout.addWidget(self.emails, 1)
        return page

    def _source_combo(self, name: str) -> QComboBox:
        return _editable_combo(name, cp.SOURCES, self.tr("Where it comes from"))

    def _how_combo(self, name: str) -> QComboBox:
        return _editable_combo(name, cp.CONSENT_HOW, self.tr("How the consent was given"))

    # --- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        self.context.query(self, cp.load_points, self.context.session_factory, self.context.actor, self.account_id,
                           key="points", on_done=self._loaded, on_error=self._show_error)

    def _changed(self, changes: Changes, _by: object) -> None:
        if changes.touches(self.account_id):
            self.reload()

    def _loaded(self, parties: list[cp.PartyPoints]) -> None:
        self.parties = parties
        chosen = self.person_id
        self.party_combo.blockSignals(True)
        self.party_combo.clear()
        for party in parties:
            self.party_combo.addItem(f"{party.name} ({party.role.replace('_', ' ')})", party.person_id)
        index = next((i for i, p in enumerate(parties) if p.person_id == chosen), 0)
        self.party_combo.setCurrentIndex(index)
        self.party_combo.blockSignals(False)
        self._show_party()

    @property
    def person_id(self) -> uuid.UUID | None:
        return self.party_combo.currentData() if self.party_combo.count() else None

    @property
    def party(self) -> cp.PartyPoints | None:
        return next((p for p in self.parties if p.person_id == self.person_id), None)

    def _show_party(self, *_args: Any) -> None:
        party = self.party
        if party is None:
            return
        self.zones_label.setText(self.tr("Time zones: ") + (", ".join(party.zones) or self.tr("unknown")))
        _fill(self.phones, [(p.id, [p.e164, p.type + (" · primary" if p.primary else ""), p.source or "",
                                    (f"{p.consent_how} {p.consent_at:%Y-%m-%d}" if p.consent and p.consent_at
                                     else "yes" if p.consent else ""),
                                    (p.bad_reason or "bad").replace("_", " ") if p.bad_number
                                    else "do not call" if p.do_not_call else "good",
                                    ", ".join(p.zones)], p.bad_number) for p in party.phones])
        _fill(self.addresses, [(a.id, [a.text, "bad address" if a.bad_address else "current" if a.current else "old",
                                       a.source or "", ", ".join(a.zones)], not a.current) for a in party.addresses])
        _fill(self.emails, [(e.id, [e.address, "yes" if e.employer_provided else "",
                                    (e.consent_how or "yes") if e.consent else "", "yes" if e.consumer_used else "",
                                    e.source or ""], e.opted_out) for e in party.emails])

    def _selected_point(self, table: QTableWidget, kind: str) -> Any:
        point_id = _selected(table)
        party = self.party
        if point_id is None or party is None:
            return None
        points = {"phone": party.phones, "address": party.addresses, "email": party.emails}[kind]
        return next((p for p in points if p.id == point_id), None)

    def _phone_selected(self) -> None:
        phone = self._selected_point(self.phones, "phone")
        if phone is None:
            return
        self.number_edit.setText(phone.e164)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(phone.type)))
        self.phone_source.setCurrentText(phone.source or "consumer")
        self.phone_consent.setChecked(phone.consent)
        self.phone_how.setCurrentText(phone.consent_how or cp.CONSENT_HOW[0])
        self.phone_primary.setChecked(phone.primary)

    def _address_selected(self) -> None:
        address = self._selected_point(self.addresses, "address")
        if address is None:
            return
        for edit, value in ((self.line1_edit, address.line1), (self.line2_edit, address.line2),
                            (self.city_edit, address.city), (self.state_edit, address.region),
                            (self.zip_edit, address.postal_code), (self.country_edit, address.country)):
            edit.setText(value or "")
        self.address_source.setCurrentText(address.source or "consumer")

    def _email_selected(self) -> None:
        email = self._selected_point(self.emails, "email")
        if email is None:
            return
        self.email_edit.setText(email.address)
        self.email_employer.setChecked(email.employer_provided)
        self.email_consent.setChecked(email.consent)
        self.email_how.setCurrentText(email.consent_how or cp.CONSENT_HOW[0])
        self.email_used.setChecked(email.consumer_used)
        self.email_source.setCurrentText(email.source or "consumer")

    def focus_new_number(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.phones.clearSelection()
        self.number_edit.clear()
        self.number_edit.setFocus()

    # --- changes ----------------------------------------------------------------------------------

    def _reason(self, default: str) -> str:
        return self.reason_edit.text().strip() or default

    def _phone_input(self) -> cp.PhoneInput:
        return cp.PhoneInput(self.number_edit.text(), self.type_combo.currentData(), self.phone_source.currentText(),
                             consent=self.phone_consent.isChecked(), consent_how=self.phone_how.currentText(),
                             primary=self.phone_primary.isChecked())

    def _address_input(self) -> cp.AddressInput:
        return cp.AddressInput(self.line1_edit.text(), self.city_edit.text(), self.state_edit.text(),
                               self.zip_edit.text(), self.line2_edit.text(), self.country_edit.text() or "US",
                               source=self.address_source.currentText())

    def _email_input(self) -> cp.EmailInput:
        return cp.EmailInput(self.email_edit.text(), self.email_employer.isChecked(), self.email_consent.isChecked(),
                             consent_how=self.email_how.currentText(), consumer_used=self.email_used.isChecked(),
                             source=self.email_source.currentText())

    def _run(self, fn: Any, *args: Any, done: str, **kwargs: Any) -> None:
        if self.person_id is None:
            return
        self.error.hide()
        self.status.setText(self.tr("Saving…"))
        self.context.write(self, fn, self.context.session_factory, self.context.actor, self.account_id, *args,
                           progress=self.tr("Saving…"), on_done=lambda result: self._saved(result, done),
                           on_error=self._show_error, **kwargs)

    def _saved(self, result: cp.PointResult, done: str) -> None:
        self.error.hide()
        self.reason_edit.clear()
        self.status.setText(done)
        if result.kind == "phone":
            self.number_edit.clear()
            self.phone_consent.setChecked(False)
            self.phone_primary.setChecked(False)
        elif result.kind == "email":
            self.email_edit.clear()
        self.saved.emit(result)

    def _show_error(self, message: str, _trace: str) -> None:
        self.status.setText("")
        self.error.setText(html.escape(message))
        self.error.show()
        self.failed.emit(message)

    def _need(self, point: Any, what: str) -> bool:
        if point is None:
            self._show_error(self.tr("Select the {what} first.").format(what=what), "")
            return False
        return True

    def add_phone(self) -> None:
        self._run(cp.add_phone, self.person_id, self._phone_input(),
                  self._reason(self.tr("Given by the consumer on a call")), done=self.tr("Number added."))

    def correct_phone(self) -> None:
        phone = self._selected_point(self.phones, "phone")
        if self._need(phone, self.tr("number")):
            self._run(cp.correct_phone, phone.id, self._phone_input(), self._reason(self.tr("Corrected on a call")),
                      done=self.tr("Number corrected."))

    def mark_phone(self, why_bad: str) -> None:
        phone = self._selected_point(self.phones, "phone")
        if self._need(phone, self.tr("number")):
            self._run(cp.mark_phone_bad, phone.id, why_bad, self.reason_edit.text().strip() or None,
                      done=self.tr("Number marked bad: it is no longer called."))

    def add_address(self) -> None:
        self._run(cp.add_address, self.person_id, self._address_input(),
                  self._reason(self.tr("Given by the consumer on a call")), done=self.tr("Address added."))

    def correct_address(self) -> None:
        address = self._selected_point(self.addresses, "address")
        if self._need(address, self.tr("address")):
            self._run(cp.correct_address, address.id, self._address_input(),
                      self._reason(self.tr("Corrected on a call")), done=self.tr("Address corrected."))

    def retire_address(self, bad: bool) -> None:
        address = self._selected_point(self.addresses, "address")
        if self._need(address, self.tr("address")):
            default = self.tr("Mail returned undeliverable") if bad else self.tr("The consumer no longer lives there")
            self._run(cp.retire_address, address.id, self._reason(default), bad=bad,
                      done=self.tr("Address retired."))

    def add_email(self) -> None:
        self._run(cp.add_email, self.person_id, self._email_input(),
                  self._reason(self.tr("Given by the consumer on a call")), done=self.tr("Email added."))

    def correct_email(self) -> None:
        email = self._selected_point(self.emails, "email")
        if self._need(email, self.tr("email address")):
            self._run(cp.correct_email, email.id, self._email_input(), self._reason(self.tr("Corrected on a call")),
                      done=self.tr("Email corrected."))


def _editable_combo(name: str, values, tooltip: str) -> QComboBox:
    """A choice from a known list that also takes a typed value."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setEditable(True)
    combo.addItems(list(values))
    combo.setToolTip(tooltip)
    return combo
