"""The Excel return form: made for one unit, filled as a person would, imported exactly once."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from cds_tracker.app.opening import open_for_writing
from cds_tracker.cli import app
from cds_tracker.core.entries import Entry
from cds_tracker.output.xlsx_form import row_id
from cds_tracker.questions.tracker import Tracker

runner = CliRunner()
SHEET = "Phiếu báo cáo"
UNIT = "phong-y-te"


def cds(folder: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, [*args, "--registry", str(folder)])
    return result.exit_code, result.stdout, result.stderr


def entries(folder: Path, unit_id: str = UNIT) -> list[Entry]:
    from cds_tracker.app.opening import open_for_writing, unit_entries

    found, registry = open_for_writing(folder)
    return unit_entries(found, registry, unit_id)


def hidden_rows(path: Path) -> dict[str, str]:
    """target → row id, from the form's hidden sheet."""
    book = openpyxl.load_workbook(path)
    rows = list(book["_cds"].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == "rows")
    return {str(row[0]): str(row[1]) for row in rows[start + 1 :]}


def stem(entry_id: str) -> str:
    """An imported entry's id without its digest: `<row id>v<n>z<6 hex>` → `<row id>v<n>`."""
    assert re.fullmatch(r"[0-9a-f]{12}v\d+z[0-9a-f]{6}", entry_id), entry_id
    return entry_id[:-7]


def unstemmed(text: str) -> str:
    return re.sub(r"(v\d+)z[0-9a-f]{6}\b", r"\1", text)


def make(folder: Path, tmp_path: Path, unit: str = "Phòng Y tế", name: str = "phieu") -> Path:
    out = tmp_path / f"{name}.xlsx"
    code, stdout, stderr = cds(
        folder,
        "form",
        "--unit",
        unit,
        "--month",
        "11/2023",
        "--as-of",
        "01/11/2023",
        "--out",
        str(out),
    )
    assert (code, stderr) == (0, ""), stdout
    return out


def fill(path: Path, cells: dict[str, Any], sheet: str = SHEET) -> None:
    book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    for address, value in cells.items():
        book[sheet][address] = value
    book.save(path)


# Phòng Y tế's form for 11/2023 as of 01/11/2023 lists, in the appendix's order: I.1 (row 8),
# I.3, I.4, I.5 (row 11), II.8, II.9 (row 13, no indicator), III.4, IV.6, IV.7, IV.8, V.1, V.2,
# V.3 (row 20): its own parts due in 11/2023 or late, every indicator a percentage.
FILLED = {
    "F8": "Hoàn thành",
    "G8": dt.datetime(2023, 10, 25),
    "J8": 4,
    "K8": 5,
    "F11": "Đang thực hiện",
    "G11": "20/10/2023",
    "I11": "81,5",
    "L11": "Đã rà soát 3 trang.\nCòn 1 trang chưa gắn nhãn",
    "M11": "Văn bản số 12/YT-VP; https://example.vn/a",
    "F13": "đang thực hiện",
    "G13": dt.date(2023, 10, 31),
}


