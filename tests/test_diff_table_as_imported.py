"""`cds diff` of a plan and a Word/Excel table of the next plan, after carry-over (fix12s).

Attack 16, a16_05: the 2024 plan exported with its carried part (`cds --plan 2024 export`) and
compared with 2023 numbered the carried targets as the table's own groups continued ("I.3 ← I.1
(2023)" and "~ Nhóm I: [-Dữ liệu-]{+Chuyển đổi+} số"), while `cds diff 2023 2024` and `cds import`
of that very file said "II.1 ← I.1 (2023)": the diff read the carried part against the other
side's registry (2023's, which places no carried target), not the 2024 plan's. Now a carried part
is read under the ids the workspace's plan of the table's year gave its targets
(registry/importing/carried.py), by `cds import` and `cds diff` alike, whichever plan is in use.

a16_08: the 2024 table without its carried part compared the other way round (`cds diff
KH-2024.docx 2023`) listed every carried 2023 target "+ added"; it is now the mirror of `cds diff
2023 KH-2024.docx` (`carried_out_new`), as `cds diff 2024 2023` mirrors `cds diff 2023 2024`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cds_tracker.cli import app
from cds_tracker.output.diff_json import diff_json
from cds_tracker.output.diff_text import diff_text
from cds_tracker.registry.diff import compare
from test_diff_plans_apart import MARKETS, SCHOOLS, TRAINED, A
from test_revision_lists_carried import PLAN, PLAN_LINE, TITLE, runner, write_docx


@pytest.fixture
def carried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped 2023 plan (31 targets, all open: all carried) carried into the 2024 plan
    imported from its table (I. Chính quyền số: I.1, I.2; II. Kinh tế số: II.1). Carry-over puts
    2023's group II (Chính quyền số) after 2024's I.2 (I.3 …), III (Kinh tế số) after II.1
    (II.2 …), and 2023's I (Dữ liệu số), IV, V in new groups III, IV, V."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    write_docx(tmp_path / "KH-2024.docx", PLAN, [*TITLE, PLAN_LINE])
    for step in (
        ["init", "plans/2023"],
        ["import", "KH-2024.docx", "--out", "plans/2024/phu_luc_01.yaml"],
        ["carry-over", "--from", "2023", "--to", "2024", "--yes"],
    ):
        done = runner.invoke(app, step)
        assert done.exit_code == 0, done.output
    return tmp_path


def _run(*args: str) -> str:
    done = runner.invoke(app, list(args))
    assert done.exit_code == 0, done.output
    return done.stdout


CARRIED_VI = [
    "~ Nhóm II → I: Chính quyền số",
    "~ Nhóm III → II: Kinh tế số",
    "~ Nhóm I → III: Dữ liệu số",
    "Chỉ tiêu chuyển từ kế hoạch trước, chỉ bên mới có: 31",
    "  I.3 ← II.1 (2023)",
    "  I.4 ← II.2 (2023)",
]
CARRIED_EN = [
    "~ Group II → I: Chính quyền số",
    "~ Group III → II: Kinh tế số",
    "~ Group I → III: Dữ liệu số",
    "Targets carried from an earlier plan, on the new side only: 31",
    "  I.3 ← II.1 (2023)",
    "  I.4 ← II.2 (2023)",
]


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
@pytest.mark.parametrize("in_use", [[], ["--plan", "2023"]])
def test_a_plans_export_diffs_as_the_plan_itself(
    carried: Path, kind: str, in_use: list[str]
) -> None:
    """`cds diff 2023 KH-2024-full.docx` says what `cds diff 2023 2024` says, line for line
    (its first line names the file), whichever plan is in use."""
    table = f"KH-2024-full.{kind}"
    _run("--plan", "2024", "export", "--format", kind, "--out", table)
    for lang, lines, title in (
        ("vi", CARRIED_VI, "thêm 3, bỏ 0, sửa 0 chỉ tiêu."),
        ("en", CARRIED_EN, "3 added, 0 removed, 0 changed targets."),
    ):
        plans = _run(*in_use, "diff", "2023", "2024", "--lang", lang).splitlines()
        shown = _run(*in_use, "diff", "2023", table, "--lang", lang).splitlines()
        assert shown[0] == f"plans/2023/phu_luc_01.yaml → {table}: {title}"
        assert shown[1:] == plans[1:]
        at = shown.index(lines[0])
        assert shown[at : at + 6] == lines
        assert "  II.2 ← III.1 (2023)" in shown and "  III.1 ← I.1 (2023)" in shown
    data = json.loads(_run(*in_use, "diff", "2023", table, "-f", "json"))
    assert data["carried_in"][:2] == [
        {"id": "I.3", "carried_from": "2023/II.1"},
        {"id": "I.4", "carried_from": "2023/II.2"},
    ]
    assert (data["groups"], len(data["groups_moved"]), len(data["added"])) == ({}, 3, 3)
    assert _run(*in_use, "diff", table, "2024").splitlines()[1] == "Không có khác biệt."


def test_import_places_the_carried_part_as_the_plan_did(carried: Path) -> None:
    """`cds import` with the 2023 plan in use reads the 2024 table's carried part under the ids
    the 2024 plan gave them (it numbered 2023's II.1 as I.1's group continued, I.3, before)."""
    _run("--plan", "2024", "export", "--format", "docx", "--out", "KH-2024-full.docx")
    text = _run("--plan", "2023", "import", "KH-2024-full.docx")
    at = text.index("carried_from: 2023/II.1\n")
    assert text.rfind("- id: ", 0, at) == text.rfind("- id: I.3\n", 0, at) != -1
    at = text.index("carried_from: 2023/I.1\n")
    assert text.rfind("- id: ", 0, at) == text.rfind("- id: III.1\n", 0, at) != -1


def test_the_table_without_its_carried_part_the_other_way_round(carried: Path) -> None:
    """`cds diff KH-2024.docx 2023` (the table as signed): the 31 carried targets are the mirror
    of `cds diff 2023 KH-2024.docx`'s, not added; the table's own 3 are 2023's removed."""
    forward = json.loads(_run("diff", "2023", "KH-2024.docx", "-f", "json"))
    data = json.loads(_run("diff", "KH-2024.docx", "2023", "-f", "json"))
    assert (data["added"], data["finished_new"], data["backwards"]) == ([], [], True)
    assert [t["id"] for t in data["removed"]] == ["I.1", "I.2", "II.1"]
    assert data["carried_out_new"] == forward["carried_out"]
    assert data["carried_out_new"][:2] == [
        {"id": "I.1", "carried_to": "2024/III.1"},
        {"id": "I.2", "carried_to": "2024/III.2"},
    ]
    assert len(data["carried_out_new"]) == 31
    for lang, title, head in (
        ("vi", "thêm 0, bỏ 3, sửa 0 chỉ tiêu.", OUT_NEW_VI),
        ("en", "0 added, 3 removed, 0 changed targets.", OUT_NEW_EN),
    ):
        lines = _run("diff", "KH-2024.docx", "2023", "--lang", lang).splitlines()
        assert lines[0] == f"KH-2024.docx → plans/2023/phu_luc_01.yaml: {title}"
        at = lines.index(head.format(count=31))
        assert lines[at + 1 : at + 3] == ["  I.1 → 2024/III.1", "  I.2 → 2024/III.2"]
        assert not any(line.startswith("+ ") for line in lines)


