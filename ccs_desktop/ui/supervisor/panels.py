"""The smaller supervisor tabs: reviews, overrides & approvals, assignments and queue rules, audit."""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import AccountStatus
from ...services.context import Changes
from ...services.data import reference
from ...services.money import promises
from ...services.supervision import assignments, audit_trail, overrides, reviews
from ..context import AppContext
from .common import Panel, fill, table


class ReviewsTab(Panel):
    """The team's latest reviews and whether each collector has read the feedback."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.table = table((self.tr("Reviewed"), self.tr("Reviewer"), self.tr("Collector"), self.tr("Call"),
                            self.tr("Account"), self.tr("Result"), self.tr("Score"), self.tr("Comment"),
                            self.tr("Acknowledged")), "reviewsTable")
        refresh = QPushButton(self.tr("Refresh"), clicked=self.refresh)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Reviews of your team's calls, newest first. Collectors see them under My feedback.")))
        top.addStretch(1)
        top.addWidget(refresh)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.message)
        self._started = False
        ctx.changed.connect(self._changed)

    def start(self) -> None:
        self._started = True
        self.refresh()

    def _changed(self, changes: Changes, _by: object) -> None:
        if changes.reviews and self._started:
            self.refresh()

    def refresh(self) -> None:
        self.run(reviews.recent_reviews, self.ctx.session_factory, self.ctx.actor, key="load", on_done=self._show)

    def _show(self, rows: list[reviews.ReviewRow]) -> None:
        fill(self.table, [(r.at, r.reviewer, r.collector, r.contact_at, r.account_number, r.result,
                           f"{r.score}/{r.max_score}", r.comment or "", r.acknowledged_at or self.tr("not yet")) for r in rows])
        self.say(self.tr("%n review(s)", "", len(rows)))


class OverridesTab(Panel):
    """The override log and the promises waiting for approval."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.overrides = table((self.tr("When"), self.tr("Supervisor"), self.tr("Collector"), self.tr("Account"),
                                self.tr("Consumer"), self.tr("Rules"), self.tr("Reason"), self.tr("Used")),
                               "overrideTable")
        self.pending = table((self.tr("Taken"), self.tr("Collector"), self.tr("Account"), self.tr("Client"),
                              self.tr("Kind"), self.tr("Amount"), self.tr("Discount %"), self.tr("Balance"),
                              self.tr("Why it needs approval")), "pendingTable")
        refresh = QPushButton(self.tr("Refresh"), clicked=self.refresh)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(refresh)
        split = QSplitter(Qt.Orientation.Vertical)
        for title, widget, note in (
                (self.tr("Override log"), self.overrides, self.tr("Who overrode which rule, for which account, and why.")),
                (self.tr("Promises waiting for approval"), self.pending,
                 self.tr("Open the account to approve or reject a promise; the decision is audited there."))):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(QLabel(note))
            inner.addWidget(widget)
            split.addWidget(box)
        self.pending.doubleClicked.connect(self._open_account)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addWidget(self.message)
        self._started = False
        ctx.changed.connect(self._changed)

    def start(self) -> None:
        self._started = True
        self.refresh()

    def _changed(self, changes: Changes, _by: object) -> None:
        if (changes.promises or changes.contacts) and self._started:
            self.refresh()

    def refresh(self) -> None:
        factory, actor = self.ctx.session_factory, self.ctx.actor
        self.run(lambda: (overrides.override_log(factory, actor), promises.pending_approvals(factory, actor)), key="load",
                 on_done=self._show)

    def _show(self, found: tuple[Any, ...]) -> None:
        logged, pending = found
        fill(self.overrides, [(o.at, o.supervisor, o.collector or "", o.account_number, o.consumer, ", ".join(o.rules),
                               o.reason, o.used_at or self.tr("unused")) for o in logged])
        fill(self.pending, [(p.taken_at, p.taken_by or "", p.account_number, p.client, p.kind.value, f"{p.total:,.2f}",
                             p.discount_pct if p.discount_pct is not None else "", f"{p.balance:,.2f}",
                             "\n".join(p.reasons))
                            for p in pending], data=[p.account_id for p in pending])
        self.say(self.tr("%n override(s)", "", len(logged)) + ", "
                 + self.tr("%n promise(s) waiting for approval", "", len(pending)))

    def _open_account(self, index: Any) -> None:
        item = self.pending.item(index.row(), 0)
        if item is not None:
            self.ctx.open_account(item.data(Qt.ItemDataRole.UserRole))