def test_form_lists_the_units_own_parts_with_cells_to_fill(
    own_registry: Path, tmp_path: Path
) -> None:
    path = make(own_registry, tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book[SHEET]
    codes = [sheet[f"B{row}"].value for row in range(8, 21)]
    assert codes == [
        *("I.1", "I.3", "I.4", "I.5", "II.8", "II.9", "III.4"),
        *("IV.6", "IV.7", "IV.8", "V.1", "V.2", "V.3"),
    ]
    assert sheet["B21"].value is None
    assert sheet.protection.sheet is True
    assert book.security is not None and book.security.lockStructure
    assert book["_cds"].sheet_state == "veryHidden"
    assert [c for c in "ABCDEFGHIJKLM" if not sheet[f"{c}8"].protection.locked] == list("FGIJKLM")
    assert [c for c in "ABCDEFGHIJKLM" if not sheet[f"{c}13"].protection.locked] == list("FGLM")
    assert sheet["G8"].number_format == "DD/MM/YYYY"
    # IV.6's figure is one for the whole city, reported by another unit: nothing to fill
    assert sheet["B15"].value == "IV.6"
    assert sheet["H15"].value == "(số liệu chung của thành phố do đơn vị khác báo cáo)"
    assert [c for c in "ABCDEFGHIJKLM" if not sheet[f"{c}15"].protection.locked] == list("FGLM")
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert [v.formula1 for v in lists] == ['"Chưa thực hiện,Đang thực hiện,Hoàn thành"']
    assert "F8" in lists[0].sqref and "F20" in lists[0].sqref
    info = {row[0]: row[1] for row in book["_cds"].iter_rows(values_only=True)}
    assert (info["unit_id"], info["appendix"], info["month"]) == (UNIT, "Phụ lục 01", "2023-11")
    assert info["registry"] == "phu_luc_01.yaml"


def test_a_filled_form_becomes_exact_entries_once(own_registry: Path, tmp_path: Path) -> None:
    path = make(own_registry, tmp_path)
    ids = hidden_rows(path)
    fill(path, FILLED)
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (0, ""), stdout
    got = {e.target: e for e in entries(own_registry)}
    assert sorted(got) == ["I.1", "I.5", "II.9"]
    one, five, nine = got["I.1"], got["I.5"], got["II.9"]
    assert (stem(one.id), one.status, one.date, one.values, one.note, one.corrects) == (
        ids["I.1"] + "v1", "done", "2023-10-25", {"departments_providing_data": 80.0}, "", None
    )  # fmt: skip
    assert one.counts == {"departments_providing_data": (4, 5)}
    assert five.counts == {}
    assert (stem(five.id), five.status, five.date, five.values) == (
        ids["I.5"] + "v1", "in_progress", "2023-10-20", {"websites_security_labelled": 81.5}
    )  # fmt: skip
    assert five.note == "Đã rà soát 3 trang.\nCòn 1 trang chưa gắn nhãn"
    assert five.evidence == ("Văn bản số 12/YT-VP", "https://example.vn/a")
    assert (stem(nine.id), nine.status, nine.date, nine.values) == (
        ids["II.9"] + "v1", "in_progress", "2023-10-31", {}
    )  # fmt: skip
    progress = own_registry / "progress" / f"{UNIT}.yaml"
    before = progress.read_bytes()
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (0, "")
    assert stdout.endswith(f"{path}: không có gì mới để ghi\n")
    assert progress.read_bytes() == before
    code, stdout, _ = cds(own_registry, "validate")
    assert code == 0, stdout


def test_a_corrected_form_becomes_corrections(own_registry: Path, tmp_path: Path) -> None:
    path = make(own_registry, tmp_path)
    ids = hidden_rows(path)
    fill(path, FILLED)
    assert cds(own_registry, "progress", "import", str(path))[0] == 0
    fill(path, {"I11": 90, "G11": dt.date(2023, 10, 28)})
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (0, ""), stdout
    assert (
        f"I.5: {ids['I.5']}v2 — đính chính {ids['I.5']}v1: Đang thực hiện, 28/10/2023"
        in unstemmed(stdout)
    )
    five = [e for e in entries(own_registry) if e.target == "I.5"]
    assert [(stem(e.id), e.corrects and stem(e.corrects), e.values) for e in five] == [
        (ids["I.5"] + "v1", None, {"websites_security_labelled": 81.5}),
        (ids["I.5"] + "v2", ids["I.5"] + "v1", {"websites_security_labelled": 90.0}),
    ]
    assert len(entries(own_registry)) == 4
    code, stdout, _ = cds(own_registry, "validate")
    assert code == 0, stdout


def test_dry_run_writes_nothing(own_registry: Path, tmp_path: Path) -> None:
    path = make(own_registry, tmp_path)
    ids = hidden_rows(path)
    fill(path, FILLED)
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path), "--dry-run")
    assert (code, stderr) == (0, "")
    lines = unstemmed(stdout).splitlines()
    # done while 80 misses ">= 100": the same warning as progress add (its wording is not ours)
    assert lines.pop(2).startswith("    cảnh báo: ")
    # no id: the one written will differ (its digest covers when it is written), and an id
    # shown must be the one the real import writes
    assert lines == [
        # the figures under the row as `progress list` shows them (clerk 12, F4)
        "  I.1 — ghi mới: Hoàn thành, 25/10/2023",
        "    Tỷ lệ phòng, đơn vị thuộc UBND thành phố cung cấp dữ liệu theo chỉ đạo của tỉnh: 80%"
        " (4/5)",
        "  I.5 — ghi mới: Đang thực hiện, 20/10/2023",
        "    Tỷ lệ trang thông tin điện tử được đánh giá an toàn thông tin và gắn nhãn tín nhiệm"
        " mạng: 81,5%",
        "  II.9 — ghi mới: Đang thực hiện, 31/10/2023",
        f"{path}: sẽ ghi 3 mục (chạy thử, chưa ghi gì)",
    ]
    assert entries(own_registry) == []
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (0, "")
    written = {e.target: e.id for e in entries(own_registry)}
    shown = [line.split(" — ")[0] for line in stdout.splitlines() if " — ghi mới" in line]
    assert shown == [f"  {target}: {written[target]}" for target in ("I.1", "I.5", "II.9")]
    assert all(stem(written[target]) == f"{ids[target]}v1" for target in ("I.1", "I.5", "II.9"))


