"""What carry-over leaves behind besides the new targets: a mark in the plan a target leaves,
and the parts already finished there, copied into the plan it joins.

The origin plan learns it no longer follows a target from its own file (`carried_to: 2024/II.8`,
`carried_on: 2023-12-31`), so each registry stays self-describing and a diff shows the change;
from that day the target is `carried_over` there: not late, not urged, not counted late. A unit
that finished its part in the origin plan must not be urged again in the new one: its `done`
entry is copied into the new plan's progress under the same id (the origin entry's), dated the
day it was done, with a note saying where it comes from. An ongoing target has no finished
part (each report is its period's): its reports stay in the old plan. A part's last report
that corrects an earlier one whose copy the new plan has (a ward's corrected form imported
after the carry-over) is copied as the correction of that copy, so the new plan shows what the
old plan holds true once: the superseded copy "(đã được đính chính bởi …)", as the old plan
shows it. Copying is idempotent: an id already in the new plan is not copied again, and a
target already marked is not marked again, so
re-running carry-over repairs a workspace carried before these marks existed.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cds_tracker.core.entries import Entry
from cds_tracker.output.carried import UNREAD, Origins, cited_from
from cds_tracker.output.words import Lang, label
from cds_tracker.questions.timeline import effective, in_order
from cds_tracker.questions.tracker import Tracker
from cds_tracker.registry.succession import asked_units, index_on, reporters, taken_over


@dataclass(frozen=True)
class Link:
    origin_id: str  # "II.5" in the origin plan
    new_id: str  # "II.8" in the new plan
    mark: bool  # the origin target has no carried_to yet
    parts: tuple[Entry, ...]  # each part's last report to copy, shaped for the new plan
    # an ongoing target's last reports, not copied: each was its period's (`links`)
    periodic: tuple[Entry, ...] = ()
    taken: tuple[Taken, ...] = ()  # the copies that stand for an heir's parts as one (`_begun`)
    # each finished part copied that the new plan will show done late: entry id → the plan
    # (its year) whose deadline it missed, "Hoàn thành trễ hạn so với kế hoạch 2024" (`_late`)
    late: tuple[tuple[str, str], ...] = ()

    def late_against(self, entry: Entry) -> str | None:
        """The plan a copied finished part was late against (`late`), None when on time."""
        return dict(self.late).get(entry.id)


@dataclass(frozen=True)
class Taken:
    """A copy made for an heir whose parts had begun (`_begun`): the entry's id, and each part
    it stands for, (unit, status, yyyy-mm-dd), status and day None when never reported."""

    entry_id: str
    parts: tuple[tuple[str, str | None, str | None], ...]


def round_trip() -> Any:
    """A ruamel.yaml that keeps comments, quotes and layout as people wrote them."""
    from ruamel.yaml import YAML

    yaml = YAML()
    yaml.width = 4096  # no folding: a folded plain line would end in a space
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def known_copies(entries: Iterable[Entry]) -> dict[str, str]:
    """The new plan's entry ids, each with the id of the entry there that corrects it ("" when
    none): what `links` needs to know of the new plan."""
    items = list(entries)
    fixed = {e.corrects: e.id for e in items if e.corrects}
    return {e.id: fixed.get(e.id, "") for e in items}


def links(
    source: Tracker,
    source_name: str,
    pairs: list[tuple[str, str]],
    as_of: dt.date,
    known_ids: Mapping[str, str],
    known_units: set[str],
    note: str | tuple[str, str],
    origins: Origins = UNREAD,
) -> list[Link]:
    """For each (origin id, new id): whether the origin needs its mark, and the parts' last
    reports the new plan lacks (`known_ids`: entry ids it has, `known_copies`; `known_units`:
    its catalog):
    finished parts, and the last report of each unfinished one ("đang thực hiện" since
    20/10/2023), so the new plan's status, counts and letters start where the unit stood.
    `note` (with "{origin}"): one for all, or (finished, unfinished); its origin cited as every
    table cites it ('I.1 (2024)', output/carried.py `cited_from` with `origins`), never by the
    registry id ('2024/I.2'), which a revised plan may print for another target (clerk 12, F3)."""
    from cds_tracker.core.text import nfc

    targets = {t.id: t for _, t in source.registry.targets()}
    found = []
    for origin_id, new_id in pairs:
        target = targets.get(origin_id)
        if target is None:
            continue
        latest: dict[str, Entry] = {}
        cutoff = as_of.isoformat()
        for entry in in_order(effective(source.entries_of(origin_id), as_of)):  # one rule
            if entry.date <= cutoff:
                latest[entry.unit] = entry
        # A part is the unit's that answers for it the day the new plan takes the target over
        # (the day after the carry day), by the one rule of merged units (registry/succession
        # `taken_over`, as status and `remind` count it): a ward that took over merged wards'
        # parts has finished only when each of them was finished, or when it reported done
        # itself after the merger; the report that says so is the one copied. A ward whose
        # last day is the carry day (a merger on the plans' boundary, valid_to 31/12) is
        # merged for the new plan as one merged in the year is: read on the carry day, its
        # finished half was copied as the heir's whole part, "Hoàn thành" (attack21 a21-06).
        said = {unit: (e.status, e.date) for unit, e in latest.items()}
        leads = target.lead_on(as_of.isoformat()).units  # the lead in force on the carry day
        taken_on = as_of + dt.timedelta(days=1)
        owes = taken_over(index_on(source.index, taken_on), leads, taken_on)
        # Each part's last report is carried, finished or not: a unit that said "đang thực
        # hiện" in 2023 stands there in 2024 too, not "chưa báo cáo" (its date and `by` kept).
        # A former lead's report (a revision moved the lead, `Target.on`) has no part there: it
        # stays in the old plan's history.
        cited = cited_from(f"{source_name}/{origin_id}", origins)
        former = _former_leads(source, target, leads, taken_on)
        found_by = reporters(source.index, said, taken_on, owes)
        chosen = {owner: latest[by] for owner, (_, _, by) in found_by.items()}
        begun = _begun(source, origin_id, owes, found_by, latest, as_of)
        taken = []
        for heir, (entry, stood) in begun.items():
            chosen[heir] = entry
            taken.append(Taken(entry.id, stood))
        last = [entry for owner, entry in chosen.items() if owner not in former]
        if target.deadline.ongoing:
            # An ongoing target's report is its period's, "hoàn thành" too: no part is finished
            # for good, and the new plan asks for each of its own periods. A June 2024 report
            # copied would read in 2025 as the unit's last report, "Hoàn thành", in the letter
            # that urges the period it owes (clerk12 F5): none is copied; `show` and `progress
            # list` give it as the old plan's history (app/carried_history.py).
            periodic = tuple(sorted(last, key=lambda e: (e.date, e.id)))
            found.append(Link(origin_id, new_id, target.carried_to is None, (), periodic))
            continue
        chain = {e.id: e.corrects for e in source.entries_of(origin_id) if e.corrects}
        heirs = {t.entry_id: t for t in taken}
        parts = tuple(
            entry._replace(
                target=new_id,
                note=nfc(_heir_note(heirs[entry.id], cited, source))
                if entry.id in heirs
                else nfc(_note(note, entry).format(origin=cited) + _joined(entry.note)),
                corrects=None if entry.id in heirs else _corrected_copy(entry, chain, known_ids),
            )
            for entry in sorted(last, key=lambda e: (e.date, e.id))
            if entry.unit in known_units and entry.id not in known_ids
        )
        kept = tuple(t for t in taken if any(e.id == t.entry_id for e in parts))
        late = _late(source, target, parts)
        found.append(Link(origin_id, new_id, target.carried_to is None, parts, (), kept, late))
    return found


def _late(source: Tracker, target: Any, parts: Iterable[Entry]) -> tuple[tuple[str, str], ...]:
    """Each finished part copied that the new plan will show late, with the plan it was late
    against: by questions/status.py `finished_code`, the one rule, on its day and the deadline
    it was finished under (the old plan's, or an earlier plan's for a part finished before the
    target came there: `source.came`), so the preview and JSON say what the new plan will
    show ("Hoàn thành trễ hạn so với kế hoạch 2024"), never "kept as done" (attack23 a23-01)."""
    from cds_tracker.questions.status import finished_code

    came = source.came.get(target.id, ())
    found = []
    for entry in parts:
        if entry.status != "done":
            continue
        code, against = finished_code(entry.date, target.deadline.month, came)
        if code == "done_late":
            found.append((entry.id, against or str(source.registry.document.year)))
    return tuple(found)


def _begun(
    source: Tracker,
    origin_id: str,
    owes: Mapping[str, Any],
    found_by: Mapping[str, tuple[str, str, str]],
    latest: Mapping[str, Entry],
    as_of: dt.date,
) -> dict[str, tuple[Entry, tuple[tuple[str, str | None, str | None], ...]]]:
    """Each heir whose parts taken as one have begun (questions/heir_parts.py `as_one`: one
    part finished or in progress, not all finished) where the report `reporters` would copy
    for it says less: none (Bắc Sơn finished, Nam Sơn never reported) or a later "not started"
    of another part. Copied so, the new plan (which asks the heir alone: the merger came
    before its year) read "Chưa thực hiện" where the old plan read "Đang thực hiện" the day
    before (clerk15 F3). The copy is the heir's "in progress", dated the day it took the parts
    over (it existed then; the parts became its own), under the id of the report the begun
    part rests on (so carry-over copies it once); its note says what each part stood at."""
    if not owes:
        return {}
    from cds_tracker.questions.heir_parts import as_one, shares, split

    history = source.timeline_on(origin_id, as_of)
    found = {}
    for heir, parts in split(owes, source.plan_start).items():
        carried = found_by.get(heir)
        if carried is not None and carried[0] in ("in_progress", "done"):
            continue  # what reporters copies already says the parts have begun
        got = shares(heir, parts, None, history, as_of)
        if as_one(got) != "in_progress":
            continue
        started = [s for s in got if s.said and s.said[0] != "not_started" and s.by in latest]
        if not started:  # cannot happen: a begun part rests on a report of the day
            continue
        basis = latest[max(started, key=lambda s: (s.said or ("", ""))[1]).by or ""]
        day = dt.date.fromisoformat(parts.until) + dt.timedelta(days=1)
        entry = basis._replace(
            unit=heir,
            status="in_progress",
            date=day.isoformat(),
            values={},
            counts={},
            evidence=(),
            obstacles="",
            proposals="",
            by="",
            forced=False,
        )
        said = tuple((s.part, *(s.said or (None, None))) for s in got)
        found[heir] = (entry, said)
    return found


def _heir_note(taken: Taken, cited: str, source: Tracker) -> str:
    """'Phần việc nhận khi sáp nhập, chuyển theo chỉ tiêu (I.1 (2025)): UBND phường Bắc Sơn:
    Hoàn thành ngày 10/06/2025; UBND phường Nam Sơn: chưa báo cáo' (Vietnamese: a file's note)."""
    return label("carry_heir_note", "vi", origin=cited, parts=heir_parts_said(taken, source, "vi"))


def heir_parts_said(taken: Taken, source: Tracker, lang: Lang) -> str:
    """Each part a copy for an heir stands for, '; '-joined: its unit, status and day."""
    said = []
    for unit, status, day in taken.parts:
        name = source.index.name(unit)
        if status is None or day is None:
            said.append(label("carry_heir_none", lang, unit=name))
            continue
        shown = dt.date.fromisoformat(day).strftime("%d/%m/%Y")
        said.append(
            label("carry_heir_part", lang, unit=name, status=label(status, lang), date=shown)
        )
    return "; ".join(said)


def _former_leads(source: Tracker, target: Any, leads: Iterable[str], day: dt.date) -> set[str]:
    """The units (and their heirs on `day`) an earlier lead of `target` asked that the lead in
    force on `day` does not: their reports belong to the plan a revision took the target from."""
    base = source.index.base or source.index
    view = index_on(source.index, day)
    now = {u for a in asked_units(base, leads) for u in (a, view.heir(a))}
    before = [e.lead.units for e in target.earlier() if e.lead is not None]
    then = {u for units in before for a in asked_units(base, units) for u in (a, view.heir(a))}
    return then - now


def _corrected_copy(entry: Entry, chain: Mapping[str, str], known: Mapping[str, str]) -> str | None:
    """The copy `entry`'s copy corrects in the new plan: the nearest report `entry` corrects,
    directly or through earlier corrections in the old plan (`chain`: id → the id it corrects),
    that the new plan has a copy of, while nothing there corrects that copy yet (only the latest
    correction may be corrected: progress/rules.py); else None, a report of its own. Dated no
    earlier than it, as the old plan's chain is."""
    seen = {entry.id}
    wanted = entry.corrects
    while wanted and wanted not in seen:
        if wanted in known:
            return wanted if not known[wanted] else None
        seen.add(wanted)
        wanted = chain.get(wanted)
    return None


