"""Units change for the whole city, not per plan: one file of a workspace records them for all.

A workspace (`plans/<name>/phu_luc_01.yaml`, see app/workspace.py) keeps its unit changes in
`plans/don_vi_thay_doi.yaml`: a `units:` list in the catalog's own format. An entry whose `id` a
plan's catalog has changes only the fields it writes (`valid_to`, `successor`, an address …);
an entry with a `name` the catalog lacks is added (the ward a merger made, a department's new
name). Every plan of the workspace reads the file, so a merger recorded once holds for 2023,
2024 and 2025 alike. A plan's own catalog may not say otherwise: a `valid_from`, `valid_to` or
`successor` in it that the file does not say the same is an error pointing at the file, so a
change recorded in one plan only cannot pass unnoticed. A registry outside a workspace
(`--registry PATH`, `data/phu_luc_01.yaml`) reads no such file and behaves as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cds_tracker.core.errors import Finding, Msg, Problem, msg, os_reason
from cds_tracker.core.files import read_regular
from cds_tracker.core.records import Unit

FILE_NAME = "don_vi_thay_doi.yaml"
REGISTRY_NAME = "phu_luc_01.yaml"
PLANS = "plans"
AT = "@changes"  # first step of the path of a finding located in the changes file
TIMED = ("valid_from", "valid_to", "successor")
MERGED_INTO = "merged_into"  # the other spelling of `successor` (see `spelled_successor`)
MERGED = "merged"  # the record's field saying `merged_into` was written (never a file's key)


def changes_path(registry: Path) -> Path | None:
    """The changes file that applies to the registry at `registry`: only a plan of a workspace
    (`…/plans/<name>/phu_luc_01.yaml`) has one, whether or not it was written yet."""
    if registry.name != REGISTRY_NAME or registry.parent.parent.name != PLANS:
        return None
    return registry.parent.parent / FILE_NAME


def changes_bytes(registry: Path) -> bytes:
    """The changes file's bytes (empty when there is none): part of a plan's cache key."""
    path = changes_path(registry)
    if path is None or (not path.exists() and not path.is_symlink()):
        return b""
    try:
        return read_regular(path, follow_links=False)
    except OSError:
        return b"\0unreadable"  # never equal to a readable file's key; loading reports it


class Changes:
    """The workspace's changes as read: entries by id, with the text to locate problems in.

    (A plain class, not a dataclass: a warm start imports this module for `changes_path`, and
    a dataclass compiles its methods at every start, ~0.5 ms.)"""

    def __init__(self, display: str) -> None:
        self.display = display
        self.text = ""
        self.entries: list[tuple[int, dict[str, Any]]] = []
        self.problems: list[Problem] = []  # the file cannot be read at all
        self.findings: list[Finding] = []  # its shape is wrong (paths: AT, …)
        # Units whose valid_from/valid_to was refused: still checked (a looping or collective
        # successor is reported in the same run), only without the checks that need the day.
        self.undated: set[str] = set()
        # unit id → the names (folded) an entry writes for it, `name` and `aliases`
        self.names: dict[str, set[str]] = {}


def read_changes(registry: Path, display: str) -> Changes | None:
    """The changes of the workspace around `registry` (None outside a workspace); a file that
    cannot be read or is not a list of units gives problems located in it."""
    from cds_tracker.registry.yamlio import YamlFault, decode, parse

    path = changes_path(registry)
    if path is None:
        return None
    shown = str(Path(display).parent.parent / FILE_NAME)
    changes = Changes(shown)
    if not path.exists() and not path.is_symlink():
        return changes
    try:
        # Never through a link, as progress files (progress/files.py): a link to another
        # workspace's file would apply its changes here, one to any file would be quoted in
        # the problem its first line makes; a dangling one read as "no changes" in silence.
        raw = read_regular(path, follow_links=False)
        changes.text = decode(raw)
        data = parse(changes.text)
    except OSError as exc:
        changes.problems.append(
            Problem(shown, 1, 1, msg("load.cannot_read", reason=os_reason(exc)))
        )
        return changes
    except YamlFault as fault:
        where = fault.where
        changes.problems.append(Problem(shown, where.line, where.col, where.message, where.hint))
        return changes
    if data is None:
        return changes
    units = data.get("units") if isinstance(data, dict) else None
    if not isinstance(data, dict) or set(data) - {"units"} or not isinstance(units, list):
        changes.findings.append(Finding((AT,), msg("changes.not_units"), msg("changes.hint.shape")))
        return changes
    first: dict[str, int] = {}  # unit id → its first entry: a second one is an error
    for i, item in enumerate(units):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            if item["id"] in first:
                said = msg("changes.unit_twice", unit=item["id"], entry=first[item["id"]] + 1)
                hint = msg("changes.hint.unit_twice")
                changes.findings.append(Finding((AT, "units", i, "id"), said, hint))
                continue  # not applied: which of the two is meant is for a person to say
            first[item["id"]] = i
            changes.entries.append((i, item))
        else:
            changes.findings.append(
                Finding(
                    (AT, "units", i), msg("changes.entry_without_id"), msg("changes.hint.shape")
                )
            )
    return changes


def spelled_successor(item: Any, path: Any) -> tuple[Any, list[Finding]]:
    """A catalog entry with `merged_into` read as `successor`: one field, two spellings (a rename
    is written `successor`, a merger often `merged_into`). The unit record has `successor`, and
    `merged` set when the file wrote `merged_into`: what the clerk chose to write is said, a
    merger always a merger (`successor` alone: a rename or a merger by succession.is_rename's
    rule). `merged` is the record's, never the file's: written, it is an unknown key. Positions
    of a problem with `successor` point at whichever key the file wrote (yamlio). Both written
    with one value is that value; with two, a problem at `merged_into`."""
    if not isinstance(item, dict) or (MERGED_INTO not in item and MERGED not in item):
        return item, []
    spelled = {k: v for k, v in item.items() if k not in (MERGED_INTO, MERGED)}
    found: list[Finding] = []
    if MERGED in item:
        found.append(
            Finding(
                (*path, MERGED),
                msg("load.unknown_key", key=MERGED),
                msg("hint.did_you_mean", options=f"'{MERGED_INTO}'"),
                at_key=True,
            )
        )
    if MERGED_INTO not in item:
        return spelled, found
    spelled[MERGED] = True
    other = spelled.setdefault("successor", item[MERGED_INTO])
    if other == item[MERGED_INTO]:
        return spelled, found
    unit = item.get("id")
    finding = Finding(
        (*path, MERGED_INTO),
        msg(
            "rule.successor_twice",
            unit=unit if isinstance(unit, str) else "?",
            successor=other,
            merged_into=item[MERGED_INTO],
        ),
        msg("rule.hint.successor_twice"),
        at_key=True,
    )
    return spelled, [*found, finding]


def as_written(findings: list[Finding], raw: Any) -> list[Finding]:
    """The record's findings about `successor`, for an entry that wrote `merged_into` only,
    naming the key the file wrote ("'merged_into': must be text")."""
    if not isinstance(raw, dict) or MERGED_INTO not in raw or "successor" in raw:
        return findings
    return [_respelt(finding) for finding in findings]


def _respelt(finding: Finding) -> Finding:
    message = finding.message
    if not finding.path or finding.path[-1] != "successor" or not isinstance(message, Msg):
        return finding
    values = tuple((k, MERGED_INTO if v == "successor" else v) for k, v in message.values)
    return finding._replace(message=Msg(message.key, values))


def apply(
    changes: Changes, catalog_items: list[Any], units: list[tuple[Any, Unit]]
) -> tuple[list[tuple[Any, Unit]], list[Finding]]:
    """The plan's units with the workspace's changes applied, and the findings: those in the
    changes file have paths starting with AT, those in the plan's catalog the catalog's paths.

    `catalog_items` are the catalog's raw entries (to merge a change with the entry it changes),
    `units` the plan's checked units with their paths."""
    from cds_tracker.registry.loading import validate_model

    raw_by_id = {
        item["id"]: item
        for item in catalog_items
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    }
    findings: list[Finding] = []
    changed: dict[str, tuple[Any, Unit]] = {}
    for i, entry in changes.entries:
        path = (AT, "units", i)
        base = raw_by_id.get(entry["id"])
        if base is None and "name" not in entry:
            continue  # a change to a unit this plan never named: nothing to apply
        spelled, twice = spelled_successor(entry, path)
        base, _ = spelled_successor(base, ())  # the plan's catalog is checked on its own
        # The file alone says when a unit lived and who took over: a day or a successor written
        # only in the plan must not pass into the merged unit (it is compared with it below).
        kept = {k: v for k, v in (base or {}).items() if k not in (*TIMED, MERGED)}
        written = {**kept, **spelled}
        unit, found = validate_model(Unit, written, path)
        findings += twice + as_written(found, entry)
        bad_days = {f.path[-1] for f in found if f.path and f.path[-1] in TIMED[:2]}
        if unit is None and bad_days:  # the rest of the unit is checked without those days
            unit, _ = validate_model(
                Unit, {k: v for k, v in written.items() if k not in bad_days}, path
            )
            if unit is not None:
                changes.undated.add(unit.id)
        if unit is not None:
            changed[unit.id] = (path, unit)
            changes.names[unit.id] = _names_written(spelled)
    merged: list[tuple[Any, Unit]] = []
    for path, unit in units:
        now = changed.pop(unit.id, None)
        after = now[1] if now is not None else None
        for key in TIMED:
            if unit.id in changes.undated and key != "successor":
                continue  # the file's day was refused already: no second finding about it
            mine = getattr(unit, key)
            if mine is not None and mine != (getattr(after, key) if after else None):
                said = _disagrees(path, unit, key, mine, changes.display)
                findings += as_written([said], raw_by_id.get(unit.id))  # the key it wrote
                break
        merged.append(now if now is not None else (path, unit))
    merged += changed.values()
    return merged, findings