def test_a_form_edited_to_claim_another_target_is_refused(
    own_registry: Path, tmp_path: Path
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**FILLED, "B11": "III.1"})  # III.1 is not Phòng Y tế's
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!B11: ô mã chỉ tiêu được bảo vệ đã bị sửa (phiếu lập cho I.5, nay ghi "
        "'III.1'); không nhập tệp này",
        "  gợi ý: trả ô B11 về I.5, rồi nhập lại",
    ]
    assert stdout == f"{path}: 1 lỗi, không ghi mục nào từ tệp này\n"
    assert entries(own_registry) == []
    # The hidden sheet edited too: the code now agrees, but the row id no longer does.
    book = openpyxl.load_workbook(path)
    hidden = book["_cds"]
    spot = next(row for row in hidden.iter_rows() if row[0].value == "I.5")
    spot[0].value = "III.1"
    book.save(path)
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr == f"{path}:_cds!A{spot[0].row}: dòng trong trang ẩn bị sửa\n{ASK}\n"
    # A forger who recomputes the row id meets the check of the addresses: I.5's indicator is
    # not III.1's.
    spot[1].value = row_id("2023-11", UNIT, "III.1")
    book.save(path)
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr == f"{path}:_cds!C{spot[0].row}: dòng trong trang ẩn bị sửa\n{ASK}\n"
    # One who also gives the addresses III.1's indicators still meets the check that the unit
    # leads the target.
    from cds_tracker.progress.form_guard import expected_layout

    _, three = Tracker(open_for_writing(own_registry)[1], {}).target("III.1")
    keys = [i.key for i in three.indicators]
    percent = {i.key for i in three.indicators if i.unit == "%"}
    spot[2].value = json.dumps(expected_layout(11, dict.fromkeys(keys), percent))
    book.save(path)
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines() == [  # the row's text fingerprint is I.5's, not III.1's
        f"{path}:{SHEET}!C11: nội dung chỉ tiêu III.1 trên phiếu khác nội dung của III.1 trong "
        "kế hoạch đang dùng (phiếu của kế hoạch khác, hoặc lập trước khi kế hoạch được điều "
        "chỉnh); không nhập tệp này",
        # no new form: Phòng Y tế's, as `cds form` makes it, has no III.1 (listing_form)
        "  gợi ý: nhập vào kế hoạch đã lập phiếu (phiếu của đơn vị cho kỳ này không có chỉ tiêu "
        "III.1)",
    ]
    _, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    assert stderr.splitlines()[1] == (
        "  hint: import it into the plan it was made for (the unit's form for this period does "
        "not list target III.1)"
    )
    fresh = make(own_registry, tmp_path, name="fresh")  # the form the hint named before
    codes = [openpyxl.load_workbook(fresh)[SHEET][f"B{r}"].value for r in range(8, 30)]
    assert "III.1" not in codes
    from cds_tracker.output.xlsx_form import text_mark

    spot[3].value = text_mark(three.content)  # and one who fingerprints III.1's text too
    book.save(path)
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines() == [  # the hint names a step that works (review of #16, c_05)
        f"{path}:{SHEET}!B11: chỉ tiêu III.1 không giao cho Phòng Y tế chủ trì vào ngày báo cáo "
        "20/10/2023; không nhập tệp này",
        "  gợi ý: giá trị của --note có ký tự mà cửa sổ dòng lệnh (PowerShell, cmd) đọc theo "
        "cách riêng nên không in ra; lệnh sau thiếu nó nên không ghi gì: hãy tự gõ nó vào sau "
        "--note (thay cho dấu … nếu có); kiểm tra Ngày báo cáo (cds --registry "
        f"{own_registry} show III.1 cho biết đơn vị chủ trì từng ngày); nếu đúng là việc của đơn "
        f"vị, ghi bằng: cds --registry {own_registry} progress add III.1 --id "
        '--unit "Phòng Y tế" --status "đang thực hiện" --date 20/10/2023 --force --value '
        '"digital_economy_grdp_share=81.5" --evidence "Văn bản số 12/YT-VP" --evidence '
        "https://example.vn/a --note (đánh dấu là ghi ép), rồi xoá dòng này khỏi phiếu và nhập "
        "lại",  # the row's figure and evidence kept (clerk13 F4); the note of two lines has no
        # form cmd takes: said, the command ends at --note (fix12d)
    ]
    assert entries(own_registry) == []


