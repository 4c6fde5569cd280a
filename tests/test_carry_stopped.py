"""A carry-over stopped after any of its writes (killed, power lost) leaves a workspace that
`cds validate` reports, and running it again finishes (issue 16, attack 6). Killed after the
origin's marks but before the finished parts were copied, both plans named each other, the new
plan's progress lacked the parts, and validate said valid: the marks are now the last write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

from paths import of_year

runner = CliRunner()
CARRY = ("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
DONE = ("--status", "done", "--date", "10/12/2023")
PARTS = ("phong-kinh-te", "phong-tai-chinh-ke-hoach")  # both done on III.1, which is not


class Killed(BaseException):
    """The process stopped here: nothing after runs, as after kill -9 (the locks go with it)."""


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    init_registry(tmp_path / "plans" / "2024")
    of_year(tmp_path / "plans" / "2024" / "phu_luc_01.yaml", "2024")
    for unit in PARTS:
        added = runner.invoke(
            app,
            ["--plan", "2023", "progress", "add", "III.1", "--unit", unit, *DONE],
        )
        assert added.exit_code == 0, added.output
    return tmp_path


def _stop_after(monkeypatch: pytest.MonkeyPatch, count: int) -> list[str]:
    """Every write of the carry-over (a registry replaced, an entry appended), named in order;
    the process stops right after the `count`th."""
    from cds_tracker.app import carrying
    from cds_tracker.progress import writing

    done: list[str] = []
    replace, append = carrying._replace, writing.append_entry

    def step(name: str) -> None:
        done.append(name)
        if len(done) == count:
            raise Killed

    def replaced(path: Path, raw: bytes, shown: str) -> None:
        replace(path, raw, shown)
        step(path.parent.name)

    def appended(path: Path, entry: Any, header: str, **options: Any) -> None:
        append(path, entry, header, **options)
        step(path.name)

    monkeypatch.setattr(carrying, "_replace", replaced)
    monkeypatch.setattr(writing, "append_entry", appended)
    return done


def _entries(workspace: Path, unit: str) -> int:
    path = workspace / "plans/2024/progress" / f"{unit}.yaml"
    if not path.exists():
        return 0
    return sum(line.startswith("- ") for line in path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("stop", [1, 2, 3])
def test_stopped_after_any_write_it_is_reported_then_finished(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, stop: int
) -> None:
    done = _stop_after(monkeypatch, stop)
    with pytest.raises(Killed):
        runner.invoke(app, list(CARRY))
    # the new plan, then each part (in the order of their ids: the same day), no marks yet
    assert len(done) == stop and done[0] == "2024"
    assert set(done[1:]) <= {f"{unit}.yaml" for unit in PARTS}
    monkeypatch.undo()
    monkeypatch.chdir(workspace)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    checked = runner.invoke(app, ["validate", "plans/2024"])
    assert checked.exit_code == 1
    # all 31 targets of 2023 were unfinished on 31/12/2023; 29 carried, none marked in 2023 yet
    # (I.2 and II.2, "Thường xuyên", are the 2024 plan's own too, the sample plan being both
    # years: left in 2023, clerk15 F1)
    unmarked = [line for line in checked.output.splitlines() if "(`carried_to: " in line]
    assert len(unmarked) == 29
    assert (
        "  gợi ý: chạy lại cds carry-over --from 2023 --to 2024: lệnh ghi nốt phần còn thiếu"
        in (checked.output)
    )
    again = runner.invoke(app, list(CARRY))
    assert again.exit_code == 0, again.output
    assert again.output.splitlines()[-1] == (
        "Đã ghi dấu 'đã chuyển' cho 29 chỉ tiêu trong plans/2023/phu_luc_01.yaml."
    )
    assert runner.invoke(app, ["validate", "plans/2023", "plans/2024"]).exit_code == 0
    assert [_entries(workspace, unit) for unit in PARTS] == [1, 1]  # each part once


def test_not_stopped_it_writes_all_in_that_order(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    done = _stop_after(monkeypatch, 0)
    result = runner.invoke(app, list(CARRY))
    assert result.exit_code == 0, result.output
    assert [done[0], sorted(done[1:3]), done[3]] == ["2024", [f"{u}.yaml" for u in PARTS], "2023"]
    assert result.output.splitlines()[-3:] == [
        "Đã ghi 29 chỉ tiêu vào plans/2024/phu_luc_01.yaml.",  # 2 restated by 2024: left
        "Đã chép 2 phần việc đã hoàn thành sang kế hoạch mới.",
        "Đã ghi dấu 'đã chuyển' cho 29 chỉ tiêu trong plans/2023/phu_luc_01.yaml.",
    ]
    assert runner.invoke(app, ["validate", "plans/2023", "plans/2024"]).exit_code == 0
    assert [_entries(workspace, unit) for unit in PARTS] == [1, 1]
