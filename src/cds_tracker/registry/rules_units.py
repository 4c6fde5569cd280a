"""Rules of the catalog's units: ids and names unique, names readable (one script, nothing
invisible, one line), collectives well formed; and the letterhead's office fields, held to the
rule of unit names (`NAME_LIMIT`), since a letter prints them as it prints a unit's name. Part of
`rules.RULES`; each a small function over the parsed parts, returning findings.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import TYPE_CHECKING

from cds_tracker.core.command_words import unsafe_character
from cds_tracker.core.errors import Figure, Finding, msg
from cds_tracker.core.text import did_you_mean, fold, hidden_character, mixed_scripts
from cds_tracker.core.tuples import Record

if TYPE_CHECKING:
    from cds_tracker.registry.rules import Parts
    from cds_tracker.registry.yamlio import PathKey


def unit_ids_unique(parts: Parts) -> Iterator[Finding]:
    seen: dict[str, int] = {}
    for path, unit in parts.units:
        if unit.id in seen:
            yield Finding(
                (*path, "id"), msg("rule.duplicate_unit_id", id=unit.id), msg("rule.hint.own_id")
            )
        seen.setdefault(unit.id, 0)


def unit_names_unique(parts: Parts) -> Iterator[Finding]:
    """Two units answering to one name would make `--unit` and cell resolution ambiguous.

    Said where the second name is written; a name the workspace's changes file gives a unit
    clashing with one a plan's catalog gives another is said in the changes file, at the name
    itself, whichever unit comes first (attack 21 a21-08: said at the other unit's correct line
    of the catalog, the clerk was sent to edit every plan's catalog)."""
    owner: dict[str, _Claim] = {}  # folded name → its first claim
    for path, unit in parts.units:
        added = parts.changes_names.get(unit.id, set())
        names = (("name",), unit.name), *((("aliases", i), a) for i, a in enumerate(unit.aliases))
        for key, name in names:
            folded = fold(name)
            mine = _Claim(unit.id, (*path, *key), folded in added)
            other = owner.setdefault(folded, mine)
            if other.unit == unit.id:
                continue
            said, by = (other, mine) if other.in_changes and not mine.in_changes else (mine, other)
            if said.in_changes and parts.changes_file:
                where = said.where  # the very name added there
                hint = msg("rule.hint.name_in_changes", name=name, file=parts.changes_file)
            else:
                where = said.where[: len(said.where) - len(key) + 1]  # its `name:`/`aliases:` key
                hint = msg("rule.hint.names_unique")
            yield Finding(
                where, msg("rule.name_taken", name=name, unit=said.unit, other=by.unit), hint
            )


class _Claim(Record):
    """A unit's claim on a name: the unit, where the name is written, whether the workspace's
    changes file wrote it."""

    unit: str
    where: PathKey
    in_changes: bool


def unit_names_readable(parts: Parts) -> Iterator[Finding]:
    """A name with a look-alike letter from another script, or an invisible character, is a
    different name that nobody can type: `--unit` and the appendix's cells never match it."""
    for path, unit in parts.units:
        names: list[tuple[PathKey, str]] = [((*path, "name"), unit.name)]
        names += [((*path, "aliases", i), alias) for i, alias in enumerate(unit.aliases)]
        for where, name in names:
            if len(name) > NAME_LIMIT:
                yield Finding(
                    where,
                    msg(
                        "rule.name_too_long",
                        unit=unit.id,
                        length=Figure(len(name)),
                        limit=Figure(NAME_LIMIT),
                    ),
                    msg("rule.hint.name_one_line"),
                )
                continue
            hidden = hidden_character(name)
            if hidden is not None:
                yield Finding(
                    where,
                    msg("rule.invisible", unit=unit.id, character=hidden),
                    msg("rule.hint.invisible"),
                )
                continue
            shell = unsafe_character(name) if name else None  # an empty one: said elsewhere
            if shell is not None:  # a hint's command quotes names: one of these would end it
                yield Finding(
                    where,
                    msg("rule.shell_character", unit=unit.id, character=shell),
                    msg("rule.hint.shell_character"),
                )
                continue
            mixed = mixed_scripts(name)
            if mixed is not None:
                main, other = mixed
                yield Finding(
                    where,
                    msg(
                        "rule.mixed_scripts",
                        name=name,
                        unit=unit.id,
                        script=main,
                        letter=other,
                        letter_name=unicodedata.name(other, "?"),
                    ),
                    msg("rule.hint.mixed_scripts"),
                )


# A unit's name goes into the commands hints print as one double-quoted word (`--unit "…"`), and
# a name holding a character PowerShell, cmd or bash reads specially there (" “ ” „ $ ` !, a
# \ at the end or doubled, %NAME%: core/command_words.py, the one rule) is refused in the
# catalog, so every hint is safe: a unit named 'UBND phường "A" $(touch X)' made a typed hint
# run `touch` (attack 14, a14_02). No office's name holds one.

NAME_LIMIT = 200  # a unit's or a body's name: "Văn phòng HĐND và UBND thành phố" is 32
# The longest each document.office field may be: each is one line of a letterhead, a signature
# block or "Nơi nhận:", and a letter is one page (docs/documents.md).
OFFICE_LIMITS = {
    "superior": NAME_LIMIT,
    "issuer": NAME_LIMIT,
    "place": 60,
    "symbol": 30,
    "report_symbol": 30,
    "authority": 100,
    "deputy": 100,
    "signer_title": 100,
    "signer_name": 80,
    "recipients": NAME_LIMIT,
    "archive": 100,
    "contact": NAME_LIMIT,
}


def office_readable(parts: Parts) -> Iterator[Finding]:
    """What a letter prints of its issuer (document.issuer and every document.office field) is
    plain readable text of a sensible length: no control character, tab, line break, direction
    override or escape sequence, no look-alike letter from another script (the rule unit names
    follow), so the letterhead and the signature look as typed and fit the page."""
    if parts.document is None:
        return
    office = parts.document.office
    fields: list[tuple[PathKey, str, str, int]] = [
        (("document", "issuer"), "issuer", parts.document.issuer, NAME_LIMIT)
    ]
    for key, limit in OFFICE_LIMITS.items():
        value = getattr(office, key)
        where: PathKey = ("document", "office", key)
        if isinstance(value, tuple):
            fields += [((*where, i), key, item, limit) for i, item in enumerate(value)]
        else:
            fields.append((where, key, value, limit))
    for where, key, text, limit in fields:
        hidden = hidden_character(text)
        mixed = mixed_scripts(text)
        if len(text) > limit:
            yield Finding(
                where,
                msg(
                    "rule.office_too_long",
                    key=key,
                    length=Figure(len(text)),
                    limit=Figure(limit),
                ),
                msg("rule.hint.office_one_line"),
            )
        elif hidden is not None:
            yield Finding(
                where,
                msg("rule.office_invisible", key=key, character=hidden),
                msg("rule.hint.office_invisible"),
            )
        elif mixed is not None:
            yield Finding(
                where,
                msg(
                    "rule.office_mixed_scripts",
                    key=key,
                    text=text,
                    script=mixed[0],
                    letter=mixed[1],
                    letter_name=unicodedata.name(mixed[1], "?"),
                ),
                msg("rule.hint.office_mixed_scripts"),
            )


def collectives_well_formed(parts: Parts) -> Iterator[Finding]:
    known = {unit.id: unit for _, unit in parts.units}
    declared = sorted(parts.declared_unit_ids | set(known))
    for path, unit in parts.units:
        if not unit.is_collective:
            if unit.members:
                yield Finding(
                    (*path, "members"),
                    msg("rule.members_not_collective", unit=unit.id, kind=unit.kind),
                    msg("rule.hint.only_collective_members"),
                    at_key=True,
                )
            if unit.scope is not None:
                yield Finding(
                    (*path, "scope"),
                    msg("rule.scope_not_collective", unit=unit.id),
                    at_key=True,
                )
            continue
        if unit.scope is None:
            yield Finding(
                path, msg("rule.collective_needs_scope", unit=unit.id), msg("rule.hint.scope")
            )
        if not unit.members:
            yield Finding(
                path,
                msg("rule.collective_no_members", unit=unit.id),
                msg("rule.hint.list_members"),
            )
        for i, member in enumerate(unit.members):
            member_unit = known.get(member)
            if member not in declared:
                yield Finding(
                    (*path, "members", i),
                    msg("rule.unknown_member", member=member, unit=unit.id),
                    did_you_mean(member, declared),
                )
            elif member_unit is not None and member_unit.is_collective:
                yield Finding(
                    (*path, "members", i),
                    msg("rule.nested_collective", unit=unit.id, member=member),
                    msg("rule.hint.list_its_members"),
                )
