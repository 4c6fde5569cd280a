"""`cds carry-over --from 2023 --to 2024`: propose, then (once confirmed) append to the new plan.

The new plan's file is edited in round-trip mode, so its comments and layout stay as people wrote
them; the proposed entries are appended to their groups and the result is checked like any
registry before it replaces the file. A carried target due before the new plan's year is given the
new plan's last month (or `--deadline`): carried, it must not be late on its first day.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cds_tracker.app import workspace
from cds_tracker.app.discovery import display_path
from cds_tracker.app.importing import base_registry
from cds_tracker.app.opening import as_of_date, open_tracker
from cds_tracker.core.dates import parse_month
from cds_tracker.core.errors import DataError, UsageError, msg, os_reason
from cds_tracker.output.sanitize import visible_line
from cds_tracker.output.words import label, resolve_lang
from cds_tracker.questions.carry_over import Proposal, propose


@dataclass(frozen=True)
class CarryOver:
    destination: Path
    proposals: list[Proposal]
    text: str  # what would be written, for the user to confirm
    read: bytes = b""  # the new plan's file as proposed from: written over only if unchanged


def plan_named(name: str) -> workspace.Plan:
    found = workspace.all_plans()
    return workspace.choose(found, name)


def prepare(
    from_name: str,
    to_name: str,
    as_of_text: str | None,
    lang_option: str | None,
    deadline_text: str | None = None,
) -> CarryOver:
    lang = resolve_lang(lang_option)
    if from_name == to_name:
        raise UsageError(msg("carry.same_plan"), hint=msg("carry.hint.same_plan"))
    source, destination = plan_named(from_name), plan_named(to_name)
    tracker = open_tracker(source.registry)
    base, _ = base_registry(destination.registry)  # the plan written to must be valid already
    deadline = parse_month(deadline_text, option="--deadline") if deadline_text else None
    if deadline is not None and deadline.year < base.document.year:
        raise UsageError(
            msg("carry.deadline_before", month=deadline.display(), year=base.document.year),
            hint=msg("carry.hint.deadline", year=base.document.year),
        )
    read = destination.registry.read_bytes()
    data = _plain_data(read)
    proposals = propose(tracker, source.name, data, as_of_date(as_of_text), deadline)
    shown = visible_line(display_path(destination.registry))
    source_name = visible_line(source.name)  # a plan's name is its folder's
    lines = [label("carry_title", lang, count=len(proposals), source=source_name, path=shown)]
    for item in proposals:
        status = label(item.status, lang)
        said = f"{item.origin} → {item.target['id']} ({status}): {item.target['content']}"
        lines.append("  " + visible_line(said))
        if item.old_deadline is not None:
            new = item.target["deadline"]["text"]
            lines.append("    " + label("carry_deadline", lang, old=item.old_deadline, new=new))
        for unit in item.unknown_units:
            lines.append("    " + label("carry_unknown_unit", lang, unit=unit))
    return CarryOver(destination.registry, proposals, "\n".join(lines) + "\n", read)


def _plain_data(raw: bytes) -> Any:
    from cds_tracker.registry.yamlio import decode, parse

    return parse(decode(raw))


def write(carry: CarryOver, lang_option: str | None) -> str:
    """Under the plan's write lock (the one its progress writers take), so two confirmations
    at once cannot both append: the second finds the file changed since its proposal."""
    from cds_tracker.progress.files import progress_dir
    from cds_tracker.progress.writing import progress_lock

    shown = visible_line(display_path(carry.destination))
    folder = progress_dir(carry.destination)
    try:
        folder.mkdir(exist_ok=True)
        with progress_lock(folder):
            if carry.destination.read_bytes() != carry.read:
                raise DataError(msg("carry.changed_since", path=shown))
            return _write_locked(carry, lang_option)
    except OSError as exc:
        raise DataError(msg("carry.cannot_write", path=shown, reason=os_reason(exc))) from None


def _write_locked(carry: CarryOver, lang_option: str | None) -> str:
    from ruamel.yaml import YAML

    from cds_tracker.core.atomic import replace_file
    from cds_tracker.registry.loading import load_registry_bytes

    lang = resolve_lang(lang_option)
    yaml = YAML()
    yaml.width = 4096  # no folding: a folded plain line would end in a space
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    data = yaml.load(carry.destination.read_text(encoding="utf-8"))
    for item in carry.proposals:
        group = _group(data["groups"], item)
        target: dict[str, Any] = dict(item.target)
        if item.unknown_units:
            target["needs_review"] = [
                label("carry_unknown_unit", "vi", unit=u) for u in item.unknown_units
            ]
        group["targets"].append(target)
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    raw = buffer.getvalue().encode("utf-8")
    shown = visible_line(display_path(carry.destination))
    checked = load_registry_bytes(raw, path=carry.destination, display=shown)
    # A target marked for review (a unit the new plan lacks) is invalid until a person acts: the
    # check still runs, and any problem outside those targets refuses the write.
    reviewed = {p.target["id"] for p in carry.proposals if p.unknown_units}
    outside = tuple(p for p in checked.problems if p.target not in reviewed)
    if checked.registry is None and (outside or not reviewed):
        raise DataError(msg("carry.would_be_invalid", path=shown), outside or checked.problems)
    try:
        replace_file(carry.destination, raw)
    except OSError as exc:
        raise DataError(msg("carry.cannot_write", path=shown, reason=os_reason(exc))) from None
    return label("carry_written", lang, count=len(carry.proposals), path=shown)


def _group(groups: Any, item: Proposal) -> Any:
    for group in groups:
        if group["id"] == item.group_id:
            if group.get("targets") is None:
                group["targets"] = []
            return group
    groups.append({"id": item.group_id, "title": item.group_title, "targets": []})
    return groups[-1]
