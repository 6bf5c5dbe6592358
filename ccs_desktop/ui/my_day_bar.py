"""The personal status bar: my queue, callable now, what I did today, the next callback (with a reminder when
it comes due) and whether the database answers. Read by `services.accounts.my_day` off the GUI thread, again
every minute and after every change."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

from ..services.accounts import my_day
from .context import AppContext

UTC = dt.timezone.utc
REFRESH_MS = 60_000
CHANGE_DELAY_MS = 1_500   # a burst of changes reads once
CHECK_MS = 15_000         # how often a callback coming due is looked for


def local_midnight(now: dt.datetime) -> dt.datetime:
    """The start of the workstation's day, as an aware UTC time."""
    local = now.astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)


def money_text(amounts: dict[str, Any]) -> str:
    return ", ".join(f"{currency} {amount:,.2f}" for currency, amount in sorted(amounts.items()))


class MyDayBar(QWidget):
    """Labels for the main window's status bar; `refresh()` reads again."""

    loaded = Signal(object)          # my_day.MyDay
    callback_due = Signal(object)    # my_day.Callback: its time has come

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("myDayBar")
        self.clock: Any = None       # tests fix "now"
        self.day: my_day.MyDay | None = None
        self._reminded: set[tuple[Any, dt.datetime]] = set()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.queue_label = self._label("myQueue", self.tr("The accounts the queue shows you (open ones)"))
        self.callable_label = self._label("myCallable", self.tr("Accounts of your queue callable now"))
        self.today_label = self._label("myToday", self.tr("Today: accounts you worked, right-party contacts (RPC), "
                                                          "promises taken and their amount"))
        self.callback_label = self._label("myCallback", self.tr("Your next callback due"))
        self.callback_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.callback_label.mousePressEvent = lambda _e: self.open_callback()  # type: ignore[method-assign]
        self.online_label = self._label("online", "")
        for label in (self.queue_label, self.callable_label, self.today_label, self.callback_label,
                      self.online_label):
            layout.addWidget(label)
        self.queue_label.setText(self.tr("My queue: …"))
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(CHANGE_DELAY_MS)
        self._soon.timeout.connect(self.refresh)
        self._check = QTimer(self)
        self._check.setInterval(CHECK_MS)
        self._check.timeout.connect(self.check_due)
        self._check.start()
        context.changed.connect(lambda *_a: self._soon.start())

    def _label(self, name: str, tip: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setToolTip(tip)
        return label

    def now(self) -> dt.datetime:
        return self.clock or dt.datetime.now(UTC)

    def refresh(self) -> None:
        now = self.now()
        self.context.query(self, my_day.my_day, self.context.session_factory, self.context.actor,
                           local_midnight(now), now, key="my_day", on_done=self._shown, on_error=self._failed)

    def _shown(self, day: my_day.MyDay) -> None:
        self.day = day
        self.queue_label.setText(self.tr("My queue: {n}").format(n=f"{day.queue_size:,}"))
        self.callable_label.setText(self.tr("Callable: {n}").format(n=f"{day.callable_now:,}"))
        today = self.tr("Today: {worked} worked · {rpc} RPC · {promises} promised").format(
            worked=day.worked_today, rpc=day.right_party_today, promises=day.promises_today)
        if day.promised_today:
            today += " " + money_text(day.promised_today)
        self.today_label.setText(today)
        self._show_callback()
        self.online_label.setText(self.tr("Online") if self.context.shared else self.tr("Local"))
        self.online_label.setStyleSheet("color: #1b7f3b;")
        self.online_label.setToolTip(self.context.database_description)
        self.loaded.emit(day)
        self.check_due()

    def _failed(self, message: str, _trace: str) -> None:
        self.online_label.setText(self.tr("Offline"))
        self.online_label.setStyleSheet("color: #b42318; font-weight: bold;")
        self.online_label.setToolTip(message)

    def set_sync_state(self, state: str) -> None:
        """The offline-work widget's state (online, offline, syncing…) shown here too."""
        if state == "offline":
            self._failed(self.tr("Working offline on this computer's cache"), "")
        elif state in ("online", "syncing"):
            self.online_label.setText(self.tr("Online") if state == "online" else self.tr("Syncing…"))
            self.online_label.setStyleSheet("color: #1b7f3b;")

    def _show_callback(self) -> None:
        callback = self.day.next_callback if self.day else None
        if callback is None:
            self.callback_label.setText(self.tr("No callback due"))
            self.callback_label.setStyleSheet("")
            return
        local = callback.at.astimezone()
        when = f"{local:%H:%M}" if local.date() == self.now().astimezone().date() else f"{local:%a %H:%M}"
        self.callback_label.setToolTip(self.tr("Your next callback: {name}, account {number}, {when}. Click to open "
                                               "the account.").format(name=callback.consumer,
                                                                      number=callback.account_number, when=when))
        if callback.at <= self.now():
            self.callback_label.setText(self.tr("Callback due now: {name} ({number})").format(
                name=callback.consumer, number=callback.account_number))
            self.callback_label.setStyleSheet("color: #9a3412; font-weight: bold;")
        else:
            self.callback_label.setText(self.tr("Callback {when} {name}").format(when=when, name=callback.consumer))
            self.callback_label.setStyleSheet("")

    def check_due(self) -> None:
        """A callback whose time has come: said once (the label turns orange, the window asks for attention)."""
        callback = self.day.next_callback if self.day else None
        if callback is None or callback.at > self.now():
            return
        self._show_callback()
        key = (callback.account_id, callback.at)
        if key in self._reminded:
            return
        self._reminded.add(key)
        window = self.window()
        if window is not None:
            QApplication.alert(window, 0)
        self.callback_due.emit(callback)

    def open_callback(self) -> None:
        callback = self.day.next_callback if self.day else None
        if callback is not None:
            self.context.open_account(callback.account_id)
