"""Letters in the UI: the validation-notice batch dialog (off the GUI thread, progress, cancel) and the account's
letters panel (kept PDFs, send a notice or a template letter)."""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..services.context import Changes
from ..services.letters import notices, sending, template_letters
from . import ops, workers
from .context import AppContext
from .i18n import t

ALL = "all"


def _run_batch(session_factory: Any, actor: Any, placement_id: uuid.UUID | None, language: str | None,
               task: workers.Task) -> notices.BatchResult:
    ids = notices.accounts_needing_notice(session_factory, actor, placement_id)
    return notices.generate_validation_notices(session_factory, actor, ids, language=language, progress=task.report,
                                               cancelled=task.cancelled)


class BatchLettersDialog(QDialog):
    """Pick a placement (or all new placements) and a language; generate; watch; cancel if needed."""

    choices_loaded = Signal()
    batch_finished = Signal(object)  # notices.BatchResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Validation notices for new placements"))
        self.resize(620, 420)
        self.choices: list[notices.PlacementChoice] = []
        self.result: notices.BatchResult | None = None
        self._task: workers.Task | None = None

        root = QVBoxLayout(self)
        intro = QLabel(self.tr("Generates the Reg F validation notice (CFPB model form layout) for every open account "
                               "that has none yet, keeps each PDF with its account and records it as a letter sent. A "
                               "Spanish notice is always mailed with the English notice in the same PDF. "
                               "Accounts the guardrails refuse (cease request, attorney, bankruptcy...) or without "
                               "itemization facts are skipped and listed."))
        intro.setWordWrap(True)
        root.addWidget(intro)
        form = QFormLayout()
        self.placement = QComboBox()
        self.placement.setMinimumWidth(380)
        self.placement.addItem(self.tr("Loading placements…"), None)
        self.placement.setEnabled(False)
        form.addRow(self.tr("Placement"), self.placement)
        self.language = QComboBox()
        self.language.addItem(self.tr("Each consumer's language"), None)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Spanish"), "es")
        form.addRow(self.tr("Language"), self.language)
        root.addLayout(form)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v of %m"))
        root.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        root.addWidget(self.status)
        self.skipped = QPlainTextEdit()
        self.skipped.setReadOnly(True)
        self.skipped.setPlaceholderText(self.tr("Accounts skipped, with the reason, appear here."))
        root.addWidget(self.skipped, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.generate_button = QPushButton(self.tr("Generate notices"))
        self.generate_button.setEnabled(False)
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Close"))
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.cancel_button)
        root.addLayout(buttons)
        self.ctx.changed.connect(self._changed)
        self.load_choices()

    def load_choices(self) -> None:
        self.ctx.query(self, notices.placements_needing_notices, self.ctx.session_factory, self.ctx.actor,
                       key="choices", on_done=self._choices, on_error=self._error)

    def _changed(self, changes: Changes, by: object) -> None:
        """New placements (an import) or letters sent elsewhere change what waits for a notice."""
        if by is not self and self._task is None and (changes.all_accounts or changes.letters):
            self.load_choices()

    def _choices(self, choices: list[notices.PlacementChoice]) -> None:
        self.choices = choices
        self.placement.clear()
        total = sum(c.pending for c in choices)
        if total:
            self.placement.addItem(self.tr("All new placements ({count} accounts)").format(count=f"{total:,}"), ALL)
        for c in choices:
            self.placement.addItem(self.tr("{placement} — {count} accounts").format(placement=c.label, count=f"{c.pending:,}"),
                                   c.placement_id)
        if not total:
            self.placement.addItem(self.tr("No account is waiting for a validation notice"), None)
        self.placement.setEnabled(bool(total))
        self.generate_button.setEnabled(bool(total))
        self.choices_loaded.emit()

    def start(self) -> None:
        choice = self.placement.currentData()
        if choice is None or self._task is not None:
            return
        placement_id = None if choice == ALL else choice
        self.skipped.clear()
        self.status.setText(self.tr("Generating…"))
        self.generate_button.setEnabled(False)
        self.placement.setEnabled(False)
        self.language.setEnabled(False)
        self.cancel_button.setText(self.tr("Cancel"))
        self._task = self.ctx.write(self, _run_batch, self.ctx.session_factory, self.ctx.actor, placement_id,
                                    self.language.currentData(), with_task=True, on_progress=self._progress,
                                    on_done=self._done, on_error=self._error)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("Generating validation notices: {done} of {total}…").format(done=f"{done:,}",
                                                                                                total=f"{total:,}"))

    def _done(self, result: notices.BatchResult) -> None:
        self._task = None
        self.result = result
        self.status.setText(result.summary())
        self.skipped.setPlainText("\n".join(f"{account_id}: {why}" for account_id, why in result.skipped))
        self.cancel_button.setText(self.tr("Close"))
        self.language.setEnabled(True)
        self.load_choices()
        self.batch_finished.emit(result)

    def _error(self, message: str, _trace: str) -> None:
        self._task = None
        self.status.setText(f"<span style='color:#b00020'>{html.escape(message)}</span>")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.cancel_button.setText(self.tr("Close"))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText(self.tr("Cancelling after the current letter…"))
            self.cancel_button.setEnabled(True)

    def _cancel_or_close(self) -> None:
        if self._task is not None:
            self.cancel()
        else:
            self.accept()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self._task is not None:
            self._task.cancel()
        super().closeEvent(event)


