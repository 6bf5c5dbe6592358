"""The promise calendar: a month and a week view of promise instalments coloured by state, the selected
day's list beside it (today's by default), a click on a promise opens its account, and .ics export.

A collector sees the promises they took; a supervisor sees the team's and can narrow to one collector.
Entries load off the GUI thread (through the context) for the range shown, and reload when the context says
promises or accounts changed (a promise taken or approved, a payment posted), whoever changed them.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractListModel, QAbstractTableModel, QDate, QLocale, QModelIndex, QRect, QSize, Qt, Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.money import calendar
from ..services.context import Changes
from ..services.money.calendar import STATE_LABELS, CalendarEntry
from . import i18n, workers
from .context import AppContext
from .i18n import t

STATE_COLOURS = {
    "due": "#2563eb",
    "overdue": "#ea580c",
    "kept": "#16a34a",
    "partly_kept": "#ca8a04",
    "broken": "#dc2626",
    "pending": "#6b7280",
}
STATE_NAMES = {
    "due": QT_TRANSLATE_NOOP("ccs", "Due"),
    "overdue": QT_TRANSLATE_NOOP("ccs", "Overdue"),
    "kept": QT_TRANSLATE_NOOP("ccs", "Kept"),
    "partly_kept": QT_TRANSLATE_NOOP("ccs", "Partly kept"),
    "broken": QT_TRANSLATE_NOOP("ccs", "Broken"),
    "pending": QT_TRANSLATE_NOOP("ccs", "Pending approval"),
}
# Which state a day cell's marker shows when it has several: the one that needs the collector most.
SEVERITY = ("broken", "overdue", "partly_kept", "due", "pending", "kept")
EntryRole = Qt.ItemDataRole.UserRole + 1   # list[CalendarEntry] (month) or CalendarEntry (week, day list)
DateRole = Qt.ItemDataRole.UserRole + 2    # dt.date of the cell
AccountRole = Qt.ItemDataRole.UserRole     # uuid.UUID of the account an entry belongs to
StateRole = Qt.ItemDataRole.UserRole + 3   # display state of an entry (due, kept, ...)


def colour(state: str) -> QColor:
    return QColor(STATE_COLOURS[state])


def state_label(state: str) -> str:
    """A display state's name in the user's language (the service's STATE_LABELS in English)."""
    return t(STATE_NAMES[state]) if state in STATE_NAMES else STATE_LABELS[state]


def _date(day: dt.date, fmt: str) -> str:
    """A date with month/day names in the user's language (Qt format, e.g. "ddd MMM d")."""
    return i18n.locale().toString(QDate(day.year, day.month, day.day), fmt)


def tint(state: str) -> QColor:
    c = colour(state)
    return QColor.fromRgbF(c.redF() * 0.16 + 0.84, c.greenF() * 0.16 + 0.84, c.blueF() * 0.16 + 0.84)


def month_grid_start(year: int, month: int) -> dt.date:
    """The Sunday on or before the first of the month (US calendars start on Sunday)."""
    first = dt.date(year, month, 1)
    return first - dt.timedelta(days=(first.weekday() + 1) % 7)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=(day.weekday() + 1) % 7)


def _by_day(entries: list[CalendarEntry]) -> dict[dt.date, list[CalendarEntry]]:
    """Entries per day, the ones that need attention first (broken, overdue, partly kept, due...)."""
    days: dict[dt.date, list[CalendarEntry]] = defaultdict(list)
    for e in sorted(entries, key=lambda e: (SEVERITY.index(e.state), e.account_number)):
        days[e.due_date].append(e)
    return days


def worst(entries: list[CalendarEntry]) -> str | None:
    states = {e.state for e in entries}
    return next((s for s in SEVERITY if s in states), None)


# --- models ---------------------------------------------------------------------------------------------------


