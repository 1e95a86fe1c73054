"""``python -m takeitdown_intake`` is ``takeitdown-intake``."""

import sys

from takeitdown_intake.cli import main

sys.exit(main())
