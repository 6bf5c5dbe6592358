"""The collector's queue as a lazy Qt table model.

Pages of 50 rows arrive from a worker thread as the view scrolls (`canFetchMore`/`fetchMore`), each read by
key after the last row (no OFFSET). With every page the model also asks which accounts changed since its
previous read and now sort inside the part already shown: those are moved to their place, so a row whose
score changed on another workstation is neither skipped nor shown twice. When the context says accounts
changed (`AppContext.changed`), the model re-reads the named ones and moves, updates or drops them; a change
too wide to name (an import, an assignment, a sync) reloads it.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import uuid
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor

from ..services.accounts import queue
from ..services.context import Changes
from . import i18n, ops, theme
from .i18n import t

log = logging.getLogger(__name__)

UTC = dt.timezone.utc
Index = QModelIndex | QPersistentModelIndex
# Clocks differ between workstations: re-read a little before the previous read started.
CHANGE_MARGIN = dt.timedelta(seconds=30)

COLUMNS: tuple[tuple[str, str], ...] = (
    # (sort key, header)
    ("score", QT_TRANSLATE_NOOP("ccs", "Score")),
    ("consumer", QT_TRANSLATE_NOOP("ccs", "Consumer")),
    ("client", QT_TRANSLATE_NOOP("ccs", "Client")),
    ("account", QT_TRANSLATE_NOOP("ccs", "Account")),
    ("balance", QT_TRANSLATE_NOOP("ccs", "Balance")),
    ("age", QT_TRANSLATE_NOOP("ccs", "Days")),
    ("last_contact", QT_TRANSLATE_NOOP("ccs", "Last contact")),
    ("next_action", QT_TRANSLATE_NOOP("ccs", "Next action")),
    ("local_time", QT_TRANSLATE_NOOP("ccs", "Local time")),
    ("callable", QT_TRANSLATE_NOOP("ccs", "Callable")),
)
STATE_COLOURS = {"callable": "#1b7f3b", "later": "#9a6700", "blocked": "#b42318"}
STATE_COLOURS_DARK = {"callable": "#5cc27a", "later": "#e3b341", "blocked": "#ff7b72"}  # readable on a dark base


def state_colour(state: str) -> str:
    return (STATE_COLOURS_DARK if theme.is_dark() else STATE_COLOURS).get(state, "#000000")


def local_times(zones: tuple[str, ...], now: dt.datetime) -> str:
    """The consumer's clock in each candidate zone, e.g. "14:05 EST / 13:05 CST"."""
    seen: list[str] = []
    for name in zones:
        try:
            local = now.astimezone(ZoneInfo(name))
        except Exception:
            continue
        text = f"{local:%H:%M} {local.tzname()}"
        if text not in seen:
            seen.append(text)
    return " / ".join(seen) if seen else t(QT_TRANSLATE_NOOP("ccs", "unknown"))


def state_text(state: queue.CallableState, zones: tuple[str, ...]) -> str:
    if state.state == "callable":
        return t(QT_TRANSLATE_NOOP("ccs", "callable"))
    if state.state == "blocked":
        return t(QT_TRANSLATE_NOOP("ccs", "blocked"))
    if state.until is None:
        return t(QT_TRANSLATE_NOOP("ccs", "later"))
    return t(QT_TRANSLATE_NOOP("ccs", "not until {when}")).format(when=until_text(state.until, zones))


def until_text(until: dt.datetime, zones: tuple[str, ...], now: dt.datetime | None = None) -> str:
    """When a blocked contact opens, on the consumer's clock: "14:30 local", "Tue 08:00 local", "Tue Dec 01 08:00 local"."""
    zone = ZoneInfo(zones[0]) if zones else UTC
    local = until.astimezone(zone)
    today = (now or dt.datetime.now(UTC)).astimezone(zone).date()
    if local.date() == today:
        return t(QT_TRANSLATE_NOOP("ccs", "{time} local")).format(time=f"{local:%H:%M}")
    if (local.date() - today).days < 6:
        return t(QT_TRANSLATE_NOOP("ccs", "{time} local")).format(time=f"{i18n.weekday(local.date())} {local:%H:%M}")
    return t(QT_TRANSLATE_NOOP("ccs", "{time} local")).format(time=f"{i18n.short_date(local.date())} {local:%H:%M}")


