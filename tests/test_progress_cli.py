"""Recording and reading progress through the CLI, and the status that follows from it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()


def cds(folder: Path, *args: str) -> tuple[int, str]:
    result = runner.invoke(app, [*args, "--registry", str(folder)])
    return result.exit_code, result.output


def add(folder: Path, target: str, unit: str, status: str, date: str, *extra: str) -> str:
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
    found = re.match(r"Đã ghi tiến độ ([0-9a-f]+): ", output)
    assert found, output
    return found[1]


def as_json(folder: Path, *args: str) -> Any:
    code, output = cds(folder, *args, "--format", "json")
    assert code == 0, output
    return json.loads(output)


def status(folder: Path, target: str, as_of: str) -> tuple[str, int | None]:
    data = as_json(folder, "show", target, "--as-of", as_of)
    return data["status"], data["days_late"]


def test_add_appends_and_status_follows(own_registry: Path) -> None:
    entry = add(
        own_registry,
        "III.4",
        "Phòng Y tế",
        "in_progress",
        "15/10/2023",
        "--value",
        "80",
        "--note",
        "Đã có 8/10 cơ sở",
    )
    file = own_registry / "progress" / "phong-y-te.yaml"
    text = file.read_text(encoding="utf-8")
    assert (
        f'\n- {{"id": "{entry}", "target": "III.4", "unit": "phong-y-te", "status": '
        '"in_progress", "date": "2023-10-15", "values": {"health_facilities_cashless": 80.0}, '
        '"note": "Đã có 8/10 cơ sở", "written": "' in text
    )
    assert status(own_registry, "III.4", "20/10/2023") == ("in_progress", None)
    assert status(own_registry, "III.4", "14/10/2023") == ("not_started", None)
    assert status(own_registry, "III.4", "01/11/2023") == ("late", 1)
    add(own_registry, "III.4", "phong y te", "done", "31/10/2023", "--value", "100")
    assert status(own_registry, "III.4", "31/10/2023") == ("done", None)
    assert status(own_registry, "III.4", "01/12/2023") == ("done", None)


def test_done_after_the_deadline_is_done_late(own_registry: Path) -> None:
    add(own_registry, "III.4", "Phòng Y tế", "done", "03/11/2023", "--value", "100")
    assert status(own_registry, "III.4", "02/11/2023") == ("late", 2)
    assert status(own_registry, "III.4", "05/11/2023") == ("done_late", 3)


def test_collective_needs_every_member(own_registry: Path) -> None:
    """IV.4 is led by 'UBND các phường, xã': done only when all 9 wards and communes are."""
    wards = [
        "Phường Bắc Sơn",
        "Phường Nam Sơn",
        "Phường Trung Sơn",
        "Phường Tây Sơn",
        "Phường Tân Bình",
        "Phường Yên Bình",
        "Xã Đông Sơn",
        "Xã Quang Sơn",
        "Xã Yên Sơn",
    ]
    for ward in wards[:7]:
        add(own_registry, "IV.4", ward, "done", "01/12/2023", "--value", "25")
    data = as_json(own_registry, "show", "IV.4", "--as-of", "10/12/2023")
    assert (data["status"], data["units_done"], data["units_required"]) == ("in_progress", 7, 9)
    assert [(m["unit"], m["status"]) for m in data["members"]][6:] == [
        ("UBND xã Đông Sơn", "done"),
        ("UBND xã Quang Sơn", None),
        ("UBND xã Yên Sơn", None),
    ]
    code, output = cds(own_registry, "show", "IV.4", "--as-of", "10/12/2023")
    assert code == 0
    assert "Phần việc của từng đơn vị (7/9 hoàn thành)" in output
    assert "Đang thực hiện (7/9)" in output
    # scope each, percentages without counts: a mean of 7 × 25, incomplete
    (figure,) = data["indicators"]
    assert (figure["value"], figure["estimate"], figure["verdict"], figure["coverage"]) == (
        25.0,
        True,
        "incomplete",
        {"reported": 7, "expected": 9},
    )
    for ward in wards[7:]:
        add(own_registry, "IV.4", ward, "done", "15/12/2023", "--value", "21")
    assert status(own_registry, "IV.4", "31/12/2023") == ("done", None)
    (figure,) = as_json(own_registry, "show", "IV.4", "--as-of", "31/12/2023")["indicators"]
    # (7 × 25 + 2 × 21) / 9 = 217 / 9 ≈ 24.11 > 20: met, though only an estimate
    assert figure["value"] == 217 / 9
    assert (figure["estimate"], figure["verdict"]) == (True, "met")
    assert figure["series"] == [
        {"date": "2023-12-01", "value": 25.0},
        {"date": "2023-12-15", "value": 217 / 9},
    ]


def test_latest_entry_per_unit_counts(own_registry: Path) -> None:
    add(own_registry, "III.3", "Phòng Giáo dục và Đào tạo", "done", "10/10/2023")
    add(
        own_registry,
        "III.3",
        "Phòng Giáo dục và Đào tạo",
        "in_progress",
        "20/10/2023",
        "--note",
        "Phát hiện 2 trường chưa triển khai",
    )
    assert status(own_registry, "III.3", "15/10/2023") == ("done", None)
    assert status(own_registry, "III.3", "25/10/2023") == ("in_progress", None)


def test_correction_replaces_without_deleting(own_registry: Path) -> None:
    wrong = add(own_registry, "III.3", "Phòng Giáo dục và Đào tạo", "done", "10/10/2023")
    fixed = add(
        own_registry,
        "III.3",
        "Phòng Giáo dục và Đào tạo",
        "in_progress",
        "10/10/2023",
        "--corrects",
        wrong,
        "--note",
        "Nhầm: chưa xong",
    )
    assert status(own_registry, "III.3", "15/10/2023") == ("in_progress", None)
    history = as_json(own_registry, "progress", "list", "III.3")
    assert [(h["id"], h["corrected_by"], h.get("corrects")) for h in history] == [
        (fixed, None, wrong),
        (wrong, fixed, None),
    ]


def test_ongoing_never_late_but_owes_a_report_each_period(own_registry: Path) -> None:
    """I.2 is ongoing and reports monthly: 15/11–14/12/2023 holds 01/12/2023. The 2023 plan's
    windows end in 2023 (docs/progress.md): after 14/12/2023 it is asked about that last one,
    owed until the year's end; from 1/1/2024 the plan asks nothing more (as `due`, `remind`)."""
    # never late; nobody reported in the plan's last period (15/11–14/12/2023): after the plan's
    # year "Chưa báo cáo kỳ cuối", never "Thường xuyên" (clerk review 11, C)
    assert status(own_registry, "I.2", "01/01/2030") == ("unreported", None)
    assert status(own_registry, "I.2", "31/12/2023") == ("unreported", None)
    assert status(own_registry, "I.2", "01/12/2023") == ("unreported", None)
    add(own_registry, "I.2", "Phòng Văn hóa và Thông tin", "in_progress", "14/11/2023")
    assert status(own_registry, "I.2", "01/12/2023") == ("unreported", None)  # last period's
    add(own_registry, "I.2", "Phòng Văn hóa và Thông tin", "done", "15/11/2023")
    assert status(own_registry, "I.2", "01/12/2023") == ("ongoing", None)  # done = this period
    assert status(own_registry, "I.2", "14/12/2023") == ("ongoing", None)
    assert status(own_registry, "I.2", "13/11/2023") == ("unreported", None)  # before either
    # 15/12/2023 opens the 2024 plan's first window: the 2023 plan asks for no more reports;
    # its last one came (15/11/2023), so every lead reported: "Thường xuyên"
    assert status(own_registry, "I.2", "15/01/2024") == ("ongoing", None)
    assert status(own_registry, "I.2", "01/01/2030") == ("ongoing", None)


