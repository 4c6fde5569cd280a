"""A plan's name: its folder's name under plans/, in NFC — the one home of that rule.

A Mac, or a zip or a sync tool made on one, writes a folder "kế-hoạch-2024" decomposed (NFD),
while a keyboard types it, and every YAML reader reads `carried_to: kế-hoạch-2024/II.1`,
composed (NFC). Named by its folder's bytes, a plan in an NFD folder was written into
`carried_to` as NFD, read back as NFC, and matched to no plan: after a carry-over both plans
failed `cds validate` by every target carried (attack 15, a15_04). So a plan's name is its
folder's name in NFC wherever it is compared or written (`plan_name`, `own_name`), and a name
read from a registry finds its folder by that name (`folder_of`), not by the path it spells.
Two folders of the same name in NFC are no plan either can be named by: app/workspace.py
passes both over, said (a15_12), and `folder_of` finds neither.

A plan's name is printed in hints' commands (`--plan 2024-sua-doi`), so it must be a name a
hint can print (`unprintable`, `name_problem`): one rule for a folder under plans/ (passed over,
app/workspace.py) and for the plan a `carried_from`/`carried_to` names (refused by `cds
validate`, registry/rules_carried.py), never one list in each.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from cds_tracker.core.errors import Msg, msg
from cds_tracker.registry.unit_changes import PLANS, REGISTRY_NAME

SHELL_UNSAFE = frozenset("\"$`\\';&|<>!\n\r\t")
"""Characters no plan's name needs and a shell reads as code, quoted or not: the commands hints
print name a plan `--plan 2024-sua-doi`, and a folder `2023-$(touch X)` or `2024;touch X` (a
workspace synced from others, `cds sync`) made a typed hint run code (attack 14, a14_01)."""


def plan_name(folder_name: str) -> str:
    """The name of the plan in the folder `folder_name` of plans/: that name in NFC."""
    return unicodedata.normalize("NFC", folder_name)


def own_name(registry: Path) -> str | None:
    """The name of the plan whose registry is at `registry` (plans/<name>/phu_luc_01.yaml);
    None for a registry outside a workspace (`--registry PATH`), which has no plan name."""
    if registry.name != REGISTRY_NAME or registry.absolute().parent.parent.name != PLANS:
        return None
    return plan_name(registry.absolute().parent.name)


def folder_of(plans: Path, name: str) -> Path | None:
    """The folder of `plans` (a plans/ folder) of the plan `name` (as a registry writes it):
    the one whose name is `name` in NFC; None when none is, or several are (`folders_of`)."""
    found = folders_of(plans, name)
    return found[0] if len(found) == 1 else None


def registry_of(registry: Path, name: str) -> Path | None:
    """The registry of the plan `name` (from a `carried_from`/`carried_to`) beside the plan
    whose registry is `registry` (plans/<name>/phu_luc_01.yaml): None when there is none, or
    no single folder of that name (`folder_of`)."""
    folder = folder_of(registry.absolute().parent.parent, name)
    return None if folder is None else folder / REGISTRY_NAME


def folders_of(plans: Path, name: str) -> list[Path]:
    """Every folder of `plans` whose name is `name` in NFC: one, or none, or (a folder typed
    and its copy synced from a Mac) several, no plan a reference can be matched to. An
    unreadable plans/ folder has none."""
    wanted = plan_name(name)
    try:
        return sorted(entry for entry in plans.iterdir() if plan_name(entry.name) == wanted)
    except OSError:
        return []


def referable(name: str) -> bool:
    """Whether a plan of this name can be written into `carried_from`/`carried_to`
    ("2023/II.4"): one word, no spaces (core/records.py's pattern for them)."""
    import re

    from cds_tracker.core.field_types import PLAN_WORD

    return re.fullmatch(PLAN_WORD, name) is not None


def unprintable(name: str) -> set[str]:
    """The characters of a plan's name that keep a hint from printing it: those above (some
    hints print `--plan NAME` unquoted), and what the one rule of a value in a command finds
    (core/command_words.py: “ ” „, %DATE%, a \\ at the end, and every character the screen
    shows as other text: a zero-width space as <U+200B>, so `--plan 2024<U+200B>` copied from
    the screen names no plan, attack 16, a16_07)."""
    from cds_tracker.core.command_words import unsafe_character

    found = set(SHELL_UNSAFE.intersection(name))
    found |= {char for char in name if unsafe_character(char) == char}
    odd = unsafe_character(name)  # and what only a sequence is: %DATE%
    return found | ({odd} if odd else set())


def unprintable_shown(name: str) -> str | None:
    """The characters of `name` that keep a hint from printing it (`unprintable`), as a message
    lists them ("$ { }", "U+200B": printed raw, the screen would show other text, or nothing);
    None when a hint can print it."""
    odd = unprintable(name)
    return " ".join(sorted(c if c.isprintable() else f"U+{ord(c):04X}" for c in odd)) or None


def name_problem(name: str) -> Msg | None:
    """Why a folder named `name` under plans/ is no plan (`unprintable`), else None: characters
    a command line reads as commands (a line break among them), else characters the screen
    does not show as they are (a zero-width space, ESC)."""
    shown = unprintable_shown(name)
    if shown is None:
        return None
    unseen = all(not c.isprintable() and c not in SHELL_UNSAFE for c in unprintable(name))
    return msg("find.unseen_name" if unseen else "find.shell_name", chars=shown)