# The reasons the services give for a state (services/accounts/callable_now.py, workspace.py, contacts/attempts.py),
# in the workstation's language where shown.
REASONS = {
    "Deceased": QT_TRANSLATE_NOOP("ccs", "Deceased"), "Bankruptcy": QT_TRANSLATE_NOOP("ccs", "Bankruptcy"),
    "Represented by an attorney": QT_TRANSLATE_NOOP("ccs", "Represented by an attorney"),
    "Cease requested": QT_TRANSLATE_NOOP("ccs", "Cease requested"),
    "Unverified dispute": QT_TRANSLATE_NOOP("ccs", "Unverified dispute"),
    "Location unknown: add an address before calling":
        QT_TRANSLATE_NOOP("ccs", "Location unknown: add an address before calling"),
    "Frequency limit: the next call is allowed later":
        QT_TRANSLATE_NOOP("ccs", "Frequency limit: the next call is allowed later"),
    "Outside calling hours in the consumer's time zone":
        QT_TRANSLATE_NOOP("ccs", "Outside calling hours in the consumer's time zone"),
    "Marked as a bad number": QT_TRANSLATE_NOOP("ccs", "Marked as a bad number"),
    "Do not call this number": QT_TRANSLATE_NOOP("ccs", "Do not call this number"),
    "No consumer on the account": QT_TRANSLATE_NOOP("ccs", "No consumer on the account"),
    "No usable phone number": QT_TRANSLATE_NOOP("ccs", "No usable phone number"),
}
CHECKED_OUT = "Checked out for offline work on "


def reason_text(reason: str | None) -> str:
    """A state's reason in the workstation's language; a guardrail's own message (with its rule and citation on
    the decision) stays as the engine wrote it."""
    if not reason:
        return ""
    if reason.startswith(CHECKED_OUT):
        return t(QT_TRANSLATE_NOOP("ccs", "Checked out for offline work on {where}")).format(
            where=reason[len(CHECKED_OUT):])
    return "; ".join(t(REASONS[part]) if part in REASONS else part for part in reason.split("; "))


NEXT_ACTIONS = {
    "callback": QT_TRANSLATE_NOOP("ccs", "callback"), "broken promise": QT_TRANSLATE_NOOP("ccs", "broken promise"),
    "promise due": QT_TRANSLATE_NOOP("ccs", "promise due"), "promise": QT_TRANSLATE_NOOP("ccs", "promise {date}"),
}


def next_action_text(row: queue.QueueRow, now: dt.datetime) -> str:
    """The queue's next action in the workstation's language ("promise due", "promesa vence"...)."""
    kind, day = row.next_action_kind(now.date(), now)
    if not kind:
        return ""
    text = t(NEXT_ACTIONS.get(kind, kind))
    return text.format(date=i18n.short_date(day, with_weekday=False)) if day is not None else text


