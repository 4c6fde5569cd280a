"""What no one progress file shows: an id in two files, a correction of another file's entry.

Apart from reading one file (reading.py) because these checks need every file's entries at
once: `load_progress` reads and checks each file, then hands them all here, and the problems
found are located in the file that holds the entry at fault.
"""

from __future__ import annotations

from array import array
from itertools import chain, compress, repeat
from operator import attrgetter, is_not
from pathlib import Path
from typing import Any

from cds_tracker.core.entries import Entry
from cds_tracker.core.errors import Finding, Msg, Problem, msg
from cds_tracker.progress.rules import (
    Corrected,
    correction_cycles,
    correction_fault,
    correction_message,
    latest_correction,
)
from cds_tracker.registry.yamlio import YamlFault, decode


def _correction_faults(
    located: list[tuple[Path, list[Entry], array[int]]], by_id: dict[str, Entry]
) -> list[tuple[Path, Finding]]:
    """Each correction that breaks a rule of progress/rules.py, with what to say about it.

    When an entry is corrected more than once, the earliest correction (`entry_order`: by day,
    then when written, then as written) stands and each later one is refused: it should
    correct the one before it."""
    from cds_tracker.questions.timeline import entry_order

    corrections = sorted(
        (
            (path, i, e)
            for path, entries, numbers in located
            for i, e in compress(
                zip(numbers, entries, strict=True),
                map(is_not, map(_CORRECTS, entries), repeat(None)),
            )
        ),
        key=lambda item: entry_order(item[2]),  # stable: one unit's in its file's order
    )
    looped = correction_cycles({e.id: e.corrects for _, _, e in corrections if e.corrects})
    first: dict[str, str] = {}  # corrected id → the id of its first (standing) correction
    found: list[tuple[Path, Finding]] = []
    for path, i, entry in corrections:
        original = by_id.get(entry.corrects or "")
        hint: Msg | None
        if entry.id in looped:
            itself = entry.corrects == entry.id
            message = msg("correction.loop_self" if itself else "correction.loop_back", id=entry.id)
            hint = msg("correction.hint.loop")
        elif original is None:
            message, hint = msg("progress.corrects_unknown", id=entry.corrects), None
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
        found.append((path, Finding((i, "corrects"), message, hint, target=entry.target)))
    return found


_ID, _CORRECTS = attrgetter("id"), attrgetter("corrects")
# Up to this many entries, one set of every id (some 40 bytes each: 10 MB at most) finds repeats
# in one C loop; beyond it, the ids are looked at a sixteenth at a time (below).
_ONE_SET = 250_000


def _repeats(located: list[tuple[Path, list[Entry], array[int]]]) -> bool:
    """Whether any id occurs twice. Told a sixteenth of the ids at a time (grouped by their last
    character), so that a million entries never need a set of a million ids beside them (50 MB
    at the peak of a cold read); only then are the repeats found and located."""
    count = sum(len(entries) for _, entries, _ in located)
    if count <= _ONE_SET:
        return len(set(chain.from_iterable(map(_ID, e) for _, e, _ in located))) != count
    groups: dict[str, list[str]] = {}
    for _, entries, _ in located:
        for entry in entries:
            found = groups.get(entry.id[-1:])
            if found is None:
                found = groups[entry.id[-1:]] = []
            found.append(entry.id)
    while groups:
        _, ids = groups.popitem()
        if len(set(ids)) != len(ids):
            return True
    return False


def problems_across(
    located: list[tuple[Path, list[Entry], array[int]]], display: Any
) -> list[Problem]:
    """Ids unique across files; a correction points at an entry of the same target and unit.

    Only the entries that corrections name are kept by id (a set of ids finds duplicates)."""
    from cds_tracker.registry.loading import locate

    # C loops (map, filter, compress): a cold read asks these of every entry.
    named = set(filter(None, chain.from_iterable(map(_CORRECTS, e) for _, e, _ in located)))
    by_id: dict[str, Entry] = {}
    for _, entries, _ in located if named else ():
        for entry in compress(entries, map(named.__contains__, map(_ID, entries))):
            by_id.setdefault(entry.id, entry)
    findings: dict[Path, list[Finding]] = {}
    if _repeats(located):
        seen: set[str] = set()
        for path, entries, numbers in located:
            for i, entry in zip(numbers, entries, strict=True):
                if entry.id in seen:
                    findings.setdefault(path, []).append(
                        Finding(
                            (i, "id"),
                            msg("progress.duplicate_id", id=entry.id),
                            target=entry.target,
                        )
                    )
                seen.add(entry.id)
    for path, finding in _correction_faults(located, by_id):
        findings.setdefault(path, []).append(finding)
    problems: list[Problem] = []
    for path, found in findings.items():
        try:
            text = decode(path.read_bytes())
        except (OSError, YamlFault):
            text = ""  # gone or changed since: the problems are still reported, at 1:1
        problems += locate(found, text, display(path))
    return problems
