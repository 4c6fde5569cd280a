"""Several plans answering together (issue 16, review findings): the CSV of `--all-plans` (its
plan column guarded, `--excel` honoured), a plan with invalid data left out but the others
shown (exit 1), each plan's own registry line, the JSON shape, `cds plans` outside a workspace
and with carried or cancelled targets, and carry-over within 80 columns."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.output.screen import cell_len

from paths import of_year

# The appendix on 01/12/2023: 31 targets, less the 2 ongoing (I.2, II.2) and the 2 due in
# 12/2023 (III.1, IV.4), leaves 27 late; I.1 (due 5/2023) is the first, 184 days late.
LATE_ON_1_DEC_2023 = 27
BAD_DUE = '          due: "2023-05"\n'  # the first deadline of the file: I.1's


def run(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout as written (CRLF kept: click's `stdout` turns it into LF), stderr."""
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout_bytes.decode("utf-8"), result.stderr


def unboxed(table: str) -> str:
    """A table's text with its frame gone and its lines joined: what a person reads."""
    lines = (" ".join(line.strip("|+- ").split()) for line in table.splitlines())
    return " ".join(line for line in lines if line)


def make_plans(root: Path, *names: str) -> None:
    for name in names:
        init_registry(root / "plans" / name)
        of_year(root / "plans" / name / "phu_luc_01.yaml", name)


def break_plan(root: Path, name: str) -> str:
    """Give the plan's first deadline month 13; its position, `file:line:col`, as validate says."""
    path = root / "plans" / name / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    at = text.index(BAD_DUE)
    path.write_text(text.replace(BAD_DUE, BAD_DUE.replace("05", "13"), 1), encoding="utf-8")
    line, col = text[:at].count("\n") + 1, BAD_DUE.index(chr(34)) + 1  # at the month's quote
    return f"plans/{name}/phu_luc_01.yaml:{line}:{col}"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    return tmp_path


def test_the_plan_column_never_starts_a_formula(here: Path) -> None:
    make_plans(here, "=1+1", "@x")  # in name order: "=" (0x3D) before "@" (0x40)
    code, out, err = run("late", "--all-plans", "--as-of", "01/12/2023", "-f", "csv")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("plan,id,group,group_title,content,")
    assert len(lines) == 1 + 2 * LATE_ON_1_DEC_2023  # one header for both plans
    assert [line.split(",")[0] for line in lines[1:]] == ["'=1+1"] * 27 + ["'@x"] * 27
    assert lines[1].startswith("'=1+1,I.1,I,Dữ liệu số,")


def test_excel_with_all_plans_is_the_csv_for_people(here: Path) -> None:
    make_plans(here, "2023", "=cmd")
    code, out, err = run("late", "--all-plans", "--as-of", "01/12/2023", "--excel")
    assert (code, err) == (0, "")
    assert out.startswith("\ufeffKế hoạch,Mã chỉ tiêu,Nhóm,Tên nhóm,Nội dung chỉ tiêu,")
    rows = out.removeprefix("\ufeff").split("\r\n")
    assert rows[-1] == ""  # every row ends in CRLF
    assert len(rows) == 1 + 2 * LATE_ON_1_DEC_2023 + 1
    assert rows[1].startswith("2023,I.1,I,Dữ liệu số,")
    assert rows[28].startswith("'=cmd,I.1,I,Dữ liệu số,")
    assert ",05/2023,Tháng 5/2023," in rows[1]  # months mm/yyyy, as without --all-plans
    assert ",Quá hạn," in rows[1] and ",late," not in rows[1]
    code, out, _ = run("late", "--all-plans", "--as-of", "01/12/2023", "--excel", "--lang", "en")
    assert code == 0
    assert out.startswith("\ufeffPlan,Target,Group,Group title,")
    assert ",Late," in out.split("\r\n")[1]
    code, _, err = run("late", "--all-plans", "--excel", "-f", "json")
    assert code == 2 and "--excel" in err


def test_each_plan_ends_with_its_own_registry(here: Path) -> None:
    make_plans(here, "2023", "2024")
    code, out, err = run("late", "--all-plans", "--as-of", "01/12/2023")
    assert (code, err) == (0, "")
    marks = [
        line
        for line in out.splitlines()
        if line.startswith(("Kế hoạch ", "Sổ đăng ký: ")) and "|" not in line
    ]
    assert marks == [
        "Kế hoạch 2023",
        "Sổ đăng ký: plans/2023/phu_luc_01.yaml",
        "Kế hoạch 2024",
        "Sổ đăng ký: plans/2024/phu_luc_01.yaml",
    ]
    assert "\nSổ đăng ký: plans/2023/phu_luc_01.yaml\n\nKế hoạch 2024\n" in out
    assert out.endswith("+\n\nSổ đăng ký: plans/2024/phu_luc_01.yaml\n")
    # --plan with --all-plans: one plan and every plan at once, refused (clerk21 F4); the
    # hint's every-plan command spans every plan, each with its own data.
    code, out, _ = run(
        "--plan", "2024", "late", "--all-plans", "--as-of", "01/12/2023", "-f", "json"
    )
    assert (code, out) == (2, "")
    code, out, _ = run("late", "--all-plans", "--as-of", "01/12/2023", "-f", "json")
    assert code == 0
    assert [(a["plan"], len(a["rows"])) for a in json.loads(out)] == [("2023", 27), ("2024", 27)]
    code, out, _ = run("report", "-u", "Phòng Y tế", "--all-plans", "--lang", "en")
    assert code == 0
    assert [line for line in out.splitlines() if line.startswith("Registry: ")] == [
        "Registry: plans/2023/phu_luc_01.yaml",
        "Registry: plans/2024/phu_luc_01.yaml",
    ]


