"""Placement: client placement files and recalls."""
