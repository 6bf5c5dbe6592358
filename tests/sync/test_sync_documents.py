"""A document and a note attached offline, on a checked-out account, reach the shared database once."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from ccs_desktop import sync
from ccs_desktop.models import Document, Note, OutboxOperation, utcnow
from ccs_desktop.services import audit
from ccs_desktop.services.accounts import documents, notes

pytestmark = pytest.mark.postgres
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def test_a_document_attached_offline_arrives_on_the_server_once(world, cache):
    sync.checkout(cache, world.server, world.collector, [world.account_id])
    f = cache.session_factory
    kept = documents.attach_document(f, world.collector, world.account_id, "attorney_letter", "attorney.pdf", PDF,
                                     utcnow(), "Represented by Hale & Ross")
    note = notes.add_note(f, world.collector, world.account_id, "Attorney letter received, flag to follow")
    assert sync.status(cache).pending > 0

    report = sync.sync(cache, world.server, world.collector)
    assert report.conflicts == 0 and report.rejected == 0 and sync.status(cache).pending == 0
    server = world.owner
    with server() as s:
        doc = s.get(Document, kept.id)
        assert doc is not None and doc.content == PDF and doc.sha256 == kept.sha256
        assert s.get(Note, note.id).text == "Attorney letter received, flag to follow"
        assert audit.verify(s).ok
    # On the server the document reads back whole, checked against its fingerprint.
    view, content = documents.document_content(world.factory_for(world.collector), world.collector, kept.id)
    assert content == PDF and view.description == "Represented by Hale & Ross"

    # Every operation sent again (a lost acknowledgement): nothing is applied twice.
    with cache.engine.begin() as conn:
        conn.execute(sa.update(OutboxOperation.__table__).values(pushed_at=None))
    again = sync.sync(cache, world.server, world.collector)
    assert again.pushed == 0 and again.duplicates > 0
    assert world.count(Document, account_id=world.account_id) == 1
    assert world.count(Note, account_id=world.account_id) == 1
