"""Which registry a command works on: --registry (after the command or before it; given with
--plan, a usage error, cli/app.py), then the plan typed with --plan, then CDS_REGISTRY, then the
plan chosen with CDS_PLAN, then the nearest folder, from the
current one upward, holding `phu_luc_01.yaml` (what `cds init DIR` makes), `data/phu_luc_01.yaml`
(a repository) or a plans/ workspace (app/workspace.py), then the copy bundled with the package
(so `cds` works from any folder; commands then say so on stderr, since progress cannot be
recorded there)."""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path

from cds_tracker.core.errors import CdsError, DataError, Msg, Text, UsageError, msg, os_reason
from cds_tracker.core.tuples import Record

REGISTRY_NAME = "phu_luc_01.yaml"
ENV_VAR = "CDS_REGISTRY"
given: Path | None = None  # `cds --registry PATH COMMAND`: the run's --registry, before the command


class Found(Record):
    path: Path
    how: str  # "option", "environment", "folder" or "bundled"
    skipped: tuple[Msg, ...] = ()  # candidates passed over on the way up, each with why

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
    from cds_tracker.app import workspace

    if workspace.chosen is not None:  # typed `--plan NAME`: it beats CDS_REGISTRY (a18_01)
        here = current_folder() if cwd is None else cwd.resolve()
        return Found(_typed_plan(here, workspace.chosen, env), "plan")
    if env.get(ENV_VAR):
        return Found(_existing(Path(env[ENV_VAR]), ENV_VAR), "environment")
    here = current_folder() if cwd is None else cwd.resolve()
    if (name := workspace.wanted_plan(env)) is not None:
        chosen = workspace.plan_registry(here, name)
        assert chosen is not None
        return Found(chosen, "plan")
    skipped: list[Msg] = []
    for folder in (here, *here.parents):
        for candidate in (folder / REGISTRY_NAME, folder / "data" / REGISTRY_NAME):
            why = unusable(candidate)
            if why is None:
                return Found(candidate, "folder", tuple(skipped))
            if why is not ABSENT:
                skipped.append(msg("find.skipped", path=candidate, reason=why))
        if plans := workspace.plans_in(folder, skipped):
            plan = workspace.choose(plans, None)
            if (note := workspace.fallback(plans, plan)) is not None:
                skipped.append(note)  # said on stderr with the folders passed over
            return Found(plan.registry, "plan", tuple(skipped))
    return Found(bundled_registry(), "bundled", tuple(skipped))


def _typed_plan(here: Path, name: str, env: Mapping[str, str]) -> Path:
    """The plan `--plan NAME` names: typed on the command line, it wins over CDS_REGISTRY (an
    environment set once for the window, as `cds init` advises) as any option wins over the
    environment; the plan is that of the workspace around the current folder, else of the
    workspace CDS_REGISTRY's registry is in (a clerk working from another folder)."""
    from cds_tracker.app import workspace

    if workspace.find_workspace(here) is None and env.get(ENV_VAR):
        elsewhere = Path(env[ENV_VAR]).resolve()
        if workspace.find_workspace(elsewhere) is not None:
            here = elsewhere
    chosen = workspace.plan_registry(here, name)
    assert chosen is not None  # a name given: a plan, or a usage error
    return chosen


def again(found: Found) -> str:
    """The option that makes a command typed from here work on the registry `found` is, as
    every hint printing a `cds …` command names it (the one home: attack 14, a14_08/a14_09):
    "--registry PATH" when the run was given --registry (as typed, relative to where it was
    typed), "--plan NAME" when a plan of a plans/ workspace was chosen by
    --plan, CDS_PLAN or as the default (the default of a command may be another year's plan:
    `progress add` picks the plan of its --date), and "" when the same search finds it again
    (CDS_REGISTRY, the nearest phu_luc_01.yaml, the bundled copy)."""
    from cds_tracker.core.command_words import name_word

    # one word read alike by PowerShell, cmd and bash, else "…" (core/command_words.py): a
    # folder "2023-$(touch X)" or a path holding `$` is never run, and shows where it goes
    if found.how == "option":
        path = found.path.parent if found.path.name == REGISTRY_NAME else found.path
        return f"--registry {name_word(str(path))}"
    if found.how == "plan":
        return f"--plan {name_word(found.path.parent.name)}"
    return ""


