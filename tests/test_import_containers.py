"""Attack 10, finding 8: what a file is, said as what it is. The Office 97-2003 container
(D0 CF 11 E0 …) named .docx or .xlsx is an old .doc/.xls renamed or a password-protected file
(Office encrypts into that container): said so, with the Save As that makes it readable. A
macro-enabled Word document (.docm) is read as its .xlsm twin is: its text, its macros never run."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.cli import app
from cds_tracker.registry.yamlio import parse

from paths import REGISTRY

runner = CliRunner()
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000)
ROWS = [
    ("header",),
    ("group", "I. DỮ LIỆU SỐ"),
    ("1.", "Nội dung một.", "", "Phòng Y tế", "", "Tháng 6/2024", ""),
]


def _import(path: Path, *extra: str) -> Any:
    return runner.invoke(app, ["import", path.name, "--registry", str(REGISTRY), *extra])


@pytest.mark.parametrize(
    ("name", "old", "kind"), [("cu.docx", ".doc", "docx"), ("cu.xlsx", ".xls", "xlsx")]
)
def test_an_office_97_container_is_said_as_old_or_password_protected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, old: str, kind: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_bytes(OLE)
    result = _import(tmp_path / name)
    assert result.exit_code == 1, result.output
    suffix = name[2:]
    assert result.stderr.splitlines() == [
        f"cds: lỗi: không đọc được '{name}'",
        f"{name}:1:1: tệp có đuôi {suffix} nhưng là kiểu tệp Office 97-2003: một tệp {old} cũ"
        " đổi tên, hoặc một tệp có đặt mật khẩu (Office lưu tệp có mật khẩu bằng cùng kiểu tệp"
        " đó); không đọc được",
        "  gợi ý: mở bằng Word hoặc Excel (nhập mật khẩu nếu được hỏi), chọn Lưu thành (Save As)"
        f" kiểu .{kind} không đặt mật khẩu; hoặc, với tệp cũ không mật khẩu: đổi tên thành"
        f" 'cu{old}' rồi chạy: soffice --headless --convert-to {kind} 'cu{old}'",
    ]
    english = _import(tmp_path / name, "--lang", "en")
    assert english.exit_code == 1
    assert english.stderr.splitlines()[1:] == [
        f"{name}:1:1: the file is named {suffix} but is in the Office 97-2003 format: an old {old}"
        " file renamed, or a password-protected file (Office saves a file with a password in"
        " that same format); it cannot be read",
        "  hint: open it in Word or Excel (give the password if asked) and Save As"
        f" .{kind} without a password; or, for an old file without one: rename it 'cu{old}' and"
        f" run: soffice --headless --convert-to {kind} 'cu{old}'",
    ]


def test_a_macro_enabled_word_document_is_read_as_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    plain = write_docx(tmp_path / "k.docx", ROWS, HEADING_2024)
    macro = tmp_path / "k.docm"  # Word's own .docm: the main part's content type says macros
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(macro, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"wordprocessingml.document.main+xml",
                    b"ms-word.document.macroEnabled.main+xml",
                )
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.ms-word",
                    b"application/vnd.ms-word",
                )
                assert b"macroEnabled" in data
            target.writestr(item, data)
        target.writestr("word/vbaProject.bin", b"\x00" * 16)  # never opened
    result = _import(macro)
    assert result.exit_code == 0, result.output
    target = parse(result.stdout)["groups"][0]["targets"][0]
    assert (target["id"], target["content"], target["lead"]["units"]) == (
        "I.1",
        "Nội dung một.",
        ["phong-y-te"],
    )
