"""`cds validate`: which files to check, and checking each of them.

A folder or a registry file means the registry and all its progress files (`progress/*.yaml`
beside it): a change to the registry can invalidate them. A progress file named on its own is
checked against the registry of the folder above it. In a workspace of several plans, no path
(and no --plan, --registry) means every plan and the workspace's unit changes file, as does the
workspace's `plans` folder named; the changes file named alone is checked by its own rules,
and so is it with any plan of its workspace named (every plan reads it).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cds_tracker.app.discovery import Found, display_path, find_registry
from cds_tracker.app.workspace import PLANS
from cds_tracker.core.errors import Finding, Msg, Problem, UsageError, msg
from cds_tracker.core.files import check_named
from cds_tracker.progress.reading import PROGRESS_DIR, load_progress, progress_files
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.rules_carried import carried_from_problems
from cds_tracker.registry.rules_unseen import unseen_problems
from cds_tracker.registry.yamlio import bulk_load


@dataclass(frozen=True)
class Checked:
    files: int
    problems: tuple[Problem, ...]


def _workspace_plans(plans_folder: Path) -> list[Path]:
    """The registries of the plans in a workspace's `plans` folder, and its unit changes file
    when there is one (checked on its own: a change no plan reads is still checked)."""
    from cds_tracker.app.workspace import plans_in
    from cds_tracker.registry.unit_changes import FILE_NAME

    found = [p.registry for p in plans_in(plans_folder.parent)]
    changes = plans_folder / FILE_NAME
    return [changes, *found] if changes.is_file() else found


def _is_changes_file(path: Path) -> bool:
    from cds_tracker.registry.unit_changes import FILE_NAME

    return path.name == FILE_NAME and path.absolute().parent.name == PLANS


def _registry_of(progress_file: Path) -> Path:
    candidates = sorted(progress_file.parent.parent.glob("*.yaml"))
    if len(candidates) != 1:
        raise UsageError(
            msg("validate.which_registry", path=progress_file),
            hint=msg("validate.hint.folder"),
        )
    return candidates[0]


def plan(paths: Sequence[Path], registry: Path | None) -> dict[Path, list[Path] | None]:
    """Registry → the progress files to check with it (None: all of them), and the unit
    changes file of each plan's workspace: a plan applies only the changes to units it names,
    so a typo'd id in that file would pass whichever plan alone is checked (`changes_problems`
    says it, once however many plans share the file). Checked after the plans named, so that
    what a plan finds in the file is said in the order the plan finds it, as before."""
    from cds_tracker.registry.unit_changes import changes_path

    wanted = _named(paths, registry)
    changes = [changes_path(path) for path in wanted if not _is_changes_file(path)]
    applying = [p for p in changes if p is not None and _present(p)]
    return {**wanted, **dict.fromkeys(p for p in applying if not _planned(p, wanted))}


def _present(path: Path) -> bool:
    """Whether there is something at `path` (a file not readable is: checking it says why)."""
    try:
        return path.exists() or path.is_symlink()
    except OSError:
        return True


def _planned(changes: Path, wanted: dict[Path, list[Path] | None]) -> bool:
    return any(_is_changes_file(p) and p.absolute() == changes.absolute() for p in wanted)


def _named(paths: Sequence[Path], registry: Path | None) -> dict[Path, list[Path] | None]:
    if not paths:
        from cds_tracker.app import workspace

        chosen = find_registry(registry)
        if chosen.how != "plan" or workspace.wanted_plan() is not None:
            return {chosen.path: None}  # --plan, --registry, CDS_REGISTRY: that one registry
        return dict.fromkeys(_workspace_plans(chosen.path.parent.parent))
    wanted: dict[Path, list[Path] | None] = {}
    for path in paths:
        # A folder, or a readable regular file; anything else was named by mistake (exit 2).
        is_folder = check_named(path, folder=True)
        if is_folder and path.absolute().name == PLANS and (every := _workspace_plans(path)):
            wanted.update(dict.fromkeys(every))
        elif is_folder:
            found = sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
            if not found:
                raise UsageError(msg("validate.no_yaml", path=path))
            for file in found:
                wanted[file] = None
        elif path.parent.name == PROGRESS_DIR:
            owner = _registry_of(path)
            listed = wanted.setdefault(owner, [])
            if listed is not None:
                listed.append(path)
        else:
            wanted[path] = None  # a registry, and every progress file that depends on it
    return wanted


def validate_paths(paths: Sequence[Path], registry: Path | None, *, copies: bool = True) -> Checked:
    """`copies`: also say the reports a carried target's new plan lacks (app/carry_gaps.py);
    `cds sync` leaves that to `cds validate` (a report filed late is no merge's fault)."""
    files = 0
    problems: list[Problem] = []
    for registry_path, listed in plan(paths, registry).items():
        if _is_changes_file(registry_path):
            files += 1
            problems += changes_problems(registry_path, display_path(registry_path))
            continue
        result = load_registry(registry_path, display=display_path(registry_path))
        progress = progress_files(registry_path) if listed is None else listed
        files += 1 + len(progress)
        problems += result.problems
        if result.registry is None:
            continue
        found = Found(registry_path, _how(paths, registry))
        shown = display_path(registry_path)
        problems += _reaching(carried_from_problems(registry_path, result.registry, shown), found)
        problems += unseen_problems(registry_path, result.registry, display_path(registry_path))
        with bulk_load():
            from cds_tracker.app.opening import later_of, leaving_of

            later = later_of(registry_path, result.registry)  # where a late report goes
            leaving = leaving_of(registry_path, result.registry)  # an ongoing one's last day
            loaded = load_progress(
                result.registry, progress, display=display_path, later=later, leaving=leaving
            )
        problems += _reaching(loaded.problems, found)
        if not result.problems:  # a carried target's report dated before this plan takes it
            from cds_tracker.app.carried_early import early_reports

            early = early_reports(registry_path, result.registry, loaded.entries, display_path)
            problems += _reaching(early, found)
            from cds_tracker.app.carried_late import late_reports

            late = late_reports(registry_path, result.registry, loaded.entries, display_path)
            problems += _reaching(late, found)
        if copies and listed is None and not result.problems and not loaded.problems:
            from cds_tracker.app.carry_gaps import missing_copies

            problems += missing_copies(registry_path, result.registry, loaded.entries, display_path)
    # Every plan of a workspace reads its unit changes file: a problem in it is said once.
    return Checked(files, tuple(dict.fromkeys(problems)))


_CARRIED_HINTS = (
    "progress.hint.carried_in",
    "progress.hint.carried_away",
    "progress.hint.carried_ahead",
    "rule.hint.cancelled_before_carried",
)


def _how(paths: Sequence[Path], registry: Path | None) -> str:
    """How the registries checked were reached, as app/discovery.py `other_plan` asks: a path
    named, --registry or CDS_REGISTRY ("option": the current folder may be outside the
    workspace, so another plan is named by its path), else found from here ("plan")."""
    from cds_tracker.app import discovery

    named = paths or registry is not None or discovery.given is not None
    return "option" if named or os.environ.get(discovery.ENV_VAR) else "plan"


def _reaching(problems: Sequence[Problem], found: Found) -> list[Problem]:
    """`problems` with the command of a carried report's hint (progress/carried_away.py) naming
    the other plan as a command typed from here reaches it (app/discovery.py `other_plan`)."""
    from cds_tracker.app.discovery import other_plan

    said = []
    for problem in problems:
        hint = problem.hint
        if isinstance(hint, Msg) and hint.key in _CARRIED_HINTS:
            option = other_plan(found, str(dict(hint.values)["plan"]))
            problem = problem._replace(hint=_aimed(hint, option))
        said.append(problem)
    return said


def _aimed(text: Msg, option: str) -> Msg:
    """`text` with its `option` and that of each message in it (the command a carried report's
    hint gives, progress/entry_commands.py, is one) put as `option`."""
    return Msg(
        text.key,
        tuple(
            (k, _aimed(v, option) if isinstance(v, Msg) else option if k == "option" else v)
            for k, v in text.values
        ),
    )


# A change to a unit a plan names need not repeat the unit's name, kind and source: standing in
# for them, these let the entry's own fields be checked as a unit's (unknown keys, days, ids).
_UNWRITTEN = {"name": "-", "kind": "department", "source": "user"}


def changes_problems(path: Path, shown: str) -> list[Problem]:
    """The workspace's unit changes file by its own rules: a `units:` list (not a registry),
    each entry a unit's fields. What a change means for a plan is checked with each plan."""
    from cds_tracker.core.records import Unit
    from cds_tracker.registry.loading import locate, validate_model
    from cds_tracker.registry.unit_changes import AT, as_written, read_changes, spelled_successor

    # read_changes finds the file beside a plan's folder: any plan name does.
    changes = read_changes(
        path.parent / "-" / "phu_luc_01.yaml", str(Path(shown).parent / "-" / "-")
    )
    if changes is None or changes.problems:
        return list(changes.problems if changes else ())
    findings = list(changes.findings)
    for i, entry in changes.entries:
        spelled, twice = spelled_successor(entry, (AT, "units", i))
        _, found = validate_model(Unit, {**_UNWRITTEN, **spelled}, (AT, "units", i))
        findings += twice + as_written(found, entry)
    findings += _unknown_units(changes.entries, path.parent.parent)
    theirs = [f._replace(path=f.path[1:]) for f in findings]
    return list(locate(theirs, changes.text, shown)) if theirs else []


def _unknown_units(entries: list[tuple[int, dict[str, Any]]], workspace: Path) -> list[Finding]:
    """A change to a unit that no plan's catalog names, and the file does not add (no `name`):
    a typo in its id ('van-phog'), which no plan would apply; said with the closest id."""
    from cds_tracker.app.workspace import plans_in
    from cds_tracker.core.text import did_you_mean
    from cds_tracker.registry.unit_changes import AT

    known = {entry["id"] for _, entry in entries if "name" in entry}
    for found in plans_in(workspace):
        known |= _catalog_ids(found.registry)
    return [
        Finding(
            (AT, "units", i, "id"),
            msg("changes.unknown_unit", unit=entry["id"]),
            did_you_mean(entry["id"], sorted(known)) or msg("changes.hint.unknown_unit"),
        )
        for i, entry in entries
        if "name" not in entry and entry["id"] not in known
    ]


def _catalog_ids(registry: Path) -> set[str]:
    """The unit ids a plan's catalog writes (an unreadable plan: none; its own check says why)."""
    from cds_tracker.core.files import read_regular
    from cds_tracker.registry.yamlio import YamlFault, decode, parse

    try:
        data = parse(decode(read_regular(registry)))
    except (OSError, YamlFault):
        return set()
    catalog = data.get("catalog") if isinstance(data, dict) else None
    units = catalog.get("units") if isinstance(catalog, dict) else None
    if not isinstance(units, list):
        return set()
    return {u["id"] for u in units if isinstance(u, dict) and isinstance(u.get("id"), str)}
