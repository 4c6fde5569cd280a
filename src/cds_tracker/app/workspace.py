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
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from cds_tracker.core.errors import UsageError

PLANS = "plans"
REGISTRY_NAME = "phu_luc_01.yaml"
ENV_VAR = "CDS_PLAN"

chosen: str | None = None  # set by `cds --plan NAME` for this run
asked: dt.date | None = None  # the day the command asks about (--as-of, --month), if given


@dataclass(frozen=True)
class Plan:
    name: str
    registry: Path


def plans_in(folder: Path) -> list[Plan]:
    """The plans of the workspace at `folder`, ordered by name (years sort in time order)."""
    root = folder / PLANS
    if not root.is_dir():
        return []
    found = [
        Plan(p.name, p / REGISTRY_NAME) for p in root.iterdir() if (p / REGISTRY_NAME).is_file()
    ]
    return sorted(found, key=lambda plan: plan.name)


def find_workspace(cwd: Path | None = None) -> Path | None:
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if plans_in(folder):
            return folder
    return None


def wanted_plan(environ: Mapping[str, str] | None = None) -> str | None:
    env = os.environ if environ is None else environ
    return chosen or env.get(ENV_VAR) or None


def choose(plans: list[Plan], name: str | None, today: dt.date | None = None) -> Plan:
    if name is not None:
        for plan in plans:
            if plan.name == name.strip():
                return plan
        names = ", ".join(p.name for p in plans) or "none"
        raise UsageError(
            f"--plan: no plan '{name}' in this workspace (plans: {names})",
            hint="run 'cds plans' to list them",
        )
    for day in (asked, today or dt.date.today()):
        if day is not None:
            found = next((p for p in plans if p.name == str(day.year)), None)
            if found is not None:
                return found
    return plans[-1]


def plan_registry(cwd: Path | None, name: str | None) -> Path | None:
    """The registry of the chosen (or default) plan of the workspace around `cwd`, if any."""
    folder = find_workspace(cwd)
    if folder is None:
        if name is not None:
            raise UsageError(
                f"--plan {name}: no plans/ folder here or above",
                hint="a workspace keeps each plan in plans/<name>/phu_luc_01.yaml",
            )
        return None
    return choose(plans_in(folder), name).registry


def all_plans(cwd: Path | None = None) -> list[Plan]:
    folder = find_workspace(cwd)
    if folder is None:
        raise UsageError(
            "--all-plans: no plans/ folder here or above",
            hint="a workspace keeps each plan in plans/<name>/phu_luc_01.yaml",
        )
    return plans_in(folder)
