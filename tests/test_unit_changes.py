"""Units change for the city, not per plan: one file of the workspace, plans/don_vi_thay_doi.yaml,
records a merger or a rename once and every plan reads it; a plan's own catalog that says
otherwise is refused, pointing at that file."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from ward_merger import merger_units

from paths import of_year

runner = CliRunner()

RENAME = """\
units:
  - id: phong-kinh-te
    valid_to: 28/02/2025
    successor: phong-kinh-te-ha-tang-do-thi
  - id: phong-kinh-te-ha-tang-do-thi
    name: Phòng Kinh tế, Hạ tầng và Đô thị
    kind: department
    source: user
    valid_from: 01/03/2025
"""
MERGER = merger_units(2025, "successor")


def cds(*args: str) -> Any:
    return runner.invoke(app, list(args))


def ok(*args: str) -> str:
    result = cds(*args)
    assert result.exit_code == 0, result.output
    return str(result.output)


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two plans as `cds init` makes them (the 31 targets of 2023 each), no changes yet."""
    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "plans" / "2023")
    init_registry(tmp_path / "plans" / "2024")
    of_year(tmp_path / "plans" / "2024" / "phu_luc_01.yaml", "2024")
    return tmp_path


def _late_by_unit(plan_rows: dict[str, Any], unit: str) -> list[str]:
    """The targets listed under `unit` that name it (not those it owes through a collective)."""
    return [r["id"] for r in plan_rows["rows"] if r["unit"] == unit and r["via"] is None]


def test_a_rename_recorded_once_holds_in_every_plan(plans: Path) -> None:
    (plans / "plans/don_vi_thay_doi.yaml").write_text(RENAME, encoding="utf-8")
    late = json.loads(ok("late", "--all-plans", "--by-unit", "--as-of", "01/09/2025", "-f", "json"))
    # Phòng Kinh tế leads III.5 (due 10/2023), III.2 (11/2023), III.1 (12/2023) in both plans;
    # none is reported, so all three are late, listed under the department's name of 01/09/2025.
    new, old = "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Kinh tế"
    for plan in late:
        assert _late_by_unit(plan, new) == ["III.5", "III.2", "III.1"], plan["plan"]
        assert _late_by_unit(plan, old) == []
        assert old not in [r["unit"] for r in plan["rows"]]  # not even through a collective
        mine = [r for r in plan["rows"] if r["unit"] == new]
        assert {r["id"]: r["in_place_of"] for r in mine}["III.5"] == [old]
    # Before the rename the department answers under its old name, in 2023 as in 2024.
    before = json.loads(
        ok("late", "--all-plans", "--by-unit", "--as-of", "01/02/2025", "-f", "json")
    )
    assert [_late_by_unit(p, old) for p in before] == [["III.5", "III.2", "III.1"]] * 2


def test_a_merger_recorded_once_sends_no_letter_to_the_merged_wards(plans: Path) -> None:
    (plans / "plans/don_vi_thay_doi.yaml").write_text(RENAME + MERGER, encoding="utf-8")
    ok("--plan", "2024", "remind", "--month", "9/2025", "--as-of", "01/09/2025")
    ok(
        *("--plan", "2023", "remind", "--month", "9/2025", "--as-of", "01/09/2025"),
        *("--format", "docx", "--out", "d"),
    )
    written = sorted(p.name for p in (plans / "d").iterdir())
    assert "don-doc-2025-09-phuong-tam-diep.docx" in written
    assert "don-doc-2025-09-phong-kinh-te-ha-tang-do-thi.docx" in written
    for gone in ("phuong-bac-son", "phuong-nam-son", "phong-kinh-te"):
        assert f"don-doc-2025-09-{gone}.docx" not in written
    # 12 departments (Kinh tế under its new name), the police and the banks, the city office,
    # 5 wards (Tam Điệp for Bắc Sơn and Nam Sơn) and 3 communes: 22 letters, as hand-counted
    # from the plan's lead units.
    assert len(written) == 22


