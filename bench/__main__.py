"""Run every benchmark (``python -m bench`` or ``make bench``), or some (``python -m bench video``).

Options after the names go to the one bench named (``python -m bench recall --photos 40``).

Each bench measures a baseline in the same run and prints ratios against it, so the figures
mean the same on any machine. Targets are in ``docs/PERFORMANCE.md``.
"""

from __future__ import annotations

import importlib
import sys

BENCHES = (
    "digests",
    "image",
    "video",
    "intake",
    "ui_stall",
    "recall",
    "recall_video",
    "inner",
    "exchange",
)


def main(argv: list[str]) -> int:
    split = next((i for i, arg in enumerate(argv) if arg.startswith("-")), len(argv))
    names, options = argv[:split] or list(BENCHES), argv[split:]
    if options and len(names) != 1:
        print("options go to one bench: name it alone, e.g. python -m bench recall --photos 40")
        return 2
    unknown = [name for name in names if name not in BENCHES]
    if unknown:
        print(f"unknown bench: {', '.join(unknown)}; choose from {', '.join(BENCHES)}")
        return 2
    for name in names:
        module = importlib.import_module(f"bench.bench_{name}")
        print(f"\n=== bench_{name} ===", flush=True)
        if options:
            module.main(options)
        else:
            module.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
