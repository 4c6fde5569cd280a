"""Two plans side by side: --plan, cds plans, --all-plans, carry-over, merged wards, diff."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from appendix_files import write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import _lift_plan_option, app
from cds_tracker.core.records import Deadline
from cds_tracker.registry.importing.writing import to_yaml
from cds_tracker.registry.loading import load_registry
from cds_tracker.registry.yamlio import parse

runner = CliRunner()
WARDS = ("phuong-trung-son", "phuong-tay-son", "phuong-tan-binh", "phuong-yen-binh")
COMMUNES = ("xa-dong-son", "xa-quang-son", "xa-yen-son")
PLAN_2024 = [
    ("header",),
    ("group", "I. Dữ liệu số"),
    (
        "1.",
        "100% UBND các phường, xã số hóa hồ sơ thủ tục hành chính.",
        "Chủ tịch UBND các phường, xã",
        "UBND các phường, xã",
        "Phòng Văn hóa và Thông tin",
        "Tháng 9/2024",
        "",
    ),
]
HEADING = [
    "Phụ lục 01",
    "Phân công phụ trách các chỉ tiêu năm 2024",
    "(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]


def cds(*args: str, stdin: str | None = None) -> Any:
    return runner.invoke(app, list(args), input=stdin)


def ok(*args: str) -> str:
    result = cds(*args)
    assert result.exit_code == 0, result.output
    return str(result.output)


def out(*args: str) -> str:
    """stdout alone: without --plan, today's year has no plan here, which stderr says."""
    result = cds(*args)
    assert result.exit_code == 0, result.output
    return str(result.stdout)


def status(plan: str, target: str, as_of: str) -> tuple[str, int, int]:
    rows = json.loads(ok("--plan", plan, "list", "--format", "json", "--as-of", as_of))
    row = next(r for r in rows if r["id"] == target)
    return row["status"], row["units_done"], row["units_required"]


ROW = re.compile(r"^\| ([IVX]+\.\d+ \(\d{4}\)) +\| (\S+) +\| (.+?) +\| (.+?) +\|$")


def proposed(output: str) -> dict[str, tuple[str, str, str]]:
    """The rows of carry-over's table (at the tests' 100 columns none wraps): the origin as the
    documents cite it, "II.4 (2023)" → (new id, status in the old plan, deadline in the new
    one)."""
    found = (ROW.match(line) for line in output.splitlines())
    return {m[1]: (m[2], m[3], m[4]) for m in found if m}


