"""A plan whose carry-over into it stopped half-way says so when it answers (attack21 a21-03).

2023: I.1 (Phòng Nội vụ, "đang thực hiện" 15/11/2023) and I.2 (every ward and commune, Đông Sơn
and Yên Sơn done on 01/12/2023: 2 of 9). `carry-over --from 2023 --to 2024` stopped after its
first write (the 2024 registry with I.2 ← 2023/I.1 and I.3 ← 2023/I.2, no copied parts, no
`carried_to` in 2023) left 2024 saying "Chưa thực hiện" for both with exit 0 and no word, while
`validate plans/2024` reported the carry. Now `list`, `summary`, `report`, `show` on 2024 (from
the cache too) say on stderr which targets are half carried and the command that finishes the
carry; their answer on stdout is unchanged (JSON still JSON). Once carried again, nothing said.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_carry_units import EMPTY, _cell, _plan, _target, cds, ok

VI = (
    "cds: chú ý: kế hoạch 2024 chưa nhận xong 2 chỉ tiêu chuyển từ kế hoạch 2023 (I.2 ← "
    "2023/I.1, I.3 ← 2023/I.2): lệnh carry-over bị dừng giữa chừng, các phần việc đã báo cáo ở "
    "kế hoạch 2023 chưa được chép sang và kế hoạch 2023 vẫn tính các chỉ tiêu đó, nên số liệu "
    "của hai kế hoạch chưa đúng. Chạy lại để ghi nốt: cds carry-over --from 2023 --to 2024 --yes"
)
EN = (
    "cds: note: plan 2024 has not finished taking 2 targets carried from plan 2023 (I.2 ← "
    "2023/I.1, I.3 ← 2023/I.2): carry-over stopped half-way, the parts reported in plan 2023 are "
    "not copied and plan 2023 still counts those targets, so neither plan's figures are right. "
    "Run it again to finish: cds carry-over --from 2023 --to 2024 --yes"
)
AS_OF = ("--as-of", "01/02/2024")


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The workspace as the carry-over's first write left it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))  # warm runs read the cache
    monkeypatch.delenv("CDS_NO_CACHE", raising=False)
    noi_vu = _cell("Phòng Nội vụ", "phong-noi-vu")
    wards = _cell("UBND các phường, xã", "ubnd-cac-phuong-xa")
    _plan(
        tmp_path,
        2023,
        [
            _target(1, "Số hóa hồ sơ A.", (EMPTY, noi_vu, EMPTY), "11/2023"),
            _target(2, "Ví điện tử ở chợ.", (EMPTY, wards, EMPTY), "12/2023"),
        ],
    )
    y_te = _cell("Phòng Y tế", "phong-y-te")
    _plan(tmp_path, 2024, [_target(1, "Thanh toán số X.", (EMPTY, y_te, EMPTY), "6/2024")])
    add = ("--plan", "2023", "progress", "add")
    ok(*add, "I.1", "--unit", "phong-noi-vu", "--status", "đang thực hiện", "--date", "15/11/2023")
    for unit in ("xa-dong-son", "xa-yen-son"):
        ok(*add, "I.2", "--unit", unit, "--status", "hoàn thành", "--date", "01/12/2023")
    old = (tmp_path / "plans/2023/phu_luc_01.yaml").read_bytes()
    ok("carry-over", "--from", "2023", "--to", "2024", "--yes")
    (tmp_path / "plans/2023/phu_luc_01.yaml").write_bytes(old)  # no marks yet
    for copied in (tmp_path / "plans/2024/progress").glob("*.yaml"):
        copied.unlink()  # no parts copied yet
    return tmp_path


def _statuses() -> list[tuple[str, str]]:
    result = cds("--plan", "2024", "list", *AS_OF, "-f", "json")
    assert result.exit_code == 0, result.output
    return [(t["id"], t["status"]) for t in json.loads(result.stdout)]


def test_every_answer_on_a_half_carried_plan_says_so(root: Path) -> None:
    for _ in range(2):  # cold, then from the cache
        result = cds("--plan", "2024", "list", *AS_OF)
        assert (result.exit_code, result.stderr.splitlines()) == (0, [VI])
        assert "Tổng: 3 chỉ tiêu — Chưa thực hiện: 3" in result.stdout  # the figures as they are
    summary = cds("--plan", "2024", "--lang", "en", "summary", *AS_OF, "-f", "json")
    assert (summary.exit_code, summary.stderr.splitlines()) == (0, [EN])
    assert json.loads(summary.stdout)["total"] == 3  # stdout stays JSON
    report = cds("--plan", "2024", "report", "--unit", "phong-noi-vu", *AS_OF)
    assert (report.exit_code, report.stderr.splitlines()) == (0, [VI])
    show = cds("--plan", "2024", "show", "I.3", *AS_OF)
    assert (show.exit_code, show.stderr.splitlines()) == (0, [VI])
    late = cds("late", "--all-plans", *AS_OF)  # each plan once; 2023 has no carry into it
    assert (late.exit_code, late.stderr.splitlines()) == (0, [VI])
    assert _statuses() == [
        ("I.1", "not_started"),
        ("I.2", "not_started"),
        ("I.3", "not_started"),
    ]


def test_carrying_again_finishes_and_silences_it(root: Path) -> None:
    again = cds("carry-over", "--from", "2023", "--to", "2024", "--yes")
    assert again.exit_code == 0, again.output
    assert "chú ý" not in again.stderr  # carry-over itself does not tell it to run itself
    result = cds("--plan", "2024", "list", *AS_OF)
    assert (result.exit_code, result.stderr) == (0, "")
    # the parts copied: Phòng Nội vụ in progress, 2 of 9 wards done
    assert _statuses() == [
        ("I.1", "not_started"),
        ("I.2", "in_progress"),
        ("I.3", "in_progress"),
    ]
    assert cds("validate", "plans/2023", "plans/2024").exit_code == 0