OUT_NEW_VI = (
    "Chỉ tiêu của kế hoạch trước (bên mới) đã chuyển tiếp sang kế hoạch của bên cũ, bên cũ "
    "không ghi (không phải được thêm): {count}"
)
OUT_NEW_EN = (
    "Targets of the earlier plan (the new side) carried over into the old side's plan, not "
    "listed on the old side (not added): {count}"
)
FINISHED_NEW = (
    "hoàn thành ở kế hoạch trước (bên mới) nên không chuyển tiếp sang bên cũ (không phải được thêm)"
)


def _plans() -> tuple[dict[str, Any], dict[str, Any]]:
    """2023: I.1 carried into 2024 as I.3, I.2 finished; the 2024 table lists its own only."""
    first = {"id": "I.1", "content": A, "carried_to": "2024/I.3", "carried_on": "31/12/2023"}
    old = {
        "document": {"year": 2023},
        "groups": [
            {
                "id": "I",
                "title": "Dữ liệu số",
                "targets": [first, {"id": "I.2", "content": SCHOOLS}],
            }
        ],
    }
    own = [{"id": "I.1", "content": MARKETS}, {"id": "I.2", "content": TRAINED}]
    new = {
        "document": {"year": 2024},
        "groups": [{"id": "I", "title": "Dữ liệu số", "targets": own}],
    }
    return old, new


def test_the_mirror_of_carried_out() -> None:
    """The table (2024) first: 2023's I.1 went on into 2024 (I.3), I.2 was finished there; the
    table's own two are removed, as `cds diff 2023 KH-2024.docx` adds them; nothing added."""
    earlier, table = _plans()
    diff = compare(table, earlier)
    assert diff.backwards and diff.no_record == ("", "")
    assert (diff.added, diff.unrecorded) == ([], [])
    assert diff.removed == [("I.1", MARKETS), ("I.2", TRAINED)]
    assert diff.finished_new == [("I.2", SCHOOLS)]
    assert diff.carried_out_new == [("I.1", "2024/I.3")]
    assert diff_text(diff, "KH-2024.docx", "2023", "vi").splitlines() == [
        "KH-2024.docx → 2023: thêm 0, bỏ 2, sửa 0 chỉ tiêu.",
        "~ Đầu văn bản",
        "    Năm kế hoạch: [-2024-]{+2023+}",
        f"- I.1  {MARKETS}",
        f"- I.2  {TRAINED}",
        f"= I.2  {FINISHED_NEW}: {SCHOOLS}",
        OUT_NEW_VI.format(count=1),
        "  I.1 → 2024/I.3",
    ]
    assert diff_text(diff, "KH-2024.docx", "2023", "en").splitlines()[0] == (
        "KH-2024.docx → 2023: 0 added, 2 removed, 0 changed targets."
    )
    assert diff_text(diff, "KH-2024.docx", "2023", "en").splitlines()[-2:] == [
        OUT_NEW_EN.format(count=1),
        "  I.1 → 2024/I.3",
    ]
    data = json.loads(diff_json(diff, "KH-2024.docx", "2023"))
    assert data["carried_out_new"] == [{"id": "I.1", "carried_to": "2024/I.3"}]
    assert (data["added"], data["carried_out"]) == ([], [])
    assert data["finished_new"] == [{"id": "I.2", "content": SCHOOLS}]
    forward = compare(earlier, table)  # the same pairs, the other way round
    assert forward.carried_out == diff.carried_out_new
    assert (forward.added, forward.finished) == (diff.removed, diff.finished_new)
