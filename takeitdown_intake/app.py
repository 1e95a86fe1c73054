"""The HTTP API (FastAPI). Endpoints, limits and errors are documented in docs/PROTOCOL.md.

Privacy: nothing here reads a User-Agent, and the client address is used only for the rate
limiter's keyed hash (``ratelimit.py``). Run it with the access log off (``serve``
and ``embedded`` do).
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.exc import DBAPIError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

import takeitdown_protocol as protocol
from takeitdown_intake.bodies import (
    MAX_DETAILS,
    SMALL_BODY_BYTES,
    Refusal,
    ValidReport,
    WorkerPool,
    parse_report,
)
from takeitdown_intake.models import ErrorOut, StatusOut
from takeitdown_intake.ratelimit import (
    PROXY_HEADERS,
    Limits,
    Network,
    RateLimiter,
    client_address,
    counts_for,
)
from takeitdown_intake.store import (
    CURSOR,
    Change,
    CursorNotInFeed,
    IdempotencyConflict,
    ReportRecord,
    Store,
)
from takeitdown_protocol.fields import item_digests
from takeitdown_protocol.schemas import report_schema

MAX_PAGE = 10_000
#: A page of the feed stops before this many bytes (JSON or CSV), with at least one change.
MAX_PAGE_BYTES = 4 * 1024 * 1024
_log = logging.getLogger("takeitdown_intake")
CSV_COLUMNS = ("cursor", "action", "id", "media_type", "algorithm", "hash", "quality")


@dataclass(frozen=True, slots=True)
class Settings:
    """Service settings. Rate limits count per window (seconds), see ``ratelimit.Limits``:
    ``submit_limit`` reports per client; ``lookup_limit`` checks and withdrawals with the
    right key per report; ``guess_limit`` wrong keys per client; ``token_limit`` refused
    platform tokens per client and ``token_limit_all`` from everyone.

    ``trusted_proxies``: the proxies (addresses or CIDR blocks) whose ``proxy_header``
    (``x-forwarded-for`` or ``forwarded``) names the client; none by default, so a header is
    believed from no one. ``feed_interval``: seconds between the feed's shuffled batches (0:
    every read publishes what waits, for tests and the built-in service; ``serve`` defaults
    to ``FEED_INTERVAL``). ``max_page_bytes``: the feed's page size in bytes.
    """

    submit_limit: int = 30
    lookup_limit: int = 120
    guess_limit: int = 120
    token_limit: int = 20
    token_limit_all: int = 1000
    rate_window: float = 600.0
    max_body_bytes: int = protocol.MAX_BODY_BYTES
    trusted_proxies: tuple[Network, ...] = ()
    proxy_header: str = "x-forwarded-for"
    feed_interval: float = 0.0
    max_page_bytes: int = MAX_PAGE_BYTES
    #: A request body must arrive within this many seconds (a slow upload holds a socket).
    body_seconds: float = 30.0
    #: Body bytes beyond ``SMALL_BODY_BYTES`` the service reads and parses at once, over all
    #: requests; past it, large uploads get 503 and Retry-After (small ones never do).
    large_body_budget: int = 2 * protocol.MAX_BODY_BYTES
    #: Small bodies parsed at once (threads of the service process).
    small_parsers: int = 4
    #: Seconds a database failure's 503 asks the client to wait before trying again.
    retry_after: int = 30

    def __post_init__(self) -> None:
        if self.proxy_header not in PROXY_HEADERS:
            raise ValueError(f"proxy_header must be one of {PROXY_HEADERS}")

    def limits(self) -> Limits:
        return Limits(
            submit=self.submit_limit,
            report=self.lookup_limit,
            guess=self.guess_limit,
            token=self.token_limit,
            token_all=self.token_limit_all,
            window=self.rate_window,
        )


#: ``serve``'s feed interval: a batch every 10 minutes.
FEED_INTERVAL = 600.0


class ApiError(Exception):
    """An error reply: ``{"error": {"code", "message", "details"?}}``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        details: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers

    def response(self) -> JSONResponse:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details is not None:
            error["details"] = self.details
        return JSONResponse({"error": error}, status_code=self.status, headers=self.headers)


INTERNAL = ApiError(500, "internal", "Something went wrong on our side.")


def unavailable(retry_after: int) -> ApiError:
    """The reply while the database cannot store anything (read-only, full, unreachable)."""
    return ApiError(
        503,
        "unavailable",
        "The service cannot store reports right now; please try again later.",
        headers={"Retry-After": str(retry_after)},
    )