def test_a_change_written_in_one_plan_only_is_refused(plans: Path) -> None:
    """What the guide once showed: valid_to and successor in plans/2024's catalog. The plan is
    refused, at the line, with the file where the change belongs."""
    path = plans / "plans/2024/phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    anchor = "    - id: phuong-bac-son\n      name: UBND phường Bắc Sơn\n"
    assert anchor in text
    path.write_text(
        text.replace(
            anchor, anchor + "      valid_to: 30/06/2025\n      successor: phuong-yen-binh\n"
        ),
        encoding="utf-8",
    )
    line = text[: text.index(anchor)].count("\n") + 3
    result = cds("validate", "plans/2024")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == (
        f"plans/2024/phu_luc_01.yaml:{line}:7: valid_to của đơn vị 'phuong-bac-son' (30/06/2025)"
        " ghi trong danh mục của kế hoạch này nhưng plans/don_vi_thay_doi.yaml không ghi như "
        "vậy: thay đổi đơn vị áp dụng cho mọi kế hoạch"
    )
    assert (
        "  gợi ý: ghi thay đổi một lần trong plans/don_vi_thay_doi.yaml (áp dụng cho mọi kế "
        "hoạch) và xóa dòng này" in result.output
    )
    assert cds("validate", "plans/2023").exit_code == 0
    # Recorded in the workspace's file the same way, the plan's copy agrees and passes.
    (plans / "plans/don_vi_thay_doi.yaml").write_text(
        "units:\n  - id: phuong-bac-son\n    valid_to: 2025-06-30\n"
        "    successor: phuong-yen-binh\n",
        encoding="utf-8",
    )
    assert cds("validate", "plans/2024").exit_code == 0


def test_problems_in_the_changes_file_are_located_in_it(plans: Path) -> None:
    (plans / "plans/don_vi_thay_doi.yaml").write_text(
        "units:\n  - id: phuong-bac-son\n    valid_to: 31/06/2025\n"
        "    successor: phuong-tam-diep\n",
        encoding="utf-8",
    )
    result = cds("validate", "plans/2023", "--lang", "en")
    assert result.exit_code == 1
    found = [line for line in result.output.splitlines() if line.startswith("plans/")]
    assert found == [
        "plans/don_vi_thay_doi.yaml:3:15: 'valid_to': '31/06/2025' is not a day (dd/mm/yyyy or "
        "yyyy-mm-dd): month 6 has only 30 days",
        # reported in the same run, not only once the day is fixed
        "plans/don_vi_thay_doi.yaml:4:16: unknown successor 'phuong-tam-diep' of unit "
        "'phuong-bac-son'",
    ]
    (plans / "plans/don_vi_thay_doi.yaml").write_text("- id: a\n", encoding="utf-8")
    result = cds("validate", "plans/2023", "--lang", "en")
    assert result.exit_code == 1
    assert result.output.startswith(
        "plans/don_vi_thay_doi.yaml:1:1: the unit changes file must hold a 'units:' list\n"
    )


def test_a_day_past_the_years_says_why_as_as_of_does(plans: Path) -> None:
    """9999-12-30 is a day, out of the years a date can be in: said with the reason `--as-of`
    gives ("năm phải trong khoảng 1900–2999"), not only "không phải là ngày"."""
    (plans / "plans/don_vi_thay_doi.yaml").write_text(
        "units:\n  - id: phuong-bac-son\n    valid_to: 9999-12-30\n", encoding="utf-8"
    )
    result = cds("validate", "plans/2023")
    assert result.exit_code == 1
    found = [line for line in result.output.splitlines() if line.startswith("plans/")]
    assert found == [
        "plans/don_vi_thay_doi.yaml:3:15: 'valid_to': '9999-12-30' không phải là ngày (dd/mm/yyyy"
        " hoặc yyyy-mm-dd): năm phải trong khoảng 1900–2999"
    ]
    result = cds("--plan", "2023", "late", "--as-of", "30/12/9999")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0].endswith(": năm phải trong khoảng 1900–2999")


