"""What the placement import wizard reads before a file is chosen: the active clients with their saved column maps,
duplicate policy and currency. Importing is for admins, and so is this list."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...access_rule import Capability
from ...models import Client
from ..context import Actor


@dataclasses.dataclass(frozen=True)
class ImportClient:
    code: str
    name: str
    duplicate_policy: str            # "update" or "reject": what a number the client already placed does
    maps: dict[str, dict[str, Any]]  # saved column maps by name (ColumnMap.to_json form)
    currency: str

    @property
    def country(self) -> str:
        """Where the client's consumers live, for reading phone numbers and addresses."""
        return "CA" if self.currency == "CAD" else "US"


def import_clients(session_factory: Callable[[], Session], actor: Actor) -> list[ImportClient]:
    """The active clients a placement file can be imported for, by code."""
    actor.require_to(Capability.IMPORT)
    with session_factory() as s:
        return [ImportClient(c.code, c.name, c.duplicate_policy, dict(c.import_maps or {}), c.currency)
                for c in s.scalars(sa.select(Client).where(Client.active.is_(True)).order_by(Client.code))]
