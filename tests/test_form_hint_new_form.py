"""Every form hint that names a new form ("xin phiếu mới") names one only when `cds form` lists
the target on it, asked with the progress `cds form` reads (progress/form_commands.py
`listing_form`); else it gives the `progress add` command that records the row, with all the
row holds. The added-row hint did so (tests/test_form_hint_row_whole.py, clerk21 F1); a
hand-over, a rewritten text, a figure with no cell and changed indicators named the form
unasked, and the form the clerk made by it lacked the row: the new lead, or the unit itself,
had finished its part since.

Revised plan 2024 (tests/test_form_revised_lead.py): I.2 "Nội dung hai." of Phòng Y tế, due
Tháng 9/2024; Phòng Y tế's form for 09/2024 made on 10/03/2024 lists I.2 alone, on row 8. Kế
hoạch số 12 of 20/03/2024 rewrites I.2 and gives it to Phòng Kinh tế (`handed`), or only
rewrites it (`rewritten`). Shipped registry (tests/test_forms.py `make`): Phòng Y tế's form for
11/2023 as of 01/11/2023, I.1 on row 8 (departments_providing_data, a percentage).
"""

from __future__ import annotations

import shlex
from pathlib import Path

import openpyxl
import pytest

from cds_tracker.cli import app
from test_form_revised_lead import FORM_KT, FORM_YT, PROGRESS, SHEET, _fill
from test_form_revised_lead import handed as handed  # the fixtures
from test_form_revised_lead import rewritten as rewritten
from test_forms import cds as cds_in
from test_forms import entries, fill, make
from test_revise_lead_dated import cds

R24 = "cds --registry plans/2024 "


def _codes(path: Path) -> list[str]:
    sheet = openpyxl.load_workbook(path)[SHEET]
    return [str(v).split("\n")[0] for v in (sheet[f"B{r}"].value for r in range(8, 30)) if v]


def _made(command: str, path: Path) -> list[str]:
    """The form the hint's command makes, typed as printed: its targets ([] when it made none)."""
    result = cds(*shlex.split(command)[3:])  # after "cds --registry plans/2024"
    return _codes(path) if result.exit_code == 0 and path.exists() else []


def _refused(name: str, lang: str) -> list[str]:
    result = cds("--lang", lang, "progress", "import", name)
    assert result.exit_code == 1, result.output
    return list(result.stderr.splitlines())


def test_a_hand_over_to_a_lead_that_finished_names_no_form(handed: Path) -> None:
    """Phòng Kinh tế finished I.2 on 20/03/2024, the day it took it over: its form as of that
    day lists nothing (the hint named FORM_KT, which made no form with I.2). Phòng Y tế's row
    of 25/03/2024 is then recorded for Phòng Kinh tế by the command the hint gives."""
    done = cds("progress", "add", "I.2", "--id", "--unit", "Phòng Kinh tế", "--status", "done",
               "--date", "20/03/2024")  # fmt: skip
    assert done.exit_code == 0, done.output
    book = openpyxl.load_workbook(handed)
    book[SHEET]["F8"], book[SHEET]["G8"] = "Đang thực hiện", "25/03/2024"
    book[SHEET]["L8"], book[SHEET]["M8"] = "Đã bàn giao hồ sơ", "BB 3/KT"
    book.save(handed)
    record = (
        f'{R24}progress add I.2 --id --unit "Phòng Kinh tế" --status {{status}} --date 25/03/2024 '
        '--note "Đã bàn giao hồ sơ" --evidence "BB 3/KT"'
    )
    vi, en = record.format(status='"đang thực hiện"'), record.format(status="in_progress")
    assert _refused("f.xlsx", "vi") == [
        f"f.xlsx:{SHEET}!G8: Phòng Y tế không còn chủ trì chỉ tiêu I.2 từ 20/03/2024: bản điều "
        "chỉnh kế hoạch đã giao chỉ tiêu cho Phòng Kinh tế từ ngày đó; không nhập tệp này",
        "  gợi ý: việc Phòng Y tế làm trước 20/03/2024: ghi Ngày báo cáo trước ngày đó rồi nhập "
        f"lại; tiến độ từ 20/03/2024 do Phòng Kinh tế báo cáo, ghi bằng lệnh {vi} (phiếu của "
        "Phòng Kinh tế cho kỳ này không có chỉ tiêu này), rồi xoá dòng này khỏi phiếu và nhập lại",
    ]
    assert _refused("f.xlsx", "en")[1] == (
        "  hint: work Phòng Y tế did before 20/03/2024: give a report date before that day and "
        f"import again; progress from 20/03/2024 is Phòng Kinh tế's to report, recorded with {en} "
        "(Phòng Kinh tế's form for this period does not list this target), then clear this row "
        "of the form and import again"
    )
    assert _made(FORM_KT, handed.parent / "phieu-phong-kinh-te.xlsx") == []  # the old hint's
    typed = cds(*shlex.split(vi)[3:])  # as printed
    assert typed.exit_code == 0, typed.output
    written = (handed.parent / "plans/2024/progress/phong-kinh-te.yaml").read_text("utf-8")
    assert '"status": "in_progress", "date": "2024-03-25"' in written
    assert '"note": "Đã bàn giao hồ sơ"' in written and '"BB 3/KT"' in written