def _names_written(entry: dict[str, Any]) -> set[str]:
    """The names (folded) an entry of the changes file writes: its `name`, its `aliases`."""
    from cds_tracker.core.text import fold

    aliases = entry.get("aliases")
    names = [entry.get("name"), *(aliases if isinstance(aliases, list) else ())]
    return {fold(n) for n in names if isinstance(n, str)}


def applied(
    changes: Changes, data: Any, units: list[tuple[Any, Unit]]
) -> tuple[list[tuple[Any, Unit]], list[Finding]]:
    """`apply` to a plan's data as parsed (`data`): its catalog's raw entries found in it."""
    catalog = data.get("catalog") if isinstance(data, dict) else None
    items = catalog.get("units") if isinstance(catalog, dict) else None
    return apply(changes, items if isinstance(items, list) else [], units)


def catalog_units(data: Any, registry: Path, display: str) -> tuple[Unit, ...]:
    """The units of the plan at `registry` (its data as parsed: `data`) as every command reads
    them: its catalog with the workspace's changes applied as the loader applies them
    (registry/loading.py `checked`), the ward a merger made — known to this file alone — among
    them. For what names a plan's units from its data without loading it (`cds diff`): each
    unit said by its catalogue name, never by its id (clerk20 F3). A unit, or a changes file,
    that cannot be read adds nothing here: loading the plan says why."""
    from cds_tracker.registry.loading import split_catalog
    from cds_tracker.registry.rules import Parts

    parts = Parts()
    catalog = data.get("catalog") if isinstance(data, dict) else None
    if isinstance(catalog, dict):
        split_catalog(catalog, parts)
    changes = read_changes(registry, display)
    if changes is not None and not changes.problems:
        parts.units, _ = applied(changes, data, parts.units)
    return tuple(unit for _, unit in parts.units)


