"""Setting up and choosing plans as a clerk does (issue 16, gaps): `cds init plans/2024` does not
make a 2023 plan that `cds validate` then refuses, but says where the 2024 plan comes from; a
broken default plan says it was the default and how to choose another; every plans/ entry
passed over is said once, on stderr, by every command that lists or chooses plans."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app import workspace
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

from paths import of_year


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    return tmp_path


def test_init_of_another_years_folder_points_to_import(here: Path) -> None:
    assert run("init", "plans/2024") == (
        2,
        "",
        "cds: lỗi: plans/2024 là thư mục của kế hoạch 2024, mà cds init chỉ chép được Phụ lục 01 "
        "của kế hoạch 2023 (bản đi kèm cds); chưa ghi gì\n"
        "  gợi ý: kế hoạch 2024 lấy từ bảng phụ lục của chính nó: cds import KE-HOACH-2024.docx "
        "--out plans/2024/phu_luc_01.yaml (hoặc tệp .xlsx); kế hoạch 2023: cds init plans/2023\n",
    )
    assert not (here / "plans").exists()  # nothing written, so nothing for validate to refuse
    code, _, err = run("init", "plans/2025-sua-doi", "--lang", "en")
    assert (code, err) == (
        2,
        "cds: error: plans/2025-sua-doi is the folder of plan 2025, and cds init can only copy "
        "Appendix 01 of plan 2023 (bundled with cds); nothing was written\n"
        "  hint: plan 2025 comes from its own appendix table: cds import PLAN-2025.docx --out "
        "plans/2025-sua-doi/phu_luc_01.yaml (or its .xlsx); plan 2023: cds init plans/2023\n",
    )
    # The bundled plan's own year, and a folder not named for a year, are made as before.
    assert run("init", "plans/2023")[0] == 0
    assert run("init", "so-theo-doi")[0] == 0
    assert run("validate") == (0, "Hợp lệ: 1 tệp.\n", "")


def broken_2027(root: Path) -> None:
    init_registry(root / "plans" / "2023")
    (root / "plans" / "2027").mkdir()
    (root / "plans" / "2027" / "phu_luc_01.yaml").write_text("document: [\n", encoding="utf-8")


def test_a_broken_default_plan_says_it_was_the_default(here: Path) -> None:
    broken_2027(here)
    code, out, err = run("due", "--month", "10/2025")
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[:2] == [
        "cds: không có kế hoạch 2025; dùng kế hoạch 2027, kế hoạch mới nhất (năm 2027)"
        " (--plan để chọn kế hoạch khác)",
        "cds: lỗi: sổ đăng ký plans/2027/phu_luc_01.yaml có 1 lỗi; hãy sửa (xem 'cds validate')",
    ]
    # No plan 2025 (the year asked about), so the latest answered: 2027.
    assert lines[-1] == (
        "  gợi ý: kế hoạch 2027 được dùng vì không chọn kế hoạch nào và nó là kế hoạch mới nhất "
        "(không có kế hoạch 2025); dùng kế hoạch khác: --plan 2023 (xem các kế hoạch: cds plans)"
    )
    code, _, err = run("late", "--as-of", "01/03/2027", "--lang", "en")
    assert code == 1
    assert err.splitlines()[-1] == (
        "  hint: plan 2027 answered as no plan was chosen and it is the plan of the year asked "
        "about (2027); to use another: --plan 2023 (see the plans: cds plans)"
    )
    # Named, the plan is no default: the problem's own hint is the last line.
    code, _, err = run("--plan", "2027", "due", "--month", "10/2025")
    assert code == 1
    assert "cds plans" not in err and err.splitlines()[-1].startswith("  gợi ý: đóng ngoặc")
    assert run("--plan", "2023", "due", "--month", "10/2023", "-f", "json")[0] == 0


def test_this_years_plan_is_said_as_such(here: Path) -> None:
    broken_2027(here)
    hint = workspace.default_hint(here / "plans/2027/phu_luc_01.yaml", dt.date(2027, 5, 1))
    assert hint == workspace.msg(
        "plan.hint.default",
        name="2027",
        why=workspace.msg("plan.because_this_year", year=2027),
        other="2023",
    )
    (here / "plans" / "2023").rename(here / "2023")  # the only plan: nothing else to choose
    assert workspace.default_hint(here / "plans/2027/phu_luc_01.yaml") is None


def test_entries_passed_over_are_said_once_by_each_command(
    here: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    init_registry(here / "plans" / "2023")
    outside = tmp_path_factory.mktemp("outside")
    init_registry(outside)
    plans = here / "plans"
    (plans / "2025").symlink_to(outside)  # a plan folder linked out of the workspace
    (plans / "2026").write_text("", encoding="utf-8")  # a file named like a plan
    (plans / "2028").symlink_to(here / "nowhere")  # a link to nothing
    (plans / "README.md").write_text("ghi chú\n", encoding="utf-8")  # the user's own: silent
    root = here.resolve() / "plans"
    notes = [
        f"cds: bỏ qua {root}/2025/phu_luc_01.yaml: liên kết tới một tệp ngoài thư mục làm việc",
        f"cds: bỏ qua {root}/2026: không phải thư mục; mỗi kế hoạch là một thư mục plans/<tên>/ "
        "chứa phu_luc_01.yaml",
        f"cds: bỏ qua {root}/2028: liên kết tới nơi không có",
    ]
    code, out, err = run("plans", "--as-of", "01/12/2023", "-f", "json")
    assert (code, err.splitlines()) == (0, notes)
    assert [p["plan"] for p in json.loads(out)] == ["2023"]
    for args in (
        ("due", "--month", "10/2023", "-f", "json"),
        ("--plan", "2023", "due", "--month", "10/2023", "-f", "json"),
        ("late", "--all-plans", "-f", "json"),
        ("diff", "2023", "plans/2023"),
    ):
        code, _, err = run(*args)
        assert (code, err.splitlines()) == (0, notes), args
    code, _, err = run("--plan", "2025", "due")
    assert (code, err.splitlines()) == (
        2,
        [
            *notes,
            "cds: lỗi: --plan: không có kế hoạch '2025' trong thư mục làm việc này (các kế hoạch: "
            "2023)",
            "  gợi ý: chạy 'cds plans' để xem danh sách",
        ],
    )
    code, _, err = run("carry-over", "--from", "2023", "--to", "2026", "--lang", "en")
    assert code == 2
    assert err.splitlines()[1] == (
        f"cds: skipped {root}/2026: not a folder; each plan is a folder plans/<name>/ holding "
        "phu_luc_01.yaml"
    )
    assert len(err.splitlines()) == 5


def test_plans_at_80_columns_one_count_a_line(here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One column per plan, one row per count: a clerk reads down a plan's column, at 80
    columns and piped alike (CliRunner's output is a pipe: plain lines)."""
    monkeypatch.setenv("COLUMNS", "80")
    for name in ("2023", "2024"):
        init_registry(here / "plans" / name)
        of_year(here / "plans" / name / "phu_luc_01.yaml", name)
    # On 01/11/2023 (both appendices the 2023 one): 2 ongoing not reported, 16 due by 10/2023
    # and late, the other 13 not started; 2023 in use (the year asked about). Plan 2024 has not
    # begun: its 2 ongoing owe nothing yet, its first window 15/12/2023–14/01/2024 (a11-14).
    code, out, err = run("plans", "--as-of", "01/11/2023")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Các kế hoạch trong thư mục làm việc",
        "+---------------------+--------+------+",
        "| Kế hoạch            | 2023 * | 2024 |",
        "|---------------------+--------+------|",
        "| Năm                 | 2023   | 2024 |",
        "| Chỉ tiêu            | 31     | 31   |",
        "| Hoàn thành          | 0      | 0    |",
        "| Hoàn thành trễ hạn  | 0      | 0    |",
        "| Đang thực hiện      | 0      | 0    |",
        "| Chưa thực hiện      | 13     | 13   |",
        "| Quá hạn             | 16     | 16   |",
        "| Thường xuyên        | 0      | 2    |",
        "| Chưa báo cáo kỳ này | 2      | 0    |",
        "+---------------------+--------+------+",
        "* kế hoạch đang dùng (chọn kế hoạch khác bằng --plan)",
        "Sổ đăng ký:",
        "  2023: plans/2023/phu_luc_01.yaml",
        "  2024: plans/2024/phu_luc_01.yaml",
    ]
    code, out, _ = run("plans", "--as-of", "01/11/2023", "--lang", "en")
    assert out.splitlines()[2] == "| Plan                     | 2023 * | 2024 |"
    assert out.splitlines()[-3:] == [
        "Registries:",
        "  2023: plans/2023/phu_luc_01.yaml",
        "  2024: plans/2024/phu_luc_01.yaml",
    ]
