"""Which registry a command works on: --registry (after the command or before it), then
CDS_REGISTRY, then the plan chosen with --plan (CDS_PLAN), then the nearest folder, from the
current one upward, holding `phu_luc_01.yaml` (what `cds init DIR` makes), `data/phu_luc_01.yaml`
(a repository) or a plans/ workspace (app/workspace.py), then the copy bundled with the package
(so `cds` works from any folder; commands then say so on stderr, since progress cannot be
recorded there)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from cds_tracker.core.errors import UsageError, msg

REGISTRY_NAME = "phu_luc_01.yaml"
ENV_VAR = "CDS_REGISTRY"
given: Path | None = None  # `cds --registry PATH COMMAND`: the run's --registry, before the command


@dataclass(frozen=True)
class Found:
    path: Path
    how: str  # "option", "environment", "folder" or "bundled"

    @property
    def bundled(self) -> bool:
        return self.how == "bundled"

    def display(self, cwd: Path | None = None) -> str:
        """The registry file as the user should read it in a footer or `cds --version`."""
        return display_path(self.path, cwd)


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
    option = option if option is not None else given
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
        for candidate in (folder / REGISTRY_NAME, folder / "data" / REGISTRY_NAME):
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
            msg("find.no_registry", source=source, path=path),
            hint=msg("find.hint.registry", name=REGISTRY_NAME),
        )
    return path


def display_path(path: Path, cwd: Path | None = None) -> str:
    """Relative to the current folder when under it (as editors and CI expect), else absolute."""
    base = (cwd or Path.cwd()).resolve()
    try:
        return path.resolve().relative_to(base).as_posix()
    except ValueError:
        return str(path)
