"""``takeitdown-desktop``: the GUI by default, plus command-line tools.

- ``takeitdown-desktop`` opens the app (with a built-in local intake service unless
  ``--endpoint`` names a real one); ``--tour OUTDIR [FILES...]`` saves a picture of every
  screen; ``--self-test`` checks a packaged build.
- ``takeitdown-desktop hash [--json] [--fps N | --every-frame] PATH...`` fingerprints files and
  folders. With ``--json`` one JSON document goes to stdout (schema in ``docs/HASHING.md``);
  everything meant for people goes to stderr. Exit 0 when every file hashed, 1 when any failed,
  2 on a usage error.
- ``submit``, ``status`` and ``withdraw`` come from ``takeitdown_desktop.submission.cli``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from takeitdown_desktop import __version__
from takeitdown_desktop.hashing.cancel import CancelToken
from takeitdown_desktop.hashing.engine import BatchProgress, hash_many
from takeitdown_desktop.hashing.options import HashOptions
from takeitdown_desktop.hashing.results import FileResult

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

SUBCOMMANDS = ("hash", "submit", "status", "withdraw")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        return _run_subcommand(args)
    return _run_gui(args)


def build_parser() -> argparse.ArgumentParser:
    """The command-line tools; the GUI's own options are parsed by ``_gui_parser``."""
    parser = argparse.ArgumentParser(
        prog="takeitdown-desktop",
        description="Make fingerprints of photos and videos on this computer.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True)

    hash_parser = subparsers.add_parser(
        "hash", help="fingerprint files and folders and print the results"
    )
    hash_parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    hash_parser.add_argument(
        "--json", action="store_true", help="print one JSON document on stdout"
    )
    rate = hash_parser.add_mutually_exclusive_group()
    rate.add_argument(
        "--fps",
        type=_positive_float,
        default=1.0,
        help="video frames to fingerprint per second (default: 1)",
    )
    rate.add_argument("--every-frame", action="store_true", help="fingerprint every video frame")
    hash_parser.set_defaults(func=_cmd_hash)

    _register_submission_commands(subparsers)
    return parser


def _register_submission_commands(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from takeitdown_desktop.submission.cli import register  # noqa: PLC0415

    register(subparsers)


def _run_subcommand(args: list[str]) -> int:
    parser = build_parser()
    namespace = parser.parse_args(args)
    try:
        result: int = namespace.func(namespace)
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return EXIT_INTERRUPTED
    return result


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="takeitdown-desktop",
        description=(
            "Open Take It Down. Subcommands: hash, submit, status, withdraw "
            "(see `takeitdown-desktop hash --help`)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--endpoint",
        help="address of the intake service (default: a built-in local service)",
    )
    parser.add_argument(
        "--tour",
        type=Path,
        metavar="OUTDIR",
        help="save a picture of every screen into OUTDIR, then quit",
    )
    parser.add_argument(
        "--tour-size",
        metavar="WIDTHxHEIGHT",
        default="800x600",
        help="the window's size for --tour (default: 800x600, the smallest the app promises)",
    )
    parser.add_argument(
        "--tour-scheme",
        choices=("light", "dark"),
        default="light",
        help="the colour scheme for --tour, as the system's dark mode would choose it",
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="the app's language for this run, such as es, zh_TW or he (default: the system's "
        "language; English for --tour)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this build can fingerprint its sample files, then quit",
    )
    parser.add_argument(
        "files", nargs="*", type=Path, help="files to use for --tour (default: samples)"
    )
    return parser


def _run_gui(args: list[str]) -> int:
    parser = _gui_parser()
    namespace, qt_args = parser.parse_known_args(args)
    if namespace.language is not None:
        from takeitdown_desktop.ui.i18n import LANGUAGES, shipped_code  # noqa: PLC0415

        code = shipped_code(namespace.language)
        if code is None:
            parser.error(
                f"the app has no language {namespace.language!r}; it has "
                + ", ".join(language.code for language in LANGUAGES)
            )
        namespace.language = code
    if namespace.self_test:
        from takeitdown_desktop.selftest import run_self_test  # noqa: PLC0415

        return run_self_test()
    from takeitdown_desktop import buildconfig  # noqa: PLC0415
    from takeitdown_desktop.ui.app import run_gui, run_tour  # noqa: PLC0415

    endpoint = buildconfig.resolve_endpoint(namespace.endpoint)
    # A packaged app has no built-in service to fall back on. The hint goes to stderr for
    # whoever built or started it (a windowed app may have no console: print writes nothing).
    no_service = endpoint is None and buildconfig.is_frozen()
    if no_service:
        print(buildconfig.NO_ENDPOINT_HINT, file=sys.stderr)
    if namespace.tour is not None:
        if no_service:  # a developer's command, run from a terminal: the hint is enough
            return EXIT_USAGE
        language = namespace.language or "en"
        try:
            width, height = (int(part) for part in namespace.tour_size.lower().split("x"))
        except ValueError:
            parser.error(f"--tour-size should look like 1280x800, not {namespace.tour_size!r}")
        return run_tour(
            namespace.tour,
            list(namespace.files),
            language,
            endpoint=endpoint,
            size=(width, height),
            dark=namespace.tour_scheme == "dark",
        )
    if namespace.files:
        print("Files can be added inside the app.", file=sys.stderr)
    if no_service:
        return _show_no_endpoint([sys.argv[0], *qt_args], namespace.language)
    return run_gui([sys.argv[0], *qt_args], endpoint=endpoint, language=namespace.language)


def _show_no_endpoint(argv: list[str], language: str | None) -> int:
    """Say kindly, in a window and the person's language, that this build can't send reports."""
    from takeitdown_desktop.ui.app import run_without_service  # noqa: PLC0415

    run_without_service(argv, language)
    return EXIT_USAGE


def _cmd_hash(namespace: argparse.Namespace) -> int:
    options = HashOptions(fps=None if namespace.every_frame else namespace.fps)
    cancel = CancelToken()
    progress = _ProgressLine(sys.stderr)
    failed = 0
    out = sys.stdout
    if namespace.json:
        out.write('{"items": [')
    first = True
    try:
        for result in hash_many(namespace.paths, options, cancel, on_progress=progress.update):
            failed += not result.ok
            if namespace.json:
                out.write("\n  " if first else ",\n  ")
                out.write(json.dumps(result.to_json(), ensure_ascii=True))
                out.flush()
            else:
                progress.clear()
                print(describe(result), file=sys.stderr)
            first = False
    except KeyboardInterrupt:
        cancel.cancel()
        progress.clear()
        print("Stopped. Nothing was saved.", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        if namespace.json:
            out.write("\n]}\n")
            out.flush()
    progress.clear()
    return EXIT_SOME_FAILED if failed else EXIT_OK


def describe(result: FileResult) -> str:
    """One human line (or a few) for a result, safe to print to a terminal."""
    name = safe_display(result.path)
    if not result.ok:
        return f"{name}\n  could not fingerprint: {result.error}"
    lines = [f"{name}", f"  {result.media_type.value} ({result.format or 'unknown format'})"]
    lines.append(f"  md5     {result.md5}")
    lines.append(f"  sha256  {result.sha256}")
    if result.pdq is not None:
        weak = "  (weak: the picture is very plain or blurry)" if result.pdq.weak else ""
        lines.append(f"  pdq     {result.pdq.hash}  quality {result.pdq.quality}{weak}")
    if result.vpdq:
        lines.append(f"  vpdq    {len(result.vpdq)} frames")
    return "\n".join(lines)


def safe_display(text: str) -> str:
    """Escape control and bidirectional-override characters so a file name cannot rewrite
    the terminal line it is printed on (a right-to-left override can disguise ``gpj.exe``)."""
    pieces = []
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Zl", "Zp") or 0xDC80 <= ord(char) <= 0xDCFF:
            pieces.append(f"\\u{ord(char):04x}")
        else:
            pieces.append(char)
    return "".join(pieces)


class _ProgressLine:
    """A single, rewritten progress line on stderr, only when stderr is a terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._enabled = stream.isatty()
        self._shown = False

    def update(self, progress: BatchProgress) -> None:
        if not self._enabled:
            return
        total = f"{progress.total}" if progress.walk_finished else f"{progress.total}+"
        self._stream.write(f"\rFingerprinting: {progress.done} of {total} files")
        self._stream.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._shown = False


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError("must be a number greater than 0")
    return value
