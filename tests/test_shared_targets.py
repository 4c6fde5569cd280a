"""Shared targets told truthfully (issue 11): each unit's own part, indicator figures over the
units that report them, periodic reports of ongoing targets. Every expectation is computed by
hand in the comments beside it."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.questions.periods import period_ending_in, period_of, periods_ending_between

runner = CliRunner()
OFFICE = "van-phong"
SHARE = (  # what online_payment_share measures: its name in every human output
    "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh "
    "toán của dịch vụ công"
)
WARDS = [
    "phuong-bac-son",
    "phuong-nam-son",
    "phuong-trung-son",
    "phuong-tay-son",
    "phuong-tan-binh",
    "phuong-yen-binh",
    "xa-dong-son",
    "xa-quang-son",
    "xa-yen-son",
]


def cds(folder: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--registry", str(folder)])
    return result.exit_code, result.output


def as_json(folder: Path, *args: str) -> Any:
    code, output = cds(folder, *args, "--format", "json")
    assert code == 0, output
    return json.loads(output)


def ids(folder: Path) -> set[str]:
    """Entry ids in the progress files (`- {json object}` lines, as cds writes them)."""
    return {
        json.loads(line[2:])["id"]
        for path in (folder / "progress").glob("*.yaml")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("- {")
    }


def add(folder: Path, target: str, unit: str, status: str, date: str, *extra: str) -> str:
    """Records an entry; returns its id."""
    before = ids(folder)
    code, output = cds(
        folder,
        "progress",
        "add",
        target,
        "--unit",
        unit,
        "--status",
        status,
        "--date",
        date,
        *extra,
    )
    assert code == 0, output
    (new,) = ids(folder) - before
    return new


def figure(folder: Path, target: str, key: str, as_of: str) -> dict[str, Any]:
    data = as_json(folder, "show", target, "--as-of", as_of)
    return next(i for i in data["indicators"] if i["key"] == key)


@pytest.fixture
def ii4(own_registry: Path) -> Path:
    """The issue's scenario: II.4 is led by the office and the 9 wards and communes (10 parts).
    The office finishes on 30/10/2023 with 35 %; phường Nam Sơn reports 12 % on 31/10/2023."""
    add(own_registry, "II.4", OFFICE, "done", "30/10/2023", "--value", "online_payment_share=35")
    add(
        own_registry,
        "II.4",
        "phuong-nam-son",
        "in_progress",
        "31/10/2023",
        "--value",
        "online_payment_share=12",
    )
    return own_registry


# --- each unit's own part -----------------------------------------------------------------------


def test_a_unit_that_finished_its_part_is_not_listed_late(ii4: Path) -> None:
    rows = as_json(ii4, "late", "--by-unit", "--as-of", "01/11/2023")
    under_ii4 = {r["unit"]: r["via"] for r in rows if r["id"] == "II.4"}
    # the office's own part is done: the 6 wards and 3 communes owe theirs (Nam Sơn's is in
    # progress), each under its own name, through the collective the target names
    wards = ("Bắc Sơn", "Nam Sơn", "Trung Sơn", "Tây Sơn", "Tân Bình", "Yên Bình")
    names = [f"UBND phường {w}" for w in wards]
    names += [f"UBND xã {c}" for c in ("Đông Sơn", "Quang Sơn", "Yên Sơn")]
    assert under_ii4 == dict.fromkeys(names, "UBND các phường, xã")
    # the target itself is still late: 9 of its 10 parts are not done
    assert as_json(ii4, "show", "II.4", "--as-of", "01/11/2023")["status"] == "late"


def test_remind_urges_only_the_units_that_owe_their_part(ii4: Path) -> None:
    notes = {
        n["unit_id"]: n
        for n in as_json(ii4, "remind", "--month", "11/2023", "--as-of", "01/11/2023")
    }
    # by name the office still owes II.1, II.3 (late), II.6 (due 11/2023) and II.2's November
    # report; II.4, its part done, is not listed (the rest comes through "Các phòng, đơn vị")
    office = notes[OFFICE]["targets"]
    assert [t["id"] for t in office if t["via"] is None] == ["II.1", "II.3", "II.6", "II.2"]
    assert "II.4" not in [t["id"] for t in office]
    # no note to the collective: each ward its own, with its own late part of II.4 (31/10 + 1);
    # Nam Sơn's report "in progress" of 31/10 does not make its part any less late
    assert "ubnd-cac-phuong-xa" not in notes
    for ward in WARDS:
        part = next(t for t in notes[ward]["targets"] if t["id"] == "II.4")
        reported = "2023-10-31" if ward == "phuong-nam-son" else None
        assert (
            part["via"],
            part["unit_status"],
            part["unit_days_late"],
            part["unit_reported"],
        ) == (
            "UBND các phường, xã",
            "late",
            1,
            reported,
        )
    # and the summary's per-unit line: the office leads II.1, II.2, II.3, II.4, II.6; late on
    # 01/11/2023 are II.1, II.3, II.4, but II.4 no longer counts against it
    units = as_json(ii4, "summary", "--as-of", "01/11/2023")["units"]
    office = next(u for u in units if u["unit"] == "Văn phòng HĐND và UBND thành phố")
    assert office == {"unit": "Văn phòng HĐND và UBND thành phố", "leads": 5, "late": 2}


def test_show_lists_every_part(ii4: Path) -> None:
    data = as_json(ii4, "show", "II.4", "--as-of", "01/11/2023")
    parts = data["parts"]
    assert len(parts) == 10
    assert parts[:3] == [
        {
            "unit": OFFICE,
            "name": "Văn phòng HĐND và UBND thành phố",
            "status": "done",
            "reported": "2023-10-30",
            "finished_on": "2023-10-30",
            "in_place_of": [],
        },
        {
            "unit": "phuong-bac-son",
            "name": "UBND phường Bắc Sơn",
            "status": "late",
            "reported": None,
            "finished_on": None,
            "in_place_of": [],
        },
        {
            "unit": "phuong-nam-son",
            "name": "UBND phường Nam Sơn",
            "status": "late",
            "reported": "2023-10-31",
            "finished_on": None,
            "in_place_of": [],
        },
    ]
    code, output = cds(ii4, "show", "II.4", "--as-of", "01/11/2023")
    assert code == 0
    text = " ".join(output.split())
    assert "Phần việc của từng đơn vị (1/10 hoàn thành)" in text
    assert "Văn phòng HĐND và UBND thành phố: Hoàn thành (30/10/2023)" in text
    assert "UBND phường Bắc Sơn: Quá hạn (chưa báo cáo)" in text


def test_report_gives_the_units_own_part(ii4: Path) -> None:
    rows = {r["id"]: r for r in as_json(ii4, "report", "--unit", OFFICE, "--as-of", "01/11/2023")}
    assert (rows["II.4"]["status"], rows["II.4"]["unit_status"], rows["II.4"]["unit_reported"]) == (
        "late",
        "done",
        "2023-10-30",
    )
    assert (rows["II.1"]["unit_status"], rows["II.1"]["unit_reported"]) == ("late", None)
    # II.7: the office only cooperates; I.3: it leads through "Các phòng, đơn vị"
    assert (rows["II.7"]["unit_status"], rows["II.7"]["unit_reported"]) == (None, None)
    assert rows["I.3"]["unit_status"] == "late"
    code, output = cds(
        ii4, "report", "--unit", OFFICE, "--as-of", "01/11/2023", "--format", "markdown"
    )
    assert code == 0
    row = next(line for line in output.splitlines() if line.startswith("| II.4 |"))
    assert row.endswith(
        "| Quá hạn (1/10) (phần của đơn vị: Hoàn thành, báo cáo ngày 30/10/2023) "
        f"{SHARE}: 23,5% (ước tính, trung bình không trọng số) / ≥ 30% — "
        "chưa đủ số liệu (2/10 đơn vị) |"  # procedures_paid_online: no value, not shown
    )
    listed = as_json(ii4, "list", "--unit", OFFICE, "--group", "II", "--as-of", "01/11/2023")
    assert [(r["id"], r["unit_status"]) for r in listed][:4] == [
        ("II.1", "late"),
        ("II.2", "unreported"),
        ("II.3", "late"),
        ("II.4", "done"),
    ]


def test_a_cooperating_unit_reporting_is_no_part(ii4: Path) -> None:
    """Phòng Y tế cooperates on II.4 (through 'Các phòng, đơn vị có liên quan'): its report,
    even 'done' with a figure, neither adds a part nor counts in the figure."""
    add(ii4, "II.4", "Phòng Y tế", "done", "31/10/2023", "--value", "online_payment_share=90")
    data = as_json(ii4, "show", "II.4", "--as-of", "01/11/2023")
    assert [p["unit"] for p in data["parts"]] == [OFFICE, *WARDS]
    assert (data["units_done"], data["units_required"]) == (1, 10)
    share = data["indicators"][0]
    assert [m["unit"] for m in share["members"]] == [OFFICE, "phuong-nam-son"]
    assert share["value"] == (35 + 12) / 2
    rows = as_json(ii4, "report", "--unit", "Phòng Y tế", "--as-of", "01/11/2023")
    ii4_row = next(r for r in rows if r["id"] == "II.4")
    assert (ii4_row["unit_status"], ii4_row["unit_reported"]) == (None, "2023-10-31")


def test_reports_dated_after_as_of_are_ignored(ii4: Path) -> None:
    add(ii4, "II.4", "phuong-bac-son", "done", "05/11/2023", "--value", "online_payment_share=50")
    early = as_json(ii4, "show", "II.4", "--as-of", "01/11/2023")
    assert early["parts"][1]["status"] == "late" and early["parts"][1]["reported"] is None
    assert early["indicators"][0]["coverage"] == {"reported": 2, "expected": 10}
    later = as_json(ii4, "show", "II.4", "--as-of", "05/11/2023")
    assert later["parts"][1] == {
        "unit": "phuong-bac-son",
        "name": "UBND phường Bắc Sơn",
        "status": "done_late",
        "reported": "2023-11-05",
        "finished_on": "2023-11-05",
        "in_place_of": [],
    }
    assert later["indicators"][0]["coverage"] == {"reported": 3, "expected": 10}
    assert later["indicators"][0]["value"] == (35 + 12 + 50) / 3


# --- indicators over many units -----------------------------------------------------------------


def test_an_incomplete_figure_gets_no_verdict(ii4: Path) -> None:
    share = figure(ii4, "II.4", "online_payment_share", "01/11/2023")
    assert share == {
        **share,
        "scope": "each",
        "value": 23.5,  # (35 + 12) / 2: no counts, so an unweighted mean
        "estimate": True,
        "verdict": "incomplete",
        "met": None,
        "coverage": {"reported": 2, "expected": 10},
        "members": [
            {
                "unit": OFFICE,
                "name": "Văn phòng HĐND và UBND thành phố",
                "value": 35.0,
                "numerator": None,
                "denominator": None,
                "date": "2023-10-30",
            },
            {
                "unit": "phuong-nam-son",
                "name": "UBND phường Nam Sơn",
                "value": 12.0,
                "numerator": None,
                "denominator": None,
                "date": "2023-10-31",
            },
        ],
        "series": [{"date": "2023-10-30", "value": 35.0}, {"date": "2023-10-31", "value": 23.5}],
    }
    assert figure(ii4, "II.4", "procedures_paid_online", "01/11/2023")["verdict"] == "no_data"
    result = runner.invoke(
        app,
        ["show", "II.4", "--as-of", "01/11/2023", "--registry", str(ii4)],
        env={"COLUMNS": "300"},
    )
    output = result.output
    assert result.exit_code == 0
    # by what it measures, not its key (the labels are padded to the longest one)
    assert re.search(f"^Chỉ số 1 +{SHARE} \\(30%\\)$", output, re.MULTILINE)
    assert (
        "→ 23,5% (ước tính, trung bình không trọng số) / ≥ 30% — chưa đủ số liệu (2/10 đơn vị)"
    ) in output
    # the trend: 35 then 23.5, on a scale from 23.5 to 35 (the threshold 30 lies between)
    assert "diễn biến: █▁ 35% (30/10/2023) → 23,5% (31/10/2023)" in output


def test_no_output_calls_a_partial_figure_met(ii4: Path, tmp_path: Path) -> None:
    """The issue's complaint: 35 % "đạt" shown as the city's figure in summary and the xlsx."""
    from openpyxl import load_workbook

    summary = as_json(ii4, "summary", "--as-of", "01/11/2023")
    share = next(i for i in summary["indicators"] if i["key"] == "online_payment_share")
    assert (share["target"], share["value"], share["verdict"], share["met"]) == (
        "II.4",
        23.5,
        "incomplete",
        None,
    )
    out = tmp_path / "bao-cao.xlsx"
    code, output = cds(
        ii4, "export", "--format", "xlsx", "--out", str(out), "--as-of", "01/11/2023"
    )
    assert code == 0, output
    sheet = load_workbook(out)["Phụ lục 01"]
    header = [cell.value for cell in sheet[6]]
    row = next(
        r for r in sheet.iter_rows(values_only=True) if r[2] and r[2].startswith("30% thanh")
    )
    assert row[header.index("Giá trị mới nhất")] == (
        f"{SHARE}: 23,5% (ước tính, trung bình không trọng số) / ≥ 30% — "
        "chưa đủ số liệu (2/10 đơn vị)"
    )


COUNTS = {  # unit → (numerator, denominator): Σ = 28 / 90
    OFFICE: (7, 20),
    "phuong-bac-son": (3, 10),
    "phuong-nam-son": (1, 8),
    "phuong-trung-son": (2, 5),
    "phuong-tay-son": (4, 12),
    "phuong-tan-binh": (0, 6),
    "phuong-yen-binh": (5, 9),
    "xa-dong-son": (1, 4),
    "xa-quang-son": (2, 7),
    "xa-yen-son": (3, 9),
}


def test_with_counts_from_every_part_the_figure_is_the_ratio_of_sums(own_registry: Path) -> None:
    ids = {}
    for unit, (numerator, denominator) in COUNTS.items():
        ids[unit] = add(
            own_registry,
            "II.4",
            unit,
            "done",
            "25/10/2023",
            "--value",
            f"online_payment_share={numerator}/{denominator}",
        )
    share = figure(own_registry, "II.4", "online_payment_share", "01/11/2023")
    assert share["value"] == 100 * 28 / 90  # 31.11… ≥ 30
    assert (share["estimate"], share["verdict"], share["coverage"]) == (
        False,
        "met",
        {"reported": 10, "expected": 10},
    )
    assert share["members"][5] == {
        "unit": "phuong-tan-binh",
        "name": "UBND phường Tân Bình",
        "value": 0.0,
        "numerator": 0,
        "denominator": 6,
        "date": "2023-10-25",
    }
    assert share["members"][0]["value"] == 35.0  # 7/20 is stored as 35 beside its counts
    # a correction: Tân Bình had 30 payments, not 6 (0 of 30): Σ = 28 / 114 = 24.56… < 30
    add(
        own_registry,
        "II.4",
        "phuong-tan-binh",
        "done",
        "25/10/2023",
        "--value",
        "online_payment_share=0/30",
        "--corrects",
        ids["phuong-tan-binh"],
    )
    share = figure(own_registry, "II.4", "online_payment_share", "01/11/2023")
    assert share["value"] == 100 * 28 / 114
    assert share["verdict"] == "not_met"
    assert share["members"][5]["denominator"] == 30
    assert share["series"] == [{"date": "2023-10-25", "value": 100 * 28 / 114}]
    # a member without counts turns the figure into an estimate: the mean of the 10 values
    add(
        own_registry,
        "II.4",
        "xa-yen-son",
        "done",
        "26/10/2023",
        "--value",
        "online_payment_share=50",
    )
    share = figure(own_registry, "II.4", "online_payment_share", "01/11/2023")
    values = [100 * n / d for n, d in COUNTS.values()]
    values[5] = 0.0
    values[9] = 50.0
    assert share["estimate"] is True
    assert share["value"] == pytest.approx(sum(values) / 10)


def test_a_city_figure_comes_from_its_reporter_only(own_registry: Path) -> None:
    """IV.3 (adults with an e-ID, > 50 %) is one city figure, reported by Công an thành phố;
    a ward, which cooperates on IV.3, giving a number of its own is refused (it would not
    count: tests/test_city_figure_refused.py), and its report without it changes nothing."""
    code, output = cds(
        own_registry, "progress", "add", "IV.3", "--unit", "phuong-bac-son", "--status",
        "in_progress", "--date", "10/10/2023", "--value", "10",
    )  # fmt: skip
    assert (code, ids(own_registry)) == (2, set()), output
    add(own_registry, "IV.3", "phuong-bac-son", "in_progress", "10/10/2023")
    share = figure(own_registry, "IV.3", "adults_with_eid", "31/10/2023")
    assert (share["scope"], share["value"], share["verdict"], share["coverage"]) == (
        "city",
        None,
        "no_data",
        {"reported": 0, "expected": 1},
    )
    add(own_registry, "IV.3", "Công an thành phố", "done", "20/10/2023", "--value", "55")
    share = figure(own_registry, "IV.3", "adults_with_eid", "31/10/2023")
    assert (share["value"], share["verdict"], share["coverage"]) == (
        55.0,
        "met",
        {"reported": 1, "expected": 1},
    )
    assert [m["unit"] for m in share["members"]] == ["cong-an"]


@pytest.mark.usefixtures("english")
def test_counts_on_the_command_line(own_registry: Path) -> None:
    add(own_registry, "V.1", "Phòng Y tế", "in_progress", "10/10/2023", "--value", "4/5")
    line = (own_registry / "progress" / "phong-y-te.yaml").read_text(encoding="utf-8")
    assert '"values": {"systems_level_approved": 80.0}' in line
    assert '"counts": {"systems_level_approved": [4, 5]}' in line
    for bad, message in [
        ("5/4", "--value 5/4: 5 is not a count out of 4 (it must lie within 0–4)"),
        ("4/0", "--value 4/0: a count out of 0 gives no percentage"),
        ("a/5", "--value a/5: 'a/5' is not a count"),
    ]:
        code, output = cds(
            own_registry, "progress", "add", "V.1", "--unit", "Phòng Y tế", "--status",
            "in_progress", "--date", "10/10/2023", "--value", bad,
        )  # fmt: skip
        assert (code, output.splitlines()[0]) == (2, f"cds: error: {message}")


def test_counts_reach_the_exports(own_registry: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    add(own_registry, "V.1", "Phòng Y tế", "in_progress", "10/10/2023", "--value", "4/5")
    out = tmp_path / "bao-cao.xlsx"
    code, output = cds(own_registry, "export", "--format", "xlsx", "--out", str(out))
    assert code == 0, output
    log = load_workbook(out)["Lịch sử tiến độ"]
    header = [cell.value for cell in log[6]]
    row = dict(zip(header, [cell.value for cell in log[7]], strict=True))
    approved = "Tỷ lệ hệ thống thông tin của cơ quan nhà nước hoàn thành phê duyệt cấp độ an toàn"
    assert (row["Số liệu"], row["Số đếm (tử/mẫu)"]) == (f"{approved}: 80%", f"{approved}: 4/5")


def test_counts_must_agree_with_the_value(own_registry: Path) -> None:
    path = own_registry / "progress" / "phong-y-te.yaml"
    path.write_text(
        "- {id: abcdef123456, target: V.1, unit: phong-y-te, status: in_progress, "
        "date: '2023-10-10', values: {systems_level_approved: 70}, "
        "counts: {systems_level_approved: [4, 5]}, written: '2023-10-10T09:00:00+07:00'}\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(own_registry), "--lang", "en"])
    assert result.exit_code == 1
    assert "counts 4/5 for 'systems_level_approved' do not give its value 70" in result.output


@pytest.mark.usefixtures("english")
def test_a_city_figure_needs_a_reporter(write_registry: Any) -> None:
    path = write_registry(
        (
            '            unit: "%"\n            scope: each\n      - id: IV.5',
            '            unit: "%"\n            scope: city\n      - id: IV.5',
        )
    )
    result = runner.invoke(app, ["validate", str(path)])
    assert result.exit_code == 1
    assert (
        "indicator 'adults_with_digital_signature' is one city-wide figure, but no single lead "
        "unit reports it"
    ) in result.output


# --- periodic reports of ongoing targets --------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "reporting", "start", "end"),
    [
        ("2023-11-01", "monthly", "2023-10-15", "2023-11-14"),
        ("2023-11-14", "monthly", "2023-10-15", "2023-11-14"),
        ("2023-11-15", "monthly", "2023-11-15", "2023-12-14"),
        ("2024-01-03", "monthly", "2023-12-15", "2024-01-14"),
        ("2023-11-01", "quarterly", "2023-09-15", "2023-12-14"),
        ("2023-12-15", "quarterly", "2023-12-15", "2024-03-14"),
        ("2023-03-14", "quarterly", "2022-12-15", "2023-03-14"),
        ("2023-06-14", "half-yearly", "2022-12-15", "2023-06-14"),
        ("2023-06-15", "half-yearly", "2023-06-15", "2023-12-14"),
        ("2023-12-14", "yearly", "2022-12-15", "2023-12-14"),
        ("2023-12-15", "yearly", "2023-12-15", "2024-12-14"),
    ],
)
def test_windows_of_decree_09_2019(day: str, reporting: Any, start: str, end: str) -> None:
    period = period_of(dt.date.fromisoformat(day), reporting)
    assert (period.start.isoformat(), period.end.isoformat()) == (start, end)


def test_periods_ending_in_a_month() -> None:
    from cds_tracker.core.dates import YearMonth

    assert period_ending_in(YearMonth(2023, 11), "quarterly") is None
    quarter = period_ending_in(YearMonth(2023, 12), "quarterly")
    assert quarter is not None and quarter.start == dt.date(2023, 9, 15)
    ends = periods_ending_between(dt.date(2023, 10, 15), dt.date(2023, 12, 14), "monthly")
    assert [p.end.isoformat() for p in ends] == ["2023-11-14", "2023-12-14"]


def test_an_ongoing_target_owes_a_report_each_period(own_registry: Path) -> None:
    """II.2 (ongoing, monthly) has the office and the 9 wards as parts. On 01/11/2023 the
    window is 15/10–14/11/2023; the office reported on 20/10, nobody else has."""
    add(own_registry, "II.2", OFFICE, "in_progress", "20/10/2023")
    data = as_json(own_registry, "show", "II.2", "--as-of", "01/11/2023")
    assert data["status"] == "unreported"
    assert (data["units_done"], data["units_required"]) == (1, 10)  # reported this period
    assert data["period"] == {"reporting": "monthly", "start": "2023-10-15", "end": "2023-11-14"}
    assert [(p["unit"], p["status"]) for p in data["parts"][:2]] == [
        (OFFICE, "ongoing"),
        ("phuong-bac-son", "unreported"),
    ]
    due = as_json(own_registry, "due", "--month", "11/2023", "--as-of", "01/11/2023")
    assert [(r["id"], r["status"]) for r in due if r["id"] in ("I.2", "II.2")] == [
        ("I.2", "unreported"),
        ("II.2", "unreported"),
    ]
    notes = {
        n["unit_id"]: [t["id"] for t in n["targets"]]
        for n in as_json(own_registry, "remind", "--month", "11/2023", "--as-of", "01/11/2023")
    }
    assert "II.2" not in notes[OFFICE]  # it has reported for this period
    assert all(notes[ward][-1] == "II.2" for ward in WARDS)  # each ward has not
    # 'done' on an ongoing target is done for this period only
    add(own_registry, "II.2", OFFICE, "done", "21/10/2023")
    assert as_json(own_registry, "show", "II.2", "--as-of", "01/11/2023")["parts"][0]["status"] == (
        "done"
    )
    next_period = as_json(own_registry, "show", "II.2", "--as-of", "15/11/2023")["parts"][0]
    assert next_period == {
        "unit": OFFICE,
        "name": "Văn phòng HĐND và UBND thành phố",
        "status": "unreported",
        "reported": "2023-10-21",
        "finished_on": None,  # an ongoing target's part is never finished
        "in_place_of": [],
    }
    code, output = cds(
        own_registry, "due", "--month", "11/2023", "--as-of", "01/11/2023", "--format", "markdown"
    )
    assert code == 0
    row = next(line for line in output.splitlines() if line.startswith("| II.2 |"))
    assert row.endswith(
        "| Thường xuyên (Hằng tháng, kỳ 15/10/2023–14/11/2023) | Chưa báo cáo kỳ này (1/10) |"
    )


def test_a_quarterly_target_is_due_at_the_quarters_end(own_registry: Path) -> None:
    path = own_registry / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("reporting: monthly", "reporting: quarterly", 1), encoding="utf-8")
    november = as_json(own_registry, "due", "--month", "11/2023", "--as-of", "01/11/2023")
    assert [r["id"] for r in november if r["period"]] == ["II.2"]  # I.2 is quarterly now
    december = as_json(own_registry, "due", "--month", "12/2023", "--as-of", "01/11/2023")
    assert next((r["id"], r["period"]) for r in december if r["period"]) == (
        "I.2",
        {"reporting": "quarterly", "start": "2023-09-15", "end": "2023-12-14"},
    )
