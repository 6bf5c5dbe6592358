"""The agency settings dialog: an admin changes the one agency record; a bad value is refused and kept on screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from ccs_desktop import db
from ccs_desktop.models.enums import Role
from ccs_desktop.services import agency
from ccs_desktop.services.context import Actor
from ccs_desktop.ui.agency_dialog import AgencyDialog
from ccs_desktop.ui.context import AppContext
from tests.factories import make_agency


@pytest.fixture
def factory(sqlite_url):
    engine = db.make_engine(sqlite_url)
    f = db.session_factory(engine)
    with f() as s, s.begin():
        make_agency(s)
    yield f
    engine.dispose()


def test_an_admin_changes_the_agency_and_a_bad_value_is_refused(qtbot, factory):
    dialog = AgencyDialog(AppContext(factory, Actor(None, "admin", Role.ADMIN), "test"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.legal_name.text() == "Cascade Collection Services, LLC", timeout=10000)
    assert dialog.licences.toPlainText() == "NY: 2034567-DCA"
    dialog.email.setText("not an email")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "not an email address" in dialog.message.text(), timeout=10000)
    assert dialog.email.text() == "not an email"  # what was typed stays to be corrected
    dialog.email.setText("help@harbor.example")
    dialog.trade_name.setText("Harbor Recovery")
    dialog.licences.setPlainText("NY: 2034567-DCA\nwa: CAG-1")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Saved"), timeout=10000)
    with factory() as s:
        record = agency.load(s)
    assert record.name == "Harbor Recovery" and record.email == "help@harbor.example"
    assert record.licences == {"NY": "2034567-DCA", "WA": "CAG-1"}


def test_others_read_it_and_cannot_save(qtbot, factory):
    dialog = AgencyDialog(AppContext(factory, Actor(None, "sam", Role.SUPERVISOR), "test"))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.phone.text() == "(800) 555-0142", timeout=10000)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert "Only an administrator" in dialog.message.text()
