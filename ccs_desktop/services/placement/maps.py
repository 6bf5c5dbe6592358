"""Column maps: which column of a client's file feeds which field, guessed from the headers or saved per client
by name (`Client.import_maps`), and the client's other import settings (the duplicate policy).

`read_preview` reads a file and guesses its map (the wizard's first look at a file); `client_maps`, `save_map`
and `set_duplicate_policy` are the services.
"""

from __future__ import annotations

import dataclasses
import re
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ...models import Client
from ...models.enums import Role
from .. import audit
from ..context import Actor, ServiceError
from .fields import FIELDS, Field, cell_text
from .files import Table, read_table

DEFAULT_MAP_NAME = "default"
DUPLICATE_POLICIES = ("reject", "update")


def norm_header(text: Any) -> str:
    """A header as compared with field names: case, spaces, underscores, dashes, dots and slashes ignored."""
    return re.sub(r"[\s_\-./]+", " ", str(text or "")).strip().casefold()


@dataclasses.dataclass
class ColumnMap:
    """Which file column feeds which field; saved per client by name (Client.import_maps)."""

    columns: dict[str, str]
    date_order: str = "MDY"       # how to read 03/04/2025: MDY (US) or DMY; ISO dates always work
    encoding: str = "utf-8"
    sheet: str | None = None      # Excel: the worksheet (default: the first)

    def to_json(self) -> dict[str, Any]:
        return {"columns": dict(self.columns), "date_order": self.date_order, "encoding": self.encoding,
                "sheet": self.sheet}

    @classmethod
    def from_json(cls, data: dict[str, Any], fields: Sequence[Field] = FIELDS) -> ColumnMap:
        columns = data.get("columns", {})
        unknown = set(columns) - {f.key for f in fields}
        if unknown:
            raise ServiceError(f"the column map names unknown fields: {', '.join(sorted(unknown))}")
        return cls(dict(columns), data.get("date_order", "MDY"), data.get("encoding", "utf-8"), data.get("sheet"))


def guess_map(headers: Sequence[str], fields: Sequence[Field] = FIELDS) -> ColumnMap:
    """A first map from the file's headers, by the usual names of each field (a placement file's, or `fields`)."""
    by_norm: dict[str, str] = {}
    for header in headers:
        by_norm.setdefault(norm_header(header), header)
    columns: dict[str, str] = {}
    used: set[str] = set()
    for field in fields:
        for name in (field.key, field.label, *field.synonyms):
            header = by_norm.get(norm_header(name))
            if header is not None and header not in used:
                columns[field.key] = header
                used.add(header)
                break
    return ColumnMap(columns)


@dataclasses.dataclass
class Preview:
    """A file as read, and the column map guessed from its headers."""

    table: Table
    guessed: ColumnMap

    @property
    def headers(self) -> list[str]:
        return self.table.headers

    def first_rows(self, n: int = 20) -> list[list[str]]:
        return [[cell_text(c) for c in cells] for _line, cells in self.table.rows[:n]]


def read_preview(source: Path | str | bytes, name: str | None = None, *, encoding: str = "utf-8",
                 sheet: str | None = None) -> Preview:
    table = read_table(source, name, encoding=encoding, sheet=sheet)
    return Preview(table, guess_map(table.headers))


# --- client maps and settings ------------------------------------------------------------------------------


def find_client(session: Session, client: str | uuid.UUID) -> Client:
    """The client by id or code; ServiceError if there is none."""
    if isinstance(client, uuid.UUID):
        found = session.get(Client, client)
    else:
        found = session.scalar(sa.select(Client).where(Client.code == client))
    if found is None:
        raise ServiceError(f"There is no client {client}.")
    return found


def client_maps(session_factory: Callable[[], Session], client: str | uuid.UUID) -> dict[str, ColumnMap]:
    with session_factory() as s:
        found = find_client(s, client)
        return {name: ColumnMap.from_json(value) for name, value in sorted((found.import_maps or {}).items())}


def save_map(session_factory: Callable[[], Session], actor: Actor, client: str | uuid.UUID, name: str,
             column_map: ColumnMap) -> None:
    """Save (or replace) a named column map for a client's placement files."""
    actor.require(Role.ADMIN, action="save an import column map")
    name = name.strip()
    if not name or len(name) > 60:
        raise ServiceError("A column map needs a name of 1 to 60 characters.")
    ColumnMap.from_json(column_map.to_json())
    with session_factory() as s, s.begin():
        found = find_client(s, client)
        maps = dict(found.import_maps or {})
        before = maps.get(name)
        maps[name] = column_map.to_json()
        found.import_maps = maps
        audit.record(s, actor, "client.import_map_saved", "client", found.id, before=before and {name: before},
                     after={name: maps[name]})


def set_duplicate_policy(session_factory: Callable[[], Session], actor: Actor, client: str | uuid.UUID,
                         policy: str) -> None:
    """What a placement does with an account number the client already placed: "update" or "reject"."""
    actor.require(Role.ADMIN, action="change a client's duplicate policy")
    if policy not in DUPLICATE_POLICIES:
        raise ServiceError(f"The duplicate policy is one of {', '.join(DUPLICATE_POLICIES)}.")
    with session_factory() as s, s.begin():
        found = find_client(s, client)
        before = found.duplicate_policy
        found.duplicate_policy = policy
        audit.record(s, actor, "client.duplicate_policy_changed", "client", found.id,
                     before={"duplicate_policy": before}, after={"duplicate_policy": policy})