def test_done_below_the_threshold_names_the_indicator_as_other_outputs_do(
    own_registry: Path,
) -> None:
    """Issue 12: the warning named the key (websites_security_labelled), wrote 37.5 with a point
    and the comparator as '>='; now the indicator's name, '37,5%' and '≥ 100%' as `show` does."""
    args = ("progress", "add", "I.5", "--unit", "Y tế", "--status", "hoàn thành", "--value")
    name = (
        "Tỷ lệ trang thông tin điện tử được đánh giá an toàn thông tin và gắn nhãn tín nhiệm mạng"
    )
    code, output = cds(own_registry, *args, "3/8")
    assert code == 0
    assert output.splitlines()[-1] == (
        f"cảnh báo: báo hoàn thành nhưng {name} = 37,5% chưa đạt ≥ 100%"
    )
    code, output = cds(own_registry, *args, "3/5", "--lang", "en")
    assert code == 0
    assert output.splitlines()[-1] == f"warning: marked done, but {name} = 60% does not meet ≥ 100%"


def test_indicator_readings_and_flag(own_registry: Path) -> None:
    code, output = cds(
        own_registry,
        "progress",
        "add",
        "II.4",
        "--unit",
        "Văn phòng HĐND và UBND thành phố",
        "--status",
        "done",
        "--date",
        "20/10/2023",
        "--value",
        "online_payment_share=27.5",
        "--value",
        "procedures_paid_online=65",
    )
    assert code == 0
    assert output.splitlines()[-1] == (
        "cảnh báo: báo hoàn thành nhưng Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc "
        "gia trên tổng số giao dịch thanh toán của dịch vụ công = 27,5% chưa đạt ≥ 30%"
    )
    data = as_json(own_registry, "show", "II.4", "--as-of", "25/10/2023")
    # scope each: 1 of II.4's 10 parts reported, so no verdict yet
    assert [(i["key"], i["latest"], i["met"], i["verdict"]) for i in data["indicators"]] == [
        ("online_payment_share", 27.5, None, "incomplete"),
        ("procedures_paid_online", 65.0, None, "incomplete"),
    ]
    report = as_json(own_registry, "report", "--unit", "van-phong", "--as-of", "25/10/2023")
    row = next(r for r in report if r["id"] == "II.4")
    assert row["flagged"] is False  # the wards have not reported: II.4 is not done
    assert [(i["key"], i["value"], i["coverage"]) for i in row["indicators"]] == [
        ("online_payment_share", 27.5, {"reported": 1, "expected": 10}),
        ("procedures_paid_online", 65.0, {"reported": 1, "expected": 10}),
    ]
    wide = runner.invoke(
        app,
        ["report", "--unit", "van-phong", "--as-of", "25/10/2023", "--registry", str(own_registry)],
        env={"COLUMNS": "300"},
    )
    assert (
        "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch "
        "thanh toán của dịch vụ công: 27,5% / ≥ 30% — chưa đủ số liệu (1/10 đơn vị)"
    ) in wide.output


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["II.4", "--unit", "Phòng Y", "--status", "done"],
            "cds: error: unknown unit 'Phòng Y'\n  hint: Did you mean: Phòng Y tế?\n",
        ),
        (
            ["II.44", "--unit", "van-phong", "--status", "done"],
            "cds: error: unknown target 'II.44'\n  hint: did you mean 'II.4'?\n",
        ),
        (
            ["III.4", "--unit", "Phòng Kinh tế", "--status", "done"],
            "cds: error: Phòng Kinh tế is not assigned to III.4 (neither named nor in a collective "
            "named as directing, lead or cooperating)\n  hint: check --unit and the target id, or "
            "add --force to record it anyway (marked as forced)\n",
        ),
        (
            ["III.4", "--unit", "Phòng Y tế", "--status", "done", "--date", "01/01/2999"],
            "cds: error: --date 01/01/2999 is in the future\n  hint: report what has happened, "
            "dated today or earlier\n",
        ),
        (
            ["III.4", "--unit", "Phòng Y tế", "--status", "done", "--date", "31/02/2023"],
            "cds: error: invalid value for --date: '31/02/2023': February 2023 has only 28 days\n"
            "  hint: write the date day-first as dd/mm/yyyy, e.g. 01/12/2023 (or ISO 2023-12-01)\n",
        ),
        (
            ["III.4", "--unit", "Phòng Y tế", "--status", "done", "--value", "abc"],
            "cds: error: --value abc: 'abc' is not a number\n  hint: give a number (35; 35%; 27.5 "
            "or 27,5) or counts (7/20: 7 of 20), e.g. --value health_facilities_cashless=7/20\n",
        ),
        (
            ["III.4", "--unit", "Phòng Y tế", "--status", "done", "--value", "120"],
            "cds: error: --value 120: a percentage must be within 0–100\n",
        ),
        (
            ["III.4", "--unit", "Phòng Y tế", "--status", "done", "--value", "cashless=5"],
            "cds: error: --value: III.4 has no indicator 'cashless'\n  hint: indicators of III.4: "
            "health_facilities_cashless\n",
        ),
        (
            [
                "II.1",
                "--unit",
                "Văn phòng HĐND và UBND thành phố",
                "--status",
                "done",
                "--value",
                "5",
            ],
            "cds: error: --value 5: say which indicator, as key=value\n  hint: II.1 has no "
            "indicators yet: add an indicators: list to the target in the plan's file (example: "
            "docs/registry-format.md, section Indicators), then run cds validate\n",
        ),
        (
            ["III.4", "--unit", "Phòng Y tế", "--status", "done", "--corrects", "abcdef123456"],
            # typed where it was, the command lists this run's registry (--registry, as given)
            "cds: error: --corrects: no entry 'abcdef123456'\n  hint: see the ids with 'cds "
            "--registry REGISTRY progress list III.4'\n",
        ),
        (
            ["IV.4", "--unit", "UBND các phường, xã", "--status", "done"],
            "cds: error: 'UBND các phường, xã' is a collective; report as one of its members\n"
            '  hint: e.g. --unit "UBND phường Bắc Sơn"\n',
        ),
    ],
)
def test_add_refusals_write_nothing(own_registry: Path, args: list[str], message: str) -> None:
    code, output = cds(own_registry, "progress", "add", *args)
    assert (code, output) == (2, message.replace("REGISTRY", str(own_registry)))
    assert list((own_registry / "progress").glob("*.yaml")) == []