def report(plan: str, target: str, unit: str, state: str, day: str) -> None:
    ok("--plan", plan, "progress", "add", target, "--unit", unit, "--status", state, "--date", day)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """plans/2023 as `cds init` makes it; plans/2024 imported from a Word appendix."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    source = write_docx(tmp_path / "ke-hoach-2024.docx", PLAN_2024, HEADING)
    out = "plans/2024/phu_luc_01.yaml"
    ok("import", str(source), "--out", out, "--registry", "plans/2023")
    return tmp_path


def test_plan_choice_and_listing(workspace: Path) -> None:
    # Today (not 2023 nor 2024 in the tests' future) has no plan of its own: the latest is used.
    assert json.loads(out("list", "--format", "json"))[0]["content"].startswith("100% UBND các")
    assert len(json.loads(ok("--plan", "2023", "list", "--format", "json"))) == 31
    plans = json.loads(ok("plans", "--as-of", "31/12/2023", "--format", "json"))
    assert [(p["plan"], p["year"], p["targets"], p["in_use"]) for p in plans] == [
        ("2023", 2023, 31, True),  # the plan of the year asked about
        ("2024", 2024, 1, False),
    ]
    # Nothing reported in 2023; on 31/12/2023: the 2 ongoing (I.2, II.2) owe this month's
    # report (unreported), 2 are due that very month (III.1, IV.4: due, not late), 27 are late.
    counts = [plans[0][s] for s in ("late", "not_started", "unreported", "ongoing", "done")]
    assert counts == [27, 2, 2, 0, 0]
    assert (plans[1]["not_started"], plans[1]["late"]) == (1, 0)
    missing = cds("--plan", "2022", "list")
    assert missing.exit_code == 2
    assert (
        "không có kế hoạch '2022' trong thư mục làm việc này (các kế hoạch: 2023, 2024)"
        in missing.output
    )
    both = cds("--plan", "2023", "list", "--registry", "plans/2024", "--format", "json")
    assert (both.exit_code, both.output.splitlines()[0]) == (  # neither silently ignored (a18_01)
        2,
        "cds: lỗi: --plan và --registry cùng chọn sổ đăng ký; chỉ dùng một trong hai",
    )
    registry = ok("list", "--registry", "plans/2024", "--format", "json")
    assert len(json.loads(registry)) == 1


def test_plan_option_after_the_command() -> None:
    argv = ["cds", "due", "--as-of", "01/10/2024", "--plan", "2024"]
    _lift_plan_option(argv)
    assert argv == ["cds", "--plan", "2024", "due", "--as-of", "01/10/2024"]
    argv = ["cds", "report", "--plan=2023", "--unit", "Y tế"]
    _lift_plan_option(argv)
    assert argv == ["cds", "--plan=2023", "report", "--unit", "Y tế"]


def test_carry_over_then_all_plans(workspace: Path) -> None:
    report("2023", "II.7", "Phòng Văn hóa và Thông tin", "done", "20/07/2023")
    # due 10/2023, still in progress at the carry-over (a report dated after it would belong to
    # 2024: progress add refuses it in 2023, tests/test_carried_reports.py)
    report("2023", "III.4", "Phòng Y tế", "in_progress", "20/12/2023")
    refused = cds(
        "carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", stdin="n\n"
    )
    assert refused.exit_code == 0
    assert refused.output.splitlines()[0] == (
        "30 chỉ tiêu chưa hoàn thành của kế hoạch 2023 sẽ chuyển vào plans/2024/phu_luc_01.yaml:"
    )
    # The 2024 plan has only group I: group II is created with its 2023 numeral; II.7 is done,
    # so II.8 and II.9 move up. III.4 is in progress: unfinished on 31/12/2023. A target
    # due in 10/2023 would be late on its first day in the 2024 plan: due 12/2024 instead; the
    # ongoing I.2 keeps its deadline. Each row: origin, new id, status in 2023, deadline; the
    # target's text on the lines under it.
    rows = proposed(refused.output)
    assert len(rows) == 30
    assert rows["II.4 (2023)"] == ("II.4", "Quá hạn", "Tháng 10/2023 → Tháng 12/2024")
    assert rows["I.2 (2023)"] == ("I.3", "Chưa báo cáo kỳ này", "Thường xuyên")
    assert "II.7 (2023)" not in rows
    assert rows["II.8 (2023)"] == ("II.7", "Quá hạn", "Tháng 10/2023 → Tháng 12/2024")
    assert rows["III.4 (2023)"] == ("III.4", "Quá hạn", "Tháng 10/2023 → Tháng 12/2024")
    assert rows["I.1 (2023)"] == ("I.2", "Quá hạn", "Tháng 5/2023 → Tháng 12/2024")
    lines = refused.output.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("| II.4 (2023) "))
    assert lines[at + 1].startswith("| 30% thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia")
    assert refused.output.rstrip().endswith("Chưa ghi gì.")
    assert len(json.loads(ok("--plan", "2024", "list", "--format", "json"))) == 1
    written = ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    assert written.splitlines()[-3:] == [
        "Đã ghi 30 chỉ tiêu vào plans/2024/phu_luc_01.yaml.",
        # III.4's last report (in progress, 20/12/2023) goes with it, in Phòng Y tế's file
        "Đã chép 1 báo cáo cuối của phần việc chưa hoàn thành sang kế hoạch mới.",
        "Đã ghi dấu 'đã chuyển' cho 30 chỉ tiêu trong plans/2023/phu_luc_01.yaml.",
    ]
    assert ok("validate", "plans/2024") == "Hợp lệ: 2 tệp.\n"
    assert ok("validate", "plans/2023") == "Hợp lệ: 3 tệp.\n"  # the registry, two progress
    data = parse((workspace / "plans/2024/phu_luc_01.yaml").read_text(encoding="utf-8"))
    groups = {g["id"]: g for g in data["groups"]}
    assert [t["id"] for t in groups["I"]["targets"]] == ["I.1", "I.2", "I.3", "I.4", "I.5", "I.6"]
    assert next(t for t in groups["II"]["targets"] if t["id"] == "II.4")["carried_from"] == (
        "2023/II.4"
    )
    # Every field as in 2023, but its origin and its deadline (the new plan's last month).
    new = load_registry(workspace / "plans/2024/phu_luc_01.yaml").registry
    old = load_registry(workspace / "plans/2023/phu_luc_01.yaml").registry
    assert new is not None and old is not None
    carried = next(t for _, t in new.targets() if t.id == "II.4")
    before = next(t for _, t in old.targets() if t.id == "II.4")
    # The 2023 target says where it went and since when (its registry describes itself).
    assert (before.carried_to, before.carried_on) == ("2024/II.4", "2023-12-31")
    assert carried == before._replace(
        carried_from="2023/II.4",
        carried_to=None,
        carried_on=None,
        deadline=Deadline("Tháng 12/2024", "2024-12"),
    )
    ongoing = next(t for _, t in new.targets() if t.carried_from == "2023/I.2")
    assert ongoing.deadline == Deadline("Thường xuyên", "ongoing")
    assert [g["title"] for g in data["groups"]] == [
        "Dữ liệu số",
        "Chính quyền số",
        "Kinh tế số",
        "Xã hội số",
        "An toàn, an ninh mạng",
    ]
    again = ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    assert again.splitlines() == [  # already carried: nothing twice, nothing asked
        "Kế hoạch 2023 không còn chỉ tiêu chưa hoàn thành nào để chuyển vào "
        "plans/2024/phu_luc_01.yaml (30 chỉ tiêu đã chuyển trước đây); chưa ghi gì."
    ]
    plans = sorted((workspace / "plans").rglob("*.yaml"))
    before = [p.read_bytes() for p in plans]
    english = cds(
        "carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--lang", "en"
    )
    assert (english.exit_code, english.output) == (  # and no question: nothing to answer
        0,
        "Plan 2023 has no unfinished target left to carry into plans/2024/phu_luc_01.yaml (30 "
        "carried before); nothing was written.\n",
    )
    assert sorted((workspace / "plans").rglob("*.yaml")) == plans
    assert [p.read_bytes() for p in plans] == before
    # Both plans answer together. Công an thành phố is named in six 2023 targets: I.5, IV.6,
    # V.1, V.2 (cooperating), II.5 and IV.3 (directing and lead), all due 10 or 11/2023 and
    # carried on 31/12/2023 (their last day in 2023): from the next day they are followed in 2024
    # (I.5 becomes I.6 after the plan's own I.1), due 12/2024: not started yet; in 2023 they are
    # carried, not late.
    both = json.loads(
        ok(
            "report",
            "--unit",
            "Công an thành phố",
            "--all-plans",
            "--as-of",
            "01/01/2024",
            "-f",
            "json",
        )
    )
    assert [(p["plan"], [(r["id"], r["status"], r["roles"]) for r in p["rows"]]) for p in both] == [
        (
            "2023",
            [
                ("I.5", "carried_over", ["cooperating"]),
                ("II.5", "carried_over", ["directing", "lead"]),
                ("IV.3", "carried_over", ["directing", "lead"]),
                ("IV.6", "carried_over", ["cooperating"]),
                ("V.1", "carried_over", ["cooperating"]),
                ("V.2", "carried_over", ["cooperating"]),
            ],
        ),
        (
            "2024",
            [
                ("I.6", "not_started", ["cooperating"]),
                ("II.5", "not_started", ["directing", "lead"]),
                ("IV.3", "not_started", ["directing", "lead"]),
                ("IV.6", "not_started", ["cooperating"]),
                ("V.1", "not_started", ["cooperating"]),
                ("V.2", "not_started", ["cooperating"]),
            ],
        ),
    ]
    late = json.loads(ok("late", "--all-plans", "--as-of", "31/12/2023", "--format", "json"))
    # On the carry day, 2023 still follows them: the 27 late less II.7, done; 2024: none (its
    # own I.1 is due 9/2024, the carried ones 12/2024).
    assert [(p["plan"], len(p["rows"])) for p in late] == [("2023", 26), ("2024", 0)]
    late = json.loads(ok("late", "--all-plans", "--as-of", "15/01/2025", "--format", "json"))
    # 2023: nothing late: each of its 29 dated targets is done (II.7) or carried on 31/12/2023
    # (III.4 too: only in progress). 2024: its own I.1, late 107 days
    # (30/09/2024 → 15/01/2025), then the 28 dated targets carried, 15 days late: 30 carried
    # less the ongoing I.3 (was I.2) and II.2; their progress stays in 2023.
    assert late[0]["rows"] == []
    assert [(r["id"], r["days_late"]) for r in late[1]["rows"]] == [("I.1", 107)] + [
        (i, 15)
        for i in ["I.2", "I.4", "I.5", "I.6", "II.1", "II.3", "II.4", "II.5", "II.6", "II.7"]
        + ["II.8", *(f"III.{n}" for n in range(1, 6)), *(f"IV.{n}" for n in range(1, 9))]
        + [f"V.{n}" for n in range(1, 5)]
    ]
    text = ok("late", "--all-plans", "--as-of", "30/12/2023", "--format", "markdown")
    assert text.startswith("## Kế hoạch 2023\n")
    assert "## Kế hoạch 2024\n" in text


MERGER_2024 = """\
units:
  - id: phuong-bac-son
    valid_to: 30/06/2024
    successor: phuong-tam-diep
  - id: phuong-nam-son
    valid_to: 30/06/2024
    successor: phuong-tam-diep
  - id: phuong-tam-diep
    name: UBND phường Tam Điệp
    kind: ward
    source: user
    aliases: [Phường Tam Điệp]
    valid_from: 01/07/2024
