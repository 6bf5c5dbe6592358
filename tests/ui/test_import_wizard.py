"""The import wizard end to end offscreen: file → map → check → import → summary; and the remittance dialog."""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QWizard

from ccs_desktop import db
from ccs_desktop.models import Account, Client, Payment, Placement
from ccs_desktop.models.enums import PaymentMethod, Role
from ccs_desktop.services.placement import maps, writer
from ccs_desktop.services.context import SYSTEM
from ccs_desktop.ui import workers
from ccs_desktop.ui.context import AppContext
from ccs_desktop.ui.import_wizard import ImportWizard
from ccs_desktop.ui.remittance_dialog import RemittanceDialog
from tests.factories import make_account, make_client, make_user

DATA = Path(__file__).resolve().parents[1] / "data"
SHOTS = os.environ.get("CCS_SCREENSHOTS")  # set to a folder to keep the wizard's pictures


@pytest.fixture
def ctx(qtbot, sqlite_url):
    engine = db.make_engine(sqlite_url)
    factory = db.session_factory(engine)
    with factory() as s, s.begin():
        make_client(s, code="NWB", name="Northwind Bank")
        make_client(s, code="LKM", name="Lakeside Medical")
        make_user(s, Role.COLLECTOR, username="cole")
    context = AppContext(factory, SYSTEM, "test database", engine)
    yield context
    workers.wait_all()
    engine.dispose()


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS, f"{name}.png")))


def open_wizard(qtbot, ctx, path: Path) -> ImportWizard:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.client.count() == 2, timeout=10000)
    wizard.file_page.client.setCurrentIndex(wizard.file_page.client.findData("NWB"))
    wizard.file_page.path.setText(str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    shot(wizard, "1-file")
    with qtbot.waitSignal(wizard.preview_ready, timeout=10000):
        wizard.next()
    return wizard


def test_the_sample_file_goes_through_the_wizard(qtbot, ctx):
    wizard = open_wizard(qtbot, ctx, DATA / "placement_sample.csv")
    page = wizard.map_page
    assert page.combos["account_number"].currentData() == "Account Number"
    assert page.combos["zip"].currentData() == "ZIP"
    assert page.table.rowCount() == 13 and page.table.horizontalHeaderItem(0).text() == "Account Number"
    assert "13 rows after the header" in page.status.text()
    shot(wizard, "2-map")
    with qtbot.waitSignal(wizard.map_saved, timeout=10000):
        page.save_map()
    assert "default" in maps.client_maps(ctx.session_factory, "NWB")

    with qtbot.waitSignal(wizard.checked, timeout=20000):
        wizard.next()
    check = wizard.check_page
    assert check.errors.rowCount() == 7 and check.errors.index(0, 0).data() == 6
    assert "12</b> rows: <b>6</b> valid" in check.status.text() and "reconciled" in check.status.text()
    shot(wizard, "3-check")

    changed = []
    ctx.changed.connect(lambda changes, _by: changed.append(changes))
    wizard.run_page.progress.valueChanged.connect(lambda _v: shot(wizard, "4-import"))
    with qtbot.waitSignal(wizard.imported, timeout=30000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page, timeout=5000)
    assert "6 accounts imported" in wizard.summary_page.status.text()
    assert wizard.summary_page.errors.rowCount() == 7
    assert [len(c.accounts) for c in changed] == [6]  # the import's accounts, for the queue to show
    shot(wizard, "5-summary")
    with ctx.session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Account)) == 6


def test_a_column_map_missing_a_required_field_holds_the_wizard(qtbot, ctx):
    wizard = open_wizard(qtbot, ctx, DATA / "placement_missing_columns.csv")
    assert not wizard.map_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.map_page.combos["last_name"].setCurrentIndex(wizard.map_page.combos["last_name"].findData("Name"))
    wizard.map_page.combos["principal"].setCurrentIndex(wizard.map_page.combos["principal"].findData("Amount Due"))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_file_in_the_wrong_encoding_says_so_on_the_map_page(qtbot, ctx):
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.client.count() == 2, timeout=10000)
    wizard.file_page.path.setText(str(DATA / "placement_cp1252.csv"))
    wizard.next()
    qtbot.waitUntil(lambda: "cannot be read" in wizard.map_page.status.text(), timeout=10000)
    assert "Windows-1252" in wizard.map_page.status.text()
    assert not wizard.map_page.isComplete()


def test_cancelling_the_import_writes_nothing(qtbot, ctx, tmp_path):
    rows = ["Account Number,Last Name,Principal"] + [f"C-{i},Doe,{i + 1}.00" for i in range(12000)]  # three batches
    path = tmp_path / "big.csv"
    path.write_text("\n".join(rows) + "\n")
    wizard = open_wizard(qtbot, ctx, path)
    with qtbot.waitSignal(wizard.checked, timeout=20000):
        wizard.next()
    real = writer.write_batch

    def slow_first_batch(*args, **kwargs):  # hold the first batch until the admin has pressed Cancel
        out = real(*args, **kwargs)
        wizard.run_page.task.cancel()
        return out

    writer.write_batch = slow_first_batch
    try:
        with qtbot.waitSignal(wizard.imported, timeout=30000):
            wizard.next()
    finally:
        writer.write_batch = real
    assert "cancelled" in wizard.summary_page.status.text() and "nothing was written" in wizard.summary_page.status.text()
    with ctx.session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(Account)) == 0
        assert s.scalar(sa.select(sa.func.count()).select_from(Placement)) == 0


def test_remittance_dialog_shows_and_saves_a_statement(qtbot, ctx, tmp_path):
    with ctx.session_factory() as s, s.begin():
        client = s.scalar(sa.select(Client).where(Client.code == "NWB"))
        account = make_account(s, client=client, client_account_number="NWB-1")
        s.add(Payment(account_id=account.id, amount=Decimal("400.00"), paid_on=dt.date(2026, 10, 9),
                      method=PaymentMethod.CARD, posted_at=dt.datetime(2026, 10, 9, 15, tzinfo=dt.timezone.utc)))
    dialog = RemittanceDialog(ctx, today=dt.date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.client.count() == 2, timeout=10000)
    assert dialog.period() == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    dialog.client.setCurrentIndex(dialog.client.findData("NWB"))
    with qtbot.waitSignal(dialog.statement_ready, timeout=10000):
        dialog.load()
    assert dialog.detail.rowCount() == 1
    assert dialog.summary.item(5, 1).text() == "100.00" and dialog.summary.item(6, 1).text() == "300.00"
    shot(dialog, "remittance")
    with qtbot.waitSignal(dialog.saved, timeout=20000):
        dialog.save(tmp_path / "statement.pdf")
    assert (tmp_path / "statement.pdf").read_bytes().startswith(b"%PDF")


def test_the_file_menu_opens_the_wizard_and_the_statement_dialog(qtbot, ctx):
    from ccs_desktop.ui.main_window import MainWindow, OpenedDatabase

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_back_office("import") is None  # no database yet
    labels = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Import placement file…" in labels and "Re&mittance statement…" in labels
    window.database = OpenedDatabase(ctx.engine, ctx.session_factory, "test", 0, 0)
    assert window.open_back_office("import") is None  # nobody signed in yet
    window.context = ctx
    wizard = window.open_back_office("import")
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.file_page.client.count() == 2, timeout=10000)
    wizard.close()
    dialog = window.open_back_office("remittance")
    assert isinstance(dialog, RemittanceDialog)
    qtbot.waitUntil(lambda: dialog.client.count() == 2, timeout=10000)
    dialog.close()
    window.database = None  # the fixture owns the engine
    window.close()
