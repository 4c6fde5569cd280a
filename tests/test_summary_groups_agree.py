"""`cds summary` gives the same groups in every format (clerk15 F4).

The workspace of test_revised_plan.py on 01/07/2024: plan 5/KH-BCĐ's own targets, I.1, I.3 (done
10/03/2024), I.9 in group I (I.2 annulled on 20/03/2024, counted apart) and II.1 in group II; the
31 targets carried from 2023 (I.4–I.8, II.2–II.10, III.1–V.4), 2023/II.7 (II.8 here) done on
02/03/2024. Every form counts the plan's own by its groups and the carried ones on a line of their
own: I 3, II 1, carried from 2023 31 (35 in force). `--format json` put the carried targets back
in their groups (I 8, II 10, III 5, IV 8, V 4), so its `groups` said other totals than the
screen, the Markdown and the Word report of the same day.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx

from test_revise import ok
from test_revised_plan import revised as revised  # the fixture
from test_revised_plan import workspace as workspace  # the fixture under it

SUMMARY = ("--plan", "2024", "summary", "--as-of", "01/07/2024")
VI = [("I. Dữ liệu số", 3), ("II. Chính quyền số", 1), ("Chuyển tiếp từ năm 2023", 31)]
EN = [("I. Dữ liệu số", 3), ("II. Chính quyền số", 1), ("Carried over from 2023", 31)]


def markdown_totals(text: str) -> list[tuple[str, int]]:
    """Each row of the Markdown table by group (the first): its name and the sum of its status
    columns (the last is the bar)."""
    table = text.split("\n\n")[1].splitlines()  # after the heading
    rows = [line.split("|")[1:-1] for line in table[2:]]  # after the header and its rule
    return [(cells[0].strip(), sum(int(c) for c in cells[1:-1])) for cells in rows]


def screen_totals(text: str) -> list[tuple[str, int]]:
    """The screen's table by group (a narrow one: the columns that do not fit are said under
    each row as 'Chưa báo cáo kỳ này: 2'): each group's name and its figures added up."""
    table = text.split("+\n", 2)[1]  # the first table, between its top and bottom rules
    found = []
    for block in re.split(r"\n\|-[-+]+\|\n", table.split("|\n", 1)[1].lstrip("|-+\n")):
        name, figures = [], 0
        for line in block.splitlines():
            cells = [c.strip() for c in line.strip("|").split("|")]
            if len(cells) > 1:
                name.append(cells[0])
                figures += sum(int(c) for c in cells[1:] if c)
            elif (said := re.fullmatch(r"(.+): (\d+)", cells[0])) is not None:
                figures += int(said[2])
        found.append((" ".join(name), figures))
    return found


def test_every_format_gives_the_same_groups(revised: Path) -> None:
    assert screen_totals(ok(*SUMMARY)) == VI
    assert markdown_totals(ok(*SUMMARY, "--format", "markdown")) == VI
    assert markdown_totals(ok(*SUMMARY, "--format", "markdown", "--lang", "en")) == EN
    ok(*SUMMARY, "--format", "docx", "--out", "bc.docx")
    report = docx.Document("bc.docx")
    by_group = next(t for t in report.tables if t.rows[0].cells[0].text == "Nhóm")
    assert [(r.cells[0].text, int(r.cells[-1].text)) for r in by_group.rows[1:]] == VI
    groups = json.loads(ok(*SUMMARY, "--format", "json"))["groups"]
    assert [g["total"] for g in groups] == [3, 1, 31]  # was 8, 10, 5, 8, 4
    assert [(g["group"], g["title"], g["carried_from"], g["total"]) for g in groups] == [
        ("I", "Dữ liệu số", None, 3),
        ("II", "Chính quyền số", None, 1),
        ("carried", "", {"plan": "2023", "year": "2023"}, 31),
    ]
    # I.3 and II.8 (2023/II.7) done; two carried targets not reported in their window; I.2
    # annulled, counted in its group's `counts` and in no `total`
    assert [(g["counts"]["done"], g["counts"]["unreported"]) for g in groups] == [
        (1, 0),
        (0, 0),
        (1, 2),
    ]
    assert [g["counts"]["cancelled"] for g in groups] == [1, 0, 0]
    assert sum(g["total"] for g in groups) == 35


def test_a_plan_with_nothing_carried_keeps_its_groups(revised: Path) -> None:
    """2023 carried nothing in: its five groups, each entry with `carried_from` null."""
    args = ("--plan", "2023", "summary", "--as-of", "01/06/2023")
    groups = json.loads(ok(*args, "--format", "json"))["groups"]
    assert [g["total"] for g in groups] == [5, 9, 5, 8, 4]
    assert [(g["group"], g["carried_from"], g["total"]) for g in groups] == [
        ("I", None, 5),
        ("II", None, 9),
        ("III", None, 5),
        ("IV", None, 8),
        ("V", None, 4),
    ]
    assert [n for _, n in markdown_totals(ok(*args, "--format", "markdown"))] == [5, 9, 5, 8, 4]
