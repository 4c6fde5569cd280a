"""Progress files: where they live, reading and checking them.

Checking a file needs pydantic only for entries that the fast check (`entry_check`) is not sure
of, so the modules that build pydantic classes are imported only then.

Layout: beside the registry, a `progress/` folder with one file per reporting unit, named by the
unit's id (`progress/phong-y-te.yaml`), each a YAML sequence of entries. One file per unit keeps
writers apart, and entries are only ever appended, so git's union merge combines two branches'
additions without conflict.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_tracker.domain import Entry, Registry
from cds_tracker.entry_check import fast_entry
from cds_tracker.errors import Finding, Problem
from cds_tracker.layout import HEADER, PROGRESS_DIR, progress_dir, progress_file, progress_files
from cds_tracker.text import did_you_mean
from cds_tracker.units import UnitIndex
from cds_tracker.yamlio import YamlFault, decode, parse

if TYPE_CHECKING:
    from cds_tracker.models import ProgressEntry
    from cds_tracker.queries import Tracker

__all__ = ["HEADER", "PROGRESS_DIR", "progress_dir", "progress_file", "progress_files"]


@dataclass(frozen=True)
class ProgressLoad:
    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...]


def load_progress(
    registry: Registry,
    files: Sequence[Path],
    *,
    display: Any = str,
    read: Callable[[Path], bytes] = Path.read_bytes,
) -> ProgressLoad:
    """Every entry of every file, and every problem: a bad entry never hides the others'."""
    from cds_tracker.loader import fault_problem, locate

    index = UnitIndex(registry.catalog.units, registry.catalog.official_titles)
    targets = {t.id: t for _, t in registry.targets()}
    entries: list[Entry] = []
    problems: list[Problem] = []
    located: list[tuple[Path, str, list[tuple[int, Entry]]]] = []
    for path in files:
        shown = display(path)
        try:
            raw = read(path)
        except OSError as exc:
            problems.append(Problem(shown, 1, 1, f"cannot read file: {exc.strerror or exc}"))
            continue
        try:
            text = decode(raw)
            data = parse(text)
        except YamlFault as fault:
            problems.append(fault_problem(fault, raw, shown))
            continue
        good, findings = check_items(path, data, index, targets)
        located.append((path, text, good))
        entries += [entry for _, entry in good]
        if findings:
            problems += locate(findings, text, shown)
    problems += _cross_file(located, display)
    return ProgressLoad(tuple(entries), tuple(problems))


def check_items(
    path: Path, data: Any, index: UnitIndex, targets: dict[str, Any]
) -> tuple[list[tuple[int, Entry]], list[Finding]]:
    unit_id = path.stem
    good: list[tuple[int, Entry]] = []
    findings: list[Finding] = []
    if unit_id not in index.units:
        findings.append(
            Finding(
                (),
                f"file name '{path.name}' is not a unit id",
                did_you_mean(unit_id, list(index.units)),
            )
        )
    if data is None:
        return good, findings
    if not isinstance(data, list):
        return good, [
            *findings,
            Finding((), "a progress file must be a list of entries (lines starting with '- ')"),
        ]
    for i, item in enumerate(data):
        entry: Entry | None = fast_entry(item)
        if entry is None:
            from cds_tracker.loader import validate_model
            from cds_tracker.models import ProgressEntry

            model, found = validate_model(ProgressEntry, item, (i,))
            findings += found
            if model is None:
                continue
            entry = model.domain()
        findings += [
            Finding((i, *f.path), f.message, f.hint, entry.target, f.at_key)
            for f in _check_entry(entry, unit_id, index, targets)
        ]
        good.append((i, entry))
    return good, findings


def _check_entry(
    entry: Entry, file_unit: str, index: UnitIndex, targets: dict[str, Any]
) -> Iterable[Finding]:
    target = targets.get(entry.target)
    if target is None:
        yield Finding(
            ("target",),
            f"unknown target '{entry.target}'",
            did_you_mean(entry.target, list(targets)),
        )
    if entry.unit not in index.units:
        yield Finding(
            ("unit",), f"unknown unit '{entry.unit}'", did_you_mean(entry.unit, list(index.units))
        )
    elif entry.unit != file_unit:
        yield Finding(
            ("unit",),
            f"entry of unit '{entry.unit}' in the file of '{file_unit}'",
            f"move it to progress/{entry.unit}.yaml",
        )
    if entry.day > entry.written_at.date():
        yield Finding(
            ("date",),
            f"entry is dated {entry.day.strftime('%d/%m/%Y')}, after it was "
            f"written ({entry.written_at.strftime('%d/%m/%Y')})",
        )
    if target is not None:
        keys = [i.key for i in target.indicators]
        for key, value in entry.values.items():
            if key not in keys:
                yield Finding(
                    ("values", key),
                    f"target {target.id} has no indicator '{key}'",
                    did_you_mean(key, keys)
                    or (
                        f"its indicators: {', '.join(keys)}"
                        if keys
                        else "this target has no indicators"
                    ),
                    at_key=True,
                )
            elif not 0 <= value <= 100 and _unit_of(target, key) == "%":
                yield Finding(("values", key), f"value {value:g} for '{key}' is outside 0–100")


def _unit_of(target: Any, key: str) -> str:
    return next((i.unit for i in target.indicators if i.key == key), "")


