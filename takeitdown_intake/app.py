"""The HTTP API (FastAPI). Endpoints, limits and errors are documented in docs/PROTOCOL.md.

Privacy: nothing here reads a User-Agent, and the client address is used only for the rate
limiter's in-memory keyed hash (``ratelimit.py``). Run it with the access log off (``serve``
and ``embedded`` do).
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
from collections.abc import AsyncIterator
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
from takeitdown_intake.ratelimit import RateLimiter
from takeitdown_intake.store import Change, IdempotencyConflict, Store
from takeitdown_protocol.fields import item_digests
from takeitdown_protocol.schemas import report_schema

MAX_PAGE = 10_000
_log = logging.getLogger("takeitdown_intake")
CSV_COLUMNS = ("cursor", "action", "id", "media_type", "algorithm", "hash", "quality")


@dataclass(frozen=True, slots=True)
class Settings:
    """Service limits. Rate limits count per client address per window (seconds)."""

    submit_limit: int = 30
    lookup_limit: int = 120
    rate_window: float = 600.0
    max_body_bytes: int = protocol.MAX_BODY_BYTES
    #: A request body must arrive within this many seconds (a slow upload holds a socket).
    body_seconds: float = 30.0
    #: Body bytes beyond ``SMALL_BODY_BYTES`` the service reads and parses at once, over all
    #: requests; past it, large uploads get 503 and Retry-After (small ones never do).
    large_body_budget: int = 2 * protocol.MAX_BODY_BYTES
    #: Small bodies parsed at once (threads of the service process).
    small_parsers: int = 4
    #: Seconds a database failure's 503 asks the client to wait before trying again.
    retry_after: int = 30


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


async def _platform(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_platform_token)],
) -> str:
    """The name of the platform whose valid, unrevoked token came with the request."""
    store: Store = request.app.state.store
    name = None
    if credentials is not None and credentials.scheme.lower() == "bearer":
        name = await run_in_threadpool(store.platform_for_token, credentials.credentials)
    if name is None:
        raise ApiError(
            401,
            "unauthorized",
            "A valid platform token is needed (Authorization: Bearer <token>).",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return name


def create_app(store: Store, settings: Settings | None = None) -> FastAPI:
    """The API over ``store``."""
    settings = settings or Settings()
    submit_limiter = RateLimiter(settings.submit_limit, settings.rate_window)
    lookup_limiter = RateLimiter(settings.lookup_limit, settings.rate_window)
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

    def limit(request: Request, limiter: RateLimiter) -> None:
        address = request.client.host if request.client else "unknown"
        wait = limiter.hit(address)
        if wait is not None:
            raise ApiError(
                429,
                "rate_limited",
                "Too many requests from this network; please try again later.",
                headers={"Retry-After": str(int(wait + 0.999))},
            )

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
        limit(request, submit_limiter)
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
        limit(request, lookup_limiter)
        record = await run_in_threadpool(store.report_status, report_id, authenticator(key))
        if record is None:
            raise NOT_FOUND_OR_WRONG_KEY
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
        limit(request, lookup_limiter)
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
        after: Annotated[str, Query(pattern=r"^[0-9]{1,18}$")] = "0",
        limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1000,
        format: Literal["json", "csv"] | None = None,
    ) -> Response:
        found, more = await run_in_threadpool(store.changes_after, int(after), limit)
        cursor = str(found[-1].cursor) if found else after
        wants_csv = format == "csv" or (
            format is None and "text/csv" in request.headers.get("Accept", "")
        )
        if wants_csv:
            return Response(
                _csv(found),
                media_type="text/csv; charset=utf-8",
                headers={"X-Cursor": cursor, "X-More": "true" if more else "false"},
            )
        return JSONResponse(
            {"cursor": cursor, "more": more, "changes": [_change_json(c) for c in found]}
        )

    return app


def _change_json(change: Change) -> dict[str, Any]:
    out: dict[str, Any] = {
        "cursor": str(change.cursor),
        "action": change.action,
        "id": change.item_id,
    }
    if change.item is not None:
        out.update(change.item)
    return out


def _csv(found: list[Change]) -> str:
    """One row per digest (per vPDQ frame, per variant); a removal is one row with the id only.

    The ``algorithm`` column is the field table's: a variant is an ordinary ``pdq`` row.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for change in found:
        head = (change.cursor, change.action, change.item_id)
        item = change.item
        if item is None:
            writer.writerow((*head, "", "", "", ""))
            continue
        media = item["media_type"]
        for field, digest, quality in item_digests(item):
            writer.writerow(
                (*head, media, field.csv_algorithm, digest, "" if quality is None else quality)
            )
    return buffer.getvalue()
