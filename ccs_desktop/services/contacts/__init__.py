"""Contacts: the one service that decides and records every contact attempt, and the rule packs in force."""
