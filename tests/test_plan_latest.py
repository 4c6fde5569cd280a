"""Final review 11, a_09: "the latest plan" is the plan of the latest year its registry's heading
states, not the folder whose name sorts last; plans of one year are told apart by a stated rule
(the folder named just the year, else the name that sorts last); the stderr line says which plan
answered and why; `cds plans` lists the plans in year order. Each workspace below is made by
hand: the bundled 2023 plan, copied with its heading's year changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    return tmp_path / "plans"


def plan(plans: Path, name: str, year: int) -> None:
    """plans/NAME holding the 2023 plan with its heading's year set to `year`."""
    bundled = next(plans.glob("*/phu_luc_01.yaml"))  # the first: the bundled 2023 plan
    text = bundled.read_text(encoding="utf-8")
    assert "\n  year: 2023\n" in text
    (plans / name).mkdir()
    (plans / name / "phu_luc_01.yaml").write_text(
        text.replace("\n  year: 2023\n", f"\n  year: {year}\n"), encoding="utf-8"
    )


def listed(*options: str) -> list[tuple[str, int | None, bool]]:
    _, out, _ = run("plans", "--as-of", "01/03/2026", "--format", "json", *options)
    return [(p["plan"], p["year"], p["in_use"]) for p in json.loads(out)]


def test_the_latest_is_by_the_headings_year_not_the_folders_name(plans: Path) -> None:
    # By name "ke-hoach-2023-dieu-chinh" sorts after "2024": it answered for 2026, a 2023 plan.
    plan(plans, "2024", 2024)
    plan(plans, "ke-hoach-2023-dieu-chinh", 2023)
    code, _, err = run("list", "--as-of", "01/03/2026", "-f", "json")
    assert (code, err) == (
        0,
        "cds: không có kế hoạch 2026; dùng kế hoạch 2024, kế hoạch mới nhất (năm 2024)"
        " (--plan để chọn kế hoạch khác)\n",
    )
    code, _, err = run("list", "--as-of", "01/03/2026", "-f", "json", "--lang", "en")
    assert err == (
        "cds: no plan for 2026; using plan 2024, the latest (year 2024) (--plan to choose"
        " another)\n"
    )
    assert listed() == [
        ("2023", 2023, False),
        ("ke-hoach-2023-dieu-chinh", 2023, False),
        ("2024", 2024, True),
    ]


def test_a_folder_named_for_another_year_is_no_plan_of_that_year(plans: Path) -> None:
    # plans/2025 holds a 2023 plan (validate refuses its heading there): before, it answered
    # as 2025's plan and as the latest; the 2024 plan is the latest.
    plan(plans, "2024", 2024)
    plan(plans, "2025", 2023)
    code, _, err = run("list", "--as-of", "01/06/2025", "-f", "json")
    assert code == 0
    assert err == (
        "cds: không có kế hoạch 2025; dùng kế hoạch 2024, kế hoạch mới nhất (năm 2024)"
        " (--plan để chọn kế hoạch khác)\n"
    )
    # Listed by year: the 2023 plan of folder 2025 beside 2023's, invalid (its year), 2024 last.
    code, out, _ = run("plans", "--as-of", "01/06/2025", "--format", "json")
    assert code == 1
    assert [(p["plan"], p["in_use"]) for p in json.loads(out)] == [
        ("2023", False),
        ("2025", False),
        ("2024", True),
    ]


def test_plans_of_one_year_the_folder_named_just_the_year(plans: Path) -> None:
    plan(plans, "2023b", 2023)
    plan(plans, "2022", 2022)
    code, _, err = run("list", "--as-of", "01/03/2026", "-f", "json")
    assert (code, err) == (
        0,
        "cds: không có kế hoạch 2026; dùng kế hoạch 2023, kế hoạch mới nhất (năm 2023; trong các"
        " kế hoạch cùng năm 2023, 2023b: thư mục mang đúng tên năm, nếu không thì tên xếp sau"
        " cùng) (--plan để chọn kế hoạch khác)\n",
    )
    _, _, err = run("list", "--as-of", "01/03/2026", "-f", "json", "--lang", "en")
    assert err == (
        "cds: no plan for 2026; using plan 2023, the latest (year 2023; of the plans of that"
        " year, 2023, 2023b: the folder named just the year, else the name that sorts last)"
        " (--plan to choose another)\n"
    )
    assert listed() == [("2022", 2022, False), ("2023", 2023, True), ("2023b", 2023, False)]
    # Asked about 2023 itself: the same rule, and nothing to say.
    assert run("list", "--as-of", "01/03/2023", "-f", "json")[2] == ""
    assert listed("--as-of", "01/03/2023")[1] == ("2023", 2023, True)


