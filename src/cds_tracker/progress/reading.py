"""Progress files: where they live, reading and checking them.

Checking a file needs pydantic only for entries that the fast check (`entry_check`) is not sure
of, so the modules that build pydantic classes are imported only then.

Layout: beside the registry, a `progress/` folder with one file per reporting unit, named by the
unit's id (`progress/phong-y-te.yaml`), each a YAML sequence of entries. One file per unit keeps
writers apart, and entries are only ever appended, so git's union merge combines two branches'
additions without conflict.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cds_tracker.core.errors import Finding, Problem
from cds_tracker.core.files import read_regular
from cds_tracker.core.records import Entry, Registry
from cds_tracker.core.text import did_you_mean
from cds_tracker.progress.fast_check import fast_entry
from cds_tracker.progress.files import (
    HEADER,
    PROGRESS_DIR,
    progress_dir,
    progress_file,
    progress_files,
)
from cds_tracker.progress.rules import (
    Corrected,
    correction_cycles,
    correction_fault,
    correction_message,
    latest_correction,
    value_ok,
)
from cds_tracker.registry.succession import exists_on, heir
from cds_tracker.registry.units import UnitIndex
from cds_tracker.registry.yamlio import YamlFault, decode, parse

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
    read: Callable[[Path], bytes] = read_regular,
) -> ProgressLoad:
    """Every entry of every file, and every problem: a bad entry never hides the others'."""
    from cds_tracker.registry.loading import fault_problem, locate

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
            from cds_tracker.registry.loading import validate_model
            from cds_tracker.registry.models import ProgressEntry, as_entry

            model, found = validate_model(ProgressEntry, item, (i,))
            findings += found
            if model is None:
                continue
            entry = as_entry(model)
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
    elif not exists_on(index[entry.unit], entry.day):
        unit = index[entry.unit]
        yield Finding(
            ("date",),
            f"unit '{entry.unit}' did not exist on {entry.day.strftime('%d/%m/%Y')} "
            f"(it existed from {_day(unit.valid_from)} to {_day(unit.valid_to)})",
            f"report as '{heir(index.units, entry.unit, entry.day)}'"
            if unit.successor
            else "check the date or the unit's validity in the catalog",
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
            elif not value_ok(_unit_of(target, key), value):
                yield Finding(("values", key), f"value {value:g} for '{key}' is outside 0–100")
        yield from _check_counts(entry, target)


def _check_counts(entry: Entry, target: Any) -> Iterable[Finding]:
    """Counts stand behind a percentage: its key has that value, and it equals 100·num/den."""
    for key, (numerator, denominator) in entry.counts.items():
        if key not in entry.values or _unit_of(target, key) != "%":
            yield Finding(
                ("counts", key),
                f"counts for '{key}' need a percentage value for '{key}' beside them",
                "write both, as 'cds progress add --value key=4/5' does",
                at_key=True,
            )
        elif abs(entry.values[key] - 100 * numerator / denominator) > 1e-9:
            yield Finding(
                ("counts", key),
                f"counts {numerator}/{denominator} for '{key}' do not give its value "
                f"{entry.values[key]:g}",
                f"the value should be {100 * numerator / denominator:g}",
            )


def _day(iso: str | None) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if iso else "…"


def _correction_faults(
    located: list[tuple[Path, str, list[tuple[int, Entry]]]], by_id: dict[str, Entry]
) -> list[tuple[Path, Finding]]:
    """Each correction that breaks a rule of progress/rules.py, with what to say about it.

    When an entry is corrected more than once, the earliest correction (by day, then when
    written) stands and each later one is refused: it should correct the one before it."""
    from cds_tracker.core.dates import utc_order

    corrections = sorted(
        ((path, i, e) for path, _, good in located for i, e in good if e.corrects is not None),
        key=lambda item: (item[2].date, utc_order(item[2].written), item[2].id),
    )
    looped = correction_cycles({e.id: e.corrects for _, _, e in corrections if e.corrects})
    first: dict[str, str] = {}  # corrected id → the id of its first (standing) correction
    found: list[tuple[Path, Finding]] = []
    for path, i, entry in corrections:
        original = by_id.get(entry.corrects or "")
        if entry.id in looped:
            what = "itself" if entry.corrects == entry.id else "an entry that corrects it back"
            message = f"entry '{entry.id}' corrects {what}: the reports would vanish"
            hint = "a correction corrects an earlier report; remove the loop"
        elif original is None:
            message, hint = f"corrects unknown entry '{entry.corrects}'", ""
        else:
            fault = correction_fault(
                Corrected(
                    original.id,
                    original.target,
                    original.unit,
                    original.date,
                    first.get(original.id),
                ),
                entry.target,
                entry.unit,
                entry.date,
            )
            if fault is None:
                first[original.id] = entry.id
                continue
            message, hint = correction_message(
                fault, original.id, original.date, latest_correction(first, original.id)
            )
        found.append((path, Finding((i, "corrects"), message, hint or None, target=entry.target)))
    return found


def _unit_of(target: Any, key: str) -> str:
    return next((i.unit for i in target.indicators if i.key == key), "")


def _cross_file(
    located: list[tuple[Path, str, list[tuple[int, Entry]]]], display: Any
) -> list[Problem]:
    """Ids unique across files; a correction points at an entry of the same target and unit."""
    from cds_tracker.registry.loading import locate

    by_id: dict[str, Entry] = {}
    findings: dict[Path, list[Finding]] = {}
    for path, _, good in located:
        for i, entry in good:
            if entry.id in by_id:
                findings.setdefault(path, []).append(
                    Finding((i, "id"), f"duplicate entry id '{entry.id}'", target=entry.target)
                )
            by_id.setdefault(entry.id, entry)
    for path, finding in _correction_faults(located, by_id):
        findings.setdefault(path, []).append(finding)
    problems: list[Problem] = []
    texts = {path: text for path, text, _ in located}
    for path, found in findings.items():
        problems += locate(found, texts[path], display(path))
    return problems
