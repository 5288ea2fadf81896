"""Fault injection: damaged, emptied, unreadable and full libraries, hostile files."""