def test_plans_of_one_year_none_named_just_the_year(plans: Path) -> None:
    plan(plans, "ke-hoach-2023", 2023)
    (plans / "2023").rename(plans / "2023-sua-doi")
    _, _, err = run("list", "--as-of", "01/03/2026", "-f", "json", "--lang", "en")
    assert err == (
        "cds: no plan for 2026; using plan ke-hoach-2023, the latest (year 2023; of the plans of"
        " that year, 2023-sua-doi, ke-hoach-2023: the folder named just the year, else the name"
        " that sorts last) (--plan to choose another)\n"
    )
    # The year asked about, by the heading: "so-theo-doi" is 2024's plan, said nothing of.
    plan(plans, "so-theo-doi", 2024)
    code, _, err = run("list", "--as-of", "01/03/2024", "-f", "json")
    assert (code, err) == (0, "")
    assert listed("--as-of", "01/03/2024")[-1] == ("so-theo-doi", 2024, True)


def test_a_plan_whose_year_cannot_be_read(plans: Path) -> None:
    # plans/2027 broken: its folder's year, so it stays 2027's plan (and the latest).
    (plans / "2027").mkdir()
    (plans / "2027" / "phu_luc_01.yaml").write_text("document: [\n", encoding="utf-8")
    code, _, err = run("list", "--as-of", "01/03/2027")
    assert code == 1 and err.startswith("cds: lỗi: sổ đăng ký plans/2027/phu_luc_01.yaml")
    # A folder named no year, broken, alone: the last by name, said so; exit 1, never 3.
    (plans / "2027").rename(plans / "abc")
    (plans / "2023").rename(plans.parent / "2023")
    code, _, err = run("list", "--as-of", "01/03/2026", "--lang", "en")
    assert code == 1
    assert err.splitlines()[0] == (
        "cds: no plan for 2026; using plan abc, the name that sorts last (no plan's registry"
        " heading states a year that could be read) (--plan to choose another)"
    )
    code, _, err = run("list", "--as-of", "01/03/2026")
    assert err.splitlines()[0] == (
        "cds: không có kế hoạch 2026; dùng kế hoạch abc, tên xếp sau cùng (không đọc được năm ở"
        " đầu sổ đăng ký của kế hoạch nào) (--plan để chọn kế hoạch khác)"
    )
    code, out, _ = run("plans", "--format", "json")
    assert code == 1 and [(p["plan"], p["year"]) for p in json.loads(out)] == [("abc", None)]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("\ufeffdocument:\n  appendix: x\n  year: 2024\n", 2024),  # a BOM before the heading
        ("document:\r\n  # ghi chú\r\n  year: 2025 # năm\r\n", 2025),  # CRLF, comments
        ("document:\n  plan:\n    year: 2019\n  year: 2022\n", 2022),  # one level in only
        ("catalog:\n  year: 1999\ndocument:\n    title: t\n    year: 2021\n", 2021),
        ("document: {year: 2024}\n", None),  # written otherwise: validate reads it, not this
        ("groups: []\n", None),
    ],
)
def test_the_headings_year_as_read_to_choose(tmp_path: Path, text: str, year: int | None) -> None:
    from cds_tracker.app.workspace import heading_year

    path = tmp_path / "phu_luc_01.yaml"
    path.write_bytes(text.encode("utf-8"))
    assert heading_year(path) == year


def test_a_carried_parts_origin_plan_is_found_by_its_year(plans: Path) -> None:
    # An exported table's part "carried from 2023" checks its numbers against the 2023 plan:
    # found by its heading's year, in plans/ke-hoach-2023 as in plans/2023; none for 2025.
    from cds_tracker.app.origins import workspace_targets

    (plans / "2023").rename(plans / "ke-hoach-2023")
    found = workspace_targets(2023)
    assert found is not None and len(found) == 31 and "I.1" in found
    assert workspace_targets(2025) is None
