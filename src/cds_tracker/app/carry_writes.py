"""carry-over's write, before and after it (app/carrying.py `write`): the two plans' locks, the
checks that nothing stands in the way of any of its writes (so a refusal writes nothing), and
what a failure says: "nothing written" only when nothing was (a11-04); and the new plan's bytes
with what the write adds to it (`new_targets`)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Any

from cds_tracker.app.carry_marks import round_trip
from cds_tracker.app.carry_withdrawn import annul
from cds_tracker.app.discovery import display_path
from cds_tracker.core.errors import CdsError, DataError, Text, msg, unwritten
from cds_tracker.output.sanitize import visible_line
from cds_tracker.output.words import label

if TYPE_CHECKING:
    from cds_tracker.app.carrying import CarryOver
    from cds_tracker.questions.carry_over import Proposal


def failed(path: str, reason: Text, written: list[str]) -> CdsError:
    """A write that failed: "nothing written" only when nothing was (the checks before the
    first write find a read-only file or folder; a disk full after it is still possible). Else
    what was written, and that `validate` says the half done and carry-over again finishes it
    (app/carrying.py `write`)."""
    if not written:
        return DataError(msg("carry.cannot_write", path=path, reason=reason))
    said = msg("carry.partly_written", path=path, reason=reason, written=", ".join(written))
    if not path:
        said = msg("carry.partly_written_said", said=reason, written=", ".join(written))
    return CdsError(said, hint=msg("carry.hint.partly_written"))


def progress_shown(carry: CarryOver) -> str:
    from cds_tracker.progress.files import progress_dir

    return visible_line(display_path(progress_dir(carry.destination))) + "/"


@contextmanager
def plan_locks(carry: CarryOver) -> Iterator[None]:
    """The destination's and the origin's write locks, in the order of their folders' paths
    (one lock if both plans share a folder)."""
    from cds_tracker.progress.files import progress_dir
    from cds_tracker.progress.writing import progress_lock

    plans = [carry.destination] + ([carry.source] if carry.source is not None else [])
    folders = {str(f.resolve()): f for f in (progress_dir(p) for p in plans)}
    with ExitStack() as stack:
        for key in sorted(folders):  # the lock makes its folder (or says why it cannot)
            stack.enter_context(progress_lock(folders[key]))
        yield


def check_writable(carry: CarryOver) -> None:
    """Both plans' files may be replaced (not a link, not read-only, in a folder that takes the
    new copy and its rename: core/atomic.py `check_replace`), and the progress files the parts
    go to appended to, checked before the first write: finding the origin or its folder
    read-only after writing the destination left the targets in both plans and said "nothing
    written" (a11-04; OSError naming the file, reported by app/carrying.py `write`)."""
    from cds_tracker.core.atomic import check_replace
    from cds_tracker.progress.files import progress_file
    from cds_tracker.progress.writing import check_appendable_path

    check_replace(carry.destination)
    if carry.source is not None and any(link.mark for link in carry.links):
        check_replace(carry.source)
    units = {entry.unit for link in carry.links for entry in link.parts}
    for unit in sorted(units):
        check_appendable_path(progress_file(carry.destination, unit))


def check_not_taken(carry: CarryOver) -> None:
    """Refuse when a proposed target was carried elsewhere since the proposal (read again
    under the origin's lock, never from the copy read before it)."""
    if carry.source is None or not carry.proposals:
        return
    from cds_tracker.registry.yamlio import decode, parse

    data = parse(decode(carry.source.read_bytes()))
    left = {
        str(t.get("id")): str(t["carried_to"])
        for g in data.get("groups") or ()
        for t in g.get("targets") or ()
        if t.get("carried_to")
    }
    prefix = f"{carry.proposals[0].origin.split('/', 1)[0]}/"
    taken = [
        f"{origin} → {left[origin]}"
        for origin in (p.origin.removeprefix(prefix) for p in carry.proposals)
        if origin in left
    ]
    if taken:
        shown = visible_line(display_path(carry.source))
        raise DataError(
            msg("carry.taken_since", path=shown, count=len(taken), targets=", ".join(taken))
        )


def new_targets(carry: CarryOver) -> bytes:
    """The new plan's bytes with the proposed targets (and the copies found finished before they
    were carried annulled: app/carry_withdrawn.py), checked; nothing is written here."""
    from cds_tracker.registry.loading import load_registry_bytes

    yaml = round_trip()
    data = yaml.load(carry.destination.read_text(encoding="utf-8"))
    for item in carry.proposals:
        group = _group(data["groups"], item)
        target: dict[str, Any] = dict(item.target)
        if item.unknown_units:
            target["needs_review"] = [
                label("carry_unknown_unit", "vi", unit=u) for u in item.unknown_units
            ]
        group["targets"].append(target)
    annul(data, list(carry.withdrawn), carry.from_name)  # copies finished before they came
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
        from cds_tracker.app.carry_problems import per_target

        said = per_target(unwritten(outside or checked.problems), carry.proposals)
        raise DataError(msg("carry.would_be_invalid", path=shown), said)
    return raw


def _group(groups: Any, item: Proposal) -> Any:
    for group in groups:
        if group["id"] == item.group_id:
            if group.get("targets") is None:
                group["targets"] = []
            return group
    groups.append({"id": item.group_id, "title": item.group_title, "targets": []})
    return groups[-1]