def test_other_protected_cells_changed_are_ignored(own_registry: Path, tmp_path: Path) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**FILLED, "C11": "sửa nội dung", "D11": "Tháng 12/2024", "E11": "Hoàn thành"})
    assert cds(own_registry, "progress", "import", str(path))[0] == 0
    assert sorted(e.target for e in entries(own_registry)) == ["I.1", "I.5", "II.9"]


def test_a_form_for_another_unit_or_plan_is_refused(own_registry: Path, tmp_path: Path) -> None:
    path = make(own_registry, tmp_path)
    fill(path, FILLED)
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--unit", "Phòng Kinh tế")
    assert (code, stderr) == (
        1,
        f"{path}: phiếu này lập cho Phòng Y tế, không phải Phòng Kinh tế; không nhập\n"
        "  gợi ý: nhập phiếu này không kèm --unit, hoặc với --unit của đơn vị đã lập phiếu\n",
    )
    fill(path, {"B6": "x"}, sheet="_cds")  # B6: the plan
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1 and stderr.startswith(f"{path}: phiếu lập cho Phụ lục 01 của x, còn sổ")
    assert entries(own_registry) == []


HINT = {  # the hint under each problem (output/words_form_hints.py)
    "number": ("\n  gợi ý: sửa ô I11 thành một số, ví dụ 81,5 (hoặc xoá ô), rồi nhập lại"),
    "date": (
        "\n  gợi ý: sửa ô G11 thành một ngày dd/mm/yyyy, ví dụ 28/05/2024 (hoặc định dạng"
        " ô là Ngày), rồi nhập lại"
    ),
    "status": ("\n  gợi ý: chọn lại Trạng thái ở ô F11 trong danh sách, rồi nhập lại"),
    "no_status": (
        "\n  gợi ý: chọn Trạng thái ở ô F11 trong danh sách, hoặc xoá các ô đã điền của "
        "dòng nếu chưa báo cáo, rồi nhập lại"
    ),
    "percent": ("\n  gợi ý: sửa ô I11 thành tỷ lệ từ 0 đến 100, rồi nhập lại"),
    "half": ("\n  gợi ý: điền ô K11, hoặc xoá cả Số đạt và Tổng số, rồi nhập lại"),
    "mismatch": (
        "\n  gợi ý: sửa ô I11 thành 75,00 hoặc xoá ô đó (tỷ lệ tính từ Số đạt/Tổng số), "
        "rồi nhập lại"
    ),
    "count": ("\n  gợi ý: sửa Số đạt (ô J11) và Tổng số cho đúng, rồi nhập lại"),
    "whole": ("\n  gợi ý: sửa ô J11 thành số nguyên, ví dụ 70, rồi nhập lại"),
}


