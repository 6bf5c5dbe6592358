"""The workspace's Notes tab: the account's one history in time order (ui side of services/accounts/timeline.py),
filtered by kind, and the quick note (Ctrl+L) that appends an account note through the notes service."""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..services.accounts import notes, timeline
from ..services.context import Changes
from .i18n import t

KIND_NAMES = {
    "contact": QT_TRANSLATE_NOOP("ccs", "Contacts"), "note": QT_TRANSLATE_NOOP("ccs", "Notes"),
    "dispute": QT_TRANSLATE_NOOP("ccs", "Disputes"), "promise": QT_TRANSLATE_NOOP("ccs", "Promises"),
    "payment": QT_TRANSLATE_NOOP("ccs", "Payments"), "letter": QT_TRANSLATE_NOOP("ccs", "Letters"),
    "document": QT_TRANSLATE_NOOP("ccs", "Documents"), "flag": QT_TRANSLATE_NOOP("ccs", "Flags"),
    "assignment": QT_TRANSLATE_NOOP("ccs", "Assignments"),
}
KIND_COLOURS = {"contact": "#175cd3", "note": "#344054", "dispute": "#b54708", "promise": "#027a48",
                "payment": "#027a48", "letter": "#6941c6", "document": "#6941c6", "flag": "#b42318",
                "assignment": "#475467"}
FLAGGED = QColor("#b42318")


class TimelinePanel(QWidget):
    """One account's history, newest first; a kind filter; the quick note line."""

    loaded = Signal()
    note_saved = Signal(object)   # the Note
    failed = Signal(str)

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id: uuid.UUID | None = None
        self.entries: list[timeline.TimelineEntry] = []
        self._note_id: uuid.UUID | None = None   # the id a retry of an unsure save sends again
        self.setObjectName("timelinePanel")
        root = QVBoxLayout(self)
        root.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        self.quick_note = QLineEdit()
        self.quick_note.setObjectName("quickNote")
        self.quick_note.setPlaceholderText(self.tr("Quick note on the account (Ctrl+L), Enter saves"))
        self.quick_note.setMaxLength(notes.MAX_NOTE)
        self.quick_note.returnPressed.connect(self.save_note)
        self.save_button = QPushButton(self.tr("Add &note"))
        self.save_button.setObjectName("addNote")
        self.save_button.clicked.connect(self.save_note)
        row.addWidget(self.quick_note, 1)
        row.addWidget(self.save_button)
        root.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show")))
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("timelineFilter")
        self.kind_filter.addItem(self.tr("Everything"), None)
        for kind in timeline.KINDS:
            self.kind_filter.addItem(t(KIND_NAMES[kind]), kind)
        self.kind_filter.currentIndexChanged.connect(self._fill)
        row.addWidget(self.kind_filter)
        self.status = QLabel()
        self.status.setObjectName("timelineStatus")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        root.addLayout(row)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("timeline")
        self.table.setHorizontalHeaderLabels((self.tr("When"), self.tr("What"), self.tr("Who")))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        root.addWidget(self.table, 1)
        ctx.changed.connect(self._changed)

    def show_account(self, account_id: uuid.UUID) -> None:
        if account_id != self.account_id:
            self.quick_note.clear()
            self._note_id = None
            self.status.setText("")
            self.table.setRowCount(0)
        self.account_id = account_id
        self.reload()

    def reload(self) -> None:
        if self.account_id is None:
            return
        self.ctx.query(self, timeline.account_timeline, self.ctx.session_factory, self.ctx.actor, self.account_id,
                       key="load", on_done=self._loaded, on_error=self._error)

    def _changed(self, changes: Changes, _by: object) -> None:
        if self.account_id is not None and changes.touches(self.account_id):
            self.reload()

    def _loaded(self, entries: list[timeline.TimelineEntry]) -> None:
        self.entries = entries
        self._fill()
        self.loaded.emit()

    def shown(self) -> list[timeline.TimelineEntry]:
        kind = self.kind_filter.currentData()
        return [e for e in self.entries if kind is None or e.kind == kind]

    def _fill(self, *_args: Any) -> None:
        shown = self.shown()
        self.table.setRowCount(len(shown))
        for r, e in enumerate(shown):
            what = e.title + (f"\n{e.detail}" if e.detail else "")
            cells = (f"{e.at.astimezone():%Y-%m-%d %H:%M}", what, e.who)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, e.kind)
                if c == 1:
                    item.setForeground(QBrush(FLAGGED if e.flagged else QColor(KIND_COLOURS.get(e.kind, "#101828"))))
                    item.setToolTip(t(KIND_NAMES[e.kind]))
                self.table.setItem(r, c, item)
        self.table.scrollToTop()
        if not shown:
            self.status.setText(self.tr("Nothing of this kind on the account yet.") if self.entries
                                else self.tr("No history yet: contacts, notes, payments and letters appear here."))
        elif not self.status.text().startswith(self.tr("Saved")):
            self.status.setText(self.tr("%n entries", "", len(shown)))

    def _error(self, message: str, _trace: str) -> None:
        self.status.setText(f"<span style='color:#b42318'>{html.escape(message)}</span>")
        self.save_button.setEnabled(True)
        self.failed.emit(message)

    def focus_note(self) -> None:
        self.quick_note.setFocus()
        self.quick_note.selectAll()

    def save_note(self) -> None:
        text = self.quick_note.text().strip()
        if self.account_id is None:
            return
        if not text:
            self.status.setText(self.tr("Write the note first."))
            return
        if self._note_id is None:
            from ..models import new_id

            self._note_id = new_id()
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.ctx.write(self, notes.add_note, self.ctx.session_factory, self.ctx.actor, self.account_id, text,
                       note_id=self._note_id, progress=self.tr("Saving…"), on_done=self._saved, on_error=self._error)

    def _saved(self, note: Any) -> None:
        self._note_id = None
        self.save_button.setEnabled(True)
        self.quick_note.clear()
        self.status.setText(self.tr("Saved. A correction is a new note."))
        self.note_saved.emit(note)