def test_an_invalid_plan_is_left_out_and_the_others_answer(here: Path) -> None:
    make_plans(here, "2023", "2024", "2025")
    where = break_plan(here, "2024")
    problem = (
        f"{where}: Hạn (ngày/tháng) '2023-13' không phải là một tháng (năm-tháng, ví dụ 2024-09) "
        "hay ngày (năm-tháng-ngày, ví dụ 2024-10-15) hay thường xuyên ('ongoing')"
    )
    code, out, err = run("late", "--all-plans", "--as-of", "01/12/2023", "-f", "json")
    assert code == 1
    answers = json.loads(out)
    assert [sorted(a) for a in answers] == [
        ["plan", "rows"],
        ["error", "plan", "problem"],
        ["plan", "rows"],
    ]
    assert [len(answers[0]["rows"]), len(answers[2]["rows"])] == [27, 27]
    assert answers[1] == {
        "plan": "2024",
        "error": "sổ đăng ký plans/2024/phu_luc_01.yaml có 1 lỗi; hãy sửa (xem 'cds validate')",
        "problem": problem,
    }
    lines = err.splitlines()
    assert lines[0] == (
        "cds: lỗi: 1 kế hoạch bị bỏ qua vì dữ liệu có lỗi: 2024; các kế hoạch khác vẫn được trả lời"
    )
    assert lines[1] == problem
    assert lines[-1] == "  gợi ý: xem mọi lỗi: cds validate plans/2024"
    code, out, err = run("late", "--all-plans", "--as-of", "01/12/2023")
    assert code == 1
    assert "\nKế hoạch 2024\n(bỏ qua kế hoạch này vì dữ liệu có lỗi; lỗi đầu tiên:" in out
    assert f"lỗi đầu tiên: {problem}; xem mọi lỗi: cds validate plans/2024) Kế hoạch 2025" in (
        unboxed(out)
    )
    assert "Sổ đăng ký: plans/2025/phu_luc_01.yaml" in out  # the plan after still answers
    code, out, err = run("late", "--all-plans", "--as-of", "01/12/2023", "-f", "csv")
    assert code == 1
    assert {line.split(",")[0] for line in out.splitlines()[1:]} == {"2023", "2025"}
    code, out, err = run("report", "-u", "Phòng Y tế", "--all-plans", "--lang", "en")
    assert code == 1
    assert err.splitlines()[0] == (
        "cds: error: 1 plan was left out, its data is invalid: 2024; the others answered"
    )
    assert err.splitlines()[-1] == "  hint: see every problem: cds validate plans/2024"
    break_plan(here, "2025")
    code, _, err = run("late", "--all-plans", "--lang", "en")
    assert code == 1
    assert err.splitlines()[0] == (
        "cds: error: 2 plans were left out, their data is invalid: 2024, 2025; the others answered"
    )
    assert err.splitlines()[-1] == (
        "  hint: see every problem: cds validate plans/2024; cds validate plans/2025"
    )


def test_plans_lists_an_invalid_plan_then_exits_1(here: Path) -> None:
    make_plans(here, "2023", "2024", "2025")
    where = break_plan(here, "2024")
    code, out, err = run("plans", "--as-of", "01/12/2023", "-f", "json")
    assert code == 1
    listed = json.loads(out)
    assert [(p["plan"], p["year"], p["targets"], p["late"]) for p in listed] == [
        ("2023", 2023, 31, 27),
        ("2024", None, None, None),
        ("2025", 2025, 31, 27),  # the 2023 appendix, made the 2025 plan's (of_year)
    ]
    assert listed[1]["problem"] == (
        f"{where}: Hạn (ngày/tháng) '2023-13' không phải là một tháng (năm-tháng, ví dụ 2024-09) "
        "hay ngày (năm-tháng-ngày, ví dụ 2024-10-15) hay thường xuyên ('ongoing')"
    )
    assert listed[0]["problem"] is None
    assert err.splitlines()[-1] == "  gợi ý: xem mọi lỗi: cds validate plans/2024"
    code, out, err = run("plans", "--as-of", "01/12/2023", "--lang", "en")
    assert code == 1
    flat = unboxed(out)
    assert (
        f"Invalid data, not counted; first problem: {where}: Due (day/month) '2023-13' is not a "
        "month (year-month, e.g. 2024-09) nor a day (year-month-day, e.g. 2024-10-15) nor "
        "ongoing ('ongoing'); "
        "see them all: cds validate plans/2024"
    ) in flat
    assert "| 2025 " in out and "| 2023 " in out


