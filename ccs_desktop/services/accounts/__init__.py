"""Accounts: the queue, the workspace's read model, the portfolio pages, the consumer's facts, disputes, and the queue fields kept true after each change."""
