"""Targets carried from an earlier plan, as the documents that leave the office cite them.

`cds carry-over` appends the unfinished targets of 2023 to the 2024 registry under ids of its own
(`I.5` with `carried_from: 2023/II.1`). Plan 15/KH-BCĐ never printed an I.5, and the unit holds
the 2023 plan, where the target is II.1; but I.5 is what `cds` takes (the 2024 plan may have a
II.1 of its own). So every document says them apart from the plan's own targets and cites each
by both: its id here with its number in the 2023 plan and the year, "I.5 (II.1 (2023))" on one
line (`named`: letters, the report, the calendar, the screen's summary) or "I.5" over
"(II.1 (2023))" in a table's narrow column (`code`), the 2023 plan itself cited once ("Kế hoạch
số …/KH-BCĐ ngày …/5/2023 của … (các chỉ tiêu chưa hoàn thành, chuyển tiếp sang năm 2024, …)").
The exported appendix alone lists them by their number there, "II.1", in a part of the table
titled with that plan, as the plan would print them (docs/documents.md).

What the origin plan printed (its reference, its year, the number its plan in force gives the
target) is read from the workspace by `app/origins.py`; without it (a registry outside a
workspace, a plan folder removed) a target is cited by what `carried_from` itself says: its plan
folder's name and the target's id there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from cds_tracker.core.records import Target
from cds_tracker.output.words import Lang, label

# the rules of where a carried target comes from live with the answers that read them; every
# document imports them from here, with the words that cite them
from cds_tracker.questions.carried_parts import UNREAD as UNREAD
from cds_tracker.questions.carried_parts import Origin as Origin
from cds_tracker.questions.carried_parts import Origins as Origins
from cds_tracker.questions.carried_parts import followed as followed
from cds_tracker.questions.carried_parts import found_year, id_order
from cds_tracker.questions.carried_parts import in_order as in_order
from cds_tracker.questions.carried_parts import origin_of as origin_of
from cds_tracker.questions.carried_parts import origin_year as origin_year
from cds_tracker.questions.carried_parts import parts as parts

if TYPE_CHECKING:
    from cds_tracker.questions.summary import GroupLine


def origin_number(target: Target, origins: Origins) -> str:
    """'II.4': the number the origin plan in force prints the target under."""
    found = origin_of(target, origins)
    assert found is not None
    return _number(found, origins)


def _number(found: tuple[str, str], origins: Origins) -> str:
    plan, origin_id = found
    origin = origins.get(plan)
    return origin.printed.get(origin_id, origin_id) if origin is not None else origin_id


def origin_plan(plan: str, origins: Origins, year: int | str) -> str:
    """'Kế hoạch số …/KH-BCĐ ngày …/5/2023 của …' of an origin plan, else 'Kế hoạch năm 2023'."""
    origin = origins.get(plan)
    if origin is not None:
        return origin.cited
    return label("carried_plan_unread", "vi", year=year)


def code(target: Target, origins: Origins) -> str:
    """A carried target in a table's narrow 'Chỉ tiêu' column: its id in this plan over its
    origin, 'II.6' over '(II.4 (2023))' (`named` on two lines): 'II.4 (2023)' alone reads as the
    plan's own II.4 to whoever misses the year, and 'II.6' is what `cds` takes."""
    return label("carried_code", "vi", id=target.id, cited=cited(target, origins))


def cited(target: Target, origins: Origins = UNREAD) -> str:
    """A carried target on one line, as letters' figures and the screen cite it: 'II.4 (2023)'."""
    assert target.carried_from is not None
    return cited_from(target.carried_from, origins)


def cited_from(carried_from: str, origins: Origins = UNREAD) -> str:
    """'II.2 (2024)' for what `carried_from` ('2024/II.3') names: the number its plan in force
    prints it under and that plan's year, as `cited` cites the target once carried (the
    carry-over's preview names the targets it would carry so, before they are)."""
    found = followed(carried_from, origins)
    return label(
        "carried_cited", "vi", number=_number(found, origins), year=found_year(found, origins)
    )


def source_cell(carried_from: str, origins: Origins = UNREAD) -> str:
    """What `carried_from` ('2024/I.6') names in a narrow column of the plan it is carried from:
    'I.3 (2024)' for one of that plan's own (`cited_from`); for one that plan carried from an
    earlier one, its id there over its origin, 'I.6' over '(II.3 (2023))', as `code` writes a
    carried target — the clerk knows it as 2024's I.6 (every 2024 document, form and warning
    says so) and would not find 'II.3 (2023)' alone (clerk13 F3)."""
    plan, _, origin_id = carried_from.partition("/")
    if followed(carried_from, origins) == (plan, origin_id):
        return cited_from(carried_from, origins)
    return label("carried_code", "vi", id=origin_id, cited=cited_from(carried_from, origins))


