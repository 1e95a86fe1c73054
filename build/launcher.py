"""PyInstaller's entry script: the same ``main`` as the ``takeitdown-desktop`` command.

PyInstaller needs a script file, not a ``module:function`` entry point; importing the package
here (rather than freezing ``__main__.py``) keeps absolute imports working in the bundle.
"""

from takeitdown_desktop.cli import main

raise SystemExit(main())
