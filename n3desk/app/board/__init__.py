"""Sticky-note boards: scenes, items, interactions and the boards page."""
