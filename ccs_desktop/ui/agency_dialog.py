"""Agency settings (admin): the one record of the agency's identity that every letter, report and screen uses."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..services import agency
from .context import AppContext

ZONES = ("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
         "America/Anchorage", "Pacific/Honolulu", "America/Toronto", "America/Winnipeg", "America/Edmonton",
         "America/Vancouver", "America/Halifax", "America/St_Johns")


class AgencyDialog(QDialog):
    """Legal name, trade name, address, phone, hours, web site, dispute email, payment address, licence numbers by
    state and time zone. Admins save; everyone else reads."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("agencyDialog")
        self.setWindowTitle(self.tr("Agency settings"))
        self.resize(640, 620)
        self.legal_name, self.trade_name = QLineEdit(), QLineEdit()
        self.address, self.payment_address, self.licences = QPlainTextEdit(), QPlainTextEdit(), QPlainTextEdit()
        for box in (self.address, self.payment_address, self.licences):
            box.setTabChangesFocus(True)
            box.setFixedHeight(70)
        self.phone, self.hours, self.hours_es = QLineEdit(), QLineEdit(), QLineEdit()
        self.website, self.email = QLineEdit(), QLineEdit()
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.addItems(ZONES)
        self.licences.setPlaceholderText(self.tr("One per line: WA: CAG-601-234-567"))
        self.payment_address.setPlaceholderText(self.tr("Empty: payments go to the address above"))
        self.trade_name.setPlaceholderText(self.tr("The name consumers know (empty: the legal name)"))

        form = QFormLayout()
        for label, widget in ((self.tr("Legal name"), self.legal_name), (self.tr("Trade name"), self.trade_name),
                              (self.tr("Address"), self.address), (self.tr("Phone"), self.phone),
                              (self.tr("Hours (English)"), self.hours), (self.tr("Hours (Spanish)"), self.hours_es),
                              (self.tr("Web site"), self.website), (self.tr("Dispute email"), self.email),
                              (self.tr("Payment address"), self.payment_address),
                              (self.tr("Licence numbers"), self.licences), (self.tr("Time zone"), self.time_zone)):
            form.addRow(label, widget)
        self.message = QLabel("")
        self.message.setObjectName("agencyMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(context.actor.is_admin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if not context.actor.is_admin:
            self.message.setText(self.tr("Only an administrator changes the agency's settings."))
        context.query(self, agency.get, context.session_factory, context.actor, on_done=self.show_record)

    def show_record(self, record: agency.Agency | None) -> None:
        if record is None:
            self.message.setText(self.tr("Not set yet: letters are refused until the agency's name, address, phone "
                                         "and hours are saved here."))
            return
        self.legal_name.setText(record.legal_name)
        self.trade_name.setText(record.trade_name or "")
        self.address.setPlainText("\n".join(record.address_lines))
        self.phone.setText(record.phone)
        self.hours.setText(record.hours)
        self.hours_es.setText(record.hours_es)
        self.website.setText(record.website or "")
        self.email.setText(record.email or "")
        self.payment_address.setPlainText("\n".join(record.payment_address_lines))
        self.licences.setPlainText("\n".join(f"{k}: {v}" for k, v in record.licences.items()))
        self.time_zone.setCurrentText(record.time_zone)

    def values(self) -> dict[str, Any]:
        return {"legal_name": self.legal_name.text(), "trade_name": self.trade_name.text(),
                "address_lines": self.address.toPlainText(), "phone": self.phone.text(), "hours": self.hours.text(),
                "hours_es": self.hours_es.text(), "website": self.website.text(), "email": self.email.text(),
                "payment_address_lines": self.payment_address.toPlainText(),
                "licences": self.licences.toPlainText(), "time_zone": self.time_zone.currentText().strip()}

    def save(self) -> None:
        self.message.setText(self.tr("Saving…"))
        self.context.write(self, agency.save, self.context.session_factory, self.context.actor, **self.values(),
                           on_done=self._saved, on_error=lambda m, _t: self.message.setText(m))

    def _saved(self, saved: agency.Saved) -> None:
        self.show_record(saved.agency)
        self.message.setText(self.tr("Saved: letters use these details from now on."))
