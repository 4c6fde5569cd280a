"""The unit's report written to Word or Excel cites the plan its carried targets come from, as
the letters, forms and summary do (`output/carried.also_cited`; review 10, c_01): it listed
"I.2 (I.1 (2024))" under a heading citing only the 2025 plan.

plans/2024 (Kế hoạch số 25/KH-BCĐ ngày 20/01/2024): I.1 "Thanh toán trực tuyến." led by Phòng
Y tế, due 9/2024, carried on 31/12/2024 into plans/2025 (Kế hoạch số 10/KH-BCĐ ngày 15/01/2025,
one target of its own, I.1) as I.2."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from cds_tracker.registry.importing.writing import to_yaml
from cds_tracker.registry.yamlio import parse
from test_carry_units import EMPTY, _cell, _plan, _target, ok

OWN = "Kế hoạch số 10/KH-BCĐ ngày 15/01/2025 của Ban Chỉ đạo chuyển đổi số thành phố"
OLD = "Kế hoạch số 25/KH-BCĐ ngày 20/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố"
VI = (
    f"{OWN}; {OLD} (các chỉ tiêu chưa hoàn thành, chuyển tiếp sang năm 2025, ghi mã năm 2025 "
    "kèm số thứ tự năm 2024, như “I.2 (I.1 (2024))”)"
)
EN = (
    f"{OWN}; {OLD} (its unfinished targets, carried over into 2025, each by its 2025 id with "
    "its 2024 number, as “I.2 (I.1 (2024))”)"
)


def _cite(root: Path, year: int, number: str, day: str) -> None:
    path = root / "plans" / str(year) / "phu_luc_01.yaml"
    data = parse(path.read_text(encoding="utf-8"))
    data["document"]["plan"] = {
        "reference": f"Kế hoạch số {number}/KH-BCĐ ngày {day} của Ban Chỉ đạo chuyển đổi số "
        "thành phố",
        "number": number,
        "symbol": "KH-BCĐ",
        "date": day,
    }
    path.write_text(to_yaml(data), encoding="utf-8")


@pytest.fixture
def carried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    health = _cell("Phòng Y tế", "phong-y-te")
    _plan(tmp_path, 2024, [_target(1, "Thanh toán trực tuyến.", (EMPTY, health, EMPTY), "9/2024")])
    _plan(tmp_path, 2025, [_target(1, "Trạm y tế số.", (EMPTY, health, EMPTY), "6/2025")])
    _cite(tmp_path, 2024, "25", "20/01/2024")
    _cite(tmp_path, 2025, "10", "15/01/2025")
    ok("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024", "--yes")
    return tmp_path


def _write(out: str, *lang: str) -> None:
    ok(*lang, "--plan", "2025", "report", "--unit", "Phòng Y tế", "--as-of", "15/01/2025",
       "--out", out, "--force")  # fmt: skip


def test_the_word_report_cites_the_plan_its_carried_targets_come_from(carried: Path) -> None:
    for lang, opening in (((), f"Thực hiện {VI}, Phòng Y tế báo cáo"), (("--lang", "en"),
                          f"Under {EN}, Phòng Y tế reports")):  # fmt: skip
        _write("r.docx", *lang)
        said = [p.text for p in docx.Document("r.docx").paragraphs if p.text.startswith(opening)]
        assert len(said) == 1, [p.text for p in docx.Document("r.docx").paragraphs]


def test_the_excel_report_cites_it_in_its_heading(carried: Path) -> None:
    for lang, cited in (((), f"(Kèm theo {VI})"), (("--lang", "en"), f"(Attached to {EN})")):
        _write("r.xlsx", *lang)
        assert openpyxl.load_workbook("r.xlsx").active["A3"].value == cited
