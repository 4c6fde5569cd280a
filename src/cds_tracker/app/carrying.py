"""`cds carry-over --from 2023 --to 2024`: propose, then (once confirmed) append to the new plan.

The new plan's file is edited in round-trip mode, so its comments and layout stay as people wrote
them; the proposed entries are appended to their groups and the result is checked like any
registry before it replaces the file. A carried target due before the new plan's year is given the
new plan's last month (or `--deadline`): carried, it must not be late on its first day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_tracker.app import workspace
from cds_tracker.app.carry_day import check_reports, check_window, default_day
from cds_tracker.app.carry_groups import chosen_groups
from cds_tracker.app.carry_marks import (
    Link,
    copy_parts,
    known_copies,
    links,
    mark_origin,
)
from cds_tracker.app.carry_next import check_next
from cds_tracker.app.carry_preview import (
    left_lines,
    proposed,
    retold_lines,
    run_words,
    with_day,
    with_left,
)
from cds_tracker.app.carry_withdrawn import (
    Withdrawn,
    withdrawn,
    withdrawn_lines,
    withdrawn_written,
)
from cds_tracker.app.carry_writes import (
    check_not_taken,
    check_writable,
    failed,
    new_targets,
    plan_locks,
    progress_shown,
)
from cds_tracker.app.discovery import display_path
from cds_tracker.app.importing import base_registry
from cds_tracker.app.opening import open_tracker
from cds_tracker.core.dates import PLAN_YEARS_AHEAD, Due, YearDay, parse_date, parse_month
from cds_tracker.core.errors import (
    CdsError,
    DataError,
    UsageError,
    msg,
    os_reason,
)
from cds_tracker.output.sanitize import visible_line
from cds_tracker.output.words import Lang, label, resolve_lang
from cds_tracker.questions.carry_left import LeftOut
from cds_tracker.questions.carry_over import Proposal, propose_all
from cds_tracker.registry.units import UnitIndex

if TYPE_CHECKING:
    from cds_tracker.output.carried import Origins
    from cds_tracker.output.report import Report

__all__ = ["CarryOver", "chosen_groups", "prepare", "write"]  # chosen_groups: carry_groups.py


@dataclass(frozen=True)
class CarryOver:
    destination: Path
    proposals: list[Proposal]
    report: Report  # what would be written, for the user to confirm
    source: Path | None = None
    day: dt.date | None = None  # the day the targets leave the origin plan (--as-of)
    links: tuple[Link, ...] = ()  # origin marks and finished parts, new and already carried
    to_name: str = ""
    read: bytes = b""  # the new plan's file as proposed from: written over only if unchanged
    from_name: str = ""
    left: tuple[LeftOut, ...] = ()  # unfinished, left in the old plan (questions/carry_left.py)
    left_said: tuple[str, ...] = ()  # those, said (carry_preview.py `left_lines`)
    # copies of targets found finished by their carry day, to annul (app/carry_withdrawn.py)
    withdrawn: tuple[Withdrawn, ...] = ()

    def nothing(self, lang: Lang) -> str:
        """The one line said when there is nothing to carry and nothing to repair: plainly so,
        with how many targets were carried before (none left unfinished otherwise); when
        `--skip` left unfinished targets, that it did (a23-11), never "none left"."""
        path = visible_line(display_path(self.destination))
        source = visible_line(self.from_name)
        before = self.left_said  # in the language of the run, as the preview
        if self.skipped:  # unfinished targets were left by --skip: "none left" is untrue
            said = label("carry_all_skipped", lang, source=source, path=path, count=self.skipped)
        elif self.links:
            count = len(self.links)
            said = label("carry_nothing_carried", lang, source=source, path=path, count=count)
        else:
            said = label("carry_nothing", lang, source=source, path=path)
        return "\n".join((*before, said))

    @property
    def skipped(self) -> int:
        """How many unfinished targets `--skip` left in the old plan (a23-11)."""
        return sum(1 for item in self.left if not item.same_as)

    @property
    def anything(self) -> bool:
        repairs = any(link.mark or link.parts for link in self.links)
        return bool(self.proposals) or repairs or bool(self.withdrawn)


def plan_named(name: str, option: str) -> workspace.Plan:
    found = workspace.all_plans()
    return workspace.choose(found, name, option=option)


def _deadline(text: str) -> Due:
    """`--deadline`: a month (mm/yyyy, "Tháng 6/2025") or, as plans may write one, a day
    (dd/mm/yyyy, "Trước ngày 15/10/2025")."""
    if text.count("/") == 2:
        day = parse_date(text, option="--deadline")
        return YearDay(day.year, day.month, day.day)
    return parse_month(text, option="--deadline")


def prepare(
    from_name: str,
    to_name: str,
    as_of_text: str | None,
    lang_option: str | None,
    deadline_text: str | None = None,
    group_options: tuple[str, ...] = (),
    skip: tuple[str, ...] = (),
) -> CarryOver:
    lang = resolve_lang(lang_option)
    if from_name == to_name:
        raise UsageError(msg("carry.same_plan"), hint=msg("carry.hint.same_plan"))
    source, destination = plan_named(from_name, "--from"), plan_named(to_name, "--to")
    workspace.reference_name(source, "--from")  # refused before anything is read or written
    workspace.reference_name(destination, "--to")
    tracker = open_tracker(source.registry)
    base, _ = base_registry(destination.registry)  # the plan written to must be valid already
    _check_forward(source.name, tracker.registry.document.year, to_name, base.document.year)
    check_next(source.name, tracker.registry.document.year, destination.name, base.document.year)
    deadline = _deadline(deadline_text) if deadline_text else None
    year = base.document.year
    if deadline is not None and not year <= deadline.year <= year + PLAN_YEARS_AHEAD:
        key = "carry.deadline_before" if deadline.year < year else "carry.deadline_after"
        last = year + PLAN_YEARS_AHEAD
        raise UsageError(
            msg(key, month=deadline.display(), year=year, last=last),
            hint=msg("carry.hint.deadline", year=year),
        )
    read = destination.registry.read_bytes()
    data = _plain_data(read)
    day, said_day = default_day(as_of_text, tracker.registry.document.year, year)
    check_window(day, tracker.registry.document.year, year, source.name, destination.name)
    chosen = chosen_groups(group_options, tracker.registry.groups, data, source.name)
    catalog = UnitIndex(base.catalog.units, base.catalog.official_titles)
    skipped = _skipped(skip, tracker, source.name, source.registry)
    proposals, left = propose_all(
        tracker, source.name, data, day, deadline, catalog, chosen, skipped
    )
    check_reports(day, tracker, [p.origin for p in proposals], source.name)
    origins = _origins(source)
    found = _links(
        tracker, source.name, destination.registry, data, proposals, day, catalog, origins
    )
    shown = visible_line(display_path(destination.registry))
    name = visible_line(source.name)
    report = proposed(tracker, proposals, found, name, shown, lang, catalog, origins)
    said = None
    if said_day is not None:
        said = label(
            said_day,
            lang,
            date=day.strftime("%d/%m/%Y"),
            plan=visible_line(source.name),
            to=visible_line(destination.name),
            year=day.year,
        )
    report = with_day(report, said, proposals, lang)
    left_said = left_lines(left, name, visible_line(destination.name), lang, origins)
    taken_out = withdrawn(tracker, source.name, data, year)
    out_said = withdrawn_lines(taken_out, name, visible_line(destination.name), lang)
    again = run_words(source.name, destination.name, day, deadline_text, group_options, skip)
    retold = retold_lines(proposals, name, visible_line(destination.name), again, lang, origins)
    report = with_left(report, [*retold, *left_said, *out_said])
    return CarryOver(
        destination.registry,
        proposals,
        report,
        source.registry,
        day,
        tuple(found),
        destination.name,
        read,
        source.name,
        tuple(left),
        tuple(left_said),
        tuple(taken_out),
    )


def _skipped(skip: tuple[str, ...], tracker: Any, source: str, registry: Path) -> frozenset[str]:
    """`--skip I.2`: ids of the old plan's targets, as written or in lower case; an id the old
    plan lacks is refused (exit 2) rather than silently carried."""
    ids = {t.id for _, t in tracker.registry.targets()}
    found = set()
    for given in skip:
        wanted = given.strip()
        wanted = wanted if wanted in ids else wanted.upper()
        if wanted not in ids:
            from cds_tracker.core.text import did_you_mean

            shown = visible_line(given)
            raise UsageError(
                msg("carry.skip_unknown", id=shown, source=visible_line(source)),
                hint=did_you_mean(wanted, sorted(ids))
                or msg("carry.hint.skip", option=_old_plan_option(registry, source)),
            )
        found.add(wanted)
    return frozenset(found)


def _old_plan_option(registry: Path, source: str) -> str:
    """The option a hint's `cds … list` chooses the old plan by, from app/discovery.py
    `other_plan` (the one home: `--registry plans/2023` when --registry or CDS_REGISTRY chose
    this run's registry, else `--plan 2023`; a18_01)."""
    import os

    from cds_tracker.app import discovery

    how = "environment" if discovery.given or os.environ.get(discovery.ENV_VAR) else "plan"
    return discovery.other_plan(discovery.Found(registry, how), source)


def _origins(source: workspace.Plan) -> Origins:
    """The plan carried from, and those its own carried targets came from: the preview cites
    each target it proposes as every document will once it is carried ('II.2 (2024)',
    output/carried.py `cited_from`), not by its registry id ('2024/II.3')."""
    from cds_tracker.app.origins import origins_named
    from cds_tracker.registry.unit_changes import PLANS

    if source.registry.parent.parent.name != PLANS:
        return {}
    return origins_named(source.registry.parent.parent, [source.name])


def _check_forward(source: str, source_year: int, destination: str, year: int) -> None:
    """Targets are carried into a later year's plan: backwards (or into a plan of the same
    year) would add the whole origin plan to an earlier one and mark it carried away."""
    if year <= source_year:
        raise UsageError(
            msg(
                "carry.not_later",
                source=visible_line(source),
                source_year=source_year,
                destination=visible_line(destination),
                year=year,
            ),
            hint=msg("carry.hint.swap", source=visible_line(source), to=visible_line(destination))
            if year < source_year
            else msg("carry.hint.not_later", year=source_year + 1),
        )


def _links(
    tracker: Any,
    source_name: str,
    destination: Path,
    data: Any,
    proposals: list[Proposal],
    day: dt.date,
    catalog: UnitIndex,
    origins: Origins,
) -> list[Link]:
    """Every target of the origin plan carried into the destination, new or earlier; the
    copied reports' notes cite it as `origins` tell ('I.1 (2024)', carry_marks.py `links`)."""
    prefix = f"{source_name}/"
    pairs = [(p.origin.removeprefix(prefix), str(p.target["id"])) for p in proposals]
    for group in data.get("groups") or ():
        for target in group.get("targets") or ():
            origin = str(target.get("carried_from") or "")
            if origin.startswith(prefix):
                pairs.append((origin.removeprefix(prefix), str(target["id"])))
    known_units = {u["id"] for u in (data.get("catalog") or {}).get("units") or ()}
    known_units |= set(catalog.units)  # with the workspace's unit changes
    known_ids = known_copies(open_tracker(destination).all_entries())
    note = (label("carry_part_note", "vi"), label("carry_report_note", "vi"))
    return links(tracker, source_name, pairs, day, known_ids, known_units, note, origins)


def _plain_data(raw: bytes) -> Any:
    from cds_tracker.registry.yamlio import decode, parse

    return parse(decode(raw))


def write(carry: CarryOver, lang_option: str | None) -> str:
    """The new targets into the destination and the marks into the origin, both under their
    plans' write locks (the ones their progress writers and `import --revise` take), taken in a
    fixed order (by folder) so two carry-overs in opposite directions cannot wait on each other.
    Under the locks the destination must be unchanged since the proposal, and the origin is read
    again: a target another carry-over took meanwhile (it now has `carried_to`) refuses the write,
    so no target is carried twice and no mark is lost.

    The order of the writes is what makes a stop anywhere (killed, power lost) visible: the new
    targets, then the finished parts into the destination's progress, the origin's marks last.
    Until the marks are written a new target's `carried_from` has no `carried_to` answering it,
    which `cds validate` reports (registry/rules_carried.py) and running carry-over again
    finishes; the marks written first left, when stopped before the parts, two plans that
    named each other and a progress lacking the parts, which nothing reported."""
    lang = resolve_lang(lang_option)
    shown_to = visible_line(display_path(carry.destination))
    written: list[str] = []  # the files written so far: what a failure after them must say
    try:
        with plan_locks(carry):
            if carry.destination.read_bytes() != carry.read:
                raise DataError(msg("carry.changed_since", path=shown_to))
            check_not_taken(carry)
            check_writable(carry)
            # Both plans' new bytes are made and checked before either is written: a check
            # that refused the marks after the new plan was written left half a carry-over
            # that running it again could not finish (attack 15, a15_05).
            new = new_targets(carry) if carry.proposals or carry.withdrawn else None
            marks = _marks(carry)
            said = []
            if new is not None:
                _replace(carry.destination, new, shown_to)
                if carry.proposals:
                    count = len(carry.proposals)
                    said.append(label("carry_written", lang, count=count, path=shown_to))
                said += withdrawn_written(carry.withdrawn, carry.from_name, shown_to, lang)
                written.append(shown_to)
            parts = _copy_parts(carry, lang)
            written += [progress_shown(carry)] if parts else []
            said += parts
            if marks is not None:
                origin, raw, shown = marks
                _replace(origin, raw, shown)
                count = sum(link.mark for link in carry.links)
                said.append(label("carry_marked", lang, count=count, path=shown))
    except OSError as exc:  # named: the lock or the origin may be what failed, not the plan
        named = visible_line(display_path(Path(exc.filename))) if exc.filename else shown_to
        raise failed(named, os_reason(exc), written) from None
    except CdsError as error:
        if not written:
            raise
        raise failed("", error.message, written) from None
    return "\n".join(said)


def _copy_parts(carry: CarryOver, lang: Lang) -> list[str]:
    """The parts' reports into the destination's progress, under its lock (held by `write`)."""
    parts = [entry for link in carry.links for entry in link.parts]
    if not parts:
        return []
    names = {u.id: u.name for u in open_tracker(carry.destination).index.units.values()}
    copy_parts(carry.destination, names, parts, lock_held=True)
    done = sum(entry.status == "done" for entry in parts)
    said = [label("carry_parts_copied", lang, count=done)] if done else []
    if len(parts) > done:
        said.append(label("carry_reports_copied", lang, count=len(parts) - done))
    return said


def _marks(carry: CarryOver) -> tuple[Path, bytes, str] | None:
    """The origin, its bytes with the marks, checked, from the origin as it is now (read under
    its lock by mark_origin), and how it is shown; None when there is no mark to write."""
    marks = {link.origin_id: f"{carry.to_name}/{link.new_id}" for link in carry.links if link.mark}
    if not marks or carry.source is None or carry.day is None:
        return None
    shown = display_path(carry.source)
    return carry.source, mark_origin(carry.source, shown, marks, carry.day), shown


def _replace(path: Path, raw: bytes, shown: str) -> None:
    from cds_tracker.core.atomic import replace_file

    try:
        replace_file(path, raw)
    except OSError as exc:  # said by `write`, with what was written before
        exc.filename = str(path)
        raise