def _amount(edit: QLineEdit, label: str) -> Decimal | None:
    text = edit.text().strip().replace(",", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(f"{label}: not an amount: {text}") from exc


class AssignmentsTab(Panel):
    """Bulk assignment by client, balance, state and score; each collector's queue rules."""

    confirm = True  # ask before moving accounts (tests switch it off)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._collectors: list[assignments.Collector] = []
        # Criteria.
        self.client = QComboBox(objectName="assignClient")
        self.client.addItem(self.tr("Any client"), None)
        self.balance_min, self.balance_max = QLineEdit(objectName="balanceMin"), QLineEdit(objectName="balanceMax")
        self.score_min, self.score_max = QLineEdit(objectName="scoreMin"), QLineEdit(objectName="scoreMax")
        self.regions = QLineEdit(objectName="regions", placeholderText=self.tr("e.g. NY, NJ, ON"))
        self.source = QComboBox(objectName="assignSource")
        self.source.addItem(self.tr("Any collector or none"), "any")
        self.source.addItem(self.tr("Unassigned only"), "unassigned")
        crit_box = QGroupBox(self.tr("Accounts to assign (open accounts)"))
        form = QFormLayout(crit_box)
        form.addRow(self.tr("Client"), self.client)
        form.addRow(self.tr("Balance from"), self._pair(self.balance_min, self.balance_max))
        form.addRow(self.tr("State / province"), self.regions)
        form.addRow(self.tr("Score from"), self._pair(self.score_min, self.score_max))
        form.addRow(self.tr("Now with"), self.source)
        self.preview_label = QLabel("", objectName="previewLabel")
        preview = QPushButton(self.tr("Count accounts"), objectName="previewButton", clicked=self.preview)
        form.addRow(preview, self.preview_label)
        self.targets = QListWidget(objectName="assignTargets")
        self.assign_button = QPushButton(self.tr("Assign to the ticked collectors"), objectName="assignButton",
                                         clicked=self.assign)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        form.addRow(QLabel(self.tr("Deal them in turn, best score first, to:")))
        form.addRow(self.targets)
        form.addRow(self.assign_button)
        form.addRow(self.progress)

        # Queue rules.
        rules_box = QGroupBox(self.tr("Queue rules of a collector"))
        rform = QFormLayout()
        rules_outer = QVBoxLayout(rules_box)
        rules_outer.addLayout(rform)
        rules_outer.addStretch(1)
        self.rule_collector = QComboBox(objectName="ruleCollector")
        self.rule_collector.currentIndexChanged.connect(self._show_rules)
        self.rule_clients = QListWidget(objectName="ruleClients")
        self.rule_clients.setMaximumHeight(110)
        self.rule_statuses = QLineEdit(objectName="ruleStatuses", placeholderText="open")
        self.rule_balance_min, self.rule_balance_max = QLineEdit(), QLineEdit()
        self.rule_regions = QLineEdit(objectName="ruleRegions")
        self.rule_score_min = QLineEdit()
        self.rule_callable = QCheckBox(self.tr("Only accounts callable now"))
        rform.addRow(self.tr("Collector"), self.rule_collector)
        rform.addRow(self.tr("Clients (none ticked: all)"), self.rule_clients)
        rform.addRow(self.tr("Statuses"), self.rule_statuses)
        rform.addRow(self.tr("Balance from"), self._pair(self.rule_balance_min, self.rule_balance_max))
        rform.addRow(self.tr("States / provinces"), self.rule_regions)
        rform.addRow(self.tr("Minimum score"), self.rule_score_min)
        rform.addRow(self.rule_callable)
        rform.addRow(QPushButton(self.tr("Save queue rules"), objectName="saveRules", clicked=self.save_rules))

        split = QHBoxLayout()
        split.addWidget(crit_box, 1)
        split.addWidget(rules_box, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(split, 1)
        lay.addWidget(self.message)

    def _pair(self, a: QLineEdit, b: QLineEdit) -> QWidget:
        w = QWidget()
        w.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(a)
        h.addWidget(QLabel(self.tr("to")))
        h.addWidget(b)
        return w

    def start(self) -> None:
        factory, actor = self.ctx.session_factory, self.ctx.actor
        self.run(lambda: (assignments.collectors(factory, actor), reference.clients(factory)), on_done=self._lookups)

    def _lookups(self, found: tuple[Any, ...]) -> None:
        collectors, clients = found
        self._collectors = collectors
        self._clients = clients
        for cid, code, name in clients:
            self.client.addItem(f"{code} — {name}", cid)
            item = QListWidgetItem(f"{code} — {name}")
            item.setData(Qt.ItemDataRole.UserRole, str(cid))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.rule_clients.addItem(item)
        self._fill_collectors()

    def _fill_collectors(self) -> None:
        self.targets.clear()
        keep = self.rule_collector.currentData()
        self.rule_collector.blockSignals(True)
        self.rule_collector.clear()
        while self.source.count() > 2:
            self.source.removeItem(2)
        for c in self._collectors:
            item = QListWidgetItem(self.tr("{name} ({count} open)").format(name=c.display_name, count=f"{c.open_accounts:,}"))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.targets.addItem(item)
            self.rule_collector.addItem(c.display_name, c.id)
            self.source.addItem(f"{c.display_name}", c.id)
        self.rule_collector.blockSignals(False)
        index = max(0, self.rule_collector.findData(keep)) if keep else 0
        self.rule_collector.setCurrentIndex(index)
        self._show_rules()

    def criteria(self) -> assignments.AssignmentCriteria:
        source = self.source.currentData()
        regions = tuple(r for r in self.regions.text().replace(";", ",").split(",") if r.strip())
        return assignments.AssignmentCriteria(
            client_id=self.client.currentData(), balance_min=_amount(self.balance_min, "balance from"),
            balance_max=_amount(self.balance_max, "balance to"), regions=regions,
            score_min=_amount(self.score_min, "score from"), score_max=_amount(self.score_max, "score to"),
            status=AccountStatus.OPEN, unassigned_only=source == "unassigned",
            from_collector_id=source if source not in ("any", "unassigned") else None)

    def preview(self) -> None:
        try:
            crit = self.criteria()
        except ValueError as exc:
            self.say(str(exc), error=True)
            return
        self.run(assignments.preview_assignment, self.ctx.session_factory, self.ctx.actor, crit,
                 on_done=lambda n: self.preview_label.setText(self.tr("{count} accounts match").format(count=f"{n:,}")))

    def ticked(self) -> list[Any]:
        return [self.targets.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.targets.count())
                if self.targets.item(i).checkState() == Qt.CheckState.Checked]

    def assign(self) -> None:
        try:
            crit = self.criteria()
        except ValueError as exc:
            self.say(str(exc), error=True)
            return
        targets = self.ticked()
        if not targets:
            self.say(self.tr("Tick at least one collector to give the accounts to."), error=True)
            return
        if self.confirm and QMessageBox.question(
                self, self.tr("Assign accounts"),
                self.tr("Deal the matching accounts to %n collector(s)?", "", len(targets))) \
                != QMessageBox.StandardButton.Yes:
            return
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.assign_button.setEnabled(False)

        def progress(done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

        def done(result: assignments.AssignmentResult) -> None:
            self.progress.setVisible(False)
            self.assign_button.setEnabled(True)
            self.say(self.tr("{moved} of {selected} matching accounts moved.").format(moved=f"{result.moved:,}",
                                                                                     selected=f"{result.selected:,}"))
            self.start_collectors()

        def failed(_message: str, _trace: str) -> None:
            self.progress.setVisible(False)
            self.assign_button.setEnabled(True)

        factory, actor = self.ctx.session_factory, self.ctx.actor

        def work(task: Any) -> assignments.AssignmentResult:
            return assignments.assign_accounts(factory, actor, crit, targets, progress=task.report)

        self.write(work, with_task=True, on_done=done, on_error=failed, on_progress=progress)

    def start_collectors(self) -> None:
        def got(collectors: list[assignments.Collector]) -> None:
            self._collectors = collectors
            self._fill_collectors()

        self.run(assignments.collectors, self.ctx.session_factory, self.ctx.actor, key="collectors", on_done=got)

    # --- queue rules ------------------------------------------------------------------------------

    def _show_rules(self, *_args: Any) -> None:
        cid = self.rule_collector.currentData()
        rules = next((c.queue_rules for c in self._collectors if c.id == cid), None) or {}
        chosen = set(rules.get("client_ids") or ())
        for i in range(self.rule_clients.count()):
            item = self.rule_clients.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                               else Qt.CheckState.Unchecked)
        self.rule_statuses.setText(", ".join(rules.get("statuses") or ()))
        self.rule_balance_min.setText(rules.get("balance_min") or "")
        self.rule_balance_max.setText(rules.get("balance_max") or "")
        self.rule_regions.setText(", ".join(rules.get("regions") or ()))
        self.rule_score_min.setText(rules.get("score_min") or "")
        self.rule_callable.setChecked(bool(rules.get("callable_only")))

    def rules_from_form(self) -> dict[str, Any]:
        split = lambda text: [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]  # noqa: E731
        return {
            "client_ids": [self.rule_clients.item(i).data(Qt.ItemDataRole.UserRole)
                           for i in range(self.rule_clients.count())
                           if self.rule_clients.item(i).checkState() == Qt.CheckState.Checked],
            "statuses": [s.lower() for s in split(self.rule_statuses.text())],
            "balance_min": self.rule_balance_min.text().strip() or None,
            "balance_max": self.rule_balance_max.text().strip() or None,
            "regions": split(self.rule_regions.text()),
            "score_min": self.rule_score_min.text().strip() or None,
            "callable_only": self.rule_callable.isChecked(),
        }

    def save_rules(self) -> None:
        cid = self.rule_collector.currentData()
        if cid is None:
            return
        rules = self.rules_from_form()

        def done(saved: dict[str, Any] | None) -> None:
            self._collectors = [assignments.Collector(c.id, c.username, c.display_name, saved, c.open_accounts)
                                if c.id == cid else c for c in self._collectors]
            self.say(self.tr("Queue rules saved for {collector}: {rules}").format(
                collector=self.rule_collector.currentText(),
                rules=json.dumps(saved) if saved else self.tr("no rules (every assigned account)")))

        self.write(assignments.set_queue_rules, self.ctx.session_factory, self.ctx.actor, cid, rules, on_done=done,
                   changes=Changes(queue=True))


class AuditTab(Panel):
    """Verify the hash chain; browse one account's audit history."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.verify_button = QPushButton(self.tr("Verify the audit chain"), objectName="verifyButton", clicked=self.verify)
        self.verify_progress = QProgressBar()
        self.verify_progress.setVisible(False)
        self.verify_result = QLabel(self.tr("Walks every audit event in order and names the first one that does not match."),
                                    objectName="verifyResult")
        self.verify_result.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.verify_button)
        top.addWidget(self.verify_progress)
        top.addWidget(self.verify_result, 1)

        self.search = QLineEdit(objectName="auditSearch", placeholderText=self.tr("Account number (or its beginning)"))
        self.search.returnPressed.connect(self.find)
        self.matches = QComboBox(objectName="auditMatches")
        self.matches.currentIndexChanged.connect(self._history)
        find = QPushButton(self.tr("Find"), clicked=self.find)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Account history:")))
        row.addWidget(self.search)
        row.addWidget(find)
        row.addWidget(self.matches, 1)
        self.history = table(("#", self.tr("When"), self.tr("Who"), self.tr("What happened"), self.tr("Details"),
                              self.tr("Reason")), "historyTable")
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(row)
        lay.addWidget(self.history, 1)
        lay.addWidget(self.message)

    def start(self) -> None:
        pass

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verify_progress.setVisible(True)
        self.verify_progress.setRange(0, 0)
        self.verify_result.setText(self.tr("Verifying…"))
        self.verify_result.setStyleSheet("")

        def run(task: Any) -> Any:
            return audit_trail.verify_audit_chain(self.ctx.session_factory, self.ctx.actor, lambda n: task.report(n, 0))

        def done(report: Any) -> None:
            self.verify_button.setEnabled(True)
            self.verify_progress.setVisible(False)
            self.verify_result.setText(report.message())
            self.verify_result.setStyleSheet("color: #1d5c2e; font-weight: bold;" if report.ok
                                             else "color: #b3261e; font-weight: bold;")

        def failed_guard(*_a: Any) -> None:
            self.verify_button.setEnabled(True)
            self.verify_progress.setVisible(False)

        self.run(run, with_task=True, on_done=done, on_error=failed_guard,
                 on_progress=lambda n, _t: self.verify_result.setText(
                     self.tr("Verifying… {count} events").format(count=f"{n:,}")))

    def find(self) -> None:
        self.run(audit_trail.find_accounts, self.ctx.session_factory, self.ctx.actor, self.search.text(), key="find",
                 on_done=self._matches)

    def _matches(self, found: list[tuple[Any, str, str]]) -> None:
        self.matches.blockSignals(True)
        self.matches.clear()
        for aid, number, client in found:
            self.matches.addItem(f"{number} ({client})", aid)
        self.matches.blockSignals(False)
        if not found:
            self.say(self.tr("No account number starts with that."), error=True)
            self.history.setRowCount(0)
            return
        self.say("")
        self._history()

    def show_account(self, account_id: Any) -> None:
        self.run(audit_trail.account_history, self.ctx.session_factory, self.ctx.actor, account_id, key="history",
                 on_done=self._show)

    def _history(self, *_args: Any) -> None:
        aid = self.matches.currentData()
        if aid is not None:
            self.show_account(aid)

    def _show(self, rows: list[audit_trail.AuditRow]) -> None:
        fill(self.history, [(r.seq, r.at, r.user, r.summary, r.details, r.reason or "") for r in rows])
        for i, r in enumerate(rows):  # the stored event itself, for whoever needs it, on hover
            raw = json.dumps({"action": r.action, "before": r.before, "after": r.after}, ensure_ascii=False,
                             sort_keys=True, default=str)
            self.history.item(i, 4).setToolTip(raw[:2000])
        self.history.setColumnWidth(4, min(self.history.columnWidth(4), 620))
        self.say(self.tr("%n audit event(s) for this account", "", len(rows)))