def _cross_file(
    located: list[tuple[Path, str, list[tuple[int, Entry]]]], display: Any
) -> list[Problem]:
    """Ids unique across files; a correction points at an entry of the same target and unit."""
    from cds_tracker.loader import locate

    by_id: dict[str, Entry] = {}
    findings: dict[Path, list[Finding]] = {}
    for path, _, good in located:
        for i, entry in good:
            if entry.id in by_id:
                findings.setdefault(path, []).append(
                    Finding((i, "id"), f"duplicate entry id '{entry.id}'", target=entry.target)
                )
            by_id.setdefault(entry.id, entry)
    for path, _, good in located:
        for i, entry in good:
            if entry.corrects is None:
                continue
            original = by_id.get(entry.corrects)
            if original is None:
                findings.setdefault(path, []).append(
                    Finding(
                        (i, "corrects"),
                        f"corrects unknown entry '{entry.corrects}'",
                        target=entry.target,
                    )
                )
            elif (original.target, original.unit) != (entry.target, entry.unit):
                findings.setdefault(path, []).append(
                    Finding(
                        (i, "corrects"),
                        f"corrects entry '{entry.corrects}' of another target or unit",
                        target=entry.target,
                    )
                )
    problems: list[Problem] = []
    texts = {path: text for path, text, _ in located}
    for path, found in findings.items():
        problems += locate(found, texts[path], display(path))
    return problems


def new_entry_id() -> str:
    import secrets

    return secrets.token_hex(6)


def now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


@dataclass(frozen=True)
class NewEntry:
    entry: ProgressEntry  # the pydantic record: what is written is checked by the schema
    warnings: tuple[str, ...]


def build_entry(
    tracker: Tracker,
    find_entry: Callable[[str], Entry | None],
    *,
    target_id: str,
    unit_id: str,
    status: str,
    day: dt.date,
    values: Sequence[str],
    note: str = "",
    obstacles: str = "",
    proposals: str = "",
    evidence: Sequence[str] = (),
    by: str = "",
    corrects: str | None = None,
    force: bool = False,
    written: dt.datetime | None = None,
) -> NewEntry:
    """A checked entry ready to append; usage problems raise `UsageError` and write nothing."""
    from cds_tracker.errors import UsageError
    from cds_tracker.models import ProgressEntry
    from cds_tracker.queries import roles_of
    from cds_tracker.text import nfc

    _, target = tracker.target(target_id)
    unit = tracker.index.units[unit_id]
    if unit.is_collective:
        raise UsageError(
            f"'{unit.name}' is a collective; report as one of its members",
            hint='e.g. --unit "' + tracker.index.name(unit.members[0]) + '"'
            if unit.members
            else None,
        )
    moment = written or now()
    if day > moment.date():
        raise UsageError(
            f"--date {day.strftime('%d/%m/%Y')} is in the future",
            hint="report what has happened, dated today or earlier",
        )
    forced = False
    if not roles_of(tracker, target, unit_id):
        if not force:
            raise UsageError(
                f"{unit.name} is not assigned to {target.id} (neither named nor in a "
                "collective named as directing, lead or cooperating)",
                hint="check --unit and the target id, or add --force to record it "
                "anyway (marked as forced)",
            )
        forced = True
    parsed = _values(target, values)
    if corrects is not None:
        original = find_entry(corrects)
        if original is None:
            raise UsageError(
                f"--corrects: no entry '{corrects}'",
                hint="see the ids with 'cds progress list " + target.id + "'",
            )
        if (original.target, original.unit) != (target.id, unit_id):
            raise UsageError(
                f"--corrects: entry '{corrects}' is for {original.target} by "
                f"{tracker.index.name(original.unit)}, not this target and unit"
            )
    entry = ProgressEntry(
        id=new_entry_id(),
        target=target.id,
        unit=unit_id,
        status=status,  # type: ignore[arg-type]
        date=day.isoformat(),
        written=moment.isoformat(),
        values=parsed,
        note=nfc(note),
        obstacles=nfc(obstacles),
        proposals=nfc(proposals),
        evidence=tuple(nfc(e) for e in evidence),
        by=nfc(by),
        corrects=corrects,
        forced=forced,
    )
    warnings = []
    if status == "done":
        for indicator in target.indicators:
            if indicator.key in parsed and not indicator.is_met(parsed[indicator.key]):
                warnings.append(
                    f"marked done, but {indicator.key} = {parsed[indicator.key]:g} does not meet "
                    f"{indicator.comparator} {indicator.value:g}{indicator.unit}"
                )
    return NewEntry(entry, tuple(warnings))


def _values(target: Any, values: Sequence[str]) -> dict[str, float]:
    from cds_tracker.errors import UsageError

    keys = [i.key for i in target.indicators]
    parsed: dict[str, float] = {}
    for text in values:
        key, sep, number = text.partition("=")
        if not sep:
            if len(keys) != 1:
                raise UsageError(
                    f"--value {text}: say which indicator, as key=value",
                    hint=("indicators of " + target.id + ": " + ", ".join(keys))
                    if keys
                    else f"{target.id} has no indicators",
                )
            key, number = keys[0], text
        key = key.strip()
        if key not in keys:
            raise UsageError(
                f"--value: {target.id} has no indicator '{key}'",
                hint=did_you_mean(key, keys)
                or ("indicators: " + ", ".join(keys) if keys else f"{target.id} has no indicators"),
            )
        try:
            value = float(number.strip().replace(",", ".").rstrip("%"))
        except ValueError:
            raise UsageError(f"--value {text}: '{number}' is not a number") from None
        if not math.isfinite(value):
            raise UsageError(f"--value {text}: '{number}' is not a finite number")
        indicator = next(i for i in target.indicators if i.key == key)
        if indicator.unit == "%" and not 0 <= value <= 100:
            raise UsageError(f"--value {text}: a percentage must be within 0–100")
        parsed[key] = value
    return parsed