class QueueModel(QAbstractTableModel):
    PAGE = queue.PAGE

    loading_changed = Signal(bool)
    page_loaded = Signal(int)      # rows now loaded
    load_failed = Signal(str)

    def __init__(self, context: Any, filters: queue.QueueFilters | None = None, parent: Any = None, *,
                 synchronous: bool = False) -> None:
        super().__init__(parent)
        self._context = context
        self._filters = filters or queue.QueueFilters()
        self._rows: list[queue.QueueRow] = []
        self._ids: set[uuid.UUID] = set()
        self._next_key: queue.PageKey | None = None
        self._exhausted = False
        self._loading = False
        self._since: dt.datetime | None = None
        self._generation = 0
        self._synchronous = synchronous
        self.clock: Any = None          # tests set a fixed "now"
        context.changed.connect(self._changes)
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._clock_moved)
        self._tick.start()

    # --- Qt model API -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return t(COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] == "age":
                return self.tr("Days since charge-off (or delinquency)")
        return None

    def now(self) -> dt.datetime:
        return self.clock or dt.datetime.now(UTC)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < len(COLUMNS)):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "callable":
                return reason_text(row.callable.reason) or self.tr("Callable now: the guardrails allow a call")
            if key == "local_time":
                return ", ".join(row.zones) or self.tr("Location unknown")
            if key == "last_contact" and row.last_contact_at:
                return row.last_contact_at.astimezone().strftime("%Y-%m-%d %H:%M (your time)")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and key == "callable":
            return QBrush(QColor(state_colour(row.callable.state)))
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("score", "balance", "age"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: queue.QueueRow, key: str) -> str:
        now = self.now()
        if key == "score":
            return f"{row.priority_score:.2f}"
        if key == "consumer":
            return row.consumer
        if key == "client":
            return row.client
        if key == "account":
            return row.account_number
        if key == "balance":
            return f"{row.currency} {row.balance:,.2f}"
        if key == "age":
            days = row.days_since(now.date())
            return "" if days is None else f"{days:,}"
        if key == "last_contact":
            if row.last_contact_at is None:
                return ""
            return f"{row.last_contact_at.astimezone():%m-%d %H:%M} {row.last_result or ''}".strip()
        if key == "next_action":
            return next_action_text(row, now)
        if key == "local_time":
            return local_times(row.zones, now)
        if key == "callable":
            return state_text(row.callable, row.zones)
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column][0]
        if key == self._filters.sort and descending == self._filters.descending:
            return
        self.set_filters(self._filters.with_(sort=key, descending=descending))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._set_loading(True)
        args = (self._generation, self._filters, self._next_key, self._since, self.clock)
        if self._synchronous:
            self._page_done(self._load_page(*args))
            return
        ops.query(self, self._load_page, *args, on_done=self._page_done, on_error=self._failed)

    # --- public -----------------------------------------------------------------------------------

    @property
    def filters(self) -> queue.QueueFilters:
        return self._filters

    def set_filters(self, filters: queue.QueueFilters) -> None:
        self._filters = filters
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows.clear()
        self._ids.clear()
        self._next_key = None
        self._exhausted = False
        self._since = None
        self.endResetModel()
        self._set_loading(False)
        self.fetchMore()

    def row_at(self, index: int) -> queue.QueueRow | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def row_of(self, account_id: uuid.UUID) -> int:
        for i, row in enumerate(self._rows):
            if row.id == account_id:
                return i
        return -1

    def loading(self) -> bool:
        return self._loading

    def exhausted(self) -> bool:
        return self._exhausted

    def _changes(self, changes: Changes, _by: object) -> None:
        if changes.all_accounts or changes.queue:
            self.reload()
        elif changes.accounts:
            self.refresh_rows(sorted(changes.accounts))

    def refresh_rows(self, ids: list) -> None:
        """Re-read these accounts and move, update or drop their rows."""
        ids = [i for i in ids if isinstance(i, uuid.UUID)]
        if not ids:
            return
        args = (self._generation, ids, self.clock)
        if self._synchronous:
            self._changed_done(self._load_rows(*args))
            return
        ops.query(self, self._load_rows, *args, on_done=self._changed_done, on_error=self._failed)

    # --- loading (worker thread) ------------------------------------------------------------------

    def _load_page(self, generation: int, filters: queue.QueueFilters, after: queue.PageKey | None,
                   since: dt.datetime | None, clock: dt.datetime | None) -> tuple:
        started = dt.datetime.now(UTC)
        at = clock or started
        page, moved = queue.page_and_moved(self._context.session_factory, self._context.actor, filters, after,
                                           since - CHANGE_MARGIN if since is not None else None, self.PAGE, at)
        return generation, filters, page, moved, started

    def _load_rows(self, generation: int, ids: list[uuid.UUID], clock: dt.datetime | None) -> tuple:
        at = clock or dt.datetime.now(UTC)
        return generation, ids, queue.rows(self._context.session_factory, self._context.actor, ids, at), at

    # --- results (GUI thread) ---------------------------------------------------------------------

    def _set_loading(self, value: bool) -> None:
        if self._loading != value:
            self._loading = value
            self.loading_changed.emit(value)

    def _page_done(self, result: tuple) -> None:
        generation, filters, page, moved, started = result
        if generation != self._generation:
            return
        self._set_loading(False)
        for row in moved:           # changed since the last read and now inside the shown part
            self._place(row, within_loaded=True)
        fresh = []
        for row in page.rows:
            if row.id in self._ids:  # it moved down past the cursor: move it rather than show it twice
                self._remove(row.id)
            fresh.append(row)
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(r.id for r in fresh)
            self.endInsertRows()
        self._next_key = page.next_key
        self._exhausted = page.next_key is None
        self._since = started
        self.page_loaded.emit(len(self._rows))

    def _changed_done(self, result: tuple) -> None:
        generation, ids, rows, at = result
        if generation != self._generation:
            return
        found = {r.id: r for r in rows}
        for account_id in ids:
            row = found.get(account_id)
            if row is None or not queue.matches(row, self._filters, at):
                self._remove(account_id)
            else:
                self._place(row, within_loaded=True)

    def _failed(self, message: str, _trace: str) -> None:
        self._set_loading(False)
        log.warning("could not load the queue (its error is logged just before, scrubbed)")
        self.load_failed.emit(message)

    # --- keeping rows in order --------------------------------------------------------------------

    def _cmp(self, a: queue.QueueRow, b: queue.QueueRow) -> int:
        return queue.compare_keys(queue.key_of(a, self._filters), queue.key_of(b, self._filters), self._filters)

    def _remove(self, account_id: uuid.UUID) -> None:
        at = self.row_of(account_id)
        if at < 0:
            return
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self._ids.discard(account_id)
        self.endRemoveRows()

    def _place(self, row: queue.QueueRow, within_loaded: bool) -> None:
        """Put a re-read row where it sorts now; past the loaded part it waits for its page."""
        at = self.row_of(row.id)
        if at >= 0:
            old = self._rows[at]
            if self._cmp(old, row) == 0 or (self._position(row, skip=at) == at):
                self._rows[at] = row
                self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))
                return
            self._remove(row.id)
        position = self._position(row)
        if position >= len(self._rows) and not self._exhausted and within_loaded:
            if self._next_key is None or queue.compare_keys(queue.key_of(row, self._filters), self._next_key,
                                                            self._filters) > 0:
                return
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, row)
        self._ids.add(row.id)
        self.endInsertRows()

    def _position(self, row: queue.QueueRow, skip: int = -1) -> int:
        others = [r for i, r in enumerate(self._rows) if i != skip]
        lo, hi = 0, len(others)
        cmp = functools.partial(self._cmp, row)
        while lo < hi:
            mid = (lo + hi) // 2
            if cmp(others[mid]) > 0:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _clock_moved(self) -> None:
        if self._rows:
            for key in ("local_time", "callable", "next_action"):
                column = [k for k, _ in COLUMNS].index(key)
                self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))
