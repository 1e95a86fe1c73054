"""The shapes of the service's replies (Pydantic), for the OpenAPI document.

Report bodies are not validated here: ``takeitdown_protocol.validate.check_report`` checks
them against the protocol's field table, strictly and failing fast.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class StatusOut(BaseModel):
    """Reply to POST, GET and DELETE /v1/reports: nothing beyond this."""

    report_id: str = Field(examples=["7KQ2M9XD4TRA*"])
    state: Literal["active", "withdrawn"]
    items: int
    received: str = Field(description="The day (UTC) the report arrived, YYYY-MM-DD.")


class ErrorBody(BaseModel):
    code: str
    message: str
    details: list[dict[str, str]] | None = None


class ErrorOut(BaseModel):
    """Every 4xx/5xx reply."""

    error: ErrorBody
