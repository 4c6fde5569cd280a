"""Returned forms as attack 17 met them: what a unit typed is never lost nor misread, and each
refusal says the true cause.

Phòng Y tế's form for 11/2023 (tests/test_forms.py `make`) lists 13 targets on rows 8–20, I.1
(indicator departments_providing_data, a percentage) on row 8; I.2 (lgsp_requests_met) is not
on it.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from cds_tracker.cli import app
from test_forms import SHEET, cds, entries, fill, make

AS_OF = "--as-of 01/11/2023"  # the form's own day (test_forms.make): a new form is made as of it
DONE = {"F8": "Hoàn thành", "G8": "25/10/2023", "J8": 4, "K8": 5}  # I.1, 4 of 5


# a17_07: a row added under the table: its command carries the figure and the evidence


def test_a_row_added_for_a_listed_target_gives_its_figure_and_evidence(
    own_registry: Path, tmp_path: Path
) -> None:
    """A second report of I.1 typed on row 21: the command printed records its counts and both
    evidence items; typed as printed it records them, the form then imported."""
    R = f"--registry {own_registry} "
    path = make(own_registry, tmp_path)
    added = {"B21": "I.1", "F21": "Hoàn thành", "G21": "28/10/2023", "J21": 5, "K21": 5}
    fill(path, {**DONE, **added, "M21": "Công văn 12/CV\nBáo cáo 3"})
    command = (
        f'cds {R}progress add I.1 --unit "Phòng Y tế" --status "hoàn thành" --date 28/10/2023 '
        '--value "departments_providing_data=5/5" --evidence "Công văn 12/CV" --evidence '
        '"Báo cáo 3"'
    )
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stdout) == (1, f"{path}: 1 lỗi, không ghi mục nào từ tệp này\n")
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!B21: dòng 21 không phải dòng của phiếu (thêm dưới bảng): cds không đọc "
        "dòng này; không nhập tệp này",
        "  gợi ý: phiếu nhận một báo cáo cho mỗi chỉ tiêu, chỉ tiêu I.1 ở dòng 8: ghi báo cáo ở "
        f"dòng 21 bằng lệnh {command}, hoặc xin đơn vị chép nó vào dòng 8 nếu nó thay cho báo "
        "cáo ở đó; rồi xoá dòng 21 khỏi phiếu và nhập lại",
    ]
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    in_english = command.replace('"hoàn thành"', "done")
    assert (code, stderr.splitlines()[1]) == (
        1,
        "  hint: the form takes one report per target, target I.1 on row 8: record the report "
        f"of row 21 with {in_english}, or ask the unit to copy it into row 8 if it replaces "
        "the report there; then clear row 21 of the form and import again",
    )
    assert entries(own_registry) == []
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, shlex.split(command)[1:])
    assert result.exit_code == 0
    (found,) = entries(own_registry)
    assert (found.date, found.status) == ("2023-10-28", "done")
    assert list(found.counts.values()) == [(5, 5)]
    assert found.evidence == ("Công văn 12/CV", "Báo cáo 3")


def test_a_row_added_for_a_target_not_on_the_form_gives_its_value(
    own_registry: Path, tmp_path: Path
) -> None:
    R = f"--registry {own_registry} "
    path = make(own_registry, tmp_path)
    added = {"B21": "I.2", "F21": "Đang thực hiện", "G21": "28/10/2023", "I21": 70}
    fill(path, {**DONE, **added, "L21": "đã đáp ứng 7/10", "M21": "Báo cáo 5; Công văn 9"})
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    assert code == 1
    assert stderr.splitlines()[1] == (
        f'  hint: record the report of row 21 with cds {R}progress add I.2 --unit "Phòng Y tế" '
        '--status in_progress --date 28/10/2023 --value "lgsp_requests_met=70" --note "đã đáp '
        'ứng 7/10" --evidence "Báo cáo 5" --evidence "Công văn 9" (the unit\'s form for this '
        "period does not list this target); then clear row 21 of the form and import again"
    )


def test_a_row_added_with_evidence_no_window_reads_alike_leaves_it_to_type(
    own_registry: Path, tmp_path: Path
) -> None:
    R = f"--registry {own_registry} "
    path = make(own_registry, tmp_path)
    added = {"B21": "I.2", "F21": "Đang thực hiện", "G21": "28/10/2023", "I21": "70%"}
    fill(path, {**DONE, **added, "M21": "Báo cáo 5; chi $5 triệu"})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines()[1] == (
        "  gợi ý: giá trị của --evidence có ký tự mà cửa sổ dòng lệnh (PowerShell, cmd) đọc theo "
        "cách riêng nên không in ra; lệnh sau thiếu nó nên không ghi gì: hãy tự gõ nó vào sau "
        f"--evidence (thay cho dấu … nếu có); ghi báo cáo ở dòng 21 bằng lệnh cds {R}progress "
        'add I.2 --unit "Phòng Y tế" --status "đang thực hiện" --date 28/10/2023 --value '
        '"lgsp_requests_met=70%" --evidence "Báo cáo 5" --evidence (phiếu của đơn vị cho kỳ '
        "này không có chỉ tiêu này); rồi xoá dòng 21 khỏi phiếu và nhập lại"
    )


# a17_02: a figure on a form made before the unit gave its target's figure


def _reporter(folder: Path, unit: str) -> None:
    """IV.6's city-wide figure given by `unit` from now on (Phòng Văn hóa và Thông tin's when
    Phòng Y tế's form was made, which has no figure cell on IV.6's row 15)."""
    path = folder / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    old = "            scope: city\n            reporter: phong-van-hoa-thong-tin\n      - id: IV.7"
    assert text.count(old) == 1
    path.write_text(text.replace(old, old.replace("phong-van-hoa-thong-tin", unit)), "utf-8")


def test_a_figure_on_a_form_older_than_the_units_reporting_says_so(
    own_registry: Path, tmp_path: Path
) -> None:
    R = f"--registry {own_registry} "
    path = make(own_registry, tmp_path)
    _reporter(own_registry, "phong-y-te")
    fill(path, {**DONE, "F15": "Hoàn thành", "G15": "30/10/2023", "I15": 62})
    command = (
        f'cds {R}progress add IV.6 --unit "Phòng Y tế" --status "hoàn thành" --date 30/10/2023 '
        '--value "adults_with_public_service_account=62"'
    )
    form = f'cds {R}form --unit "Phòng Y tế" --month 11/2023 {AS_OF} --out phieu-phong-y-te.xlsx'
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stdout) == (1, f"{path}: 1 lỗi, không ghi mục nào từ tệp này\n")
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!I15: phiếu được lập khi đơn vị chưa báo cáo số liệu của chỉ tiêu IV.6 "
        "(nay đơn vị báo cáo số liệu đó) nên ô này không nhận số liệu (đang ghi '62'); không "
        "nhập tệp này",
        f"  gợi ý: xin phiếu mới có ô số liệu của chỉ số: {form}, điền lại rồi nhập phiếu đó; "
        f"hoặc ghi báo cáo ở dòng 15 bằng lệnh {command}, rồi xoá các ô đã điền của dòng 15 và "
        "nhập lại phiếu này",
    ]
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    in_english = command.replace('"hoàn thành"', "done")
    assert (code, stderr.splitlines()) == (
        1,
        [
            f"{path}:{SHEET}!I15: the form was made before the unit gave the figure of target "
            "IV.6 (it gives it now), so this cell takes no figure (it holds '62'); the file is "
            "not imported",
            f"  hint: ask for a new form with a cell for the indicator's figure: {form}, fill it "
            "in and import it; or record the report of row 15 with "
            f"{in_english}, then clear the cells filled on row 15 "
            "and import this form again",
        ],
    )
    assert entries(own_registry) == []
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, shlex.split(command)[1:])  # the hint's command, as printed
    assert result.exit_code == 0, result.output
    (found,) = entries(own_registry)
    assert (found.target, found.status, found.date) == ("IV.6", "done", "2023-10-30")
    assert found.values == {"adults_with_public_service_account": 62.0}
    fill(path, {"F15": None, "G15": None, "I15": None})  # the hint's last step
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (0, "")
    assert sorted(e.target for e in entries(own_registry)) == ["I.1", "IV.6"]


def test_a_figure_on_a_form_older_than_the_indicator_says_so(
    own_registry: Path, tmp_path: Path
) -> None:
    """I.1 had no indicator when the form was made (row 8, column H: "(không có chỉ số)"); the
    committee then confirms the one each unit reports: the figure typed is not another's."""
    R = f"--registry {own_registry} "
    plan = own_registry / "phu_luc_01.yaml"
    text = plan.read_text(encoding="utf-8")
    block = text[text.index("        indicators:\n          - key: departments_providing_data") :]
    block = block[: block.index("      - id: I.2")]
    plan.write_text(text.replace(block, ""), "utf-8")  # before the indicator
    path = make(own_registry, tmp_path)
    plan.write_text(text, "utf-8")  # confirmed since
    fill(path, {"F8": "Hoàn thành", "G8": "25/10/2023", "I8": 75})
    command = (
        f'cds {R}progress add I.1 --unit "Phòng Y tế" --status "hoàn thành" --date 25/10/2023 '
        '--value "departments_providing_data=75"'
    )
    form = f'cds {R}form --unit "Phòng Y tế" --month 11/2023 {AS_OF} --out phieu-phong-y-te.xlsx'
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr.splitlines()) == (
        1,
        [
            f"{path}:{SHEET}!I8: phiếu được lập khi chỉ tiêu I.1 chưa có chỉ số nên ô này không "
            "nhận số liệu (đang ghi '75'); không nhập tệp này",
            f"  gợi ý: xin phiếu mới có ô số liệu của chỉ số: {form}, điền lại rồi nhập phiếu đó; "
            f"hoặc ghi báo cáo ở dòng 8 bằng lệnh {command}, rồi xoá các ô đã điền của dòng 8 "
            "và nhập lại phiếu này",
        ],
    )
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    assert (code, stderr.splitlines()[0]) == (
        1,
        f"{path}:{SHEET}!I8: the form was made before target I.1 had an indicator, so this "
        "cell takes no figure (it holds '75'); the file is not imported",
    )
    assert entries(own_registry) == []


