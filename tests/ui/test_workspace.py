"""The account workspace driven from the keyboard: record attempts, get refused, see why; the shell's next-account key."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from ccs_desktop.models import AuditEvent, ComplianceFlag, ContactAttempt
from ccs_desktop.models.enums import FlagKind, Role
from ccs_desktop.services.contacts import attempts as contact_service
from ccs_desktop.services.context import Actor
from ccs_desktop.services.data.reference import ensure_reference_data
from ccs_desktop.ui.context import AppContext
from ccs_desktop.ui.workspace import AccountWorkspace
from tests.factories import make_account, make_agency, make_client, make_person, make_user

UTC = dt.timezone.utc
AT = dt.datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # Tuesday 11:00 in New York


@pytest.fixture
def fixed_now(monkeypatch):
    """The contact service's clock at AT (the workspace passes AT as the attempt's time)."""
    monkeypatch.setattr(contact_service, "utcnow", lambda: AT)
    return AT


def build(session_factory, *, flag: FlagKind | None = None):
    with session_factory() as s, s.begin():
        ensure_reference_data(s)
        make_agency(s)  # the letterhead of the letters sent from the workspace
        cole = make_user(s, username="cole", display_name="Cole Collector")
        client = make_client(s, name="Northwind Bank")
        person = make_person(s, first_name="Maria", last_name="Lopez", phone="+12125550142")
        account = make_account(s, client=client, person=person, assigned_to=cole.id, tz_group="America/New_York",
                               priority_score=Decimal("77.50"), score_detail={"balance": "30.00", "age": "47.50"})
        cosigner = make_person(s, first_name="Juan", last_name="Lopez", phone="+12125550199")
        from ccs_desktop.models import AccountParty
        from ccs_desktop.models.enums import PartyRole

        s.add(AccountParty(account_id=account.id, person_id=cosigner.id, role=PartyRole.COSIGNER))
        if flag is not None:
            s.add(ComplianceFlag(person_id=person.id, kind=flag, set_at=AT - dt.timedelta(days=3)))
            account.contact_blocked = True
            account.blocked_reason = flag.value
    return Actor(cole.id, "cole", Role.COLLECTOR, cole.team_id), account.id, person.id


def open_workspace(qtbot, session_factory, actor, account_id) -> AccountWorkspace:
    context = AppContext(session_factory, actor, "test")
    workspace = AccountWorkspace(context)
    qtbot.addWidget(workspace)
    workspace.clock = AT
    workspace.resize(1440, 800)
    workspace.show()
    with qtbot.waitSignal(workspace.loaded, timeout=20000):
        workspace.show_account(account_id)
    from PySide6.QtWidgets import QApplication

    from ccs_desktop.ui import ops

    # The tabs' own reads (history, documents, letters, the call guide) finish too.
    qtbot.waitUntil(lambda: not ops.running(), timeout=20000)
    # The keys reach the workspace's shortcuts only while its window is the active one.
    workspace.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is workspace, timeout=5000)
    workspace.setFocus()
    return workspace


def attempts(session_factory, account_id) -> list[ContactAttempt]:
    with session_factory() as s:
        return list(s.scalars(sa.select(ContactAttempt).where(ContactAttempt.account_id == account_id)
                              .order_by(ContactAttempt.at)))


def record_inbound(qtbot, ws, session_factory, account_id) -> None:
    """Switch the dialog to inbound and record: the only attempt on the account is that inbound call."""
    ws.direction_combo.setCurrentIndex(1)
    with qtbot.waitSignal(ws.recorded, timeout=20000):
        qtbot.keyClick(ws, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [a.direction for a in attempts(session_factory, account_id)] == ["inbound"]


def test_keyboard_flow_records_attempts_and_a_stale_preview_is_refused(qtbot, session_factory, fixed_now):
    actor, account_id, person_id = build(session_factory)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    assert ws.name_label.text() == "Maria Lopez"
    assert "11:00 EST" in ws.times_label.text()
    assert "Callable now" in ws.state_label.text()
    assert ws.call_button.isEnabled()
    assert "Balance" in ws.score_label.text() and "77.50" in ws.score_label.text()
    roles = [ws.parties.topLevelItem(i).text(0) for i in range(ws.parties.topLevelItemCount())]
    assert roles == ["Consumer: Maria Lopez", "Co-signer: Juan Lopez"]

    # "1" = No answer, a note, Ctrl+Enter.
    qtbot.keyClick(ws, Qt.Key.Key_1)
    assert ws.code_group.checkedButton().property("code") == "NA"
    ws.notes_edit.setFocus()
    qtbot.keyClicks(ws.notes_edit, "rang 8 times")
    with qtbot.waitSignal(ws.recorded, timeout=20000), qtbot.waitSignal(ws.loaded, timeout=20000):
        qtbot.keyClick(ws.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = attempts(session_factory, account_id)
    assert [(a.result_code, a.notes, a.phone_e164) for a in saved] == [("NA", "rang 8 times", "+12125550142")]
    assert ws.contact_log.rowCount() == 1 and "NA" in ws.contact_log.item(0, 4).text()
    assert ws.notes_edit.toPlainText() == ""

    # "5" = Spoke with consumer: the first conversation asks for the mini-Miranda disclosure.
    ws.setFocus()
    qtbot.keyClick(ws, Qt.Key.Key_5)
    assert ws.disclosure_check.isVisible() and "mini-Miranda" in ws.disclosure_check.text()
    assert not ws.disclosure_check.isEnabled()  # right-party verification comes first
    ws.guided.identity.fields["zip"].setText("10001")
    with qtbot.waitSignal(ws.guided.identity.checked, timeout=20000):
        ws.guided.identity.check_button.click()
    assert ws.disclosure_check.isEnabled()
    ws.disclosure_check.setChecked(True)
    with qtbot.waitSignal(ws.recorded, timeout=20000), qtbot.waitSignal(ws.loaded, timeout=20000):
        qtbot.keyClick(ws, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = attempts(session_factory, account_id)
    assert saved[-1].result_code == "RPC" and saved[-1].disclosures == ["mini_miranda"]
    # After a conversation the call is blocked by the cooldown: the dial button says why.
    assert not ws.call_button.isEnabled()
    assert "Not until" in ws.call_reason.text()

    # Another workstation's preview is stale: try anyway with the keyboard, and get refused with the rule.
    ws.setFocus()
    qtbot.keyClick(ws, Qt.Key.Key_5)
    assert "debt collector" in ws.disclosure_check.text()  # later conversations: the Reg F 1006.18(e) reminder
    qtbot.keyClick(ws, Qt.Key.Key_1)
    with qtbot.waitSignal(ws.refused, timeout=20000) as refused:
        qtbot.keyClick(ws, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    decision = refused.args[0]
    assert not decision.allowed and decision.next_allowed_at is not None
    assert ws.refusal.isVisible()
    assert "regf.conversation_cooldown" in ws.refusal.text() and "Allowed from" in ws.refusal.text()
    assert len(attempts(session_factory, account_id)) == 2  # nothing recorded but the refusal
    with session_factory() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(AuditEvent)
                        .where(AuditEvent.action == "contact.refused")) == 1
    ws.grab().save("/tmp/ccs-workspace-test.png")
    ws.close()


def test_a_cease_request_disables_the_call_and_the_service_refuses_it(qtbot, session_factory, fixed_now):
    actor, account_id, _ = build(session_factory, flag=FlagKind.CEASE_REQUESTED)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    badges = [ws.badges.itemAt(i).widget().text() for i in range(ws.badges.count()) if ws.badges.itemAt(i).widget()]
    assert "Cease" in badges
    assert "Blocked" in ws.state_label.text()
    assert not ws.call_button.isEnabled()
    assert "stop contacting" in ws.call_reason.text()
    qtbot.keyClick(ws, Qt.Key.Key_2)
    with qtbot.waitSignal(ws.refused, timeout=20000):
        qtbot.keyClick(ws, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "core.cease_requested" in ws.refusal.text()
    assert "until the facts change" in ws.refusal.text()
    assert attempts(session_factory, account_id) == []
    # An inbound call from the consumer is recorded (inbound contacts are never blocked).
    record_inbound(qtbot, ws, session_factory, account_id)
    ws.close()


def test_next_account_key_opens_the_best_callable_account_and_escape_returns(qtbot, sqlite_url, fixed_now):
    from ccs_desktop import db
    from ccs_desktop.ui.main_window import MainWindow

    engine = db.make_engine(sqlite_url)
    factory = db.session_factory(engine)
    actor, blocked_id, _ = build(factory, flag=FlagKind.ATTORNEY_REPRESENTED)
    with factory() as s, s.begin():
        client = make_client(s)
        best = make_account(s, client=client, person=make_person(s, first_name="Ana", last_name="Best"),
                            assigned_to=actor.user_id, tz_group="America/New_York", priority_score=Decimal("60"))
        make_account(s, client=client, person=make_person(s, first_name="Ben", last_name="Second"),
                     assigned_to=actor.user_id, tz_group="America/New_York", priority_score=Decimal("50"))
    engine.dispose()
    window = MainWindow()
    window.clock = AT
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.open_database(sqlite_url, seed_demo=False)
    assert window.user_label.text() == "cole (collector)"
    qtbot.waitUntil(lambda: window.queue_view.model.rowCount() == 3, timeout=20000)
    assert window.queue_view.model.row_at(0).id == blocked_id  # highest score, but represented by an attorney
    with qtbot.waitSignal(window.workspace.loaded, timeout=20000) as loaded:
        qtbot.keyClick(window.queue_view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert loaded.args[0].id == best.id
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.name_label.text() == "Ana Best"
    qtbot.keyClick(window.workspace, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.queue_view
    with qtbot.waitSignal(window.workspace.loaded, timeout=20000) as loaded:
        qtbot.keyClick(window.queue_view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.name_label.text() == "Ben Second"  # the next one, not the one just worked
    window.close()


def test_recording_a_cease_request_blocks_the_account_in_the_workspace_and_the_queue(qtbot, session_factory, fixed_now):
    from ccs_desktop.models import Account
    from ccs_desktop.ui.queue_model import COLUMNS, QueueModel

    actor, account_id, person_id = build(session_factory)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    model = QueueModel(ws.context, synchronous=True)
    model.clock = AT
    model.fetchMore()
    state_col = [k for k, _ in COLUMNS].index("callable")
    assert model.index(0, state_col).data() == "callable"
    assert ws.call_button.isEnabled()
    with qtbot.waitSignal(ws.context.changed, timeout=20000) as said, qtbot.waitSignal(ws.loaded, timeout=20000):
        ws.consumer_said("cease")
    assert account_id in said.args[0].accounts and said.args[1] is ws
    assert "Blocked" in ws.state_label.text() and not ws.call_button.isEnabled()
    badges = [ws.badges.itemAt(i).widget().text() for i in range(ws.badges.count()) if ws.badges.itemAt(i).widget()]
    assert "Cease" in badges
    assert model.index(0, state_col).data() == "blocked"
    with session_factory() as s:
        assert s.get(Account, account_id).contact_blocked is True
        events = s.scalars(sa.select(AuditEvent.action).where(AuditEvent.account_id == account_id)).all()
    assert "fact.cease.set" in events  # a cease request is a compliance record (services/facts)
    ws.close()


def test_wrong_number_and_an_inconvenient_time_change_the_numbers_state(qtbot, session_factory, fixed_now):
    actor, account_id, person_id = build(session_factory)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    # 11:00 in New York now: the consumer says 10:00-12:00 on weekdays is inconvenient.
    with qtbot.waitSignal(ws.loaded, timeout=20000):
        ws.consumer_said("inconvenient", text="mon-fri 10:00-12:00")
    assert not ws.call_button.isEnabled() and "12:00" in ws.call_reason.text()
    with qtbot.waitSignal(ws.loaded, timeout=20000):
        ws.consumer_said("wrong_number")
    assert "bad number" in ws.call_reason.text()
    consumer = ws.parties.topLevelItem(0)
    assert consumer.child(0).text(1) == "Blocked"
    ws.close()


def test_the_workspace_speaks_spanish_when_chosen(qtbot, session_factory, fixed_now):
    from PySide6.QtWidgets import QApplication

    from ccs_desktop.ui import i18n
    from ccs_desktop.ui.queue_model import QueueModel

    actor, account_id, _ = build(session_factory)
    assert i18n.install(QApplication.instance(), "es")
    try:
        ws = open_workspace(qtbot, session_factory, actor, account_id)
        assert ws.tabs.tabText(0) == "&Registro de contactos"
        assert "Se puede llamar ahora" in ws.state_label.text()
        labels = [b.text() for b in ws.code_group.buttons()]
        assert "1 Sin respuesta" in labels and "6 Promesa de pago" in labels   # result labels from the code table
        assert "Capital" in ws.balances_label.text()
        model = QueueModel(ws.context, synchronous=True)
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Puntuación"
        qtbot.wait(200)
        ws.grab().save("/tmp/ccs-workspace-es.png")
        ws.close()
    finally:
        i18n.install(QApplication.instance(), "en")
    assert QueueModel(ws.context, synchronous=True).headerData(0, Qt.Orientation.Horizontal) == "Score"


def test_the_disputes_tab_shows_the_accounts_dispute_panel(qtbot, session_factory, fixed_now):
    from ccs_desktop.ui.disputes import DisputePanel

    actor, account_id, _ = build(session_factory)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    titles = [ws.tabs.tabText(i) for i in range(ws.tabs.count())]
    panel = ws.tabs.widget(titles.index("Disputes")).widget()
    assert isinstance(panel, DisputePanel) and panel.account_id == account_id and panel is ws.disputes_panel


def test_an_account_checked_out_elsewhere_says_so_and_refuses_an_outbound_call(qtbot, session_factory, fixed_now):
    from ccs_desktop.models import Lease, Workstation

    actor, account_id, _ = build(session_factory)
    with session_factory() as s, s.begin():
        laptop = Workstation(name="LAPTOP-7", user_id=actor.user_id)
        s.add(laptop)
        s.flush()
        s.add(Lease(account_id=account_id, workstation_id=laptop.id, user_id=actor.user_id, taken_at=AT,
                    expires_at=dt.datetime.now(UTC) + dt.timedelta(days=7)))
    office = Actor(actor.user_id, actor.username, actor.role, actor.team_id, workstation="OFFICE-3")
    ws = open_workspace(qtbot, session_factory, office, account_id)
    badges = {ws.badges.itemAt(i).widget().text(): ws.badges.itemAt(i).widget().toolTip()
              for i in range(ws.badges.count()) if ws.badges.itemAt(i).widget()}
    assert "Checked out: LAPTOP-7 (Cole Collector)" in badges
    assert "offline work" in badges["Checked out: LAPTOP-7 (Cole Collector)"]
    assert "Checked out for offline work on LAPTOP-7" in ws.state_label.text()
    assert not ws.call_button.isEnabled()  # the dial button: the service would refuse the call
    qtbot.keyClick(ws, Qt.Key.Key_2)
    qtbot.keyClick(ws, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "checked out for offline work on LAPTOP-7" in ws.refusal.text(), timeout=20000)
    assert "Not recorded" in ws.refusal.text()
    assert attempts(session_factory, account_id) == []
    record_inbound(qtbot, ws, session_factory, account_id)  # the consumer phoning in is recorded all the same
    # On the laptop itself the account is its own: no badge.
    laptop_ws = open_workspace(qtbot, session_factory, dataclasses.replace(office, workstation="LAPTOP-7"), account_id)
    assert not any("Checked out" in (laptop_ws.badges.itemAt(i).widget().text())
                   for i in range(laptop_ws.badges.count()) if laptop_ws.badges.itemAt(i).widget())
    ws.close()
    laptop_ws.close()


def test_a_late_load_of_one_account_does_not_replace_the_account_opened_since(qtbot, session_factory, fixed_now,
                                                                              monkeypatch):
    """Open A (slow), then B: B shows; when A's load finally ends, B stays on screen."""
    import threading

    from PySide6.QtCore import QThreadPool

    from ccs_desktop.services.accounts import workspace as workspace_service

    actor, a_id, _ = build(session_factory)
    with session_factory() as s, s.begin():
        b_id = make_account(s, client=make_client(s), person=make_person(s, first_name="Bea", last_name="Later"),
                            assigned_to=actor.user_id, tz_group="America/New_York").id
    real_load = workspace_service.load
    release_a = threading.Event()

    def load(session_factory, actor, account_id, *args, **kwargs):
        if account_id == a_id:
            release_a.wait(20)  # A's database read is slow
        return real_load(session_factory, actor, account_id, *args, **kwargs)

    monkeypatch.setattr(workspace_service, "load", load)
    ws = AccountWorkspace(AppContext(session_factory, actor, "test"))
    qtbot.addWidget(ws)
    ws.clock = AT
    ws.show()
    shown = []
    ws.loaded.connect(lambda view: shown.append(view.id))
    ws.show_account(a_id)
    with qtbot.waitSignal(ws.loaded, timeout=20000):
        ws.show_account(b_id)
    assert ws.view.id == b_id and ws.name_label.text() == "Bea Later"
    release_a.set()
    assert QThreadPool.globalInstance().waitForDone(20000)
    qtbot.wait(300)  # A's result reaches the GUI thread now, if anything lets it
    assert shown == [b_id]
    assert ws.view.id == b_id and ws.name_label.text() == "Bea Later"
    ws.close()


