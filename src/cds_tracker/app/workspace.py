"""Several plans side by side: a workspace folder holds `plans/<name>/phu_luc_01.yaml`, each plan
with its own progress/ beside it (`plans/2023/`, `plans/2024/`, a revision `plans/2024-sua-doi/`).

`--plan NAME` (or CDS_PLAN) picks one; without it, the plan of the year the command asks about
(`--as-of`, else `--month`), else of the current year, else the latest. A plan's year is the one
its registry's heading states (`document.year`), not its folder's name: `plans/2023b` or
`plans/ke-hoach-2023-dieu-chinh` is a 2023 plan, and a 2023 plan filed under `plans/2025` (which
`validate` refuses) is no plan of 2025 (final review 11, a_09); a heading whose year cannot be
read leaves the year its folder's name starts with, if any. Plans of one year: the folder
named just that year, else the one whose name sorts last (a revision `2024-sua-doi` after
`2024`). A plan whose year cannot be read is listed before every other, and is the latest only
when no plan's year can be read (then the last by name). A folder with
data/phu_luc_01.yaml is still a single-registry workspace, and `--registry PATH` overrides
everything, as before.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from collections.abc import Mapping
from pathlib import Path

from cds_tracker.core.errors import Msg, Text, UsageError, msg, os_reason
from cds_tracker.core.tuples import Record
from cds_tracker.registry.plan_names import name_problem, plan_name

PLANS = "plans"
REGISTRY_NAME = "phu_luc_01.yaml"
ENV_VAR = "CDS_PLAN"

chosen: str | None = None  # set by `cds --plan NAME` for this run
asked: dt.date | None = None  # the day the command asks about (--as-of, --month), if given
# Every entry of a plans/ folder passed over in this run, each once, with why: the CLI says each
# on stderr once, whichever command looked (a listing, a choice, a plan named in a diff).
passed_over: list[Msg] = []
# Each plan opened in this run whose carry-over from another is half done (app/opening.py
# `_entered`, app/carry_unfinished.py): said on stderr once by the CLI, after the answer.
half_carried: list[Msg] = []


class Plan(Record):  # a named tuple: costs a warm start a fraction of a dataclass
    name: str
    registry: Path
    year: int | None = None  # its registry heading's year, else its folder name's, else None


def _order(plan: Plan) -> tuple[int, str]:
    """The plans' order, as `cds plans` lists them: by year (one not read first), then name."""
    return (-1 if plan.year is None else plan.year, plan.name)


def of_year(plans: list[Plan], year: int | None) -> Plan | None:
    """The plan chosen among those of `year`: the folder named just that year, else the one
    whose name sorts last (a revision `2024-sua-doi` after `2024`); None when none is."""
    same = [plan for plan in plans if plan.year == year]
    return next((p for p in same if p.name == str(year)), same[-1] if same else None)


def latest(plans: list[Plan]) -> Plan:
    """The plan of the latest year (`of_year` among that year's); when no plan's year could be
    read, the last by name."""
    years = [plan.year for plan in plans if plan.year is not None]
    found = of_year(plans, max(years)) if years else None
    return found or plans[-1]


def plans_in(folder: Path, skipped: list[Msg] | None = None) -> list[Plan]:
    """The plans of the workspace at `folder`, in year order (`_order`), then by name.
    A plans/ folder, or a plan's registry, that cannot be read is passed over, and added to
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
        if why is None:
            why = name_problem(entry.name)  # a name no hint can print (registry/plan_names.py)
        if why is None and not (entry / REGISTRY_NAME).resolve().is_relative_to(inside):
            # A link leaving the workspace (to /etc/passwd, say) is no plan: neither the default
            # plan nor a file whose lines an error would quote (docs/reliability.md).
            why = msg("find.outside")
        if why is None:
            registry = entry / REGISTRY_NAME
            year = heading_year(registry) or _name_year(entry)
            found.append(Plan(plan_name(entry.name), registry, year))
        elif why is not ABSENT:
            note(msg("find.skipped", path=entry / REGISTRY_NAME, reason=why))
        elif (odd := _no_plan_folder(entry)) is not None:
            note(msg("find.skipped", path=entry, reason=odd))
    for plan in _same_named(found):
        note(msg("find.skipped", path=plan.registry, reason=_same_name(plan, found)))
    found = [plan for plan in found if plan.name not in {p.name for p in _same_named(found)}]
    for plan in _shadowed(found):
        said = msg("find.padded_name", name=plan.name.strip())
        note(msg("find.skipped", path=plan.registry, reason=said))
        found.remove(plan)
    return sorted(found, key=_order)


def _same_named(plans: list[Plan]) -> list[Plan]:
    """Plans whose folders have one name, written in two Unicode forms ("kế-hoạch-2024" typed,
    its copy synced from a Mac decomposed, NFD): a plan's name is its folder's in NFC
    (registry/plan_names.py), so `--plan` could name either, and `cds plans` listed two plans
    nobody could tell apart while `--plan` wrote into one of them without a word (a15_12).
    Both are passed over, each said with the other's folder, until one is renamed."""
    names = [plan.name for plan in plans]
    return [plan for plan in plans if names.count(plan.name) > 1]


