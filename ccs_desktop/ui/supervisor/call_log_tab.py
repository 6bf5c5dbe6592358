"""Call-log review: filters, the lazy grid, the detail pane and the review checklist."""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import Channel
from ...services.data import reference
from ...services.supervision import assignments, call_log, reports, reviews
from ..context import AppContext
from .call_log_model import CallLogModel
from .common import Panel, pydate, qdate

UTC = dt.timezone.utc


class CallLogTab(Panel):

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, synchronous: bool = False) -> None:
        super().__init__(ctx, parent)
        self.model = CallLogModel(ctx.session_factory, ctx.actor, self, synchronous=synchronous)
        self.model.load_failed.connect(lambda m: self.say(self.tr("Could not load the call log: {message}").format(message=m), error=True))
        self.model.page_loaded.connect(self._loaded)
        self._current: call_log.CallLogRow | None = None
        self._checks: dict[str, QCheckBox] = {}

        # Filters.
        self.collector = QComboBox(objectName="collectorFilter")
        self.collector.addItem(self.tr("All collectors"), None)
        self.collector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.use_dates = QCheckBox(self.tr("From"), objectName="useDates")
        today = dt.datetime.now(UTC).date()
        self.date_from = QDateEdit(qdate(today - dt.timedelta(days=30)), calendarPopup=True, objectName="dateFrom")
        self.date_to = QDateEdit(qdate(today), calendarPopup=True, objectName="dateTo")
        self.date_from.setDisplayFormat("yyyy-MM-dd")
        self.date_to.setDisplayFormat("yyyy-MM-dd")
        self.channel = QComboBox(objectName="channelFilter")
        self.channel.addItem(self.tr("All channels"), None)
        for c in Channel:
            self.channel.addItem(c.value.capitalize(), c)
        self.result = QComboBox(objectName="resultFilter")
        self.result.addItem(self.tr("All results"), None)
        self.client = QComboBox(objectName="clientFilter")
        self.client.addItem(self.tr("All clients"), None)
        self.account = QLineEdit(objectName="accountFilter", placeholderText=self.tr("Account number"))
        self.account.setMaximumWidth(140)
        self.blocked = QCheckBox(self.tr("Blocked attempts"), objectName="blockedFilter")
        self.overrides = QCheckBox(self.tr("Overrides only"), objectName="overridesFilter")
        self.not_reviewed = QCheckBox(self.tr("Not reviewed"), objectName="notReviewedFilter")
        self.apply_button = QPushButton(self.tr("Apply"), objectName="applyFilter", clicked=self.apply_filter)
        self.account.returnPressed.connect(self.apply_filter)
        self.export_csv = QPushButton(self.tr("Export CSV…"), clicked=lambda: self.export("csv"))
        self.export_pdf = QPushButton(self.tr("Export PDF…"), clicked=lambda: self.export("pdf"))

        row1 = QHBoxLayout()
        for w in (self.collector, self.use_dates, self.date_from, QLabel(self.tr("to")), self.date_to, self.channel, self.result,
                  self.client, self.account):
            row1.addWidget(w)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for w in (self.blocked, self.overrides, self.not_reviewed, self.apply_button):
            row2.addWidget(w)
        row2.addStretch(1)
        self.count_label = QLabel("", objectName="callLogCount")
        row2.addWidget(self.count_label)
        row2.addWidget(self.export_csv)
        row2.addWidget(self.export_pdf)

        # The grid.
        self.view = QTableView(objectName="callLogTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(22)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((120, 130, 90, 60, 140, 60, 150, 110, 60, 60)):
            self.view.setColumnWidth(col, width)
        self.view.selectionModel().selectionChanged.connect(self._selected)

        # The detail pane and the review box.
        self.detail = QTextBrowser(objectName="callDetail")
        self.detail.setOpenExternalLinks(False)
        self.review_box = QGroupBox(self.tr("Review this attempt"), objectName="reviewBox")
        self.review_form = QFormLayout(self.review_box)
        self.comment = QPlainTextEdit(objectName="reviewComment", placeholderText=self.tr("Comment the collector will see"))
        self.comment.setMaximumHeight(70)
        self.review_button = QPushButton(self.tr("Mark reviewed"), objectName="markReviewed", clicked=self.submit_review)
        self.review_box.setEnabled(False)
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.addWidget(self.detail, 3)
        side_lay.addWidget(self.review_box, 2)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        lay = QVBoxLayout(self)
        lay.addLayout(row1)
        lay.addLayout(row2)
        lay.addWidget(split, 1)
        lay.addWidget(self.message)

    # --- start-up ---------------------------------------------------------------------------------

    def start(self) -> None:
        factory, actor = self.ctx.session_factory, self.ctx.actor

        def lookups() -> tuple[Any, ...]:
            return (assignments.collectors(factory, actor), reference.clients(factory), reference.result_codes(factory),
                    reviews.checklist(factory, actor))

        self.run(lookups, on_done=self._lookups)
        self.model.fetchMore()

    def _lookups(self, found: tuple[Any, ...]) -> None:
        collectors, clients, codes, checklist = found
        for c in collectors:
            self.collector.addItem(c.display_name, c.id)
        for cid, code, name in clients:
            self.client.addItem(f"{code} — {name}", cid)
        for code, label in codes:
            self.result.addItem(f"{code} — {label}", code)
        self.review_form.addRow(QLabel(self.tr("<b>Checklist</b> (weight)")))
        for item in checklist:
            box = QCheckBox(f"{item.label} ({item.weight})")
            box.setObjectName(f"check_{item.code}")
            self._checks[item.code] = box
            self.review_form.addRow(box)
        self.review_form.addRow(self.tr("Comment"), self.comment)
        self.review_form.addRow(self.review_button)

    # --- filtering --------------------------------------------------------------------------------

    def current_filter(self) -> call_log.CallLogFilter:
        date_from = date_to = None
        if self.use_dates.isChecked():
            date_from = dt.datetime.combine(pydate(self.date_from.date()), dt.time(), tzinfo=UTC)
            date_to = dt.datetime.combine(pydate(self.date_to.date()) + dt.timedelta(days=1), dt.time(), tzinfo=UTC)
        collector = self.collector.currentData()
        channel = self.channel.currentData()
        result = self.result.currentData()
        return call_log.CallLogFilter(
            collector_ids=(collector,) if collector else (), date_from=date_from, date_to=date_to,
            channels=(channel,) if channel else (), result_codes=(result,) if result else (),
            client_id=self.client.currentData(), account_number=self.account.text().strip() or None,
            blocked=self.blocked.isChecked(), overrides_only=self.overrides.isChecked(),
            not_reviewed=self.not_reviewed.isChecked())

    def apply_filter(self) -> None:
        try:
            flt = self.current_filter()
        except Exception as exc:  # ServiceError: the message is for the user
            self.say(str(exc), error=True)
            return
        self.say("")
        self._show(None)
        self.model.set_filter(flt)

    def _loaded(self, rows: int) -> None:
        count = f"{rows:,}" if self.model.exhausted() else f"{rows:,}" + self.tr("+ (scroll for more)")
        self.count_label.setText(self.tr("{count} rows").format(count=count))

    # --- the detail pane --------------------------------------------------------------------------

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        row = self.model.row_at(min(rows)) if rows else None
        self._show(row)

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _show(self, row: call_log.CallLogRow | None) -> None:
        self._current = row
        self.review_box.setEnabled(row is not None and row.kind == "attempt")
        if row is None:
            self.detail.setHtml("<p style='color:gray'>Select an attempt to see its detail.</p>")
            return
        self.detail.setHtml("<p style='color:gray'>Loading…</p>")
        self.run(call_log.attempt_detail, self.ctx.session_factory, self.ctx.actor, row, key="detail", on_done=self._render)

    def _render(self, d: call_log.AttemptDetail) -> None:
        if self._current is None or d.row.id != self._current.id:
            return
        r = d.row
        e = html.escape
        parts = [f"<h3>{e(r.account_number)} · {e(r.consumer)}</h3>",
                 f"<p>{e(r.at.strftime('%Y-%m-%d %H:%M UTC'))} · {e(r.collector)} · {e(r.channel)} "
                 f"{e(r.direction)} · <b>{e(r.result)}</b> ({e(r.outcome)}) · "
                 + self.tr("purpose {purpose}").format(purpose=e(d.purpose))
                 + (" · " + self.tr("to {destination}").format(destination=e(r.destination)) if r.destination else "")
                 + "</p>"]
        decision = d.decision or {}
        if r.kind == "refused":
            parts.append("<p style='color:#b3261e'><b>" + self.tr("Refused by the guardrails.") + "</b></p>")
        reasons = decision.get("reasons") or []
        warnings = decision.get("warnings") or []
        if d.decision is None and r.kind == "attempt":
            parts.append("<p>" + self.tr("<b>No guardrail decision on record</b> (recorded without the guardrails, "
                                         "e.g. imported).") + "</p>")
        else:
            parts.append("<p>" + self.tr("<b>Guardrail decision</b> under rule pack {pack}: {verdict}").format(
                pack=f"<code>{e(str(d.rule_pack_version or '—'))}</code>",
                verdict=self.tr("allowed") if decision.get("allowed", r.kind == "attempt") else self.tr("blocked"))
                + "</p>")
        if reasons:
            parts.append("<ul>" + "".join(f"<li>{e(str(x.get('rule') or x.get('code')))}: {e(str(x.get('message', '')))}</li>"
                                          for x in reasons) + "</ul>")
        if warnings:
            parts.append("<p>" + self.tr("Warnings:") + " " + e(", ".join(json.dumps(w) if not isinstance(w, str) else w for w in warnings)) + "</p>")
        if d.override:
            o = d.override
            parts.append("<p>" + self.tr("<b>Override</b> by {supervisor} of {rules}: {reason}").format(
                supervisor=e(o["supervisor"]), rules=e(", ".join(o["rules"])), reason=e(o["reason"])) + "</p>")
        if r.kind == "attempt":
            parts.append("<p><b>" + self.tr("Disclosures ticked:") + "</b> "
                         + (e(", ".join(d.disclosures)) or self.tr("none")) + "</p>")
            if r.no_disclosure:
                parts.append("<p style='color:#b3261e'><b>" + self.tr("A conversation without a disclosure.") + "</b> "
                             + self.tr("Reason given:") + " " + (e(r.disclosure_reason) if r.disclosure_reason
                                                                 else self.tr("none")) + "</p>")
            parts.append("<p><b>" + self.tr("Notes:") + "</b> "
                         + (e(d.notes) if d.notes else "<i>" + self.tr("none") + "</i>") + "</p>")
            if d.callback_at:
                parts.append("<p>" + self.tr("Callback set for {when}").format(
                    when=e(d.callback_at.strftime("%Y-%m-%d %H:%M UTC"))) + "</p>")
            for rv in d.reviews:
                ack = (self.tr("acknowledged {date}").format(date=f"{rv.acknowledged_at:%Y-%m-%d}")
                       if rv.acknowledged_at else self.tr("not yet acknowledged"))
                missed = [k for k, v in rv.answers.items() if not v]
                parts.append("<p>" + self.tr("<b>Reviewed</b> {when} by {reviewer}: {score}").format(
                    when=f"{rv.at:%Y-%m-%d %H:%M}", reviewer=e(rv.reviewer), score=f"{rv.score}/{rv.max_score}")
                             + (", " + self.tr("missed {items}").format(items=e(", ".join(missed))) if missed else "")
                             + (f" — “{e(rv.comment)}”" if rv.comment else "") + f" ({ack})</p>")
        self.detail.setHtml("".join(parts))

    # --- reviewing --------------------------------------------------------------------------------

    def submit_review(self) -> None:
        row = self._current
        if row is None or row.kind != "attempt":
            return
        answers = {code: box.isChecked() for code, box in self._checks.items()}
        comment = self.comment.toPlainText()

        def done(review: Any) -> None:
            self.say(self.tr("Reviewed {account}: {score}.").format(account=row.account_number,
                                                                     score=f"{review.score}/{review.max_score}"))
            self.comment.clear()
            for box in self._checks.values():
                box.setChecked(False)
            import dataclasses

            updated = dataclasses.replace(row, reviewed=True, score=review.score, max_score=review.max_score)
            self.model.replace_row(updated)
            self._show(updated)

        self.write(reviews.review_attempt, self.ctx.session_factory, self.ctx.actor, row.id, answers, comment, on_done=done)

    # --- export -----------------------------------------------------------------------------------

    def export(self, fmt: str, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the call log"), f"call-log.{fmt}",
                                                  "PDF (*.pdf)" if fmt == "pdf" else "CSV (*.csv)")
            if not path:
                return
        flt = self.model.filter()
        self.say(self.tr("Exporting…"))
        self.run(reports.export, self.ctx.session_factory, self.ctx.actor, "call_log", Path(path), flt=flt,
                 on_done=lambda rep: self.say(self.tr("Saved {what} to {path}").format(what=rep.subtitle.split(";")[0],
                                                                                     path=path)))