def test_a_hand_over_to_a_lead_that_has_not_finished_still_names_its_form(handed: Path) -> None:
    """Unfinished, I.2 is on Phòng Kinh tế's form: the hint names it, as before."""
    _fill(handed, "25/03/2024")
    assert _refused("f.xlsx", "vi")[1].endswith(f"trên phiếu mới ({FORM_KT})")
    assert _made(FORM_KT, handed.parent / "phieu-phong-kinh-te.xlsx") == ["I.2"]


def test_a_rewritten_text_of_a_part_finished_since_names_no_form(rewritten: Path) -> None:
    """Phòng Y tế recorded I.2 done on 20/03/2024; the old form's row of 22/03/2024 falls
    under the new text; the new form as of 20/03/2024 (the hint named FORM_YT) lists nothing."""
    done = cds("progress", "add", "I.2", "--id", "--unit", "Phòng Y tế", "--status", "done",
               "--date", "20/03/2024")  # fmt: skip
    assert done.exit_code == 0, done.output
    book = openpyxl.load_workbook(rewritten)
    book[SHEET]["F8"], book[SHEET]["G8"], book[SHEET]["L8"] = "Hoàn thành", "22/03/2024", "Xong"
    book.save(rewritten)
    record = (
        f'{R24}progress add I.2 --id --unit "Phòng Y tế" --status {{status}} --date 22/03/2024 '
        "--note Xong"
    )
    vi, en = record.format(status='"hoàn thành"'), record.format(status="done")
    assert _refused("f.xlsx", "vi") == [
        f"f.xlsx:{SHEET}!G8: phiếu ghi nội dung chỉ tiêu I.2 trước ngày 20/03/2024, khi bản điều "
        "chỉnh kế hoạch sửa nội dung; ngày báo cáo 22/03/2024 đã theo nội dung mới; không nhập "
        "tệp này",
        "  gợi ý: việc làm trước 20/03/2024: ghi Ngày báo cáo trước ngày đó rồi nhập lại; việc "
        f"từ 20/03/2024: ghi bằng lệnh {vi} (phiếu của đơn vị cho kỳ này không có chỉ tiêu "
        "này), rồi xoá dòng này khỏi phiếu và nhập lại",
    ]
    assert _refused("f.xlsx", "en")[1] == (
        "  hint: work done before 20/03/2024: give a report date before that day and import "
        f"again; work from 20/03/2024: record it with {en} (the unit's form for this period "
        "does not list this target), then clear this row of the form and import again"
    )
    assert _made(FORM_YT, rewritten.parent / "phieu-phong-y-te.xlsx") == []  # the old hint's
    typed = cds(*shlex.split(vi)[3:])  # as printed
    assert typed.exit_code == 0, typed.output
    written = (rewritten.parent / PROGRESS).read_text("utf-8")
    assert '"status": "done", "date": "2024-03-22"' in written and '"note": "Xong"' in written