def _same_name(plan: Plan, plans: list[Plan]) -> Msg:
    """Why `plan` is passed over: the folders of its name, each with its Unicode form."""
    import unicodedata

    def form(folder: str) -> str:
        return next((f for f in ("NFC", "NFD") if unicodedata.is_normalized(f, folder)), "—")

    others = [p.registry.parent for p in plans if p.name == plan.name and p is not plan]
    folders = ", ".join(f"{PLANS}/{o.name} ({form(o.name)})" for o in others)
    return msg(
        "find.same_name", name=plan.name, form=form(plan.registry.parent.name), folders=folders
    )


def _shadowed(plans: list[Plan]) -> list[Plan]:
    """Plans whose folder's name has spaces at its ends ("2025 ") while another plan is named
    without them: `--plan` is typed without them (`named`), so they could never be chosen;
    passed over, said with why, rather than listed as a plan nobody can reach (a11-12). Alone,
    such a plan is chosen by its name without the spaces."""
    from cds_tracker.core.text import nfc

    padded = [plan for plan in plans if plan.name != plan.name.strip()]
    if not padded:
        return []
    names = {nfc(plan.name) for plan in plans}
    return [plan for plan in padded if nfc(plan.name.strip()) in names]


# The heading's year as cds writes it (docs/registry-format.md): `document:` at the top of the
# file, `year: 2024` one level in. Read from the text's start, not by loading the YAML: every
# command in a workspace chooses its plan, and loading each plan's registry to do so would cost
# each of them that many reads (the plan chosen is loaded anyway, and checked: a year written
# otherwise is `validate`'s to say, the plan is then ranked as one whose year is not read).
_HEAD = 16384
_DOCUMENT = re.compile(r"^document:[ \t]*(?:#.*)?\n((?:(?:[ \t]+.*)?\n)*)", re.M)
_YEAR = r"^{indent}year:[ \t]*([0-9]{{4}})[ \t]*(?:#.*)?$"


def heading_year(registry: Path) -> int | None:
    """The year `registry`'s heading states, else None (unreadable, or not written so)."""
    try:
        with registry.open("rb") as handle:
            head = handle.read(_HEAD).decode("utf-8", "replace")
    except OSError:
        return None
    block = _DOCUMENT.search(head.lstrip("\ufeff").replace("\r\n", "\n"))  # as a BOM, CRLF
    if block is None:
        return None
    keys = re.search(r"^([ \t]+)[^\s#]", block[1], re.M)  # the first key's indent: level one
    if keys is None:
        return None
    found = re.search(_YEAR.format(indent=keys[1]), block[1], re.M)
    return int(found[1]) if found else None


def _name_year(entry: Path) -> int | None:
    """The year a plan folder's name starts with (`2027`, `2024-sua-doi`): the year of a plan
    whose heading cannot be read, so a broken `plans/2027` is still 2027's plan (its error
    said with why it was chosen), not passed over for another year's."""
    found = re.match(r"([0-9]{4})(?![0-9])", entry.name)  # ASCII: "٢٠٢٨" is no year
    return int(found[1]) if found else None