#: SQLSTATE classes that mean "the database cannot do this now", not "this request is wrong":
#: 08 connection, 53 insufficient resources (disk full), 57 operator intervention (shutdown),
#: 25006 read-only transaction (a standby, or default_transaction_read_only).
_UNAVAILABLE_SQLSTATES = ("08", "53", "57", "25006")


_UNAVAILABLE_SQLITE = (
    "SQLITE_READONLY",
    "SQLITE_FULL",
    "SQLITE_IOERR",
    "SQLITE_BUSY",
    "SQLITE_LOCKED",
    "SQLITE_CANTOPEN",
    "SQLITE_PERM",
)


def is_unavailable(error: DBAPIError) -> bool:
    """Whether ``error`` says the database cannot write or be reached (SQLite: read-only
    file, disk full, I/O error, locked past the busy timeout; PostgreSQL: by SQLSTATE)."""
    sqlstate = getattr(error.orig, "sqlstate", None)
    if isinstance(sqlstate, str):
        return sqlstate.startswith(_UNAVAILABLE_SQLSTATES)
    name = getattr(error.orig, "sqlite_errorname", "")
    return error.connection_invalidated or str(name).startswith(_UNAVAILABLE_SQLITE)


NOT_FOUND_OR_WRONG_KEY = ApiError(
    404,
    "not_found_or_wrong_key",
    "No report matches this report number and key.",
)
CURSOR_NOT_IN_FEED = ApiError(
    409,
    "cursor_not_in_feed",
    "This cursor is not a position in this list: it is past the end, or it came from "
    "another copy of the list (a database restored from a backup, say). Nothing was skipped; "
    "fetch the whole list again from cursor 0.",
)


def _rate_limited(wait: float) -> ApiError:
    return ApiError(
        429,
        "rate_limited",
        "Too many requests from this network; please try again later.",
        headers={"Retry-After": str(int(wait + 0.999))},
    )


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


def _details(errors: list[Any]) -> list[dict[str, str]]:
    return [
        {"where": _where(tuple(error["loc"])), "problem": str(error["msg"])}
        for error in errors[:MAX_DETAILS]
    ]


_HTTP_ERRORS = {
    404: ("not_found", "There is nothing at this address."),
    405: ("method_not_allowed", "This method is not allowed here."),
    413: ("body_too_large", f"The request body is larger than {protocol.MAX_BODY_BYTES} bytes."),
}


class IntakeApp(FastAPI):
    """FastAPI whose OpenAPI document also describes the hand-validated report body."""

    def openapi(self) -> dict[str, Any]:
        if self.openapi_schema:
            return self.openapi_schema
        schema = get_openapi(
            title=self.title,
            version=self.version,
            description=self.description,
            routes=self.routes,
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        versions = []
        for version in protocol.REPORT_VERSIONS:
            name = f"ReportV{version}"
            report = _as_component(report_schema(version), name)
            components.update(report.pop("$defs"))
            components[name] = report
            versions.append({"$ref": f"#/components/schemas/{name}"})
        schema["paths"][f"{protocol.API_PREFIX}/reports"]["post"]["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"oneOf": versions}}},
        }
        self.openapi_schema = schema
        return schema


def _as_component(schema: dict[str, Any], prefix: str) -> dict[str, Any]:
    """A JSON Schema with its ``$defs`` renamed ``<prefix><Name>`` and its references pointed at
    OpenAPI's components (a schema's own ``#/$defs/...`` would not resolve there)."""
    names = {name: f"{prefix}{name[0].upper()}{name[1:]}" for name in schema.get("$defs", {})}

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            out = {
                key: rewrite(value) for key, value in node.items() if key not in ("$schema", "$id")
            }
            ref = out.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                out["$ref"] = "#/components/schemas/" + names[ref.removeprefix("#/$defs/")]
            return out
        if isinstance(node, list):
            return [rewrite(value) for value in node]
        return node

    rewritten: dict[str, Any] = rewrite(schema)
    rewritten["$defs"] = {names[name]: value for name, value in rewritten.pop("$defs", {}).items()}
    return rewritten


_report_key = APIKeyHeader(
    name="Authorization",
    scheme_name="ReportKey",
    description="`Key <authenticator>`: 64 hex digits derived from the receipt's secret key.",
    auto_error=False,
)
_platform_token = HTTPBearer(
    scheme_name="PlatformToken", description="A platform's token.", auto_error=False
)
_ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 401, 404, 408, 409, 413, 415, 422, 429, 503)
}


