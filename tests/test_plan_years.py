"""A plan's year as its edges: carry-over into groups named the way offices write them, the day
targets leave a finished plan, and an ongoing target asked for reports only while its plan runs.

The 2023 plan is the bundled appendix (groups I Dữ liệu số 5 targets, II Chính quyền số 9,
III Kinh tế số 5, IV Xã hội số 8, V An toàn, an ninh mạng 4; ongoing: I.2 and II.2, monthly,
nothing reported). The 2024 plan, imported from Word, names its groups "I. CHỈ TIÊU VỀ CHÍNH
QUYỀN SỐ" and "II. NHÓM CHỈ TIÊU VỀ KINH TẾ SỐ", one target each.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import decode, parse

runner = CliRunner()
HEADING = [
    "Phụ lục 01",
    "Chỉ tiêu chuyển đổi số năm 2024",
    "(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
CELLS = ("", "Phòng Văn hóa và Thông tin", "", "Tháng 9/2024", "")
PLAN = [
    ("header",),
    ("group", "I. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ"),
    ("1.", "Tối thiểu 60% hồ sơ được nộp trực tuyến.", *CELLS),
    ("group", "II. NHÓM CHỈ TIÊU VỀ KINH TẾ SỐ"),
    ("1.", "Tỷ lệ doanh nghiệp dùng hợp đồng điện tử đạt 80%.", *CELLS),
]
CARRY = ("carry-over", "--from", "2023", "--to", "2024")


def cds(*args: str, stdin: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=stdin)


def ok(*args: str) -> str:
    result = cds(*args)
    assert result.exit_code == 0, result.output
    return str(result.output)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("COLUMNS", "200")
    init_registry(tmp_path / "plans" / "2023")
    source = write_docx(tmp_path / "ke-hoach-2024.docx", PLAN, HEADING)
    ok("import", str(source), "--out", "plans/2024/phu_luc_01.yaml", "--registry", "plans/2023")
    return tmp_path


def groups_of(path: Path) -> dict[str, tuple[str, list[str]]]:
    """Each group of a registry: its title and the carried_from of its targets ("-": none)."""
    data = parse(decode(path.read_bytes()))
    return {
        g["id"]: (g["title"], [t.get("carried_from") or "-" for t in g["targets"]])
        for g in data["groups"]
    }


def origins(group: str, numbers: range) -> list[str]:
    return [f"2023/{group}.{n}" for n in numbers]


def test_carried_targets_join_the_groups_the_new_plan_names_its_own_way(workspace: Path) -> None:
    """Chính quyền số (2023/II) joins "I. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ", Kinh tế số (2023/III)
    joins "II. NHÓM CHỈ TIÊU VỀ KINH TẾ SỐ"; the three names 2024 lacks become III, IV, V.
    Without --as-of, run after 2023, the targets leave 2023 after 31/12/2023 (said), so a day of
    2024 finds none of them late in 2023."""
    out = ok(*CARRY, "--yes")
    said = " ".join(out.split())
    assert said.startswith(
        "Tính đến 31/12/2023, ngày cuối năm của kế hoạch 2023: các chỉ tiêu còn ở kế hoạch đó hết "
        "ngày này, từ hôm sau ở kế hoạch mới (--as-of để chọn ngày khác). 31 chỉ tiêu chưa hoàn "
        "thành của kế hoạch 2023"
    )
    assert said.count("vào nhóm I. CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ") == 9
    assert said.count("vào nhóm II. NHÓM CHỈ TIÊU VỀ KINH TẾ SỐ") == 5
    assert said.count("vào nhóm mới III. Dữ liệu số") == 5
    assert (
        "Nhóm mới (nhóm cũ → nhóm mới): I → III, IV → IV, V → V. Kế hoạch mới có nhóm đó dưới "
        "tên khác thì chọn nhóm bằng --group I=MÃ-NHÓM-MỚI."
    ) in said
    assert groups_of(workspace / "plans/2024/phu_luc_01.yaml") == {
        "I": ("CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ", ["-", *origins("II", range(1, 10))]),
        "II": ("NHÓM CHỈ TIÊU VỀ KINH TẾ SỐ", ["-", *origins("III", range(1, 6))]),
        "III": ("Dữ liệu số", origins("I", range(1, 6))),
        "IV": ("Xã hội số", origins("IV", range(1, 9))),
        "V": ("An toàn, an ninh mạng", origins("V", range(1, 5))),
    }
    late = json.loads(ok("--plan", "2023", "late", "--as-of", "15/03/2024", "-f", "json"))
    assert late == []
    before = json.loads(ok("--plan", "2023", "late", "--as-of", "30/12/2023", "-f", "json"))
    assert len(before) == 27  # 31 but the ongoing I.2, II.2 and III.1, IV.4 due 12/2023


def test_the_clerk_sends_a_group_where_no_name_rule_would(workspace: Path) -> None:
    """--group by name or id: Dữ liệu số into I (after I's own target and before Chính quyền
    số's, in the origin's order), An toàn, an ninh mạng into a new group named by the clerk."""
    ok(*CARRY, "--as-of", "31/12/2023", "--group", "dữ liệu số=I",
       "--group", "V=An toàn thông tin", "--yes")  # fmt: skip
    found = groups_of(workspace / "plans/2024/phu_luc_01.yaml")
    assert found["I"] == (
        "CHỈ TIÊU VỀ CHÍNH QUYỀN SỐ",
        ["-", *origins("I", range(1, 6)), *origins("II", range(1, 10))],
    )
    assert found["III"] == ("Xã hội số", origins("IV", range(1, 9)))
    assert found["IV"] == ("An toàn thông tin", origins("V", range(1, 5)))
    assert list(found) == ["I", "II", "III", "IV"]


@pytest.mark.parametrize(
    ("option", "lang", "lines"),
    [
        (
            "Tài chính số=I",
            "vi",
            [
                "cds: lỗi: --group 'Tài chính số=I': kế hoạch 2023 không có nhóm 'Tài chính số'",
                "  gợi ý: các nhóm: I. Dữ liệu số; II. Chính quyền số; III. Kinh tế số; IV. Xã "
                "hội số; V. An toàn, an ninh mạng",
            ],
        ),
        (
            "I",
            "en",
            [
                "cds: error: --group 'I': expected OLD-GROUP=NEW-GROUP",
                "  hint: a group's id or name, e.g. --group I=II or --group 'Dữ liệu số=Chính "
                "quyền số'",
            ],
        ),
    ],
)
def test_a_group_option_that_names_nothing_is_refused(
    workspace: Path, option: str, lang: str, lines: list[str]
) -> None:
    before = (workspace / "plans/2024/phu_luc_01.yaml").read_bytes()
    result = cds(*CARRY, "--group", option, "--yes", "--lang", lang)
    assert result.exit_code == 2
    assert result.output.splitlines() == lines
    assert (workspace / "plans/2024/phu_luc_01.yaml").read_bytes() == before


def test_an_ongoing_target_reports_while_its_plan_runs(workspace: Path) -> None:
    """2023's II.2 (ongoing, monthly) owes the report of 15/11–14/12/2023, the plan's last; a
    month of 2024 or 2025 asks it for none, and a day after the plan's year shows that last
    period, not one the plan never asked for, owed by nobody any more (as `remind` and `due`
    say: clerk review 9, item 7), yet never reported: "unreported" ("Chưa báo cáo kỳ cuối", not
    "Thường xuyên": clerk review 11, C); on 20/12/2023, still in the plan's year, it is owed."""
    plan = ("--plan", "2023")
    december = ok(*plan, "remind", "--month", "12/2023", "--as-of", "01/12/2023")
    asked = [
        line for line in december.splitlines() if "| Báo cáo kỳ 15/11/2023–14/12/2023 |" in line
    ]
    assert {line.split(" | ")[1] for line in asked} == {"I.2", "II.2"}
    assert all(line.endswith("| Chưa báo cáo kỳ này | Chưa báo cáo |") for line in asked)
    for month, day in (("1/2024", "01/01/2024"), ("9/2025", "01/09/2025")):
        assert "Báo cáo kỳ" not in ok(*plan, "remind", "--month", month, "--as-of", day)
    rows = json.loads(ok(*plan, "list", "-f", "json", "--as-of", "01/09/2025"))
    row = next(r for r in rows if r["id"] == "II.2")
    assert (row["status"], row["period"]) == (
        "unreported",
        {"reporting": "monthly", "start": "2023-11-15", "end": "2023-12-14"},
    )
    rows = json.loads(ok(*plan, "list", "-f", "json", "--as-of", "20/12/2023"))
    assert next(r for r in rows if r["id"] == "II.2")["status"] == "unreported"
    unit = ("report", "--unit", "Văn phòng HĐND và UBND thành phố", "-f", "json")
    rows = json.loads(ok(*plan, *unit, "--as-of", "01/09/2025"))
    last = {"reporting": "monthly", "start": "2023-11-15", "end": "2023-12-14"}
    assert [(r["status"], r["period"]) for r in rows if r["id"] in ("I.2", "II.2")] == [
        ("unreported", last),
        ("unreported", last),
    ]
    due = json.loads(ok(*plan, "due", "--as-of", "20/11/2023", "--within", "30", "-f", "json"))
    assert {r["id"] for r in due} >= {"I.2", "II.2"}
    due = json.loads(ok(*plan, "due", "--as-of", "15/12/2023", "--within", "60", "-f", "json"))
    assert {"I.2", "II.2"} & {r["id"] for r in due} == set()


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        (
            "vi",
            "cds: không có kế hoạch 2025; dùng kế hoạch 2024, kế hoạch mới nhất (năm 2024)"
            " (--plan để chọn kế hoạch khác)",
        ),
        (
            "en",
            "cds: no plan for 2025; using plan 2024, the latest (year 2024)"
            " (--plan to choose another)",
        ),
    ],
)
def test_another_years_plan_answering_is_said_once(workspace: Path, lang: str, line: str) -> None:
    result = cds("late", "--as-of", "01/09/2025", "-f", "json", "--lang", lang)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [line]
    assert [r["id"] for r in json.loads(result.stdout)] == ["I.1", "II.1"]  # 2024's, due 9/2024
    quiet = cds("late", "--as-of", "01/10/2024", "-f", "json", "--lang", lang)
    assert quiet.stderr == ""
    assert cds("--plan", "2024", "late", "--as-of", "01/09/2025", "-f", "json").stderr == ""