def test_wrong_status_is_usage_error(own_registry: Path) -> None:
    code, output = cds(
        own_registry, "progress", "add", "III.4", "--unit", "Phòng Y tế", "--status", "finished"
    )
    assert code == 2
    assert "tình trạng không hợp lệ: 'finished'" in output


def test_force_records_and_marks(own_registry: Path) -> None:
    add(own_registry, "III.4", "Phòng Kinh tế", "in_progress", "01/10/2023", "--force")
    text = (own_registry / "progress" / "phong-kinh-te.yaml").read_text(encoding="utf-8")
    assert ', "forced": true, "written": "' in text
    [entry] = as_json(own_registry, "progress", "list")
    assert entry["forced"] is True


def test_bundled_registry_is_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    from cds_tracker.app.discovery import find_registry

    assert find_registry().bundled
    result = runner.invoke(
        app, ["progress", "add", "III.4", "--unit", "Phòng Y tế", "--status", "done"]
    )
    assert (result.exit_code, result.output) == (
        2,
        "cds: lỗi: sổ đăng ký đang dùng là bản chỉ đọc kèm theo cds; chưa ghi gì\n"
        "  gợi ý: tạo sổ của riêng bạn bằng 'cds init THƯ_MỤC', rồi chạy cds trong thư mục đó "
        "(hoặc dùng --registry THƯ_MỤC, CDS_REGISTRY)\n",
    )