def open_batch_dialog(parent: QWidget, session_factory: Any, engine: Any, description: str,
                      actor: Any = None, context: AppContext | None = None) -> None:
    """The main window's entry point: the batch dialog for the signed-in user, or after a supervisor signs in
    when nobody is signed in to the window (the letters are sent in their name). With the window's `context`,
    the letters' changes reach the window's screens."""
    from PySide6.QtWidgets import QMessageBox

    from ..services.users import auth
    from .supervisor import SignInDialog

    def show(who: Any) -> None:
        if not who.is_supervisor:
            QMessageBox.warning(parent, t(QT_TRANSLATE_NOOP("ccs", "Validation notices")),
                                t(QT_TRANSLATE_NOOP("ccs", "Batches of validation notices are for supervisors.")))
            return
        ctx = (context if context.actor == who else context.for_actor(who, parent)) if context is not None \
            else AppContext(session_factory, who, description, engine, parent)
        BatchLettersDialog(ctx, parent).exec()

    if actor is not None:
        show(actor)
        return
    dialog = SignInDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    ops.query(parent, auth.supervisor_sign_in, session_factory, dialog.username.text(), dialog.password.text(),
              on_done=show, on_error=lambda m, _t: QMessageBox.warning(
                  parent, t(QT_TRANSLATE_NOOP("ccs", "Validation notices")), m))


