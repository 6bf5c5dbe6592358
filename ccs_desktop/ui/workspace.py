"""The account workspace: who the consumer is, where and when they are, how to reach them, what happened before,
and a keyboard-driven panel that records what happens now (through the contact service and its guardrails).

Keys (see docs/collector.md): 1-9 pick a result code (its configured shortcut), Ctrl+Enter records, Ctrl+D dials
the selected number (tel: link), Ctrl+L writes a quick account note (Notes tab), Alt+1..Alt+6 switch tabs.
A conversation is saved only with the disclosure given after the identity check, or with the reason it was not
(ui/guided_call.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import logging
import time
import uuid
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..models.enums import Channel, Direction
from ..services.accounts import workspace
from ..services.accounts.queue import CallableState
from ..services.context import Changes, changes_of
from . import i18n, workers
from .date_input import DateInput
from .guided_call import GuidedCall
from .i18n import t
from .queue_model import reason_text, state_colour, until_text
from .workspace_money import MoneyTabs
from .workspace_promise_form import InlinePromiseForm, record_with_promise

log = logging.getLogger(__name__)
UTC = dt.timezone.utc

FLAG_LABELS = {
    "attorney_represented": QT_TRANSLATE_NOOP("ccs", "Attorney"),
    "cease_requested": QT_TRANSLATE_NOOP("ccs", "Cease"),
    "dispute_unverified": QT_TRANSLATE_NOOP("ccs", "Dispute"),
    "bankruptcy": QT_TRANSLATE_NOOP("ccs", "Bankruptcy"),
    "deceased": QT_TRANSLATE_NOOP("ccs", "Deceased"),
    "hardship": QT_TRANSLATE_NOOP("ccs", "Hardship"),
    "complaint": QT_TRANSLATE_NOOP("ccs", "Complaint"),
    "work_contact_prohibited": QT_TRANSLATE_NOOP("ccs", "No work calls"),
}
FLAG_COLOURS = {
    "attorney_represented": "#6941c6", "cease_requested": "#b42318", "dispute_unverified": "#b54708",
    "bankruptcy": "#344054", "deceased": "#101828", "hardship": "#026aa2", "complaint": "#c11574",
    "work_contact_prohibited": "#475467",
}
SCORE_LABELS = {
    "balance": QT_TRANSLATE_NOOP("ccs", "Balance"),
    "age": QT_TRANSLATE_NOOP("ccs", "Fresh debt"),
    "last_payment": QT_TRANSLATE_NOOP("ccs", "Paid recently"),
    "promise_due": QT_TRANSLATE_NOOP("ccs", "Promise due"),
    "broken_promise": QT_TRANSLATE_NOOP("ccs", "Broken promise"),
    "callback_due": QT_TRANSLATE_NOOP("ccs", "Callback due"),
    "dispute": QT_TRANSLATE_NOOP("ccs", "Open dispute"),
    "right_party": QT_TRANSLATE_NOOP("ccs", "Right-party contacts"),
}
WORDS = {  # values shown from the data, translated where shown
    "principal": QT_TRANSLATE_NOOP("ccs", "Principal"), "interest": QT_TRANSLATE_NOOP("ccs", "Interest"),
    "fees": QT_TRANSLATE_NOOP("ccs", "Fees"), "costs": QT_TRANSLATE_NOOP("ccs", "Costs"),
    "consumer": QT_TRANSLATE_NOOP("ccs", "Consumer"), "cosigner": QT_TRANSLATE_NOOP("ccs", "Co-signer"),
    "attorney": QT_TRANSLATE_NOOP("ccs", "Attorney"), "third_party": QT_TRANSLATE_NOOP("ccs", "Third party"),
    "call": QT_TRANSLATE_NOOP("ccs", "Call"), "sms": QT_TRANSLATE_NOOP("ccs", "SMS"),
    "email": QT_TRANSLATE_NOOP("ccs", "Email"), "letter": QT_TRANSLATE_NOOP("ccs", "Letter"),
    "outbound": QT_TRANSLATE_NOOP("ccs", "Outbound"), "inbound": QT_TRANSLATE_NOOP("ccs", "Inbound"),
    "cell": QT_TRANSLATE_NOOP("ccs", "cell"), "home": QT_TRANSLATE_NOOP("ccs", "home"),
    "work": QT_TRANSLATE_NOOP("ccs", "work"), "other": QT_TRANSLATE_NOOP("ccs", "other"),
}
TAB_TITLES = (QT_TRANSLATE_NOOP("ccs", "Promises"), QT_TRANSLATE_NOOP("ccs", "Payments"),
              QT_TRANSLATE_NOOP("ccs", "Disputes"), QT_TRANSLATE_NOOP("ccs", "Documents"))
LOG_HEADERS = (QT_TRANSLATE_NOOP("ccs", "When"), QT_TRANSLATE_NOOP("ccs", "Channel"), QT_TRANSLATE_NOOP("ccs", "Number"),
               QT_TRANSLATE_NOOP("ccs", "In/Out"), QT_TRANSLATE_NOOP("ccs", "Result"),
               QT_TRANSLATE_NOOP("ccs", "Collector"), QT_TRANSLATE_NOOP("ccs", "Notes"))


def status_label(value: str) -> str:
    from ..models.enums import AccountStatus
    from .queue_view import STATUS_LABELS

    try:
        return t(STATUS_LABELS[AccountStatus(value)])
    except ValueError:
        return value


def word(value: str) -> str:
    return t(WORDS.get(value, value))
SAID_ACTIONS = (
    ("wrong_number", QT_TRANSLATE_NOOP("ccs", "Wrong number (the selected number)")),
    ("do_not_call", QT_TRANSLATE_NOOP("ccs", "Do not call the selected number")),
    ("cease", QT_TRANSLATE_NOOP("ccs", "Cease: stop contacting me…")),
    ("bankruptcy", QT_TRANSLATE_NOOP("ccs", "Filed for bankruptcy…")),
    ("deceased", QT_TRANSLATE_NOOP("ccs", "The consumer has died…")),
    ("refuse_call", QT_TRANSLATE_NOOP("ccs", "Refuses calls")),
    ("refuse_sms", QT_TRANSLATE_NOOP("ccs", "Refuses text messages")),
    ("refuse_email", QT_TRANSLATE_NOOP("ccs", "Refuses email")),
    ("inconvenient", QT_TRANSLATE_NOOP("ccs", "Inconvenient time…")),
    ("attorney", QT_TRANSLATE_NOOP("ccs", "Represented by an attorney…")),
    ("consent", QT_TRANSLATE_NOOP("ccs", "Consents to calls")),
    ("hardship", QT_TRANSLATE_NOOP("ccs", "Hardship…")),
    ("work", QT_TRANSLATE_NOOP("ccs", "No calls at work")),
    ("complaint", QT_TRANSLATE_NOOP("ccs", "Complaint…")),
)
DISCLOSURES = {
    "mini_miranda": QT_TRANSLATE_NOOP("ccs", "Mini-Miranda: \"This is a communication from a debt collector. This is an "
                                             "attempt to collect a debt and any information obtained will be used for "
                                             "that purpose.\""),
    "debt_collector": QT_TRANSLATE_NOOP("ccs", "Say that this is a communication from a debt collector "
                                               "(Reg F 1006.18(e))."),
}


def _money(currency: str, amount: Any) -> str:
    return f"{currency} {amount:,.2f}"


def _when(at: dt.datetime, zones: tuple[str, ...]) -> str:
    """An instant in the collector's time and the consumer's (first candidate) zone."""
    mine = at.astimezone()
    text = t(QT_TRANSLATE_NOOP("ccs", "{time} (you)")).format(time=f"{mine:%Y-%m-%d %H:%M}")
    if zones:
        theirs = at.astimezone(ZoneInfo(zones[0]))
        text += " · " + t(QT_TRANSLATE_NOOP("ccs", "{time} (consumer)")).format(time=f"{theirs:%H:%M %Z}")
    return text


def state_label(state: CallableState, zones: tuple[str, ...]) -> str:
    if state.state == "callable":
        return t(QT_TRANSLATE_NOOP("ccs", "Callable now"))
    if state.state == "blocked":
        return t(QT_TRANSLATE_NOOP("ccs", "Blocked"))
    if state.until is None:
        return t(QT_TRANSLATE_NOOP("ccs", "Not now"))
    return t(QT_TRANSLATE_NOOP("ccs", "Not until {when}")).format(when=until_text(state.until, zones))


class Badge(QLabel):
    def __init__(self, text: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("badge")
        self.setStyleSheet(f"QLabel#badge {{ background: {colour}; color: white; border-radius: 8px; "
                           "padding: 2px 8px; font-weight: bold; }")


class AccountWorkspace(QWidget):
    """One account at a time. `show_account(id)` loads it off the GUI thread (a newer load supersedes an older
    one, so a slow account never replaces the one asked for since); `recorded` fires after a save. It reloads
    when the context says its account changed, whoever changed it."""

    loaded = Signal(object)          # AccountView
    recorded = Signal(object)        # the ContactAttempt
    refused = Signal(object)         # the guardrail Decision
    load_failed = Signal(str)

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.view: workspace.AccountView | None = None
        self.clock: dt.datetime | None = None   # tests fix "now"
        self._opened_at = time.monotonic()
        self._result_code: str | None = None
        # After a database fault the save may or may not have reached the database: the retry sends the same
        # operation id, so the contact service records it once (`record_attempt` skips an id it already has).
        self._unsure_op_id: uuid.UUID | None = None
        self._retry_job: Any = None
        self.setObjectName("accountWorkspace")
        self._build()
        self._shortcuts()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        context.changed.connect(self._changed)

    # --- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        # Words used inside formatted text (lupdate reads these literals).
        self._words = {
            "status": self.tr("status"), "Balance": self.tr("Balance"), "Placed": self.tr("Placed"),
            "Charged off": self.tr("Charged off"), "Delinquent": self.tr("Delinquent"), "Last paid": self.tr("Last paid"),
            "Score": self.tr("Score"), "allowed from": self.tr("allowed from"), "at": self.tr("at"),
            "Not recorded: the guardrails refuse this contact.": self.tr("Not recorded: the guardrails refuse this contact."),
        }
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.guided = GuidedCall(self.context, self)
        self.money = MoneyTabs(self.context, self)  # the Promises and Payments tabs and the header's arrangement line

        header = QFrame()
        header.setObjectName("workspaceHeader")
        header.setStyleSheet("QFrame#workspaceHeader { background: palette(alternate-base); border-radius: 6px; }")
        grid = QGridLayout(header)
        self.name_label = QLabel()
        self.name_label.setObjectName("consumerName")
        self.name_label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.badges = QHBoxLayout()
        self.badges.setSpacing(4)
        badge_box = QWidget()
        badge_box.setLayout(self.badges)
        self.account_label = QLabel()
        self.times_label = QLabel()
        self.times_label.setObjectName("localTimes")
        self.times_label.setStyleSheet("font-size: 14px;")
        self.times_label.setWordWrap(True)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timeOnAccount")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer_label.setStyleSheet("font-size: 14px; font-weight: bold;")
        self.state_label = QLabel()
        self.state_label.setObjectName("accountState")
        self.state_label.setWordWrap(True)
        self.balances_label = QLabel()
        self.balances_label.setObjectName("balances")
        self.dates_label = QLabel()
        self.dates_label.setObjectName("dates")
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(badge_box, 0, 1)
        grid.addWidget(self.timer_label, 0, 2)
        grid.addWidget(self.account_label, 1, 0, 1, 2)
        grid.addWidget(self.times_label, 1, 2)
        grid.addWidget(self.balances_label, 2, 0)
        grid.addWidget(self.dates_label, 2, 1, 1, 2)
        grid.addWidget(self.state_label, 3, 0, 1, 3)
        grid.addWidget(self.money.header_label, 4, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        outer.addWidget(header)

        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split, 1)

        # Left: parties and how to reach them; why the account is here.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.parties = QTreeWidget()
        self.parties.setObjectName("parties")
        self.parties.setHeaderLabels([self.tr("Parties and contact points"), self.tr("State")])
        self.parties.header().setStretchLastSection(False)
        self.parties.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.parties.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.parties.setWordWrap(True)
        self.parties.setRootIsDecorated(True)
        left_layout.addWidget(self.parties, 3)
        why = QGroupBox(self.tr("Why is it here"))
        why_layout = QVBoxLayout(why)
        self.score_label = QLabel()
        self.score_label.setObjectName("scoreBreakdown")
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        why_layout.addWidget(self.score_label)
        left_layout.addWidget(why, 0)
        left_layout.addWidget(self.guided.script, 2)  # the client's call script, beside the record panel
        split.addWidget(left)

        # Middle: the record panel.
        split.addWidget(self._record_panel())

        # Right: tabs.
        self.tabs = QTabWidget()
        self.tabs.setObjectName("workspaceTabs")
        self.contact_log = QTableWidget(0, 7)
        self.contact_log.setObjectName("contactLog")
        self.contact_log.setHorizontalHeaderLabels([t(h) for h in LOG_HEADERS])
        self.contact_log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contact_log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.contact_log.verticalHeader().setVisible(False)
        self.contact_log.horizontalHeader().setStretchLastSection(True)
        self.contact_log.setWordWrap(True)  # the notes column shows the whole note
        self.contact_log.setTextElideMode(Qt.TextElideMode.ElideNone)
        # The result column carries the attempt's notes under the result (wrapped), so they are read without
        # scrolling sideways on a small screen; the separate notes column stays for copying and export.
        for col in (0, 1, 2, 3, 5):
            self.contact_log.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.contact_log.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.contact_log.horizontalHeader().setStretchLastSection(False)
        self.contact_log.setColumnHidden(6, True)
        self.contact_log.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tabs.addTab(self.contact_log, self.tr("Contact &log"))
        from .workspace_timeline import TimelinePanel

        self.timeline = TimelinePanel(self.context)  # the account's one history and the quick note (Ctrl+L)
        self.tabs.addTab(self.timeline, self.tr("&Notes"))
        for title in TAB_TITLES:
            holder = QWidget()  # the account's own panel takes its place when an account opens
            holder.setObjectName(f"{title.lower()}Tab")
            self.tabs.addTab(holder, t(title))
        self._disputes_tab = self.tabs.count() - 2  # "Disputes": the account's dispute panel once one is open
        self._documents_tab = self.tabs.count() - 1  # "Documents": letters sent and documents received
        self.money.install(self.tabs)
        self.money.loaded.connect(self.promise_form.set_money)
        from .facts_panel import FactsPanel  # the compliance records and the dialogs that record them

        self.facts_panel = FactsPanel(self.context)
        self.facts_panel.saved.connect(self.status.setText)
        self.tabs.addTab(self.facts_panel, self.tr("&Facts"))
        split.addWidget(self.tabs)
        split.setSizes([300, 400, 740])
        split.setStretchFactor(2, 1)

    def _record_panel(self) -> QWidget:
        box = QGroupBox(self.tr("Record a contact"))
        box.setObjectName("recordPanel")
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.phone_combo = QComboBox()
        self.phone_combo.setObjectName("phoneCombo")
        self.phone_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.phone_combo.setMinimumContentsLength(14)
        self.phone_combo.currentIndexChanged.connect(self._phone_changed)
        row.addWidget(self.phone_combo, 1)
        self.call_button = QPushButton(self.tr("&Dial"))
        self.call_button.setObjectName("callButton")
        self.call_button.setToolTip(self.tr("Dial with the softphone (tel: link), Ctrl+D"))
        self.call_button.clicked.connect(self.dial)
        row.addWidget(self.call_button)
        self.said_button = QToolButton()
        self.said_button.setObjectName("consumerSaid")
        self.said_button.setText(self.tr("Consumer &said…"))
        self.said_button.setToolTip(self.tr("Record what the consumer told us that changes how we may contact them "
                                             "(Ctrl+K)"))
        self.said_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.said_menu = QMenu(self.said_button)
        for key, label in SAID_ACTIONS:
            action = self.said_menu.addAction(t(label))
            action.triggered.connect(lambda _checked=False, k=key: self._ask_said(k))
        self.said_button.setMenu(self.said_menu)
        layout.addLayout(row)
        self.call_reason = QLabel()
        self.call_reason.setObjectName("callReason")
        self.call_reason.setWordWrap(True)
        layout.addWidget(self.call_reason)
        row = QHBoxLayout()
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channelCombo")
        for channel in (Channel.CALL, Channel.SMS, Channel.EMAIL):
            self.channel_combo.addItem(word(channel.value), channel)
        self.direction_combo = QComboBox()
        self.direction_combo.setObjectName("directionCombo")
        self.direction_combo.addItem(self.tr("Outbound"), Direction.OUTBOUND)
        self.direction_combo.addItem(self.tr("Inbound"), Direction.INBOUND)
        self.channel_combo.currentIndexChanged.connect(self._fill_codes)
        row.addWidget(self.channel_combo)
        row.addWidget(self.direction_combo)
        row.addWidget(self.said_button)
        layout.addLayout(row)
        self.points_button = QPushButton(self.tr("Contact &points… (Ctrl+Shift+N)"))
        self.points_button.setObjectName("contactPointsButton")
        self.points_button.setToolTip(self.tr("Add or correct the numbers, addresses and emails on file"))
        self.points_button.clicked.connect(lambda: self.edit_contact_points())
        layout.addWidget(self.points_button)
        self.codes_box = QWidget()
        self.codes_layout = QGridLayout(self.codes_box)
        self.codes_layout.setContentsMargins(0, 0, 0, 0)
        self.code_group = QButtonGroup(self)
        self.code_group.setExclusive(True)
        self.code_group.buttonToggled.connect(self._code_toggled)
        layout.addWidget(self.codes_box)
        self.promise_form = InlinePromiseForm(self.context)  # key 6: the promise saved with the contact
        layout.addWidget(self.promise_form)
        layout.addWidget(self.guided.identity)
        self.guided.identity.checked.connect(lambda _r: self._fill_disclosure(self.view))
        self.disclosure_check = QCheckBox()
        self.disclosure_check.setObjectName("disclosureCheck")
        self.disclosure_check.toggled.connect(lambda _on: self._fill_disclosure(self.view))
        layout.addWidget(self.disclosure_check)
        self.disclosure_hint = QLabel()
        self.disclosure_hint.setWordWrap(True)
        self.disclosure_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.disclosure_hint)
        self.disclosure_reason = QLineEdit()
        self.disclosure_reason.setObjectName("disclosureReason")
        self.disclosure_reason.setPlaceholderText(self.tr("Not given? Say why (the call log shows it)"))
        layout.addWidget(self.disclosure_reason)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setPlaceholderText(self.tr("Notes on this contact"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        layout.addWidget(self.notes_edit)
        row = QHBoxLayout()
        self.callback_check = QCheckBox(self.tr("Call&back at"))
        self.callback_check.setObjectName("callbackCheck")
        self.callback_edit = DateInput(past=False, with_time=True, today=lambda: self.now().astimezone().date(),
                                       objectName="callbackEdit")
        self.callback_edit.setEnabled(False)
        self.callback_check.toggled.connect(self.callback_edit.setEnabled)
        row.addWidget(self.callback_check)
        row.addWidget(self.callback_edit, 1)
        layout.addLayout(row)
        self.record_button = QPushButton(self.tr("&Record (Ctrl+Enter)"))
        self.record_button.setObjectName("recordButton")
        self.record_button.clicked.connect(self.record)
        layout.addWidget(self.record_button)
        self.refusal = QLabel()
        self.refusal.setObjectName("refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setTextFormat(Qt.TextFormat.RichText)
        self.refusal.setStyleSheet("QLabel#refusal { color: #b42318; background: #fef3f2; border: 1px solid #fda29b; "
                                   "border-radius: 4px; padding: 6px; }")
        self.refusal.hide()
        layout.addWidget(self.refusal)
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setToolTip(self.tr("Save again what the shared database did not take (nothing typed is lost)"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.hide()
        layout.addWidget(self.retry_button)
        self.status = QLabel()
        self.status.setObjectName("recordStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the panel fits its width
        scroll.setWidget(box)
        self._record_scroll = scroll
        return scroll

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.record, context=context)
        QShortcut(QKeySequence("Ctrl+D"), self, self.dial, context=context)
        QShortcut(QKeySequence("Ctrl+L"), self, self.quick_note, context=context)
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.phone_combo.setFocus(), context=context)
        QShortcut(QKeySequence("Ctrl+K"), self, self.said_button.showMenu, context=context)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, lambda: self.edit_contact_points(new_number=True), context=context)
        for n in range(1, 7):
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda i=n - 1: self.tabs.setCurrentIndex(i), context=context)
        self._code_shortcuts: list[QShortcut] = []
        for key in "123456789":
            shortcut = QShortcut(QKeySequence(key), self, lambda k=key: self.pick_shortcut(k), context=context)
            self._code_shortcuts.append(shortcut)

    def focus_record_panel(self) -> None:
        """The keyboard goes to the record panel's first field (the number to call), as an account opens."""
        self.phone_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- loading ----------------------------------------------------------------------------------

    def now(self) -> dt.datetime:
        return self.clock or dt.datetime.now(UTC)

    def show_account(self, account_id: uuid.UUID) -> None:
        self.status.setText(self.tr("Opening the account…"))
        self._load(account_id)

    def reload(self) -> None:
        if self.view is not None:
            self._load(self.view.id)

    def _load(self, account_id: uuid.UUID) -> None:
        """One load at a time: the newest asked for wins, an older one's result is dropped."""
        self.context.query(self, workspace.load, self.context.session_factory, self.context.actor, account_id,
                           self.clock, i18n.language(), key="load", progress=self.tr("Opening the account…"),
                           on_done=self._show, on_error=self._load_error)

    def _load_error(self, message: str, _trace: str) -> None:
        self.status.setText(self.tr("Could not open the account: ") + message)
        self.load_failed.emit(message)

    def _changed(self, changes: Changes, _by: object) -> None:
        if self.view is not None and changes.touches(self.view.id) and self.isVisible():
            self.reload()

    def _show(self, view: workspace.AccountView) -> None:
        same = self.view is not None and self.view.id == view.id
        self.view = view
        if not same:
            self._opened_at = time.monotonic()
            self.notes_edit.clear()
            self.callback_check.setChecked(False)
            self.refusal.hide()
            self.retry_button.hide()
            self._retry_job, self._unsure_op_id = None, None
            self._result_code = None
            self.disclosure_reason.clear()
            self.disclosure_check.setChecked(False)
            self.promise_form.set_account(view.id, view.currency, self.now().date())
        self.money.show_account(view.id, view.zones, self.now().date())
        self.status.setText("")
        self._fill_header(view)
        self._fill_parties(view)
        self._fill_phones(view)
        self._fill_codes()
        self._fill_log(view)
        self._fill_disclosure(view)
        if not same:
            self._show_disputes(view.id)
            self._open_extras(view)
            self.facts_panel.show_account(view.id, view.consumer.person_id if view.consumer else None,
                                          view.row.account_number)
        if not self.callback_check.isChecked():
            self.callback_edit.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self._tick()
        self.loaded.emit(view)

    def _open_extras(self, view: workspace.AccountView) -> None:
        """A newly opened account: its history, its documents, the guided call; every view scrolled to the top."""
        from .workspace_documents import DocumentsPanel

        self.timeline.show_account(view.id)
        self.guided.show_account(view.id, self._called_person(view))
        old = self.tabs.widget(self._documents_tab)
        self.documents_panel = DocumentsPanel(self.context, view.id)
        current = self.tabs.currentIndex()
        self.tabs.removeTab(self._documents_tab)
        self.tabs.insertTab(self._documents_tab, self.documents_panel, t(TAB_TITLES[3]))
        self.tabs.setCurrentIndex(current)
        if old is not None:
            old.deleteLater()
        # The record panel is never cut off at the side: the splitter gives it the width its content needs.
        box = self._record_scroll.widget()
        self._record_scroll.setMinimumWidth(box.minimumSizeHint().width()
                                            + self._record_scroll.verticalScrollBar().sizeHint().width())
        self._record_scroll.verticalScrollBar().setValue(0)
        self.contact_log.scrollToTop()
        self.parties.scrollToTop()

    def _called_person(self, view: workspace.AccountView | None) -> Any:
        data = self.phone_combo.currentData()
        if data:
            return data[0]
        return view.consumer.person_id if view is not None and view.consumer else None

    def quick_note(self) -> None:
        """Ctrl+L: the Notes tab's quick note line, ready to type."""
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.focus_note()

    def _show_disputes(self, account_id: Any) -> None:
        """The Disputes tab: the account's disputes, their history and note thread (ui/disputes.py)."""
        from .disputes import DisputePanel

        from PySide6.QtWidgets import QScrollArea

        old = self.tabs.widget(self._disputes_tab)
        panel = DisputePanel(self.context, account_id)
        # In a scroll area, so the panel's own minimum width does not squeeze the record panel beside it.
        holder = QScrollArea()
        holder.setWidgetResizable(True)
        holder.setFrameShape(QScrollArea.Shape.NoFrame)
        holder.setWidget(panel)
        self.disputes_panel = panel
        current = self.tabs.currentIndex()
        self.tabs.removeTab(self._disputes_tab)
        self.tabs.insertTab(self._disputes_tab, holder, t(TAB_TITLES[2]))
        self.tabs.setCurrentIndex(current)
        if old is not None:
            old.deleteLater()

    def _fill_header(self, view: workspace.AccountView) -> None:
        consumer = view.consumer
        self.name_label.setText(consumer.name if consumer else self.tr("(no consumer)"))
        while self.badges.count():
            item = self.badges.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        flags = list(consumer.flags) if consumer else []
        for flag in flags:
            self.badges.addWidget(Badge(t(FLAG_LABELS.get(flag, flag)), FLAG_COLOURS.get(flag, "#475467")))
        if consumer and consumer.language != "en":
            self.badges.addWidget(Badge(consumer.language.upper(), "#175cd3"))
        if view.checked_out_to:
            leased = Badge(self.tr("Checked out: %1").replace("%1", view.checked_out_to), "#b54708")
            leased.setToolTip(self.tr("Checked out for offline work on another workstation: it can be read here, "
                                      "but calls, letters and promises are refused until it syncs and releases "
                                      "the account, or a supervisor breaks the lease."))
            self.badges.addWidget(leased)
        self.badges.addStretch(1)
        self.account_label.setText(
            f"<b>{html.escape(view.row.account_number)}</b> · {html.escape(view.client)}"
            + (f" · {html.escape(view.original_creditor)}" if view.original_creditor else "")
            + f" · {self._words['status']} {html.escape(status_label(view.status))}")
        b = view.balances
        parts = " · ".join(f"{word(k)} {b[k]:,.2f}" for k in ("principal", "interest", "fees", "costs"))
        self.balances_label.setText(f"<b>{self._words['Balance']} {_money(view.currency, b['total'])}</b><br>{parts}"
                                    f"<br>{self._words['Placed']} {_money(view.currency, view.placed_balance)}")
        dates = []
        if view.placed_on:
            dates.append(f"{self._words['Placed']} {view.placed_on:%Y-%m-%d}")
        if view.charge_off_date:
            dates.append(f"{self._words['Charged off']} {view.charge_off_date:%Y-%m-%d}")
        if view.delinquency_date:
            dates.append(f"{self._words['Delinquent']} {view.delinquency_date:%Y-%m-%d}")
        if view.last_payment_date:
            dates.append(f"{self._words['Last paid']} {view.last_payment_date:%Y-%m-%d}"
                         + (f" ({view.last_payment_amount:,.2f})" if view.last_payment_amount else ""))
        placement = ""
        if view.placement is not None:
            placement = self.tr("{file} received {date}").format(
                file=view.placement or self.tr("placement"),
                date=i18n.short_date(view.placement_received) if view.placement_received else "")
        self.dates_label.setText(" · ".join(dates) + (f"<br>{html.escape(placement)}" if placement else ""))
        state = view.row.callable
        colour = state_colour(state.state)
        text = f"<span style='color:{colour}; font-weight:bold'>{state_label(state, view.zones)}</span>"
        if state.reason:
            text += f" — {html.escape(reason_text(state.reason))}"
        self.state_label.setText(text)
        rows = []
        for key, value in sorted(view.score_detail.items(), key=lambda kv: -abs(float(kv[1]))):
            rows.append(f"<tr><td>{t(SCORE_LABELS.get(key, key))}</td>"
                        f"<td align='right'>{float(value):+.2f}</td></tr>")
        rows.append(f"<tr><td><b>{self._words['Score']}</b></td><td align='right'><b>{view.priority_score:.2f}</b></td></tr>")
        self.score_label.setText("<table width='100%'>" + "".join(rows) + "</table>")

    def _fill_parties(self, view: workspace.AccountView) -> None:
        self.parties.clear()
        for party in view.parties:
            title = f"{word(party.role)}: {party.name}"
            if party.flags:
                title += " [" + ", ".join(t(FLAG_LABELS.get(f, f)) for f in party.flags) + "]"
            top = QTreeWidgetItem([title, ""])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for phone in party.phones:
                marks = [word(phone.type)]
                if phone.primary:
                    marks.append(self.tr("primary"))
                if phone.consent:
                    marks.append(self.tr("consent"))
                item = QTreeWidgetItem([f"☎ {phone.display} ({', '.join(marks)})", state_label(phone.state, view.zones)])
                item.setToolTip(1, reason_text(phone.state.reason) or self.tr("The guardrails allow a call now"))
                item.setToolTip(0, f"tel:{phone.e164} · " + ", ".join(phone.zones))
                item.setForeground(1, QColor(state_colour(phone.state.state)))
                top.addChild(item)
            for address in party.addresses:
                top.addChild(QTreeWidgetItem([f"⌂ {address}", ""]))
            for email in party.emails:
                top.addChild(QTreeWidgetItem([f"✉ {email}", ""]))
            if party.details:
                top.addChild(QTreeWidgetItem([", ".join(f"{k}: {v}" for k, v in party.details.items()), ""]))
            self.parties.addTopLevelItem(top)
            top.setExpanded(True)

    def _fill_phones(self, view: workspace.AccountView) -> None:
        self.phone_combo.blockSignals(True)
        previous = self.phone_combo.currentData()
        self.phone_combo.clear()
        for party in view.parties:
            for phone in party.phones:
                label = f"{phone.display} · {party.name} ({word(party.role)}) · {state_label(phone.state, view.zones)}"
                self.phone_combo.addItem(label, (party.person_id, phone))
        for i in range(self.phone_combo.count()):
            if previous and self.phone_combo.itemData(i)[1].id == previous[1].id:
                self.phone_combo.setCurrentIndex(i)
                break
        else:
            # The consumer's first callable number, else the consumer's primary (its state says why not).
            consumer = view.consumer.person_id if view.consumer else None
            items = [self.phone_combo.itemData(i) for i in range(self.phone_combo.count())]
            ranked = sorted(range(len(items)), key=lambda i: (items[i][0] != consumer,
                                                               items[i][1].state.state != "callable",
                                                               not items[i][1].primary, i))
            if ranked:
                self.phone_combo.setCurrentIndex(ranked[0])
        self.phone_combo.blockSignals(False)
        self._phone_changed()

    def _phone_changed(self, *_args: Any) -> None:
        data = self.phone_combo.currentData()
        self.guided.identity.set_person(self._called_person(self.view))
        if not data:
            self.call_button.setEnabled(False)
            self.call_reason.setText(self.tr("No phone number on file."))
            return
        _person, phone = data
        allowed = phone.state.state == "callable"
        self.call_button.setEnabled(allowed)
        if allowed:
            self.call_reason.setText("")
            self.call_button.setToolTip(self.tr("Dial with the softphone (tel: link), Ctrl+D"))
        else:
            zones = self.view.zones if self.view else ()
            text = f"{state_label(phone.state, zones)}: {reason_text(phone.state.reason)}"
            if phone.state.until is not None:
                text += f" ({self._words['allowed from']} {_when(phone.state.until, zones)})"
            self.call_reason.setText(text)
            self.call_button.setToolTip(text)

    def _fill_codes(self, *_args: Any) -> None:
        for button in self.code_group.buttons():
            self.code_group.removeButton(button)
            button.deleteLater()
        if self.view is None:
            return
        channel = self.channel_combo.currentData()
        codes = [c for c in self.view.result_codes if c.channel in (None, str(channel)) and c.code != "SENT"]
        for i, code in enumerate(codes):
            key = f"{code.shortcut} " if code.shortcut else ""
            button = QToolButton()
            button.setText(f"{key}{code.display}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(button.sizePolicy().horizontalPolicy().Expanding, button.sizePolicy().verticalPolicy())
            button.setProperty("code", code.code)
            button.setObjectName(f"result_{code.code}")
            button.setToolTip(self.tr("Shortcut: ") + code.shortcut if code.shortcut else code.code)
            self.code_group.addButton(button)
            self.codes_layout.addWidget(button, i // 2, i % 2)
            if code.code == self._result_code:
                button.setChecked(True)

    def _code_toggled(self, button: Any, checked: bool) -> None:
        if checked:
            self._result_code = button.property("code")
            self._fill_disclosure(self.view)
            self.promise_form.follow_code(self._result_code)

    def _fill_disclosure(self, view: workspace.AccountView | None) -> None:
        if view is None:
            return
        kind = "debt_collector" if view.had_conversation else "mini_miranda"
        self.disclosure_check.setProperty("kind", kind)
        if view.had_conversation:
            self.disclosure_check.setText(self.tr("I said this is from a &debt collector"))
        else:
            self.disclosure_check.setText(self.tr("I gave the &mini-Miranda disclosure"))
        self.disclosure_hint.setText(t(DISCLOSURES[kind]))
        code = next((c for c in view.result_codes if c.code == self._result_code), None)
        conversation = bool(code and code.counts_as_conversation)
        self.disclosure_check.setVisible(conversation)
        self.disclosure_hint.setVisible(conversation)
        verified = self.guided.identity.verified
        self.disclosure_check.setEnabled(verified)
        self.disclosure_check.setToolTip("" if verified else self.tr("Verify the person's identity first"))
        self.disclosure_reason.setVisible(conversation and not self.disclosure_check.isChecked())
        self.guided.identity.setVisible(self.channel_combo.currentData() == Channel.CALL)

    def _fill_log(self, view: workspace.AccountView) -> None:
        self.contact_log.setRowCount(len(view.contacts))
        for r, c in enumerate(view.contacts):
            values = (f"{c.at.astimezone():%m-%d %H:%M}", word(c.channel), c.number or "",
                      "→" if c.direction == "outbound" else "←",
                      f"{c.result_code} {c.result_label}" + (f"\n{c.notes}" if c.notes else ""), c.collector,
                      c.notes or "")
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setToolTip(_when(c.at, view.zones))
                if col == 3:
                    item.setToolTip(word(c.direction))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if col in (4, 6):
                    item.setToolTip((c.notes or "") + ("\n" + self.tr("Disclosures: ") + ", ".join(c.disclosures)
                                                       if c.disclosures else ""))
                self.contact_log.setItem(r, col, item)

    def _tick(self) -> None:
        seconds = int(time.monotonic() - self._opened_at)
        self.timer_label.setText(self.tr("On account ") + f"{seconds // 60:02d}:{seconds % 60:02d}")
        if self.view is not None:
            now = self.now()
            zones = self.view.zones
            parts = []
            for name in zones:
                local = now.astimezone(ZoneInfo(name))
                parts.append(f"{local:%H:%M} {local.tzname()} <span style='color:#667085'>({name})</span>")
            self.times_label.setText(self.tr("Consumer's time: ") + (" · ".join(parts) if parts else self.tr("unknown")))

    # --- actions ----------------------------------------------------------------------------------

    def time_on_account(self) -> float:
        return time.monotonic() - self._opened_at

    def pick_shortcut(self, key: str) -> None:
        if self.view is None:
            return
        for button in self.code_group.buttons():
            code = next((c for c in self.view.result_codes if c.code == button.property("code")), None)
            if code and code.shortcut == key:
                button.setChecked(True)
                self.status.setText(self.tr("Result: ") + f"{code.code} {code.display}")
                return

    def pick_code(self, code: str) -> None:
        for button in self.code_group.buttons():
            if button.property("code") == code:
                button.setChecked(True)

    def dial(self) -> None:
        data = self.phone_combo.currentData()
        if not data or not self.call_button.isEnabled():
            return
        QDesktopServices.openUrl(QUrl(f"tel:{data[1].e164}"))

    def edit_contact_points(self, new_number: bool = False) -> Any:
        """The contact points editor for this account (ui/contact_points.py); with `new_number`, ready to type one."""
        if self.view is None:
            return None
        from .contact_points import ContactPointsDialog

        dialog = getattr(self, "points_dialog", None)
        if dialog is None or dialog.account_id != self.view.id:
            if dialog is not None:
                dialog.deleteLater()
            dialog = self.points_dialog = ContactPointsDialog(self.context, self.view.id, self)
        dialog.show()
        dialog.activateWindow()
        if new_number:
            dialog.focus_new_number()
        return dialog

    def _ask_said(self, key: str) -> None:
        """Ask for what the action needs (a confirmation, a time, a firm), then record it."""
        if key in ("cease", "attorney", "hardship", "complaint", "bankruptcy", "deceased"):  # compliance records
            self.tabs.setCurrentWidget(self.facts_panel)
            self.facts_panel.ask(key)
            return
        params: dict[str, Any] = {}
        if key == "inconvenient":
            text, ok = QInputDialog.getText(self, self.tr("Inconvenient time"), self.tr(
                "When is it inconvenient, in the consumer's local time? e.g. \"mon-fri 12:00-13:00\" or \"09:00-11:00\""))
            if not ok or not text.strip():
                return
            params["text"] = text
        elif key == "attorney":
            text, ok = QInputDialog.getText(self, self.tr("Attorney"), self.tr("The attorney's name or firm:"))
            if not ok or not text.strip():
                return
            params["firm"] = text
        elif key == "cease":
            answer = QMessageBox.question(self, self.tr("Cease request"), self.tr(
                "Record that the consumer asked us to stop contacting them? Only a letter saying collection ends "
                "or naming a remedy may go after this."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.consumer_said(key, **params)

    def consumer_said(self, key: str, **params: Any) -> None:
        """Record a fact the consumer stated, through the consumer-facts service (audited, off the GUI thread)."""
        if self.view is None or self.view.consumer is None:
            return
        from ..models.enums import FlagKind
        from ..services.accounts import facts as facts

        account_id, person_id = self.view.id, self.view.consumer.person_id
        data = self.phone_combo.currentData()
        factory, actor = self.context.session_factory, self.context.actor
        if key in ("wrong_number", "do_not_call"):
            if not data:
                self.status.setText(self.tr("Choose the number first (Ctrl+P)."))
                return
            job: Any = (facts.mark_phone, factory, actor, account_id, data[1].id)
            kwargs: dict[str, Any] = {"wrong_number": key == "wrong_number", "do_not_call": key == "do_not_call"}
        elif key in ("cease", "hardship", "work", "complaint"):
            kind = {"cease": FlagKind.CEASE_REQUESTED, "hardship": FlagKind.HARDSHIP,
                    "work": FlagKind.WORK_CONTACT_PROHIBITED, "complaint": FlagKind.COMPLAINT}[key]
            job, kwargs = (facts.set_flag, factory, actor, account_id, person_id, kind), {}
        elif key.startswith("refuse_"):
            job, kwargs = (facts.refuse_channel, factory, actor, account_id, person_id, Channel(key[7:])), {}
        elif key == "consent":
            job, kwargs = (facts.record_consent, factory, actor, account_id, person_id), {}
        elif key == "attorney":
            job, kwargs = (facts.add_attorney, factory, actor, account_id, person_id, params["firm"]), {}
        elif key == "inconvenient":
            try:
                days, start, end = parse_time_block(params["text"])
            except ValueError as exc:
                self.status.setText(str(exc))
                return
            job, kwargs = (facts.add_inconvenient_time, factory, actor, account_id, person_id, days, start, end), {}
        else:
            raise ValueError(key)
        self._run_said(job, kwargs, account_id)

    def _run_said(self, job: Any, kwargs: dict[str, Any], account_id: uuid.UUID) -> None:
        self.status.setText(self.tr("Saving…"))
        # The service names the accounts whose contact facts changed (every account the consumer is on).
        self._retry_job = lambda: self._run_said(job, kwargs, account_id)
        self.retry_button.hide()
        self.context.write(self, *job, changes=lambda ids: Changes.for_accounts([*ids, account_id]),
                           progress=self.tr("Saving…"), on_done=self._said_done, on_error=self._record_failed,
                           **kwargs)

    def _said_done(self, _ids: list) -> None:
        self._retry_job = None
        self.refusal.hide()
        self.status.setText(self.tr("Saved. The guardrails now take it into account."))

    def attempt_input(self) -> Any:
        from ..services.contacts.attempts import AttemptInput

        if self.view is None:
            return None
        channel = self.channel_combo.currentData()
        data = self.phone_combo.currentData()
        if self._result_code is None:
            self.status.setText(self.tr("Pick a result first (keys 1-9)."))
            return None
        if channel in (Channel.CALL, Channel.SMS) and not data:
            self.status.setText(self.tr("Choose the number first (Ctrl+P)."))
            return None
        person_id = data[0] if data else (self.view.consumer.person_id if self.view.consumer else None)
        if person_id is None:
            self.status.setText(self.tr("This account has no consumer."))
            return None
        callback = None
        if self.callback_check.isChecked():
            typed = self.callback_edit.value()
            if not isinstance(typed, dt.datetime):
                self.status.setText(self.tr("The callback time: ") + (self.callback_edit.error() or self.tr("type one")))
                return None
            callback = typed.astimezone(UTC)  # typed on the collector's clock
        code = next((c for c in self.view.result_codes if c.code == self._result_code), None)
        disclosures: tuple[str, ...] = ()
        reason = None
        if code and code.counts_as_conversation:
            # Right-party verification before disclosure; a conversation without the disclosure says why.
            if self.disclosure_check.isChecked():
                if not self.guided.identity.verified:
                    self.status.setText(self.tr("Verify the person's identity first: nothing about the debt may be "
                                                "disclosed before."))
                    return None
                disclosures = (self.disclosure_check.property("kind"),)
            else:
                reason = self.disclosure_reason.text().strip()
                if not reason:
                    self.status.setText(self.tr("A conversation needs the disclosure: tick it once given, or say "
                                                "why it was not given."))
                    self.disclosure_reason.setFocus()
                    return None
        email = None
        if channel == Channel.EMAIL:
            party = next((p for p in self.view.parties if p.person_id == person_id), None)
            email = party.emails[0].split(" ")[0] if party and party.emails else None
        return AttemptInput(
            account_id=self.view.id, person_id=person_id, channel=channel, result_code=self._result_code,
            direction=self.direction_combo.currentData(), phone_id=data[1].id if data and channel != Channel.EMAIL else None,
            email_address=email, notes=self.notes_edit.toPlainText().strip() or None, callback_at=callback,
            disclosures=disclosures, at=self.clock, verification=self.guided.identity.result,
            disclosure_reason=reason)

    def record(self) -> None:
        attempt = self.attempt_input()
        if attempt is None:
            return
        promise = self.promise_form.checked_request() if self.promise_form.wanted() else None
        if self.promise_form.wanted() and promise is None:
            return
        if self._unsure_op_id is None:
            from ..models import new_id

            self._unsure_op_id = new_id()
        attempt = dataclasses.replace(attempt, op_id=self._unsure_op_id)
        self._retry_job = self.record
        self.retry_button.hide()
        self.record_button.setEnabled(False)
        self.status.setText(self.tr("Recording…"))
        job = (_record, attempt) if promise is None else (record_with_promise, attempt, promise)
        self.context.write(self, job[0], self.context.session_factory, self.context.actor, *job[1:],
                           changes=lambda r: changes_of(r[1]) if r[0] == "recorded" else Changes(),
                           progress=self.tr("Recording…"), on_done=self._record_done, on_error=self._record_failed)

    def retry(self) -> None:
        """Send again what a database fault stopped (the same contact, with the same operation id)."""
        if self._retry_job is not None:
            self.refusal.hide()
            self._retry_job()

    def _record_done(self, result: tuple[str, Any]) -> None:
        self.record_button.setEnabled(True)
        self._unsure_op_id, self._retry_job = None, None  # the database answered: a new contact gets a new id
        kind, value = result
        if kind == "blocked":
            self.status.setText("")
            self.show_refusal(value)
        else:
            self._recorded(value)

    def _recorded(self, record: Any) -> None:
        self.refusal.hide()
        taken = ""
        if hasattr(record, "promise"):  # recorded with its promise (ui/workspace_promise_form.py)
            taken, record = " " + self.promise_form.taken(record.promise), record.attempt
        self.status.setText(self.tr("Recorded ") + f"{record.result_code} {self._words['at']} {record.at.astimezone():%H:%M}."
                            + taken)
        self.notes_edit.clear()
        self.callback_check.setChecked(False)
        checked = self.code_group.checkedButton()
        if checked is not None:
            self.code_group.setExclusive(False)
            checked.setChecked(False)
            self.code_group.setExclusive(True)
        self._result_code = None
        self.disclosure_check.setChecked(False)
        self.disclosure_reason.clear()
        self.guided.identity.reset()  # the next call verifies again
        self.recorded.emit(record)

    def _record_failed(self, message: str, trace: str) -> None:
        """Nothing typed is cleared. A database fault says so plainly and offers to try again."""
        self.record_button.setEnabled(True)
        self.status.setText("")
        if workers.fault_of(message) is not None:
            self.refusal.setText(f"<b>{html.escape(self.tr('Not saved.'))}</b> {html.escape(message)}")
            self.retry_button.setVisible(self._retry_job is not None)
        else:
            self._unsure_op_id, self._retry_job = None, None
            self.refusal.setText(html.escape(self.tr("Not recorded: ") + message))
            self.retry_button.hide()
        self.refusal.show()

    def show_refusal(self, decision: Any) -> None:
        zones = tuple(decision.time_zones) or (self.view.zones if self.view else ())
        lines = [f"<b>{self._words['Not recorded: the guardrails refuse this contact.']}</b>"]
        for reason in decision.reasons:
            lines.append(f"• {html.escape(reason.message)}<br>&nbsp;&nbsp;<i>{html.escape(reason.rule)} — "
                         f"{html.escape(reason.citation)}</i>")
        if decision.next_allowed_at is not None:
            lines.append(self.tr("Allowed from ") + html.escape(_when(decision.next_allowed_at, zones)))
        else:
            lines.append(self.tr("Not allowed until the facts change (a flag cleared, an address added)."))
        self.refusal.setText("<br>".join(lines))
        self.refusal.show()
        self.refused.emit(decision)
        self.reload()  # the preview was stale: show what the guardrails say now


def parse_time_block(text: str) -> tuple[list[str], dt.time, dt.time]:
    """ "mon-fri 12:00-13:00", "sat,sun 09:00-11:00" or "21:00-08:00" (every day) -> (days, start, end)."""
    import re

    days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    match = re.fullmatch(r"\s*(?:([a-z,\- ]+?)\s+)?(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", text.lower())
    if not match:
        raise ValueError("Write it like \"mon-fri 12:00-13:00\".")
    spec, h1, m1, h2, m2 = match.groups()
    chosen: list[str] = []
    for part in (spec or "mon-sun").replace(" ", "").split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            if a[:3] not in days or b[:3] not in days:
                raise ValueError(f"Unknown days: {part}")
            i, j = days.index(a[:3]), days.index(b[:3])
            chosen.extend(days[i:j + 1] if i <= j else days[i:] + days[:j + 1])
        elif part[:3] in days:
            chosen.append(part[:3])
        else:
            raise ValueError(f"Unknown day: {part}")
    try:
        return sorted(set(chosen), key=days.index), dt.time(int(h1), int(m1)), dt.time(int(h2), int(m2))
    except ValueError:
        raise ValueError("Times are HH:MM, 00:00 to 23:59.") from None


def _record(session_factory: Any, actor: Any, attempt: Any) -> tuple[str, Any]:
    """Worker: record through the contact service; a refusal comes back with its decision (not as an error)."""
    from ..services.contacts import attempts

    try:
        return "recorded", attempts.record_attempt(session_factory, actor, attempt)
    except attempts.ContactBlocked as blocked:
        return "blocked", blocked.decision
