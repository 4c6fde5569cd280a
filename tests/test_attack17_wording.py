"""Attack 17: a restatement retyped without its period (a17_08), a unit written `merged_into`
said as renamed (a17_05), a progress entry's id refused with the registry id's rule (a17_04), a
read-only progress folder named by its internal lock file (a17_06), and two unit-change errors
with no hint.

Each case is run as a user runs it (`python -m cds_tracker` in a workspace), the lines expected
written out by hand from the messages' catalogue.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from appendix_files import HEADING_2024, write_docx
from cds_tracker.core.records import Unit
from cds_tracker.registry import restated
from cds_tracker.registry.succession import is_rename
from read_only import namespaces_work, run_read_only

HEADING_2023 = [h.replace("2024", "2023") for h in HEADING_2024]


def _cds(ws: Path, *args: str, lang: str = "vi") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CDS_NO_CACHE": "1", "CDS_LANG": lang}
    return subprocess.run(
        [sys.executable, "-m", "cds_tracker", *args],
        cwd=ws,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _plan(ws: Path, name: str, rows: list[tuple[str, ...]], heading: list[str]) -> None:
    docx = ws / f"kh{name}.docx"
    write_docx(docx, rows, heading)
    done = _cds(ws, "import", docx.name, "--out", f"plans/{name}/phu_luc_01.yaml")
    assert done.returncode == 0, done.stderr


# --- a17_08: a restatement compared without its punctuation ---------------------------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Rà soát dữ liệu dân cư.", "Rà soát dữ liệu dân cư"),
        ("Rà soát, cập nhật dữ liệu dân cư", "Rà soát cập nhật dữ liệu dân cư."),
        ("Triển khai “Chợ 4.0” tại các phường", 'Triển khai "Chợ 4.0" tại các phường'),
        ("Hệ thống e–learning", "Hệ thống e-learning"),
        ("Rà soát dữ liệu  dân cư ;", "rà soát dữ liệu dân cư"),
    ],
)
def test_punctuation_does_not_make_two_works(one: str, other: str) -> None:
    assert restated.wording(one) == restated.wording(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Đạt 1.5 triệu lượt", "Đạt 15 triệu lượt"),
        ("Rà soát dữ liệu dân cư.", "Rà soát dữ liệu đất đai."),
        ("Hệ thống elearning", "Hệ thống e-learning"),
        ("Tỷ lệ 100%", "Tỷ lệ 100"),
        ("Báo cáo tháng 9/2024", "Báo cáo tháng 9 2024"),
    ],
)
def test_different_words_stay_two_works(one: str, other: str) -> None:
    assert restated.wording(one) != restated.wording(other)


def test_wording_keys_the_restatement() -> None:
    lead = {"text": "Phòng Nội vụ", "units": ["phong-noi-vu"]}
    due = {"text": "Thường xuyên", "due": "ongoing"}
    old = {"content": "Rà soát dữ liệu dân cư.", "lead": lead, "deadline": due}
    new = {"content": "Rà soát dữ liệu dân cư", "lead": lead, "deadline": due}
    assert (
        restated.restatement(old)
        == restated.restatement(new)
        == ("ra soat du lieu dan cu", {"phong-noi-vu"})
    )


def test_carry_over_leaves_a_restatement_retyped_without_its_period(tmp_path: Path) -> None:
    """2023/I.1 "Rà soát dữ liệu dân cư." (ongoing, Phòng Nội vụ) is restated by 2024/I.1
    without the period: carried before the fix as 2024/I.3, the unit urged twice."""
    ws = tmp_path / "ws"
    (ws / "plans").mkdir(parents=True)
    group = ("group", "I. Chính quyền số")
    work = ("Rà soát dữ liệu dân cư", "", "Phòng Nội vụ", "", "Thường xuyên", "")
    _plan(ws, "2023", [("header",), group, ("1.", work[0] + ".", *work[1:])], HEADING_2023)
    new = ("2.", "Việc mới 2024.", "", "Phòng Y tế", "", "Tháng 9/2024", "")
    _plan(ws, "2024", [("header",), group, ("1.", *work), new], HEADING_2024)
    before = (ws / "plans/2024/phu_luc_01.yaml").read_bytes()
    done = _cds(
        ws, "carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes"
    )
    assert (done.returncode, done.stdout, done.stderr) == (
        0,
        "Không chuyển, để lại kế hoạch 2023:\n"
        "- I.1 (2023): kế hoạch 2024 đã có chỉ tiêu I.1 cùng nội dung, cùng đơn vị chủ trì; theo"
        " dõi ở đó, không thêm chỉ tiêu thứ hai (thêm thì đơn vị bị đôn đốc hai lần một việc)\n"
        "Kế hoạch 2023 không còn chỉ tiêu chưa hoàn thành nào để chuyển vào "
        "plans/2024/phu_luc_01.yaml; chưa ghi gì.\n",
        "",
    )
    assert (ws / "plans/2024/phu_luc_01.yaml").read_bytes() == before
    listed = _cds(ws, "--plan", "2024", "list", "--unit", "Phòng Nội vụ", "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert '"id": "I.1"' in listed.stdout and '"id": "I.3"' not in listed.stdout


# --- a17_05: `merged_into` is said as a merger ------------------------------------------------

CHANGES = """units:
  - id: phuong-bac-son
    valid_to: 30/06/2023
    {key}: phuong-son-moi
  - id: phuong-son-moi
    name: UBND phường Sơn Mới
    kind: ward
    source: user
    valid_from: 01/07/2023
