"""An import's cell problems and notes in words: `file:table:row:col: message` and its hint,
the place in words for a `needs_review` line; shared by `cds import`, `import --revise` and
`cds diff` (app/importing.py, app/revising.py, app/diff_checks.py)."""

from __future__ import annotations

from collections.abc import Sequence

from cds_tracker.output.words import Lang, label, quoted, say
from cds_tracker.registry.importing import CellProblem
from cds_tracker.registry.importing.cells import cell_place

COLUMN_TITLES = {
    "number": "Stt",
    "content": "Nội dung chỉ tiêu",
    "directing": "Trực tiếp chỉ đạo",
    "lead": "Đơn vị chủ trì",
    "cooperating": "Đơn vị phối hợp",
    "deadline": "Thời gian hoàn thành",
    "notes": "Ghi chú",
}


def position(problem: CellProblem, sheets: dict[int, str]) -> str:
    """Where a cell is: `table:row:column` in a Word file, `sheet!cell` in a workbook, as Excel
    and `cds forms import` say it ("Phụ lục!E8")."""
    return cell_place(problem.table, problem.row, problem.col, sheets.get(problem.table))


def where_words(problem: CellProblem, sheets: dict[int, str], lang: Lang = "vi") -> str:
    """The same place in words, for a `needs_review` line: "bảng 1, dòng 6, cột 4"."""
    sheet = sheets.get(problem.table)
    if sheet is None:
        return label("import_where", lang, table=problem.table, row=problem.row, col=problem.col)
    cell = position(problem, sheets).rpartition("!")[2]
    return label("import_where_cell", lang, sheet=sheet, cell=cell)


def problem_values(problem: CellProblem, sheets: dict[int, str], lang: Lang) -> dict[str, str]:
    """The problem's values for its words: a field by its column title, the first row of a
    repeated number by its place ("bảng 1, dòng 5, cột 1")."""
    values = dict(problem.values)
    if problem.key == "import_heading_unseen":
        from cds_tracker.registry.rules_unseen import heading_field

        values["field"] = say(heading_field(values["field"]), lang)
    elif "field" in values:
        values["field"] = COLUMN_TITLES.get(values["field"], values["field"])
    if "fields" in values:  # a cell merged across columns (merge_checks.py): their titles
        names = values["fields"].split(", ")
        values["fields"] = ", ".join(f"'{COLUMN_TITLES.get(n, n)}'" for n in names)
    if problem.key == "import_reporting_read":  # 'half-yearly' said as the period: "6 tháng"
        values["name"] = label(values["period"], lang)
    if problem.first is not None:
        table, row = problem.first
        sheet = sheets.get(table)
        if sheet is None:
            values["first"] = label("import_where_row", lang, table=table, row=row)
        else:
            values["first"] = label("import_where_sheet_row", lang, sheet=sheet, row=row)
    return values


def problems_text(
    shown: str,
    problems: Sequence[CellProblem],
    lang: Lang,
    sheets: dict[int, str],
    *,
    written: bool = True,
) -> list[str]:
    """Each problem with its place; a kind's hint once, under the first problem of that kind
    (nine unknown names make nine lines, not nine copies of the same advice). A closest name
    is the problem's own, so it is said under each problem that has one. Not `written` (an
    `import --revise` refused for them: nothing is written), a hint saying what the written
    `needs_review` line keeps is said without it (`_UNWRITTEN`)."""
    hinted: set[str] = set()
    texts = []
    for problem in problems:
        kind = _kind(problem)
        said = problem_text(shown, problem, lang, sheets, hint=kind not in hinted, written=written)
        texts.append(said)
        hinted.add(kind)
    return texts


# The problems whose hint speaks of the `needs_review` line written for them: said, when
# nothing is written, in the words of `<key>_unwritten_hint` (output/words_revise.py).
_UNWRITTEN = frozenset({"import_duplicate_target", "import_zero_number", "import_number_format"})


def _kind(problem: CellProblem) -> str:
    """A kind of problem, whose hint is said once: an unknown ward a merger made (its hint: the
    changes file) apart from other unknown names."""
    from cds_tracker.registry.unit_changes import merger_hint

    if problem.hint is not None:  # a rule's finding: its own hint, said once
        return f"{problem.key}:{problem.hint}"
    changes = problem.values.get("changes")
    if changes and merger_hint(problem.values.get("name", ""), changes) is not None:
        return f"{problem.key}:changes"
    return problem.key


def problem_text(
    shown: str,
    problem: CellProblem,
    lang: Lang,
    sheets: dict[int, str],
    *,
    hint: bool = True,
    written: bool = True,
) -> str:
    """`file:table:row:col: message` and its hint (without `hint`: only a closest name, if
    any); a cell's text in it is shown on one line, its controls as pictures, so a cell can never
    print a line of its own."""
    values = {k: quoted(v) for k, v in problem_values(problem, sheets, lang).items()}
    if problem.key == "import_heading_unseen":  # the field in words, not a cell's text
        values["field"] = problem_values(problem, sheets, lang)["field"]
    where = f"{shown}:{position(problem, sheets)}" if problem.row else shown  # the heading's
    heading = f"{where}: " + problem_words(problem, values, lang)
    if problem.hint is not None:  # a rule's finding (import_check.py): the rule's hint
        said = say(problem.hint, lang) if hint else ""
    else:
        said = hint_text(problem.key, values, lang, hint=hint, written=written)
    return f"{heading}\n  {label('hint', lang)}: {said}" if said else heading


