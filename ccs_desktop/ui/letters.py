"""The batch dialog: validation notices for new placements, generated off the GUI thread with progress and cancel."""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout,
    QWidget,
)

from ..services import letters
from . import workers
from .context import AppContext

ALL = "all"


def _run_batch(session_factory: Any, actor: Any, placement_id: uuid.UUID | None, language: str | None,
               task: workers.Task) -> letters.BatchResult:
    ids = letters.accounts_needing_notice(session_factory, actor, placement_id)
    return letters.generate_validation_notices(session_factory, actor, ids, language=language, progress=task.report,
                                               cancelled=task.cancelled)


class BatchLettersDialog(QDialog):
    """Pick a placement (or all new placements) and a language; generate; watch; cancel if needed."""

    choices_loaded = Signal()
    batch_finished = Signal(object)  # letters.BatchResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Validation notices for new placements")
        self.resize(620, 420)
        self.choices: list[letters.PlacementChoice] = []
        self.result: letters.BatchResult | None = None
        self._task: workers.Task | None = None

        root = QVBoxLayout(self)
        intro = QLabel("Generates the Reg F validation notice (CFPB model form layout) for every open account that "
                       "has none yet, keeps each PDF with its account and records it as a letter sent. Accounts "
                       "the guardrails refuse (cease request, attorney, bankruptcy...) are skipped and listed.")
        intro.setWordWrap(True)
        root.addWidget(intro)
        form = QFormLayout()
        self.placement = QComboBox()
        self.placement.setMinimumWidth(380)
        self.placement.addItem("Loading placements…", None)
        self.placement.setEnabled(False)
        form.addRow("Placement", self.placement)
        self.language = QComboBox()
        self.language.addItem("Each consumer's language", None)
        self.language.addItem("English", "en")
        self.language.addItem("Spanish", "es")
        form.addRow("Language", self.language)
        root.addLayout(form)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setFormat("%v of %m")
        root.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        root.addWidget(self.status)
        self.skipped = QPlainTextEdit()
        self.skipped.setReadOnly(True)
        self.skipped.setPlaceholderText("Accounts skipped, with the reason, appear here.")
        root.addWidget(self.skipped, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.generate_button = QPushButton("Generate notices")
        self.generate_button.setEnabled(False)
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.start)
        self.cancel_button = QPushButton("Close")
        self.cancel_button.clicked.connect(self._cancel_or_close)
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.cancel_button)
        root.addLayout(buttons)
        self.load_choices()

    def load_choices(self) -> None:
        workers.run_task(letters.placements_needing_notices, self.ctx.session_factory, self.ctx.actor,
                         on_done=self._choices, on_error=self._error)

    def _choices(self, choices: list[letters.PlacementChoice]) -> None:
        self.choices = choices
        self.placement.clear()
        total = sum(c.pending for c in choices)
        if total:
            self.placement.addItem(f"All new placements ({total:,} accounts)", ALL)
        for c in choices:
            self.placement.addItem(f"{c.label} — {c.pending:,} accounts", c.placement_id)
        if not total:
            self.placement.addItem("No account is waiting for a validation notice", None)
        self.placement.setEnabled(bool(total))
        self.generate_button.setEnabled(bool(total))
        self.choices_loaded.emit()

    def start(self) -> None:
        choice = self.placement.currentData()
        if choice is None or self._task is not None:
            return
        placement_id = None if choice == ALL else choice
        self.skipped.clear()
        self.status.setText("Generating…")
        self.generate_button.setEnabled(False)
        self.placement.setEnabled(False)
        self.language.setEnabled(False)
        self.cancel_button.setText("Cancel")
        self._task = workers.run_task(_run_batch, self.ctx.session_factory, self.ctx.actor, placement_id,
                                      self.language.currentData(), with_task=True, on_progress=self._progress,
                                      on_done=self._done, on_error=self._error)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(f"Generating validation notices: {done:,} of {total:,}…")

    def _done(self, result: letters.BatchResult) -> None:
        self._task = None
        self.result = result
        self.status.setText(result.summary())
        self.skipped.setPlainText("\n".join(f"{account_id}: {why}" for account_id, why in result.skipped))
        self.cancel_button.setText("Close")
        self.language.setEnabled(True)
        self.load_choices()
        self.ctx.accounts_changed.emit([])
        self.batch_finished.emit(result)

    def _error(self, message: str, _trace: str) -> None:
        self._task = None
        self.status.setText(f"<span style='color:#b00020'>{html.escape(message)}</span>")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.cancel_button.setText("Close")

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.status.setText("Cancelling after the current group of letters…")
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