class MonthModel(QAbstractTableModel):
    """Six weeks of seven days; each cell holds that day's entries."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year, self.month = dt.date.today().year, dt.date.today().month
        self.today = dt.date.today()
        self._days: dict[dt.date, list[CalendarEntry]] = {}

    def set_month(self, year: int, month: int, entries: list[CalendarEntry], today: dt.date) -> None:
        self.beginResetModel()
        self.year, self.month, self.today = year, month, today
        self._days = _by_day(entries)
        self.endResetModel()

    def first_day(self) -> dt.date:
        return month_grid_start(self.year, self.month)

    def last_day(self) -> dt.date:
        return self.first_day() + dt.timedelta(days=41)

    def date_at(self, row: int, column: int) -> dt.date:
        return self.first_day() + dt.timedelta(days=row * 7 + column)

    def index_of(self, day: dt.date) -> QModelIndex:
        offset = (day - self.first_day()).days
        if not 0 <= offset < 42:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.date_at(index.row(), index.column())
        items = self._days.get(day, [])
        if role == Qt.ItemDataRole.DisplayRole:
            counts: dict[str, int] = defaultdict(int)
            for e in items:
                counts[e.state] += 1
            summary = ", ".join(f"{n} {state_label(s).lower()}" for s, n in sorted(counts.items(), key=lambda kv: SEVERITY.index(kv[0])))
            return f"{day.day}" + (f": {summary}" if summary else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if not items:
                return None
            return "\n".join(e.describe for e in items)
        if role == Qt.ItemDataRole.BackgroundRole:
            state = worst(items)
            return QBrush(tint(state)) if state else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#9ca3af")) if day.month != self.month else None
        if role == EntryRole:
            return list(items)
        if role == DateRole:
            return day
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{day:%A %B %d}: " + ("; ".join(e.describe for e in items) or "no promises")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return i18n.locale().dayName((section + 6) % 7 + 1, QLocale.FormatType.ShortFormat)
        return self.tr("Week {n}").format(n=self.date_at(section, 0).isocalendar()[1] if section < 6 else "")


class WeekModel(QAbstractTableModel):
    """Seven day columns; row n of a column is that day's n-th promise."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.start = week_start(dt.date.today())
        self.today = dt.date.today()
        self._columns: list[list[CalendarEntry]] = [[] for _ in range(7)]

    def set_week(self, start: dt.date, entries: list[CalendarEntry], today: dt.date) -> None:
        self.beginResetModel()
        self.start, self.today = start, today
        days = _by_day(entries)
        self._columns = [days.get(start + dt.timedelta(days=i), []) for i in range(7)]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else max((len(c) for c in self._columns), default=0)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def entry(self, index: QModelIndex) -> CalendarEntry | None:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        return column[index.row()] if index.row() < len(column) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        e = self.entry(index)
        if role == DateRole and index.isValid():
            return self.start + dt.timedelta(days=index.column())
        if e is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{e.consumer}\n{calendar.fmt_money(e.amount, e.currency)} · {e.account_number}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.describe + "\nClick to open the account."
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(tint(e.state))
        if role == StateRole:
            return e.state
        if role == AccountRole:
            return e.account_id
        if role == EntryRole:
            return e
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            day = self.start + dt.timedelta(days=section)
            return _date(day, self.tr("ddd MMM d")) + ("  " + self.tr("(today)") if day == self.today else "")
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if role == Qt.ItemDataRole.FontRole and orientation == Qt.Orientation.Horizontal:
            if self.start + dt.timedelta(days=section) == self.today:
                font = QFont()
                font.setBold(True)
                return font
        return None


