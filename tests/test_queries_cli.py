"""Real questions on the shipped registry, with exact answers, through the CLI."""

from __future__ import annotations

import json
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()

OCTOBER = ["II.4", "II.5", "II.8", "III.3", "III.4", "III.5", "IV.3", "IV.7", "V.1", "V.2"]
LATE_ON_1_DEC_2023 = [
    ("I.1", 184),
    ("II.1", 184),
    ("IV.5", 154),
    ("I.3", 123),
    ("II.7", 123),
    ("II.3", 92),
    ("II.4", 31),
    ("II.5", 31),
    ("II.8", 31),
    ("III.3", 31),
    ("III.4", 31),
    ("III.5", 31),
    ("IV.3", 31),
    ("IV.7", 31),
    ("V.1", 31),
    ("V.2", 31),
    ("I.4", 1),
    ("I.5", 1),
    ("II.6", 1),
    ("II.9", 1),
    ("III.2", 1),
    ("IV.1", 1),
    ("IV.2", 1),
    ("IV.6", 1),
    ("IV.8", 1),
    ("V.3", 1),
    ("V.4", 1),
]


def cds(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def as_json(*args: str) -> Any:
    code, output = cds(*args, "--format", "json")
    assert code == 0, output
    return json.loads(output)


def test_due_in_october_2023() -> None:
    rows = as_json("due", "--month", "10/2023", "--as-of", "15/10/2023", "--no-ongoing")
    assert [(r["id"], r["status"], r["days_late"]) for r in rows] == [
        (tid, "not_started", None) for tid in OCTOBER
    ]
    first = rows[0]
    assert first == {
        "id": "II.4",
        "group": "II",
        "group_title": "Chính quyền số",
        "content": "30% thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao "
        "dịch thanh toán của dịch vụ công; 60% thủ tục hành chính có yêu cầu nghĩa vụ tài chính "
        "được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia.",
        "deadline": "2023-10",
        "deadline_text": "Tháng 10/2023",
        "directing": "Trưởng bộ phận một cửa liên thông; Chủ tịch UBND các phường, xã",
        "lead": "Văn phòng HĐND và UBND thành phố; UBND các phường, xã",
        "cooperating": "Các phòng, đơn vị có liên quan",
        "notes": "",
        "directing_units": ["Bộ phận một cửa liên thông", "UBND các phường, xã"],
        "lead_units": ["Văn phòng HĐND và UBND thành phố", "UBND các phường, xã"],
        "cooperating_units": ["Các phòng, đơn vị có liên quan"],
        "status": "not_started",
        "days_late": None,
        "units_done": 0,
        "units_required": 10,
        "period": None,
    }


@pytest.mark.parametrize(
    "month", ["10/2023", "2023-10", "10-2023", "Tháng 10/2023", "thang 10/2023"]
)
def test_due_month_spellings(month: str) -> None:
    rows = as_json("due", "--month", month, "--as-of", "01/11/2023", "--no-ongoing")
    assert [(r["id"], r["status"]) for r in rows] == [(t, "late") for t in OCTOBER]


def test_ongoing_targets_come_after_and_can_be_hidden() -> None:
    """I.2 and II.2 report monthly: the October report covers 15/09–14/10/2023."""
    rows = as_json("due", "--month", "10/2023", "--as-of", "15/10/2023")
    assert [r["id"] for r in rows] == [*OCTOBER, "I.2", "II.2"]
    assert [(r["deadline"], r["status"], r["period"]) for r in rows[-2:]] == [
        (
            None,
            "unreported",
            {"reporting": "monthly", "start": "2023-09-15", "end": "2023-10-14"},
        )
    ] * 2
    rows = as_json("due", "--within", "45", "--as-of", "15/10/2023")  # to 29/11/2023
    assert [(r["id"], r["period"]["end"]) for r in rows if r["period"]] == [
        ("I.2", "2023-11-14"),
        ("II.2", "2023-11-14"),
    ]


def test_due_table_has_a_separate_ongoing_section() -> None:
    code, output = cds("due", "--month", "10/2023", "--as-of", "15/10/2023")
    assert code == 0
    lines = output.splitlines()
    assert lines[0] == "Chỉ tiêu đến hạn tháng 10/2023 (tình trạng đến ngày 15/10/2023)"
    section = lines.index("Báo cáo định kỳ của các chỉ tiêu thực hiện thường xuyên:")
    assert "| II.4 " in "\n".join(lines[:section])
    assert "| I.2 " in "\n".join(lines[section:])
    assert "\x1b[" not in output


def test_due_within_days() -> None:
    rows = as_json("due", "--within", "30", "--as-of", "15/10/2023", "--no-ongoing")
    assert [r["id"] for r in rows] == OCTOBER
    rows = as_json("due", "--within", "20", "--as-of", "15/11/2023", "--no-ongoing")
    assert [r["deadline"] for r in rows] == ["2023-11"] * 11


def test_due_defaults_to_the_month_of_as_of() -> None:
    rows = as_json("due", "--as-of", "05/10/2023", "--no-ongoing")
    assert [r["id"] for r in rows] == OCTOBER


def test_empty_result_is_friendly() -> None:
    assert cds("due", "--month", "01/2024", "--no-ongoing") == (
        0,
        "Chỉ tiêu đến hạn tháng 01/2024 (tình trạng đến ngày "
        + __import__("datetime").date.today().strftime("%d/%m/%Y")
        + ")\n"
        "Không có chỉ tiêu nào đến hạn trong thời gian này.\n"
        # a month already over, without --as-of: the statuses are today's (stderr, issue 16)
        "ghi chú: tháng 01/2024 đã qua; tình trạng tính đến hôm nay ("
        + __import__("datetime").date.today().strftime("%d/%m/%Y")
        + "); để xem như cuối tháng đó, thêm --as-of 31/01/2024\n"
        "\nSổ đăng ký: data/phu_luc_01.yaml\n",  # every table names the registry that answered
    )
    assert as_json("due", "--month", "01/2024", "--no-ongoing") == []
    assert cds("late", "--as-of", "01/05/2023", "--lang", "en") == (
        0,
        "Late targets not done, as of 01/05/2023\nNo targets are late as of 01/05/2023.\n"
        "\nRegistry: data/phu_luc_01.yaml\n",
    )


def test_late_on_a_given_day() -> None:
    rows = as_json("late", "--as-of", "01/12/2023")
    assert [(r["id"], r["days_late"]) for r in rows] == LATE_ON_1_DEC_2023


def test_last_day_of_month_is_due_not_late() -> None:
    on_the_day = as_json("late", "--as-of", "30/11/2023")
    assert "IV.8" not in [r["id"] for r in on_the_day]
    assert as_json("late", "--as-of", "2023-12-01")[-1]["id"] == "V.4"


def test_late_by_unit() -> None:
    """Each unit that owes, under its own name: a collective is never a heading, its members
    are; a row says the collective it is owed through."""
    rows = as_json("late", "--as-of", "01/12/2023", "--by-unit")
    units = list(dict.fromkeys(r["unit"] for r in rows))
    assert "UBND các phường, xã" not in units
    assert "Các phòng, đơn vị thuộc UBND thành phố" not in units
    assert units[0] == "Phòng Văn hóa và Thông tin"
    health = [r for r in rows if r["unit"] == "Phòng Y tế"]
    assert [r["id"] for r in health if r["via"] is None] == ["III.4", "IV.7", "IV.8"]
    # through "Các phòng, đơn vị thuộc UBND thành phố": the late targets that collective leads
    assert {r["via"] for r in health if r["via"]} == {"Các phòng, đơn vị thuộc UBND thành phố"}
    assert len(health) == 13
    assert all(r["in_place_of"] == [] for r in rows)  # the bundled catalog never changes


def test_late_by_unit_table_headings() -> None:
    code, output = cds("late", "--as-of", "01/12/2023", "--by-unit", "--lang", "en")
    assert code == 0
    assert "Phòng Y tế (13)" in output.splitlines()
    assert "| Days late" in output or "Days late" in output


def test_report_health_department() -> None:
    rows = as_json("report", "--unit", "Phòng Y tế", "--as-of", "01/12/2023")
    direct = [(r["id"], r["roles"], r["via"]) for r in rows if r["via"] is None]
    assert direct == [
        ("III.4", ["directing", "lead"], None),
        ("IV.7", ["directing", "lead"], None),
        ("IV.8", ["directing", "lead"], None),
    ]
    assert [r["id"] for r in rows] == [
        "I.1",
        "I.2",
        "I.3",
        "I.4",
        "I.5",
        "II.2",
        "II.3",
        "II.4",
        "II.5",
        "II.6",
        "II.7",
        "II.8",
        "II.9",
        "III.1",
        "III.2",
        "III.4",
        "IV.3",
        "IV.6",
        "IV.7",
        "IV.8",
        "V.1",
        "V.2",
        "V.3",
    ]
    by_id = {r["id"]: r for r in rows}
    assert (by_id["I.1"]["roles"], by_id["I.1"]["via"]) == (
        ["directing", "lead"],
        "Các phòng, đơn vị thuộc UBND thành phố",
    )
    assert (by_id["II.3"]["roles"], by_id["II.3"]["via"]) == (
        ["cooperating"],
        "Các phòng, đơn vị có liên quan",
    )


def test_report_summary_line() -> None:
    code, output = cds("report", "--unit", "phong y te", "--as-of", "01/12/2023")
    assert code == 0
    assert (
        output.splitlines()[0] == "Chỉ tiêu Phòng Y tế phụ trách (tình trạng đến ngày 01/12/2023)"
    )
    # The unit's own parts: nothing reported, the 13 it leads (named or through "Các phòng,
    # đơn vị") are all past their deadline; the 10 it only directs or cooperates on (7 late, 2
    # ongoing unreported, 1 not started for the city) are counted apart, never as its lateness.
    assert (
        output.splitlines()[-3] == "Tổng: 23 chỉ tiêu — Quá hạn: 13; Không có phần riêng (chỉ "
        "đạo, phối hợp): 10"
    )
    assert output.splitlines()[-1] == "Sổ đăng ký: data/phu_luc_01.yaml"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # reached through an alias
        (
            "Phòng Tài chính - KH",
            [
                ("III.1", ["lead", "cooperating"], None),
                ("III.2", ["lead", "cooperating"], None),
                ("IV.5", ["directing"], None),
            ],
        ),
        ("Văn phòng HĐND và UBND tp", None),
        # a ward, reached only through collectives
        ("phuong bac son", None),
        (
            "Công an thành phố",
            [
                ("I.5", ["cooperating"], None),
                ("II.5", ["directing", "lead"], None),
                ("IV.3", ["directing", "lead"], None),
                ("IV.6", ["cooperating"], None),
                ("V.1", ["cooperating"], None),
                ("V.2", ["cooperating"], None),
            ],
        ),
    ],
)
def test_report_other_units(query: str, expected: list[tuple[str, list[str], None]] | None) -> None:
    rows = as_json("report", "--unit", query, "--as-of", "01/12/2023")
    direct = [(r["id"], r["roles"], r["via"]) for r in rows if r["via"] is None]
    if expected is not None:
        assert direct == expected
    if query == "phuong bac son":
        assert direct == []
        assert {r["via"] for r in rows} == {
            "UBND các phường, xã",
            "UBND cấp xã đăng ký thực hiện CDS năm 2023",
        }
        assert len(rows) == 30  # all but I.1, which names only the departments
    if query == "Văn phòng HĐND và UBND tp":
        named_lead = {"role": "lead", "via": None, "in_place_of": None}
        assert [r["id"] for r in rows if named_lead in r["role_details"]] == [
            "II.1",
            "II.2",
            "II.3",
            "II.4",
            "II.6",
        ]


