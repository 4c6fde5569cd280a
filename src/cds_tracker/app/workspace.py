"""Several plans side by side: a workspace folder holds `plans/<name>/phu_luc_01.yaml`, each plan
with its own progress/ beside it (`plans/2023/`, `plans/2024/`, a revision `plans/2024-sua-doi/`).

`--plan NAME` (or CDS_PLAN) picks one; without it, the plan named for the year the command asks
about (`--as-of`, else `--month`), else for the current year, else the latest by name. A folder
with data/phu_luc_01.yaml is still a single-registry workspace, and `--registry PATH` overrides
everything, as before.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Mapping
from pathlib import Path

from cds_tracker.core.errors import Msg, Text, UsageError, msg, os_reason
from cds_tracker.core.tuples import Record

PLANS = "plans"
REGISTRY_NAME = "phu_luc_01.yaml"
ENV_VAR = "CDS_PLAN"

chosen: str | None = None  # set by `cds --plan NAME` for this run
asked: dt.date | None = None  # the day the command asks about (--as-of, --month), if given
# Every entry of a plans/ folder passed over in this run, each once, with why: the CLI says each
# on stderr once, whichever command looked (a listing, a choice, a plan named in a diff).
passed_over: list[Msg] = []


class Plan(Record):  # a named tuple: costs a warm start a fraction of a dataclass
    name: str
    registry: Path


def plans_in(folder: Path, skipped: list[Msg] | None = None) -> list[Plan]:
    """The plans of the workspace at `folder`, ordered by name (years sort in time order). A
    plans/ folder, or a plan's registry, that cannot be read is passed over, and added to
    `skipped` with why."""
    from cds_tracker.app.discovery import ABSENT, unusable

    root = folder / PLANS
    notes = [] if skipped is None else skipped

    def note(said: Msg) -> None:  # for the caller, and in the run's record
        notes.append(said)
        if said not in passed_over:
            passed_over.append(said)

    try:
        if not stat.S_ISDIR(root.stat().st_mode):
            return []
        entries = sorted(root.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        note(msg("find.skipped", path=root, reason=os_reason(exc)))
        return []
    found = []
    inside = folder.resolve()
    for entry in entries:
        why = unusable(entry / REGISTRY_NAME)
        if why is None and _foreign_digits(entry.name):
            why = msg("find.foreign_digits")
        if why is None and not (entry / REGISTRY_NAME).resolve().is_relative_to(inside):
            # A link leaving the workspace (to /etc/passwd, say) is no plan: neither the default
            # plan nor a file whose lines an error would quote (docs/reliability.md).
            why = msg("find.outside")
        if why is None:
            found.append(Plan(entry.name, entry / REGISTRY_NAME))
        elif why is not ABSENT:
            note(msg("find.skipped", path=entry / REGISTRY_NAME, reason=why))
        elif (odd := _no_plan_folder(entry)) is not None:
            note(msg("find.skipped", path=entry, reason=odd))
    return sorted(found, key=lambda plan: plan.name)


def _no_plan_folder(entry: Path) -> Msg | None:
    """Why an entry of plans/ named like a plan (`2024`, `2024-sua-doi`, `2024.docx`) holds no
    plan: a link to nothing, or no folder. Other files there are the user's own, passed over
    silently, as is a plan folder not yet given its registry."""
    import re

    from cds_tracker.app.discovery import ABSENT, unusable

    if re.match(r"[0-9]{4}(?![0-9])", entry.name) is None:
        return None
    why = unusable(entry)
    if why == msg("os.is_folder") or why is ABSENT:
        return None
    return msg("find.dangling") if why == msg("find.dangling") else msg("find.no_plan_folder")


def _foreign_digits(name: str) -> bool:
    """A name with digits other than 0–9 ("٢٠٢٨", "２０２４"): no plan, as its year would be read
    as 2028 by int() and a regex's \\d, yet differ from every "2028" a user types."""
    return any(char.isdecimal() and not char.isascii() for char in name)


def find_workspace(cwd: Path | None = None) -> Path | None:
    from cds_tracker.app.discovery import current_folder

    here = current_folder() if cwd is None else cwd.resolve()
    for folder in (here, *here.parents):
        if plans_in(folder):
            return folder
    return None


def wanted_plan(environ: Mapping[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    if chosen is not None:  # --plan "" is a plan named nothing: refused by choose(), not ignored
        return chosen
    return env.get(ENV_VAR, "").strip() or None  # a blank CDS_PLAN is no choice


def choose(
    plans: list[Plan], name: str | None, today: dt.date | None = None, option: str = "--plan"
) -> Plan:
    """The plan `name` (a usage error said for the `option` the user typed) or the default."""
    if name is not None:
        for plan in plans:
            if plan.name == name.strip():
                return plan
        names: Text = ", ".join(p.name for p in plans) or msg("plan.none")
        raise UsageError(
            msg("plan.no_such", option=option, name=name, names=names), hint=msg("plan.hint.list")
        )
    for day in (asked, today or dt.date.today()):
        if day is not None:
            found = next((p for p in plans if p.name == str(day.year)), None)
            if found is not None:
                return found
    return plans[-1]


def default_hint(registry: Path, today: dt.date | None = None) -> Msg | None:
    """Why the plan of `registry` answers though nobody named it (the year asked about, this
    year, else the latest), and how to choose another; None when it is the only plan."""
    folder = find_workspace()
    if folder is None:
        return None
    names = [plan.name for plan in plans_in(folder)]
    name = registry.parent.name
    others = [other for other in names if other != name]
    if not others:
        return None
    this_year = (today or dt.date.today()).year
    if asked is not None and name == str(asked.year):
        why = msg("plan.because_asked", year=asked.year)
    elif asked is None and name == str(this_year):
        why = msg("plan.because_this_year", year=this_year)
    else:
        why = msg("plan.because_latest", year=asked.year if asked else this_year)
    return msg("plan.hint.default", name=name, why=why, other=others[-1])


def fallback(plans: list[Plan], plan: Plan, today: dt.date | None = None) -> Msg | None:
    """What to say on stderr when the default plan is another year's: the day asked about (or
    today) falls in a year no plan is named for, so the latest answers (said, never silently:
    an ongoing target of 2024 is not asked about in 2025; `plans.in_plan`)."""
    day = asked or today or dt.date.today()
    if plan.name == str(day.year) or not any(p.name.isdigit() for p in plans):
        return None
    return msg("plan.fallback", year=day.year, plan=plan.name)


def plan_registry(cwd: Path | None, name: str | None) -> Path | None:
    """The registry of the chosen (or default) plan of the workspace around `cwd`, if any."""
    folder = find_workspace(cwd)
    if folder is None:
        if name is not None:
            raise UsageError(
                msg("plan.no_workspace", option=f"--plan {name}"),
                hint=msg("plan.hint.workspace"),
            )
        return None
    return choose(plans_in(folder), name).registry


def all_plans(cwd: Path | None = None, option: str | None = None) -> list[Plan]:
    """Every plan of the workspace around `cwd`; none there is a usage error, said for the
    `option` that asked for them (`--all-plans`), else plainly, with how to make a workspace."""
    folder = find_workspace(cwd)
    if folder is None:
        said = msg("plan.no_workspace", option=option) if option else msg("plans.no_workspace")
        from cds_tracker.app.setup import bundled_year

        raise UsageError(said, hint=msg("plans.hint.init", year=bundled_year()))
    return plans_in(folder)
