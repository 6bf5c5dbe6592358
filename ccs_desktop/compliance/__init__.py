"""Contact guardrails: a pure rule engine (no Qt, no database).

Give it the facts of one contact (who, when, how, which debt, the prior contact history) and a
rule pack; it answers whether the contact is allowed, why not, with which rule and citation,
and the earliest instant the same contact would be allowed.

    from ccs_desktop.compliance import evaluate, default_rulepack
    decision = evaluate(request, default_rulepack())

The JSON interface `check(scenario_dict) -> decision_dict` serves dialers and outside tests.
"""

from .engine import evaluate
from .interface import ScenarioError, check, decision_to_dict, format_instant, parse_scenario
from .model import (
    Address,
    Consent,
    DebtFacts,
    Decision,
    EmailFacts,
    HistoryEntry,
    InconvenientTime,
    OptOut,
    PersonFacts,
    PhoneFacts,
    Reason,
    Request,
    Scenario,
    Warning,
)
from .rule import Rule, RulePackError
from .rulepack import RulePack, default_rulepack

__all__ = [
    "Address",
    "Consent",
    "DebtFacts",
    "Decision",
    "EmailFacts",
    "HistoryEntry",
    "InconvenientTime",
    "OptOut",
    "PersonFacts",
    "PhoneFacts",
    "Reason",
    "Request",
    "Rule",
    "RulePack",
    "RulePackError",
    "Scenario",
    "ScenarioError",
    "Warning",
    "check",
    "decision_to_dict",
    "default_rulepack",
    "evaluate",
    "format_instant",
    "parse_scenario",
]