ASK = (
    "  gợi ý: phiếu đã bị sửa ngoài các ô màu vàng: xin đơn vị điền lại vào phiếu mới do cds "
    "lập, rồi nhập phiếu đó"
)


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        ({"I11": "abc"}, "I11: 'abc' không phải là số" + HINT["number"]),
        ({"G11": "32/10/2023"}, "G11: '32/10/2023' không phải là ngày: tháng 10 chỉ có 31 ngày"
         + HINT["date"]),
        ({"G11": "31/9/2023"}, "G11: '31/9/2023' không phải là ngày: tháng 9 chỉ có 30 ngày"
         + HINT["date"]),
        ({"G11": "29/02/2023"}, "G11: '29/02/2023' không phải là ngày: tháng 2 năm 2023 chỉ có "
         "28 ngày" + HINT["date"]),
        ({"G11": "15/13/2023"}, "G11: '15/13/2023' không phải là ngày: không có tháng 13"
         + HINT["date"]),
        ({"G11": "hôm qua"}, "G11: 'hôm qua' không phải là ngày (ghi dd/mm/yyyy)" + HINT["date"]),
        ({"G11": None}, "G11: thiếu ngày báo cáo (dd/mm/yyyy)" + HINT["date"]),
        ({"G11": "01/01/2999"}, "G11: ngày 01/01/2999 ở tương lai; báo cáo việc đã làm\n  gợi "
         "ý: sửa ô Ngày báo cáo G11 thành ngày hôm nay hoặc trước đó (ngày việc đã làm), rồi "
         "nhập lại; việc chưa làm thì xoá dòng này khỏi phiếu"),
        ({"F11": "Xong"}, "F11: trạng thái 'Xong' không hợp lệ; chọn Chưa thực hiện, Đang thực "
         "hiện hoặc Hoàn thành" + HINT["status"]),
        ({"F11": None}, "F11: chưa chọn Trạng thái mà đã điền các ô khác của dòng"
         + HINT["no_status"]),
        ({"I11": 120}, "I11: tỷ lệ phải trong khoảng 0–100" + HINT["percent"]),
        ({"J11": 3}, "K11: ghi cả Số đạt và Tổng số, hoặc để trống cả hai" + HINT["half"]),
        ({"J11": 3, "K11": 4}, "I11: 81,5% không khớp Số đạt/Tổng số 3/4 = 75,00%"
         + HINT["mismatch"]),
        ({"J11": 5, "K11": 4}, "J11: Số đạt phải từ 0 đến Tổng số, Tổng số lớn hơn 0"
         + HINT["count"]),
        ({"J11": 2.5, "K11": 4}, "J11: Số đạt và Tổng số phải là số nguyên" + HINT["whole"]),
    ],
)  # fmt: skip
def test_each_problem_names_its_cell_and_nothing_is_written(
    own_registry: Path, tmp_path: Path, cells: dict[str, Any], problem: str
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**FILLED, **cells})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (1, f"{path}:{SHEET}!{problem}\n")
    assert entries(own_registry) == []


def test_one_bad_file_does_not_stop_a_good_one(own_registry: Path, tmp_path: Path) -> None:
    good = make(own_registry, tmp_path)
    fill(good, FILLED)
    bad = tmp_path / "khong-phai.xlsx"
    bad.write_bytes(b"not a workbook")
    code, _stdout, stderr = cds(own_registry, "progress", "import", str(bad), str(good))
    assert code == 1
    assert stderr == (
        f"{bad}: không đọc được, không phải tệp Excel (.xlsx)\n"
        "  gợi ý: nhập tệp .xlsx do cds form lập và đơn vị điền: nếu tệp đã được lưu bằng "
        "chương trình khác, mở bằng Excel, chọn Tệp › Lưu thành (File › Save As), kiểu Sổ làm "
        "việc Excel (.xlsx), rồi nhập tệp đó; tệp hỏng thì xin đơn vị gửi lại\n"
    )
    assert len(entries(own_registry)) == 3


def test_a_percent_cell_and_counts(own_registry: Path, tmp_path: Path) -> None:
    path = make(own_registry, tmp_path)
    book = openpyxl.load_workbook(path)
    book[SHEET]["I11"] = 0.815  # Excel stores "81,5%" typed in a cell as 0.815, formatted as %
    book[SHEET]["I11"].number_format = "0.0%"
    book.save(path)
    fill(path, {"F11": "Hoàn thành", "G11": "20/10/2023", "F18": "done", "G18": "2023-10-30",
                "J18": 2, "K18": 3})  # fmt: skip
    assert cds(own_registry, "progress", "import", str(path))[0] == 0
    got = {e.target: (e.values, e.counts) for e in entries(own_registry)}
    assert got == {
        "I.5": ({"websites_security_labelled": 81.5}, {}),
        "V.1": ({"systems_level_approved": 100 * 2 / 3}, {"systems_level_approved": (2, 3)}),
    }


