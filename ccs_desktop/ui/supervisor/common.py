"""Small pieces the supervisor tabs share: running a service through the context, message line, tables."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QWidget

from .. import ops, workers
from ..context import AppContext

Failed = Callable[[str, str], None]
UTC = dt.timezone.utc


class AgencyClock:
    """The time zone the supervisor screens show times in: the agency's (services.agency), UTC until it is known.
    Times are shown in it with the zone's abbreviation; the UTC time is on hover."""

    zone: dt.tzinfo = UTC

    @classmethod
    def set_zone(cls, name: str | None) -> None:
        try:
            cls.zone = zoneinfo.ZoneInfo(name) if name else UTC
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            cls.zone = UTC

    @classmethod
    def local(cls, value: dt.datetime) -> str:
        when = value.astimezone(cls.zone)
        return f"{when:%Y-%m-%d %H:%M} {when.tzname() or ''}".strip()

    @staticmethod
    def utc(value: dt.datetime) -> str:
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")

    @classmethod
    def day_start(cls, day: dt.date) -> dt.datetime:
        """Midnight of an agency calendar day, as an instant (a date filter means the agency's day)."""
        return dt.datetime.combine(day, dt.time(), tzinfo=cls.zone).astimezone(UTC)


class Panel(QWidget):
    """A tab: reads with `run` and changes with `write` (both through the context); errors go to its message
    line (and to `on_error` when given)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.message = QLabel("")
        self.message.setObjectName("panelMessage")
        self.message.setWordWrap(True)

    @property
    def busy(self) -> bool:
        return bool(ops.running(self))

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Failed | None = None, **options: Any) -> workers.Task:
        return self.ctx.query(self, fn, *args, on_done=on_done, on_error=self._failed_with(on_error), **options)

    def write(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
              on_error: Failed | None = None, **options: Any) -> workers.Task:
        return self.ctx.write(self, fn, *args, on_done=on_done, on_error=self._failed_with(on_error), **options)

    def _failed_with(self, also: Failed | None) -> Failed:
        def failed(message: str, trace: str) -> None:
            self.say(message, error=True)
            if also is not None:
                also(message, trace)

        return failed

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if error else "color: #1d5c2e;")


def table(headers: Sequence[str], object_name: str) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setObjectName(object_name)
    t.setHorizontalHeaderLabels(list(headers))
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setAlternatingRowColors(True)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def fill(t: QTableWidget, rows: Sequence[Sequence[Any]], data: Sequence[Any] | None = None) -> None:
    t.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(text(value))
            if isinstance(value, dt.datetime):
                item.setToolTip(AgencyClock.utc(value))
            if c == 0 and data is not None:
                item.setData(Qt.ItemDataRole.UserRole, data[r])
            t.setItem(r, c, item)
    t.resizeColumnsToContents()


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return AgencyClock.local(value)
    return str(value)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())
