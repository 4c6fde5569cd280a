"""Which registry a command works on: --registry, then CDS_REGISTRY, then the plan chosen with
--plan (CDS_PLAN), then data/ or a plans/ workspace (app/workspace.py) found upward from the current
folder, then the copy bundled with the package (so `cds` works from any folder)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cds_tracker.core.errors import UsageError

REGISTRY_NAME = "phu_luc_01.yaml"
ENV_VAR = "CDS_REGISTRY"


@dataclass(frozen=True)
class Found:
    path: Path
    how: str  # "option", "environment", "folder" or "bundled"

    @property
    def bundled(self) -> bool:
        return self.how == "bundled"


def bundled_registry() -> Path:
    """The registry shipped inside the package; in a source checkout, the repository's data/."""
    installed = Path(__file__).parents[1] / "data" / REGISTRY_NAME
    if installed.is_file():
        return installed
    return Path(__file__).resolve().parents[3] / "data" / REGISTRY_NAME


def find_registry(
    option: Path | None = None, *, cwd: Path | None = None, environ: dict[str, str] | None = None
) -> Found:
    env = os.environ if environ is None else environ
    if option is not None:
        return Found(_existing(option, "--registry"), "option")
    if env.get(ENV_VAR):
        return Found(_existing(Path(env[ENV_VAR]), ENV_VAR), "environment")
    from cds_tracker.app import workspace

    here = (cwd or Path.cwd()).resolve()
    if (name := workspace.wanted_plan(env)) is not None:
        chosen = workspace.plan_registry(here, name)
        assert chosen is not None
        return Found(chosen, "plan")
    for folder in (here, *here.parents):
        candidate = folder / "data" / REGISTRY_NAME
        if candidate.is_file():
            return Found(candidate, "folder")
        if plans := workspace.plans_in(folder):
            return Found(workspace.choose(plans, None).registry, "plan")
    return Found(bundled_registry(), "bundled")


def _existing(path: Path, source: str) -> Path:
    if path.is_dir():
        path = path / REGISTRY_NAME
    if not path.is_file():
        raise UsageError(
            f"{source}: no registry file at '{path}'",
            hint=f"give the path of a registry .yaml file or of the folder holding {REGISTRY_NAME}",
        )
    return path


def display_path(path: Path, cwd: Path | None = None) -> str:
    """Relative to the current folder when under it (as editors and CI expect), else absolute."""
    base = (cwd or Path.cwd()).resolve()
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return str(path)
