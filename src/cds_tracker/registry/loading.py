"""The one way into a registry: read → parse → check each record → run the rules → locate.

`load_registry` never raises for bad data; it returns the registry (None when anything is wrong)
and every problem found, each with its file, line and column.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from cds_tracker.core import records
from cds_tracker.core.errors import Finding, Msg, MsgError, Problem, msg, os_reason
from cds_tracker.core.files import read_regular
from cds_tracker.core.records import Catalog, Document, Group, Registry, Target, Unit, is_record
from cds_tracker.core.text import did_you_mean, fold
from cds_tracker.registry.fast_records import fast_record
from cds_tracker.registry.rules import Parts, check
from cds_tracker.registry.rules_plans import year_of_folder
from cds_tracker.registry.unit_changes import (
    AT,
    Changes,
    applied,
    as_written,
    read_changes,
    spelled_successor,
)
from cds_tracker.registry.yamlio import PathKey, Positions, YamlFault, decode, parse

M = TypeVar("M")


@dataclass(frozen=True)
class LoadResult:
    path: Path
    registry: records.Registry | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def load_registry(path: Path, *, display: str | None = None) -> LoadResult:
    """Load and check a registry file; `display` is how the path is shown in problems."""
    shown = display if display is not None else str(path)
    try:
        raw = read_regular(path)
    except OSError as exc:
        problem = Problem(shown, 1, 1, msg("load.cannot_read", reason=os_reason(exc)))
        return LoadResult(path, None, (problem,))
    return load_registry_bytes(raw, path=path, display=shown)


def load_registry_bytes(raw: bytes, *, path: Path, display: str) -> LoadResult:
    try:
        text = decode(raw)
        data = parse(text)
    except YamlFault as fault:
        return LoadResult(path, None, (fault_problem(fault, raw, display),))
    from cds_tracker.registry.long_values import long_problems, long_values

    if too_long := long_values(data):  # before the rules and ruamel: a minute for 7.8 MB
        return LoadResult(path, None, long_problems(too_long, text, display))
    parts, findings, changes = checked(data, path, display)
    if changes is not None and changes.problems:
        return LoadResult(path, None, tuple(changes.problems))
    if findings:
        return LoadResult(path, None, _locate_both(findings, text, display, changes))
    return LoadResult(path, registry_of(parts), ())


def checked(
    data: Any, path: Path, display: str, *, filed: bool = True
) -> tuple[Parts, list[Finding], Changes | None]:
    """The registry's records and every rule's finding, each at its path in `data`; a plan of a
    workspace (`path`) with the workspace's unit changes applied (their own problems returned
    in `Changes`, the rules not run); with `filed`, its year is its folder's. `cds import`
    checks what it is about to write with it."""
    parts, findings = split(data)
    changes = read_changes(path, display)
    if changes is not None:  # a plan of a workspace: the workspace's unit changes apply
        if changes.problems:
            return parts, findings, changes
        findings += changes.findings
        parts.units, found = applied(changes, data, parts.units)
        parts.declared_unit_ids |= {unit.id for _, unit in parts.units}
        parts.undated = changes.undated
        parts.changes_file = changes.display
        parts.changes_names = changes.names
        findings += found
    findings += check(parts)
    if filed:
        findings += year_of_folder(path, parts)
    return parts, findings, changes


def registry_of(parts: Parts) -> Registry:
    """The registry of records `checked` found no fault in."""
    assert parts.document is not None
    return Registry(
        parts.document,
        Catalog(parts.official_titles, tuple(u for _, u in parts.units)),
        tuple(g for _, g in parts.groups),
    )


def _locate_both(
    findings: list[Finding], text: str, display: str, changes: Changes | None
) -> tuple[Problem, ...]:
    """Findings in the registry, then those in the workspace's changes file (paths from AT)."""
    if changes is None:
        return locate(findings, text, display)
    mine = [f for f in findings if not (f.path and f.path[0] == AT)]
    theirs = [f._replace(path=f.path[1:]) for f in findings if f.path and f.path[0] == AT]
    located = locate(mine, text, display) if mine else ()
    return located + (locate(theirs, changes.text, changes.display) if theirs else ())


def fault_problem(fault: YamlFault, raw: bytes, display: str) -> Problem:
    """A file that is not YAML at all: one problem where the parser stopped."""
    where = fault.where
    excerpt = _line(raw.decode("utf-8", errors="replace"), where.line)
    return Problem(display, where.line, where.col, where.message, where.hint, excerpt=excerpt)