def test_the_cache_sees_the_changes_file(plans: Path) -> None:
    """With the cache on: a warm query, then the changes file written, then the same query."""
    args = ("--plan", "2023", "report", "--unit", "Phòng Kinh tế", "--as-of", "01/09/2025")
    assert ok(*args, "-f", "json")
    (plans / "plans/don_vi_thay_doi.yaml").write_text(RENAME, encoding="utf-8")
    gone = cds(*args)
    assert gone.exit_code == 2
    assert "Phòng Kinh tế, Hạ tầng và Đô thị" in gone.output
    (plans / "plans/don_vi_thay_doi.yaml").unlink()
    assert ok(*args, "-f", "json")


def test_a_registry_outside_a_workspace_reads_no_changes_file(tmp_path: Path) -> None:
    """`--registry PATH` as before: a don_vi_thay_doi.yaml beside data/ is not read."""
    init_registry(tmp_path / "data")
    (tmp_path / "don_vi_thay_doi.yaml").write_text(RENAME, encoding="utf-8")
    registry = str(tmp_path / "data")
    args = ("report", "--unit", "Phòng Kinh tế", "--as-of", "01/09/2025", "--registry", registry)
    rows = json.loads(ok(*args, "-f", "json"))
    assert {"III.1", "III.2", "III.5"} <= {r["id"] for r in rows}


def _fill(path: Path, cells: dict[str, str]) -> None:
    import openpyxl

    book = openpyxl.load_workbook(path)
    for address, value in cells.items():
        book["Phiếu báo cáo"][address] = value
    book.save(path)


def test_a_form_filled_for_days_before_the_merger_is_imported(plans: Path) -> None:
    """Bắc Sơn's form made before the merger (its first row, B8, is I.3, led through "UBND các
    phường, xã"); the merger is recorded afterwards. A report dated 30/06/2025, Bắc Sơn's last
    day, is accepted as `progress add` accepts it; one dated 01/07/2025 is refused at its date
    cell, naming the ward it merged into."""
    ok(
        *("--plan", "2023", "form", "--unit", "Bắc Sơn", "--month", "6/2025"),
        *("--as-of", "25/06/2025", "--out", "truoc.xlsx"),
    )
    (plans / "sau.xlsx").write_bytes((plans / "truoc.xlsx").read_bytes())
    _fill(plans / "truoc.xlsx", {"F8": "Đang thực hiện", "G8": "30/06/2025"})
    _fill(plans / "sau.xlsx", {"F8": "Đang thực hiện", "G8": "01/07/2025"})
    (plans / "plans/don_vi_thay_doi.yaml").write_text("units:\n" + MERGER, encoding="utf-8")
    accepted = cds("--plan", "2023", "progress", "import", "truoc.xlsx")
    assert accepted.exit_code == 0, accepted.output
    rows = json.loads(ok("--plan", "2023", "progress", "list", "--unit", "Bắc Sơn", "-f", "json"))
    assert [(r["target"], r["status"], r["date"]) for r in rows] == [
        ("I.3", "in_progress", "2025-06-30")
    ]
    progress = sorted((plans / "plans/2023/progress").glob("*.yaml"))
    before = {p.name: p.read_bytes() for p in progress}
    refused = cds("--plan", "2023", "progress", "import", "sau.xlsx")
    assert (refused.exit_code, refused.stdout) == (
        1,
        "sau.xlsx: 1 lỗi, không ghi mục nào từ tệp này\n",
    )
    command = (  # the heir records it: `progress add` always can, whatever its form lists
        'cds --plan 2023 progress add I.3 --id --unit "UBND phường Tam Điệp" --status {} '
        "--date 01/07/2025"
    )  # the status as the clerk picked it (clerk13 F4): Vietnamese words, the code in English
    vi_status = '"đang thực hiện"'
    assert refused.stderr.splitlines() == [  # the hint on its own line: it was after a ";"
        "sau.xlsx:Phiếu báo cáo!G8: UBND phường Bắc Sơn không còn tồn tại ngày 01/07/2025: đã "
        "sáp nhập vào UBND phường Tam Điệp từ 01/07/2025",
        "  gợi ý: việc UBND phường Bắc Sơn làm trước khi sáp nhập hoặc đổi tên: sửa ô Ngày báo "
        "cáo G8 thành ngày đó, rồi nhập lại; việc từ 01/07/2025: xoá dòng này khỏi phiếu, nhập "
        "lại, rồi ghi "
        f"cho UBND phường Tam Điệp bằng lệnh {command.format(vi_status)}",
    ]
    english = cds("--plan", "2023", "progress", "import", "sau.xlsx", "--lang", "en")
    assert english.exit_code == 1
    assert english.stderr.splitlines()[1] == (
        "  hint: work UBND phường Bắc Sơn did before the merger or renaming: change the Report "
        "date cell G8 to its day, then import again; work from 01/07/2025: clear this row of the "
        "form, import "
        f"again, then record it for UBND phường Tam Điệp with {command.format('in_progress')}"
    )
    assert {p.name: p.read_bytes() for p in progress} == before  # nothing written
    ok(*shlex.split(command.format(vi_status))[1:])  # as hinted, word for word