def _client(request: Request) -> str:
    """The client's address, as far as the operator's trusted proxies say (``ratelimit``)."""
    settings: Settings = request.app.state.settings
    return client_address(
        request.client.host if request.client else None,
        request.headers.getlist,
        settings.trusted_proxies,
        settings.proxy_header,
    )


def _platform_check(store: Store, limiter: RateLimiter, client: str, token: str | None) -> str:
    """The platform's name, or ApiError: 429 for a client refused too often (the token is
    then not even looked at), 401 for a wrong or revoked token (counted)."""
    wait = limiter.token_allowed(client)
    if wait is not None:
        raise _rate_limited(wait)
    name = None if token is None else store.platform_for_token(token)
    if name is None:
        limiter.token_refused(client)
        raise ApiError(
            401,
            "unauthorized",
            "A valid platform token is needed (Authorization: Bearer <token>).",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return name


async def _platform(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_platform_token)],
) -> str:
    """The name of the platform whose valid, unrevoked token came with the request."""
    token = None
    if credentials is not None and credentials.scheme.lower() == "bearer":
        token = credentials.credentials
    return await run_in_threadpool(
        _platform_check, request.app.state.store, request.app.state.limiter, _client(request), token
    )


def create_app(store: Store, settings: Settings | None = None) -> FastAPI:
    """The API over ``store``."""
    settings = settings or Settings()
    limiter = RateLimiter(counts_for(store.engine, settings.rate_window), settings.limits())
    app = IntakeApp(
        title="Take It Down intake",
        version=str(protocol.API_VERSION),
        description="Receives fingerprints (digests only) and serves them to platforms.",
        docs_url=None,
        redoc_url=None,
        openapi_url=f"{protocol.API_PREFIX}/openapi.json",
        # FastAPI's OpenTelemetry support records client addresses and User-Agents when a
        # provider is configured anywhere in the process: off, whatever the environment says.
        telemetry={"tracing": False, "metrics": False, "logs": False, "auto_configure": False},
    )
    app.state.store = store
    app.state.settings = settings
    app.state.limiter = limiter

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return ApiError(
            422,
            "invalid_request",
            "The request's parameters are not valid; see details.",
            details=_details(list(exc.errors())),
        ).response()

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = _HTTP_ERRORS.get(
            exc.status_code, ("bad_request", "This request could not be handled.")
        )
        return ApiError(exc.status_code, code, message).response()

    @app.exception_handler(DBAPIError)
    async def _database_error(_request: Request, exc: DBAPIError) -> JSONResponse:
        if not is_unavailable(exc):
            raise exc  # a bug: a 500, and its traceback in the log (ServerErrorMiddleware)
        # One line, no traceback, no statement or parameters: the operator needs to know the
        # database cannot write, not a stack; and a flood must not flood the log.
        _log.warning("database unavailable: %s", type(exc.orig).__name__)
        return unavailable(settings.retry_after).response()

    @app.exception_handler(Exception)
    async def _internal(_request: Request, _exc: Exception) -> JSONResponse:
        return INTERNAL.response()

    def with_key(report_id: str, key: str | None, client: str) -> ReportRecord:
        """Let a request that names a report go on only with the report's key.

        The key is checked first, so a request with the right key is counted for its report
        alone and never waits for anyone else's traffic (a shared network, a flood of
        guesses). A wrong key or an unknown number is counted as a guess, per client.
        """
        record = store.report_status(report_id, authenticator(key))
        if record is None:
            wait = limiter.guess(client)
            raise NOT_FOUND_OR_WRONG_KEY if wait is None else _rate_limited(wait)
        wait = limiter.report(report_id)
        if wait is not None:
            raise _rate_limited(wait)
        return record

    workers = WorkerPool()
    app.state.workers = workers
    small_parsers = asyncio.Semaphore(settings.small_parsers)
    large_bytes_held = [0]  # one event loop: no lock needed
    #: On a refusal before the body is read: close, rather than read the rest to keep alive.
    closing = {"Connection": "close"}

    @asynccontextmanager
    async def received_body(request: Request) -> AsyncIterator[bytes]:
        """The body, refused before it is read when its declared length is missing, too
        large, or (beyond ``SMALL_BODY_BYTES``) more than the budget for large bodies has
        left; refused when it arrives too slowly. A large body's share of the budget is held
        until the block ends (it is parsed inside it)."""
        declared = request.headers.get("Content-Length")
        if declared is None:
            raise ApiError(411, "length_required", "Send a Content-Length header.", headers=closing)
        if not declared.isdigit() or int(declared) > settings.max_body_bytes:
            raise ApiError(
                413,
                "body_too_large",
                f"The request body is larger than {settings.max_body_bytes} bytes.",
                headers=closing,
            )
        share = max(0, int(declared) - SMALL_BODY_BYTES)
        if large_bytes_held[0] + share > settings.large_body_budget:
            raise ApiError(
                503,
                "busy",
                "The service is receiving too many large reports; please try again in a moment.",
                headers={"Retry-After": "5", **closing},
            )
        large_bytes_held[0] += share
        try:
            body = bytearray()
            try:
                async with asyncio.timeout(settings.body_seconds):
                    async for chunk in request.stream():
                        body += chunk
            except TimeoutError:
                raise ApiError(
                    408,
                    "body_timeout",
                    "The request body did not arrive in time.",
                    headers=closing,
                ) from None
            except ClientDisconnect:
                # The client went away mid-upload: nobody reads this answer, and it is no
                # error of ours (uvicorn would log an ERROR and a traceback).
                raise ApiError(400, "client_disconnected", "The upload stopped.") from None
            yield bytes(body)
        finally:
            large_bytes_held[0] -= share

    async def validate(raw: bytes) -> ValidReport:
        """``raw`` parsed and checked off the event loop (``bodies``)."""
        if len(raw) <= SMALL_BODY_BYTES:
            async with small_parsers:
                outcome = await run_in_threadpool(parse_report, raw)
        else:
            outcome = await workers.parse(raw)
        if isinstance(outcome, Refusal):
            raise ApiError(
                outcome.status,
                outcome.code,
                outcome.message,
                details=None
                if outcome.details is None
                else [{"where": where, "problem": problem} for where, problem in outcome.details],
            )
        return outcome

    @app.post(
        f"{protocol.API_PREFIX}/reports",
        status_code=201,
        response_model=StatusOut,
        responses=_ERRORS,
        summary="Send a report (digests only). A replay with the same Idempotency-Key "
        "returns the first reply with status 200.",
    )
    async def submit(request: Request, response: Response) -> dict[str, Any]:
        wait = await run_in_threadpool(limiter.submit, _client(request))
        if wait is not None:
            raise _rate_limited(wait)
        content_type = request.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type != "application/json":
            raise ApiError(415, "unsupported_media_type", "Send the report as application/json.")
        idempotency_key = request.headers.get(protocol.IDEMPOTENCY_HEADER, "")
        if protocol.IDEMPOTENCY_KEY.fullmatch(idempotency_key) is None:
            raise ApiError(
                400,
                "missing_idempotency_key",
                f"Send an {protocol.IDEMPOTENCY_HEADER} header of 16 to 64 letters, digits, "
                "'-' or '_'.",
            )
        async with received_body(request) as raw:
            report = await validate(raw)
        try:
            record, created = await run_in_threadpool(store.create_report, report, idempotency_key)
        except IdempotencyConflict:
            raise ApiError(
                409,
                "idempotency_conflict",
                "This Idempotency-Key was already used for a different report.",
            ) from None
        response.status_code = 201 if created else 200
        return record.to_json()

    @app.get(
        "/healthz",
        responses={503: {"model": ErrorOut}},
        summary="Readiness for a load balancer: 200 once the database takes writes, else 503.",
    )
    async def healthz() -> dict[str, str]:
        try:
            await run_in_threadpool(store.probe_write)
        except DBAPIError as error:
            if not is_unavailable(error):
                raise
            raise unavailable(settings.retry_after) from None
        return {"status": "ready"}

    def authenticator(header: str | None) -> str:
        scheme, _, value = (header or "").partition(" ")
        return value.strip() if scheme == protocol.AUTH_SCHEME else ""

    @app.get(
        f"{protocol.API_PREFIX}/reports/{{report_id}}",
        response_model=StatusOut,
        responses=_ERRORS,
        summary="A report's state. Unknown report and wrong key get the same 404.",
    )
    async def status(
        report_id: str, request: Request, key: Annotated[str | None, Depends(_report_key)]
    ) -> dict[str, Any]:
        record = await run_in_threadpool(with_key, report_id, key, _client(request))
        return record.to_json()

    @app.delete(
        f"{protocol.API_PREFIX}/reports/{{report_id}}",
        response_model=StatusOut,
        responses=_ERRORS,
        summary="Withdraw a report: its digests are deleted and leave the platforms' list. "
        "Repeating it is harmless.",
    )
    async def withdraw(
        report_id: str, request: Request, key: Annotated[str | None, Depends(_report_key)]
    ) -> dict[str, Any]:
        await run_in_threadpool(with_key, report_id, key, _client(request))
        record = await run_in_threadpool(store.withdraw, report_id, authenticator(key))
        if record is None:
            raise NOT_FOUND_OR_WRONG_KEY
        return record.to_json()

    @app.get(
        f"{protocol.API_PREFIX}/hashes",
        responses={
            **_ERRORS,
            200: {"content": {"text/csv": {}}, "description": "Changes after the cursor."},
        },
        summary="Changes to the fingerprint list after a cursor (adds and removals), as "
        "JSON or CSV (format=csv or Accept: text/csv).",
    )
    async def hashes(
        request: Request,
        platform_name: Annotated[str, Depends(_platform)],
        after: Annotated[str, Query(pattern=f"^{CURSOR.pattern}$")] = "0",
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000,
        format: Literal["json", "csv"] | None = None,
    ) -> Response:
        wants_csv = format == "csv" or (
            format is None and "text/csv" in request.headers.get("Accept", "")
        )
        try:
            page = await run_in_threadpool(
                _feed_page, store, settings, after, limit, _csv_row if wants_csv else _json_row
            )
        except CursorNotInFeed:
            raise CURSOR_NOT_IN_FEED from None
        if wants_csv:
            return Response(
                CSV_HEADER + b"".join(page.rows),
                media_type="text/csv; charset=utf-8",
                headers={"X-Cursor": page.cursor, "X-More": "true" if page.more else "false"},
            )
        head = _compact({"cursor": page.cursor, "more": page.more})[:-1].encode()
        return Response(
            head + b',"changes":[' + b",".join(page.rows) + b"]}",
            media_type="application/json",
        )

    return app


