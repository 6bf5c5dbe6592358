"""Compliance records (bankruptcy, deceased, attorney, cease, complaint, hardship): setting and clearing them
(`records`), what they cover and the flags the guardrails read (`derived`), and what the workspace and the
supervisor see of them (`views`)."""