def test_forms_for_a_collective_go_to_each_member(own_registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "phieu"
    code, stdout, _ = cds(
        own_registry, "form", "--unit", "UBND các phường, xã", "--month", "11/2023",
        "--as-of", "01/11/2023", "--out", str(out),
    )  # fmt: skip
    assert (code, stdout) == (0, f"Đã lập 9 phiếu báo cáo trong {out}\n")
    assert sorted(p.name for p in out.iterdir())[:2] == [
        "phieu-bao-cao-phuong-bac-son-2023-11.xlsx",
        "phieu-bao-cao-phuong-nam-son-2023-11.xlsx",
    ]
    code, _, stderr = cds(
        own_registry, "form", "--unit", "UBND các phường, xã", "--out", str(tmp_path / "a.xlsx")
    )
    assert (code, stderr) == (
        2,
        "cds: lỗi: --out TỆP.xlsx chỉ chứa phiếu của một đơn vị\n"
        "  gợi ý: cho --unit một đơn vị, hoặc cho --out một thư mục để mỗi đơn vị có một phiếu\n",
    )


def test_remind_with_form_puts_each_units_form_beside_its_note(
    own_registry: Path, tmp_path: Path
) -> None:
    out = tmp_path / "don-doc"
    args = ("remind", "--month", "11/2023", "--as-of", "01/11/2023", "--out", str(out))
    code, _, stderr = cds(own_registry, *args, "--with-form")
    assert (code, stderr) == (0, "")
    note = (out / "phong-y-te.md").read_text(encoding="utf-8")
    assert note.endswith(
        "**Kèm theo phiếu báo cáo** (điền các ô màu vàng, gửi lại tệp; không đổi tên trang "
        "tính):\n\n- phieu-bao-cao-phong-y-te-2023-11.xlsx\n"
    )
    # no note to a collective: each ward has its own note, with its own form beside it
    assert not (out / "ubnd-cac-phuong-xa.md").exists()
    ward = (out / "phuong-bac-son.md").read_text(encoding="utf-8")
    assert ward.endswith("\n\n- phieu-bao-cao-phuong-bac-son-2023-11.xlsx\n")
    assert len(list(out.glob("*.md"))) == len(list(out.glob("phieu-bao-cao-*.xlsx"))) == 23
    book = openpyxl.load_workbook(out / "phieu-bao-cao-phong-y-te-2023-11.xlsx")
    assert {row[0]: row[1] for row in book["_cds"].iter_rows(values_only=True)}["unit_id"] == UNIT
    assert len(hidden_rows(out / "phieu-bao-cao-phong-y-te-2023-11.xlsx")) == 13
    code, _, stderr = cds(own_registry, "remind", "--with-form")
    assert code == 2 and "--with-form cần --out THƯ_MỤC" in stderr


def test_whatever_is_typed_the_import_answers_with_exit_0_or_1(
    own_registry: Path, tmp_path: Path
) -> None:
    """Never an internal error (exit 3): typed text, numbers, dates, booleans, in any cell."""
    import shutil

    from hypothesis import given, settings
    from hypothesis import strategies as st

    blank = make(own_registry, tmp_path)
    anything = st.one_of(
        st.none(),
        st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
        st.floats(allow_nan=True, allow_infinity=True),
        st.integers(min_value=-(10**15), max_value=10**15),
        st.booleans(),
        st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2999, 12, 31)),
    )
    spots = ["F11", "G11", "I11", "J11", "K11", "L11", "M11", "B11", "F13", "G13"]

    @settings(max_examples=40)  # each example writes and reads a workbook
    @given(st.dictionaries(st.sampled_from(spots), anything, max_size=6))
    def check(cells: dict[str, Any]) -> None:
        path = tmp_path / "thu.xlsx"
        shutil.copy(blank, path)
        fill(path, {**FILLED, **cells})
        result = runner.invoke(
            app, ["progress", "import", str(path), "--dry-run", "--registry", str(own_registry)]
        )
        assert result.exception is None or isinstance(result.exception, SystemExit), repr(
            result.exception
        )
        assert result.exit_code in (0, 1), result.output

    check()