def test_plans_outside_a_workspace_says_how_to_make_one(here: Path) -> None:
    code, out, err = run("plans")
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "cds: lỗi: ở đây không có thư mục làm việc nhiều kế hoạch (không có thư mục plans/ ở đây "
        "hay ở các thư mục cha)",
        "  gợi ý: mỗi kế hoạch một thư mục: plans/2023/, plans/2024/ …; tạo bằng 'cds init "
        "plans/2023' (kế hoạch 2023 đi kèm cds) hoặc 'cds import KE-HOACH.docx --out "
        "plans/2024/phu_luc_01.yaml', rồi chạy cds ở thư mục chứa plans/",
    ]
    code, out, err = run("plans", "--lang", "en")
    assert code == 2
    assert err.splitlines() == [
        "cds: error: there is no workspace of plans here (no plans/ folder here or above)",
        "  hint: one folder per plan: plans/2023/, plans/2024/ …; make one with 'cds init "
        "plans/2023' (plan 2023, bundled with cds) or 'cds import PLAN.docx --out "
        "plans/2024/phu_luc_01.yaml', then run cds in the folder that holds plans/",
    ]
    code, _, err = run("carry-over", "--from", "2023", "--to", "2024", "--lang", "en")
    assert code == 2
    assert err.startswith("cds: error: there is no workspace of plans here")
    code, _, err = run("late", "--all-plans", "--lang", "en")
    assert code == 2
    assert "cds: error: --all-plans: no plans/ folder here or above\n" in err


def test_plans_counts_carried_and_cancelled_targets(here: Path) -> None:
    make_plans(here, "2023", "2024")
    path = here / "plans/2024/phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8").replace("  year: 2023", "  year: 2024", 1)
    at = text.index(BAD_DUE) + len(BAD_DUE)  # after I.1's deadline: cancelled on 01/03/2024
    path.write_text(text[:at] + '        cancelled: "2024-03-01"\n' + text[at:], encoding="utf-8")
    code, out, err = run(
        "carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes"
    )
    assert code == 0, err
    code, out, err = run("plans", "--as-of", "01/06/2024", "-f", "json")
    assert (code, err) == (0, "")
    # 2023: all 31 unfinished on 31/12/2023, 29 carried (still 2023's targets): I.2 and II.2,
    # "Thường xuyên", are 2024's own too (the sample plan as both years), left in 2023 (clerk15
    # F1). 2024: its own 31 and the 29 carried, 60, of which I.1 is cancelled from 01/03/2024:
    # 59 in force.
    counts = {p["plan"]: (p["targets"], p["carried_over"], p["cancelled"]) for p in json.loads(out)}
    assert counts == {"2023": (31, 29, 0), "2024": (59, 0, 1)}
    code, out, _ = run("plans", "--as-of", "01/06/2024")
    flat = unboxed(out)
    # one row per count, one column per plan: 2023 then 2024
    assert "Đã chuyển sang kế hoạch sau | 29 | 0" in flat
    assert "Bãi bỏ (không tính vào Chỉ tiêu) | 0 | 1" in flat  # last, apart from the total


def test_carry_over_fits_80_columns(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    make_plans(here, "2023", "2024")
    path = here / "plans/2024/phu_luc_01.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("  year: 2023", "  year: 2024", 1),
        encoding="utf-8",
    )
    for lang in ("vi", "en"):
        code, out, err = run(
            "carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--lang", lang
        )
        assert (code, err) == (0, "")
        wide = [line for line in out.splitlines() if cell_len(line) > 80]
        assert wide == []
    assert out.splitlines()[:2] == [
        "29 unfinished targets of plan 2023 would be carried into",  # 2 restated by 2024
        "plans/2024/phu_luc_01.yaml:",
    ]


def test_the_all_plans_json_shape_is_documented() -> None:
    """The keys the tests above pin are the ones docs/output-formats.md promises."""
    page = (Path(__file__).parent.parent / "docs/output-formats.md").read_text(encoding="utf-8")
    section = page.split("## Several plans: `--all-plans` and `cds plans`")[1].split("\n## ")[0]
    for shape in (
        '`{"plan": "2023", "rows": [...]}`',
        '`{"plan": "2023", "error": "..."}`',
        '`{"plan": "2024", "error": "...", "problem": "file:line:col: message"}`',
        "`plan`, `in_use`",
        "`registry` (its path) and `problem`",
    ):
        assert shape in section, shape
