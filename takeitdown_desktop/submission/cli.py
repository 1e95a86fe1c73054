"""``takeitdown-desktop submit|status|withdraw``: the same report and client as the GUI.

``register`` adds the three commands to the main CLI's sub-parsers; each sets ``func``, which
takes the parsed arguments and returns the exit code (0 done, 1 the service refused or could
not be reached, 2 bad input).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from takeitdown_desktop.hashing.results import FileResult
from takeitdown_desktop.submission.client import IntakeClient, ReportStatus, SubmissionError
from takeitdown_desktop.submission.receipt import ReceiptError, SecretKey, format_report_id
from takeitdown_desktop.submission.report import ReportError, prepare_report
from takeitdown_protocol import Role

EXIT_OK = 0
EXIT_SERVICE = 1
EXIT_INPUT = 2

_ATTEST_QUESTION = (
    "Take It Down is for photos and videos of someone who was under 18 when they were taken.\n"
    "Was the person in these files under 18 in them? [y/N] "
)


def _hash_paths(paths: Sequence[Path]) -> list[FileResult]:
    from takeitdown_desktop.hashing.engine import hash_many  # noqa: PLC0415 (heavy imports)
    from takeitdown_desktop.hashing.options import HashOptions  # noqa: PLC0415

    return list(hash_many(paths, HashOptions()))


def _client(args: argparse.Namespace) -> IntakeClient:
    return IntakeClient(args.endpoint, proxy=args.proxy)


def _attested(args: argparse.Namespace) -> bool:
    if args.under_18:
        return True
    if not sys.stdin.isatty():
        return False
    return input(_ATTEST_QUESTION).strip().lower() in ("y", "yes")


def _submit(args: argparse.Namespace) -> int:
    if not _attested(args):
        print(
            "Nothing was sent. Take It Down is only for photos and videos taken before the "
            "person in them was 18; confirm that with --under-18.",
            file=sys.stderr,
        )
        return EXIT_INPUT
    results = _hash_paths([Path(p) for p in args.paths])
    for result in results:
        if not result.ok:
            print(f"{result.path}: {result.error}", file=sys.stderr)
    try:
        prepared = prepare_report(results, Role(args.role), attested_under_18=True)
        with _client(args) as client:
            receipt = client.submit(prepared)
    except (ReportError, SubmissionError) as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_INPUT if isinstance(exc, ReportError) else EXIT_SERVICE
    summary = prepared.summary
    print(
        f"Sent fingerprints of {summary.items} file(s): {summary.photos} photo(s), "
        f"{summary.videos} video(s), {summary.other} other.",
        file=sys.stderr,
    )
    print(receipt.as_text(), end="")
    return EXIT_OK


def _print_status(status: ReportStatus) -> None:
    state = "withdrawn" if status.withdrawn else "active"
    print(
        f"Report {format_report_id(status.report_id)}: {state}, {status.items} item(s), "
        f"received {status.received.isoformat()}."
    )


def _keyed(args: argparse.Namespace, withdraw: bool) -> int:
    try:
        key = SecretKey.parse(args.key)
    except ReceiptError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_INPUT
    try:
        with _client(args) as client:
            action = client.withdraw if withdraw else client.status
            status = action(args.report, key)
    except SubmissionError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_SERVICE
    _print_status(status)
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    return _keyed(args, withdraw=False)


def _withdraw(args: argparse.Namespace) -> int:
    return _keyed(args, withdraw=True)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--endpoint", required=True, help="the intake service's https:// URL")
    parser.add_argument(
        "--proxy", help="proxy URL, e.g. socks5://127.0.0.1:9050 for Tor (default: system's)"
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``submit``, ``status`` and ``withdraw`` to the main CLI."""
    submit = subparsers.add_parser(
        "submit", help="fingerprint photos/videos and send only the fingerprints"
    )
    _common(submit)
    submit.add_argument("--role", choices=[role.value for role in Role], default=Role.SELF.value)
    submit.add_argument(
        "--under-18",
        action="store_true",
        help="confirm the person in these files was under 18 in them (else you are asked)",
    )
    submit.add_argument("paths", nargs="+", metavar="PATH")
    submit.set_defaults(func=_submit)

    status = subparsers.add_parser("status", help="check a report with its receipt")
    _common(status)
    status.add_argument("report", metavar="REPORT")
    status.add_argument("key", metavar="KEY")
    status.set_defaults(func=_status)

    withdraw = subparsers.add_parser("withdraw", help="withdraw a report with its receipt")
    _common(withdraw)
    withdraw.add_argument("report", metavar="REPORT")
    withdraw.add_argument("key", metavar="KEY")
    withdraw.set_defaults(func=_withdraw)
