"""Validation notices per second, against bare reportlab drawing the same text.

Three figures for N notices (N = --size, at most 1,000):
- rendering only: `letter_pdf.validation_notice_pdf` for N accounts' notice data (layout, wrapping, boxes, form);
- the batch on each backend: `notices.generate_validation_notices` over N demo accounts — render, store the PDF and
  its SHA-256, evaluate the guardrails and record the letter contact, audit — committed in chunks;
- the baseline, in the same run: a bare reportlab canvas that draws the same lines of text (pre-wrapped outside the
  timing) one page per notice, compressed the same way, with no layout logic, boxes or database.
The issue's floor is 1,000 notices in at most 10 s for the batch.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
from typing import Any

import sqlalchemy as sa
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from ccs_desktop import db
from ccs_desktop.models import Account, User
from ccs_desktop.models.enums import Role
from ccs_desktop.services.data import demo
from ccs_desktop.services.letters import notices, sending
from ccs_desktop.services.context import Actor
from ccs_desktop.services.letters.pdf import TEXT, format_money, mailing_languages, notice_date, validation_notice_pdf
from ccs_desktop.services.letters.rich_text import plain

from .common import Timer, row, scratch_database


def _lines(d: Any, language: str) -> list[str]:
    """Every piece of text the notice shows, wrapped to the same width (built outside the timing)."""
    t = {k: plain(v) for k, v in TEXT[language].items()}  # the text without its emphasis markup
    end = notice_date(d.validation_end, language)
    item = notice_date(d.itemization_date, language)
    money = format_money
    texts = [d.agency.name, *d.agency.address_lines, d.agency.phone, d.agency.hours, d.reference,
             notice_date(d.notice_date, language), d.consumer_name, *d.consumer_address,
             t["collector"].format(agency=d.agency.name, creditor=d.creditor), t["shows"],
             t["had"].format(original=d.original_creditor, number=d.account_number),
             t["as_of"].format(date=item) + " " + money(d.itemization_amount), t["between"].format(date=item),
             t["interest"] + " + " + money(d.interest), t["fees"] + " + " + money(d.fees),
             t["paid"] + " - " + money(d.payments_credits), t["total"] + " " + money(d.current_amount),
             t["reference_date"].format(date=item, kind=d.itemization_reference),
             t["how"], t["how1"].format(date=end), t["how2"].format(date=end, email=d.agency.email), t["else"],
             t["else1"].format(date=end, email=d.agency.email), t["else2"], t["else3"], t["else4"], t["mail_to"],
             d.agency.name, *d.agency.address_lines, d.consumer_name, *d.consumer_address, t["respond"],
             t["check"], t["dispute_because"], t["not_mine"], t["wrong_amount"], t["other"], t["original"],
             t["enclosed"], t["payable"].format(agency=d.agency.name, reference=d.reference), t["spanish"]]
    out: list[str] = []
    for text in texts:
        out.extend(simpleSplit(text, "Helvetica", 9, 250) if text else [])
    return out


def _bare(mailings: list[list[list[str]]]) -> None:
    """One PDF per mailing, one page per notice in it (a Spanish mailing holds the English notice too)."""
    for pages in mailings:
        buffer = io.BytesIO()
        c = Canvas(buffer, pagesize=LETTER, pageCompression=1, invariant=1)
        for lines in pages:
            c.setFont("Helvetica", 9)
            y = 760.0
            for line in lines:
                c.drawString(46, y, line)
                y -= 11.5
                if y < 40:
                    y = 760.0
            c.showPage()
        c.save()
        buffer.getvalue()


def run(options: dict[str, Any]) -> list[dict[str, Any]]:
    n = max(10, min(int(options.get("size", 1000)), 1000))
    rows: list[dict[str, Any]] = []
    backends = options.get("backends", ["sqlite"])
    baseline_rate = None
    for backend in backends:
        with scratch_database(backend) as url:
            engine = db.make_engine(url, use=db.BATCH)
            demo.generate(engine, demo.DemoOptions(accounts=n, batch_size=500))
            factory = db.session_factory(engine)
            with factory() as s, s.begin():  # every account a new placement waiting for its notice
                s.execute(sa.update(Account).values(validation_notice_sent_on=None))
            with factory() as s:
                sup = s.scalar(sa.select(User).where(User.role == Role.SUPERVISOR))
                actor = Actor(sup.id, sup.username, Role.SUPERVISOR)
                today = dt.date(2026, 11, 23)
                accounts = s.scalars(sa.select(Account).order_by(Account.id)).all()
                agency = sending.agency_profile(s)
                data = []
                for a in accounts:
                    try:
                        data.append((notices.notice_data(s, a, today, agency), "es" if a.id.int % 5 == 0 else "en"))
                    except Exception:  # no consumer or address: the batch skips these too
                        continue
            if baseline_rate is None:
                pages = [[_lines(d, page) for page in mailing_languages(lang)] for d, lang in data]
                with Timer() as bare:
                    _bare(pages)
                baseline_rate = len(pages) / bare.seconds
                with Timer() as render:
                    sizes = [len(validation_notice_pdf(d, lang)) for d, lang in data]
                render_rate = len(data) / render.seconds
                rows.append(row("letters: validation notice PDF (render only)", render_rate, "notices/s", baseline_rate,
                                f"{len(data)} notices, mean {sum(sizes) / len(sizes) / 1024:.1f} KiB; baseline: bare "
                                "reportlab canvas, same text; reportlab C accelerator: "
                                f"{'yes' if importlib.util.find_spec('_rl_accel') else 'NO (pip install reportlab[accel])'}"))
            ids = notices.accounts_needing_notice(factory, actor)
            with Timer() as batch:
                result = notices.generate_validation_notices(factory, actor, ids)
            done = len(result.sent) + len(result.skipped)
            rate = done / batch.seconds
            per_1000 = 1000 / rate
            rows.append(row(f"letters: validation notice batch ({backend})", rate, "notices/s", baseline_rate,
                            f"{len(result.sent)} sent + {len(result.skipped)} refused by guardrails; PDF stored, "
                            f"contact recorded, audited; 1,000 notices in {per_1000:.1f} s (floor 10 s)"))
            engine.dispose()
    return rows


if __name__ == "__main__":  # pragma: no cover
    for r in run({"size": 1000, "backends": ["sqlite"]}):
        print(r)
