"""A return form saved as Excel 97-2003 (.xls), or with a password, is refused with the step in
Excel that makes it readable (review of issue 16, a_10): `file: message`, the hint on its own
line, exit 1, nothing written. Both are the Office 97-2003 container (an encrypted .xlsx is
stored in it too), recognised by the one test `cds import` uses (registry/importing/cells.py
`old_container`); a workbook merely named .xls is read as the workbook it is."""

from __future__ import annotations

import shutil
from pathlib import Path

from test_forms import FILLED, UNIT, cds, entries, fill, make

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000)  # the container's signature, then zeros


def test_a_password_protected_form_says_how_to_clear_the_password(
    own_registry: Path, tmp_path: Path
) -> None:
    form = tmp_path / "phieu.xlsx"
    form.write_bytes(OLE)
    code, stdout, stderr = cds(own_registry, "progress", "import", str(form))
    assert code == 1
    assert stdout == f"{form}: 1 lỗi, không ghi mục nào từ tệp này\n"
    assert stderr.splitlines() == [
        f"{form}: tệp có đuôi .xlsx nhưng đã được đặt mật khẩu khi lưu (hoặc là tệp .xls cũ đổi "
        "tên): không đọc được; không nhập",
        "  gợi ý: mở tệp bằng Excel (nhập mật khẩu), vào Tệp › Thông tin › Bảo vệ Sổ làm việc › "
        "Mã hóa bằng Mật khẩu (File › Info › Protect Workbook › Encrypt with Password), xoá mật "
        "khẩu, bấm OK, lưu tệp, rồi nhập lại; tệp .xls cũ đổi tên thì Lưu thành (Save As) kiểu "
        ".xlsx",
    ]
    code, _, stderr = cds(own_registry, "--lang", "en", "progress", "import", str(form))
    assert code == 1
    assert stderr.splitlines() == [
        f"{form}: the file is named .xlsx but was saved with a password (or is an old .xls "
        "renamed): it cannot be read; not imported",
        "  hint: open the file in Excel (give the password), go to File › Info › Protect "
        "Workbook › Encrypt with Password, clear the password, press OK, save the file and "
        "import it again; for an old .xls renamed, Save As .xlsx instead",
    ]
    assert not (own_registry / "progress" / f"{UNIT}.yaml").exists()


def test_an_xls_file_says_to_save_it_as_xlsx(own_registry: Path, tmp_path: Path) -> None:
    form = tmp_path / "phieu.xls"
    form.write_bytes(OLE)
    code, _, stderr = cds(own_registry, "progress", "import", str(form))
    assert code == 1
    assert stderr.splitlines() == [
        f"{form}: tệp Excel 97-2003 (.xls), không phải phiếu báo cáo .xlsx do cds form lập; "
        "không nhập",
        "  gợi ý: mở tệp bằng Excel, chọn Tệp › Lưu thành (File › Save As), kiểu Sổ làm việc "
        "Excel (.xlsx), rồi nhập tệp .xlsx đó",
    ]
    code, _, stderr = cds(own_registry, "--lang", "en", "progress", "import", str(form))
    assert code == 1
    assert stderr.splitlines() == [
        f"{form}: an Excel 97-2003 file (.xls), not a .xlsx return form made by cds form; not "
        "imported",
        "  hint: open the file in Excel, choose File › Save As, type Excel Workbook (.xlsx), "
        "then import that .xlsx file",
    ]
    form.write_bytes(b"<?xml version='1.0'?><Workbook/>")  # an Excel 2003 XML file named .xls
    code, _, stderr = cds(own_registry, "progress", "import", str(form))
    assert code == 1
    assert stderr.splitlines()[0].startswith(f"{form}: tệp Excel 97-2003 (.xls), ")
    assert entries(own_registry) == []


def test_a_workbook_merely_named_xls_is_read(own_registry: Path, tmp_path: Path) -> None:
    path = make(own_registry, tmp_path)
    fill(path, FILLED)
    renamed = tmp_path / "phieu.xls"
    shutil.move(path, renamed)
    code, stdout, stderr = cds(own_registry, "progress", "import", str(renamed))
    assert (code, stderr) == (0, ""), stdout
    assert sorted(e.target for e in entries(own_registry)) == ["I.1", "I.5", "II.9"]
