"""Supervisor reports to PDF (reportlab) and CSV: call-log review, collector performance, compliance.

Each report is a title, a subtitle saying the scope, and one or more tables; the same tables go to CSV
(one file, a blank line and a heading row between tables). Every export writes an audit event.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import Team, User, utcnow
from .. import agency, audit
from ..data import reference
from . import call_log, kpis, overrides
from .common import SUPERVISORS
from ..context import Actor, ServiceError
from ..exports import safe_cell

MAX_PDF_ROWS = 20000


@dataclasses.dataclass(frozen=True)
class Table:
    title: str
    header: tuple[str, ...]
    rows: list[tuple[Any, ...]]
    right_aligned: tuple[int, ...] = ()


@dataclasses.dataclass(frozen=True)
class Report:
    title: str
    subtitle: str
    tables: list[Table]
    agency: str = ""   # the agency's name (services.agency), on every page of the PDF


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def _pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.2f} %"


def _scope_text(session_factory: Callable[[], Session], scope: kpis.KpiScope) -> str:
    parts = [f"{scope.start.isoformat()} to {scope.end.isoformat()} (UTC days)"]
    names = {c[0]: c[1] for c in reference.clients(session_factory)}
    if scope.client_id:
        parts.append(f"client {names.get(scope.client_id, scope.client_id)}")
    with session_factory() as s:
        if scope.team_id:
            parts.append(f"team {s.scalar(sa.select(Team.name).where(Team.id == scope.team_id))}")
        if scope.collector_id:
            parts.append(f"collector {s.scalar(sa.select(User.display_name).where(User.id == scope.collector_id))}")
    return ", ".join(parts)


# --- building the reports -------------------------------------------------------------------------


def call_log_report(session_factory: Callable[[], Session], actor: Actor, flt: call_log.CallLogFilter,
                    limit: int = MAX_PDF_ROWS, progress: Callable[[int, int], None] | None = None) -> Report:
    rows: list[tuple[Any, ...]] = []
    after = None
    while len(rows) < limit:
        page = call_log.call_log_page(session_factory, actor, flt, after, min(1000, limit - len(rows)))
        for r in page:
            score = f"{r.score}/{r.max_score}" if r.reviewed else ("blocked" if r.kind == "refused" else "not reviewed")
            rows.append((_fmt(r.at), r.collector, r.account_number, r.client, r.consumer, r.channel, r.result,
                         "yes" if r.override_id else "", score))
        if progress:
            progress(len(rows), limit)
        if len(page) < 1000 or not page:
            break
        after = (page[-1].at, page[-1].id)
    bits = []
    if flt.date_from or flt.date_to:
        bits.append(f"{_fmt(flt.date_from)} to {_fmt(flt.date_to)}")
    for name, label in (("blocked", "refused attempts"), ("overrides_only", "overrides only"),
                        ("not_reviewed", "not reviewed")):
        if getattr(flt, name):
            bits.append(label)
    if flt.result_codes:
        bits.append("results " + ", ".join(flt.result_codes))
    if flt.channels:
        bits.append("channels " + ", ".join(str(c) for c in flt.channels))
    subtitle = f"{len(rows):,} rows" + (f" (first {limit:,})" if len(rows) >= limit else "") + (
        "; " + "; ".join(bits) if bits else "")
    return Report("Call-log review", subtitle, [Table(
        "Contact attempts", ("When", "Collector", "Account", "Client", "Consumer", "Channel", "Result", "Override",
                             "Review"), rows)])


def performance_report(session_factory: Callable[[], Session], actor: Actor, scope: kpis.KpiScope) -> Report:
    total = kpis.compute(session_factory, actor, scope)
    per = kpis.by_collector(session_factory, actor, scope)

    def line(name: str, k: kpis.Kpis) -> tuple[Any, ...]:
        return (name, k.attempts, k.right_party_contacts, _pct(k.right_party_rate), k.promises, _pct(k.promise_rate),
                _pct(k.promise_kept_rate), kpis.money_text(k.collected),
                " · ".join(f"{c} {_pct(v)}" for c, v in k.liquidation_by_currency.items()) or "—",
                _fmt(k.dispute_cycle_days), k.blocked_contacts)

    rows = [line(name, k) for name, k in per] + [line("All in scope", total)]
    header = ("Collector", "Attempts", "RPC", "RPC rate", "Promises", "Promise rate", "Kept rate", "Collected",
              "Liquidation", "Dispute days", "Blocked")
    return Report("Collector performance", _scope_text(session_factory, total.scope),
                  [Table("Figures by collector", header, rows, right_aligned=tuple(range(1, 11)))])


def compliance_report(session_factory: Callable[[], Session], actor: Actor, scope: kpis.KpiScope) -> Report:
    k = kpis.compute(session_factory, actor, scope)
    blocks = [(rule, n) for rule, n in k.blocked_by_rule.items()] + [("Refused attempts (total)", k.blocked_contacts)]
    by_rule = [(rule, n) for rule, n in k.overrides_by_rule.items()] + [("Overrides (total)", k.overrides)]
    log = [(_fmt(o.at), o.supervisor, o.collector or "", o.account_number, ", ".join(o.rules), o.reason,
            _fmt(o.used_at) if o.used_at else "unused")
           for o in overrides.override_log(session_factory, actor, date_from=k.scope.since, date_to=k.scope.until)]
    return Report("Compliance: blocks and overrides by rule", _scope_text(session_factory, k.scope), [
        Table("Contacts blocked by rule", ("Rule", "Refusals"), blocks, right_aligned=(1,)),
        Table("Overrides by rule", ("Rule", "Overrides"), by_rule, right_aligned=(1,)),
        Table("Override log", ("When", "Supervisor", "Collector", "Account", "Rules", "Reason", "Used"), log),
    ])


# --- writing them ---------------------------------------------------------------------------------


def _csv_cell(value: Any) -> Any:
    """A number is written formatted as it is; any text (a consumer's name, a reason, a filter typed by the
    supervisor) goes through safe_cell, so a spreadsheet never runs it as a formula."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return _fmt(value)
    return safe_cell(_fmt(value))


