"""``python -m n3desk`` is the same as the ``n3desk`` command."""

from n3desk.cli import main

raise SystemExit(main())