class SendLetterDialog(QDialog):
    """Pick a template letter, its language and the values it needs from the user."""

    def __init__(self, templates: list[template_letters.Template], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send a letter"))
        form = QFormLayout(self)
        self.template = QComboBox()
        seen: set[str] = set()
        for tpl in templates:
            if tpl.code in seen or tpl.code == "verification_response":
                continue
            seen.add(tpl.code)
            self.template.addItem(tpl.code.replace("_", " ").capitalize(), tpl.code)
        form.addRow(self.tr("Letter"), self.template)
        self.language = QComboBox()
        self.language.addItem(self.tr("Consumer's language"), None)
        self.language.addItem(self.tr("English"), "en")
        self.language.addItem(self.tr("Spanish"), "es")
        form.addRow(self.tr("Language"), self.language)
        self.values: dict[str, QLineEdit] = {}
        for name, kind in template_letters.CALLER_VALUES.items():
            edit = QLineEdit()
            edit.setPlaceholderText("0.00" if kind == "money" else self.tr("YYYY-MM-DD"))
            self.values[name] = edit
            form.addRow(name.replace("_", " ").capitalize(), edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        ok = QPushButton(self.tr("Send"))
        ok.setDefault(True)
        ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(ok)
        buttons.addWidget(cancel)
        form.addRow(buttons)

    def filled(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.values.items() if e.text().strip()}


class LettersPanel(QWidget):
    """An account's letters: what was sent (open the kept PDF), send the validation notice or a template letter."""

    loaded = Signal()
    failed = Signal(str)
    sent = Signal(object)  # sending.LetterView

    def __init__(self, ctx: AppContext, account_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account_id
        self.views: list[sending.LetterView] = []
        self.templates: list[template_letters.Template] = []
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel("<b>" + self.tr("Letters") + "</b>")
        top.addWidget(title)
        top.addStretch(1)
        self.notice_button = QPushButton(self.tr("Send validation notice"))
        self.notice_button.clicked.connect(self.send_notice)
        self.letter_button = QPushButton(self.tr("Send letter…"))
        self.letter_button.clicked.connect(self._send_letter_dialog)
        self.open_button = QPushButton(self.tr("Open PDF"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        for b in (self.notice_button, self.letter_button, self.open_button):
            top.addWidget(b)
        root.addLayout(top)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        root.addWidget(self.message)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels((self.tr("Date"), self.tr("Letter"), self.tr("Language"),
                                              self.tr("Fingerprint (SHA-256)")))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(lambda: self.open_button.setEnabled(bool(self.table.selectedItems())))
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        root.addWidget(self.table, 1)
        self.ctx.changed.connect(self._changed)
        self.reload()

    def _load(self) -> tuple[list[sending.LetterView], list[template_letters.Template]]:
        return (sending.list_letters(self.ctx.session_factory, self.ctx.actor, self.account_id),
                template_letters.list_templates(self.ctx.session_factory))

    def reload(self) -> None:
        self.ctx.query(self, self._load, key="load", on_done=self._loaded, on_error=self._error)

    def _changed(self, changes: Changes, _by: object) -> None:
        if changes.touches(self.account_id):
            self.reload()

    def _loaded(self, result: tuple[list[sending.LetterView], list[template_letters.Template]]) -> None:
        self.views, self.templates = result
        self.table.setRowCount(len(self.views))
        for row, v in enumerate(self.views):
            for col, text in enumerate((v.date.isoformat(), v.kind.replace("_", " ").capitalize(),
                                        self._language(v), (v.pdf_sha256 or "")[:16])):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.loaded.emit()

    def _language(self, view: sending.LetterView) -> str:
        if view.language != "es":
            return self.tr("English")
        # A Spanish validation notice is mailed with the English one (Reg F 1006.34(e)).
        return self.tr("English + Spanish") if view.kind == sending.VALIDATION_NOTICE else self.tr("Spanish")

    def _error(self, message: str, _trace: str) -> None:
        self.message.setText(f"<span style='color:#b00020'>{html.escape(message)}</span>")
        self.failed.emit(message)

    def _sent(self, view: sending.LetterView) -> None:
        self.message.setText(self.tr("{letter} sent and kept with the account.").format(
            letter=view.kind.replace("_", " ").capitalize()))
        self.sent.emit(view)

    def send_notice(self) -> None:
        self.ctx.write(self, notices.send_validation_notice, self.ctx.session_factory, self.ctx.actor,
                       self.account_id, progress=self.tr("Sending the letter…"), on_done=self._sent,
                       on_error=self._error)

    def send_letter(self, code: str, language: str | None = None, values: dict[str, str] | None = None) -> None:
        self.ctx.write(self, template_letters.send_letter, self.ctx.session_factory, self.ctx.actor, self.account_id,
                       code, language, values or {}, progress=self.tr("Sending the letter…"), on_done=self._sent,
                       on_error=self._error)

    def _send_letter_dialog(self) -> None:
        dialog = SendLetterDialog(self.templates, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.send_letter(dialog.template.currentData(), dialog.language.currentData(), dialog.filled())

    def open_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        view = self.views[rows[0].row()]
        self.ctx.query(self, _write_pdf, self.ctx.session_factory, self.ctx.actor, view.id, view.kind,
                       on_done=_open_file, on_error=self._error)


def _write_pdf(session_factory: Any, actor: Any, letter_id: uuid.UUID, kind: str) -> str:
    import tempfile
    from pathlib import Path

    pdf = sending.letter_pdf(session_factory, actor, letter_id)
    path = Path(tempfile.mkdtemp(prefix="ccs-letter-")) / f"{kind}-{str(letter_id)[:8]}.pdf"
    path.write_bytes(pdf)
    return str(path)


def _open_file(path: str) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(path))
