"""Reference files and expected digests for ``takeitdown-desktop --self-test``."""
