"""The HTTPS client that sends a prepared report and checks or withdraws it later.

Privacy: a fixed generic User-Agent and header set (nothing about the machine, OS or app
release), no cookies kept or sent, no ``.netrc`` credentials (``trust_env`` is off), and no
telemetry. The system proxy is still honoured (schools use them): it is read explicitly with
``requests.utils.get_environ_proxies``, which covers environment variables, the Windows
registry and macOS settings, and respects ``no_proxy``. A SOCKS5 proxy (e.g. Tor) can be set;
``socks5://`` is sent as ``socks5h://`` so names are resolved by the proxy, not locally.

Safety: HTTPS only (plain HTTP only to this computer, for the local service), certificates
always verified, no redirects followed, connect and read timeouts, retries with exponential
backoff and jitter for connection errors, timeouts, 429 (honouring Retry-After) and 5xx. The
``Idempotency-Key`` header makes a retried report count once.
"""

from __future__ import annotations

import datetime
import email.utils
import http.cookiejar
import ipaddress
import json
import os
import random
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal

import requests
import requests.utils
from requests.structures import CaseInsensitiveDict

import takeitdown_protocol as protocol
from takeitdown_desktop.errors import ExplainedError
from takeitdown_desktop.submission.receipt import Receipt, ReceiptError, SecretKey, parse_report_id
from takeitdown_desktop.submission.report import PreparedReport

DEFAULT_TIMEOUT = (10.0, 30.0)
DEFAULT_RETRIES = 4
#: A Retry-After longer than this is not waited for: the person is told to come back later.
MAX_RETRY_AFTER = 60.0
MAX_RESPONSE_BYTES = 1024 * 1024

_KEPT = " Your fingerprints are still here, ready to send."

#: code -> (message, retryable). Written for a scared 13-year-old: what happened, what to do.
MESSAGES: dict[str, tuple[str, bool]] = {
    "offline": (
        "We couldn't reach the Take It Down service. Check that you're connected to the "
        "internet, then try again.",
        True,
    ),
    "proxy": (
        "Your network's proxy wouldn't let us through to the Take It Down service. Try again "
        "on a different network, like home Wi-Fi or mobile data.",
        True,
    ),
    "timeout": (
        "The Take It Down service took too long to answer. Please try again in a few minutes.",
        True,
    ),
    "tls": (
        "We couldn't confirm that we were talking to the real Take It Down service, so "
        "nothing was sent. This can happen on school or work networks. Try again on a "
        "different network, like home Wi-Fi or mobile data.",
        False,
    ),
    "server_error": (
        "Something went wrong on the Take It Down service's side. It's not your fault. "
        "Please try again later.",
        True,
    ),
    "rate_limited": (
        "Lots of reports are coming from your network right now. Please wait a few minutes "
        "and try again.",
        True,
    ),
    "not_found_or_wrong_key": (
        "We couldn't find a report with that report number and secret key. Please check both "
        "against your receipt for typos.",
        False,
    ),
    "rejected": (
        "The Take It Down service couldn't accept this report. Please try sending fewer files "
        "at a time, or update the app.",
        False,
    ),
    "bad_endpoint": (
        "The service address isn't a secure (https://) address, so nothing was sent.",
        False,
    ),
    "bad_proxy": (
        "The proxy setting isn't right. It should look like socks5://localhost:9050 or "
        "http://proxy.example:8080.",
        False,
    ),
}


class SubmissionError(ExplainedError):
    """Why talking to the service failed: ``.code`` for programs, ``.message`` for people."""

    def __init__(
        self,
        code: str,
        message: str | None = None,
        *,
        retryable: bool | None = None,
        retry_after: float | None = None,
        status: int | None = None,
    ) -> None:
        default_message, default_retryable = MESSAGES.get(code, MESSAGES["server_error"])
        super().__init__(code, message if message is not None else default_message)
        self.retryable = default_retryable if retryable is None else retryable
        self.retry_after = retry_after
        self.status = status


@dataclass(frozen=True, slots=True)
class ReportStatus:
    """What the service says about a report: nothing more than this."""

    report_id: str
    state: Literal["active", "withdrawn"]
    items: int
    received: datetime.date

    @property
    def withdrawn(self) -> bool:
        return self.state == "withdrawn"


