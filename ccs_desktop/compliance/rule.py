"""A rule as data: what a rule pack holds for each rule, and the error a malformed pack or override raises.

The bottom of the engine: it imports nothing of the package, so the checks (`checks_*`), the location lookup,
the rule kinds (`rules`) and the pack loader (`rulepack`) all build on it and the imports point one way.
"""

from __future__ import annotations

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
