"""The carry day is the old plan's last day for a carried target (clerk review 10, items 2, 11).

Plan 2024: I.1 (Phòng Y tế, Tháng 11/2024; "đang thực hiện" on 28/11/2024), I.2 (Phòng Nội vụ,
Tháng 12/2024, no report), I.3 (Phòng Kinh tế, Tháng 6/2024, done 20/06/2024). Plan 2025: its
own I.1 (Tháng 8/2025). `carry-over --from 2024 --to 2025` without --as-of carries I.1 → 2025/I.2
and I.2 → 2025/I.3 on 31/12/2024 (the old plan's year is over), both with the new deadline
Tháng 12/2025. On 31/12/2024 I.1 is still 31 days late in 2024 (30/11 + 31 days), as it was
before the carry-over, and I.2 is due that month: the year-end report, summary and letters keep
them. From 01/01/2025 the two are "carried over" in 2024 and followed in 2025 (I.2 "đang thực
hiện" by the copied report, I.3 not started), late in neither plan. Before the fix they were
"carried over" in 2024 on 31/12 already while 2025 had them and nobody late.

Item 11: Phòng Y tế's corrected report (done, 29/11/2024, correcting the "đang thực hiện"
copied into 2025) recorded in 2024 after the carry-over: running carry-over again copies it as
the correction of the copy, so 2025 shows the old report "(đã được đính chính bởi …)".
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from test_plans import cds, ok

DATA = "I. Dữ liệu số"
PLAN_2024 = [
    ("header",),
    ("group", DATA),
    ("1.", "Số hóa 100% hồ sơ sức khỏe điện tử.", "Trưởng phòng Y tế", "Phòng Y tế", "",
     "Tháng 11/2024", ""),
    ("2.", "100% cán bộ được tập huấn kỹ năng số.", "Trưởng phòng Nội vụ", "Phòng Nội vụ", "",
     "Tháng 12/2024", ""),
    ("3.", "Số hóa hồ sơ đăng ký kinh doanh.", "Trưởng phòng Kinh tế", "Phòng Kinh tế", "",
     "Tháng 6/2024", ""),
]  # fmt: skip
PLAN_2025 = [
    ("header",),
    ("group", DATA),
    ("1.", "Số hóa hồ sơ đất đai.", "Trưởng phòng Tài nguyên và Môi trường",
     "Phòng Tài nguyên và Môi trường", "", "Tháng 8/2025", ""),
]  # fmt: skip
DAYS = ("30/12/2024", "31/12/2024", "01/01/2025")
HEALTH = "Phòng Y tế"


def _heading(year: int, number: int, day: str) -> list[str]:
    return [
        "Phụ lục 01",
        f"Phân công phụ trách các chỉ tiêu năm {year}",
        f"(Kèm theo Kế hoạch số {number}/KH-BCĐ ngày {day} của Ban Chỉ đạo chuyển đổi số "
        "thành phố)",
    ]


@pytest.fixture(params=["no-cache", "cache"])
def years(request: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The two plans, reported on, before the carry-over; every query below runs with the
    cache off, or with it on and read warm (each asked twice)."""
    monkeypatch.chdir(tmp_path)
    if request.param == "no-cache":
        monkeypatch.setenv("CDS_NO_CACHE", "1")
    else:
        monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    init_registry(tmp_path / "plans" / "2023")  # the catalog the imports name units from
    for year, rows, number, day in ((2024, PLAN_2024, 5, "10/01/2024"),
                                    (2025, PLAN_2025, 7, "10/01/2025")):  # fmt: skip
        source = write_docx(tmp_path / f"kh-{year}.docx", rows, _heading(year, number, day))
        out = f"plans/{year}/phu_luc_01.yaml"
        ok("import", str(source), "--out", out, "--registry", "plans/2023")
    add("2024", "I.3", "Phòng Kinh tế", "done", "20/06/2024")
    add("2024", "I.1", HEALTH, "in_progress", "28/11/2024")
    return tmp_path


def add(plan: str, target: str, unit: str, state: str, day: str, *more: str) -> str:
    said = ok("--plan", plan, "progress", "add", target, "--unit", unit, "--status", state,
              "--date", day, *more)  # fmt: skip
    return re.findall(r"\b[0-9a-f]{12}\b", said)[0]  # "Đã ghi tiến độ <id>: …"


