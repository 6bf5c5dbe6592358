"""Supervision: call_log (the teams' contact attempts), reviews (reviews and feedback), overrides (the override log),
assignments (bulk assignment, queue rules), audit_trail, kpis and reports; common holds who may use them. Approving
promises is money.promises (`pending_approvals`)."""
