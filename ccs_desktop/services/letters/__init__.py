"""Letters: the validation notice and template letters, their PDF drawing, and arrangement confirmations."""
