"""Users: sign-in, passwords, lock-out, user administration and PostgreSQL login roles."""