@pytest.mark.usefixtures("english")
def test_unknown_unit_is_usage_error_with_candidates() -> None:
    assert cds("report", "--unit", "Phòng Y") == (
        2,
        "cds: error: unknown unit 'Phòng Y'\n  hint: Did you mean: Phòng Y tế?\n",
    )


@pytest.mark.usefixtures("english")
def test_ambiguous_unit() -> None:
    code, output = cds("report", "--unit", "Phòng")
    assert code == 2
    assert output == "cds: error: unknown unit 'Phòng'\n  hint: run 'cds units' to list the units\n"


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["due", "--month", "13/2023"],
            "cds: error: invalid value for --month: '13/2023': there is no "
            "month 13\n  hint: write the month as mm/yyyy, e.g. 10/2023 (also 2023-10 or 'Tháng "
            "10/2023')\n",
        ),
        (
            ["late", "--as-of", "31/02/2023"],
            "cds: error: invalid value for --as-of: '31/02/2023': "
            "February 2023 has only 28 days\n  hint: write the date day-first as dd/mm/yyyy, e.g. "
            "01/12/2023 (or ISO 2023-12-01)\n",
        ),
        (["show", "II.44"], "cds: error: unknown target 'II.44'\n  hint: did you mean 'II.4'?\n"),
        (
            ["list", "--group", "VI"],
            "cds: error: unknown group 'VI'\n  hint: groups are I, II, III, IV, V\n",
        ),
        (
            ["list", "--deadline-from", "2023"],
            "cds: error: invalid value for --deadline-from: "
            "'2023' is not a month\n  hint: write the month as mm/yyyy, e.g. 10/2023 (also 2023-10 "
            "or 'Tháng 10/2023')\n",
        ),
        (
            ["due", "--month", "10/2023", "--within", "3"],
            "cds: error: give either --month or --within, not both\n",
        ),
        (
            ["list", "--role", "lead"],
            'cds: error: --role needs --unit\n  hint: e.g. --unit "Phòng Y tế" --role lead\n',
        ),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    assert cds(*args) == (2, message)


