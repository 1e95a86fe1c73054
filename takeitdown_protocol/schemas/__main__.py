"""``python -m takeitdown_protocol.schemas``: write the generated schemas into this package."""

from pathlib import Path

from takeitdown_protocol.schemas import write_generated

for path in write_generated(Path(__file__).parent):
    print(path.name)