@dataclass(frozen=True, slots=True)
class _Page:
    rows: list[bytes]
    cursor: str
    more: bool


def _feed_page(
    store: Store, settings: Settings, after: str, limit: int, row: Callable[[Change], bytes]
) -> _Page:
    """One page, serialised change by change in a worker thread (never on the event loop):
    at most ``limit`` changes and ``settings.max_page_bytes`` bytes, and at least one
    change, so a page of large videos stays small and a platform always moves on."""
    store.release(settings.feed_interval)
    rows: list[bytes] = []
    size = 0
    cursor = after
    found = store.changes_after(after)
    for change in found:
        serialised = row(change)
        if rows and (len(rows) >= limit or size + len(serialised) > settings.max_page_bytes):
            return _Page(rows, cursor, True)
        rows.append(serialised)
        size += len(serialised) + 1
        cursor = change.cursor
    return _Page(rows, cursor, False)


def _json_row(change: Change) -> bytes:
    """A change as the feed's JSON: the stored digests spliced in as they are (they are
    stored as the compact JSON the feed publishes), so nothing is parsed again."""
    head = _compact({"cursor": change.cursor, "action": change.action, "id": change.item_id})
    if change.digests is None:
        return head.encode()
    media = _compact(change.media_type)
    rest = change.digests[1:]
    return f'{head[:-1]},"media_type":{media}{"," if rest != "}" else ""}{rest}'.encode()


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


def _csv_row(change: Change) -> bytes:
    """A change as CSV lines: one per digest (per vPDQ frame, per variant); a removal is one
    line with the id only. The ``algorithm`` column is the field table's: a variant is an
    ordinary ``pdq`` row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    head = (change.cursor, change.action, change.item_id)
    item = change.item
    if item is None:
        writer.writerow((*head, "", "", "", ""))
    else:
        for field, digest, quality in item_digests(item):
            writer.writerow(
                (*head, change.media_type, field.csv_algorithm, digest,
                 "" if quality is None else quality)
            )  # fmt: skip
    return buffer.getvalue().encode()


CSV_HEADER = (",".join(CSV_COLUMNS) + "\n").encode()
