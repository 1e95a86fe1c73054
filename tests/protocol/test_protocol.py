"""The shared protocol package: the field table, the validator and the JSON Schemas agree."""

from __future__ import annotations

import copy
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import takeitdown_protocol as protocol
from takeitdown_protocol import fields
from takeitdown_protocol.fields import DIGEST_FIELDS, Shape
from takeitdown_protocol.schemas import NAMES, generated, load_schema
from takeitdown_protocol.validate import MAX_PROBLEMS, check_report

VALIDATORS = {
    version: jsonschema.Draft202012Validator(load_schema(f"report-v{version}"))
    for version in protocol.REPORT_VERSIONS
}


def schema_accepts(body: Any) -> bool:
    return any(validator.is_valid(body) for validator in VALIDATORS.values())


def test_shipped_schemas_are_the_generated_ones() -> None:
    """Run `python -m takeitdown_protocol.schemas` after changing the field table."""
    for name, schema in generated().items():
        assert load_schema(name) == schema, name
    for name in NAMES:
        jsonschema.Draft202012Validator.check_schema(load_schema(name))


def test_every_field_has_one_row_and_fits_its_media_types() -> None:
    names = [field.name for field in DIGEST_FIELDS]
    assert len(names) == len(set(names))
    assert {"pdq_variants", "vpdq_variants"} <= set(names)
    for field in DIGEST_FIELDS:
        assert field.media_types <= set(protocol.MEDIA_TYPES)
        assert field.since in protocol.REPORT_VERSIONS
        assert (field.max_count > 1) == field.shape.is_list
    # Version 1 reports carry exactly the version 1 fields.
    assert [f.name for f in fields.fields_for("image", 1)] == [
        "md5", "sha256", "pdq", "pdq_dihedral", "phash", "dhash",
    ]  # fmt: skip
    assert [f.name for f in fields.fields_for("video", 2)] == [
        "md5", "sha256", "vpdq", "vpdq_variants",
    ]  # fmt: skip


HEX = {
    digits: st.text("0123456789abcdef", min_size=digits, max_size=digits) for digits in (16, 32, 64)
}
PDQ = st.fixed_dictionaries({"hash": HEX[64], "quality": st.integers(0, 100)})


def _value(field: fields.DigestField) -> st.SearchStrategy[Any]:
    entry = PDQ if field.shape.has_quality else HEX[field.digits]
    if field.shape.is_list:
        return st.lists(entry, min_size=1, max_size=min(field.max_count, 4))
    return entry


@st.composite
def good_items(draw: st.DrawFn, version: int) -> dict[str, Any]:
    media_type = draw(st.sampled_from(protocol.MEDIA_TYPES))
    allowed = fields.fields_for(media_type, version)
    chosen = draw(st.lists(st.sampled_from(allowed), min_size=1, unique=True))
    return {"media_type": media_type, **{f.name: draw(_value(f)) for f in chosen}}


@st.composite
def good_bodies(draw: st.DrawFn) -> dict[str, Any]:
    version = draw(st.sampled_from(protocol.REPORT_VERSIONS))
    return {
        "version": version,
        "role": draw(st.sampled_from([role.value for role in protocol.Role])),
        "attested_under_18": True,
        "key_verifier": draw(HEX[64]),
        "items": draw(st.lists(good_items(version), min_size=1, max_size=3)),
    }


ODD_VALUES = st.sampled_from(
    [None, True, False, 0, 1, 2, 3, -1, 101, 9.5, "", "A" * 32, "a" * 63, "1", [], {}, ["a" * 64]]
)


@st.composite
def mutated_bodies(draw: st.DrawFn) -> Any:
    """A good body with one thing changed: a value replaced, a key added or removed."""
    body = copy.deepcopy(draw(good_bodies()))
    item = draw(st.sampled_from(body["items"]))
    where = draw(st.sampled_from([body, item]))
    kind = draw(st.sampled_from(["replace", "add", "remove"]))
    names = [*where, *(f.name for f in DIGEST_FIELDS), "name", "hash", "quality"]
    key = draw(st.sampled_from(names))
    if kind == "remove":
        where.pop(key, None)
    else:
        where[key] = draw(ODD_VALUES | _value(fields.FIELDS.get(key, DIGEST_FIELDS[0])))
    return body


@settings(max_examples=400, deadline=None)
@given(good_bodies())
def test_good_bodies_pass_both(body: dict[str, Any]) -> None:
    assert check_report(body) == []
    assert VALIDATORS[body["version"]].is_valid(body)


@settings(max_examples=1500, deadline=None)
@given(mutated_bodies())
def test_validator_and_schemas_refuse_the_same_bodies(body: Any) -> None:
    assert (check_report(body) == []) == schema_accepts(body), body


def test_a_version_1_body_cannot_carry_variants() -> None:
    variant = {"hash": "a" * 64, "quality": 80}
    item = {"media_type": "image", "md5": "a" * 32, "pdq_variants": [variant]}
    body = {"version": 1, "role": "self", "attested_under_18": True, "key_verifier": "0" * 64}
    problems = check_report({**body, "items": [item]})
    assert [(p.where, p.problem) for p in problems] == [
        ("items[0].pdq_variants", "is not part of report version 1")
    ]
    assert check_report({**body, "version": 2, "items": [item]}) == []


def test_validation_fails_fast() -> None:
    """A list over its limit is refused before any entry is read, and at most MAX_PROBLEMS
    problems are collected however many there are."""
    body: dict[str, Any] = {
        "version": 2,
        "role": "self",
        "attested_under_18": True,
        "key_verifier": "0" * 64,
        "items": [{"media_type": "video", "vpdq": [{"hash": "x", "quality": -1}] * 300_000}],
    }
    problems = check_report(body)
    assert [p.where for p in problems] == ["items[0].vpdq"]
    assert "1 to 20000" in problems[0].problem
    body["items"][0]["vpdq"] = [{"hash": "x", "quality": -1}] * protocol.MAX_VPDQ_FRAMES
    problems = check_report(body)
    assert len(problems) == MAX_PROBLEMS
    assert problems[0].where == "items[0].vpdq[0].hash"


def test_digests_are_counted_and_listed_in_table_order() -> None:
    item = {
        "media_type": "image",
        "sha256": "1" * 64,
        "pdq": {"hash": "2" * 64, "quality": 90},
        "pdq_dihedral": ["3" * 64, "4" * 64],
        "pdq_variants": [{"hash": "5" * 64, "quality": 60}],
    }
    assert fields.count_digests(item) == 5
    listed = [(f.name, f.signal, h[0], q) for f, h, q in fields.item_digests(item)]
    assert listed == [
        ("sha256", "sha256", "1", None),
        ("pdq", "pdq", "2", 90),
        ("pdq_dihedral", "pdq", "3", None),
        ("pdq_dihedral", "pdq", "4", None),
        ("pdq_variants", "pdq", "5", 60),
    ]
    assert all(f.shape is not Shape.HEX or not f.shape.is_list for f in DIGEST_FIELDS)


@pytest.mark.parametrize("version", protocol.REPORT_VERSIONS)
def test_limits_are_the_schemas(version: int) -> None:
    schema = load_schema(f"report-v{version}")
    assert schema["properties"]["items"]["maxItems"] == protocol.MAX_ITEMS
    properties = schema["$defs"]["item"]["properties"]
    for field in fields.DIGEST_FIELDS:
        if field.since <= version and field.shape.is_list:
            assert properties[field.name]["maxItems"] == field.max_count
        elif field.since > version:
            assert field.name not in properties
