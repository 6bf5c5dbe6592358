"""A collector's feedback: the supervisors' reviews of their calls, to read and acknowledge.

A self-contained panel (takes an AppContext) for the collector's workspace to embed."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from ..services.context import Changes
from ..services.supervision import team as sv
from .context import AppContext
from .supervisor.common import Panel, fill, table


class FeedbackPanel(Panel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._rows: list[sv.Feedback] = []
        self._labels: dict[str, str] = {}
        self.only_new = QCheckBox(self.tr("Only feedback not yet acknowledged"), objectName="onlyNew", checked=True)
        self.only_new.toggled.connect(self.refresh)
        self.table = table((self.tr("Reviewed"), self.tr("By"), self.tr("Call"), self.tr("Account"), self.tr("Result"),
                            self.tr("Score"), self.tr("Comment"), self.tr("Acknowledged")), "feedbackTable")
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail = QTextBrowser(objectName="feedbackDetail")
        self.detail.setMaximumHeight(150)
        self.ack = QPushButton(self.tr("I have read this"), objectName="acknowledge", clicked=self.acknowledge, enabled=False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>My feedback</b>")))
        top.addWidget(self.only_new)
        top.addStretch(1)
        top.addWidget(QPushButton(self.tr("Refresh"), clicked=self.refresh))
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.detail)
        lay.addWidget(self.ack, 0, Qt.AlignmentFlag.AlignRight)
        lay.addWidget(self.message)
        ctx.changed.connect(self._changed)

    def _changed(self, changes: Changes, by: object) -> None:
        if changes.reviews and by is not self and self._labels:
            self.refresh()

    def start(self) -> None:
        factory, actor = self.ctx.session_factory, self.ctx.actor
        self.run(lambda: {i.code: i.label for i in sv.checklist(factory, actor)}, on_done=self._labels_loaded)

    def _labels_loaded(self, labels: dict[str, str]) -> None:
        self._labels = labels
        self.refresh()

    def refresh(self, *_args: Any) -> None:
        self.run(sv.my_feedback, self.ctx.session_factory, self.ctx.actor,
                 unacknowledged_only=self.only_new.isChecked(), key="load", on_done=self._show)

    def _show(self, rows: list[sv.Feedback]) -> None:
        self._rows = rows
        fill(self.table, [(f.reviewed_at, f.reviewer, f.contact_at, f.account_number, f.result,
                           f"{f.score}/{f.max_score}", f.comment or "", f.acknowledged_at or "") for f in rows])
        self.detail.clear()
        self.ack.setEnabled(False)
        self.say(self.tr("%n review(s) to read", "", len(rows)) if self.only_new.isChecked()
                 else self.tr("%n review(s)", "", len(rows)))

    def current(self) -> sv.Feedback | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self._rows[min(rows)] if rows else None

    def _selected(self) -> None:
        f = self.current()
        self.ack.setEnabled(f is not None and f.acknowledged_at is None)
        if f is None:
            return
        e = html.escape
        items = "".join(f"<li>{'✔' if ok else '✘'} {e(self._labels.get(code, code))}</li>"
                        for code, ok in f.answers.items())
        scored = self.tr("{reviewer} scored your {result} call on {account}: {score}").format(
            reviewer=e(f.reviewer), result=e(f.result), account=e(f.account_number),
            score=f"<b>{f.score}/{f.max_score}</b>")
        self.detail.setHtml(f"<p>{scored}</p><ul>{items}</ul>"
                            + (f"<p>“{e(f.comment)}”</p>" if f.comment else ""))

    def acknowledge(self) -> None:
        f = self.current()
        if f is None:
            return
        self.write(sv.acknowledge_feedback, self.ctx.session_factory, self.ctx.actor, f.review_id,
                   on_done=lambda _r: self.refresh())