def test_no_form_for_a_merged_ward_after_its_merger(plans: Path) -> None:
    (plans / "plans/don_vi_thay_doi.yaml").write_text("units:\n" + MERGER, encoding="utf-8")
    args = ("--plan", "2023", "form", "--unit", "Bắc Sơn", "--month", "9/2025")
    result = cds(*args, "--as-of", "01/09/2025", "--out", "f.xlsx")
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "cds: lỗi: UBND phường Bắc Sơn không còn tồn tại ngày 01/09/2025: đã sáp nhập vào UBND "
        "phường Tam Điệp từ 01/07/2025",
        '  gợi ý: dùng --unit "UBND phường Tam Điệp", hoặc --as-of sớm hơn',
    ]


def test_a_rename_is_not_called_a_merger(plans: Path) -> None:
    (plans / "plans/don_vi_thay_doi.yaml").write_text(RENAME + MERGER, encoding="utf-8")
    units = {u["id"]: u for u in json.loads(ok("--plan", "2023", "units", "-f", "json"))}
    assert [units[u]["succession"] for u in ("phong-kinh-te", "phuong-bac-son", "phong-y-te")] == [
        "rename",
        "merger",
        None,
    ]
    text = " ".join(ok("--plan", "2023", "units", "-f", "markdown").split())
    assert "đến 28/02/2025 rồi đổi tên thành Phòng Kinh tế, Hạ tầng và Đô thị" in text
    assert "đến 30/06/2025 rồi sáp nhập vào UBND phường Tam Điệp" in text
    assert "sáp nhập vào Phòng Kinh tế, Hạ tầng" not in text
    gone = cds("--plan", "2023", "report", "--unit", "Phòng Kinh tế", "--as-of", "01/03/2025")
    assert gone.output.splitlines()[0] == (
        "cds: lỗi: Phòng Kinh tế không còn tồn tại ngày 01/03/2025: đã đổi tên thành Phòng Kinh "
        "tế, Hạ tầng và Đô thị từ 01/03/2025"
    )


def test_a_ward_absorbed_into_an_existing_one_is_merged_not_renamed(plans: Path) -> None:
    """Nam Sơn existed all along: Bắc Sơn, its only predecessor, was absorbed, not renamed."""
    absorbed = (
        "units:\n  - id: phuong-bac-son\n    valid_to: 30/06/2024\n    successor: phuong-nam-son\n"
    )
    (plans / "plans/don_vi_thay_doi.yaml").write_text(absorbed, encoding="utf-8")
    units = {u["id"]: u for u in json.loads(ok("--plan", "2024", "units", "-f", "json"))}
    assert units["phuong-bac-son"]["succession"] == "merger"
    text = " ".join(ok("--plan", "2024", "units", "-f", "markdown").split())
    assert "đến 30/06/2024 rồi sáp nhập vào UBND phường Nam Sơn" in text
    assert "đổi tên" not in text
    gone = cds("--plan", "2024", "report", "--unit", "Bắc Sơn", "--as-of", "01/08/2024")
    assert gone.exit_code == 2
    assert gone.output.splitlines()[0] == (
        "cds: lỗi: UBND phường Bắc Sơn không còn tồn tại ngày 01/08/2024: đã sáp nhập vào UBND "
        "phường Nam Sơn từ 01/07/2024"
    )