# the shipped registry: Phòng Y tế's form for 11/2023 as of 01/11/2023, I.1 on row 8


def _finished_i1(folder: Path) -> None:
    """Phòng Y tế reported I.1 done on 20/10/2023, after the form was made (by another copy):
    `cds form` as of 01/11/2023 no longer lists it."""
    code, _, stderr = cds_in(folder, "progress", "add", "I.1", "--unit", "Phòng Y tế",
                             "--status", "done", "--date", "20/10/2023")  # fmt: skip
    assert code == 0, stderr


def _form_of(folder: Path, tmp_path: Path, command: str) -> list[str]:
    """The hint's `cds form` command typed as printed, in `tmp_path`: its targets."""
    from typer.testing import CliRunner

    out = tmp_path / "phieu-phong-y-te.xlsx"
    args = shlex.split(command)[1:]
    args[args.index("--out") + 1] = str(out)
    made = CliRunner().invoke(app, args)
    return _codes(out) if made.exit_code == 0 and out.exists() else []


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_figure_with_no_cell_on_a_part_finished_since_names_no_form(
    own_registry: Path, tmp_path: Path, lang: str
) -> None:
    """I.1 had no indicator when the form was made (tests/test_form_attack17.py); a figure
    typed in its grey cell named a form as of 01/11/2023 that no longer lists I.1."""
    R = f"--registry {own_registry} "
    plan = own_registry / "phu_luc_01.yaml"
    text = plan.read_text(encoding="utf-8")
    block = text[text.index("        indicators:\n          - key: departments_providing_data") :]
    plan.write_text(text.replace(block[: block.index("      - id: I.2")], ""), "utf-8")
    path = make(own_registry, tmp_path)
    plan.write_text(text, "utf-8")  # the indicator confirmed since
    _finished_i1(own_registry)
    fill(path, {"F8": "Hoàn thành", "G8": "25/10/2023", "I8": 75, "M8": "CV 9/YT"})
    status = '"hoàn thành"' if lang == "vi" else "done"
    command = (
        f'cds {R}progress add I.1 --unit "Phòng Y tế" --status {status} --date 25/10/2023 '
        '--value "departments_providing_data=75" --evidence "CV 9/YT"'
    )
    code, _, stderr = cds_in(own_registry, "progress", "import", str(path), "--lang", lang)
    if lang == "vi":
        expected = [
            f"{path}:{SHEET}!I8: phiếu được lập khi chỉ tiêu I.1 chưa có chỉ số nên ô này không "
            "nhận số liệu (đang ghi '75'); không nhập tệp này",
            f"  gợi ý: ghi báo cáo ở dòng 8 bằng lệnh {command} (phiếu của đơn vị cho kỳ này "
            "không có chỉ tiêu này), rồi xoá các ô đã điền của dòng 8 và nhập lại phiếu này",
        ]
    else:
        expected = [
            f"{path}:{SHEET}!I8: the form was made before target I.1 had an indicator, so this "
            "cell takes no figure (it holds '75'); the file is not imported",
            f"  hint: record the report of row 8 with {command} (the unit's form for this "
            "period does not list this target), then clear the cells filled on row 8 and import "
            "this form again",
        ]
    assert (code, stderr.splitlines()) == (1, expected)
    old_hint = f'cds {R}form --unit "Phòng Y tế" --month 11/2023 --as-of 01/11/2023 --out x.xlsx'
    assert "I.1" not in _form_of(own_registry, tmp_path, old_hint)
    _typed_as_printed(own_registry, command, {"departments_providing_data": 75.0}, "CV 9/YT")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_changed_indicators_of_a_part_finished_since_name_no_form(
    own_registry: Path, tmp_path: Path, lang: str
) -> None:
    """I.1's key renamed after the form was made (tests/test_form_attack17.py); the form the
    hint named as of 01/11/2023 no longer lists I.1."""
    R = f"--registry {own_registry} "
    path = make(own_registry, tmp_path)
    plan = own_registry / "phu_luc_01.yaml"
    text = plan.read_text(encoding="utf-8")
    old = "- key: departments_providing_data\n"
    plan.write_text(text.replace(old, "- key: phong_cung_cap_du_lieu\n"), "utf-8")
    _finished_i1(own_registry)
    fill(path, {"F8": "Hoàn thành", "G8": "25/10/2023", "J8": 4, "K8": 5, "M8": "CV 9/YT"})
    status = '"hoàn thành"' if lang == "vi" else "done"
    command = (
        f'cds {R}progress add I.1 --unit "Phòng Y tế" --status {status} --date 25/10/2023 '
        '--value "phong_cung_cap_du_lieu=4/5" --evidence "CV 9/YT"'
    )
    code, _, stderr = cds_in(own_registry, "progress", "import", str(path), "--lang", lang)
    if lang == "vi":
        expected = [
            f"{path}:{SHEET}!B8: chỉ số của chỉ tiêu I.1 trong kế hoạch đã đổi sau khi lập "
            "phiếu (phiếu ghi departments_providing_data; kế hoạch nay: "
            "phong_cung_cap_du_lieu); không nhập tệp này",
            f"  gợi ý: ghi báo cáo ở dòng 8 bằng lệnh {command} (phiếu của đơn vị cho kỳ này "
            "không có chỉ tiêu này), rồi xoá các ô đã điền của chỉ tiêu và nhập lại phiếu này",
        ]
    else:
        expected = [
            f"{path}:{SHEET}!B8: the indicators of target I.1 changed in the plan after the "
            "form was made (the form has departments_providing_data; the plan now: "
            "phong_cung_cap_du_lieu); the file is not imported",
            f"  hint: record the report of row 8 with {command} (the unit's form for this "
            "period does not list this target), then clear the target's filled cells and "
            "import this form again",
        ]
    assert (code, stderr.splitlines()) == (1, expected)
    old_hint = f'cds {R}form --unit "Phòng Y tế" --month 11/2023 --as-of 01/11/2023 --out x.xlsx'
    assert "I.1" not in _form_of(own_registry, tmp_path, old_hint)
    _typed_as_printed(own_registry, command, {"phong_cung_cap_du_lieu": 80.0}, "CV 9/YT")