def _disagrees(path: Any, unit: Unit, key: str, value: str, display: str) -> Finding:
    if key != "successor":  # a day, shown as people write it
        value = "/".join(reversed(value.split("-")))
    return Finding(
        (*path, key),
        msg("changes.plan_disagrees", unit=unit.id, key=key, value=value, file=display),
        msg("changes.hint.record_once", file=display),
        at_key=True,
    )


# How a ward's or a commune's name begins (folded): since 01/7/2025 many were merged into new
# ones, which a plan's table names before the workspace's changes file knows them.
_LOCAL = ("phuong ", "xa ", "thi tran ", "ubnd phuong ", "ubnd xa ", "ubnd thi tran ")


def merger_hint(name: str, file: str) -> Msg | None:
    """For a name no unit has that names a ward or a commune ('Phường Tân Hưng'), in a plan of
    a workspace: the hint to record the merger that made it in the changes file `file` (where a
    new unit of the city goes, for every plan), with the lines to write; None for another name.
    Said by `validate` (registry/rules_assignments.py) and by `cds import` (app/importing.py)."""
    import re

    from cds_tracker.core.text import fold

    folded = fold(name)
    if not folded.startswith(_LOCAL):
        return None
    bare = folded.removeprefix("ubnd ")
    unit_id = re.sub(r"[^a-z0-9]+", "-", bare).strip("-")
    return msg("changes.hint.new_unit", file=file, id=unit_id, name=" ".join(name.split()))