def query(*args: str) -> str:
    """Asked twice: with the cache on, the second answer is the warm cache's."""
    first = ok(*args)
    assert ok(*args) == first
    return first


def late_rows(day: str) -> list[tuple[str, str, int]]:
    found = json.loads(query("late", "--all-plans", "--as-of", day, "-f", "json"))
    return [
        (plan["plan"], row["id"], row["days_late"])
        for plan in found
        if plan["plan"] in ("2024", "2025")  # plans/2023 (the catalog's) is late all along
        for row in plan["rows"]
    ]


def total(plan: str, day: str, lang: str = "vi") -> str:
    said = query("--plan", plan, "summary", "--as-of", day, "--lang", lang)
    return next(line for line in said.splitlines() if line.startswith(("Tổng:", "Total:")))


def carry() -> str:
    return ok("carry-over", "--from", "2024", "--to", "2025", "--yes")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_late_on_the_carry_day_stays_late_in_the_old_plan(years: Path) -> None:
    before = [late_rows(day) for day in DAYS]
    said = carry().splitlines()
    assert "carried_on: 31/12/2024" in (years / "plans/2024/phu_luc_01.yaml").read_text("utf-8")
    # Late in exactly one plan up to the carry day, before the carry-over and after it alike;
    # from the next day in none (2024 no longer follows them, 2025's deadline is 12/2025).
    on_the_day = [[("2024", "I.1", 30)], [("2024", "I.1", 31)]]
    assert before == [*on_the_day, [("2024", "I.1", 32), ("2024", "I.2", 1)]]
    assert [late_rows(day) for day in DAYS] == [*on_the_day, []]
    for plan in ("2024", "2025"):
        late = json.loads(query("--plan", plan, "late", "--as-of", "31/12/2024", "-f", "json"))
        assert [(r["id"], r["days_late"]) for r in late] == (
            [("I.1", 31)] if plan == "2024" else []
        )
    in_force = "Tổng: 3 chỉ tiêu — Hoàn thành: 1 (33%); Chưa thực hiện: 1 (33%); Quá hạn: 1 (33%)"
    assert [total("2024", day) for day in DAYS] == [
        in_force,
        in_force,
        "Tổng: 3 chỉ tiêu — Hoàn thành: 1 (33%); Đã chuyển sang kế hoạch sau: 2 (67%)",
    ]
    assert total("2024", "31/12/2024", "en") == (
        "Total: 3 targets — Done: 1 (33%); Not started: 1 (33%); Late: 1 (33%)"
    )
    assert total("2024", "01/01/2025", "en") == (
        "Total: 3 targets — Done: 1 (33%); Carried over: 2 (67%)"
    )
    # 2025 has its own target until 31/12/2024, the two carried ones from 01/01/2025.
    assert [total("2025", day) for day in DAYS] == [
        "Tổng: 1 chỉ tiêu — Chưa thực hiện: 1 (100%)",
        "Tổng: 1 chỉ tiêu — Chưa thực hiện: 1 (100%)",
        "Tổng: 3 chỉ tiêu — Đang thực hiện: 1 (33%); Chưa thực hiện: 2 (67%)",
    ]
    plans = {
        day: [
            (p["plan"], p["targets"], p["late"], p["carried_over"])
            for p in json.loads(query("plans", "--as-of", day, "-f", "json"))
            if p["plan"] != "2023"
        ]
        for day in DAYS[1:]
    }
    assert plans == {
        "31/12/2024": [("2024", 3, 1, 0), ("2025", 1, 0, 0)],
        "01/01/2025": [("2024", 3, 0, 2), ("2025", 3, 0, 0)],
    }
    # The preview says which day the targets leave 2024, as the figures above count it.
    assert flat(" ".join(said[:2])) == (
        "Tính đến 31/12/2024, ngày cuối năm của kế hoạch 2024: các chỉ tiêu còn ở kế hoạch đó "
        "hết ngày này, từ hôm sau ở kế hoạch mới (--as-of để chọn ngày khác)."
    )


