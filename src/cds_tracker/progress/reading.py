"""Progress files: where they live, reading and checking them.

Each file is read and checked here; what only all files together show (an id repeated in two,
a correction of another file's entry) is checked in cross_file.py. Checking a file needs
pydantic only for entries that the fast check (`entry_check`) is not sure of, so the modules
that build pydantic classes are imported only then.

Layout: beside the registry, a `progress/` folder with one file per reporting unit, named by the
unit's id (`progress/phong-y-te.yaml`), each a YAML sequence of entries. One file per unit keeps
writers apart, and entries are only ever appended, so git's union merge combines two branches'
additions without conflict.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import Any

from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import Finding, Problem, msg, os_reason
from cds_tracker.core.records import Registry
from cds_tracker.core.text import did_you_mean
from cds_tracker.progress.carried_away import Onward, carried_away
from cds_tracker.progress.clean import Columns, cleaner
from cds_tracker.progress.cross_file import problems_across
from cds_tracker.progress.fast_check import fast_entry
from cds_tracker.progress.files import (
    HEADER,
    PROGRESS_DIR,
    progress_dir,
    progress_file,
    progress_files,
    read_progress,
)
from cds_tracker.progress.lines import json_items
from cds_tracker.progress.rules import value_ok
from cds_tracker.registry.succession import heir
from cds_tracker.registry.unit_absence import absent, taken_by_heir
from cds_tracker.registry.units import UnitIndex
from cds_tracker.registry.yamlio import YamlFault, decode, parse

__all__ = ["HEADER", "PROGRESS_DIR", "progress_dir", "progress_file", "progress_files"]


# A carried target's id → the plans it went to from this one (progress/carried_away.py `Onward`)
Later = Callable[[str], Sequence[Onward]]
# An ongoing target carried away's id → the day its new plan takes its reports from, when
# before its carry day (app/origins.py `departures`), else None
Leaving = Callable[[str], str | None]


@dataclass(frozen=True)
class ProgressLoad:
    entries: tuple[Entry, ...]
    problems: tuple[Problem, ...]


def load_progress(
    registry: Registry,
    files: Sequence[Path],
    *,
    display: Any = str,
    read: Callable[[Path], bytes] = read_progress,
    later: Later | None = None,
    leaving: Leaving | None = None,
) -> ProgressLoad:
    """Every entry of every file, and every problem: a bad entry never hides the others'.
    `later`: a carried target's plans after this one (app/opening.py `later_of`), so that a
    report after it left names the plan that follows it on its day; `leaving`: an ongoing
    one's first day there (app/opening.py `leaving_of`), so that its hint names this plan's
    last day for it (progress/carried_away.py `last_taken`)."""
    from cds_tracker.progress.typed_lines import typed_entries
    from cds_tracker.registry.loading import fault_problem, locate

    index = UnitIndex(registry.catalog.units, registry.catalog.official_titles)
    targets = {t.id: t for _, t in registry.targets()}
    columns = Columns(targets, index)  # what the column-wise check looked up, for every file
    problems: list[Problem] = []
    # Per file, its entries and their item numbers (compact: a million entries are kept while
    # ids and corrections are checked across files); texts are read again only for problems.
    located: list[tuple[Path, list[Entry], array[int]]] = []
    shared: dict[str, str] = {}
    for path in files:
        shown = display(path)
        try:
            raw = read(path)
        except OSError as exc:
            problems.append(Problem(shown, 1, 1, msg("load.cannot_read", reason=os_reason(exc))))
            continue
        # A file as cds writes it is read from its bytes, never decoded whole (`typed_lines`);
        # any other is decoded, then read as JSON lines or YAML.
        data: Any = typed_entries(raw, shared)
        text = None
        if data is None:
            try:
                text = decode(raw)
                data = read_items(text, shared)
            except YamlFault as fault:
                problems.append(fault_problem(fault, raw, shown))
                continue
        good, findings = check_items(path, data, index, targets, columns, later, leaving)
        located.append((path, list(map(_SECOND, good)), array("I", map(_FIRST, good))))
        del good, data
        if findings:  # a file `typed_entries` read is UTF-8, no larger than `decode` takes
            problems += locate(findings, decode(raw) if text is None else text, shown)
    problems += problems_across(located, display)
    entries = tuple(chain.from_iterable(found for _, found, _ in located))
    return ProgressLoad(entries, tuple(problems))


_FIRST, _SECOND = itemgetter(0), itemgetter(1)  # of (item number, entry): in C, per entry


def read_items(text: str, shared: dict[str, str] | None = None, raw: bytes | None = None) -> Any:
    """A progress file's data: as JSON lines when it is only those, else as YAML. `shared`
    holds texts already seen in this load, so that equal texts are one object. Given the
    file's bytes, a file exactly as cds writes it comes back as its entries, already checked
    (`typed_lines`): `check_items` takes them as they are."""
    if raw is not None:
        from cds_tracker.progress.typed_lines import typed_entries

        entries = typed_entries(raw, {} if shared is None else shared)
        if entries is not None:
            return entries
    items = json_items(text, shared)
    return parse(text) if items is None else items


def check_items(
    path: Path,
    data: Any,
    index: UnitIndex,
    targets: dict[str, Any],
    columns: Columns | None = None,
    later: Later | None = None,
    leaving: Leaving | None = None,
) -> tuple[list[tuple[int, Entry]], list[Finding]]:
    unit_id = path.stem
    good: list[tuple[int, Entry]] = []
    findings: list[Finding] = []
    if unit_id not in index.units:
        findings.append(
            Finding(
                (),
                msg("progress.file_not_unit", name=path.name),
                did_you_mean(unit_id, list(index.units)),
            )
        )
    known_unit = unit_id in index.units
    if data is None:
        return good, findings
    if not isinstance(data, list):
        return good, [
            *findings,
            Finding((), msg("progress.not_list")),
        ]
    file_unit = unit_id if known_unit else None
    columns = Columns(targets, index) if columns is None else columns
    if set(map(type, data)) == {Entry} and columns.all_clean(data, file_unit):
        return list(enumerate(data)), findings  # as `typed_lines` made them: checked already
    clean = cleaner(file_unit, targets, index)
    ended = index.units[unit_id].valid_to if known_unit else None
    for i, item in enumerate(data):
        entry: Entry | None = item if type(item) is Entry else fast_entry(item)
        if entry is None:
            from cds_tracker.registry.loading import validate_model
            from cds_tracker.registry.models import ProgressEntry, as_entry

            model, found = validate_model(ProgressEntry, item, (i,))
            findings += found
            if model is None:
                continue
            entry = as_entry(model)
        if not clean(entry):
            findings += [
                Finding((i, *f.path), f.message, f.hint, entry.target, f.at_key)
                for f in _check_entry(entry, unit_id, index, targets, later, leaving)
            ]
        if ended is not None and entry.date > ended and entry.unit == unit_id:
            entry = _as_heirs(entry, index)
        good.append((i, entry))
    return good, findings


def _away(target: Any, entry: Entry) -> bool:
    """Whether `entry` is dated after its ongoing `target` was carried away: only then is the
    day its new plan takes its reports from asked (read from that plan)."""
    carried = target is not None and target.carried_to is not None and target.deadline.ongoing
    return carried and entry.date > str(target.carried_on or "9999")


def _as_heirs(entry: Entry, index: UnitIndex) -> Entry:
    """A merged unit's report dated after its last day, written before the merger was recorded
    (registry/unit_absence.py `taken_by_heir`), read as its heir's: every query, correction and
    figure counts it as the heir's own report after the merger, as if the heir had made it."""
    if not taken_by_heir(index.units, entry.unit, entry.day):
        return entry
    return entry._replace(unit=heir(index.units, entry.unit, entry.day))