class DayListModel(QAbstractListModel):
    """One day's promises (the side list: today's due list unless another day is picked)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[CalendarEntry] = []

    def set_entries(self, items: list[CalendarEntry]) -> None:
        self.beginResetModel()
        self._items = sorted(items, key=lambda e: (SEVERITY.index(e.state), e.account_number))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        e = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            paid = (" · " + self.tr("paid {amount}").format(amount=calendar.fmt_money(e.paid_amount, e.currency))
                    if e.paid_amount else "")
            seq = self.tr("{seq} of {of}").format(seq=e.seq, of=e.of)
            return (f"{e.consumer}  {calendar.fmt_money(e.amount, e.currency)}\n"
                    f"{e.account_number} · {state_label(e.state)} · {seq}{paid}"
                    + (f"\n{e.collector}" if e.collector else ""))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(tint(e.state))
        if role == StateRole:
            return e.state
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.describe + "\nClick to open the account."
        if role == AccountRole:
            return e.account_id
        if role == EntryRole:
            return e
        return None


# --- painting a month cell ------------------------------------------------------------------------------------


class MonthDelegate(QStyledItemDelegate):
    """Day number, then one coloured line per promise ("+n more" when they do not fit)."""

    LINE = 17

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = option.rect
        model = index.model()
        day: dt.date = index.data(DateRole)
        items: list[CalendarEntry] = index.data(EntryRole) or []
        in_month = day.month == model.month
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor("#ffffff") if in_month else QColor("#f3f4f6"))
        if selected:
            painter.fillRect(rect, QColor("#dbeafe"))
        painter.setPen(QColor("#e5e7eb"))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        font = QFont(option.font)
        font.setBold(day == model.today)
        painter.setFont(font)
        number = QRect(rect.left() + 4, rect.top() + 2, 26, 18)
        if day == model.today:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(QColor("#1d4ed8"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(number.adjusted(2, 0, -2, 0))
            painter.setPen(QColor("#ffffff"))
        else:
            painter.setPen(QColor("#111827") if in_month else QColor("#9ca3af"))
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))
        font.setBold(False)
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        top = rect.top() + 22
        room = max((rect.bottom() - top) // self.LINE, 0)
        shown = items if len(items) <= room else items[: max(room - 1, 0)]
        for e in shown:
            line = QRect(rect.left() + 3, top, rect.width() - 6, self.LINE - 2)
            painter.fillRect(line, tint(e.state))
            painter.fillRect(QRect(line.left(), line.top(), 4, line.height()), colour(e.state))
            painter.setPen(QColor("#111827"))
            text = painter.fontMetrics().elidedText(e.label, Qt.TextElideMode.ElideRight, line.width() - 8)
            painter.drawText(line.adjusted(7, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
            top += self.LINE
        if len(shown) < len(items):
            painter.setPen(QColor("#374151"))
            painter.drawText(QRect(rect.left() + 6, top, rect.width() - 8, self.LINE - 2),
                             Qt.AlignmentFlag.AlignVCenter, f"+{len(items) - len(shown)} more")
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(120, 96)


class ChipDelegate(QStyledItemDelegate):
    """One promise as a tinted card with its state's colour bar; the first text line bold."""

    def __init__(self, lines: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines = lines

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        state = index.data(StateRole)
        if state is None:
            return
        painter.save()
        rect = option.rect.adjusted(2, 2, -2, -2)
        painter.fillRect(rect, tint(state))
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QColor("#1d4ed8"))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.fillRect(QRect(rect.left(), rect.top(), 5, rect.height()), colour(state))
        text = rect.adjusted(10, 3, -4, -3)
        line_h = painter.fontMetrics().height()
        for n, line in enumerate((index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n")):
            font = QFont(option.font)
            font.setBold(n == 0)
            painter.setFont(font)
            painter.setPen(QColor("#111827") if n == 0 else QColor("#374151"))
            shown = painter.fontMetrics().elidedText(line, Qt.TextElideMode.ElideRight, text.width())
            painter.drawText(QRect(text.left(), text.top() + n * line_h, text.width(), line_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(160, option.fontMetrics.height() * self.lines + 12)


# --- the panel ------------------------------------------------------------------------------------------------


class PromiseCalendar(QWidget):
    """Month/week calendar of promises with the selected day's list; emits `loaded` after each load."""

    loaded = Signal(int)  # number of entries in the range shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("promiseCalendar")
        self.today = today or dt.date.today()
        self.anchor = self.today          # the month or week shown contains this day
        self.selected_day = self.today
        self.mode = "month"
        self.entries: list[CalendarEntry] = []
        self._generation = 0

        self.month_model = MonthModel(self)
        self.week_model = WeekModel(self)
        self.day_model = DayListModel(self)

        # Toolbar: navigation, title, view switch, collector filter, export.
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous month or week"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next month or week"))
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() + 4)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.month_button = QPushButton(self.tr("Month"))
        self.week_button = QPushButton(self.tr("Week"))
        views = QButtonGroup(self)
        for b in (self.month_button, self.week_button):
            b.setCheckable(True)
            views.addButton(b)
        self.month_button.setChecked(True)
        self.collector_box = QComboBox()
        self.collector_box.setToolTip(self.tr("Whose promises to show"))
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.export_button.setToolTip(self.tr("Save the promises shown as a calendar file Outlook can open"))
        self.names_box = QCheckBox(self.tr("Names in export"))
        self.names_box.setToolTip(self.tr("Put consumers' names in the exported events (personal data leaves the app)"))
        self.status = QLabel()
        self.status.setObjectName("calendarStatus")

        bar = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addSpacing(12)
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)
        bar.addSpacing(12)
        bar.addWidget(self.collector_box)
        bar.addWidget(self.export_button)
        bar.addWidget(self.names_box)

        legend = QHBoxLayout()
        for state in ("due", "overdue", "kept", "partly_kept", "broken", "pending"):
            chip = QLabel(f"  {state_label(state)}  ")
            chip.setStyleSheet(f"background:{tint(state).name()}; border-left:4px solid {STATE_COLOURS[state]};"
                               "padding:1px 4px;")
            legend.addWidget(chip)
        legend.addStretch(1)

        self.month_view = QTableView()
        self.month_view.setObjectName("monthView")
        self.month_view.setModel(self.month_model)
        self.month_view.setItemDelegate(MonthDelegate(self.month_view))
        self.month_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.month_view.setShowGrid(False)
        self.month_view.verticalHeader().setVisible(False)
        self.month_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_view.clicked.connect(self._day_clicked)

        self.week_view = QTableView()
        self.week_view.setObjectName("weekView")
        self.week_view.setModel(self.week_model)
        self.week_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.week_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week_view.verticalHeader().setVisible(False)
        self.week_view.setWordWrap(False)
        self.week_view.setShowGrid(False)
        self.week_view.setItemDelegate(ChipDelegate(2, self.week_view))
        self.week_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 14)
        self.week_view.clicked.connect(self._week_clicked)

        self.views = QStackedWidget()
        self.views.addWidget(self.month_view)
        self.views.addWidget(self.week_view)

        self.day_title = QLabel()
        self.day_title.setObjectName("dayTitle")
        day_font = self.day_title.font()
        day_font.setBold(True)
        self.day_title.setFont(day_font)
        self.day_list = QListView()
        self.day_list.setObjectName("dayList")
        self.day_list.setModel(self.day_model)
        self.day_list.setItemDelegate(ChipDelegate(3, self.day_list))
        self.day_list.setSpacing(1)
        self.day_list.clicked.connect(self._open_entry)
        for view in (self.day_list, self.week_view):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(lambda pos, v=view: self._entry_menu(v, pos))
        self.day_total = QLabel()
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.addWidget(self.day_title)
        side_lay.addWidget(self.day_list, 1)
        side_lay.addWidget(self.day_total)

        split = QSplitter()
        split.addWidget(self.views)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 320])

        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addLayout(legend)
        lay.addWidget(split, 1)

        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.export_button.clicked.connect(self._export_clicked)
        self.ctx.changed.connect(self._changed)
        self.collector_box.currentIndexChanged.connect(lambda _i: self.reload())
        self._fill_collectors()  # then loads the entries

    # --- range and navigation ---

    def visible_range(self) -> tuple[dt.date, dt.date]:
        if self.mode == "month":
            start = month_grid_start(self.anchor.year, self.anchor.month)
            return start, start + dt.timedelta(days=41)
        start = week_start(self.anchor)
        return start, start + dt.timedelta(days=6)

    def step(self, direction: int) -> None:
        if self.mode == "month":
            month_index = self.anchor.year * 12 + self.anchor.month - 1 + direction
            self.anchor = dt.date(month_index // 12, month_index % 12 + 1, 1)
        else:
            self.anchor += dt.timedelta(weeks=direction)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.selected_day = self.today
        self.reload()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        if mode == "week":
            self.anchor = self.selected_day
        self.month_button.setChecked(mode == "month")
        self.week_button.setChecked(mode == "week")
        self.views.setCurrentIndex(0 if mode == "month" else 1)
        self.reload()

    def _fill_collectors(self) -> None:
        """Whose promises: a supervisor picks from the team (read off the GUI thread), then the entries load."""
        self.collector_box.blockSignals(True)
        self.collector_box.clear()
        actor = self.ctx.actor
        if actor.is_supervisor:
            self.collector_box.addItem(self.tr("Whole team") if not actor.is_admin else self.tr("Everyone"), None)
            self.ctx.query(self, calendar.team_members, self.ctx.session_factory, actor, key="members",
                           on_done=self._members, on_error=self._failed)
        else:
            self.collector_box.addItem(self.tr("My promises"), actor.user_id)
            self.collector_box.setEnabled(False)
            self.reload()
        self.collector_box.blockSignals(False)

    def _members(self, members: list[tuple[uuid.UUID, str]]) -> None:
        self.collector_box.blockSignals(True)
        for uid, name in members:
            self.collector_box.addItem(name, uid)
        self.collector_box.blockSignals(False)
        self.reload()

    def _changed(self, changes: Changes, _by: object) -> None:
        """A promise taken, approved or rejected, or a payment on an account shown, changes the calendar."""
        if changes.promises or changes.all_accounts or changes.accounts & {e.account_id for e in self.entries}:
            self.reload()

    def collector_filter(self) -> list[uuid.UUID] | None:
        uid = self.collector_box.currentData()
        return [uid] if uid is not None else None

    # --- loading ---

    def reload(self) -> None:
        start, end = self.visible_range()
        if self.mode == "month":
            month = i18n.locale().standaloneMonthName(self.anchor.month)
            self.title.setText(f"{month[:1].upper()}{month[1:]} {self.anchor.year}")
        else:
            self.title.setText(self.tr("Week of {start} – {end}, {year}").format(
                start=_date(start, self.tr("MMM d")), end=_date(end, self.tr("MMM d")), year=end.year))
        self.status.setText(self.tr("Loading…"))
        self._generation += 1
        generation = self._generation
        self.ctx.query(self, calendar.entries, self.ctx.session_factory, self.ctx.actor, start, end,
                       collector_ids=self.collector_filter(), today=self.today, key="entries",
                       on_done=lambda result: self._loaded(generation, result), on_error=self._failed)

    def _loaded(self, generation: int, result: list[CalendarEntry]) -> None:
        if generation != self._generation:
            return  # a newer range was asked for meanwhile
        self.entries = result
        if self.mode == "month":
            self.month_model.set_month(self.anchor.year, self.anchor.month, result, self.today)
            index = self.month_model.index_of(self.selected_day)
            if index.isValid():
                self.month_view.setCurrentIndex(index)
        else:
            self.week_model.set_week(week_start(self.anchor), result, self.today)
        start, end = self.visible_range()
        if not start <= self.selected_day <= end:
            self.selected_day = self.today if start <= self.today <= end else (
                self.anchor if self.mode == "week" else dt.date(self.anchor.year, self.anchor.month, 1))
        self._show_day(self.selected_day)
        broken = sum(e.state == "broken" for e in result)
        self.status.setText(self.tr("%n promise payment(s) shown", "", len(result))
                            + (", " + self.tr("%n broken", "", broken) if broken else ""))
        self.loaded.emit(len(result))

    def _failed(self, message: str, _trace: str) -> None:
        self.status.setText(self.tr("Could not load the calendar: {message}").format(message=message))

    # --- the day list and opening accounts ---

    def _show_day(self, day: dt.date) -> None:
        self.selected_day = day
        items = [e for e in self.entries if e.due_date == day]
        self.day_model.set_entries(items)
        self.day_title.setText(self.tr("Due today") if day == self.today
                               else self.tr("Due on {day}").format(day=_date(day, self.tr("dddd, MMMM d"))))
        if items:
            totals: dict[str, Any] = {}
            for e in items:
                totals[e.currency] = totals.get(e.currency, 0) + e.amount
            money = " + ".join(calendar.fmt_money(v, c) for c, v in sorted(totals.items(), key=lambda kv: kv[0] != "USD"))
            self.day_total.setText(self.tr("%n payment(s): {money}", "", len(items)).format(money=money))
        else:
            self.day_total.setText(self.tr("Nothing due."))

    def _day_clicked(self, index: QModelIndex) -> None:
        day = index.data(DateRole)
        if day is not None:
            self._show_day(day)

    def _week_clicked(self, index: QModelIndex) -> None:
        day = index.data(DateRole)
        if day is not None:
            self._show_day(day)
        account = index.data(AccountRole)
        if account is not None:
            self.ctx.open_account(account)

    def _open_entry(self, index: QModelIndex) -> None:
        account = index.data(AccountRole)
        if account is not None:
            self.ctx.open_account(account)

    def _entry_menu(self, view: Any, pos: Any) -> None:
        entry = view.indexAt(pos).data(EntryRole)
        if not isinstance(entry, CalendarEntry):
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open the account"), lambda: self.ctx.open_account(entry.account_id))
        menu.addAction(self.tr("Post a payment…"), lambda: self.post_payment(entry.account_id))
        menu.exec(view.viewport().mapToGlobal(pos))

    def post_payment(self, account_id: uuid.UUID) -> None:
        from .promise_dialogs import PostPaymentDialog

        dialog = PostPaymentDialog(self.ctx, account_id, self, today=self.today)
        dialog.open()  # the payment's changes reload the calendar

    # --- export ---

    def ics_bytes(self) -> bytes:
        start, end = self.visible_range()
        return calendar.to_ics(self.entries, include_names=self.names_box.isChecked(),
                                       calendar_name=f"CCS promises {start:%Y-%m-%d} to {end:%Y-%m-%d}")

    def export_to(self, path: str | Path) -> workers.Task:
        data = self.ics_bytes()
        target = Path(path)
        self.status.setText(self.tr("Saving {file}…").format(file=target.name))
        return self.ctx.query(self, target.write_bytes, data,
                              on_done=lambda _n: self.status.setText(
                                  self.tr("Saved %n promise(s) to {file}", "", len(self.entries)).format(file=target.name)),
                              on_error=lambda m, _t: self.status.setText(
                                  self.tr("Could not save the calendar: {message}").format(message=m)))

    def _export_clicked(self) -> None:
        start, _ = self.visible_range()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export promises"), f"promises-{self.anchor:%Y-%m}.ics",
                                              self.tr("iCalendar files (*.ics)"))
        if path:
            if not path.lower().endswith(".ics"):
                path += ".ics"
            self.export_to(path)