def test_the_year_end_letters_report_and_show_keep_the_late_unit(years: Path) -> None:
    carry()
    letters = query("--plan", "2024", "remind", "--month", "12/2024", "--as-of", "31/12/2024")
    rows = [line for line in letters.splitlines() if line.startswith(("**Kính gửi", "| 1 "))]
    assert rows == [
        "**Kính gửi:** Phòng Nội vụ",
        "| 1 | I.2 | 100% cán bộ được tập huấn kỹ năng số. | Tháng 12/2024 | Chưa thực hiện | "
        "Chưa báo cáo |",
        "**Kính gửi:** Phòng Y tế",
        "| 1 | I.1 | Số hóa 100% hồ sơ sức khỏe điện tử. | Tháng 11/2024 | Quá hạn 31 ngày | "
        "Đang thực hiện (28/11/2024) |",
    ]
    after = query("--plan", "2024", "remind", "--month", "12/2024", "--as-of", "01/01/2025")
    assert after.strip() == "Không có đơn vị nào cần đôn đốc trong tháng 12/2024."

    def unit_rows(plan: str, day: str) -> list[tuple[str, str, Any]]:
        args = ("--plan", plan, "report", "--unit", HEALTH, "--as-of", day, "-f", "json")
        return [(r["id"], r["status"], r["days_late"]) for r in json.loads(query(*args))]

    assert unit_rows("2024", "31/12/2024") == [("I.1", "late", 31)]
    assert unit_rows("2025", "31/12/2024") == []
    assert unit_rows("2024", "01/01/2025") == [("I.1", "carried_over", None)]
    assert unit_rows("2025", "01/01/2025") == [("I.2", "in_progress", None)]
    shown = flat(query("--plan", "2024", "show", "I.1", "--as-of", "31/12/2024"))
    assert "Chuyển sang 2025/I.2 (từ ngày 01/01/2025)" in shown
    assert "Trạng thái Quá hạn — 31 ngày (tính đến ngày 31/12/2024)" in shown
    english = flat(query("--plan", "2024", "show", "I.1", "--as-of", "31/12/2024", "--lang", "en"))
    assert "Carried to 2025/I.2 (from 01/01/2025)" in english
    assert "Status Late — 31 days (as of 31/12/2024)" in english
    copy = flat(query("--plan", "2025", "show", "I.2", "--as-of", "31/12/2024"))
    assert "Chưa có trong kế hoạch ngày này: chuyển từ I.1 (2024) sang ngày 01/01/2025" in copy
    ok("--plan", "2024", "export", "-f", "xlsx", "-o", "nam.xlsx", "--as-of", "31/12/2024")
    sheet = openpyxl.load_workbook(years / "nam.xlsx").worksheets[0]
    cells = [[str(c) for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    health = next(row for row in cells if "I.1" in row)
    assert "Quá hạn" in health and "Đã chuyển" not in " ".join(health)


def test_a_report_dated_on_the_carry_day_belongs_to_the_old_plan(years: Path) -> None:
    carry()
    # Phòng Nội vụ finished on 31/12/2024: the old plan still follows I.2 that day.
    said = ok("--plan", "2024", "progress", "add", "I.2", "--unit", "Phòng Nội vụ",
              "--status", "done", "--date", "31/12/2024")  # fmt: skip
    assert "chạy lại cds carry-over --from 2024 --to 2025" in flat(said)
    refused = cds("--plan", "2024", "progress", "add", "I.2", "--unit", "Phòng Nội vụ",
                  "--status", "done", "--date", "01/01/2025")  # fmt: skip
    assert refused.exit_code == 2
    assert (
        "chỉ tiêu I.2 đã chuyển sang kế hoạch 2025 (chỉ tiêu I.3) ngày 31/12/2024: báo cáo ngày "
        "01/01/2025 không ghi vào kế hoạch này nữa"
    ) in flat(refused.output)
    assert total("2024", "31/12/2024") == (
        "Tổng: 3 chỉ tiêu — Hoàn thành: 2 (67%); Quá hạn: 1 (33%)"
    )
    assert carry().splitlines()[-2:] == [
        "Đã ghi bãi bỏ 1 chỉ tiêu đã hoàn thành ở kế hoạch 2024 trong plans/2025/phu_luc_01.yaml.",
        "Đã chép 1 phần việc đã hoàn thành sang kế hoạch mới.",
    ]
    # Finished by its carry day, I.2 is the old plan's, done on time (Tháng 12/2024), from
    # 01/01/2025 too; the new plan counts its copy (I.3) apart, annulled: not its own achievement
    # (clerk20 F2; 2025 read "Tổng: 3 chỉ tiêu — Hoàn thành: 1 (33%); …").
    assert total("2024", "01/01/2025") == (
        "Tổng: 3 chỉ tiêu — Hoàn thành: 2 (67%); Đã chuyển sang kế hoạch sau: 1 (33%)"
    )
    assert total("2025", "01/01/2025") == (
        "Tổng: 2 chỉ tiêu — Đang thực hiện: 1 (50%); Chưa thực hiện: 1 (50%)"
    )
    assert ok("validate").strip().startswith("Hợp lệ")


def _health_in_2025() -> list[tuple[str, str, str, str | None]]:
    args = ("--plan", "2025", "progress", "list", "--unit", HEALTH, "-f", "json")
    return [(e["id"], e["status"], e["date"], e.get("corrects")) for e in json.loads(ok(*args))]


def test_a_correction_recorded_after_the_carry_over_follows_it(years: Path) -> None:
    carry()
    (first,) = [e for e, *_ in _health_in_2025()]
    fixed = add("2024", "I.1", HEALTH, "done", "29/11/2024", "--corrects", first)
    assert carry().splitlines()[-2:] == [
        "Đã ghi bãi bỏ 1 chỉ tiêu đã hoàn thành ở kế hoạch 2024 trong plans/2025/phu_luc_01.yaml.",
        "Đã chép 1 phần việc đã hoàn thành sang kế hoạch mới.",
    ]  # finished in 2024 by the carry day: the copy annulled in 2025 (clerk20 F2)
    assert sorted(_health_in_2025(), key=lambda e: e[2]) == [
        (first, "in_progress", "2024-11-28", None),
        (fixed, "done", "2024-11-29", first),
    ]
    listed = flat(ok("--plan", "2025", "progress", "list", "I.2", "--unit", HEALTH))
    assert f"(đã được đính chính bởi {fixed})" in listed
    assert f"Đính chính {first}" in listed
    english = flat(
        ok("--plan", "2025", "progress", "list", "I.2", "--unit", HEALTH, "--lang", "en")
    )
    assert f"(corrected by {fixed})" in english
    shown = flat(query("--plan", "2025", "show", "I.2", "--as-of", "01/01/2025"))
    assert "Phòng Y tế: Hoàn thành (29/11/2024)" in shown
    rows = json.loads(query("--plan", "2025", "report", "--unit", HEALTH, "--as-of",
                            "01/01/2025", "-f", "json"))  # fmt: skip
    assert [(r["id"], r["status"]) for r in rows] == [("I.2", "cancelled")]
    # Idempotent: nothing more to copy, the file unchanged; the workspace valid.
    progress = years / "plans/2025/progress/phong-y-te.yaml"
    text = progress.read_text("utf-8")
    again = ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    assert again.startswith("Kế hoạch 2024 không còn chỉ tiêu chưa hoàn thành nào")
    assert progress.read_text("utf-8") == text
    # A correction of the correction (the ward was not done after all) corrects the latest copy.
    undone = add("2024", "I.1", HEALTH, "in_progress", "30/11/2024", "--corrects", fixed)
    # unfinished again by the carry day: carried over, the copy followed again in 2025
    assert carry().splitlines()[-2:] == [
        "Đã bỏ ghi bãi bỏ 1 chỉ tiêu, theo dõi lại trong plans/2025/phu_luc_01.yaml.",
        "Đã chép 1 báo cáo cuối của phần việc chưa hoàn thành sang kế hoạch mới.",
    ]
    assert "cancelled" not in (years / "plans/2025/phu_luc_01.yaml").read_text("utf-8")
    rows = json.loads(query("--plan", "2025", "report", "--unit", HEALTH, "--as-of",
                            "01/01/2025", "-f", "json"))  # fmt: skip
    assert [(r["id"], r["status"]) for r in rows] == [("I.2", "in_progress")]
    assert sorted(_health_in_2025(), key=lambda e: e[2]) == [
        (first, "in_progress", "2024-11-28", None),
        (fixed, "done", "2024-11-29", first),
        (undone, "in_progress", "2024-11-30", fixed),
    ]
    assert ok("validate").strip().startswith("Hợp lệ")
