"""A report carried twice, 2023 → 2024 → 2025, keeps carry-over's words once (attack21 a21-02).

plans/2023: I.1 "Ví điện tử ở chợ." led by "UBND các phường, xã" (each ward and commune a
part), due 12/2023. xã Đông Sơn finished its part on 01/12/2023 ("Đã triển khai 5 chợ");
phường Bắc Sơn was "đang thực hiện" on 20/10/2023 ("Đang lắp đặt"). `carry-over --from 2023
--to 2024` copies both reports into 2024's I.2, each note led by carry-over's words ("Phần việc
đã hoàn thành trong kế hoạch cũ (I.1 (2023)) — Đã triển khai 5 chợ", "Báo cáo trong kế hoạch
cũ (I.1 (2023)), chuyển theo chỉ tiêu — Đang lắp đặt"); `carry-over --from 2024 --to 2025`
copies those copies into 2025's I.3.

The second copy put its words before the first copy's note, which held the same words: "Phần
việc đã hoàn thành trong kế hoạch cũ (I.1 (2023)) — Phần việc đã hoàn thành trong kế hoạch cũ
(I.1 (2023)) — Đã triển khai 5 chợ", in the progress file and so on every screen and file.
Now the copy's own words are said once, the unit's note after them; a note written twice by an
earlier version is shown once, and carried on again is written once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cds_tracker.output.carried import note_shown, own_note
from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok

DONE = "Phần việc đã hoàn thành trong kế hoạch cũ (I.1 (2023))"
REPORT = "Báo cáo trong kế hoạch cũ (I.1 (2023)), chuyển theo chỉ tiêu"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("COLUMNS", "200")
    wards = _cell("UBND các phường, xã", "ubnd-cac-phuong-xa")
    _plan(tmp_path, 2023, [_target(1, "Ví điện tử ở chợ.", (EMPTY, wards, EMPTY), "12/2023")])
    health, economy = _cell("Phòng Y tế", "phong-y-te"), _cell("Phòng Kinh tế", "phong-kinh-te")
    _plan(tmp_path, 2024, [_target(1, "Thanh toán số X.", (EMPTY, health, EMPTY), "6/2024")])
    _plan(tmp_path, 2025, [_target(1, "Trợ lý ảo Y.", (EMPTY, economy, EMPTY), "6/2025")])
    _add("xa-dong-son", "done", "01/12/2023", "Đã triển khai 5 chợ")
    _add("phuong-bac-son", "in_progress", "20/10/2023", "Đang lắp đặt")
    ok("carry-over", "--from", "2023", "--to", "2024", "--yes")
    return tmp_path


def _add(unit: str, status: str, day: str, note: str) -> None:
    args = ("--unit", unit, "--status", status, "--date", day, "--note", note, "--id")
    ok("--plan", "2023", "progress", "add", "I.1", *args)


def _notes(root: Path, plan: str, unit: str) -> list[tuple[str, str]]:
    path = root / "plans" / plan / "progress" / f"{unit}.yaml"
    lines = [
        json.loads(line[2:]) for line in path.read_text("utf-8").splitlines() if line[:2] == "- "
    ]
    return [(entry["target"], entry["note"]) for entry in lines]


def test_a_copy_carried_again_says_carry_overs_words_once(workspace: Path) -> None:
    assert _notes(workspace, "2024", "xa-dong-son") == [("I.2", f"{DONE} — Đã triển khai 5 chợ")]
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    assert _notes(workspace, "2025", "xa-dong-son") == [("I.3", f"{DONE} — Đã triển khai 5 chợ")]
    assert _notes(workspace, "2025", "phuong-bac-son") == [("I.3", f"{REPORT} — Đang lắp đặt")]
    shown = ok("--plan", "2025", "show", "I.3", "--as-of", "01/02/2025")
    assert shown.count("kế hoạch cũ") == 2  # one for each unit's report
    assert cds("validate").exit_code == 0


def test_a_note_written_twice_is_shown_once_and_carried_on_once(workspace: Path) -> None:
    ok("carry-over", "--from", "2024", "--to", "2025", "--yes")
    path = workspace / "plans/2025/progress/xa-dong-son.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.replace(f'"{DONE} — ', f'"{DONE} — {DONE} — '), "utf-8")  # as before
    assert _notes(workspace, "2025", "xa-dong-son") == [
        ("I.3", f"{DONE} — {DONE} — Đã triển khai 5 chợ")
    ]
    listed = ok("--plan", "2025", "progress", "list").splitlines()
    assert [line.strip("| ") for line in listed if "kế hoạch cũ" in line] == [
        f"{DONE} — Đã triển khai 5 chợ",
        f"{REPORT} — Đang lắp đặt",
    ]
    # carried on into 2026 it is written once: 2025's I.1, I.2 and I.3 are 2026's I.2, I.3, I.4
    economy = _cell("Phòng Kinh tế", "phong-kinh-te")
    _plan(workspace, 2026, [_target(1, "Dữ liệu mở Z.", (EMPTY, economy, EMPTY), "6/2026")])
    ok("carry-over", "--from", "2025", "--to", "2026", "--yes")
    assert _notes(workspace, "2026", "xa-dong-son") == [("I.4", f"{DONE} — Đã triển khai 5 chợ")]


def test_only_carry_overs_own_words_are_taken_for_its_own() -> None:
    assert own_note(f"{DONE} — {DONE} — Đã triển khai 5 chợ") == "Đã triển khai 5 chợ"
    assert own_note(f"{REPORT} — {DONE}") == ""
    assert own_note(f"{DONE}") == ""
    # a person's words like carry-over's, not at the front or not followed by " — ": kept
    assert own_note(f"Ghi chú: {DONE}") == f"Ghi chú: {DONE}"
    assert own_note(f"{DONE}, thêm 2 chợ") == f"{DONE}, thêm 2 chợ"
    assert note_shown(f"{DONE} — {DONE} — x", "I.1 (2023)") == f"{DONE} — x"
    assert note_shown(f"{DONE} — {DONE}", "I.1 (2023)") == DONE
    assert note_shown(f"{DONE} — {DONE} — x", None) == f"{DONE} — {DONE} — x"  # not carried
    old = "Phần việc đã hoàn thành trong kế hoạch cũ (2023/I.1)"  # the registry id, as before
    assert note_shown(f"{old} — {old} — x", "I.1 (2023)") == f"{DONE} — x"
