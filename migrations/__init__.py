"""Alembic migrations; run them with `civicmatch migrate`."""
