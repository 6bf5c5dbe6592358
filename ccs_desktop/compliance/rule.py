"""A rule as data: what a rule pack holds for each rule, and the error a malformed pack or override raises.

The bottom of the engine: it imports nothing of the package, so the checks (`checks_*`), the location lookup,
the rule kinds (`rules`) and the pack loader (`rulepack`) all build on it and the imports point one way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

UNKNOWN_COUNTRY = "unknown"


class RulePackError(ValueError):
    """A rule pack or an admin override is malformed."""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str
    title: str
    citation: str
    enabled: bool
    overridable: bool
    channels: frozenset[str]
    parameters: Mapping[str, Any]
    pack_id: str
    # The first and the last local day on which the rule is in force (None: no bound). A pack may hold a rule
    # before it starts and after it ends; the engine applies it only on those days at the consumer's location.
    effective_from: dt.date | None = None
    effective_until: dt.date | None = None

    @property
    def dated(self) -> bool:
        return self.effective_from is not None or self.effective_until is not None
