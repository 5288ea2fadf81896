"""Programmes in the app: the list of programmes and one programme's overview."""