@pytest.mark.usefixtures("english")
def test_init_refuses_to_overwrite(own_registry: Path) -> None:
    result = runner.invoke(app, ["init", str(own_registry)])
    assert result.exit_code == 2
    assert result.output.startswith(
        f"cds: error: '{own_registry / 'phu_luc_01.yaml'}' already exists; nothing was written"
    )


def test_init_creates_a_working_registry(tmp_path: Path) -> None:
    result = runner.invoke(app, ["init", str(tmp_path / "mine")])
    assert result.exit_code == 0
    assert sorted(
        str(p.relative_to(tmp_path / "mine")) for p in (tmp_path / "mine").rglob("*")
    ) == [
        ".gitattributes",
        "phu_luc_01.yaml",
        "progress",
        "progress/.gitignore",
        "schema",
        "schema/progress.schema.json",
        "schema/registry.schema.json",
    ]
    assert (
        (tmp_path / "mine" / ".gitattributes").read_text().endswith("progress/*.yaml merge=union\n")
    )
    assert "--registry " in result.output


def test_progress_list_filters_and_order(own_registry: Path) -> None:
    a = add(own_registry, "III.4", "Phòng Y tế", "in_progress", "01/10/2023")
    b = add(own_registry, "IV.7", "Phòng Y tế", "in_progress", "05/10/2023")
    c = add(own_registry, "III.3", "Phòng Giáo dục và Đào tạo", "done", "03/10/2023")
    assert [e["id"] for e in as_json(own_registry, "progress", "list")] == [b, c, a]
    assert [e["id"] for e in as_json(own_registry, "progress", "list", "iii.4")] == [a]
    assert [
        e["id"]
        for e in as_json(
            own_registry, "progress", "list", "--unit", "phong y te", "--from", "02/10/2023"
        )
    ] == [b]
    assert [e["id"] for e in as_json(own_registry, "progress", "list", "--to", "2023-10-03")] == [
        c,
        a,
    ]
    assert cds(own_registry, "progress", "list", "--from", "40/10/2023") == (
        2,
        "cds: lỗi: giá trị không hợp lệ cho --from: '40/10/2023': tháng 10 chỉ có 31 ngày\n"
        "  gợi ý: viết ngày theo dạng dd/mm/yyyy, ví dụ 01/12/2023 (hoặc ISO 2023-12-01)\n",
    )