def _typed_as_printed(folder: Path, command: str, values: dict[str, float], item: str) -> None:
    """The hint's `progress add` typed as printed records the row of 25/10/2023 whole."""
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, shlex.split(command)[1:])
    assert result.exit_code == 0, result.output
    (found,) = [e for e in entries(folder) if e.date == "2023-10-25"]
    assert (found.target, found.status, found.values, found.evidence) == (
        "I.1",
        "done",
        values,
        (item,),
    )


def test_progress_is_read_for_a_new_form_s_hint_alone(
    handed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The registry with its progress (app/opening.py `open_found`, as `cds form` opens it) is
    opened by an import only to say such a hint: a row the import takes opens nothing."""
    import cds_tracker.app.opening as opening

    opened: list[Path] = []
    real = opening.open_found

    def counted(found: object) -> object:
        opened.append(handed)
        return real(found)  # type: ignore[arg-type]

    monkeypatch.setattr(opening, "open_found", counted)
    _fill(handed, "15/03/2024")  # before the hand-over: Phòng Y tế's own report, taken
    assert cds("progress", "import", "f.xlsx", "--dry-run").exit_code == 0
    assert opened == []
    _fill(handed, "25/03/2024")  # after it: the hand-over's hint asks Phòng Kinh tế's form
    assert cds("progress", "import", "f.xlsx").exit_code == 1
    assert opened == [handed]
