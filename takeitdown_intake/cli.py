"""``takeitdown-intake``: run the reference service and manage platforms.

    takeitdown-intake serve [--db URL] [--host H] [--port P] [--trusted-proxy CIDR ...]
                            [--proxy-header x-forwarded-for|forwarded] [--feed-interval S]
                            [--submit-limit N] [--lookup-limit N] [--rate-window S]
    takeitdown-intake platform add NAME [--db URL]      (the token alone on the last line)
    takeitdown-intake platform revoke NAME [--db URL]
    takeitdown-intake platform list [--db URL]

``--db`` defaults to $TAKEITDOWN_INTAKE_DB, else a SQLite file in the current directory.
The database schema is created or upgraded automatically.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError

from takeitdown_intake.app import FEED_INTERVAL, Settings, create_app
from takeitdown_intake.db import DEFAULT_DB_URL, make_engine, migrate
from takeitdown_intake.ratelimit import PROXY_HEADERS, Network, parse_networks
from takeitdown_intake.store import Store


@contextmanager
def _store(db_url: str) -> Iterator[Store]:
    """The store over ``db_url`` (migrated); its connections are closed afterwards."""
    engine = make_engine(db_url)
    try:
        migrate(engine)
        yield Store(engine)
    finally:
        engine.dispose()


def _serve(args: argparse.Namespace) -> int:
    """Serve until SIGTERM/SIGINT, then close the database (SQLite: checkpoint the WAL)."""
    # Only ``serve`` needs the server.
    from takeitdown_intake.server import make_server  # noqa: PLC0415

    settings = Settings(
        submit_limit=args.submit_limit,
        lookup_limit=args.lookup_limit,
        guess_limit=args.lookup_limit,
        rate_window=args.rate_window,
        trusted_proxies=args.trusted_proxy,
        proxy_header=args.proxy_header,
        feed_interval=args.feed_interval,
    )
    with _store(args.db) as store:
        try:
            store.probe_write()
        except DBAPIError as error:
            print(
                "The database cannot store anything (read-only, full or unreachable): "
                f"{type(error.orig).__name__}. Not starting.",
                file=sys.stderr,
            )
            return 1
        app = create_app(store, settings)
        try:
            # No access log, no log files: the service keeps no record of who connected.
            # Proxy headers are read by the app, and only from the proxies named here.
            make_server(app, host=args.host, port=args.port).run()
        finally:
            app.state.workers.close()
    return 0


def _platform_add(args: argparse.Namespace) -> int:
    try:
        with _store(args.db) as store:
            token = store.add_platform(args.name)
    except IntegrityError:
        print(f"A platform called {args.name!r} already exists.", file=sys.stderr)
        return 1
    print(f"Added platform {args.name!r}. Its token is shown only now; it is stored hashed.")
    print(token)
    return 0


def _platform_revoke(args: argparse.Namespace) -> int:
    with _store(args.db) as store:
        revoked = store.revoke_platform(args.name)
    if revoked:
        print(f"Revoked platform {args.name!r}.")
        return 0
    print(f"There is no platform called {args.name!r}.", file=sys.stderr)
    return 1


def _platform_list(args: argparse.Namespace) -> int:
    with _store(args.db) as store:
        platforms = store.list_platforms()
    for platform in platforms:
        state = "revoked" if platform.revoked else "active"
        print(f"{platform.name}\t{state}\tadded {platform.created.isoformat()}")
    return 0


def _shown(url: str) -> str:
    """``url`` for help text, its password (if any) masked."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


DEFAULTS = Settings()


def _network(value: str) -> Network:
    try:
        return parse_networks([value])[0]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an address or a CIDR block") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="takeitdown-intake", description="Reference intake service for Take It Down."
    )
    db_default = os.environ.get("TAKEITDOWN_INTAKE_DB", DEFAULT_DB_URL)
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument(
        "--db",
        default=db_default,
        help=f"SQLAlchemy database URL (default: {_shown(db_default)})",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", parents=[db], help="run the HTTP service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument(
        "--trusted-proxy",
        action="append",
        type=_network,
        default=[],
        metavar="CIDR",
        help="a reverse proxy (address or block, e.g. 127.0.0.1 or 10.0.0.0/8) whose "
        "proxy header names the client; repeat for more; none by default",
    )
    serve.add_argument(
        "--proxy-header",
        choices=PROXY_HEADERS,
        default="x-forwarded-for",
        help="the header trusted proxies set (default: x-forwarded-for)",
    )
    serve.add_argument(
        "--feed-interval",
        type=float,
        default=FEED_INTERVAL,
        metavar="SECONDS",
        help="publish the feed in shuffled batches at most this often "
        f"(default: {FEED_INTERVAL:g}; 0: at once)",
    )
    serve.add_argument(
        "--submit-limit",
        type=int,
        default=DEFAULTS.submit_limit,
        help="reports per client per window (default: %(default)s)",
    )
    serve.add_argument(
        "--lookup-limit",
        type=int,
        default=DEFAULTS.lookup_limit,
        help="status checks per report, and wrong keys per client, per window "
        "(default: %(default)s)",
    )
    serve.add_argument(
        "--rate-window",
        type=float,
        default=DEFAULTS.rate_window,
        metavar="SECONDS",
        help="the rate limits' window (default: %(default)s)",
    )
    serve.set_defaults(func=_serve)

    platform = commands.add_parser("platform", help="manage platforms that fetch fingerprints")
    actions = platform.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", parents=[db], help="add a platform and print its token")
    add.add_argument("name")
    add.set_defaults(func=_platform_add)
    revoke = actions.add_parser("revoke", parents=[db], help="revoke a platform's token")
    revoke.add_argument("name")
    revoke.set_defaults(func=_platform_revoke)
    listing = actions.add_parser("list", parents=[db], help="list platforms")
    listing.set_defaults(func=_platform_list)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
