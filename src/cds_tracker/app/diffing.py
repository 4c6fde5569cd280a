"""`cds diff OLD NEW`: two registries, plans or revised tables compared, each side read and
checked as `cds validate` would. Split from app/plans.py, the commands over several plans.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cds_tracker.app import workspace
from cds_tracker.app.discovery import display_path
from cds_tracker.core.errors import DataError, UsageError, msg, os_reason
from cds_tracker.core.tuples import Record
from cds_tracker.output.sanitize import visible_line
from cds_tracker.output.words import Lang, label, resolve_lang

if TYPE_CHECKING:
    from cds_tracker.app.diff_checks import Checked
    from cds_tracker.registry.unread_rows import Unread

    Unreadable = tuple[list[Unread], dict[tuple[str, str], tuple[str, str]]]


class Compared(Record):
    """`cds diff`'s answer: the diff, the lines to say before it (stderr: the problems of a
    side `cds validate` refuses, and those an import marked), and the sides found invalid (the
    command then fails, exit 1, after printing the diff: app/diff_checks.py)."""

    text: str
    warnings: list[str]
    invalid: list[str]


def diff(
    old_arg: str,
    new_arg: str,
    registry: Path | None,
    fmt: str,
    lang_option: str | None,
    chosen: tuple[str, ...] = (),
) -> Compared:
    from cds_tracker.app.revising import chosen_pairs
    from cds_tracker.output.diff_json import diff_json
    from cds_tracker.output.diff_text import diff_text
    from cds_tracker.registry.diff import compare

    lang = resolve_lang(lang_option)
    old, old_shown, old_check, _unread, old_names = _side(old_arg, new_arg, registry)
    new, new_shown, new_check, (unread, cells), new_names = _side(new_arg, old_arg, registry)
    if _table(old_arg) != _table(new_arg):  # like with like: see `_table`
        table, plan = (old, new) if _table(old_arg) else (new, old)
        table["catalog"] = plan.get("catalog")
    from cds_tracker.registry.likeness import TooMany

    pairs = chosen_pairs(chosen, old, new)  # `--pair`, as `import --revise` takes it
    try:
        revision = _revision(old, new, new_arg)
        result = compare(
            old,
            new,
            pairs,
            revision=revision,
            unread=unread if revision else (),
            unread_cells=cells if revision and not _table(old_arg) else {},  # fixes: a registry's
            names={**old_names, **new_names},
            through=_through(old, new, (old_arg, new_arg)),
        )
    except TooMany as error:  # too many targets to pair: refused, named by both sides
        raise error.located(old_shown, new_shown) from None
    except (AttributeError, TypeError, KeyError):  # a file that only looks like a registry
        raise UsageError(
            msg("diff.not_well_formed", old=old_arg, new=new_arg), hint=msg("diff.hint.validate")
        ) from None
    if result.revising:  # annulled as `import --revise` annuls them, by the same words
        reason = label("revise_reason", "vi", source=result.revising)
        result.cancelled = [
            c if c.already or c.reason else dataclasses.replace(c, reason=reason)
            for c in result.cancelled
        ]
    from cds_tracker.app.diff_annulled import annulled_carried
    from cds_tracker.app.diff_checks import warnings

    plans = next(filter(None, map(_plans_folder, (new_arg, old_arg))), None)
    annulled_carried(result, old, new, plans)  # carried, annulled since: said so (a23-07, a23-09)
    result.carried_cited = _cite_carried(result, new_arg, old_arg)
    text = (
        diff_json(result, old_shown, new_shown)
        if fmt == "json"
        else diff_text(result, old_shown, new_shown, lang)
    )
    sides = [old_check(lang), new_check(lang)]  # after the compare: a refused pairing says alone
    return Compared(text, warnings(sides, lang), [s.shown for s in sides if s.refused])


def _cite_carried(result: Any, *args: str) -> dict[str, str]:
    """Each carried target's origin ('2024/I.2') as the documents cite it ('I.1 (2024)',
    output/carried.py `cited_from`), read from the workspace either side is a plan of; none
    where neither is (the id is shown then)."""
    found = [
        origin for _, origin in (*result.carried_kept, *result.carried_in, *result.carried_old)
    ] + [origin for _, origin, _ in (*result.carried_annulled, *result.carried_annulled_old)]
    if not found:
        return {}
    from cds_tracker.app.origins import origins_named
    from cds_tracker.output.carried import cited_from

    names = sorted({origin.partition("/")[0] for origin in found})
    plans = next(filter(None, map(_plans_folder, args)), None)
    if plans is None:
        return {}
    origins = origins_named(plans, names)
    return {origin: cited_from(origin, origins) for origin in found}


def _through(old: dict[str, Any], new: dict[str, Any], args: tuple[str, str]) -> dict[str, Any]:
    """Two plans: each of the later one's carried targets → the origins its chain reaches beyond
    its `carried_from`, nearest first (2025's I.3, from 2024/I.2: ("2023/I.1",)), read from the
    plans of the workspace either side is a plan of (app/origins.py `origins_named`), so that a
    target carried 2023 → 2024 → 2025 is paired with its 2023 origin (registry/diff_plans.py;
    attack21 a21-09); none where neither side is a workspace's plan."""
    from cds_tracker.registry.diff_plans import different_plans, later_first

    if not different_plans(old, new):
        return {}
    later = old if later_first(old, new) else new
    carried = {
        str(t.get("id")): str(t["carried_from"])
        for g in later.get("groups") or ()
        for t in g.get("targets") or ()
        if isinstance(t, dict) and t.get("carried_from")
    }
    plans = next(filter(None, map(_plans_folder, args)), None)
    if not carried or plans is None:
        return {}
    from cds_tracker.app.origins import origins_named

    origins = origins_named(plans, sorted({o.partition("/")[0] for o in carried.values()}))
    found: dict[str, tuple[str, ...]] = {}
    for target_id, origin in carried.items():
        chain: list[str] = []
        plan, _, there = origin.partition("/")
        while plan in origins and len(chain) <= len(origins):  # a loop written by hand ends
            value = origins[plan].carried.get(there, "")
            if not value:
                break
            chain.append(value)
            plan, _, there = value.partition("/")
        if chain:
            found[target_id] = tuple(chain)
    return found


def _plans_folder(arg: str) -> Path | None:
    """The `plans/` folder of a workspace whose plan `arg` names, else None."""
    from cds_tracker.registry.unit_changes import PLANS, REGISTRY_NAME

    path = _registry_path(arg)
    if path is not None and path.name == REGISTRY_NAME and path.parent.parent.name == PLANS:
        return path.parent.parent
    return None


def _revision(old: dict[str, Any], new: dict[str, Any], new_arg: str) -> bool:
    """Whether NEW is a revised table of the plan OLD (a table of the same year, or stating
    none, as `import --revise` takes it, or one whose heading names OLD's plan as the plan it
    revises): its targets are then named as the revision would file them. A table of another
    year is another plan, whose import names them as printed."""
    from cds_tracker.registry.importing.heading import revised_plan

    if not _table(new_arg):
        return False
    years = [(side.get("document") or {}).get("year") for side in (old, new)]
    if not years[1] or str(years[0]) == str(years[1]):
        return True
    plan = (old.get("document") or {}).get("plan") or {}
    revises = revised_plan(str(((new.get("document") or {}).get("plan") or {}).get("reference")))
    named = f"số {plan.get('number', '')}/{plan.get('symbol', '')}" if plan.get("symbol") else ""
    return bool(named) and named in revises


def _table(arg: str) -> bool:
    """Whether `arg` is a Word/Excel appendix. A table has no unit catalogue of its own: it is
    read against the other side's, as loaded (with the workspace's unit changes file merged in).
    Against a registry file, which keeps its catalogue as written, it takes that catalogue, so
    the workspace's unit changes are no difference between the two (both tables: the same)."""
    return Path(arg).suffix.lower() in _TABLES and Path(arg).is_file()


_TABLES = (".docx", ".docm", ".xlsx", ".xlsm")


def _side(
    arg: str, other: str, registry: Path | None
) -> tuple[dict[str, Any], str, Callable[[Lang], Checked], Unreadable, dict[str, str]]:
    """A registry's data from a .yaml path, a folder, a plan name, or a .docx/.xlsx appendix
    (read with the catalog of the other side when that is a registry, else the one in use),
    as shown, how to check it as `cds validate` would (app/diff_checks.py), and its units'
    names as every command says them: from the catalogue its names are read with, a
    workspace's unit changes applied (a table: the registry it was read against)."""
    from cds_tracker.app.diff_checks import registry_problems, registry_side, table_side

    path = _registry_path(arg)
    if path is not None and path.suffix.lower() in _TABLES:
        from cds_tracker.app.importing import base_registry, read_appendix

        other_path = _registry_path(other)
        use = other_path if other_path and other_path.suffix.lower() in (".yaml", ".yml") else None
        try:
            base, _ = base_registry(use or registry)
        except DataError:  # the other side is invalid (said with it): the registry in use reads
            if use is None:  # the table's names, else the other side's problems stop the diff
                raise
            base, _ = base_registry(registry)
        imported = read_appendix(path, base, resolve_lang(None))
        shown = display_path(path)
        from cds_tracker.app.revise_unread import table_unread, unread_cells

        seen = visible_line(shown)  # its rows and cells the importer could not read
        unread = (table_unread(imported, seen), unread_cells(imported, seen))
        named = {unit.id: unit.name for unit in base.catalog.units}
        return imported.data, shown, lambda lang: table_side(imported, shown, lang), unread, named
    if path is None and Path(arg).is_dir():  # a folder, but no registry in it
        folder = arg.rstrip("/\\") or arg
        raise UsageError(
            msg("diff.no_registry_in", arg=folder), hint=msg("diff.hint.no_registry_in", arg=folder)
        )
    if path is None:
        raise UsageError(msg("diff.no_such_side", arg=arg), hint=msg("diff.hint.sides"))
    from cds_tracker.registry.yamlio import YamlFault, decode, parse

    try:
        from cds_tracker.core.files import read_regular

        raw = read_regular(path)  # non-blocking: a pipe put there never waits
        data = parse(decode(raw))
    except YamlFault as fault:  # invalid data, located as `validate` says it (exit 1)
        from cds_tracker.app.opening import invalid
        from cds_tracker.registry.loading import fault_problem

        shown = display_path(path)
        raise invalid(shown, (fault_problem(fault, raw, shown),)) from None
    except OSError as error:
        reason = os_reason(error)
        raise UsageError(
            msg("diff.cannot_read", arg=arg, reason=reason), hint=msg("diff.hint.one")
        ) from None
    shown = display_path(path)
    # before any shape is trusted: a top level that is no mapping, a key missing, … is refused
    # as `validate` locates it, exit 1 (a13_05: it was "không phải là sổ đăng ký", exit 2)
    found = registry_problems(raw, path, shown)
    if not isinstance(data, dict) or not isinstance(data.get("groups"), list):
        raise UsageError(msg("diff.not_registry", arg=arg), hint=msg("diff.hint.one"))
    from cds_tracker.registry.unit_changes import catalog_units

    named = {unit.id: unit.name for unit in catalog_units(data, path, shown)}
    return data, shown, lambda lang: registry_side(found, shown, data, lang), ([], {}), named


def _registry_path(arg: str) -> Path | None:
    """The registry `arg` names: a file, a folder holding one, or a plan's name. Something else
    at that path (a pipe, a device, a file that may not be read) is said as what it is."""
    from cds_tracker.core.files import check_named

    path = Path(arg)
    if path.is_dir() and (path / workspace.REGISTRY_NAME).is_file():
        return path / workspace.REGISTRY_NAME
    if (path.is_symlink() or path.exists()) and not path.is_dir():
        check_named(path, hint=msg("diff.hint.sides"))  # exit 2 unless a readable file
        return path
    folder = workspace.find_workspace()
    if folder is not None:
        plan = workspace.named(workspace.plans_in(folder), arg)  # as --plan names it
        return plan.registry if plan is not None else None
    return None
