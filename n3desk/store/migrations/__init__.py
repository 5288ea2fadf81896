"""Alembic migrations of the library schema (run from :mod:`n3desk.store.migrating`)."""
