"""Strict validation of report bodies (Pydantic), mirroring the shipped JSON Schema.

``tests/intake`` checks that these models and ``report-v1.schema.json`` accept and refuse the
same bodies. Strict mode: no type coercion ("1" is not 1, 1 is not true), unknown fields and
explicit nulls are refused, hex must be lower case and of the exact length.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from takeitdown_desktop.submission import protocol

Hex16 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{16}$")]
Hex32 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
_STRICT = ConfigDict(extra="forbid", strict=True)
_IMAGE_ONLY = ("pdq", "pdq_dihedral", "phash", "dhash")


def _no_nulls(data: Any) -> Any:
    if isinstance(data, dict):
        for key, value in data.items():
            if value is None:
                raise ValueError(f"{key} may be left out, but not null")
    return data


class Pdq(BaseModel):
    model_config = _STRICT

    hash: Hex64
    quality: int = Field(ge=0, le=100)

    _nulls = model_validator(mode="before")(_no_nulls)


class Item(BaseModel):
    """One photo, video or other file: its media type and at least one digest."""

    model_config = _STRICT

    media_type: Literal["image", "video", "other"]
    md5: Hex32 | None = None
    sha256: Hex64 | None = None
    pdq: Pdq | None = None
    pdq_dihedral: list[Hex64] | None = Field(None, min_length=1, max_length=protocol.MAX_DIHEDRAL)
    phash: Hex16 | None = None
    dhash: Hex16 | None = None
    vpdq: list[Pdq] | None = Field(None, min_length=1, max_length=protocol.MAX_VPDQ_FRAMES)

    _nulls = model_validator(mode="before")(_no_nulls)

    @model_validator(mode="after")
    def _fits_media_type(self) -> Item:
        present = {name for name in type(self).model_fields if getattr(self, name) is not None}
        if present == {"media_type"}:
            raise ValueError("an item needs at least one digest")
        if self.media_type != "image" and present & set(_IMAGE_ONLY):
            raise ValueError("pdq, pdq_dihedral, phash and dhash are for images only")
        if self.media_type != "video" and self.vpdq is not None:
            raise ValueError("vpdq is for videos only")
        return self


class ReportIn(BaseModel):
    """The body of POST /v1/reports."""

    model_config = _STRICT

    # Not Literal[1] / Literal[True]: those accept True / 1, since True == 1 in Python.
    version: int = Field(ge=protocol.PROTOCOL_VERSION, le=protocol.PROTOCOL_VERSION)
    role: Literal["self", "trusted_adult", "professional"]
    attested_under_18: bool
    key_verifier: Hex64
    items: list[Item] = Field(min_length=1, max_length=protocol.MAX_ITEMS)

    _nulls = model_validator(mode="before")(_no_nulls)

    @model_validator(mode="after")
    def _attested(self) -> ReportIn:
        if self.attested_under_18 is not True:
            raise ValueError("attested_under_18 must be true")
        return self


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
