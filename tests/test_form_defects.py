"""Return-form import defects found by testing (issue 17 follow-up), each as the user met it."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl

from test_forms import FILLED, SHEET, UNIT, cds, entries, fill, make, stem

PROGRESS = Path("progress") / f"{UNIT}.yaml"


def test_six_imports_of_one_form_at_once_write_it_once(own_registry: Path, tmp_path: Path) -> None:
    path = make(own_registry, tmp_path)
    fill(path, FILLED)
    command = [sys.executable, "-m", "cds_tracker", "progress", "import", str(path)]
    command += ["--registry", str(own_registry)]
    env = {**os.environ, "CDS_NO_CACHE": "1"}
    running = [
        subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        for _ in range(6)
    ]
    outputs = [p.communicate(timeout=120) for p in running]
    assert [p.returncode for p in running] == [0] * 6, outputs
    ids = [e.id for e in entries(own_registry)]
    assert len(ids) == 3 and len(set(ids)) == 3, ids
    assert cds(own_registry, "validate")[0] == 0


def test_a_second_form_for_the_same_unit_and_month_corrects_or_adds_nothing(
    own_registry: Path, tmp_path: Path
) -> None:
    first = make(own_registry, tmp_path, name="cds-form")
    second = make(own_registry, tmp_path, name="remind-form")  # another random form id
    fill(first, FILLED)
    fill(second, FILLED)
    assert cds(own_registry, "progress", "import", str(first))[0] == 0
    before = (own_registry / PROGRESS).read_bytes()
    code, stdout, _ = cds(own_registry, "progress", "import", str(second))
    assert code == 0
    assert stdout.endswith(f"{second}: không có gì mới để ghi\n")
    assert (own_registry / PROGRESS).read_bytes() == before
    fill(second, {"I11": 90})
    assert cds(own_registry, "progress", "import", str(second))[0] == 0
    five = [e for e in entries(own_registry) if e.target == "I.5"]
    assert [(e.values, e.corrects) for e in five] == [
        ({"websites_security_labelled": 81.5}, None),
        ({"websites_security_labelled": 90.0}, five[0].id),
    ]


def test_an_older_copy_that_would_undo_a_correction_warns(
    own_registry: Path, tmp_path: Path
) -> None:
    """An old copy whose row says something never recorded, at the latest entry's date, still
    corrects it, with the warning; one whose row says what an entry since corrected says adds
    nothing (tests/test_form_old_copy.py, clerk15 F6)."""
    path = make(own_registry, tmp_path)
    fill(path, FILLED)
    old = tmp_path / "ban-cu.xlsx"
    old.write_bytes(path.read_bytes())
    fill(old, {"I11": 70})  # a figure none of the entries below says
    _saved_at(old, dt.datetime(2023, 11, 1, 8, 0))  # saved long before anything was imported
    assert cds(own_registry, "progress", "import", str(path))[0] == 0
    fill(path, {"I11": 90})
    code, stdout, _ = cds(own_registry, "progress", "import", str(path))
    assert (code, "cảnh báo" in stdout) == (0, False), stdout
    v2 = next(e for e in entries(own_registry) if e.target == "I.5" and e.corrects)
    code, stdout, stderr = cds(own_registry, "progress", "import", str(old))
    assert (code, stderr) == (0, ""), stdout
    assert (
        f"    cảnh báo: bản phiếu này được lưu trước khi ghi {v2.id}: có thể là bản cũ, mục mới "
        f"sẽ đính chính (thay) nội dung của {v2.id}; nếu không muốn, nhập bản phiếu mới nhất"
    ) in stdout.splitlines()


def _saved_at(path: Path, moment: dt.datetime) -> None:
    """Rewrite the file's 'last saved' time as Excel records it (docProps/core.xml, UTC)."""
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = data.decode()
                end = text.index("</dcterms:modified>")
                start = text.rindex(">", 0, end) + 1
                data = (text[:start] + moment.strftime("%Y-%m-%dT%H:%M:%SZ") + text[end:]).encode()
            target.writestr(info, data)
    path.write_bytes(out.getvalue())