def test_a_contact_recorded_in_the_workspace_reaches_the_queue_through_the_one_signal(qtbot, session_factory,
                                                                                     fixed_now):
    """The workspace records; the runner broadcasts the service's Changes once on the context; the queue row and
    the workspace refresh from it (no widget tells another)."""
    from ccs_desktop.services.context import Changes
    from ccs_desktop.ui import ops
    from ccs_desktop.ui.queue_model import COLUMNS
    from ccs_desktop.ui.queue_view import QueueView

    actor, account_id, _ = build(session_factory)
    context = AppContext(session_factory, actor, "test")
    queue_view = QueueView(context)
    qtbot.addWidget(queue_view)
    queue_view.model.clock = AT
    with qtbot.waitSignal(queue_view.model.page_loaded, timeout=20000):
        queue_view.start()
    model = queue_view.model
    last_contact = [k for k, _ in COLUMNS].index("last_contact")
    assert model.row_of(account_id) == 0 and model.index(0, last_contact).data() == ""

    ws = AccountWorkspace(context)
    qtbot.addWidget(ws)
    ws.clock = AT
    ws.show()
    with qtbot.waitSignal(ws.loaded, timeout=20000):
        ws.show_account(account_id)
    heard = []
    context.changed.connect(lambda changes, by: heard.append((changes, by)))
    qtbot.keyClick(ws, Qt.Key.Key_1)
    with qtbot.waitSignal(ws.recorded, timeout=20000), qtbot.waitSignal(ws.loaded, timeout=20000):
        qtbot.keyClick(ws, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "NA" in (model.index(0, last_contact).data() or ""), timeout=20000)
    assert heard == [(Changes(accounts=frozenset({account_id}), contacts=True), ws)]
    assert ws.contact_log.rowCount() == 1
    qtbot.waitUntil(lambda: not ops.running(), timeout=20000)