def split(data: Any) -> tuple[Parts, list[Finding]]:
    """Check each record on its own, so one broken target does not hide the others' problems."""
    parts = Parts()
    findings: list[Finding] = []
    if data is None:
        return parts, [Finding((), msg("load.empty"))]
    if not isinstance(data, dict):
        return parts, [Finding((), msg("load.not_mapping"))]
    findings += _keys(data, (), Registry)
    if "document" in data:
        parts.document, found = validate_model(Document, data["document"], ("document",))
        findings += found
    catalog = data.get("catalog")
    if isinstance(catalog, dict):
        findings += split_catalog(catalog, parts)
    elif "catalog" in data:
        findings.append(
            Finding(
                ("catalog",),
                msg("load.catalog_not_mapping"),
                at_key=True,
            )
        )
    for g, group_data in _items(data.get("groups"), ("groups",), findings):
        findings += _split_group(("groups", g), group_data, parts)
    marks = data.get("needs_review", [])
    if isinstance(marks, list) and all(isinstance(m, str) for m in marks):
        parts.needs_review = tuple(marks)
    else:
        findings.append(Finding(("needs_review",), msg("load.review_not_list"), at_key=True))
    return parts, findings


def split_catalog(catalog: dict[Any, Any], parts: Parts) -> list[Finding]:
    """The catalog's units that pass their check, into `parts` (also unit_changes.catalog_units)."""
    findings = _keys(catalog, ("catalog",), Catalog)
    titles = catalog.get("official_titles", [])
    if isinstance(titles, list) and all(isinstance(t, str) for t in titles):
        parts.official_titles = tuple(titles)
    elif "official_titles" in catalog:
        findings.append(Finding(("catalog", "official_titles"), msg("load.titles_not_list")))
    for i, item in _items(catalog.get("units"), ("catalog", "units"), findings):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            parts.declared_unit_ids.add(item["id"])
        spelled, twice = spelled_successor(item, ("catalog", "units", i))
        unit, found = validate_model(Unit, spelled, ("catalog", "units", i))
        findings += twice + as_written(found, item)
        if unit is not None:
            parts.units.append((("catalog", "units", i), unit))
        elif isinstance(item, dict):
            names = [item.get("name"), *(item.get("aliases") or [])]
            parts.invalid_unit_names |= {fold(n) for n in names if isinstance(n, str)}
    return findings


def _split_group(gpath: PathKey, group_data: Any, parts: Parts) -> list[Finding]:
    if not isinstance(group_data, dict):
        return [Finding(gpath, msg("load.group_not_mapping"))]
    header, findings = validate_model(Group, {**group_data, "targets": []}, gpath)
    targets = []
    for t, target_data in _items(group_data.get("targets"), (*gpath, "targets"), findings):
        if isinstance(target_data, dict) and isinstance(target_data.get("id"), str):
            parts.declared_target_ids.add(target_data["id"])
        target, found = validate_model(Target, target_data, (*gpath, "targets", t))
        findings += [_tag(f, target_data) for f in found]
        if target is not None:
            targets.append(target)
            if header is not None:
                parts.targets.append(((*gpath, "targets", t), header.id, target))
    if header is not None:
        parts.groups.append((gpath, header._replace(targets=tuple(targets))))
    return findings


def _items(value: Any, path: PathKey, findings: list[Finding]) -> list[tuple[int, Any]]:
    if value is None:
        return []
    if not isinstance(value, list):
        findings.append(Finding(path, msg("load.not_list", name=path[-1]), at_key=True))
        return []
    return list(enumerate(value))


def _tag(finding: Finding, target_data: Any) -> Finding:
    if isinstance(target_data, dict) and isinstance(target_data.get("id"), str):
        return finding._replace(target=target_data["id"])
    return finding


def _keys(data: dict[Any, Any], path: PathKey, model: type[Any]) -> list[Finding]:
    allowed = list(model._fields)
    findings = [
        Finding(
            (*path, key),
            msg("load.unknown_key", key=key),
            did_you_mean(str(key), allowed),
            at_key=True,
        )
        for key in data
        if key not in allowed
    ]
    findings += [
        Finding(path, msg("load.missing_key", key=name), at_key=True)
        for name in model._fields
        if name not in model._field_defaults and name not in data
    ]
    return findings


def validate_model(model: type[M], data: Any, path: PathKey) -> tuple[M | None, list[Finding]]:
    """`data` as a `model` record, or the located findings that say why it is not one.

    Certainly valid data is made into its record without pydantic (`fast_records`: the same
    record, proven by tests/test_fast_records.py); pydantic checks the rest and words errors."""
    made: M | None = fast_record(model, data)
    if made is not None:
        return made, []
    from pydantic import ValidationError

    from cds_tracker.registry.models import validate

    try:
        return validate(model, data), []
    except ValidationError as exc:
        findings = [_finding(model, error, path) for error in exc.errors()]
    # A misspelt key is reported as unknown with a hint; it need not also be reported as missing.
    suggested = {f.hint for f in findings if _key(f) == "load.unknown_key"}
    return None, [
        f
        for f in findings
        if not (
            _key(f) == "load.missing_key"
            and isinstance(f.message, Msg)
            and msg("hint.did_you_mean", options=f"'{dict(f.message.values)['key']}'") in suggested
        )
    ]


def _key(finding: Finding) -> str | None:
    return finding.message.key if isinstance(finding.message, Msg) else None


