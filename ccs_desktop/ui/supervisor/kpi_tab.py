"""KPIs for a team, collector, client and period: the figures, three charts, and the two reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.data import reference
from ...services.supervision import assignments, kpis, reports
from ..context import AppContext
from ..i18n import t
from .common import Panel, pydate, qdate

UTC = dt.timezone.utc
FIGURES = (
    ("attempts", QT_TRANSLATE_NOOP("ccs", "Attempts")), ("right_party_contacts", QT_TRANSLATE_NOOP("ccs", "Right-party contacts")),
    ("right_party_rate", QT_TRANSLATE_NOOP("ccs", "RPC rate")), ("promises", QT_TRANSLATE_NOOP("ccs", "Promises")),
    ("promise_rate", QT_TRANSLATE_NOOP("ccs", "Promise rate")), ("promise_kept_rate", QT_TRANSLATE_NOOP("ccs", "Promise kept rate")),
    ("collected", QT_TRANSLATE_NOOP("ccs", "Amount collected")), ("liquidation_rate", QT_TRANSLATE_NOOP("ccs", "Liquidation rate")),
    ("dispute_cycle_days", QT_TRANSLATE_NOOP("ccs", "Dispute cycle (days)")), ("blocked_contacts", QT_TRANSLATE_NOOP("ccs", "Contacts blocked")),
    ("overrides", QT_TRANSLATE_NOOP("ccs", "Overrides")), ("placed", QT_TRANSLATE_NOOP("ccs", "Placed balance")),
)
RATES = {"right_party_rate", "promise_rate", "promise_kept_rate", "liquidation_rate"}


def figure_text(name: str, value: Any) -> str:
    if value is None:
        return "—"
    if name in RATES:
        return f"{value:.2f} %"
    if name in ("collected", "placed"):
        return kpis.money_text(value)
    if name == "dispute_cycle_days":
        return f"{value:.2f}"
    return f"{value:,}"


def _count_axis(top: float) -> QValueAxis:
    """A value axis for counts: whole-number ticks."""
    y = QValueAxis()
    top_int = max(1, int(top + 0.999))
    if top_int <= 8:
        y.setRange(0, top_int)
        y.setTickCount(top_int + 1)
    else:
        y.setRange(0, top_int * 1.1)
        y.applyNiceNumbers()
    y.setLabelFormat("%.0f")
    return y


class KpiTab(Panel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.result: kpis.Kpis | None = None
        self._generation = 0   # results of an older refresh are dropped
        today = dt.datetime.now(UTC).date()
        self.team = QComboBox(objectName="kpiTeam")
        self.team.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.collector = QComboBox(objectName="kpiCollector")
        self.collector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.collector.addItem(self.tr("All collectors"), None)
        self.client = QComboBox(objectName="kpiClient")
        self.client.addItem(self.tr("All clients"), None)
        self.date_from = QDateEdit(qdate(today - dt.timedelta(days=29)), calendarPopup=True, objectName="kpiFrom")
        self.date_to = QDateEdit(qdate(today), calendarPopup=True, objectName="kpiTo")
        for d in (self.date_from, self.date_to):
            d.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="kpiRefresh", clicked=self.refresh)
        self.perf_button = QPushButton(self.tr("Performance report…"), clicked=lambda: self.export("performance"))
        self.comp_button = QPushButton(self.tr("Compliance report…"), clicked=lambda: self.export("compliance"))
        bar = QHBoxLayout()
        for w in (self.team, self.collector, self.client, QLabel(self.tr("From")), self.date_from, QLabel(self.tr("to")), self.date_to,
                  self.refresh_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.perf_button)
        bar.addWidget(self.comp_button)

        grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        for i, (name, label) in enumerate(FIGURES):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(8, 4, 8, 4)
            caption = QLabel(t(label))
            caption.setEnabled(False)  # the palette's dimmed text, light or dark
            value = QLabel("—", objectName=f"kpi_{name}")
            # Amounts by currency run longer: smaller, and wrapped rather than cut.
            money = name in ("collected", "placed", "liquidation_rate")
            value.setStyleSheet(f"font-size: {12 if money else 16}pt; font-weight: bold;")
            value.setWordWrap(money)
            inner.addWidget(caption)
            inner.addWidget(value)
            self.values[name] = value
            grid.addWidget(box, i // 6, i % 6)

        self.daily_view = self._chart_view(self.tr("Attempts and right-party contacts per day"))
        self.collector_view = self._chart_view(self.tr("By collector"))
        self.rules_view = self._chart_view(self.tr("Contacts blocked by rule"))
        charts = QHBoxLayout()
        charts.addWidget(self.daily_view, 2)
        charts.addWidget(self.collector_view, 1)
        charts.addWidget(self.rules_view, 1)

        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addLayout(grid)
        lay.addLayout(charts, 1)
        lay.addWidget(self.message)

    @staticmethod
    def _chart_view(title: str) -> QChartView:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setVisible(False)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(260)
        return view

    def start(self) -> None:
        factory, actor = self.ctx.session_factory, self.ctx.actor
        self.run(lambda: (kpis.teams(factory, actor), assignments.collectors(factory, actor),
                          reference.clients(factory)), on_done=self._lookups)

    def _lookups(self, found: tuple[Any, ...]) -> None:
        teams, collectors, clients = found
        if self.ctx.actor.is_admin:
            self.team.addItem(self.tr("All teams"), None)
        for tid, name in teams:
            self.team.addItem(name, tid)
        for c in collectors:
            self.collector.addItem(c.display_name, c.id)
        for cid, code, name in clients:
            self.client.addItem(f"{code} — {name}", cid)
        self.refresh()

    def scope(self) -> kpis.KpiScope:
        return kpis.KpiScope(pydate(self.date_from.date()), pydate(self.date_to.date()), team_id=self.team.currentData(),
                             collector_id=self.collector.currentData(), client_id=self.client.currentData())

    def refresh(self) -> None:
        scope = self.scope()
        factory, actor = self.ctx.session_factory, self.ctx.actor
        self.say(self.tr("Computing…"))
        self._generation += 1
        generation = self._generation
        self.run(lambda: (generation, kpis.compute(factory, actor, scope), kpis.daily(factory, actor, scope),
                          kpis.by_collector(factory, actor, scope)), on_done=self._show)

    def _show(self, found: tuple[Any, ...]) -> None:
        generation, total, days, per = found
        if generation != self._generation:
            return
        self.result = total
        for name, label in self.values.items():
            if name == "liquidation_rate" and len(total.liquidation_by_currency) > 1:
                label.setText(" · ".join(f"{cur} {figure_text(name, v)}"
                                         for cur, v in total.liquidation_by_currency.items()))
            else:
                label.setText(figure_text(name, getattr(total, name)))
        self._daily_chart(days)
        self._collector_chart(per)
        self._rules_chart(total.blocked_by_rule)
        self.say(self.tr("{start} to {end}: {disputes} disputes resolved, {kept} promises kept, {broken} broken.").format(
            start=f"{total.scope.start:%Y-%m-%d}", end=f"{total.scope.end:%Y-%m-%d}", disputes=total.disputes_resolved,
            kept=total.promises_kept, broken=total.promises_broken))

    def _daily_chart(self, days: list[kpis.DayFigures]) -> None:
        chart = self.daily_view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        attempts, rpc = QLineSeries(name=self.tr("Attempts")), QLineSeries(name=self.tr("Right-party contacts"))
        # Today is still going on: its figures are drawn apart, dashed, as "so far", not as a drop.
        so_far = QLineSeries(name=self.tr("Today so far (partial)"))
        so_far_rpc = QLineSeries()
        top = 1
        last: tuple[int, int, int] | None = None
        for d in days:
            ms = QDateTime(dt.datetime.combine(d.day, dt.time(12), tzinfo=UTC)).toMSecsSinceEpoch()
            top = max(top, d.attempts)
            if d.partial:
                for series, value, before in ((so_far, d.attempts, 1), (so_far_rpc, d.right_party_contacts, 2)):
                    if last is not None:
                        series.append(last[0], last[before])
                    series.append(ms, value)
                continue
            attempts.append(ms, d.attempts)
            rpc.append(ms, d.right_party_contacts)
            last = (ms, d.attempts, d.right_party_contacts)
        self.partial_series = (so_far, so_far_rpc)
        x = QDateTimeAxis()
        x.setFormat("MMM d")
        x.setTickCount(min(8, max(2, len(days))))
        y = _count_axis(top)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series, colour in ((attempts, "#2f6f9f"), (rpc, "#2e8b57"), (so_far, "#2f6f9f"), (so_far_rpc, "#2e8b57")):
            series.setColor(QColor(colour))
            if series in (so_far, so_far_rpc):
                pen = series.pen()
                pen.setStyle(Qt.PenStyle.DashLine)
                series.setPen(pen)
                series.setPointsVisible(True)
            if series.count() == 0 and series is not attempts and series is not rpc:
                continue
            chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)
        for marker in chart.legend().markers(so_far_rpc):
            marker.setVisible(False)
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def _bars(self, view: QChartView, categories: list[str], sets: list[tuple[str, list[float], str]],
              horizontal: bool = False) -> None:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        top = 1.0
        for name, values, colour in sets:
            bar = QBarSet(name)
            bar.setColor(QColor(colour))
            for v in values:
                bar.append(v)
                top = max(top, v)
            series.append(bar)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories or ["none"])
        y = _count_axis(top)
        chart.addAxis(x, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.legend().setVisible(len(sets) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)

    def _collector_chart(self, per: list[tuple[str, kpis.Kpis]]) -> None:
        names = [n.split(" ")[0] for n, _ in per]
        self._bars(self.collector_view, names, [
            (self.tr("Attempts"), [float(k.attempts) for _, k in per], "#2f6f9f"),
            (self.tr("Right-party"), [float(k.right_party_contacts) for _, k in per], "#2e8b57"),
            (self.tr("Promises"), [float(k.promises) for _, k in per], "#c98a1b"),
        ])

    def _rules_chart(self, by_rule: dict[str, int]) -> None:
        rules = list(by_rule)[:8]
        self.rules_view.chart().setTitle(self.tr("Contacts blocked by rule") if rules
                                         else self.tr("Contacts blocked by rule: none in this period"))
        self._bars(self.rules_view, rules, [(self.tr("Refusals"), [float(by_rule[r]) for r in rules], "#b3261e")],
                   horizontal=True)

    def export(self, kind: str, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), f"{kind}.pdf",
                                                  "PDF (*.pdf);;CSV (*.csv)")
            if not path:
                return
        scope = self.scope()
        self.say(self.tr("Exporting…"))
        self.run(reports.export, self.ctx.session_factory, self.ctx.actor, kind, Path(path), scope=scope,
                 on_done=lambda rep: self.say(self.tr("Saved “{title}” to {path}").format(title=rep.title, path=path)))