@pytest.fixture
def silent_network(pg_url, app_home):
    """The shared PostgreSQL database reached through a relay the test can silence; short timeouts in the
    settings file, so that the loss is noticed in seconds."""
    import json

    from ccs_desktop import config, db
    from tests.sync.proxy import Relay

    path = config.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"db_connect_timeout": 3, "db_statement_timeout": 3, "db_reply_grace": 2,
                                "db_tcp_user_timeout": 3, "db_keepalive_idle": 1, "db_keepalive_interval": 1,
                                "db_keepalive_count": 2}), encoding="utf-8")
    url = sa.make_url(pg_url)
    relay = Relay(url.host or "127.0.0.1", url.port or 5432)
    owner = db.make_engine(pg_url)
    laptop = db.make_engine(url.set(host="127.0.0.1", port=relay.port))
    yield relay, db.session_factory(owner), db.session_factory(laptop)
    relay.close()
    laptop.dispose()
    owner.dispose()


@pytest.mark.postgres
def test_a_database_lost_while_saving_says_so_plainly_and_keeps_the_note(qtbot, silent_network, fixed_now):
    from PySide6.QtWidgets import QApplication

    relay, owner, laptop = silent_network
    actor, account_id, _ = build(owner)
    ws = open_workspace(qtbot, laptop, actor, account_id)
    qtbot.keyClick(ws, Qt.Key.Key_1)
    note = "Says the payment went out Friday from the credit union"
    ws.notes_edit.setPlainText(note)

    relay.go_silent()  # the network drops: nothing passes, nothing is closed
    qtbot.keyClick(ws, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.retry_button.isVisible(), timeout=30_000)  # seconds, not a hang
    shown = ws.refusal.text()
    assert ws.refusal.isVisible() and "Not saved." in shown
    assert "The shared database is not answering" in shown and "still here" in shown
    assert not any(s in shown.lower() for s in ("psycopg", "operationalerror", "sqlalchemy", "connection failed"))
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashDialog" and w.isVisible()]
    # What the collector typed and chose is all still there.
    assert ws.notes_edit.toPlainText() == note
    assert ws.code_group.checkedButton().property("code") == "NA"
    assert ws.record_button.isEnabled()
    ws.grab().save("/tmp/ccs-workspace-database-lost.png")

    # The connection comes back: "Try again" records it, once.
    relay.heal()
    with qtbot.waitSignal(ws.recorded, timeout=30_000):
        ws.retry_button.click()
    assert not ws.retry_button.isVisible() and ws.notes_edit.toPlainText() == ""
    assert [(a.result_code, a.notes) for a in attempts(owner, account_id)] == [("NA", note)]
    ws.close()