"""


def _merge_wards(root: Path) -> None:
    """From 1/7/2024 phường Bắc Sơn and phường Nam Sơn form phường Tam Điệp: recorded once, in
    the workspace's unit changes file, for every plan."""
    (root / "plans/don_vi_thay_doi.yaml").write_text(MERGER_2024, encoding="utf-8")


def test_merged_wards_hand_computed(workspace: Path, english: None) -> None:
    _merge_wards(workspace)
    assert ok("validate", "plans/2024") == "Valid: 2 files.\n"  # and the changes file
    for unit in (*WARDS, *COMMUNES):
        report("2024", "I.1", unit, "done", "20/05/2024")
    report("2024", "I.1", "phuong-bac-son", "done", "10/06/2024")
    report("2024", "I.1", "phuong-nam-son", "in_progress", "20/06/2024")
    # 30/06: the nine old wards and communes; eight are done.
    assert status("2024", "I.1", "30/06/2024") == ("in_progress", 8, 9)
    # 15/07: seven plus phường Tam Điệp's two parts, one per old ward (issue 16): Bắc Sơn's done
    # (10/06), Nam Sơn's in progress (20/06): still 8 of 9.
    assert status("2024", "I.1", "15/07/2024") == ("in_progress", 8, 9)
    # 01/10: past the deadline (09/2024), still 8 of 9.
    assert status("2024", "I.1", "01/10/2024") == ("late", 8, 9)
    report("2024", "I.1", "phuong-tam-diep", "done", "05/08/2024")
    assert status("2024", "I.1", "10/08/2024") == ("done", 9, 9)
    assert status("2024", "I.1", "30/06/2024") == ("in_progress", 8, 9)  # the past is unchanged
    gone = cds("--plan", "2024", "report", "--unit", "Phường Bắc Sơn", "--as-of", "10/08/2024")
    assert gone.exit_code == 2
    assert gone.output.splitlines() == [
        "cds: error: UBND phường Bắc Sơn did not exist on 10/08/2024: merged into UBND phường "
        "Tam Điệp from 01/07/2024",
        '  hint: use --unit "UBND phường Tam Điệp", or an earlier --as-of',
    ]
    before = ok(
        "--plan", "2024", "report", "-u", "Phường Bắc Sơn", "--as-of", "30/06/2024", "-f", "json"
    )
    assert [r["id"] for r in json.loads(before)] == ["I.1"]
    heir = ok(
        "--plan", "2024", "report", "-u", "Phường Tam Điệp", "--as-of", "10/08/2024", "-f", "json"
    )
    assert [(r["id"], r["status"]) for r in json.loads(heir)] == [("I.1", "done")]


