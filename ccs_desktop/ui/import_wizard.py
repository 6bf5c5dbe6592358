"""The placement import wizard: file → map columns → check rows → import (progress, cancel) → summary.

Every file read, check and write runs off the GUI thread through the context (ui.ops); the wizard only shows
results. An import's accounts go out as the context's changes: the queue shows them without being told.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from ..services.context import Changes
from ..services.placement import checking, imports, maps, wizard_queries
from ..services.placement.checking import Validation
from ..services.placement.errors import RowError, write_errors_csv
from ..services.placement.fields import FIELD_BY_KEY, FIELDS
from ..services.placement.imports import ImportResult
from ..services.placement.maps import DEFAULT_MAP_NAME, ColumnMap, Preview
from ..services.placement.wizard_queries import ImportClient
from .. import db
from . import workers
from .context import AppContext
from .i18n import t

log = logging.getLogger(__name__)

ENCODINGS = (("UTF-8", "utf-8"), (QT_TRANSLATE_NOOP("ccs", "Windows-1252 (Western)"), "cp1252"), ("Latin-1 (ISO-8859-1)", "latin-1"),
             ("UTF-16", "utf-16"))
NOT_MAPPED = QT_TRANSLATE_NOOP("ccs", "(not in the file)")
GUESS = QT_TRANSLATE_NOOP("ccs", "(recognise from the headers)")


class ErrorModel(QAbstractTableModel):
    """Rejected rows: line, field, column, value, message."""

    HEADERS = (QT_TRANSLATE_NOOP("ccs", "Line"), QT_TRANSLATE_NOOP("ccs", "Field"), QT_TRANSLATE_NOOP("ccs", "Column"), QT_TRANSLATE_NOOP("ccs", "Value"), QT_TRANSLATE_NOOP("ccs", "Problem"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.errors: list[RowError] = []

    def set_errors(self, errors: list[RowError]) -> None:
        self.beginResetModel()
        self.errors = list(errors)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.errors)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.errors[index.row()]
        label = FIELD_BY_KEY[e.field].label if e.field in FIELD_BY_KEY else e.field
        return (e.line, label, e.column or "", e.value, e.message)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return t(self.HEADERS[section])
        return None


def _error_view(model: ErrorModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    for col, width in enumerate((60, 130, 130, 150)):
        view.setColumnWidth(col, width)
    header.setStretchLastSection(True)
    return view


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Placement file"))
        self.setSubTitle(self.tr("Choose the client who placed the accounts and the file they sent (CSV or Excel .xlsx)."))
        form = QFormLayout(self)
        self.client = QComboBox()
        self.client.setObjectName("clientCombo")
        self.client.currentIndexChanged.connect(self._client_changed)
        form.addRow(self.tr("Client:"), self.client)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("filePath")
        self.path.setPlaceholderText(self.tr("placement file…"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.encoding = QComboBox()
        for label, value in ENCODINGS:
            self.encoding.addItem(t(label), value)
        form.addRow(self.tr("Text encoding (CSV):"), self.encoding)
        self.map_combo = QComboBox()
        self.map_combo.setObjectName("mapCombo")
        form.addRow(self.tr("Column map:"), self.map_combo)
        self.policy = QLabel("")
        self.policy.setWordWrap(True)
        form.addRow(self.tr("Duplicates:"), self.policy)
        self.status = QLabel(self.tr("Loading clients…"))
        form.addRow(self.status)
        self.clients: list[ImportClient] = []
        wizard.ctx.query(self, wizard_queries.import_clients, wizard.ctx.session_factory, wizard.ctx.actor,
                         on_done=self._loaded, on_error=lambda m, _t: self.status.setText(
                             self.tr("Cannot load clients: {message}").format(message=m)))

    def _loaded(self, clients: list[ImportClient]) -> None:
        self.clients = clients
        self.status.setText("" if clients else self.tr("There are no active clients."))
        self.client.clear()
        for c in clients:
            self.client.addItem(f"{c.code} — {c.name}", c.code)
        self.w.clients_loaded.emit()
        self.completeChanged.emit()

    def chosen(self) -> ImportClient | None:
        return next((c for c in self.clients if c.code == self.client.currentData()), None)

    def _client_changed(self) -> None:
        self.map_combo.clear()
        self.map_combo.addItem(t(GUESS), None)
        found = self.chosen()
        if found is None:
            return
        for name in sorted(found.maps):
            self.map_combo.addItem(name, name)
        if DEFAULT_MAP_NAME in found.maps:
            self.map_combo.setCurrentIndex(self.map_combo.findData(DEFAULT_MAP_NAME))
        self.policy.setText(self.tr("an account number this client already placed is updated (balance adjusted)")
                            if found.duplicate_policy == "update"
                            else self.tr("an account number this client already placed is rejected"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Placement file"), "",
                                              self.tr("Placement files (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.client.currentData()) and Path(self.path.text().strip()).is_file()

    def country(self) -> str:
        found = self.chosen()
        return found.country if found is not None else "US"

    def saved_map(self) -> ColumnMap | None:
        name = self.map_combo.currentData()
        found = self.chosen()
        if not name or found is None:
            return None
        return ColumnMap.from_json(found.maps[name])


class MapPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Map the columns"))
        self.setSubTitle(self.tr("Say which column of the file holds each field. Fields marked * are required. "
                                 "Save the map to reuse it for this client's next files."))
        self.preview: Preview | None = None
        lay = QVBoxLayout(self)
        self.status = QLabel("")
        self.status.setObjectName("mapStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        grid = QGridLayout(top)
        grid.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        per_column = (len(FIELDS) + 2) // 3
        for i, field in enumerate(FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{field.key}")
            combo.currentIndexChanged.connect(self.completeChanged)
            self.combos[field.key] = combo
            r, c = i % per_column, (i // per_column) * 2
            grid.addWidget(QLabel(field.label + (" *" if field.required else "")), r, c)
            grid.addWidget(combo, r, c + 1)
        options = QHBoxLayout()
        self.date_order = QComboBox()
        self.date_order.addItem(self.tr("MM/DD/YYYY (US)"), "MDY")
        self.date_order.addItem(self.tr("DD/MM/YYYY"), "DMY")
        options.addWidget(QLabel(self.tr("Dates like 03/04/2025 read as:")))
        options.addWidget(self.date_order)
        options.addStretch(1)
        self.map_name = QLineEdit(DEFAULT_MAP_NAME)
        self.map_name.setMaximumWidth(160)
        save = QPushButton(self.tr("Save map"))
        save.setObjectName("saveMap")
        save.clicked.connect(self.save_map)
        options.addWidget(QLabel(self.tr("Map name:")))
        options.addWidget(self.map_name)
        options.addWidget(save)
        grid.addLayout(options, per_column, 0, 1, 6)
        split.addWidget(top)
        self.table = QTableWidget()
        self.table.setObjectName("previewTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        split.addWidget(self.table)
        split.setStretchFactor(1, 1)
        lay.addWidget(split, 1)

    def initializePage(self) -> None:
        first = self.w.file_page
        self.preview = None
        self.status.setText(self.tr("Reading the file…"))
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        for combo in self.combos.values():
            combo.clear()
        self.w.ctx.query(self, maps.read_preview, first.path.text().strip(), encoding=first.encoding.currentData(),
                         key="preview", on_done=self._shown, on_error=self._failed)

    def _failed(self, message: str, _trace: str) -> None:
        self.status.setText("<b>" + self.tr("This file cannot be read.") + "</b> " + message)
        self.completeChanged.emit()

    def _shown(self, preview: Preview) -> None:
        self.preview = preview
        headers = preview.headers
        saved = self.w.file_page.saved_map()
        column_map = saved or preview.guessed
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.addItem(t(NOT_MAPPED), "")
            for h in headers:
                combo.addItem(h, h)
            index = combo.findData(column_map.columns.get(key, ""))
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        if saved:
            self.date_order.setCurrentIndex(max(self.date_order.findData(saved.date_order), 0))
            self.map_name.setText(self.w.file_page.map_combo.currentData())
        rows = preview.first_rows(20)
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, value in enumerate(cells[:len(headers)]):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        kind = (self.tr("Excel sheet {sheet}").format(sheet=preview.table.sheet or "") if preview.table.kind == "xlsx"
                else self.tr("CSV ({encoding}, separator {separator})").format(
                    encoding=(preview.table.encoding or "").replace("utf-8-sig", "UTF-8"),
                    separator=repr(preview.table.delimiter)))
        source = (self.tr("map {name}").format(name=repr(self.map_name.text())) if saved
                  else self.tr("columns recognised from the headers"))
        self.status.setText(self.tr("{count} rows after the header").format(count=f"{len(preview.table.rows):,}")
                            + f" · {kind} · {source}")
        self.completeChanged.emit()
        self.w.preview_ready.emit()

    def column_map(self) -> ColumnMap:
        columns = {k: c.currentData() for k, c in self.combos.items() if c.currentData()}
        first = self.w.file_page
        sheet = self.preview.table.sheet if self.preview and self.preview.table.kind == "xlsx" else None
        return ColumnMap(columns, self.date_order.currentData(), first.encoding.currentData(), sheet)

    def missing(self) -> list[str]:
        columns = self.column_map().columns
        out = [f.label for f in FIELDS if f.required and f.key not in columns
               and not (f.key == "last_name" and "business_name" in columns)]
        return out

    def isComplete(self) -> bool:
        return self.preview is not None and not self.missing()

    def validatePage(self) -> bool:
        if self.missing():
            return False
        return True

    def save_map(self) -> None:
        name = self.map_name.text().strip()
        code = self.w.file_page.client.currentData()
        column_map = self.column_map()
        self.status.setText(self.tr("Saving the map {name}…").format(name=repr(name)))

        def saved(_r: Any) -> None:
            for c in self.w.file_page.clients:
                if c.code == code:
                    c.maps[name] = column_map.to_json()
            self.status.setText(self.tr("Saved the column map {name} for {client}.").format(name=repr(name), client=code))
            self.w.map_saved.emit(name)

        self.w.ctx.write(self, maps.save_map, self.w.ctx.session_factory, self.w.ctx.actor, code, name, column_map,
                         changes=Changes(settings=True), on_done=saved,
                         on_error=lambda m, _t: self.status.setText("<b>" + self.tr("Not saved:") + "</b> " + m))


class CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(self.tr("Every row is checked before anything is written. Accounts this client already "
                                 "placed are found when importing."))
        self.validation: Validation | None = None
        lay = QVBoxLayout(self)
        self.status = QLabel("")
        self.status.setObjectName("checkStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.progress = QProgressBar()
        lay.addWidget(self.progress)
        self.errors = ErrorModel(self)
        lay.addWidget(_error_view(self.errors), 1)
        row = QHBoxLayout()
        self.export = QPushButton(self.tr("Export rejected rows…"))
        self.export.clicked.connect(self._export)
        row.addWidget(self.export)
        row.addStretch(1)
        box = QGroupBox(self.tr("When rows are rejected"))
        box_lay = QHBoxLayout(box)
        self.valid_rows = QRadioButton(self.tr("Import the valid rows"))
        self.valid_rows.setObjectName("modeValidRows")
        self.all_or_nothing = QRadioButton(self.tr("All or nothing: import only a clean file"))
        self.all_or_nothing.setObjectName("modeAllOrNothing")
        self.valid_rows.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.valid_rows)
        group.addButton(self.all_or_nothing)
        box_lay.addWidget(self.valid_rows)
        box_lay.addWidget(self.all_or_nothing)
        row.addWidget(box)
        lay.addLayout(row)

    def initializePage(self) -> None:
        self.validation = None
        self.errors.set_errors([])
        self.export.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Checking every row…"))
        column_map = self.w.map_page.column_map()
        self.w.ctx.query(self, self._check, self.w.file_page.path.text().strip(), column_map,
                         self.w.file_page.country(), with_task=True, key="check", on_progress=self._progress,
                         on_done=self._checked, on_error=self._failed)

    @staticmethod
    def _check(path: str, column_map: ColumnMap, country: str, task: workers.Task) -> Validation:
        return checking.validate_file(path, column_map, default_country=country, progress=task.report,
                                     cancelled=task.cancelled)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _failed(self, message: str, _trace: str) -> None:
        self.progress.hide()
        self.status.setText("<b>" + self.tr("This file cannot be imported.") + "</b> " + message)
        self.completeChanged.emit()
        self.w.checked.emit()

    def _checked(self, validation: Validation) -> None:
        self.validation = validation
        self.progress.hide()
        rejected = len(validation.rejected_lines)
        text = self.tr("{rows} rows: {valid} valid ({amount} placed), {rejected} rejected.").format(
            rows=f"<b>{validation.data_rows:,}</b>", valid=f"<b>{validation.valid_count:,}</b>",
            amount=f"{validation.amount_valid:,}", rejected=f"<b>{rejected:,}</b>")
        if validation.trailer:
            text += " " + self.tr("Trailer: {count} accounts, {total} — reconciled.").format(
                count=f"{validation.trailer.count:,}", total=f"{validation.trailer.total:,}")
        for warning in validation.warnings:
            text += "<br><span style='color:#a05a00'>" + self.tr("Warning: {warning}").format(warning=warning) + "</span>"
        self.status.setText(text)
        self.errors.set_errors(validation.errors)
        self.export.setEnabled(bool(validation.errors))
        self.completeChanged.emit()
        self.w.checked.emit()

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Rejected rows"), "rejected_rows.csv", "CSV (*.csv)")
        if path:
            write_errors_csv(self.errors.errors, path)

    def mode(self) -> str:
        return "all_or_nothing" if self.all_or_nothing.isChecked() else "valid_rows"

    def isComplete(self) -> bool:
        return self.validation is not None and self.validation.valid_count > 0


class RunPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("The accounts are written in one transaction: a cancelled or failed import writes "
                                 "nothing."))
        lay = QVBoxLayout(self)
        self.status = QLabel("")
        self.status.setObjectName("runStatus")
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        lay.addWidget(self.progress)
        self.cancel = QPushButton(self.tr("Cancel the import"))
        self.cancel.setObjectName("cancelImport")
        self.cancel.clicked.connect(self.cancel_import)
        lay.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        self.task: workers.Task | None = None
        self.label = self.tr("Importing")
        self.result: ImportResult | None = None
        self.failure: str | None = None

    def initializePage(self) -> None:
        self.result, self.failure = None, None
        self.progress.setRange(0, 0)
        self.cancel.setEnabled(True)
        first, check = self.w.file_page, self.w.check_page
        self.label = (self.tr("Importing {file} for {client}: {count} valid rows").format(
            file=Path(first.path.text().strip()).name, client=first.client.currentData(),
            count=f"{check.validation.valid_count:,}") if check.validation else self.tr("Importing"))
        self.status.setText(self.label + "…")
        self.task = self.w.ctx.write(
            self, self._run, first.path.text().strip(), first.client.currentData(), self.w.map_page.column_map(),
            check.mode(), check.validation, with_task=True, on_progress=self._progress, on_done=self._done,
            on_error=self._failed)

    def _run(self, path: str, code: str, column_map: ColumnMap, mode: str, validation: Validation,
             task: workers.Task) -> ImportResult:
        # An import is batch work: its transaction runs with the settings' longer batch timeouts.
        return imports.import_file(db.for_batch(self.w.ctx.session_factory), self.w.ctx.actor, code, path, column_map,
                                   mode=mode, validation=validation, progress=task.report, cancelled=task.cancelled)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(f"{self.label}… {done * 100 // max(total, 1)}%")

    def cancel_import(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel.setEnabled(False)
            self.status.setText(self.tr("Cancelling: rolling back…"))

    def _done(self, result: ImportResult) -> None:
        self.task = None
        self.result = result  # its accounts went out as the context's changes
        self._finish()

    def _failed(self, message: str, _trace: str) -> None:
        self.task = None
        self.failure = message
        self._finish()

    def _finish(self) -> None:
        self.cancel.setEnabled(False)
        self.completeChanged.emit()
        self.w.imported.emit()
        self.w.next()

    def isComplete(self) -> bool:
        return self.task is None and (self.result is not None or self.failure is not None)


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Summary"))
        lay = QVBoxLayout(self)
        self.status = QLabel("")
        self.status.setObjectName("summaryStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        lay.addWidget(self.status)
        self.errors = ErrorModel(self)
        lay.addWidget(_error_view(self.errors), 1)
        self.export = QPushButton(self.tr("Export rejected rows…"))
        self.export.clicked.connect(self._export)
        lay.addWidget(self.export, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        run = self.w.run_page
        result = run.result
        if result is None:
            self.status.setText("<b>" + self.tr("Nothing was imported.") + f"</b> {run.failure}")
            self.errors.set_errors([])
        else:
            head = self.tr("Imported.") if result.committed else self.tr("Nothing was imported.")
            lines = [f"<b>{head}</b> {result.message}",
                     self.tr("File: {file} · rows: {rows} · new accounts: {new} · updated: {updated} · rejected rows: "
                             "{rejected}").format(file=result.file_name, rows=f"{result.data_rows:,}",
                                                  new=f"{result.imported:,}", updated=f"{result.updated:,}",
                                                  rejected=f"{result.rejected:,}")]
            if result.trailer_total is not None:
                lines.append(self.tr("Trailer total {total} reconciled.").format(total=f"{result.trailer_total:,}"))
            if result.committed and result.imported:
                lines.append(self.tr("The new accounts are in the collectors' queues and wait for their validation "
                                     "notice."))
            self.status.setText("<br>".join(lines))
            self.errors.set_errors(result.errors)
        self.export.setEnabled(bool(self.errors.errors))

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Rejected rows"), "rejected_rows.csv", "CSV (*.csv)")
        if path:
            write_errors_csv(self.errors.errors, path)


class ImportWizard(QWizard):
    clients_loaded = Signal()
    preview_ready = Signal()
    map_saved = Signal(str)
    checked = Signal()
    imported = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import a placement file"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(980, 680)
        self.file_page = FilePage(self)
        self.map_page = MapPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.map_page, self.check_page, self.run_page, self.summary_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, page_id: int) -> None:
        running = self.page(page_id) is self.run_page
        self.button(QWizard.WizardButton.BackButton).setEnabled(not running)

    def reject(self) -> None:
        task = self.run_page.task
        if task is not None and not task.done.is_set():
            answer = QMessageBox.question(self, self.tr("Cancel the import"),
                                          self.tr("Cancel the running import? Nothing of it will be written."))
            if answer != QMessageBox.StandardButton.Yes:
                return
            task.cancel()
            task.done.wait(30)
        super().reject()