def _finding(model: type[Any], error: Any, path: PathKey) -> Finding:
    loc = tuple(error["loc"])
    kind = error["type"]
    name = str(loc[-1]) if loc else model.__name__.lower()
    if kind in ("extra_forbidden", "unexpected_keyword_argument"):
        allowed = _fields_at(model, loc[:-1])
        return Finding(
            (*path, *loc),
            msg("load.unknown_key", key=name),
            did_you_mean(name, allowed),
            at_key=True,
        )
    if kind == "missing":
        return Finding((*path, *loc[:-1]), msg("load.missing_key", key=name), at_key=True)
    if kind == "literal_error":
        options = [o.strip(" '") for o in error["ctx"]["expected"].replace(" or ", ",").split(",")]
        options = [o for o in options if o]
        value = error["input"]
        return Finding(
            (*path, *loc),
            msg("load.not_one_of", name=name, options=", ".join(options), value=value),
            did_you_mean(str(value), options),
        )
    if kind == "string_pattern_mismatch" and name == "id" and model.__name__ == "ProgressEntry":
        # An entry's id has its own rule (core/entries.py), not the registry's: 'bao-cao-1'
        # told "lowercase, digits and hyphens" could not see what to change (attack 17 a17_04).
        return Finding(
            (*path, *loc),
            msg("load.bad_entry_id", value=error["input"]),
            msg("load.hint.entry_id"),
        )
    if kind == "string_pattern_mismatch" and name == "id":
        return Finding((*path, *loc), msg("load.bad_id", value=error["input"]))
    cause = error.get("ctx", {}).get("error")
    if isinstance(cause, MsgError) and cause.msg.key in _SAYS_ITS_FIELD:
        # "Hạn (ngày/tháng) '2023-13' …": no 'due':, and what to write instead
        return Finding((*path, *loc), cause.msg, msg("model.hint.due"))
    if isinstance(cause, MsgError):
        said = msg("load.field", name=name, problem=cause.msg)
        hint = _due_hint(cause.msg) or _until_hint(loc) or _unit_hint(model, name)
        return Finding((*path, *loc), said, hint)
    from cds_tracker.registry.pydantic_words import pydantic_words

    problem, hint = pydantic_words(model, error)  # every pydantic error type, in words
    said = msg("load.field", name=name, problem=problem)
    return Finding((*path, *loc), said, hint or _unit_hint(model, name))


def _unit_hint(model: type[Any], name: str) -> Msg | None:
    """What a unit's day or successor takes, under one that is none ('valid_to: 31/02/2023',
    'merged_into: [a, b]'): a day that exists, one unit's id (attack 17, minor)."""
    if model.__name__ != "Unit":
        return None
    if name in ("valid_from", "valid_to"):
        return msg("load.hint.unit_day")
    return msg("load.hint.successor") if name == "successor" else None


_SAYS_ITS_FIELD = frozenset({"model.not_month", "model.due_moment"})


def _until_hint(loc: tuple[Any, ...]) -> Msg | None:
    """What a `before` (or `lead_before`) entry's `until` is, under one that is no day: the
    date of the revision that changed the cells (registry/revision_checks.py)."""
    dated = len(loc) >= 3 and loc[-1] == "until" and loc[-3] in ("before", "lead_before")
    return msg("rule.hint.until_written") if dated else None


def _due_hint(said: Msg) -> Msg | None:
    """The forms a deadline's `due` takes, under a day that does not exist ('2024-02-30':
    `date.because` of `model.not_month`)."""
    first = dict(said.values).get("said") if said.key == "date.because" else None
    due = isinstance(first, Msg) and first.key in _SAYS_ITS_FIELD
    return msg("model.hint.due") if due else None


def _fields_at(model: type[Any], loc: Sequence[Any]) -> list[str]:
    current: type[Any] | None = model
    for step in loc:
        if current is None:
            return []
        if isinstance(step, int):
            continue
        annotation = typing.get_type_hints(current, include_extras=True).get(str(step))
        current = _submodel(annotation) if annotation is not None else None
    from cds_tracker.registry.models import field_names

    return field_names(current) if current is not None else []


def _submodel(annotation: Any) -> type[Any] | None:
    if is_record(annotation):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated or origin in (tuple, list, types.UnionType, typing.Union):
        for arg in typing.get_args(annotation):
            found = _submodel(arg)
            if found is not None:
                return found
    return None


def locate(findings: list[Finding], text: str, display: str) -> tuple[Problem, ...]:
    """Turn paths into line:col (only now: the round-trip parse is slow) and sort by position."""
    positions = Positions(text)
    lines = text.splitlines() if findings else []  # once: a file with n problems split n times was
    problems = []  # quadratic (2,000 entries of a merged unit: 2 s of splitting)
    for finding in findings:
        line, col = positions.locate(finding.path, at_key=finding.at_key)
        excerpt = lines[line - 1] if 0 < line <= len(lines) else ""
        if finding.needle and finding.needle in excerpt[col - 1 :]:
            col = excerpt.index(finding.needle, col - 1) + 1
        problems.append(
            Problem(display, line, col, finding.message, finding.hint, finding.target, excerpt)
        )
    return tuple(sorted(dict.fromkeys(problems), key=lambda p: (p.line, p.col)))


def _line(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line - 1] if 0 < line <= len(lines) else ""
