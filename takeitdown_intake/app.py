"""The HTTP API (FastAPI). Endpoints, limits and errors are documented in docs/PROTOCOL.md.

Privacy: nothing here reads a User-Agent, and the client address is used only for the rate
limiter's in-memory keyed hash (``ratelimit.py``). Run it with the access log off (``serve``
and ``embedded`` do).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

import takeitdown_protocol as protocol
from takeitdown_intake.models import ErrorOut, StatusOut
from takeitdown_intake.ratelimit import RateLimiter
from takeitdown_intake.store import Change, IdempotencyConflict, Store
from takeitdown_protocol.fields import item_digests
from takeitdown_protocol.schemas import report_schema
from takeitdown_protocol.validate import check_report

MAX_DETAILS = 20
MAX_PAGE = 10_000
CSV_COLUMNS = ("cursor", "action", "id", "media_type", "algorithm", "hash", "quality")


@dataclass(frozen=True, slots=True)
class Settings:
    """Service limits. Rate limits count per client address per window (seconds)."""

    submit_limit: int = 30
    lookup_limit: int = 120
    rate_window: float = 600.0
    max_body_bytes: int = protocol.MAX_BODY_BYTES


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
    code: {"model": ErrorOut} for code in (400, 401, 404, 409, 413, 415, 422, 429)
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

    @app.exception_handler(Exception)
    async def _internal(_request: Request, _exc: Exception) -> JSONResponse:
        return ApiError(500, "internal", "Something went wrong on our side.").response()

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

    async def read_body(request: Request) -> bytes:
        too_large = ApiError(
            413,
            "body_too_large",
            f"The request body is larger than {settings.max_body_bytes} bytes.",
        )
        declared = request.headers.get("Content-Length")
        if declared is not None and (
            not declared.isdigit() or int(declared) > settings.max_body_bytes
        ):
            raise too_large
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > settings.max_body_bytes:
                raise too_large
        return bytes(body)

    def validate(data: Any) -> dict[str, Any]:
        if (
            isinstance(data, dict)
            and isinstance(data.get("items"), list)
            and len(data["items"]) > protocol.MAX_ITEMS
        ):
            raise ApiError(
                422, "too_many_items", f"A report holds at most {protocol.MAX_ITEMS} items."
            )
        problems = check_report(data, MAX_DETAILS)
        if problems:
            raise ApiError(
                422,
                "invalid_report",
                "The report does not follow the protocol; see details.",
                details=[problem.to_json() for problem in problems],
            )
        body: dict[str, Any] = data
        return body

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
        raw = await read_body(request)
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            raise ApiError(400, "malformed_json", "The request body is not valid JSON.") from None
        body = validate(data)
        try:
            record, created = await run_in_threadpool(store.create_report, body, idempotency_key)
        except IdempotencyConflict:
            raise ApiError(
                409,
                "idempotency_conflict",
                "This Idempotency-Key was already used for a different report.",
            ) from None
        response.status_code = 201 if created else 200
        return record.to_json()

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