def test_a_letter_names_the_ward_that_reported_before_the_merger(plans: Path) -> None:
    (plans / "plans/don_vi_thay_doi.yaml").write_text("units:\n" + MERGER, encoding="utf-8")
    ok(
        *("--plan", "2023", "progress", "add", "I.3", "--unit", "Nam Sơn"),
        *("--status", "in_progress", "--date", "20/06/2025"),
    )
    args = ("--plan", "2023", "remind", "--month", "9/2025", "--as-of", "01/09/2025")
    note = ok(*args, "--unit", "Tam Điệp")
    # I.3 is led by "UBND các phường, xã" (due 7/2023: 763 days late on 01/09/2025); Tam Điệp
    # did not exist on 20/06/2025: the report is Nam Sơn's, counted for Tam Điệp.
    row = next(line for line in note.splitlines() if line.startswith("| 1 | I.3 |"))
    assert row.endswith(
        "| Tháng 7/2023 | Quá hạn 763 ngày | Đang thực hiện (20/06/2025, do UBND phường Nam Sơn "
        "báo cáo trước khi sáp nhập) |"
    )
    data = json.loads(ok(*args, "--unit", "Tam Điệp", "-f", "json"))
    i3 = next(t for t in data[0]["targets"] if t["id"] == "I.3")
    assert (i3["unit_last_status"], i3["unit_reported"], i3["unit_reported_by"]) == (
        "in_progress",
        "2025-06-20",
        "UBND phường Nam Sơn",
    )


@pytest.mark.parametrize(
    ("answers", "written"),
    [
        ("c\n", True),
        ("Có\n", True),
        ("yes\n", True),
        ("k\n", False),
        ("không\n", False),
        ("\n", False),
        ("n\n", False),
        ("hmm\nc\n", True),
        ("", False),
    ],
)
def test_carry_over_asks_in_vietnamese(plans: Path, answers: str, written: bool) -> None:
    """[c/K]: c/có/y/yes write, k/không/n/no or nothing do not; anything else is asked again."""
    result = runner.invoke(
        app,
        ["carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023"],
        input=answers,
    )
    assert result.exit_code == 0, result.output
    assert "Ghi các chỉ tiêu này? [c/K]" in result.output
    assert ("Trả lời c (có) hoặc k (không)." in result.output) == answers.startswith("hmm")
    # 31 unfinished, but I.2 and II.2 ("Thường xuyên") are the 2024 plan's own too (the sample
    # plan as both years): left in 2023 (clerk15 F1)
    assert ("Đã ghi 29 chỉ tiêu" in result.output) == written, result.output
    assert ("Chưa ghi gì." in result.output) == (not written)


@pytest.mark.parametrize(
    ("day", "member"),
    [("01/09/2025", "UBND phường Tam Điệp"), ("30/06/2025", "UBND phường Bắc Sơn")],
)
def test_a_collective_s_hint_names_a_member_of_the_report_s_day(
    plans: Path, day: str, member: str
) -> None:
    # attack 11, a11-10: the example was the catalog's first member, Bắc Sơn, merged into Tam
    # Điệp on 01/07/2025: following the hint was refused in turn. Now the members of that day.
    (plans / "plans" / "don_vi_thay_doi.yaml").write_text("units:\n" + MERGER, "utf-8")
    args = ["progress", "add", "II.1", "--unit", "UBND các phường, xã", "--status", "done"]
    for lang, said in (
        ((), ["cds: lỗi: 'UBND các phường, xã' là một tập thể; hãy báo cáo với tư cách một "
              "thành viên của nó", f'  gợi ý: ví dụ --unit "{member}"']),
        (("--lang", "en"), ["cds: error: 'UBND các phường, xã' is a collective; report as one "
                            "of its members", f'  hint: e.g. --unit "{member}"']),
    ):  # fmt: skip
        result = cds(*lang, "--plan", "2024", *args, "--date", day)
        assert (result.exit_code, result.stderr.splitlines()) == (2, said)
    result = cds("--plan", "2024", *args[:3], "--unit", member, *args[5:], "--date", day)
    assert result.exit_code == 0, result.output  # following the hint: recorded
