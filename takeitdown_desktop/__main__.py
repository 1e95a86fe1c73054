"""Allow ``python -m takeitdown_desktop``."""

from takeitdown_desktop.cli import main

raise SystemExit(main())
