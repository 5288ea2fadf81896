"""Tests of the library (n3desk.store)."""
