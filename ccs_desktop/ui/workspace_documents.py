"""The workspace's Documents tab: every letter sent on the account (open, print with the system print dialog, save
as PDF; each read back checked against its SHA-256) with the single-account letters sent from here through the
guardrails, and every document received (attach a file with its type and when it was received; open or save a
copy, checked against its fingerprint)."""

from __future__ import annotations

import datetime as dt
import html
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from ..models.document import DocumentKind
from ..services.accounts import documents
from ..services.context import Changes
from ..services.letters import sending
from .context import AppContext
from .letters import LettersPanel

UTC = dt.timezone.utc
KIND_TEXT = {k.value: v for k, v in documents.KIND_LABELS.items()}


def _letter_pdf(session_factory: Any, actor: Any, letter_id: uuid.UUID) -> bytes:
    return sending.letter_pdf(session_factory, actor, letter_id)


def _document(session_factory: Any, actor: Any, document_id: uuid.UUID) -> tuple[Any, bytes]:
    return documents.document_content(session_factory, actor, document_id)


def _temp_copy(name: str, content: bytes) -> str:
    path = Path(tempfile.mkdtemp(prefix="ccs-doc-")) / name
    path.write_bytes(content)
    return str(path)


def spool_pdf(printer: Any, pdf: bytes, name: str) -> str:
    """Send a kept PDF to the printer chosen in the system print dialog; returns what was done.

    "Print to file" writes the PDF itself where the dialog says; otherwise the PDF goes to the operating
    system's spooler (CUPS `lp` with the printer and copies chosen; Windows: the shell's print verb)."""
    target = printer.outputFileName()
    if target:
        Path(target).write_bytes(pdf)
        return target
    path = _temp_copy(name, pdf)
    if sys.platform.startswith("win"):
        os.startfile(path, "print")  # type: ignore[attr-defined]  # noqa: S606
        return printer.printerName()
    command = ["lp", "-n", str(max(1, printer.copyCount()))]
    if printer.printerName():
        command += ["-d", printer.printerName()]
    subprocess.run([*command, path], check=True, capture_output=True, timeout=60)  # noqa: S603
    return printer.printerName()