"""


def _wards(tmp_path: Path, key: str) -> Path:
    ws = tmp_path / "ws"
    (ws / "plans").mkdir(parents=True)
    row = (
        "1.",
        "Triển khai ví điện tử tại chợ.",
        "",
        "UBND các phường, xã",
        "",
        "Tháng 12/2023",
        "",
    )
    _plan(ws, "2023", [("header",), ("group", "I. Kinh tế số"), row], HEADING_2023)
    (ws / "plans/don_vi_thay_doi.yaml").write_text(CHANGES.format(key=key), encoding="utf-8")
    return ws


ADD_BAC_SON = ("--plan", "2023", "progress", "add", "I.1", "--unit", "Bắc Sơn")
ADD_BAC_SON += ("--status", "hoàn thành", "--date", "10/07/2023")


def test_merged_into_is_said_as_a_merger(tmp_path: Path) -> None:
    ws = _wards(tmp_path, "merged_into")
    done = _cds(ws, *ADD_BAC_SON)
    assert (done.returncode, done.stderr) == (
        2,
        "cds: lỗi: UBND phường Bắc Sơn không còn tồn tại ngày 10/07/2023: đã sáp nhập vào UBND "
        "phường Sơn Mới từ 01/07/2023\n"
        '  gợi ý: báo cáo với --unit "UBND phường Sơn Mới"\n',
    )
    done = _cds(ws, *ADD_BAC_SON, lang="en")
    assert (done.returncode, done.stderr.splitlines()[0]) == (
        2,
        "cds: error: UBND phường Bắc Sơn did not exist on 10/07/2023: merged into UBND "
        "phường Sơn Mới from 01/07/2023",
    )
    shown = _cds(ws, "--plan", "2023", "show", "I.1", "--as-of", "15/08/2023")
    assert shown.returncode == 0, shown.stderr
    words = " ".join(shown.stdout.split())  # the table wraps its cells
    assert "UBND phường Sơn Mới (thay UBND phường Bắc Sơn, đã sáp nhập)" in words
    assert "đổi tên" not in words


def test_successor_alone_keeps_is_renames_rule(tmp_path: Path) -> None:
    """The same catalog written `successor`: Sơn Mới took over from Bắc Sơn alone and began the
    day after, so it is a rename, as before."""
    ws = _wards(tmp_path, "successor")
    done = _cds(ws, *ADD_BAC_SON)
    assert (done.returncode, done.stderr.splitlines()[0]) == (
        2,
        "cds: lỗi: UBND phường Bắc Sơn không còn tồn tại ngày 10/07/2023: đã đổi tên thành UBND "
        "phường Sơn Mới từ 01/07/2023",
    )


def test_is_rename_never_overrules_merged() -> None:
    old = Unit("a", "A", "ward", "user", valid_to="2023-06-30", successor="b")
    new = Unit("b", "B", "ward", "user", valid_from="2023-07-01")
    assert is_rename({"a": old, "b": new}, "a") is True
    assert is_rename({"a": old._replace(merged=True), "b": new}, "a") is False


def test_merged_is_no_key_of_the_file(tmp_path: Path) -> None:
    ws = _wards(tmp_path, "successor")
    path = ws / "plans/don_vi_thay_doi.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "    successor:", "    merged: true\n    successor:"
        ),
        encoding="utf-8",
    )
    done = _cds(ws, "--plan", "2023", "validate")
    assert (done.returncode, done.stdout) == (
        1,
        "plans/don_vi_thay_doi.yaml:4:5: khóa lạ 'merged'\n"
        "  4 |     merged: true\n"
        "    |     ^\n"
        "  gợi ý: có phải ý bạn là 'merged_into'?\n"
        "1 lỗi trong 1 tệp (đã kiểm tra 2 tệp).\n",
    )


# --- minor: a unit change's bad day or list of successors gets a hint --------------------------


def test_a_units_bad_day_and_list_successor_get_hints(tmp_path: Path) -> None:
    ws = _wards(tmp_path, "merged_into")
    (ws / "plans/don_vi_thay_doi.yaml").write_text(
        "units:\n  - id: phuong-bac-son\n    valid_to: 31/02/2023\n    merged_into: [a, b]\n",
        encoding="utf-8",
    )
    done = _cds(ws, "--plan", "2023", "validate")
    assert (done.returncode, done.stdout) == (
        1,
        "plans/don_vi_thay_doi.yaml:3:15: 'valid_to': '31/02/2023' không phải là ngày (dd/mm/yyyy"
        " hoặc yyyy-mm-dd): tháng 2 năm 2023 chỉ có 28 ngày\n"
        "  3 |     valid_to: 31/02/2023\n"
        "    |               ^\n"
        "  gợi ý: ghi một ngày có thật, dạng dd/mm/yyyy (ví dụ 30/06/2025) hoặc yyyy-mm-dd\n"
        "plans/don_vi_thay_doi.yaml:4:5: 'merged_into': phải là chuỗi văn bản\n"
        "  4 |     merged_into: [a, b]\n"
        "    |     ^\n"
        "  gợi ý: ghi mã của đúng một đơn vị, đơn vị đã nhận lại công việc (ví dụ phuong-son-moi):"
        " mỗi đơn vị chỉ có một đơn vị kế thừa\n"
        "2 lỗi trong 1 tệp (đã kiểm tra 2 tệp).\n",
    )
    hints = [
        line
        for line in _cds(ws, "--plan", "2023", "validate", lang="en").stdout.splitlines()
        if "hint:" in line
    ]
    assert hints == [
        "  hint: write a day that exists, as dd/mm/yyyy (e.g. 30/06/2025) or yyyy-mm-dd",
        "  hint: write the id of exactly one unit, the one that took over the work (e.g."
        " phuong-son-moi): a unit has one successor",
    ]


# --- a17_04: an entry's id refused by its own rule -------------------------------------------

ENTRY = (
    '- {{"id": "{id}", "target": "I.1", "unit": "phuong-bac-son", "status": "in_progress",'
    ' "date": "2023-06-01", "written": "2023-06-01T09:00:00+00:00"}}\n'
)


@pytest.mark.parametrize("bad", ["bao-cao-1", "bs1"])
def test_an_entry_id_is_refused_by_its_own_rule(tmp_path: Path, bad: str) -> None:
    ws = _wards(tmp_path, "merged_into")
    progress = ws / "plans/2023/progress"
    progress.mkdir()
    (progress / "phuong-bac-son.yaml").write_text(ENTRY.format(id=bad), encoding="utf-8")
    done = _cds(ws, "--plan", "2023", "validate")
    lines = done.stdout.splitlines()
    assert (done.returncode, lines[0], lines[3]) == (
        1,
        f"plans/2023/progress/phuong-bac-son.yaml:1:10: mã báo cáo '{bad}' không hợp lệ: phải gồm"
        " 6 đến 32 chữ thường không dấu hoặc chữ số, không có dấu gạch ngang",
        "  gợi ý: mã báo cáo do cds progress add (hoặc progress import) ghi, đừng sửa tay; nếu đã"
        " sửa, trả lại mã cũ",
    )
    lines = _cds(ws, "--plan", "2023", "validate", lang="en").stdout.splitlines()
    assert (lines[0], lines[3]) == (
        f"plans/2023/progress/phuong-bac-son.yaml:1:10: invalid entry id '{bad}': it must be 6 to"
        " 32 lowercase letters or digits, no hyphens",
        "  hint: entry ids are written by cds progress add (or progress import); do not edit them"
        " by hand; if one was edited, put the old id back",
    )


# --- a17_06: a read-only progress folder, said as the folder, with a hint ----------------------

NO_LOCK_VI = (
    "cds: lỗi: không ghi được vào thư mục plans/2024/progress: hệ thống tệp chỉ đọc; chưa ghi gì\n"
    "  gợi ý: xin quyền ghi vào thư mục plans/2024/progress, hoặc chép cả thư mục làm việc sang"
    " nơi ghi được rồi chạy lại lệnh ở đó\n"
)
NO_LOCK_EN = (
    "cds: error: cannot write in the folder plans/2024/progress: Read-only file system; nothing"
    " was written\n"
    "  hint: ask for write access to the folder plans/2024/progress, or copy the whole workspace"
    " to a place you can write and run the command there\n"
)


def _read_only(ws: Path, *args: str, lang: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CDS_NO_CACHE": "1", "CDS_LANG": lang}
    folder = ws / "plans/2024/progress"
    return run_read_only(folder, ["-m", "cds_tracker", *args], cwd=ws, env=env)


@pytest.fixture
def ro_workspace(tmp_path: Path) -> Path:
    if not namespaces_work():
        pytest.fail("needs user and mount namespaces (unshare -rm), as CI has")
    ws = tmp_path / "ws"
    (ws / "plans").mkdir(parents=True)
    group = ("group", "I. Chính quyền số")
    old = ("1.", "Số hóa hồ sơ.", "", "Phòng Nội vụ", "", "Tháng 12/2023", "")
    _plan(ws, "2023", [("header",), group, old], HEADING_2023)
    new = ("1.", "Số hóa hồ sơ đất đai.", "", "Phòng Nội vụ", "", "Tháng 12/2024", "")
    _plan(ws, "2024", [("header",), group, new], HEADING_2024)
    (ws / "plans/2024/progress").mkdir()
    return ws


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_progress_import_into_a_read_only_folder(ro_workspace: Path, lang: str) -> None:
    from openpyxl import load_workbook

    ws = ro_workspace
    made = _cds(ws, "--plan", "2024", "form", "--unit", "Phòng Nội vụ", "--month", "12/2024",
        "--as-of", "20/11/2024", "--out", "phieu.xlsx",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    book = load_workbook(ws / "phieu.xlsx")
    sheet = book["Phiếu báo cáo"]
    sheet["F8"], sheet["G8"] = "Đang thực hiện", "10/11/2024"
    book.save(ws / "tra-ve.xlsx")
    done = _read_only(ws, "--plan", "2024", "progress", "import", "tra-ve.xlsx", lang=lang)
    assert (done.returncode, done.stdout, done.stderr) == (
        1,
        "",
        NO_LOCK_VI if lang == "vi" else NO_LOCK_EN,
    )
    assert list((ws / "plans/2024/progress").iterdir()) == []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_carry_over_into_a_read_only_progress_folder(ro_workspace: Path, lang: str) -> None:
    ws = ro_workspace
    added = _cds(
        ws, *("--plan", "2023", "progress", "add", "I.1", "--unit", "Phòng Nội vụ"),
        *("--status", "đang thực hiện", "--date", "10/11/2023"),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    plans = {p: p.read_bytes() for p in ws.glob("plans/*/phu_luc_01.yaml")}
    args = ("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    done = _read_only(ws, *args, lang=lang)
    assert (done.returncode, done.stderr) == (1, NO_LOCK_VI if lang == "vi" else NO_LOCK_EN)
    assert {p: p.read_bytes() for p in plans} == plans
    assert list((ws / "plans/2024/progress").iterdir()) == []


def test_progress_add_keeps_its_file_and_gains_the_hint(ro_workspace: Path) -> None:
    args = ("--plan", "2024", "progress", "add", "I.1", "--unit", "Phòng Nội vụ")
    args += ("--status", "đang thực hiện", "--date", "10/11/2024")
    done = _read_only(ro_workspace, *args, lang="vi")
    assert (done.returncode, done.stderr) == (
        1,
        "cds: lỗi: không ghi được plans/2024/progress/phong-noi-vu.yaml: hệ thống tệp chỉ đọc;"
        " tệp vẫn giữ nguyên\n"
        "  gợi ý: xin quyền ghi vào thư mục plans/2024/progress, hoặc chép cả thư mục làm việc"
        " sang nơi ghi được rồi chạy lại lệnh ở đó\n",
    )