def write_csv(report: Report, path: Path) -> None:
    with open(path, "w", newline="", encoding="utf-8-sig") as fh:
        out = csv.writer(fh)
        out.writerow([safe_cell(report.title)])
        out.writerow([safe_cell(report.subtitle)])
        for table in report.tables:
            out.writerow([])
            out.writerow([safe_cell(table.title)])
            out.writerow([safe_cell(h) for h in table.header])
            out.writerows([[_csv_cell(v) for v in r] for r in table.rows])


def write_pdf(report: Report, path: Path, generated_by: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

    styles = getSampleStyleSheet()
    cell = styles["BodyText"].clone("cell", fontSize=7.5, leading=9)
    head = cell.clone("head", fontName="Helvetica-Bold", textColor=colors.white)
    right = cell.clone("right", alignment=2)
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm, title=report.title, author="CCS Desktop")
    stamp = (f"{report.agency} · " if report.agency else "") + f"{report.title} · generated {utcnow():%Y-%m-%d %H:%M} UTC by {generated_by}"

    def footer(canvas: Any, document: Any) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7)
        canvas.setFillColor(colors.grey)
        canvas.drawString(12 * mm, 7 * mm, stamp)
        canvas.drawRightString(landscape(A4)[0] - 12 * mm, 7 * mm, f"page {document.page}")
        canvas.restoreState()

    story: list[Any] = [Paragraph(report.title, styles["Title"]), Paragraph(report.subtitle, styles["Normal"]),
                        Spacer(1, 5 * mm)]
    width = landscape(A4)[0] - 24 * mm
    for table in report.tables:
        story.append(Paragraph(table.title, styles["Heading3"]))
        data = [[Paragraph(h, head) for h in table.header]]
        data += [[Paragraph(_escape(_fmt(v)), right if i in table.right_aligned else cell) for i, v in enumerate(r)]
                 for r in table.rows]
        if not table.rows:
            data.append([Paragraph("none in this period", cell)] + [""] * (len(table.header) - 1))
        t = LongTable(data, colWidths=[width / len(table.header)] * len(table.header), repeatRows=1)
        style = [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2f4f6f")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef2f6")]),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0b8c0")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for col in table.right_aligned:
            style.append(("ALIGN", (col, 1), (col, -1), "RIGHT"))
        t.setStyle(TableStyle(style))
        story += [t, Spacer(1, 6 * mm)]
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


REPORTS = {"call_log": "Call-log review", "performance": "Collector performance", "compliance": "Compliance"}


def export(session_factory: Callable[[], Session], actor: Actor, kind: str, path: Path | str, *,
           flt: call_log.CallLogFilter | None = None, scope: kpis.KpiScope | None = None,
           progress: Callable[[int, int], None] | None = None) -> Report:
    """Build the report `kind` and write it to `path` (.pdf or .csv, from the suffix)."""
    actor.require(*SUPERVISORS, action="export supervisor reports")
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "csv"):
        raise ServiceError("save the report as a .pdf or a .csv file")
    if kind == "call_log":
        report = call_log_report(session_factory, actor, flt or call_log.CallLogFilter(), progress=progress)
    elif kind in ("performance", "compliance"):
        if scope is None:
            raise ServiceError("choose the report's period")
        report = (performance_report if kind == "performance" else compliance_report)(session_factory, actor, scope)
    else:
        raise ServiceError(f"no such report: {kind}")
    with session_factory() as s:
        record = agency.load(s)
    report = dataclasses.replace(report, agency=record.name if record is not None else "")
    if fmt == "csv":
        write_csv(report, path)
    else:
        write_pdf(report, path, actor.username)
    with session_factory() as s, s.begin():
        audit.record(s, actor, "report.exported", "report", kind,
                     after={"report": kind, "format": fmt, "rows": sum(len(t.rows) for t in report.tables)})
    return report


def report_rows(report: Report) -> Sequence[tuple[Any, ...]]:
    return [r for t in report.tables for r in t.rows]
