"""Terminal tables cite a carried target as the documents do (issue 16).

The revised 2024 workspace of test_revised_plan.py: 2024's own I.1, I.3 (printed "I.2" by
revision 12/KH-BCĐ) and I.9 (printed "I.3"), and I.4 carried from 2023/I.1. Every document
cites I.4 as "I.1 (2023)"; the screen gives the id a clerk types (I.4) and under it that same
citation, as it gives a renumbered target's "STT I.2"; JSON adds `origin`. `progress add`
understands the citation ("I.1 (2023)", "2023/I.1") as the one target carried from it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_revise import cds, ok
from test_revised_plan import lines
from test_revised_plan import revised as revised  # the fixture
from test_revised_plan import workspace as workspace  # the fixture under it

AS_OF = ("--as-of", "01/07/2024")


def test_list_cites_the_carried_target_under_its_id(revised: Path) -> None:
    shown = lines(ok("--plan", "2024", "list", "--group", "I", *AS_OF))
    # I.3 renumbered: "(STT I.2)" under its id; I.4 carried: "(I.1 (2023))" under its id
    assert any(line.startswith("| I.3 |") for line in shown)
    assert any(line.startswith("| (STT I.2) |") for line in shown)
    at = next(i for i, line in enumerate(shown) if line.startswith("| I.4 |"))
    assert shown[at + 1].startswith("| (I.1 (2023)) |")
    assert not [line for line in shown if "chuyển từ 2023/" in line]  # no third form


def test_json_rows_give_the_origin(revised: Path) -> None:
    rows = json.loads(ok("--plan", "2024", "list", "--format", "json", *AS_OF))
    by_id = {row["id"]: row for row in rows}
    assert by_id["I.4"]["origin"] == {
        "plan": "2023",
        "id": "I.1",
        "number": "I.1",
        "year": "2023",
        "cited": "I.1 (2023)",
    }
    assert by_id["I.4"]["carried_from"] == "2023/I.1"  # kept: additive
    assert "origin" not in by_id["I.1"] and "origin" not in by_id["I.3"]
    assert by_id["I.3"]["number"] == "I.2"


def test_late_and_report_cite_it_the_same_way(revised: Path) -> None:
    late = lines(ok("--plan", "2024", "late", "--as-of", "01/09/2025", "--lang", "en"))
    at = next(i for i, line in enumerate(late) if line.startswith("| I.4 |"))
    assert late[at + 1].startswith("| (I.1 (2023)) |")
    by_unit = json.loads(
        ok("--plan", "2024", "late", "--by-unit", "--as-of", "01/09/2025", "-f", "json")
    )
    cited = {row["id"]: row.get("origin", {}).get("cited") for row in by_unit}
    assert cited["I.4"] == "I.1 (2023)" and cited["I.1"] is None


@pytest.mark.parametrize("typed", ["I.1 (2023)", "i.1 (năm 2023)", "2023/I.1"])
def test_progress_add_takes_the_origin_form(revised: Path, typed: str) -> None:
    said = ok(
        "--plan", "2024", "progress", "add", typed, "--unit", "Phòng Y tế",
        "--status", "đang thực hiện", "--date", "02/07/2024",
    )  # fmt: skip
    assert said.startswith("Đã ghi tiến độ ")
    # named as the tables name it: its id, what the documents print beside it
    assert (
        ", chỉ tiêu I.4 (I.1 (2023)), Đang thực hiện → plans/2024/progress/phong-y-te.yaml" in said
    )
    assert "cảnh báo" not in said  # named as no other target is: no clash to warn of
    # stdout: I.4 is also 2023's I.4 (carried as I.7), of which a note on stderr tells
    history = json.loads(cds("--plan", "2024", "progress", "list", "I.4", "-f", "json").stdout)
    assert [(e["target"], e["target_origin"]) for e in history] == [("I.4", "I.1 (2023)")]
    table = lines(ok("--plan", "2024", "progress", "list", "I.4"))
    at = next(i for i, line in enumerate(table) if "| I.4 |" in line)
    assert "| I.1 (2023) |" in table[at + 1]


def test_an_origin_carried_from_by_none_is_refused_with_the_choices(revised: Path) -> None:
    result = cds("--plan", "2024", "show", "I.9 (2023)")
    assert result.exit_code == 2
    first, hint = result.output.splitlines()[:2]
    assert first == "cds: lỗi: không có chỉ tiêu nào chuyển tiếp từ 'I.9 (2023)'"
    assert hint.startswith("  gợi ý: gõ mã của chỉ tiêu muốn chọn: I.4 cho chỉ tiêu I.1 (2023); ")
    english = cds("--plan", "2024", "show", "2022/I.1", "--lang", "en")
    assert english.exit_code == 2
    assert english.output.splitlines()[0] == "cds: error: no target is carried from '2022/I.1'"


def test_show_cites_the_origin_and_no_number_of_this_plan(revised: Path) -> None:
    shown = lines(ok("--plan", "2024", "show", "I.1 (2023)", *AS_OF))
    assert shown[0] == "I.4"
    assert "Số thứ tự trong kế hoạch năm 2023 I.1 (2023)" in shown
    assert not [line for line in shown if line.startswith("Số thứ tự trong Kế hoạch")]


def test_the_origin_typed_as_the_documents_print_it(revised: Path) -> None:
    """2024 carried on into 2025 (test_carried_numbers.py): 2025's I.10 came from 2024/I.9,
    which revision 12/KH-BCĐ prints "I.3", so every 2025 document cites it "I.3 (2024)"; 2025's
    I.5 came from 2024/I.4, itself 2023/I.1: cited "I.1 (2023)". Typed so, each is understood;
    "2024/I.9", as carried_from writes it, too."""
    from test_carried_numbers import carried_2025

    carried_2025(revised)
    rows = json.loads(ok("--plan", "2025", "list", "-f", "json", "--as-of", "01/03/2025"))
    cited = {row["id"]: row.get("origin", {}).get("cited") for row in rows}
    assert (cited["I.10"], cited["I.5"], cited["I.1"]) == ("I.3 (2024)", "I.1 (2023)", None)
    for typed, target in [("I.3 (2024)", "I.10"), ("I.1 (2023)", "I.5"), ("2024/I.9", "I.10")]:
        assert lines(ok("--plan", "2025", "show", typed, "--as-of", "01/03/2025"))[0] == target
    said = ok(
        "--plan", "2025", "progress", "add", "I.3 (2024)", "--unit", "Phòng Y tế",
        "--status", "đang thực hiện", "--date", "02/03/2025", "--force",
    )  # fmt: skip
    assert ", chỉ tiêu I.10 (I.3 (2024)), Đang thực hiện → " in said


def test_progress_add_names_the_target_as_the_tables_do(revised: Path) -> None:
    """The line a write prints cites a carried target as the tables do (output/tables.py
    `id_line`, the one wording), in both languages; a target of the plan's own, by its id."""
    args = ("--unit", "Phòng Y tế", "--status", "đang thực hiện", "--date", "02/07/2024")
    english = ok("--plan", "2024", "progress", "add", "I.4", *args, "--lang", "en")
    assert ", target I.4 (I.1 (2023)), In progress → plans/2024/progress/phong-y-te.yaml" in english
    own = ok("--plan", "2024", "progress", "add", "I.1", "--unit", "Bắc Sơn",
             "--status", "đang thực hiện", "--date", "02/07/2024")  # fmt: skip
    assert ", chỉ tiêu I.1, Đang thực hiện → " in own
    renumbered = ok("--plan", "2024", "progress", "add", "I.3", "--id", "--unit", "VH&TT",
                    "--status", "hoàn thành", "--date", "02/07/2024")  # fmt: skip
    assert ", chỉ tiêu I.3 (STT I.2), Hoàn thành → " in renumbered  # the tables' "STT I.2"
