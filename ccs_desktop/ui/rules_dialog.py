"""Guardrail rules for an admin: every shipped rule with its citation; switch rules on or off, change parameters.

Saving goes through services.rulepacks.change_rules (versioned, audited, with a comment), off the GUI thread.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..compliance import RulePack, default_rulepack
from ..models.enums import Role
from ..services.contacts import rulepacks
from ..services.context import Changes
from .context import AppContext
from .i18n import t

COLUMNS = (QT_TRANSLATE_NOOP("ccs", "On"), QT_TRANSLATE_NOOP("ccs", "Rule"), QT_TRANSLATE_NOOP("ccs", "Title"), QT_TRANSLATE_NOOP("ccs", "Citation"), QT_TRANSLATE_NOOP("ccs", "Overridable"),
           QT_TRANSLATE_NOOP("ccs", "Channels"))


class RulesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Guardrail rules"))
        self.resize(1100, 640)
        self.editable = context.actor.role == Role.ADMIN
        self.pack: RulePack | None = None
        self._original: dict[str, dict[str, Any]] = {}
        self._params: dict[str, dict[str, Any]] = {}

        layout = QVBoxLayout(self)
        self.version_label = QLabel(self.tr("Loading the rules in force…"))
        layout.addWidget(self.version_label)
        split = QSplitter(Qt.Orientation.Vertical)
        self.pack_model = QStandardItemModel(0, 3, self)
        self.pack_model.setHorizontalHeaderLabels((self.tr("On"), self.tr("Pack"), self.tr("Applies to")))
        self.pack_table = QTableView()
        self.pack_table.setModel(self.pack_model)
        self.pack_table.verticalHeader().setVisible(False)
        self.pack_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.pack_table)
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels([t(c) for c in COLUMNS])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        split.addWidget(self.table)
        editor = QWidget()
        ed = QVBoxLayout(editor)
        ed.setContentsMargins(0, 0, 0, 0)
        ed.addWidget(QLabel(self.tr("Parameters of the selected rule (JSON):")))
        self.params_edit = QPlainTextEdit()
        self.params_edit.setReadOnly(not self.editable)
        ed.addWidget(self.params_edit)
        split.addWidget(editor)
        split.setSizes([150, 330, 140])
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Why the change:")))
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(self.tr("Kept with the new version and in the audit trail"))
        self.comment.setEnabled(self.editable)
        row.addWidget(self.comment, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(self.editable)
        if not self.editable:
            self.save_button.setToolTip(self.tr("Only an admin can change the rules"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_params)
        self.params_edit.textChanged.connect(self._params_edited)
        self._load()

    # --- loading --------------------------------------------------------------------------------------

    def _load(self) -> None:
        self.context.query(self, rulepacks.rules_in_force, self.context.session_factory, self.context.actor,
                           key="load", on_done=self._loaded, on_error=self._failed)

    def _loaded(self, pack: RulePack) -> None:
        self.pack = pack
        shipped = default_rulepack()
        changed = (self.tr("shipped rules") if pack.version == shipped.version
                   else self.tr("shipped rules with admin changes"))
        self.version_label.setText(self.tr("Rule pack version {version} ({changed}).").format(
            version=pack.version[:12], changed=changed) + " "
            + (self.tr("Tick or untick a rule, edit its parameters, say why, and save.")
               if self.editable else self.tr("Read-only: only an admin can change the rules.")))
        self.model.removeRows(0, self.model.rowCount())
        self.pack_model.removeRows(0, self.pack_model.rowCount())
        for p in pack.packs:
            on = QStandardItem()
            on.setCheckable(self.editable)
            on.setEditable(False)
            on.setCheckState(Qt.CheckState.Checked if p.enabled else Qt.CheckState.Unchecked)
            on.setData(p.id, Qt.ItemDataRole.UserRole)
            where = ", ".join(sorted(p.scope.countries)) + (f" ({', '.join(sorted(p.scope.regions))})" if p.scope.regions else "")
            cells = [on, QStandardItem(f"{p.id}: {p.title}"), QStandardItem(where)]
            for cell in cells[1:]:
                cell.setEditable(False)
            self.pack_model.appendRow(cells)
            self._original[p.id] = {"enabled": p.enabled}
        self.pack_table.resizeColumnToContents(0)
        self.pack_table.resizeColumnToContents(2)
        for rule in pack.rules():
            on = QStandardItem()
            on.setCheckable(self.editable)
            on.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            on.setEditable(False)
            on.setData(rule.id, Qt.ItemDataRole.UserRole)
            cells = [on] + [QStandardItem(text) for text in (
                rule.id, rule.title, rule.citation, self.tr("yes") if rule.overridable else self.tr("no"), ", ".join(sorted(rule.channels)))]
            for cell in cells[1:]:
                cell.setEditable(False)
                cell.setToolTip(cell.text())
            self.model.appendRow(cells)
            self._original[rule.id] = {"enabled": rule.enabled, "parameters": dict(rule.parameters)}
            self._params[rule.id] = json.loads(json.dumps(dict(rule.parameters)))
        for column, width in ((0, 34), (1, 220), (3, 260), (4, 90), (5, 130)):
            self.table.setColumnWidth(column, width)
        if self.model.rowCount():
            self.table.selectRow(0)

    def _failed(self, message: str, _trace: str) -> None:
        self.version_label.setText(self.tr("Could not load the rules: {message}").format(message=message))

    # --- editing --------------------------------------------------------------------------------------

    def _rule_id(self, row: int) -> str:
        return self.model.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def _show_params(self, current: Any, _previous: Any = None) -> None:
        if not current.isValid():
            return
        rule_id = self._rule_id(current.row())
        self.params_edit.blockSignals(True)
        self.params_edit.setPlainText(json.dumps(self._params[rule_id], indent=2, sort_keys=True))
        self.params_edit.blockSignals(False)

    def _params_edited(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        try:
            value = json.loads(self.params_edit.toPlainText() or "{}")
        except ValueError:
            self.params_edit.setToolTip(self.tr("Not valid JSON yet"))
            return
        if isinstance(value, dict):
            self._params[self._rule_id(index.row())] = value
            self.params_edit.setToolTip("")

    def changes(self) -> dict[str, dict[str, Any]]:
        """What differs from the rules in force: {rule id: {"enabled": ..., "parameters": {...}}}."""
        out: dict[str, dict[str, Any]] = {}
        for row in range(self.pack_model.rowCount()):
            item = self.pack_model.item(row, 0)
            pack_id = item.data(Qt.ItemDataRole.UserRole)
            enabled = item.checkState() == Qt.CheckState.Checked
            if enabled != self._original[pack_id]["enabled"]:
                out[pack_id] = {"enabled": enabled}
        for row in range(self.model.rowCount()):
            rule_id = self._rule_id(row)
            original = self._original[rule_id]
            enabled = self.model.item(row, 0).checkState() == Qt.CheckState.Checked
            change: dict[str, Any] = {}
            if enabled != original["enabled"]:
                change["enabled"] = enabled
            params = self._params[rule_id]
            if params != original["parameters"]:
                change["parameters"] = {k: v for k, v in params.items() if original["parameters"].get(k) != v}
            if change:
                out[rule_id] = change
        return out

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            QMessageBox.information(self, self.tr("Guardrail rules"), self.tr("Nothing changed."))
            return
        comment = self.comment.text().strip()
        self.save_button.setEnabled(False)
        # New rules change what is callable on every account: the queue and the workspace refresh.
        self.context.write(self, rulepacks.amend_rules, self.context.session_factory, self.context.actor, changes,
                           comment, changes=Changes(settings=True, all_accounts=True), on_done=self._saved,
                           on_error=self._save_failed)

    def _saved(self, version: str) -> None:
        self.save_button.setEnabled(True)
        self.comment.clear()
        QMessageBox.information(self, self.tr("Guardrail rules"),
                                self.tr("Saved as version {version}; in force from now on.").format(version=version[:12]))
        self._load()

    def _save_failed(self, message: str, _trace: str) -> None:
        self.save_button.setEnabled(True)
        QMessageBox.warning(self, self.tr("Guardrail rules"), message)