def test_reports_outside_a_units_time(workspace: Path, english: None) -> None:
    _merge_wards(workspace)
    progress = workspace / "plans/2024/progress"
    progress.mkdir(exist_ok=True)
    (progress / "phuong-bac-son.yaml").write_text(
        "- id: a1b2c3d4e5f6\n  target: I.1\n  unit: phuong-bac-son\n  status: done\n"
        "  date: '2024-07-10'\n  written: '2024-07-10T09:00:00+07:00'\n",
        encoding="utf-8",
    )
    refused = cds(
        "--plan",
        "2024",
        "progress",
        "add",
        "I.1",
        "--unit",
        "Phường Bắc Sơn",
        "--status",
        "done",
        "--date",
        "01/07/2024",
    )
    assert refused.exit_code == 2
    assert refused.output.splitlines() == [
        "cds: error: UBND phường Bắc Sơn did not exist on 01/07/2024: merged into UBND phường "
        "Tam Điệp from 01/07/2024",
        '  hint: report as --unit "UBND phường Tam Điệp"',
    ]
    # the entry in the file, of 10/07, was written before the merger was recorded (progress add
    # refuses it now): accepted, counted as Tam Điệp's own report (review 15, a15_09)
    result = cds("validate", "plans/2024", "--lang", "en")
    assert result.exit_code == 0, result.output


def test_validate_refuses_a_successor_loop(workspace: Path) -> None:
    (workspace / "plans/don_vi_thay_doi.yaml").write_text(
        "units:\n"
        "  - id: phuong-bac-son\n    valid_to: 30/06/2024\n    successor: phuong-nam-son\n"
        "  - id: phuong-nam-son\n    valid_to: 30/06/2024\n    successor: phuong-bac-son\n",
        encoding="utf-8",
    )
    result = cds("validate", "plans/2024", "--lang", "en")
    assert result.exit_code == 1
    loops = [line for line in result.output.splitlines() if "go round in a loop" in line]
    # Located in the changes file, where the successors are written (line 4): one loop, reported
    # once, at its unit the catalog lists first.
    assert loops == [
        "plans/don_vi_thay_doi.yaml:4:16: the successors of unit 'phuong-bac-son' go round in "
        "a loop: phuong-bac-son → phuong-nam-son → phuong-bac-son",
    ]