def test_trying_again_after_a_save_whose_answer_was_lost_records_the_contact_once(
        qtbot, session_factory, fixed_now, monkeypatch):
    import psycopg

    from ccs_desktop.ui import workspace as workspace_module

    actor, account_id, _ = build(session_factory)
    ws = open_workspace(qtbot, session_factory, actor, account_id)
    real = contact_service.record_attempt
    lost = []

    def committed_but_the_answer_is_lost(factory, actor, attempt):
        record = real(factory, actor, attempt)
        if not lost:  # the database committed; the network dropped before its answer arrived
            lost.append(record.id)
            raise sa.exc.OperationalError("COMMIT", {}, psycopg.OperationalError("server closed the connection"))
        return record

    monkeypatch.setattr(contact_service, "record_attempt", committed_but_the_answer_is_lost)
    assert workspace_module  # the workspace's worker calls contact_service.record_attempt
    qtbot.keyClick(ws, Qt.Key.Key_1)
    ws.notes_edit.setPlainText("left a message")
    qtbot.keyClick(ws, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.retry_button.isVisible(), timeout=20_000)
    assert ws.notes_edit.toPlainText() == "left a message"
    with qtbot.waitSignal(ws.recorded, timeout=20_000):
        ws.retry_button.click()
    saved = attempts(session_factory, account_id)
    assert [(a.id, a.notes) for a in saved] == [(lost[0], "left a message")]  # once, not twice
    ws.close()