def test_wrong_format_is_usage_error() -> None:
    code, output = cds("late", "--format", "xml")
    assert code == 2
    assert "giá trị không hợp lệ cho --format" in output


def test_list_filters_combine() -> None:
    rows = as_json(
        "list", "--group", "II", "--unit", "Văn phòng HĐND và UBND thành phố", "--role", "lead"
    )
    # named as lead, and through "Các phòng, đơn vị" (II.8, II.9)
    assert [r["id"] for r in rows] == ["II.1", "II.2", "II.3", "II.4", "II.6", "II.8", "II.9"]
    rows = as_json(
        "list", "--deadline-from", "11/2023", "--deadline-to", "12/2023", "--group", "IV"
    )
    assert [(r["id"], r["deadline"]) for r in rows] == [
        ("IV.1", "2023-11"),
        ("IV.2", "2023-11"),
        ("IV.4", "2023-12"),
        ("IV.6", "2023-11"),
        ("IV.8", "2023-11"),
    ]
    rows = as_json("list", "--status", "unreported", "--as-of", "01/12/2023")
    assert [r["id"] for r in rows] == ["I.2", "II.2"]
    assert as_json("list", "--status", "ongoing", "--as-of", "01/12/2023") == []
    assert len(as_json("list")) == 31
    rows = as_json("list", "--status", "late", "--as-of", "01/12/2023", "--group", "v")
    assert [r["id"] for r in rows] == ["V.1", "V.2", "V.3", "V.4"]