def test_an_english_form_reads_back_the_same(own_registry: Path, tmp_path: Path) -> None:
    out = tmp_path / "form.xlsx"
    code, _, stderr = cds(
        own_registry, "form", "--unit", "Phòng Y tế", "--month", "11/2023",
        "--as-of", "01/11/2023", "--out", str(out), "--lang", "en",
    )  # fmt: skip
    assert (code, stderr) == (0, "")
    book = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    sheet = book["Return form"]
    assert (sheet["F7"].value, sheet["G7"].value) == ("Status (pick)", "Report date")
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert [v.formula1 for v in lists] == ['"Not started,In progress,Done"']
    fill(out, {"F11": "Done", "G11": "20/10/2023", "I11": "100"}, sheet="Return form")
    code, _, stderr = cds(own_registry, "progress", "import", str(out))
    assert (code, stderr) == (0, "")
    assert [(e.target, e.status, e.values) for e in entries(own_registry)] == [
        ("I.5", "done", {"websites_security_labelled": 100.0})
    ]


def test_a_hidden_unit_changed_no_longer_matches_the_rows(
    own_registry: Path, tmp_path: Path
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, FILLED)
    fill(path, {"B4": "phong-kinh-te"}, sheet="_cds")  # B4: the unit id
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    # rows 1–13 say what the form is for (year and folder last), row 14 the read-only cells'
    # fingerprints, row 15 "rows", then the 13 targets
    assert stderr.splitlines() == [
        line
        for row in range(16, 29)
        for line in (f"{path}:_cds!A{row}: dòng trong trang ẩn bị sửa", ASK)
    ]
    assert entries(own_registry, "phong-kinh-te") == entries(own_registry) == []


def test_a_unit_that_finished_its_part_is_not_asked_again(
    own_registry: Path, tmp_path: Path
) -> None:
    office = "Văn phòng HĐND và UBND thành phố"
    for target, status in (("II.4", "done"), ("II.2", "done")):
        code, _, stderr = cds(
            own_registry, "progress", "add", target, "--unit", office, "--status", status,
            "--date", "30/10/2023",
        )  # fmt: skip
        assert code == 0, stderr

    def codes(unit: str) -> list[str]:
        path = make(own_registry, tmp_path, unit, name=unit)
        return list(hidden_rows(path))

    office_rows = codes(office)
    # II.4: its own part is done. II.2 (ongoing, monthly): reported for the period ending
    # 14/11/2023, and still listed, so the office may update that report.
    assert "II.4" not in office_rows and "II.2" in office_rows
    assert {"II.4", "II.2"} <= set(codes("UBND phường Nam Sơn"))  # the wards still owe II.4


def test_a_folder_no_form_goes_to_is_said_and_not_made(own_registry: Path, tmp_path: Path) -> None:
    """`--out DIR` when no unit owes anything in the month: no file, no folder, exit 0, and words
    that say nothing was written (it said "Đã lập 0 phiếu báo cáo trong DIR", as if DIR held
    them) — as `remind --out DIR` with no one to urge writes nothing."""
    out = tmp_path / "phieu"
    month = ("--month", "6/2022", "--as-of", "30/06/2022", "--out", str(out))
    assert cds(own_registry, "form", *month)[:2] == (
        0,
        "Không đơn vị nào có chỉ tiêu cần báo cáo trong tháng 06/2022; không lập phiếu nào, "
        f"không ghi gì vào {out}.\n",
    )
    assert cds(own_registry, "--lang", "en", "form", *month)[:2] == (
        0,
        f"No unit owes a report in 06/2022; no form was made, nothing was written to {out}.\n",
    )
    unit = ("--unit", "Phòng Y tế")
    assert cds(own_registry, "form", *unit, *month)[:2] == (
        0,
        "Phòng Y tế không có chỉ tiêu nào cần báo cáo trong tháng 06/2022; không lập phiếu nào, "
        f"không ghi gì vào {out}.\n",
    )
    assert cds(own_registry, "form", *unit, *month, "--lang", "en")[:2] == (
        0,
        f"Phòng Y tế owes no report in 06/2022; no form was made, nothing was written to {out}.\n",
    )
    assert not out.exists()