def _no_plan_folder(entry: Path) -> Msg | None:
    """Why an entry of plans/ named like a plan (`2024`, `2024-sua-doi`, `2024.docx`) holds no
    plan: a link to nothing, or no folder. Other files there are the user's own, passed over
    silently, as is a plan folder not yet given its registry."""
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
        if (plan := named(plans, name)) is not None:
            return plan
        names: Text = ", ".join(p.name for p in plans) or msg("plan.none")
        raise UsageError(
            msg("plan.no_such", option=option, name=name, names=names), hint=msg("plan.hint.list")
        )
    for day in (asked, today or dt.date.today()):
        if day is not None and (found := of_year(plans, day.year)) is not None:
            return found
    return latest(plans)


def named(plans: list[Plan], name: str) -> Plan | None:
    """The plan `name` names (`--plan`, `CDS_PLAN`, `carry-over --from/--to`, a side of `diff`):
    the folder of that very name; else one whose name is the same in another Unicode form (a
    Mac, or a zip made on one, writes "2024-sửa-đổi" decomposed, NFD, and a keyboard types it
    composed); else the one plan whose name is the same without case, diacritics or spaces at
    its ends (`fold`, as unit names are matched: "2024-sua-doi", a folder "2025 " for `--plan
    2025`). None when none is, or when several are and none exactly (attack 11, a11-12)."""
    from cds_tracker.core.text import fold, nfc

    wanted = name.strip()
    for key in (str, nfc, fold):
        found = [plan for plan in plans if key(plan.name) == key(wanted)]
        if len(found) == 1:
            return found[0]
    return None


def reference_name(plan: Plan, option: str) -> str:
    """`plan`'s name as `carried_from`/`carried_to` write it ("2023" of 2023/II.4), for
    `carry-over` (`option` is --from or --to) to check before it writes anything. A folder
    named with a space ("kh 2024", "2025 ") is listed and chosen as any other, but its name
    makes no reference: carried into, the new plan was written and the old one then refused
    its marks, half a carry-over (a15_05); carried from, each target was refused with the
    pattern's regular expression (a15_06). Refused here, with the folder to rename."""
    from cds_tracker.core.command_words import name_word
    from cds_tracker.core.errors import CdsError
    from cds_tracker.registry.plan_names import referable

    if referable(plan.name):
        return plan.name
    folder = f"{PLANS}/{plan.registry.parent.name}"
    word = "-".join(plan.name.split())  # "kh 2024" → kh-2024, "2025 " → 2025
    raise CdsError(
        msg("plan.not_a_word", option=option, name=name_word(plan.name), folder=folder),
        hint=msg(
            "plan.hint.not_a_word",
            folder=folder,
            renamed=name_word(f"{PLANS}/{word}"),
            option=option,
            word=name_word(word),
        ),
    )


def default_hint(registry: Path, today: dt.date | None = None) -> Msg | None:
    """Why the plan of `registry` answers though nobody named it (the year asked about, this
    year, else the latest), and how to choose another; None when it is the only plan."""
    folder = find_workspace()
    if folder is None:
        return None
    plans = plans_in(folder)
    name = plan_name(registry.parent.name)
    others = [plan.name for plan in plans if plan.name != name]
    if not others:
        return None
    year = next((plan.year for plan in plans if plan.name == name), None)
    this_year = (today or dt.date.today()).year
    if asked is not None and year == asked.year:
        why = msg("plan.because_asked", year=asked.year)
    elif asked is None and year == this_year:
        why = msg("plan.because_this_year", year=this_year)
    else:
        why = msg("plan.because_latest", year=asked.year if asked else this_year)
    return msg("plan.hint.default", name=name, why=why, other=others[-1])


def fallback(plans: list[Plan], plan: Plan, today: dt.date | None = None) -> Msg | None:
    """What to say on stderr when the default plan is another year's: the day asked about (or
    today) falls in a year no plan is of, so the latest answers (said, never silently: an
    ongoing target of 2024 is not asked about in 2025; `plans.in_plan`): which plan, its year,
    and, when plans share that year, which rule chose among them."""
    day = asked or today or dt.date.today()
    if plan.year == day.year:
        return None
    if plan.year is None:  # no plan's year could be read: the last by name
        return msg("plan.fallback_unread", year=day.year, plan=plan.name)
    tied = [p.name for p in plans if p.year == plan.year]
    if len(tied) > 1:
        names = ", ".join(tied)
        return msg(
            "plan.fallback_tied", year=day.year, plan=plan.name, latest=plan.year, names=names
        )
    return msg("plan.fallback", year=day.year, plan=plan.name, latest=plan.year)


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