def test_show_in_full() -> None:
    data = as_json("show", "ii.4", "--as-of", "01/12/2023")
    assert (data["id"], data["status"], data["days_late"]) == ("II.4", "late", 31)
    assert data["resolved"]["directing"] == [
        {"unit": "bo-phan-mot-cua", "name": "Bộ phận một cửa liên thông", "official": "Trưởng"},
        {"unit": "ubnd-cac-phuong-xa", "name": "UBND các phường, xã", "official": "Chủ tịch"},
    ]
    assert [
        (i["key"], i["comparator"], i["threshold"], i["value"]) for i in data["indicators"]
    ] == [
        ("online_payment_share", ">=", 30.0, None),
        ("procedures_paid_online", ">=", 60.0, None),
    ]


def test_show_table() -> None:
    code, output = cds("show", "IV.1", "--as-of", "01/12/2023")
    assert code == 0
    lines = [" ".join(line.split()) for line in output.splitlines()]
    assert lines[0] == "IV.1"
    assert "Trạng thái Quá hạn — 1 ngày (tính đến ngày 01/12/2023)" in lines
    assert "Thời gian hoàn thành Tháng 11/2023 (đến hết ngày 30/11/2023)" in lines
    assert "→ Phòng Văn hóa và Thông tin (Trưởng)" in lines


