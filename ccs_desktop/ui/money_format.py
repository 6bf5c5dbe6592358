"""How the workspace's money tabs write amounts, dates and states (one place, so the tabs and the header agree)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem

from ..services.money.balances import fmt_money
from . import i18n
from .i18n import t

STATE_LABELS = {
    "due": QT_TRANSLATE_NOOP("ccs", "Pending"), "kept": QT_TRANSLATE_NOOP("ccs", "Kept"),
    "partly_kept": QT_TRANSLATE_NOOP("ccs", "Partly kept"), "broken": QT_TRANSLATE_NOOP("ccs", "Broken"),
    "past_due": QT_TRANSLATE_NOOP("ccs", "Past due"),
}
STATE_COLOURS = {"due": "#175cd3", "past_due": "#c4320a", "kept": "#027a48", "partly_kept": "#b54708",
                 "broken": "#b42318"}
STATUS_LABELS = {
    "pending_approval": QT_TRANSLATE_NOOP("ccs", "Waiting for approval"), "active": QT_TRANSLATE_NOOP("ccs", "Active"),
    "kept": QT_TRANSLATE_NOOP("ccs", "Kept"), "broken": QT_TRANSLATE_NOOP("ccs", "Broken"),
    "cancelled": QT_TRANSLATE_NOOP("ccs", "Cancelled"), "rejected": QT_TRANSLATE_NOOP("ccs", "Rejected"),
}
STATUS_COLOURS = {"pending_approval": "#667085", "active": "#175cd3", "kept": "#027a48", "broken": "#b42318",
                  "cancelled": "#475467", "rejected": "#b42318"}
KIND_LABELS = {"single": QT_TRANSLATE_NOOP("ccs", "Promise to pay"), "plan": QT_TRANSLATE_NOOP("ccs", "Payment plan"),
               "settlement": QT_TRANSLATE_NOOP("ccs", "Settlement")}
FREQUENCY_WORDS = {"weekly": QT_TRANSLATE_NOOP("ccs", "weekly"), "biweekly": QT_TRANSLATE_NOOP("ccs", "every two weeks"),
                   "monthly": QT_TRANSLATE_NOOP("ccs", "monthly"), "custom": QT_TRANSLATE_NOOP("ccs", "on chosen dates")}
METHOD_WORDS = {"card": QT_TRANSLATE_NOOP("ccs", "Card"), "ach": QT_TRANSLATE_NOOP("ccs", "ACH"),
                "check": QT_TRANSLATE_NOOP("ccs", "Check"), "cash": QT_TRANSLATE_NOOP("ccs", "Cash"),
                "client_direct": QT_TRANSLATE_NOOP("ccs", "Paid to the client")}
COMPONENT_WORDS = {"principal": QT_TRANSLATE_NOOP("ccs", "Principal"), "interest": QT_TRANSLATE_NOOP("ccs", "Interest"),
                   "fees": QT_TRANSLATE_NOOP("ccs", "Fees"), "costs": QT_TRANSLATE_NOOP("ccs", "Costs")}
TRANSACTION_WORDS = {
    "placement": QT_TRANSLATE_NOOP("ccs", "Placed"), "payment": QT_TRANSLATE_NOOP("ccs", "Payment"),
    "reversal": QT_TRANSLATE_NOOP("ccs", "Reversal"), "adjustment": QT_TRANSLATE_NOOP("ccs", "Adjustment"),
    "interest": QT_TRANSLATE_NOOP("ccs", "Interest"), "fee": QT_TRANSLATE_NOOP("ccs", "Fee"),
    "settlement_write_off": QT_TRANSLATE_NOOP("ccs", "Settlement write-off"),
}
SHOWN_COMPONENTS = ("principal", "interest", "fees", "costs")


def money(amount: Decimal, currency: str) -> str:
    return fmt_money(amount, currency)


def amount(value: Decimal) -> str:
    """A component amount in a narrow column: no currency, a minus sign when negative."""
    return f"{value:,.2f}"


def day(value: dt.date) -> str:
    return i18n.locale().toString(QDate(value.year, value.month, value.day), "MMM d, yyyy")


def pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def word(table: dict[str, str], value: str | None) -> str:
    return t(table[value]) if value in table else (value or "")


def instalment_state(state: str, past_due: bool) -> str:
    """The key of an instalment's state as shown: a due instalment whose date passed is pending, past due."""
    return "past_due" if state == "due" and past_due else state


def iso_day(value: dt.date) -> str:
    """A date in a narrow column."""
    return f"{value:%Y-%m-%d}"


def fitted_tree(columns: list[str], object_name: str, sized: tuple[int, ...] = ()) -> QTreeWidget:
    """A read-only tree whose columns share the width it has (never a horizontal scroll bar: a cell's lines are
    its own, and a line too long for its column is elided, the whole text in its tooltip). The `sized` columns take
    the width of their contents, the others share the rest."""
    from PySide6.QtCore import Qt

    tree = QTreeWidget()
    tree.setObjectName(object_name)
    tree.setHeaderLabels(columns)
    tree.setColumnCount(len(columns))
    tree.setWordWrap(False)
    tree.setUniformRowHeights(False)
    tree.setRootIsDecorated(False)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(24)
    for i in range(len(columns)):
        header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents if i in sized
                                    else QHeaderView.ResizeMode.Stretch)
    return tree


def with_tooltips(item: QTreeWidgetItem) -> QTreeWidgetItem:
    """Each cell's whole text as its tooltip (a narrow column elides it)."""
    for col in range(item.columnCount()):
        if item.text(col) and not item.toolTip(col):
            item.setToolTip(col, item.text(col))
    return item


def escape(text: str) -> str:
    """Text put in a rich-text label (quotes stay as they are)."""
    import html

    return html.escape(text, quote=False)