class SentLetters(LettersPanel):
    """The letters panel (ui/letters.py) with printing and saving a copy."""

    def __init__(self, ctx: AppContext, account_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(ctx, account_id, parent)
        top = self.layout().itemAt(0).layout()
        title = top.itemAt(0).widget()
        if title is not None:
            title.hide()  # the group box around the panel names it
        row = QHBoxLayout()
        row.addStretch(1)
        self.layout().insertLayout(1, row)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("printLetter")
        self.save_button = QPushButton(self.tr("Save as PD&F…"))
        self.save_button.setObjectName("saveLetter")
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
            row.addWidget(button)
        self.print_button.clicked.connect(self.print_selected)
        self.save_button.clicked.connect(lambda: self.save_selected())
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.setWordWrap(True)

    def _selection(self) -> None:
        chosen = bool(self.table.selectedItems())
        self.print_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def _selected(self) -> sending.LetterView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.views[rows[0].row()] if rows else None

    def _with_pdf(self, then: Any) -> None:
        view = self._selected()
        if view is None:
            return
        self.ctx.query(self, _letter_pdf, self.ctx.session_factory, self.ctx.actor, view.id, key="pdf",
                       on_done=lambda pdf: then(view, pdf), on_error=self._error)

    def save_selected(self, path: str | None = None) -> None:
        def save(view: sending.LetterView, pdf: bytes) -> None:
            target = path or QFileDialog.getSaveFileName(
                self, self.tr("Save the letter as PDF"), f"{view.kind}-{view.date:%Y-%m-%d}.pdf", "PDF (*.pdf)")[0]
            if not target:
                return
            try:
                Path(target).write_bytes(pdf)
            except OSError as exc:
                self._error(self.tr("Could not save the letter: {error}").format(error=exc.strerror or exc), "")
                return
            self.message.setText(self.tr("Saved to {path}; its fingerprint matched the letter sent.").format(
                path=html.escape(target)))
        self._with_pdf(save)

    def print_selected(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        def do_print(view: sending.LetterView, pdf: bytes) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(f"{view.kind}-{view.date:%Y-%m-%d}")
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Print the letter"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            try:
                where = spool_pdf(printer, pdf, f"{view.kind}-{str(view.id)[:8]}.pdf")
            except (OSError, subprocess.SubprocessError) as exc:
                self._error(self.tr("The printer did not take the letter: {error}").format(error=exc), "")
                return
            self.message.setText(self.tr("Sent to {printer}.").format(printer=html.escape(where or "")))
        self._with_pdf(do_print)


class AttachDialog(QDialog):
    """The type of a received document, when it was received, and a short description."""

    def __init__(self, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach a document"))
        form = QFormLayout(self)
        form.addRow(self.tr("File"), QLabel(html.escape(file_name)))
        self.kind = QComboBox()
        self.kind.setObjectName("documentKind")
        for kind in DocumentKind:
            self.kind.addItem(self.tr(KIND_TEXT[kind.value]), kind.value)
        form.addRow(self.tr("Type"), self.kind)
        self.received = QDateTimeEdit(QDateTime.currentDateTime())
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.received.setMaximumDateTime(QDateTime.currentDateTime().addSecs(300))
        form.addRow(self.tr("Received"), self.received)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What it says, in a few words"))
        form.addRow(self.tr("Description"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def received_at(self) -> dt.datetime:
        return self.received.dateTime().toPython().astimezone(UTC)


class ReceivedDocuments(QWidget):
    """Documents received for the account: attach, open, save a copy."""

    loaded = Signal()
    attached = Signal(object)   # documents.DocumentView
    failed = Signal(str)

    def __init__(self, ctx: AppContext, account_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account_id
        self.views: list[documents.DocumentView] = []
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addStretch(1)
        self.attach_button = QPushButton(self.tr("&Attach…"))
        self.attach_button.setObjectName("attachDocument")
        self.attach_button.clicked.connect(self._choose)
        self.open_button = QPushButton(self.tr("&Open"))
        self.save_button = QPushButton(self.tr("Save a &copy…"))
        for button in (self.open_button, self.save_button):
            button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(lambda: self.save_selected())
        for button in (self.attach_button, self.open_button, self.save_button):
            top.addWidget(button)
        root.addLayout(top)
        self.message = QLabel()
        self.message.setObjectName("documentsMessage")
        self.message.setWordWrap(True)
        root.addWidget(self.message)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("documentsTable")
        self.table.setHorizontalHeaderLabels((self.tr("Received"), self.tr("Type"), self.tr("File"),
                                              self.tr("Attached by"), self.tr("SHA-256")))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the file name gives way, not the tab
        header.setStretchLastSection(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        root.addWidget(self.table, 1)
        ctx.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        self.ctx.query(self, documents.list_documents, self.ctx.session_factory, self.ctx.actor, self.account_id,
                       key="load", on_done=self._loaded, on_error=self._error)

    def _changed(self, changes: Changes, _by: object) -> None:
        if changes.touches(self.account_id):
            self.reload()

    def _loaded(self, views: list[documents.DocumentView]) -> None:
        self.views = views
        self.table.setRowCount(len(views))
        for row, v in enumerate(views):
            cells = (f"{v.received_at.astimezone():%Y-%m-%d}", self.tr(KIND_TEXT.get(v.kind, v.kind)),
                     f"{v.file_name} ({v.size / 1024:,.0f} KB)", v.attached_by, v.sha256[:12])
            tip = "\n".join(x for x in (v.description, f"{v.received_at.astimezone():%Y-%m-%d %H:%M}",
                                         f"SHA-256 {v.sha256}") if x)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                self.table.setItem(row, col, item)
        if not views:
            self.message.setText(self.tr("No document received yet. Attach a dispute letter, a proof of debt, a "
                                         "bankruptcy notice or an attorney's letter when one arrives."))
        self._selection()
        self.loaded.emit()

    def _selection(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def _error(self, message: str, _trace: str) -> None:
        self.message.setText(f"<span style='color:#b42318'>{html.escape(message)}</span>")
        self.failed.emit(message)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a received document"), "",
                                              self.tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.gif *.txt);;"
                                                      "All files (*)"))
        if not path:
            return
        dialog = AttachDialog(Path(path).name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.attach(path, dialog.kind.currentData(), dialog.received_at(), dialog.description.text())

    def attach(self, path: str, kind: str, received_at: dt.datetime, description: str = "") -> None:
        """Read the file and keep it with the account, off the GUI thread."""
        self.message.setText(self.tr("Attaching…"))
        self.ctx.write(self, documents.attach_file, self.ctx.session_factory, self.ctx.actor, self.account_id, kind,
                       path, received_at, description or None, progress=self.tr("Attaching…"),
                       on_done=self._attached, on_error=self._error)

    def _attached(self, view: documents.DocumentView) -> None:
        if view.duplicate:
            self.message.setText(self.tr("This file is already kept with the account (received {when}): it is "
                                         "not stored twice.").format(when=f"{view.received_at.astimezone():%Y-%m-%d}"))
        else:
            self.message.setText(self.tr("{file} kept with the account.").format(file=html.escape(view.file_name)))
        self.attached.emit(view)

    def _selected(self) -> documents.DocumentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.views[rows[0].row()] if rows else None

    def open_selected(self) -> None:
        view = self._selected()
        if view is None:
            return
        self.ctx.query(self, _document, self.ctx.session_factory, self.ctx.actor, view.id, key="open",
                       on_done=lambda found: QDesktopServices.openUrl(QUrl.fromLocalFile(
                           _temp_copy(found[0].file_name, found[1]))), on_error=self._error)

    def save_selected(self, path: str | None = None) -> None:
        view = self._selected()
        if view is None:
            return

        def save(found: tuple[documents.DocumentView, bytes]) -> None:
            target = path or QFileDialog.getSaveFileName(self, self.tr("Save a copy"), found[0].file_name)[0]
            if not target:
                return
            try:
                Path(target).write_bytes(found[1])
            except OSError as exc:
                self._error(self.tr("Could not save the copy: {error}").format(error=exc.strerror or exc), "")
                return
            self.message.setText(self.tr("Saved to {path}; its fingerprint matched.").format(path=html.escape(target)))
        self.ctx.query(self, _document, self.ctx.session_factory, self.ctx.actor, view.id, key="open",
                       on_done=save, on_error=self._error)


class DocumentsPanel(QWidget):
    """The Documents tab of one account: letters sent above, documents received below."""

    def __init__(self, ctx: AppContext, account_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        split = QSplitter(Qt.Orientation.Vertical)
        letters_box = QGroupBox(self.tr("Letters sent"))
        QVBoxLayout(letters_box).addWidget(letters := SentLetters(ctx, account_id))
        received_box = QGroupBox(self.tr("Documents received"))
        QVBoxLayout(received_box).addWidget(received := ReceivedDocuments(ctx, account_id))
        split.addWidget(letters_box)
        split.addWidget(received_box)
        layout.addWidget(split)
        self.letters = letters
        self.received = received