def test_units_catalog() -> None:
    rows = {r["id"]: r for r in as_json("units")}
    assert len(rows) == 36  # the 35 units of 2023, and UBND thành phố
    city = rows["ubnd-thanh-pho"]  # named by no target of the 2023 appendix
    assert (city["directing"], city["lead"], city["cooperating"]) == (0, 0, 0)
    health = rows["phong-y-te"]
    assert (health["directing"], health["lead"], health["cooperating"]) == (3, 3, 0)
    assert (
        health["directing_via_collective"],
        health["lead_via_collective"],
        health["cooperating_via_collective"],
    ) == (4, 12, 11)
    assert rows["ubnd-cac-phuong-xa"]["members"][0] == "UBND phường Bắc Sơn"
    assert rows["phong-tai-chinh-ke-hoach"]["aliases"][:2] == [
        "Phòng Tài chính - KH",
        "Phòng TC-KH",
    ]


def test_english_labels() -> None:
    code, output = cds(
        "due", "--month", "10/2023", "--as-of", "01/11/2023", "--lang", "en", "--no-ongoing"
    )
    assert code == 0
    assert output.splitlines()[0] == "Targets due in 10/2023 (status as of 01/11/2023)"
    assert "Lead units" in output and "Late" in output


def test_csv_and_markdown() -> None:
    code, output = cds("late", "--as-of", "01/12/2023", "--format", "csv")
    assert code == 0
    lines = output.splitlines()
    assert lines[0].startswith("id,group,group_title,content,deadline,deadline_text,")
    assert lines[1].startswith('I.1,I,Dữ liệu số,"100% các phòng, đơn vị')
    code, output = cds("late", "--as-of", "01/12/2023", "--format", "markdown", "--lang", "en")
    lines = output.splitlines()
    assert lines[:4] == [
        "**Late targets not done, as of 01/12/2023**",
        "",
        "| ID | Target | Lead units | Deadline | Days late |",
        "| --- | --- | --- | --- | --- |",
    ]
    assert lines[4].startswith("| I.1 | 100% các phòng, đơn vị thuộc UBND thành phố")
    assert lines[4].endswith("| Các phòng, đơn vị thuộc UBND thành phố | Tháng 5/2023 | 184 |")


@pytest.mark.usefixtures("english")
def test_invalid_registry_stops_queries_with_its_problems(write_registry: Any) -> None:
    path = write_registry(("value: 80\n", "value: 180\n"))
    line = path.read_text(encoding="utf-8").splitlines().index("            value: 180") + 1
    code, output = cds("late", "--registry", str(path))
    assert code == 1
    assert output.splitlines()[:2] == [
        f"cds: error: the registry {path} has 1 problem; fix it (see 'cds validate')",
        f"{path}:{line}:20: percentage 180 is outside 0–100",
    ]


COMMANDS_WITH_OPTIONS = [
    ["due"],
    ["late"],
    ["report", "--unit", "Phòng Y tế"],
    ["list"],
    ["show", "II.4"],
    ["units"],
    ["progress", "list"],
]


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("command", COMMANDS_WITH_OPTIONS, ids=" ".join)
def test_every_command_refuses_a_wrong_format_and_registry(command: list[str]) -> None:
    code, output = cds(*command, "--format", "xml")
    assert code == 2
    assert "invalid value for --format" in output
    code, output = cds(*command, "--registry", "khong-co/phu_luc_01.yaml")
    assert (code, output.splitlines()[0]) == (
        2,
        "cds: error: --registry: no registry file at 'khong-co/phu_luc_01.yaml'",
    )


@pytest.mark.parametrize(
    "command", [c for c in COMMANDS_WITH_OPTIONS if c[0] not in ("units", "progress")], ids=" ".join
)
def test_every_command_refuses_a_wrong_date(command: list[str]) -> None:
    assert cds(*command, "--as-of", "31/02/2023")[0] == 2


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    "command",
    [["report", "--unit"], ["list", "--unit"], ["progress", "list", "--unit"]],
    ids=" ".join,
)
def test_every_unit_option_refuses_an_unknown_unit(command: list[str]) -> None:
    code, output = cds(*command, "Phòng Y")
    assert (code, output) == (
        2,
        "cds: error: unknown unit 'Phòng Y'\n  hint: Did you mean: Phòng Y tế?\n",
    )


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("command", [["show"], ["progress", "list"]], ids=" ".join)
def test_every_target_argument_refuses_an_unknown_target(command: list[str]) -> None:
    code, output = cds(*command, "II.44")
    assert (code, output) == (
        2,
        "cds: error: unknown target 'II.44'\n  hint: did you mean 'II.4'?\n",
    )