def _check_entry(
    entry: Entry,
    file_unit: str,
    index: UnitIndex,
    targets: dict[str, Any],
    later: Later | None = None,
    leaving: Leaving | None = None,
) -> Iterable[Finding]:
    target = targets.get(entry.target)
    if target is None:
        near = did_you_mean(entry.target, list(targets))
        yield Finding(
            ("target",),
            msg("progress.unknown_target", target=entry.target),
            msg("progress.hint.cancelled_target_near", near=near)
            if near is not None
            else msg("progress.hint.cancelled_target"),
        )
    if entry.unit not in index.units:
        yield Finding(
            ("unit",),
            msg("rule.unknown_unit", unit=entry.unit),
            did_you_mean(entry.unit, list(index.units)),
        )
    elif entry.unit != file_unit:
        yield Finding(
            ("unit",),
            msg("progress.wrong_file", unit=entry.unit, file_unit=file_unit),
            msg("progress.hint.move", unit=entry.unit),
        )
    elif (gone := absent(index.units, entry.unit, entry.day)) is not None and not (
        taken_by_heir(index.units, entry.unit, entry.day)
    ):
        after = heir(index.units, entry.unit, entry.day)
        yield Finding(
            ("date",),
            gone,
            msg("unit.hint.report_as", heir=index.name(after))
            if after != entry.unit
            else msg("unit.hint.check_date"),
        )
    if target is not None and not target.added_by(entry.date):
        # beside new_entry's rule for a target a revision added (`Target.added_by`)
        added = dt.date.fromisoformat(target.added).strftime("%d/%m/%Y")
        yield Finding(
            ("date",),
            msg(
                "progress.before_added",
                day=entry.day.strftime("%d/%m/%Y"),
                target=target.id,
                added=added,
            ),
            msg("progress.hint.before_added", target=target.id),
        )
    onward = (lambda: later(entry.target)) if later is not None else tuple
    first = leaving(entry.target) if leaving is not None and _away(target, entry) else None
    away = carried_away(target, entry.date, entry, later=onward, first=first) if target else None
    if away:
        yield Finding(("date",), *away)  # beside new_entry's rule (progress/carried_away.py)
    if entry.day > entry.written_at.date():
        yield Finding(
            ("date",),
            msg(
                "progress.dated_after_written",
                day=entry.day.strftime("%d/%m/%Y"),
                written=entry.written_at.strftime("%d/%m/%Y"),
            ),
        )
    if target is not None:
        keys = [i.key for i in target.indicators]
        for key, value in entry.values.items():
            if key not in keys:
                yield Finding(
                    ("values", key),
                    msg("progress.no_indicator", target=target.id, key=key),
                    did_you_mean(key, keys)
                    or (
                        msg("progress.hint.indicators", keys=", ".join(keys))
                        if keys
                        else msg("progress.hint.no_indicators", target=target.id)
                    ),
                    at_key=True,
                )
            elif not value_ok(_unit_of(target, key), value):
                yield Finding(
                    ("values", key), msg("progress.value_range", value=f"{value:g}", key=key)
                )
        yield from _check_counts(entry, target)


def _check_counts(entry: Entry, target: Any) -> Iterable[Finding]:
    """Counts stand behind a percentage: its key has that value, and it equals 100·num/den."""
    for key, (numerator, denominator) in entry.counts.items():
        if key not in entry.values or _unit_of(target, key) != "%":
            yield Finding(
                ("counts", key),
                msg("progress.counts_need_value", key=key),
                msg("progress.hint.counts_both"),
                at_key=True,
            )
        elif abs(entry.values[key] - 100 * numerator / denominator) > 1e-9:
            yield Finding(
                ("counts", key),
                msg(
                    "progress.counts_mismatch",
                    numerator=numerator,
                    denominator=denominator,
                    key=key,
                    value=f"{entry.values[key]:g}",
                ),
                msg("progress.hint.counts_value", value=f"{100 * numerator / denominator:g}"),
            )


def _unit_of(target: Any, key: str) -> str:
    return next((i.unit for i in target.indicators if i.key == key), "")
