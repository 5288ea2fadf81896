"""Alembic migrations of the team library's schema (run by the admin role only)."""
