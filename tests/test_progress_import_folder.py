"""`cds progress import FOLDER`: the refusal's hint gives the command that imports its forms.

`progress import` takes files, several at once; a folder given (the forms a unit sent, saved
together) was refused with "'forms' là một thư mục, không phải tệp thông thường" and no hint
(attack21 note). Now the hint says what the folder holds and the command to type: its .xlsx
forms named (up to three, or any of them an Excel lock file "~$…" that a pattern would take
too), else `forms/*.xlsx`, which the shell expands (and cds itself on Windows); with the plan
option of the run. A folder without a form says how to name forms. Exit 2, nothing written.
"""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok

REFUSED = {
    "vi": "cds: lỗi: 'forms' là một thư mục, không phải tệp thông thường",
    "en": "cds: error: 'forms' is a folder, not a regular file",
}


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    economy = _cell("Phòng Kinh tế", "phong-kinh-te")
    _plan(tmp_path, 2025, [_target(1, "Trợ lý ảo Y.", (EMPTY, economy, EMPTY), "6/2025")])
    (tmp_path / "forms").mkdir()
    return tmp_path


def _forms(root: Path, *names: str) -> None:
    made = root / "forms" / names[0]
    args = ("--unit", "Phòng Kinh tế", "--month", "06/2025", "--as-of", "01/06/2025")
    ok("--plan", "2025", "form", *args, "--out", str(made))
    for name in names[1:]:
        shutil.copy(made, root / "forms" / name)


def _refused(lang: str = "vi") -> list[str]:
    result = cds("--lang", lang, "--plan", "2025", "progress", "import", "forms")
    assert (result.exit_code, result.stdout) == (2, "")
    return str(result.stderr).splitlines()


def _run(command: str) -> None:
    """The hint's command as a shell runs it: its words, a pattern expanded."""
    words = shlex.split(command)
    assert words[0] == "cds"
    expanded = []
    for word in words[1:]:
        folder, _, pattern = word.rpartition("/")
        found = sorted(str(p) for p in Path(folder).glob(pattern)) if "*" in word else [word]
        expanded += [f.replace("\\", "/") for f in found]
    result = cds(*expanded, "--dry-run")
    assert result.exit_code == 0, result.output


def test_a_folder_without_forms_says_how_to_name_them(workspace: Path) -> None:
    assert _refused() == [
        REFUSED["vi"],
        "  gợi ý: thư mục này không có phiếu .xlsx nào; ghi tên từng phiếu đã điền (tệp .xlsx do "
        "cds form lập), nhiều phiếu một lần: cds progress import phieu-1.xlsx phieu-2.xlsx",
    ]
    assert _refused("en") == [
        REFUSED["en"],
        "  hint: this folder holds no .xlsx form; name each filled-in form (the .xlsx file cds "
        "form made), several at once: cds progress import form-1.xlsx form-2.xlsx",
    ]


def test_a_folder_of_two_forms_names_them(workspace: Path) -> None:
    _forms(workspace, "a.xlsx", "b.xlsx")
    (workspace / "forms" / "ghi chu.txt").write_text("x", "utf-8")  # not a form: left out
    command = "cds --plan 2025 progress import forms/a.xlsx forms/b.xlsx"
    assert _refused() == [
        REFUSED["vi"],
        "  gợi ý: thư mục này có 2 phiếu .xlsx; progress import nhận nhiều phiếu một lần, ghi "
        f"tên từng tệp: {command}",
    ]
    assert _refused("en") == [
        REFUSED["en"],
        "  hint: this folder holds 2 .xlsx forms; progress import takes several forms at once, "
        f"each file named: {command}",
    ]
    _run(command)


def test_a_folder_of_four_forms_is_named_by_a_pattern(workspace: Path) -> None:
    _forms(workspace, "a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx")
    command = "cds --plan 2025 progress import forms/*.xlsx"
    assert _refused()[1] == (
        "  gợi ý: thư mục này có 4 phiếu .xlsx; progress import nhận nhiều phiếu một lần, nhập "
        f"cả thư mục: {command}"
    )
    assert _refused("en")[1] == (
        "  hint: this folder holds 4 .xlsx forms; progress import takes several forms at once, "
        f"the whole folder: {command}"
    )
    _run(command)
    # Excel's lock file of an open form ("~$a.xlsx") would be taken by the pattern: named
    (workspace / "forms" / "~$a.xlsx").write_bytes(b"\x00")
    files = " ".join(f"forms/{n}.xlsx" for n in "abcd")
    assert _refused()[1].endswith(f"ghi tên từng tệp: cds --plan 2025 progress import {files}")