def _note(note: str | tuple[str, str], entry: Entry) -> str:
    """The copy's note: `note` is (a finished part's, an unfinished part's last report's)."""
    if isinstance(note, str):
        return note
    return note[0] if entry.status == "done" else note[1]


def _joined(note: str) -> str:
    """The note a copy's own words go before: a copy carried on again (2024 → 2025) has them
    at its front already, said once with the new ones, not twice (attack21 a21-02)."""
    from cds_tracker.output.carried import own_note

    note = own_note(note)
    return f" — {note}" if note else ""


def mark_origin(path: Path, shown: str, marks: dict[str, str], day: dt.date) -> bytes:
    """The origin registry's bytes with `carried_to`/`carried_on` added to the targets in
    `marks` (origin id → "2024/II.8"), checked like any registry; nothing is written here."""
    from cds_tracker.core.errors import DataError, msg
    from cds_tracker.registry.loading import load_registry_bytes

    yaml = round_trip()
    data = yaml.load(path.read_text(encoding="utf-8"))
    for group in data["groups"]:
        for target in group.get("targets") or ():
            if target.get("id") in marks and not target.get("carried_to"):  # never overwritten
                target["carried_to"] = marks[target["id"]]
                target["carried_on"] = day.strftime("%d/%m/%Y")
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    raw = buffer.getvalue().encode("utf-8")
    if load_registry_bytes(raw, path=path, display=shown).registry is None:
        raise DataError(msg("carry.would_be_invalid", path=shown))
    return raw


def copy_parts(
    registry: Path, index_names: dict[str, str], entries: list[Entry], *, lock_held: bool = False
) -> None:
    """Append the copied parts to the new plan's progress files (one per unit, as always);
    `lock_held`: the caller holds the new plan's progress lock (see `append_entry`)."""
    from cds_tracker.progress.files import HEADER, progress_file
    from cds_tracker.progress.new_entry import now
    from cds_tracker.progress.writing import append_entry

    moment = now().isoformat()
    for entry in entries:
        path = progress_file(registry, entry.unit)
        header = HEADER.format(name=index_names.get(entry.unit, entry.unit), unit_id=entry.unit)
        append_entry(path, entry._replace(written=moment), header, lock_held=lock_held)