def named(target: Target, origins: Origins = UNREAD) -> str:
    """A carried target on one line, by its id in this plan and its origin: 'II.6 (II.4
    (2023))', as the tables' `id_line` names it (the plan may have an II.4 of its own)."""
    return label("id_line", "vi", id=target.id, cited=cited(target, origins))


def part_heading(plan: str, origins: Origins, year_of: str, year: int, lang: Lang) -> str:
    """'Chỉ tiêu chuyển tiếp từ Kế hoạch số …/KH-BCĐ ngày …/5/2023 của … (năm 2023)'."""
    return label(
        "carried_part",
        lang,
        plan=origin_plan(plan, origins, year_of),
        origin_year=year_of,
        year=year,
    )


def origin_plans(targets: Iterable[Target], origins: Origins = UNREAD) -> list[str]:
    """The origin plans of the carried targets among `targets`, each once, in the order met."""
    found = (origin_of(t, origins) for t in targets)
    return list(dict.fromkeys(origin[0] for origin in found if origin is not None))


def also_cited(targets: Sequence[Target], origins: Origins, year: int, lang: Lang = "vi") -> str:
    """What a letter's or report's opening adds after the plan it cites when carried targets
    are among those it lists: '; Kế hoạch số …/KH-BCĐ ngày …/5/2023 của … (các chỉ tiêu chưa
    hoàn thành, chuyển tiếp sang năm 2024, ghi mã năm 2024 kèm số thứ tự năm 2023, như “II.6
    (II.4 (2023))”)', each origin plan once, its first target listed the example; '' when none
    is."""
    said = []
    for plan in origin_plans(targets, origins):
        mine = [t for t in targets if (origin_of(t, origins) or ("",))[0] == plan]
        first = min(mine, key=lambda t: id_order(origin_of(t, origins) or ("", "")))
        year_of = origin_year(first, origins)
        said.append(
            label(
                "carried_also",
                lang,
                plan=origin_plan(plan, origins, year_of),
                year=year,
                origin_year=year_of,
                example=named(first, origins),
            )
        )
    return "".join(said)


def group_name(line: GroupLine, lang: Lang = "vi") -> str:
    """'I. Dữ liệu số', or for the carried targets' line 'Chuyển tiếp từ năm 2023'."""
    if line.carried:
        return label("carried_group", lang, year=line.group_id)
    return f"{line.group_id}. {line.title}"


def note_shown(note: str, cited_as: str | None) -> str:
    """A report's note as shown, the origin in a note carry-over wrote before it cited it as
    every table does ('Phần việc đã hoàn thành trong kế hoạch cũ (2024/I.2)', the registry id,
    which the revised 2024 plan prints for another target) read as `cited_as` ('I.1 (2024)',
    `cited`), the way it writes it now (clerk 12, F3), and its words written twice in a row by
    a carry-over of a copy (2023 → 2024 → 2025, before it kept them once: attack21 a21-02) said
    once. Only the words carry-over writes are recognised; a note a person wrote, or one on a
    target not carried (`cited_as` None), is shown as written. The progress file keeps what was
    written (an entry is never rewritten)."""
    if cited_as is None:
        return note
    import re

    for key in ("carry_part_note", "carry_report_note") if "/" in note else ():
        words = [re.escape(part) for part in label(key, "vi").split("{origin}")]
        pattern = r"([^\s()/]+/[^\s()]+)".join(words)
        note = re.sub(pattern, lambda m: m.group(0).replace(m.group(1), cited_as), note)
    said = _carry_words(note)
    rest = note[len(said) :]
    while said and rest.startswith(_JOIN + said) and _carry_words(rest[len(_JOIN) :]) == said:
        rest = rest[len(_JOIN) + len(said) :]  # the same words again: said once
    return said + rest


def own_note(note: str) -> str:
    """`note` without the words carry-over wrote at its front ('Phần việc đã hoàn thành trong
    kế hoạch cũ (I.1 (2023)) — '), once or more: what a copy carried on again keeps after its
    new words, which would otherwise say the same twice (attack21 a21-02)."""
    while said := _carry_words(note):
        note = note[len(said) :].removeprefix(_JOIN)
    return note


_JOIN = " — "  # between carry-over's words and the note they are put before (carry_marks.py)


def _carry_words(note: str) -> str:
    """The words carry-over writes at the front of a copied report's note, as `note` starts
    with them (any origin cited), up to the note that follows or the end; "" if it does not."""
    import re

    for key in ("carry_part_note", "carry_report_note"):
        before, _, after = label(key, "vi").partition("{origin}")
        pattern = re.escape(before) + r".+?" + re.escape(after) + f"(?={re.escape(_JOIN)}|$)"
        if found := re.match(pattern, note, re.DOTALL):
            return found.group(0)
    return ""
