"""Supervision: the team's call log, reviews, overrides, approvals, assignments, audit trail, KPIs and reports."""
