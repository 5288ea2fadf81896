"""The team library: many laptops, one shared PostgreSQL (DESIGN.md §3).

Each laptop's SQLite library stays the working copy; nothing here is needed to run a
workshop. A session or a programme is *published* as a new revision of a team item
(one transaction), *listed*, and *fetched* back into a local library. A publish
based on an older revision than the team's newest is refused, never merged or
overwritten. See :mod:`n3desk.team.library` and the README's "Team library".
"""