class _RefuseAllCookies(http.cookiejar.CookiePolicy):
    """Cookies are neither stored nor sent: nothing can tie two requests together."""

    netscape = True
    rfc2965 = False
    hide_cookie2 = True

    def set_ok(self, cookie: http.cookiejar.Cookie, request: urllib.request.Request) -> bool:
        return False

    def return_ok(self, cookie: http.cookiejar.Cookie, request: urllib.request.Request) -> bool:
        return False

    def domain_return_ok(self, domain: str, request: urllib.request.Request) -> bool:
        return False

    def path_return_ok(self, path: str, request: urllib.request.Request) -> bool:
        return False


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _check_endpoint(endpoint: str) -> tuple[str, bool]:
    parts = urllib.parse.urlsplit(endpoint.strip())
    host = parts.hostname or ""
    loopback = _is_loopback(host)
    if (
        not host
        or parts.username is not None
        or parts.password is not None
        or parts.query
        or parts.fragment
        or not (parts.scheme == "https" or (parts.scheme == "http" and loopback))
    ):
        raise SubmissionError("bad_endpoint")
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", "")), (
        loopback
    )


def _check_proxy(proxy: str) -> str:
    parts = urllib.parse.urlsplit(proxy.strip())
    if parts.scheme not in ("http", "https", "socks5", "socks5h") or not parts.hostname:
        raise SubmissionError("bad_proxy")
    if parts.scheme == "socks5":
        # DNS through the proxy too: with Tor, a local lookup would reveal the service name.
        parts = parts._replace(scheme="socks5h")
    return urllib.parse.urlunsplit(parts)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, (when - datetime.datetime.now(datetime.UTC)).total_seconds())


def configure_session(session: requests.Session) -> requests.Session:
    """Make a session private: fixed headers, no cookies, no environment (``.netrc``)."""
    session.trust_env = False
    session.cookies.clear()
    session.cookies.set_policy(_RefuseAllCookies())
    session.headers = CaseInsensitiveDict(
        {
            "User-Agent": protocol.USER_AGENT,
            "Accept": "application/json",
            # Fixed, rather than whatever compression libraries this machine has installed.
            "Accept-Encoding": "identity",
        }
    )
    session.auth = None
    session.proxies = {}
    return session


