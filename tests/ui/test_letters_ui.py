"""The letters panel and the validation notice: a Spanish notice is listed as the English + Spanish mailing it is,
and a notice refused for missing itemization facts says which account and what is missing."""

from __future__ import annotations

from ccs_desktop.models import Account
from ccs_desktop.services.letters import notices
from ccs_desktop.ui.context import AppContext
from ccs_desktop.ui.letters import LettersPanel
from tests.ui.test_disputes_ui import demo_db  # noqa: F401  (the fixture)


def test_the_panel_lists_a_spanish_notice_as_its_mailing_and_shows_a_refusal(qtbot, demo_db):  # noqa: F811
    factory, actor, account_id = demo_db
    notices.send_validation_notice(factory, actor, account_id, language="es")
    panel = LettersPanel(AppContext(factory, actor, "test"), account_id)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=10000)
    assert panel.table.item(0, 1).text() == "Validation notice"
    assert panel.table.item(0, 2).text() == "English + Spanish"
    with factory() as s, s.begin():
        account = s.get(Account, account_id)
        account.itemization_account_number = None
        number = account.client_account_number
    with qtbot.waitSignal(panel.failed, timeout=10000) as refused:
        panel.send_notice()
    assert refused.args[0].startswith(f"account {number}: no validation notice without its itemization facts")
    assert "missing: the account number on it" in refused.args[0]
    qtbot.wait(200)
    assert panel.table.rowCount() == 1  # nothing was sent