def test_diff_between_plans_and_with_a_revised_appendix(workspace: Path) -> None:
    revised = [
        *PLAN_2024[:2],
        (
            "1.",
            "100% UBND các phường, xã số hóa hồ sơ thủ tục hành chính và kết quả giải quyết.",
            "Chủ tịch UBND các phường, xã",
            "UBND các phường, xã",
            "Phòng Văn hóa và Thông tin; Phòng Nội vụ",
            "Tháng 10/2024",
            "",
        ),
        ("2.", "Mở lớp tập huấn kỹ năng số.", "", "Phòng Nội vụ", "", "Tháng 11/2024", ""),
    ]
    write_docx(workspace / "sua-doi.docx", revised, HEADING)
    text = ok("diff", "2024", "sua-doi.docx")
    assert text.splitlines() == [
        "plans/2024/phu_luc_01.yaml → sua-doi.docx: thêm 1, bỏ 0, sửa 1 chỉ tiêu.",
        "+ I.2  Mở lớp tập huấn kỹ năng số.",
        "~ I.1",
        "    Nội dung chỉ tiêu: 100% UBND các phường, xã số hóa hồ sơ thủ tục hành chính"
        "{+ và kết quả giải quyết+}.",
        "    Đơn vị phối hợp: Phòng Văn hóa và Thông tin{+; Phòng Nội vụ+}",
        # units as whole catalog names, the month in words (not ids nor codes diffed by pieces)
        "    Đơn vị phối hợp (theo danh mục): Phòng Văn hóa và Thông tin; {+Phòng Nội vụ+}",
        "    Thời gian hoàn thành: Tháng [-9-]{+10+}/2024",
        "    Hạn (ngày/tháng): [-09-]{+10+}/2024",
    ]
    same = ok("diff", "plans/2024/phu_luc_01.yaml", "plans/2024")
    assert same.splitlines()[1] == "Không có khác biệt."
    as_json = json.loads(ok("diff", "2024", "sua-doi.docx", "--format", "json"))
    assert [a["id"] for a in as_json["added"]] == ["I.2"]
    assert as_json["changed"][0]["fields"]["deadline.due"]["words"] == [
        ["=", "2024-"],
        ["-", "09"],
        ["+", "10"],
    ]
    bad = cds("diff", "2024", "khong-co.yaml")
    assert bad.exit_code == 2
    assert bad.output.startswith(
        "cds: lỗi: 'khong-co.yaml' không phải là tệp, cũng không phải tên kế hoạch\n"
    )


