"""A revision whose table re-lists a carried target among the plan's own rows at its own id
(fix12e, the rule of attack 11 a11-16: a revision re-listing a carried target numbers it where
its table prints it).

The 2024 plan of test_revision_lists_carried.py (I.1, I.2; II.1) holds 2023's II.1 carried as
I.3. Revision 41/KH-BCĐ of 20/04/2024 prints group I as "1." I.1, "2." I.2, "3." that carried
target, its cells as the registry has them. The row's number is the target's id, so `printed`
was dropped as "the id", and the importer had given the row the registry's `carried_from` (it
copied a person's fields by id), so revise took it for a row of the table's carried part: no
number recorded, and every output went on citing it as 2023's II.1 alone. Now it is numbered
I.3 of the plan from the revision's day, as a carried target listed under another number is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from appendix_files import write_docx
from cds_tracker.cli import app
from test_revision_lists_carried import (
    II_ONE,
    ONE,
    PLAN,
    PLAN_LINE,
    REVISION_LINE,
    TITLE,
    TWO,
    _numbered,
    cds,
    runner,
)

RELISTED = (
    "UBND thành phố và UBND các phường, xã đẩy mạnh triển khai các giải pháp nhằm nâng cao chất "
    "lượng và hiệu quả cung cấp dịch vụ công trực tuyến theo từng cấp",
    "Trưởng bộ phận một cửa liên thông; Chủ tịch UBND các phường, xã",
    "Văn phòng HĐND và UBND thành phố; UBND các phường, xã",
    "Phòng Văn hóa và Thông tin",
    "Tháng 12/2024",
    "",
)
REVISED = [("header",), ("group", "I. Chính quyền số"), ("1.", *ONE), ("2.", *TWO),
           ("3.", *RELISTED), ("group", "II. Kinh tế số"), ("1.", *II_ONE)]  # fmt: skip
REGISTRY = "plans/2024/phu_luc_01.yaml"


@pytest.fixture
def revised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("CDS_LANG", "vi")
    write_docx(tmp_path / "kh2024.docx", PLAN, [*TITLE, PLAN_LINE])
    write_docx(tmp_path / "dieu-chinh.docx", REVISED, [*TITLE, REVISION_LINE])
    steps = [
        ["import", "kh2024.docx", "--out", REGISTRY],
        ["init", "plans/2023"],
        ["carry-over", "--from", "2023", "--to", "2024", "--yes"],
        ["--plan", "2024", "import", "dieu-chinh.docx", "--revise", "--yes"],
    ]
    for step in steps:
        done = runner.invoke(app, step)
        assert done.exit_code == 0, done.output
    return tmp_path


def _registry(workspace: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((workspace / REGISTRY).read_text(encoding="utf-8"))
    return data


def test_revise_records_the_number_it_prints(revised: Path) -> None:
    data = _registry(revised)
    target = next(t for t in data["groups"][0]["targets"] if t["id"] == "I.3")
    assert (target["carried_from"], target["printed"]) == ("2023/II.1", "I.3")
    assert "directing" in target and "before" not in target  # the cells as they were: no change
    assert data["document"]["revisions"][0]["printed"] == [{"id": "I.3", "number": "I.3"}]
    assert cds("validate").output.splitlines() == ["Hợp lệ: 1 tệp."]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("vi", ["Số thứ tự trong Kế hoạch 41/KH-BCĐ I.3",
                "Số thứ tự trong kế hoạch năm 2023 II.1 (2023)"]),
        ("en", ["Number in Plan 41/KH-BCĐ I.3", "Number in the 2023 plan II.1 (2023)"]),
    ],
)  # fmt: skip
def test_show_gives_the_revisions_number(revised: Path, lang: str, expected: list[str]) -> None:
    for day, wanted in (("01/06/2024", expected), ("01/03/2024", expected[1:])):
        shown = cds("show", "I.3", "--as-of", day, "--lang", lang)
        assert shown.exit_code == 0, shown.output
        lines = [" ".join(line.split()) for line in shown.output.splitlines()]
        found = [line for line in lines if line.startswith(("Số thứ tự", "Number in"))]
        assert found == wanted, day


def test_the_appendix_and_summary_number_it_in_its_group(revised: Path) -> None:
    """From the revision on, group I prints it "3." and the carried part lists 2023's II.2–II.9
    only; the summary counts it in group I: 2 of the plan's own not started and 29 carried before
    the revision, 3 and 28 from it."""
    exported = cds("export", "--format", "docx", "--as-of", "01/06/2024", "--out", "pl.docx")
    assert exported.exit_code == 0, exported.output
    rows = _numbered(revised / "pl.docx")
    assert rows[:4] == [
        "1. 100% các phòng, đơn vị s",
        "2. 50% thanh toán trực tuyế",
        "3. UBND thành phố và UBND c",
        "1. Triển khai ví điện tử tạ",
    ]
    carried_ii = [r.partition(" ")[0] for r in rows if r.startswith("II.")]
    assert carried_ii == ["II.2", "II.3", "II.4", "II.5", "II.6", "II.7", "II.8", "II.9"]
    for day, counts in (("01/03/2024", ["2", "29"]), ("01/06/2024", ["3", "28"])):
        text = cds("summary", "--as-of", day).output.splitlines()
        found = [  # the column "Chưa thực hiện" of group I's row and the carried part's
            line.split("|")[5].strip()
            for line in text
            if line.startswith(("| I. Chính quyền số", "| Chuyển tiếp"))
        ]
        assert found == counts, day