def test_the_preview_says_the_day_in_english_and_writes_nothing_unasked(workspace: Path) -> None:
    path = workspace / "plans/2024/phu_luc_01.yaml"
    before = path.read_bytes()
    result = cds(*CARRY, "--lang", "en", stdin="n\n")
    assert result.exit_code == 0
    said = " ".join(result.output.split())
    assert said.startswith(
        "As of 31/12/2023, the last day of plan 2023's year: the targets stay in that plan to the "
        "end of that day, in the new plan from the next (--as-of for another day). 31 unfinished "
        "targets of plan 2023 would be carried"
    )
    assert (
        "New groups (old group → new group): I → III, IV → IV, V → V. If the new plan has that "
        "group under another name, choose it with --group I=NEW-GROUP-ID."
    ) in said
    assert said.endswith("Write these targets? [y/N]: n Nothing was written.")
    assert path.read_bytes() == before


def test_while_the_old_plan_runs_the_day_is_today(workspace: Path) -> None:
    """On 15/11/2023 the 2023 plan still runs: its targets leave it today, as said."""
    import datetime as dt

    import time_machine

    with time_machine.travel(dt.datetime(2023, 11, 15, 9, 0), tick=False):
        result = cds(*CARRY, stdin="k\n")
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == (
        "Tính đến hôm nay, 15/11/2023 (--as-of để chọn ngày khác)."
    )
