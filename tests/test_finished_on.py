"""A part finished on the first "hoàn thành" of the unbroken run of them that its latest report
ends (review 9, docs/progress.md#status): a unit that sends "done" again after the deadline
(re-sent with the evidence document) did not finish late.

II.7 of the shipped appendix: Phòng Văn hóa và Thông tin alone leads it, deadline Tháng 7/2023
(due until 31/07/2023). Done on 20/07/2023 (on time), done again on 10/08/2023 with the
evidence: on 01/09/2023 the target and its part are "done", finished 20/07/2023, while the part's
latest report stays 10/08/2023 (`reported`). A report "in progress" on 15/08/2023 breaks the run
and "done" on 20/08/2023 begins another: done late, 20 days (20/08 − 31/07), finished 20/08.
Each through the cache (each target's aggregate, cold then warm) and without it (the target's
entries)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.questions.finished import run_starts

runner = CliRunner()
UNIT = "phong-van-hoa-thong-tin"
NAME = "Phòng Văn hóa và Thông tin"


def cds(registry: Path, *args: str) -> str:
    result = runner.invoke(app, [*args, "--registry", str(registry)])
    assert result.exit_code == 0, result.output
    return result.stdout


def record(registry: Path, status: str, day: str, *more: str) -> str:
    """Records a report; returns its id."""
    out = cds(
        registry, "progress", "add", "II.7", "--unit", "VH&TT", "--status", status,
        "--date", day, *more,
    )  # fmt: skip
    found = re.search(r"([0-9a-f]{12}):", out)
    assert found is not None, out
    return found.group(1)


def shown(registry: Path, day: str) -> tuple[str, int | None, list[dict[str, Any]]]:
    data = json.loads(cds(registry, "show", "II.7", "--as-of", day, "--format", "json"))
    parts = [
        {k: p[k] for k in ("unit", "status", "reported", "finished_on")} for p in data["parts"]
    ]
    return data["status"], data["days_late"], parts


def lines(registry: Path, day: str, *more: str) -> list[str]:
    """`show`'s status and parts lines, each row's wrapped cells joined."""
    text = cds(registry, "show", "II.7", "--as-of", day, *more)
    rows: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            break
        if line.startswith(" ") and rows:
            rows[-1] += " " + line.strip()
        else:
            rows.append(" ".join(line.split()))
    return [r for r in rows if r.startswith(("Trạng thái", "Phần việc", "Status", "Each unit"))]


def group_ii(registry: Path, day: str) -> tuple[int, int]:
    data = json.loads(cds(registry, "summary", "--as-of", day, "--format", "json"))
    counts = next(g for g in data["groups"] if g["group"] == "II")["counts"]
    return counts["done"], counts["done_late"]


def late_ids(registry: Path, day: str) -> list[str]:
    return [t["id"] for t in json.loads(cds(registry, "late", "--as-of", day, "--format", "json"))]


@pytest.fixture(params=["cold", "cache"])
def registry(
    request: pytest.FixtureRequest, own_registry: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    monkeypatch.setenv("CDS_NO_CACHE", "1" if request.param == "cold" else "0")
    return own_registry


def test_a_second_done_after_the_deadline_keeps_the_part_on_time(registry: Path) -> None:
    record(registry, "done", "20/07/2023")
    record(registry, "done", "10/08/2023", "--evidence", "QĐ 12/QĐ-UBND")
    for _ in range(2):  # with the cache: made by the first questions, read by the next
        assert shown(registry, "01/09/2023") == (
            "done",
            None,
            [
                {
                    "unit": UNIT,
                    "status": "done",
                    "reported": "2023-08-10",
                    "finished_on": "2023-07-20",
                }
            ],
        )
        assert lines(registry, "01/09/2023") == [
            "Trạng thái Hoàn thành (tính đến ngày 01/09/2023)",
            f"Phần việc của từng đơn vị (1/1 hoàn thành) {NAME}: Hoàn thành (20/07/2023)",
        ]
        assert lines(registry, "01/09/2023", "--lang", "en") == [
            "Status Done (as of 01/09/2023)",
            f"Each unit's part (1/1 done) {NAME}: Done (20/07/2023)",
        ]
        assert group_ii(registry, "01/09/2023") == (1, 0)
        assert "II.7" not in late_ids(registry, "01/09/2023")
        report = cds(registry, "report", "--unit", "VH&TT", "--as-of", "01/09/2023")
        assert "| (phần của đơn vị: Hoàn thành, báo cáo ngày 20/07/2023)" in report
        en = cds(registry, "report", "--unit", "VH&TT", "--as-of", "01/09/2023", "--lang", "en")
        assert "| (own part: Done, reported 20/07/2023)" in en


def test_a_report_not_done_breaks_the_run(registry: Path) -> None:
    record(registry, "done", "20/07/2023")
    record(registry, "done", "10/08/2023")
    record(registry, "in_progress", "15/08/2023")
    # between the two runs: reopened, past the deadline
    assert shown(registry, "16/08/2023") == (
        "late",
        16,
        [{"unit": UNIT, "status": "late", "reported": "2023-08-15", "finished_on": None}],
    )
    record(registry, "done", "20/08/2023")
    record(registry, "done", "25/08/2023")
    for _ in range(2):
        assert shown(registry, "01/09/2023") == (
            "done_late",
            20,
            [
                {
                    "unit": UNIT,
                    "status": "done_late",
                    "reported": "2023-08-25",
                    "finished_on": "2023-08-20",
                }
            ],
        )
        assert lines(registry, "01/09/2023") == [
            "Trạng thái Hoàn thành trễ hạn — 20 ngày (tính đến ngày 01/09/2023)",
            f"Phần việc của từng đơn vị (1/1 hoàn thành) {NAME}: Hoàn thành trễ hạn (20/08/2023)",
        ]
        assert group_ii(registry, "01/09/2023") == (0, 1)
        # a day asked before the second run sees the first alone
        assert shown(registry, "12/08/2023")[:2] == ("done", None)


def test_a_correction_moves_the_run_from_its_own_day(registry: Path) -> None:
    """The first "done" was dated wrongly: corrected on 05/08/2023 to "done" that day. From the
    correction's day the run is 05/08, 10/08: finished 05/08, 5 days late; before it, the first
    report still counts (a view of the past never shows a correction written later)."""
    first = record(registry, "done", "20/07/2023")
    record(registry, "done", "10/08/2023")
    record(registry, "done", "05/08/2023", "--corrects", first)
    for _ in range(2):
        assert shown(registry, "01/09/2023") == (
            "done_late",
            5,
            [
                {
                    "unit": UNIT,
                    "status": "done_late",
                    "reported": "2023-08-10",
                    "finished_on": "2023-08-05",
                }
            ],
        )
        assert shown(registry, "04/08/2023") == (
            "done",
            None,
            [
                {
                    "unit": UNIT,
                    "status": "done",
                    "reported": "2023-07-20",
                    "finished_on": "2023-07-20",
                }
            ],
        )


def test_cache_and_no_cache_agree(own_registry: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record(own_registry, "done", "20/07/2023")
    record(own_registry, "done", "10/08/2023")
    record(own_registry, "in_progress", "12/08/2023")
    record(own_registry, "done", "14/08/2023")
    record(own_registry, "done", "30/08/2023")
    asked = ("show", "II.7", "--as-of", "01/09/2023", "--format", "json")
    said = {}
    for mode in ("1", "0", "0"):  # no cache; the cache made; read warm
        monkeypatch.setenv("CDS_NO_CACHE", mode)
        said[mode] = (
            cds(own_registry, *asked),
            cds(own_registry, "summary", "--as-of", "01/09/2023"),
        )
    assert said["1"] == said["0"]
    assert json.loads(said["1"][0])["parts"][0]["finished_on"] == "2023-08-14"


def test_run_starts() -> None:
    rows = [
        ("a", "2023-07-20", "done"),
        ("b", "2023-07-21", "in_progress"),
        ("a", "2023-08-10", "done"),
        ("c", "2023-07-01", "done"),
        ("c", "2023-07-02", "in_progress"),
        ("b", "2023-08-01", "done"),
        ("b", "2023-08-02", "done"),
        ("c", "2023-08-03", "done"),
    ]
    assert run_starts(rows) == {"a": "2023-07-20", "b": "2023-08-01", "c": "2023-08-03"}
    assert run_starts(rows[:5]) == {"a": "2023-07-20"}
    assert run_starts([]) == {}


# --- after a merger ------------------------------------------------------------------------------
# II.7 led by Phòng Kinh tế and Phòng Quản lý đô thị, due Tháng 10/2023 (31/10/2023); Phòng Quản
# lý đô thị merged into Phòng Kinh tế (its last day `until`); Phòng Kinh tế reported its own part
# done on 01/05/2023 (as tests/test_heir_own_part.py).

KT, QLDT = "phong-kinh-te", "phong-quan-ly-do-thi"


def merged_workspace(root: Path, until: str) -> Path:
    from cds_tracker.app.setup import init_registry

    folder = root / "plans" / "2023"
    init_registry(folder)
    path = folder / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("      - id: II.7\n")
    old = (
        "        lead:\n          text: Phòng Văn hóa và Thông tin\n"
        "          units:\n            - phong-van-hoa-thong-tin\n"
    )
    new = (
        "        lead:\n          text: Phòng Kinh tế; Phòng Quản lý đô thị\n"
        f"          units:\n            - {KT}\n            - {QLDT}\n"
    )
    at = text.index(old, start)
    text = text[:at] + new + text[at + len(old) :]
    due = '          text: Tháng 7/2023\n          due: "2023-07"\n'
    at = text.index(due, start)
    text = text[:at] + due.replace("7/", "10/").replace("07", "10") + text[at + len(due) :]
    path.write_text(text, encoding="utf-8")
    merger = f"units:\n  - id: {QLDT}\n    valid_to: {until}\n    merged_into: {KT}\n"
    (root / "plans" / "don_vi_thay_doi.yaml").write_text(merger, encoding="utf-8")
    return folder


def report(folder: Path, unit: str, status: str, day: str) -> None:
    args = ("progress", "add", "II.7", "--unit", unit, "--status", status, "--date", day)
    result = runner.invoke(app, [*args, "--registry", str(folder)])
    assert result.exit_code == 0, result.output


def in_place(folder: Path, day: str) -> tuple[str, int | None, dict[str, Any]]:
    """The target's status, and the heir's part in place of the merged unit."""
    data = json.loads(cds(folder, "show", "II.7", "--as-of", day, "--format", "json"))
    part = next(p for p in data["parts"] if p["in_place_of"])
    keys = ("unit", "status", "reported", "finished_on")
    return data["status"], data["days_late"], {k: part[k] for k in keys}


@pytest.mark.parametrize("cache", ["1", "0"])
def test_the_heirs_report_after_the_merger_finishes_on_its_first_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: str
) -> None:
    """Merged from 01/07/2023. Phòng Kinh tế reports done on 20/10/2023 (on time: it speaks for
    the part taken over) and again on 15/11/2023: that part finished 20/10, on time; the run
    began on 01/05 (its own part), but only its reports after the merger count for the other."""
    monkeypatch.setenv("CDS_NO_CACHE", cache)
    folder = merged_workspace(tmp_path, "30/06/2023")
    report(folder, "Phòng Kinh tế", "done", "01/05/2023")
    report(folder, "Phòng Kinh tế", "done", "20/10/2023")
    report(folder, "Phòng Kinh tế", "done", "15/11/2023")
    assert in_place(folder, "01/12/2023") == (
        "done",
        None,
        {"unit": KT, "status": "done", "reported": "2023-11-15", "finished_on": "2023-10-20"},
    )


@pytest.mark.parametrize("cache", ["1", "0"])
def test_a_part_taken_over_finished_when_its_unit_first_said_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: str
) -> None:
    """Merged from 01/12/2023. Phòng Quản lý đô thị reported done on 20/10/2023 (on time) and
    again on 15/11/2023, before its merger: the part Phòng Kinh tế took over finished 20/10."""
    monkeypatch.setenv("CDS_NO_CACHE", cache)
    folder = merged_workspace(tmp_path, "30/11/2023")
    report(folder, "Phòng Kinh tế", "done", "01/05/2023")
    report(folder, "Phòng Quản lý đô thị", "done", "20/10/2023")
    report(folder, "Phòng Quản lý đô thị", "done", "15/11/2023")
    assert in_place(folder, "15/12/2023") == (
        "done",
        None,
        {"unit": KT, "status": "done", "reported": "2023-11-15", "finished_on": "2023-10-20"},
    )