# A problem that `cds import` and `validate` both find is said in the same words, from their
# one home in the catalogue (output/findings.py); its key stays the import's JSON `code`.
_SHARED = {
    # a formula without a stored result: in the words `cds progress import` says it in
    "import_formula": ("fi_formula", "import_formula_hint"),
    "import_unknown_unit": ("rule.no_such_unit_name", "rule.hint.add_unit"),
    # a deadline whose month or day does not exist: the words, and why (`CellProblem.why`)
    "import_no_month": ("import_bad_deadline", "import_no_month_hint"),
    "import_no_day": ("import_bad_deadline", "import_no_day_hint"),
    "import_deadline_years": ("import_bad_deadline", "import_deadline_years_hint"),
    "import_deadline_outside": ("rule.deadline_outside_plan", "rule.hint.deadline_outside_plan"),
    # a merge across a row's columns with no text: said apart, undone the same way
    "import_merged_across_empty": ("import_merged_across_empty", "import_merged_across_hint"),
}


def problem_words(problem: CellProblem, values: dict[str, str], lang: Lang) -> str:
    """A cell problem's words, and why a date written is none ("… 'Tháng 13/2024': không có
    tháng 13"), from its one home (core/dates.py `date_flaw`)."""
    said = label(words_keys(problem.key)[0], lang, **values)
    return f"{said}: {say(problem.why, lang)}" if problem.why else said


def words_keys(key: str) -> tuple[str, str]:
    """The catalogue keys of a cell problem's words and of its hint ("" when it has none: a
    finding of validate's rules without a hint of its own, said at its cell as
    `import_validate_refuses`, looked up a key no catalogue has — exit 3, a11-03)."""
    if key in _SHARED:
        return _SHARED[key]
    from cds_tracker.output.words import catalogue

    hint = f"{key}_hint"
    return key, hint if hint in catalogue() else ""


def hint_text(
    key: str, values: dict[str, str], lang: Lang, *, hint: bool = True, written: bool = True
) -> str:
    """A cell problem's hint (without `hint`: only its closest name, if any), as `validate`
    says it; not `written` (nothing is), without what a `needs_review` line keeps."""
    year = {"year": values["year"]} if "year" in values else {}  # a deadline's examples
    hint_key = f"{key}_unwritten_hint" if not written and key in _UNWRITTEN else words_keys(key)[1]
    if hint_key == "import_carried_origin_unknown_hint":  # the origin plan, as typed from here
        from cds_tracker.app.discovery import plan_option

        stated = values.get("year", "")
        year = {"option": plan_option(None, int(stated)) if stated.isdigit() else stated}
    said = label(hint_key, lang, **year) if hint and hint_key else ""
    if hint and values.get("changes"):  # a plan of a workspace: a merger's new ward
        from cds_tracker.registry.unit_changes import merger_hint

        merger = merger_hint(values.get("name", ""), values["changes"])
        said = say(merger, lang) if merger is not None else said
    if values.get("person"):  # its own advice, with the name: said under each such problem
        return label("rule.hint.add_person", lang, person=values["person"], said=values["name"])
    if values.get("near"):
        said = label("rule.hint.near_unit", lang, near=values["near"], then=said)
    return said.strip()


def note_text(shown: str, note: CellProblem, lang: Lang, sheets: dict[int, str]) -> str:
    """`file:table:row:col: ghi chú: …`: a cell read, but not as written (no mark); a note of
    the reading itself (heard.py) has a hint, and one of the whole file (a sheet skipped) is
    said at the file (`file: ghi chú: …`)."""
    values = {k: quoted(v) for k, v in problem_values(note, sheets, lang).items()}
    where = f"{shown}:{position(note, sheets)}" if note.row else shown
    heading = f"{where}: {label('import_note', lang)}: {label(note.key, lang, **values)}"
    if note.hint is not None:  # its own (a column not read: the titles known, header_notes.py)
        return f"{heading}\n  {label('hint', lang)}: {say(note.hint, lang)}"
    if note.key not in _HEARD:
        return heading
    return f"{heading}\n  {label('hint', lang)}: {label(f'{note.key}_hint', lang)}"


_HEARD = frozenset(
    {
        "import_read_date_out_of_range",
        "import_read_sheet_skipped",
        "import_read_tracked",
        "import_read_nested",
        "import_read_vanished",
        "import_read_deleted_row",
        "import_read_hidden_sheet",
        "import_read_hidden_row",
        "import_read_flat_row",
        "import_other_appendix",
        "import_deadline_before_plan",
        "import_deadline_after_plan",
        "import_auto_numbers",
        "import_read_hidden_column",
        "import_read_placeholder",
        "import_unseen_number",
        "import_read_format_hidden",
        "import_number_gap",
        "import_number_gap_first",
    }
)