def test_a_figure_another_unit_gives_is_still_sent_to_the_note(
    own_registry: Path, tmp_path: Path
) -> None:
    """The form's unit gives no figure of IV.6 (Phòng Văn hóa và Thông tin does): the grey
    cell's words are those of a figure another unit reports (tests/test_form_stray_figures)."""
    path = make(own_registry, tmp_path)
    fill(path, {**DONE, "F15": "Hoàn thành", "G15": "30/10/2023", "I15": 62})
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1
    assert "do đơn vị khác báo cáo nên ô này không nhận số liệu" in stderr.splitlines()[0]


# a17_03: a form made before the plan renamed an indicator's key


def _rename(folder: Path) -> None:
    path = folder / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    old = "- key: departments_providing_data\n"
    assert text.count(old) == 1
    path.write_text(text.replace(old, "- key: phong_cung_cap_du_lieu\n"), "utf-8")


def test_a_form_older_than_a_renamed_indicator_says_the_plan_changed(
    own_registry: Path, tmp_path: Path
) -> None:
    """I.1's key renamed after the form was made: the untouched hidden sheet no longer fits
    the plan. Said at I.1's row as the plan's change, never as the unit's edit of a sheet it
    never saw, with a new form or the command that records the row under the new key."""
    R = f"--registry {own_registry} "
    path = make(own_registry, tmp_path)
    _rename(own_registry)
    fill(path, {**DONE, "M8": "Công văn 7/YT"})
    command = (
        f'cds {R}progress add I.1 --unit "Phòng Y tế" --status "hoàn thành" --date 25/10/2023 '
        '--value "phong_cung_cap_du_lieu=4/5" --evidence "Công văn 7/YT"'
    )
    form = f'cds {R}form --unit "Phòng Y tế" --month 11/2023 {AS_OF} --out phieu-phong-y-te.xlsx'
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stdout) == (1, f"{path}: 1 lỗi, không ghi mục nào từ tệp này\n")
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!B8: chỉ số của chỉ tiêu I.1 trong kế hoạch đã đổi sau khi lập phiếu "
        "(phiếu ghi departments_providing_data; kế hoạch nay: phong_cung_cap_du_lieu); không "
        "nhập tệp này",
        f"  gợi ý: xin phiếu mới theo kế hoạch hiện nay: {form}, điền lại rồi nhập phiếu đó; "
        f"hoặc ghi báo cáo ở dòng 8 bằng lệnh {command}, rồi xoá các ô đã điền của chỉ tiêu và "
        "nhập lại phiếu này",
    ]
    code, _, stderr = cds(own_registry, "progress", "import", str(path), "--lang", "en")
    in_english = command.replace('"hoàn thành"', "done")
    assert (code, stderr.splitlines()) == (
        1,
        [
            f"{path}:{SHEET}!B8: the indicators of target I.1 changed in the plan after the form "
            "was made (the form has departments_providing_data; the plan now: "
            "phong_cung_cap_du_lieu); the file is not imported",
            f"  hint: ask for a new form made by the plan as it is now: {form}, fill it in and "
            f"import it; or record the report of row 8 with {in_english}, then clear the "
            "target's filled cells and import this form again",
        ],
    )
    assert entries(own_registry) == []
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, shlex.split(command)[1:])  # the hint's command, as printed
    assert result.exit_code == 0, result.output
    (found,) = entries(own_registry)
    assert (found.target, found.date, found.evidence) == ("I.1", "2023-10-25", ("Công văn 7/YT",))
    assert found.counts == {"phong_cung_cap_du_lieu": (4, 5)}


def test_a_blank_row_of_a_renamed_indicator_is_no_problem(
    own_registry: Path, tmp_path: Path
) -> None:
    """I.1 left blank: its stale key imports nothing, so the form's other rows are imported."""
    path = make(own_registry, tmp_path)
    _rename(own_registry)
    fill(path, {"F13": "đang thực hiện", "G13": "31/10/2023"})  # II.9 alone
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (0, "")
    assert [(e.target, e.status) for e in entries(own_registry)] == [("II.9", "in_progress")]


def test_a_hidden_row_map_edited_otherwise_is_still_an_edit(
    own_registry: Path, tmp_path: Path
) -> None:
    """A key the plan lacks whose cells are not where `cds form` puts them: an edited sheet."""
    import json

    import openpyxl

    path = make(own_registry, tmp_path)
    book = openpyxl.load_workbook(path)
    cells = json.loads(book["_cds"].cell(16, 3).value)
    cells["values"] = {"other_key": {"value": "I9"}}
    book["_cds"].cell(16, 3).value = json.dumps(cells)
    book.save(path)
    fill(path, DONE)
    code, _, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr.splitlines()[0]) == (1, f"{path}:_cds!C16: dòng trong trang ẩn bị sửa")
