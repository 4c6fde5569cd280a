"""A collective lead's own counts (clerk review 9, item 2), on the shipped registry, 01/12/2023.

Nothing is reported in the shipped registry. "Các phòng, đơn vị có liên quan" (scope
`concerned`: open-ended, it names no unit) leads III.1 (Tháng 12/2023: not started on 01/12)
and III.2 (Tháng 11/2023: late by 1 day), and cooperates on 7 others (9 targets in all).
"UBND các phường, xã" leads 17: 14 late (I.3, I.4, I.5, II.1, II.3, II.4, II.6, II.8, II.9,
III.2, IV.6, V.1, V.2, V.3), II.2 ongoing and unreported this month, III.1 and IV.4 not
started; it directs or cooperates on 12 others.
"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()
DAY = ["--as-of", "01/12/2023"]
CONCERNED = "Các phòng, đơn vị có liên quan"


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return str(result.output)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_summary_counts_a_late_target_against_the_open_ended_collective() -> None:
    units = json.loads(run("summary", *DAY, "--format", "json"))["units"]
    rows = {u["unit"]: (u["leads"], u["late"]) for u in units}
    assert rows[CONCERNED] == (2, 1)  # III.2 late, III.1 not yet due
    assert rows["UBND các phường, xã"] == (17, 14)


def test_summary_says_the_open_ended_collective_is_urged_by_no_name() -> None:
    vi = flat(run("summary", *DAY))
    assert (
        '"Các phòng, đơn vị có liên quan": tập thể không nêu tên đơn vị nào (phân công mở), '
        "nên không đơn vị nào bị đôn đốc theo tên về các chỉ tiêu tập thể này chủ trì; chỉ tiêu "
        "quá hạn vẫn được tính vào dòng của tập thể. Muốn đôn đốc, hãy ghi tên các đơn vị chủ "
        "trì vào sổ đăng ký (mã các đơn vị chủ trì: `units` dưới `lead` của chỉ tiêu, "
        "docs/registry-format.md)."
    ) in vi
    en = flat(run("summary", *DAY, "--lang", "en"))
    assert (
        '"Các phòng, đơn vị có liên quan": a collective that names no unit (an open-ended '
        "assignment), so no unit is urged by name for the targets it leads; a late one still "
        "counts in its row."
    ) in en


def test_report_of_the_open_ended_collective_counts_what_it_leads() -> None:
    out = run("report", "--unit", CONCERNED, *DAY)
    assert flat(out).count("tập thể không nêu tên đơn vị nào (phân công mở)") == 1
    assert (
        "Tổng: 9 chỉ tiêu — Chưa thực hiện: 1; Quá hạn: 1; Không có phần riêng (chỉ đạo, phối "
        "hợp): 7"
    ) in flat(out)
    data = json.loads(run("report", "--unit", CONCERNED, *DAY, "--format", "json"))
    own = {t["id"]: t["unit_status"] for t in data if t["unit_status"] is not None}
    assert own == {"III.1": "not_started", "III.2": "late"}


def test_report_of_all_wards_counts_their_parts() -> None:
    out = flat(run("report", "--unit", "UBND các phường, xã", *DAY))
    assert (
        "Tổng: 29 chỉ tiêu — Chưa thực hiện: 2; Quá hạn: 14; Chưa báo cáo kỳ này: 1; Không có "
        "phần riêng (chỉ đạo, phối hợp): 12"
    ) in out
    assert "tập thể không nêu tên" not in out  # every ward is urged by name
