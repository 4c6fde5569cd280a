"""A figure typed in a grey figure cell of a return form is never dropped in silence (review of
issue 16, a_03): the file is refused at the cell, the hint saying where the figure goes, and
nothing of the file is written.

Phòng Y tế's form for 11/2023 (tests/test_forms.py): II.9 on row 13 has no indicator, IV.6 on
row 15 an indicator another unit reports for the whole city; their I, J, K cells are grey and
locked (a protection without a password, lifted in two clicks). The form reads no figure there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from test_forms import FILLED, SHEET, UNIT, cds, entries, fill, make

NOTE = (
    "ghi số liệu vào cột Ghi chú, kết quả thực hiện (cột L) của chỉ tiêu, xoá ô này, rồi nhập lại"
)


def test_a_figure_on_a_target_without_indicator_refuses_the_file(
    own_registry: Path, tmp_path: Path
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**FILLED, "I13": "12 hồ sơ"})  # II.9: "đang thực hiện", 31/10/2023, and a figure
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1, stdout
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!I13: chỉ tiêu II.9 không có chỉ số nên ô này không nhận số liệu (đang "
        "ghi '12 hồ sơ'); không nhập tệp này",
        f"  gợi ý: {NOTE}",
    ]
    assert stdout == f"{path}: 1 lỗi, không ghi mục nào từ tệp này\n"
    assert entries(own_registry) == []  # I.1 and I.5, well filled, are not written either
    assert not (own_registry / "progress" / f"{UNIT}.yaml").exists()
    code, _, stderr = cds(own_registry, "--lang", "en", "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!I13: target II.9 has no indicator, so this cell takes no figure (it "
        "holds '12 hồ sơ'); the file is not imported",
        "  hint: write the figure in the Note column (column L) of the target, clear this cell, "
        "and import again",
    ]
    fill(path, {"I13": None, "L13": "12 hồ sơ"})  # the hint's step
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (0, ""), stdout
    nine = next(e for e in entries(own_registry) if e.target == "II.9")
    assert (nine.status, nine.date, nine.values, nine.note) == (
        "in_progress", "2023-10-31", {}, "12 hồ sơ"
    )  # fmt: skip


def test_a_figure_another_unit_reports_refuses_the_file(own_registry: Path, tmp_path: Path) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**FILLED, "F15": "Hoàn thành", "G15": "30/10/2023", "J15": 7, "K15": 9})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    said = (
        "số liệu chung của thành phố cho chỉ tiêu IV.6 do đơn vị khác báo cáo nên ô này không "
        "nhận số liệu (đang ghi '{}'); không nhập tệp này"
    )
    assert stderr.splitlines() == [  # each cell named, in the row's order
        f"{path}:{SHEET}!J15: " + said.format(7),
        f"  gợi ý: {NOTE}",
        f"{path}:{SHEET}!K15: " + said.format(9),
        f"  gợi ý: {NOTE}",
    ]
    assert entries(own_registry) == []
    code, _, stderr = cds(own_registry, "--lang", "en", "progress", "import", str(path))
    assert stderr.splitlines()[0] == (
        f"{path}:{SHEET}!J15: the city-wide figure of target IV.6 is reported by another unit, so "
        "this cell takes no figure (it holds '7'); the file is not imported"
    )


def test_a_figure_on_a_row_without_status_is_not_skipped(
    own_registry: Path, tmp_path: Path
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {"I13": 12})  # nothing else on the row: it used to be skipped, the 12 lost
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1, stdout
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!I13: chỉ tiêu II.9 không có chỉ số nên ô này không nhận số liệu (đang "
        "ghi '12'); không nhập tệp này",
        f"  gợi ý: {NOTE}",
    ]
    assert entries(own_registry) == []


# I.5's indicator as column H names it: what it measures, never its key (clerk16)
NAME = "Tỷ lệ trang thông tin điện tử được đánh giá an toàn thông tin và gắn nhãn tín nhiệm mạng"


def test_a_count_typed_for_an_indicator_that_is_no_percentage(
    own_registry: Path, tmp_path: Path
) -> None:
    registry = own_registry / "phu_luc_01.yaml"
    text = registry.read_text(encoding="utf-8")
    at = text.index("key: websites_security_labelled")  # I.5's, row 11: made a count of pages
    end = text.index('unit: "%"', at)
    registry.write_text(text[:end] + 'unit: "trang"' + text[end + 9 :], encoding="utf-8")
    path = make(own_registry, tmp_path)
    fill(path, {**FILLED, "I11": None, "J11": 3})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!J11: chỉ số '{NAME}' không phải tỷ lệ nên không có Số đạt, Tổng số: ô "
        "này không nhận số liệu (đang ghi '3'); không nhập tệp này",
        "  gợi ý: ghi số liệu vào cột Giá trị (ô I11), xoá ô này, rồi nhập lại",
    ]
    code, _, stderr = cds(own_registry, "--lang", "en", "progress", "import", str(path))
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!J11: indicator '{NAME}' is no percentage, so it has no count met or "
        "total: this cell takes no figure (it holds '3'); the file is not imported",
        "  hint: write the figure in the Value column (cell I11), clear this cell, and import "
        "again",
    ]
    assert entries(own_registry) == []


@pytest.mark.parametrize("cell", ["I13", "J13", "K13", "I15", "K15"])
def test_every_grey_figure_cell_is_read(own_registry: Path, tmp_path: Path, cell: str) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**FILLED, cell: "1"})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr.startswith(f"{path}:{SHEET}!{cell}: ")
    assert entries(own_registry) == []