def other_plan(found: Found, name: str | None, year: int | None = None) -> str:
    """The option that makes a command typed from here work on another plan of the workspace
    the registry `found` is in: the plan folder `name` (as `carried_to`/`carried_from` and a
    form's hidden sheet write it), else the plan of `year` (`workspace.of_year`: `2024`, else
    `2024-sua-doi`). Each hint naming a plan other than this run's names it so (`again` is
    this run's own): when --registry or CDS_REGISTRY chose the registry, --plan would not
    reach the workspace from a folder outside it (CDS_REGISTRY would even win over it), so
    the sibling plan's folder is given by --registry, relative to the current folder when
    under it; else --plan with the folder's real name. No such plan there: --plan with the
    name (or year) as written, which cds refuses listing the plans there are (fix12p)."""
    from cds_tracker.app import workspace
    from cds_tracker.core.command_words import name_word

    try:
        folder = found.path.resolve().parent
    except OSError:
        folder = found.path.parent
    root = folder.parent.parent if folder.parent.name == workspace.PLANS else None
    plans = workspace.plans_in(root) if root is not None else []
    plan = workspace.named(plans, name) if name is not None else None
    if plan is None and year is not None:
        plan = workspace.of_year(plans, year)
    if plan is None:
        return f"--plan {name_word(name if name is not None else str(year))}"
    if found.how in ("option", "environment"):
        return f"--registry {name_word(display_path(plan.registry.parent))}"
    return f"--plan {name_word(plan.name)}"


def plan_option(name: str | None, year: int | None = None) -> str:
    """`other_plan` for a hint said where no `Found` is at hand (a form given to `cds import`, a
    carried target's origin plan): this run's registry as found from here, else the plan by
    name, as cds refuses it listing the plans there are (a18_01)."""
    try:
        found = find_registry(None)
    except CdsError:
        found = Found(Path(REGISTRY_NAME), "plan")  # in no plans/ folder: `--plan NAME`
    return other_plan(found, name, year)


ABSENT = msg("os.not_found")


def unusable(path: Path) -> Text | None:
    """None when `path` is a regular file (a link to one included); else why not: ABSENT when
    nothing is there, or what is in the way (a folder, a pipe, a link to nothing, a folder the
    user may not enter), so the search can say which candidate it passed over."""
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        try:
            path.lstat()
        except OSError:
            return ABSENT
        return msg("find.dangling")
    except OSError as exc:  # a folder on the way the user may not enter, a loop of links
        return os_reason(exc)
    if stat.S_ISREG(mode):
        return None
    return msg("os.is_folder") if stat.S_ISDIR(mode) else msg("find.not_regular")


def current_folder() -> Path:
    """The current folder, resolved; an error (exit 1), not a crash, when it was removed."""
    try:
        return Path.cwd().resolve()
    except OSError as exc:
        raise DataError(msg("find.no_cwd", reason=os_reason(exc))) from None


def _existing(path: Path, source: str) -> Path:
    try:
        if path.is_dir():
            path = path / REGISTRY_NAME
        usable = path.is_file()
    except OSError as exc:  # a folder on the way the user may not enter
        raise DataError(msg("os.failed", path=path, reason=os_reason(exc))) from None
    hint = msg("find.hint.registry", name=REGISTRY_NAME)
    if not usable and not (path.is_symlink() or path.exists()):
        raise UsageError(msg("find.no_registry", source=source, path=path), hint=hint)
    from cds_tracker.core.files import check_named

    # A pipe, a device, a link to nothing, a file that may not be read: said as what it is.
    check_named(path, hint=hint)
    return path


def display_path(path: Path, cwd: Path | None = None) -> str:
    """Relative to the current folder when under it (as editors and CI expect), else as given
    (also when the current folder was removed); on one visible line (`visible_line`: a folder
    named with a line break or ESC shows "a␊b", "␛", never a raw control), as every path cds
    prints from the file system is shown."""
    from cds_tracker.output.sanitize import visible_line

    try:
        base = (cwd or Path.cwd()).resolve()
        # A link is named as itself, not as the file it leads to (that is not the file cds met)
        real = path.resolve() if path.name in ("", ".", "..") else path.parent.resolve() / path.name
        return visible_line(real.relative_to(base).as_posix())
    except (ValueError, OSError):
        return visible_line(str(path))
