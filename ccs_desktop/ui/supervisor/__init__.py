"""The supervisor workspace: call-log review, reviews, overrides & approvals, assignments, KPIs, audit.

Collectors never see it (the main window offers it only to supervisors and admins) and the services behind
it refuse them anyway (PermissionDenied).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from ...services import agency
from ...services.context import Actor, PermissionDenied
from ..context import AppContext
from ..i18n import t
from .call_log_tab import CallLogTab
from .common import AgencyClock
from .complaints_tab import ComplaintsTab
from .kpi_tab import KpiTab
from .panels import AssignmentsTab, AuditTab, OverridesTab, ReviewsTab


def can_open(actor: Actor) -> bool:
    return actor.is_supervisor


class SupervisorWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        if not can_open(ctx.actor):
            raise PermissionDenied(f"{ctx.actor.username} ({ctx.actor.role.value}) may not open the supervisor workspace")
        super().__init__(parent)
        self.setObjectName("supervisorWorkspace")
        self.setWindowTitle(self.tr("Supervisor workspace"))
        self.ctx = ctx
        self.tabs = QTabWidget(objectName="supervisorTabs")
        self.call_log = CallLogTab(ctx)
        self.reviews = ReviewsTab(ctx)
        self.overrides = OverridesTab(ctx)
        self.assignments = AssignmentsTab(ctx)
        self.kpis = KpiTab(ctx)
        self.audit = AuditTab(ctx)
        self.complaints = ComplaintsTab(ctx)
        for widget, title in ((self.call_log, self.tr("Call log")), (self.reviews, self.tr("Reviews")),
                              (self.overrides, self.tr("Overrides && approvals")),
                              (self.assignments, self.tr("Assignments")), (self.kpis, self.tr("KPIs")),
                              (self.audit, self.tr("Audit")), (self.complaints, self.tr("Complaints"))):
            self.tabs.addTab(widget, title)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.tabs)
        self._started: set[int] = set()
        self.tabs.currentChanged.connect(self._start_tab)
        self._start_tab(0)
        ctx.query(self, agency.get, ctx.session_factory, ctx.actor, on_done=self._agency)

    def _agency(self, record: agency.Agency | None) -> None:
        """Times on these screens are the agency's local time (UTC on hover)."""
        AgencyClock.set_zone(record.time_zone if record is not None else None)
        self.call_log.model.zone_changed()

    def _start_tab(self, index: int) -> None:
        """Each tab loads its data the first time it is shown."""
        if index in self._started or index < 0:
            return
        self._started.add(index)
        self.tabs.widget(index).start()

    def panels(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]

    def busy(self) -> bool:
        return any(p.busy for p in self.panels()) or self.call_log.model.loading()


def open_workspace(parent: QWidget, session_factory: Any, engine: Any, description: str,
                   actor: Actor | None = None, context: AppContext | None = None) -> None:
    """The main window's entry point: the workspace in its own window, for the signed-in supervisor, or
    after a supervisor signs in here when nobody is signed in to the window. With the window's `context`, what
    changes in the workspace reaches the window's queue and workspace (and the other way round)."""
    from PySide6.QtWidgets import QMessageBox

    from ...services.users import auth
    from .. import ops

    def show(who: Actor) -> None:
        if not can_open(who):
            QMessageBox.warning(parent, t(QT_TRANSLATE_NOOP("ccs", "Supervisor workspace")),
                                t(QT_TRANSLATE_NOOP("ccs", "The supervisor workspace is for supervisors.")))
            return
        ctx = (context if context.actor == who else context.for_actor(who, parent)) if context is not None \
            else AppContext(session_factory, who, description, engine, parent)
        ws = SupervisorWorkspace(ctx)
        ws.setWindowFlag(Qt.WindowType.Window, True)
        ws.setParent(parent, Qt.WindowType.Window)
        ws.resize(1400, 860)
        ws.show()

    if actor is not None:
        show(actor)
        return
    dialog = SignInDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    ops.query(parent, auth.supervisor_sign_in, session_factory, dialog.username.text(), dialog.password.text(),
              on_done=show, on_error=lambda m, _t: QMessageBox.warning(
                  parent, t(QT_TRANSLATE_NOOP("ccs", "Supervisor workspace")), m))


class SignInDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervisor sign-in"))
        self.username = QLineEdit(objectName="username")
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
