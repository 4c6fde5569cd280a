"""A report that lowers a part already finished is written, with a warning naming the finished
report (clerk review 9, item 8).

Plan 2024 (tests/test_own_part_counts.py's table): I.3 led by Bắc Sơn and Nam Sơn, Tháng
10/2024; Nam Sơn reports it done 15/10/2024, Bắc Sơn 20/10/2024: the target is done. Bắc Sơn
and Nam Sơn merge into Tam Điệp on 01/07/2025, which answers for both parts. Tam Điệp
recording "đang thực hiện" on 20/07/2025 reopens them: said on stderr, naming the latest finished
report (Bắc Sơn's, 20/10/2024), and written (a real reopening is allowed). Before the merger,
Bắc Sơn lowering its own part is said the same way; Nam Sơn's report leaves Bắc Sơn's alone.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from heir_plan import import_2024
from test_own_part_counts import ROWS

runner = CliRunner()


def cds(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--plan", "2024", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    import_2024(tmp_path, monkeypatch, ROWS)
    for unit, day in (("Nam Sơn", "15/10/2024"), ("Bắc Sơn", "20/10/2024")):
        code, _, err = cds("progress", "add", "I.3", "--unit", unit, "--status", "done",
                           "--date", day, "--id")  # fmt: skip
        assert (code, err) == (0, "")
    return tmp_path


def test_the_heir_reopening_a_finished_part_is_warned_and_written(workspace: Path) -> None:
    code, out, err = cds("progress", "add", "I.3", "--unit", "Tam Điệp", "--status",
                         "in_progress", "--date", "20/07/2025", "--id")  # fmt: skip
    assert code == 0
    assert out.startswith("Đã ghi tiến độ ")
    entry_id = out.removeprefix("Đã ghi tiến độ ").partition(":")[0]
    # the hint is the whole command, runnable as typed (a13_07: "--corrects MÃ-MỤC" exited 2),
    # and it undoes the mistake it is for: the report corrected to "hoàn thành", as a clerk
    # types it (clerk review 14: it printed "--status in_progress", the report's own status, so
    # typed it recorded a correction identical to the report)
    command = (
        'cds --plan 2024 progress add I.3 --id --unit phuong-tam-diep --status "hoàn thành" '
        f"--date 20/07/2025 --corrects {entry_id}"
    )
    assert err.splitlines() == [
        "cảnh báo: UBND phường Bắc Sơn đã báo cáo hoàn thành chỉ tiêu I.3 ngày 20/10/2024; báo "
        "cáo này (Đang thực hiện) mở lại phần việc đã hoàn thành. Đã ghi; nếu ghi nhầm và việc "
        "vẫn hoàn thành, sửa báo cáo này thành hoàn thành, ngày sai thì đổi cả --date "
        f"({command})"
    ]
    written = workspace / "plans/2024/progress/phuong-tam-diep.yaml"
    assert (
        '"target": "I.3", "unit": "phuong-tam-diep", "status": "in_progress", "date": "2025-07-20"'
        in written.read_text("utf-8")
    )
    fixed = runner.invoke(app, shlex.split(command)[1:])  # typed word for word
    assert (fixed.exit_code, fixed.stderr) == (0, "")
    last = json.loads(written.read_text("utf-8").splitlines()[-1].removeprefix("- "))
    assert (last["target"], last["status"], last["date"], last["corrects"]) == (
        "I.3",
        "done",
        "2025-07-20",
        entry_id,
    )
    # both parts finished again: Bắc Sơn's on 20/10/2024, Nam Sơn's on 15/10/2024, under Tam Điệp
    shown = runner.invoke(app, ["--plan", "2024", "show", "I.3", "--as-of", "21/07/2025",
                                "-f", "json"])  # fmt: skip
    record = json.loads(shown.stdout)
    assert (record["units_done"], record["units_required"]) == (2, 2)


def test_in_english(workspace: Path) -> None:
    code, out, err = cds("--lang", "en", "progress", "add", "I.3", "--unit", "Bắc Sơn",
                         "--status", "not_started", "--date", "01/11/2024", "--id")  # fmt: skip
    assert code == 0
    entry_id = out.partition(":")[0].rpartition(" ")[2]
    command = (
        "cds --plan 2024 progress add I.3 --id --unit phuong-bac-son --status done --date "
        f"01/11/2024 --corrects {entry_id}"
    )
    assert err.splitlines() == [
        "warning: UBND phường Bắc Sơn reported target I.3 done on 20/10/2024; this report (Not "
        "started) reopens that finished part. Recorded; if it was a mistake and the work is "
        "still done, correct this report to done, and its --date too if that is wrong "
        f"({command})"
    ]
    fixed = runner.invoke(app, ["--lang", "en", *shlex.split(command)[1:]])
    assert (fixed.exit_code, fixed.stderr) == (0, "")
    written = (workspace / "plans/2024/progress/phuong-bac-son.yaml").read_text("utf-8")
    last = json.loads(written.splitlines()[-1].removeprefix("- "))
    assert (last["status"], last["date"], last["corrects"]) == ("done", "2024-11-01", entry_id)


def test_warned_only_where_a_finished_part_is_lowered(workspace: Path) -> None:
    # "done" again lowers nothing; Nam Sơn lowering its own part leaves Bắc Sơn's alone.
    code, _, err = cds("progress", "add", "I.3", "--unit", "Nam Sơn", "--status", "done",
                       "--date", "16/10/2024", "--id")  # fmt: skip
    assert (code, err) == (0, "")
    code, _, err = cds("progress", "add", "I.3", "--unit", "Nam Sơn", "--status", "in_progress",
                       "--date", "25/10/2024", "--id")  # fmt: skip
    assert (code, err.count("cảnh báo: UBND phường Nam Sơn đã báo cáo hoàn thành")) == (0, 1)
    # Tam Điệp answers for each part apart (issue 16): its report speaks for Bắc Sơn's part too,
    # finished on 20/10/2024, so it is said even though Nam Sơn's part is open (was silent).
    code, _, err = cds("progress", "add", "I.3", "--unit", "Tam Điệp", "--status", "in_progress",
                       "--date", "20/07/2025", "--id")  # fmt: skip
    assert (code, err.startswith("cảnh báo: UBND phường Bắc Sơn đã báo cáo hoàn thành chỉ tiêu "
                                 "I.3 ngày 20/10/2024;")) == (0, True)  # fmt: skip


def test_the_correcting_command_keeps_the_note_and_the_evidence(workspace: Path) -> None:
    """attack 14, a14_05: the command the warning gives dropped the report's note and evidence,
    so following it (the status changed as told) left a report without them."""
    code, out, err = cds("progress", "add", "I.3", "--unit", "Tam Điệp", "--status",
                         "in_progress", "--date", "20/07/2025", "--id", "--note",
                         "Còn 3 hồ sơ, đạt 80% (it's)", "--evidence", "QĐ 5")  # fmt: skip
    assert code == 0
    entry_id = out.removeprefix("Đã ghi tiến độ ").partition(":")[0]
    command = (  # the note and evidence last (fix12d: one left out then ends the command)
        'cds --plan 2024 progress add I.3 --id --unit phuong-tam-diep --status "hoàn thành" '
        f'--date 20/07/2025 --corrects {entry_id} --note "Còn 3 hồ sơ, đạt 80% (it\'s)" '
        '--evidence "QĐ 5"'
    )
    assert err.splitlines()[0].endswith(f"({command})")
    fixed = runner.invoke(app, shlex.split(command)[1:])  # typed as printed
    assert fixed.exit_code == 0, fixed.output
    written = (workspace / "plans/2024/progress/phuong-tam-diep.yaml").read_text("utf-8")
    last = json.loads(written.splitlines()[-1].removeprefix("- "))
    assert (last["status"], last["note"], last["evidence"]) == (
        "done",
        "Còn 3 hồ sơ, đạt 80% (it's)",
        ["QĐ 5"],
    )