class IntakeClient:
    """Talks to one intake service. Safe to reuse; not shared between threads."""

    def __init__(
        self,
        endpoint: str,
        *,
        proxy: str | None = None,
        timeout: tuple[float, float] = DEFAULT_TIMEOUT,
        retries: int = DEFAULT_RETRIES,
        session: requests.Session | None = None,
        backoff: float = 0.5,
        max_backoff: float = 8.0,
        max_retry_after: float = MAX_RETRY_AFTER,
        ca_bundle: str | None = None,
    ) -> None:
        self.endpoint, self._loopback = _check_endpoint(endpoint)
        self._proxy = _check_proxy(proxy) if proxy else None
        self._timeout = timeout
        self._retries = max(0, retries)
        self._backoff = backoff
        self._max_backoff = max_backoff
        self._max_retry_after = max_retry_after
        # Verification is always on; only the set of trusted authorities can be changed
        # (a school that inspects HTTPS installs its own, named by REQUESTS_CA_BUNDLE).
        self._verify: str | bool = (
            ca_bundle
            or os.environ.get("REQUESTS_CA_BUNDLE")
            or os.environ.get("CURL_CA_BUNDLE")
            or True
        )
        self._session = configure_session(session or requests.Session())

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> IntakeClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def proxies_for(self, url: str) -> dict[str, str]:
        """The proxies a request to ``url`` goes through (none for this computer)."""
        if self._loopback:
            return {}
        if self._proxy is not None:
            return {"http": self._proxy, "https": self._proxy}
        return dict(requests.utils.get_environ_proxies(url, no_proxy=None))

    def submit(self, prepared: PreparedReport) -> Receipt:
        """Send the report; return the receipt to show and keep. ``prepared`` is not changed."""
        response = self._request(
            "POST",
            f"{protocol.API_PREFIX}/reports",
            body=prepared.body_bytes(),
            headers={
                "Content-Type": "application/json",
                protocol.IDEMPOTENCY_HEADER: prepared.idempotency_key,
            },
            suffix=_KEPT,
        )
        if response.status not in (200, 201):
            raise self._refusal(response, _KEPT)
        report_id = response.json.get("report_id") if isinstance(response.json, dict) else None
        if not isinstance(report_id, str) or not protocol.is_report_id(report_id):
            raise SubmissionError("server_error", MESSAGES["server_error"][0] + _KEPT)
        return Receipt(report_id, prepared.secret_key)

    def status(self, report_id: str, secret_key: SecretKey) -> ReportStatus:
        """Is the report still active? Refused identically for a wrong key or unknown report."""
        return self._keyed("GET", report_id, secret_key)

    def withdraw(self, report_id: str, secret_key: SecretKey) -> ReportStatus:
        """Withdraw the report: its fingerprints leave the platforms' list. Safe to repeat."""
        return self._keyed("DELETE", report_id, secret_key)

    def _keyed(self, method: str, report_id: str, secret_key: SecretKey) -> ReportStatus:
        try:
            canonical = parse_report_id(report_id)
        except ReceiptError as exc:
            raise SubmissionError("not_found_or_wrong_key", exc.message) from None
        response = self._request(
            method,
            f"{protocol.API_PREFIX}/reports/{canonical}",
            body=None,
            headers={"Authorization": f"{protocol.AUTH_SCHEME} {secret_key.authenticator()}"},
            suffix="",
        )
        if response.status == 404:
            raise SubmissionError("not_found_or_wrong_key", status=404)
        if response.status != 200:
            raise self._refusal(response, "")
        try:
            data = response.json
            state = data["state"]
            if state not in ("active", "withdrawn") or data["report_id"] != canonical:
                raise ValueError(state)
            return ReportStatus(
                report_id=canonical,
                state=state,
                items=int(data["items"]),
                received=datetime.date.fromisoformat(data["received"]),
            )
        except (KeyError, TypeError, ValueError):
            raise SubmissionError("server_error") from None

    @staticmethod
    def _refusal(response: _Response, suffix: str) -> SubmissionError:
        code = "rejected" if 400 <= response.status < 500 else "server_error"
        return SubmissionError(code, MESSAGES[code][0] + suffix, status=response.status)

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None,
        headers: dict[str, str],
        suffix: str,
    ) -> _Response:
        url = self.endpoint + path
        proxies = self.proxies_for(url)
        for attempt in range(self._retries + 1):
            last = attempt == self._retries
            wait: float | None = None
            try:
                response = self._once(method, url, body, headers, proxies)
            except requests.exceptions.SSLError:
                raise SubmissionError("tls") from None
            except requests.exceptions.ProxyError:
                error = SubmissionError("proxy", MESSAGES["proxy"][0] + suffix)
            except requests.exceptions.Timeout:
                error = SubmissionError("timeout", MESSAGES["timeout"][0] + suffix)
            except requests.exceptions.RequestException:
                error = SubmissionError("offline", MESSAGES["offline"][0] + suffix)
            else:
                if response.status == 429:
                    wait = _retry_after(response.headers.get("Retry-After"))
                    error = SubmissionError(
                        "rate_limited",
                        MESSAGES["rate_limited"][0] + suffix,
                        retry_after=wait,
                        status=429,
                    )
                    if wait is not None and wait > self._max_retry_after:
                        raise error
                elif response.status >= 500:
                    error = SubmissionError(
                        "server_error",
                        MESSAGES["server_error"][0] + suffix,
                        status=response.status,
                    )
                else:
                    return response
            if last:
                raise error
            time.sleep(max(wait or 0.0, self._delay(attempt)))
        raise AssertionError("unreachable")

    def _delay(self, attempt: int) -> float:
        ceiling: float = min(self._max_backoff, self._backoff * 2.0**attempt)
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def _once(
        self,
        method: str,
        url: str,
        body: bytes | None,
        headers: dict[str, str],
        proxies: dict[str, str],
    ) -> _Response:
        with self._session.request(
            method,
            url,
            data=body,
            headers=headers,
            timeout=self._timeout,
            proxies=proxies,
            verify=self._verify,
            allow_redirects=False,
            stream=True,
        ) as response:
            content = bytearray()
            for chunk in response.iter_content(64 * 1024):
                content += chunk
                if len(content) > MAX_RESPONSE_BYTES:
                    break
            parsed: Any = None
            if response.headers.get("Content-Type", "").startswith("application/json"):
                try:
                    parsed = json.loads(content)
                except ValueError:
                    parsed = None
            return _Response(response.status_code, response.headers, parsed)


@dataclass(frozen=True, slots=True)
class _Response:
    status: int
    headers: CaseInsensitiveDict[str]
    json: Any