def test_a_formula_without_a_result_is_an_error_on_its_cell(
    own_registry: Path, tmp_path: Path
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**FILLED, "I11": "=1+1", "L11": '=HYPERLINK("https://example.vn","x")'})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    message = (
        "ô chứa công thức chưa có kết quả (tệp chưa được Excel tính lại); gõ giá trị vào ô "
        "thay cho công thức"
    )
    hint = (
        "gõ giá trị vào ô {} thay cho công thức (hoặc mở tệp bằng Excel và lưu lại), rồi nhập lại"
    )
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!L11: {message}",
        f"  gợi ý: {hint.format('L11')}",
        f"{path}:{SHEET}!I11: {message}",
        f"  gợi ý: {hint.format('I11')}",
    ]
    assert entries(own_registry) == []


def test_a_file_unpacking_to_far_more_than_a_form_is_refused_before_reading(
    own_registry: Path, tmp_path: Path
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, FILLED)
    bomb = tmp_path / "bom.xlsx"
    with (
        zipfile.ZipFile(io.BytesIO(path.read_bytes())) as source,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            target.writestr(info, source.read(info.filename))
        target.writestr("xl/padding.xml", b" " * (80 * 2**20))  # 80 MB of blanks
    assert bomb.stat().st_size < 2**20
    code, _, stderr = cds(own_registry, "progress", "import", str(bomb))
    assert code == 1
    assert stderr == (
        f"{bomb}: tệp quá lớn khi giải nén (80 MB); phiếu báo cáo chỉ vài chục KB, không nhập\n"
        "  gợi ý: phiếu do cds lập chỉ vài chục KB: xin đơn vị gửi lại đúng tệp phiếu đã điền\n"
    )
    assert entries(own_registry) == []


def test_a_year_progress_add_refuses_is_refused_here_too(
    own_registry: Path, tmp_path: Path
) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**FILLED, "G11": "01/01/1800"})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr == (
        f"{path}:{SHEET}!G11: ngày '01/01/1800': năm phải từ 1900 đến 2999 (ghi dd/mm/yyyy)\n"
        "  gợi ý: sửa ô G11 thành một ngày dd/mm/yyyy, ví dụ 28/05/2024 (hoặc định dạng ô là "
        "Ngày), rồi nhập lại\n"
    )


def _hidden_edit(path: Path, target: str, column: int, value: str) -> int:
    book = openpyxl.load_workbook(path)
    if target == "month":
        row = next(r for r in book["_cds"].iter_rows() if r[0].value == "month")
    else:
        row = next(r for r in book["_cds"].iter_rows() if r[0].value == target)
    row[column].value = value
    book.save(path)
    return int(row[0].row)


def test_hidden_addresses_or_month_edited_are_refused(own_registry: Path, tmp_path: Path) -> None:
    path = make(own_registry, tmp_path)
    fill(path, {**FILLED, "F30": "Hoàn thành", "G30": "01/10/2023"})
    book = openpyxl.load_workbook(path)
    spot = next(r for r in book["_cds"].iter_rows() if r[0].value == "I.5")
    cells = json.loads(str(spot[2].value))
    cells["status"] = "F30"  # the status read from a cell outside the form's table
    at = _hidden_edit(path, "I.5", 2, json.dumps(cells))
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (1, f"{path}:_cds!C{at}: dòng trong trang ẩn bị sửa\n{ASK}\n")
    path = make(own_registry, tmp_path, name="thang")
    fill(path, FILLED)
    _hidden_edit(path, "month", 1, "2023-12")  # every row id was made for 2023-11
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert len(stderr.splitlines()) == 2 * 13  # each with its hint
    lines = stderr.splitlines()
    assert all(line.endswith(": dòng trong trang ẩn bị sửa") for line in lines[::2])
    assert set(lines[1::2]) == {ASK}
    assert entries(own_registry) == []
    assert stem  # the id shape is checked in test_forms


ASK = (
    "  gợi ý: phiếu đã bị sửa ngoài các ô màu vàng: xin đơn vị điền lại vào phiếu mới do cds "
    "lập, rồi nhập phiếu đó"
)