def test_validate_reports_progress_problems(own_registry: Path) -> None:
    file = own_registry / "progress" / "phong-y-te.yaml"
    file.write_text(
        "# hand-edited\n"
        "- id: aaaaaa111111\n  target: III.9\n  unit: phong-y-te\n  status: done\n"
        "  date: '2023-10-01'\n  written: '2023-10-02T08:00:00+07:00'\n"
        "- id: bbbbbb222222\n  target: III.4\n  unit: phong-kinh-te\n  status: finished\n"
        "  date: '2023-10-05'\n  written: '2023-10-01T08:00:00+07:00'\n"
        "- id: cccccc333333\n  target: III.4\n  unit: phong-y-te\n  status: done\n"
        "  date: '2023-10-05'\n  written: '2023-10-01T08:00:00+07:00'\n"
        "  values:\n    health_facilities_cashless: nhiều\n    cashless: 5\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(own_registry), "--lang", "en"])
    assert result.exit_code == 1
    shown = str(file)
    headings = [line for line in result.output.splitlines() if line.startswith(shown)]
    assert headings == [
        f"{shown}:3:11: unknown target 'III.9'",
        f"{shown}:11:11: 'status' must be one of not_started, in_progress, done, not 'finished'",
        f"{shown}:21:33: 'health_facilities_cashless': must be a number",
    ]
    assert result.output.splitlines()[-1] == "3 problems in 1 file (2 files checked)."


@pytest.mark.usefixtures("english")
def test_validate_entry_dated_after_written_and_wrong_file(own_registry: Path) -> None:
    file = own_registry / "progress" / "phong-y-te.yaml"
    file.write_text(
        "- id: aaaaaa111111\n  target: III.4\n  unit: phong-kinh-te\n  status: done\n"
        "  date: '2023-10-05'\n  written: '2023-10-01T08:00:00+07:00'\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["validate", str(own_registry)])
    assert result.exit_code == 1
    assert [line for line in result.output.splitlines() if line.startswith(str(file))] == [
        f"{file}:3:9: entry of unit 'phong-kinh-te' in the file of 'phong-y-te'",
        f"{file}:5:9: entry is dated 05/10/2023, after it was written (01/10/2023)",
    ]


def test_queries_stop_on_invalid_progress(own_registry: Path) -> None:
    (own_registry / "progress" / "phong-y-te.yaml").write_text("- [\n", encoding="utf-8")
    code, output = cds(own_registry, "late")
    assert code == 1
    assert output.startswith(
        f"cds: lỗi: các tệp tiến độ của {own_registry / 'phu_luc_01.yaml'}"
        " có 1 lỗi; hãy sửa (xem 'cds validate')\n"
    )