def test_diff_compares_every_field_a_person_wrote(
    tmp_path: Path, write_registry: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan's heading, the catalog (titles, units added and changed) and a target's
    indicator and reporting period, besides its cells."""
    monkeypatch.chdir(tmp_path)
    write_registry(name="cu.yaml")
    write_registry(
        ('    number: ""\n', '    number: "15"\n'),
        ("    signer_name: ''\n", "    signer_name: Nguyễn Văn An\n"),
        ("    - Chánh\n", "    - Chánh\n    - Giám đốc\n"),
        (
            "    - id: phuong-yen-binh\n      name: UBND phường Yên Bình\n",
            "    - id: phuong-yen-binh\n      name: UBND phường Yên Bình\n"
            "      valid_to: 30/06/2025\n      successor: phuong-tam-diep\n",
        ),
        (
            "        - Yên Bình\n",
            "        - Yên Bình\n    - id: phuong-tam-diep\n"
            "      name: UBND phường Tam Điệp\n      kind: ward\n      source: user\n"
            "      valid_from: 2025-07-01\n",
        ),
        (
            '            text: 60%\n            comparator: ">="\n            value: 60\n',
            '            text: 60%\n            comparator: ">="\n            value: 65\n',
        ),
        (
            "        number: 4\n",
            "        number: 4\n        reporting: quarterly\n",
        ),
        name="moi.yaml",
    )
    assert ok("diff", "cu.yaml", "moi.yaml", "--lang", "en").splitlines() == [
        "cu.yaml → moi.yaml: 0 added, 0 removed, 2 changed targets.",
        # every field named as a person reads it, never by its key in the file
        "~ Heading",
        "    Plan number: {+15+}",
        "~ The office that sends letters and reports",
        "    Signer's name: {+Nguyễn Văn An+}",
        "~ Titles before a unit's name (Directing column): Trưởng; Chủ tịch; Chánh{+; Giám đốc+}",
        "+ unit phuong-tam-diep  UBND phường Tam Điệp",
        "~ unit phuong-yen-binh",
        "    Until: {+30/06/2025+}",  # a day as dd/mm/yyyy, the successor by its name
        "    Successor: {+UBND phường Tam Điệp+}",
        "~ I.4",  # the first "number: 4" is I.4's
        "    Reporting: [-Monthly-]{+Quarterly+}",
        "~ II.4",
        "    Indicator procedures_paid_online, threshold: [-60-]{+65+}",
    ]
    data = json.loads(ok("diff", "cu.yaml", "moi.yaml", "--format", "json"))
    assert data["catalog"]["units_added"] == [
        {"id": "phuong-tam-diep", "name": "UBND phường Tam Điệp"}
    ]
    assert data["document"]["plan.number"]["new"] == "15"
    assert data["changed"][1]["fields"]["indicators.procedures_paid_online.value"] == {
        "old": "60",
        "new": "65",
        "words": [["-", "60"], ["+", "65"]],
    }


def test_diff_of_a_registry_and_its_own_export_is_empty(tmp_path: Path) -> None:
    """The export's import leaves out what equals a default (`unit: "%"`, `symbol: BCĐ`) that
    the registry writes out: the same plan, no difference."""
    from paths import REGISTRY

    out = tmp_path / "phu-luc.docx"
    ok("export", "--format", "docx", "--out", str(out), "--registry", str(REGISTRY))
    assert ok("diff", str(REGISTRY), str(out), "--lang", "en").splitlines()[1:] == [
        "No differences."
    ]


def test_carry_over_deadline_chosen_by_the_user(workspace: Path, english: None) -> None:
    shown = cds(
        "carry-over",
        "--from",
        "2023",
        "--to",
        "2024",
        "--as-of",
        "31/12/2023",
        "--deadline",
        "6/2024",
        stdin="n\n",
    )
    assert shown.exit_code == 0, shown.output
    rows = proposed(shown.output)
    assert rows["II.4 (2023)"] == ("II.4", "Late", "Tháng 10/2023 → Tháng 6/2024")
    # Nothing was done in 2023: all 31 carry; the 29 dated ones move, the 2 ongoing keep theirs.
    assert len(rows) == 31
    assert sum(deadline.endswith(" → Tháng 6/2024") for _, _, deadline in rows.values()) == 29
    assert [o for o, (_, _, d) in rows.items() if d == "Thường xuyên"] == [
        "I.2 (2023)",
        "II.2 (2023)",
    ]
    before = cds("carry-over", "--from", "2023", "--to", "2024", "--deadline", "12/2023")
    assert before.exit_code == 2
    assert before.output.splitlines() == [
        "cds: error: --deadline 12/2023 is before 2024, the year of the plan carried into",
        "  hint: choose a month or a day of 2024, e.g. --deadline 6/2024 or --deadline 15/10/2024",
    ]
    same = cds("carry-over", "--from", "2024", "--to", "2024")
    assert same.exit_code == 2
    assert same.output.startswith("cds: error: --from and --to name the same plan\n")


def test_all_plans_with_a_unit_one_plan_lacks(workspace: Path, english: None) -> None:
    """Phòng Ngoại vụ is only in the 2024 catalog: 2023 says so (in JSON too, once an internal
    error), 2024 answers; a unit no plan knows is a usage error. (A ward a merger made is in
    every plan: the workspace's changes file holds it.)"""
    path = workspace / "plans/2024/phu_luc_01.yaml"
    data = parse(path.read_text(encoding="utf-8"))
    data["catalog"]["units"].append(
        {"id": "phong-ngoai-vu", "name": "Phòng Ngoại vụ", "kind": "department", "source": "user"}
    )
    path.write_text(to_yaml(data), encoding="utf-8")
    both = json.loads(
        ok(
            "report",
            "--unit",
            "Phòng Ngoại vụ",
            "--all-plans",
            "--as-of",
            "10/08/2024",
            "-f",
            "json",
        )
    )
    assert both[0] == {"plan": "2023", "error": "unknown unit 'Phòng Ngoại vụ'"}
    assert both[1] == {"plan": "2024", "rows": []}
    _merge_wards(workspace)
    both = json.loads(
        ok(
            "report",
            "--unit",
            "Phường Tam Điệp",
            "--all-plans",
            "--as-of",
            "10/08/2024",
            "-f",
            "json",
        )
    )
    assert [(p["plan"], "error" in p) for p in both] == [("2023", False), ("2024", False)]
    assert [r["id"] for r in both[1]["rows"]] == ["I.1"]
    nowhere = cds("report", "--unit", "Phường Không Có", "--all-plans", "-f", "json")
    assert nowhere.exit_code == 2
    assert nowhere.output.startswith("cds: error: unknown unit 'Phường Không Có'\n")


def _carried_workspace() -> None:
    """II.7 done in 2023, Công an's part of II.5 done on 10/12/2023; carried on 31/12/2023."""
    report("2023", "II.7", "Phòng Văn hóa và Thông tin", "done", "20/07/2023")
    report("2023", "II.5", "Công an thành phố", "done", "10/12/2023")
    ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")


def test_a_carried_target_is_not_counted_twice(workspace: Path) -> None:
    _carried_workspace()
    # Phòng Y tế answers for 23 targets of 2023 (leads 15, cooperates on 8). On 30/12/2023, the
    # day before the carry-over, 19 of them are late (all but II.7 done, I.2 and II.2 ongoing,
    # III.1 due in 12/2023): the tester's "Quá hạn: 19"; from 31/12/2023 the 22 unfinished ones
    # are followed in 2024 and none is late in 2023.
    before = json.loads(
        ok(
            "--plan",
            "2023",
            "report",
            "--unit",
            "Phòng Y tế",
            "--as-of",
            "30/12/2023",
            "-f",
            "json",
        )
    )
    assert sum(r["status"] == "late" for r in before) == 19
    both = json.loads(
        ok("report", "--unit", "Phòng Y tế", "--all-plans", "--as-of", "01/06/2024", "-f", "json")
    )
    statuses = {p["plan"]: Counter(r["status"] for r in p["rows"]) for p in both}
    assert statuses["2023"] == {"carried_over": 22, "done": 1}
    assert statuses["2024"] == {"not_started": 19, "unreported": 2, "in_progress": 1}
    row = next(r for r in both[0]["rows"] if r["id"] == "II.8")
    assert (row["carried_to"], row["carried_on"], row["days_late"]) == (
        "2024/II.7",
        "2023-12-31",
        None,
    )
    text = ok("--plan", "2023", "report", "--unit", "Phòng Y tế", "--as-of", "01/06/2024")
    assert "Quá hạn" not in text
    md = ok(
        "--plan",
        "2023",
        "report",
        "--unit",
        "Phòng Y tế",
        "--as-of",
        "01/06/2024",
        "-f",
        "markdown",
    )
    assert "| Đã chuyển sang kế hoạch 2024, chỉ tiêu II.7 ở đó (“Tối thiểu 30% hoạt động…”)" in md
    late = json.loads(ok("late", "--all-plans", "--as-of", "01/06/2024", "-f", "json"))
    assert [(p["plan"], p["rows"]) for p in late] == [("2023", []), ("2024", [])]
    assert (
        json.loads(
            ok(
                "--plan",
                "2023",
                "remind",
                "--month",
                "01/2024",
                "--as-of",
                "15/01/2024",
                "-f",
                "json",
            )
        )
        == []
    )
    summary = json.loads(ok("--plan", "2023", "summary", "--as-of", "01/06/2024", "-f", "json"))
    counts = Counter()
    for group in summary["groups"]:
        counts.update({k: v for k, v in group["counts"].items() if v})
    assert counts == {"carried_over": 30, "done": 1}
    assert all(unit["late"] == 0 for unit in summary["units"])
    shown = ok("--plan", "2023", "summary", "--as-of", "01/06/2024")
    assert "Đã chuyển sang kế hoạch sau" in shown and "Bãi bỏ" not in shown  # no column of zeros


def test_a_part_finished_before_the_carry_over_stays_finished(workspace: Path) -> None:
    _carried_workspace()
    # 2023/II.5 (Công an thành phố and Phòng Văn hóa và Thông tin lead) became 2024/II.5.
    shown = ok("--plan", "2024", "show", "II.5", "--as-of", "15/01/2025")
    # II.5 was due 10/2023 in 2023: the part stays late against that plan's deadline (clerk21 F2)
    assert "Công an thành phố: Hoàn thành trễ hạn so với kế hoạch 2023 (10/12/2023)" in " ".join(
        shown.split()
    )
    assert "Phòng Văn hóa và Thông tin: Quá hạn (chưa báo cáo)" in shown
    # the origin cited as every table cites it, in the line and in the copy's note (clerk 12, F3)
    assert re.search(r"^Chuyển từ +II\.5 \(2023\)$", shown, re.M)
    assert "Phần việc đã hoàn thành trong kế hoạch cũ (II.5 (2023))" in shown
    origin = ok("--plan", "2023", "show", "II.5", "--as-of", "15/01/2025")
    assert re.search(r"^Chuyển sang +2024/II\.5 \(từ ngày 01/01/2024\)$", origin, re.M)
    assert re.search(r"^Trạng thái +Đã chuyển sang kế hoạch 2024, chỉ", origin, re.M)
    assert "kế hoạch 2024, chỉ tiêu II.5 ở đó (“100% người dân và doanh" in " ".join(origin.split())
    # Late by unit: Công an leads II.5 and IV.3; only IV.3 is still its to do.
    by_unit = json.loads(
        ok("--plan", "2024", "late", "--by-unit", "--as-of", "15/01/2025", "-f", "json")
    )
    assert [r["id"] for r in by_unit if r["unit"] == "Công an thành phố"] == ["IV.3"]
    assert "II.5" in [r["id"] for r in by_unit if r["unit"] == "Phòng Văn hóa và Thông tin"]
    listed = json.loads(ok("--plan", "2024", "list", "-f", "json"))
    assert next(r for r in listed if r["id"] == "II.5")["carried_from"] == "2023/II.5"
    table = ok("--plan", "2024", "list", "--group", "II", "-f", "markdown")
    assert "| II.5 (II.5 (2023)) |" in table  # its id, then its origin: the one form


def test_carry_over_again_repairs_a_workspace_carried_without_marks(workspace: Path) -> None:
    _carried_workspace()
    registry = workspace / "plans/2023/phu_luc_01.yaml"
    text = registry.read_text(encoding="utf-8")
    # As an earlier version left it: no marks in 2023, no part copied into 2024.
    registry.write_text(re.sub(r"\n +carried_(to|on): [^\n]+", "", text), encoding="utf-8")
    (workspace / "plans/2024/progress/cong-an.yaml").unlink()
    assert status("2023", "II.5", "01/06/2024")[0] == "late"
    again = ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    # Every target carried before still lacks its mark in 2023 (30: all but the done II.7); only
    # II.5 also lacks Công an's finished part in 2024.
    lines = again.splitlines()
    assert lines[1] == "Đã chuyển trước đây, còn thiếu dấu 'đã chuyển' hoặc báo cáo của phần việc:"
    todo = [re.match(r"^\| (\S+ \(\d{4}\)) +\| (\S+) +\| (.+?) +\|$", line) for line in lines]
    assert [(m[1], m[2]) for m in todo if m][:3] == [
        ("I.1 (2023)", "I.2"),
        ("I.2 (2023)", "I.3"),
        ("I.3 (2023)", "I.4"),
    ]
    assert {m[3] for m in todo if m} == {"dấu 'đã chuyển' ở kế hoạch cũ"}
    assert len([m for m in todo if m]) == 30
    at = next(i for i, m in enumerate(todo) if m and m[1] == "II.5 (2023)")
    # finished after II.5's deadline (Tháng 10/2023): said as the new plan will show it (a23-01)
    assert lines[at + 1].endswith(
        "| đã hoàn thành phần của Công an thành phố ngày 10/12/2023: ở kế hoạch mới |"
    )
    assert "| giữ là “Hoàn thành trễ hạn so với kế hoạch 2023”" in lines[at + 2]
    assert again.splitlines()[-2:] == [  # the marks last: a stop before them is seen
        "Đã chép 1 phần việc đã hoàn thành sang kế hoạch mới.",
        "Đã ghi dấu 'đã chuyển' cho 30 chỉ tiêu trong plans/2023/phu_luc_01.yaml.",
    ]
    assert registry.read_text(encoding="utf-8") == text
    assert status("2023", "II.5", "01/06/2024")[0] == "carried_over"
    third = ok("carry-over", "--from", "2023", "--to", "2024", "--as-of", "31/12/2023", "--yes")
    assert third.splitlines() == [
        "Kế hoạch 2023 không còn chỉ tiêu chưa hoàn thành nào để chuyển vào "
        "plans/2024/phu_luc_01.yaml (30 chỉ tiêu đã chuyển trước đây); chưa ghi gì."
    ]
    entries = parse((workspace / "plans/2024/progress/cong-an.yaml").read_text(encoding="utf-8"))
    assert [(e["target"], e["status"], e["date"]) for e in entries] == [
        ("II.5", "done", "2023-12-10")
    ]


def test_the_default_plan_is_the_one_of_the_year_asked_about(workspace: Path) -> None:
    # Today (the tests' future) has no plan: without --as-of/--month the latest, 2024, answers.
    # The appendix of 2023 has 11 targets due "Tháng 11/2023" (data/phu_luc_01.yaml), then its
    # 2 ongoing ones (I.2, II.2) owe their monthly report; 2024 has nothing due then.
    due = json.loads(ok("due", "--month", "11/2023", "--as-of", "01/11/2023", "-f", "json"))
    assert [r["id"] for r in due] == [
        *("I.4", "I.5", "II.6", "II.9", "III.2", "IV.1", "IV.2", "IV.6", "IV.8", "V.3", "V.4"),
        *("I.2", "II.2"),
    ]
    assert len(json.loads(ok("due", "--month", "11/2023", "-f", "json"))) == 13  # --month alone
    assert json.loads(ok("due", "--as-of=15/11/2023", "-f", "json")) != []
    assert "plans/2023/phu_luc_01.yaml" in ok("due", "--month", "11/2023", "--as-of", "01/11/2023")
    assert len(json.loads(out("list", "--format", "json"))) == 1  # the next run: latest again
    no_2025 = cds("list", "--as-of", "01/01/2025", "-f", "json")
    assert len(json.loads(no_2025.stdout)) == 1  # 2024's, and said once on stderr
    assert (
        no_2025.stderr
        == "cds: không có kế hoạch 2025; dùng kế hoạch 2024, kế hoạch mới nhất (năm 2024)"
        " (--plan để chọn kế hoạch khác)\n"
    )
    plans = json.loads(ok("plans", "--as-of", "01/11/2023", "--format", "json"))
    assert [(p["plan"], p["in_use"]) for p in plans] == [("2023", True), ("2024", False)]
    # --plan still wins over the year asked about.
    assert ok("--plan", "2024", "due", "--month", "11/2023", "-f", "json").strip() == "[]"
