"""A figure for a city-wide indicator from a unit that does not give it is refused where it
enters (clerk 14): `show` counts only its reporter's (questions/figures.py `figure_giver`), so
a ward's figure was written and then ignored in silence ("chưa có số liệu").

III.2 of the shipped plan (e-commerce share of retail, > 8,5 %) is led by Phòng Kinh tế, Phòng
Tài chính - Kế hoạch, the offices concerned and the wards; its one indicator is `scope: city`
with no `reporter`, so Phòng Kinh tế (its first lead unit that is no collective) gives it. A
ward reports its part of III.2 (through "UBND các phường, xã"), but not the figure.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from cds_tracker.cli import app
from test_forms import FILLED, SHEET, UNIT, cds, entries, fill, make

WARD = "phuong-bac-son"
SHARE = "Tỷ trọng thương mại điện tử trong tổng mức bán lẻ"
runner = CliRunner()
ADD = ("progress", "add", "III.2", "--unit", "Bắc Sơn", "--date", "31/10/2023")


def _files(folder: Path) -> dict[str, str]:
    progress = folder / "progress"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(progress.glob("*.yaml"))}


def _figure(folder: Path, as_of: str) -> dict[str, object]:
    code, stdout, _ = cds(folder, "show", "III.2", "--as-of", as_of, "--format", "json")
    assert code == 0
    found: dict[str, object] = json.loads(stdout)["indicators"][0]
    return found


def test_a_ward_s_city_figure_is_refused_with_the_command_without_it(own_registry: Path) -> None:
    code, stdout, stderr = cds(
        own_registry, *ADD, "--status", "đang thực hiện", "--value", "ecommerce_retail_share=9"
    )
    assert (code, stdout) == (2, "")
    command = (  # on the registry this run was given (app/discovery.again)
        f'cds --registry {own_registry} progress add III.2 --unit "UBND phường Bắc Sơn" '
        '--status "đang thực hiện" --date 31/10/2023'
    )
    assert stderr.splitlines() == [
        f"cds: lỗi: --value ecommerce_retail_share=9: {SHARE} của chỉ tiêu III.2 là số liệu "
        "chung của thành phố, do Phòng Kinh tế báo cáo; số liệu của UBND phường Bắc Sơn không "
        "được tính; chưa ghi gì",
        "  gợi ý: ghi báo cáo không kèm số liệu này (Phòng Kinh tế báo cáo số liệu đó): " + command,
    ]
    assert _files(own_registry) == {}  # nothing written
    # the hint runs as printed, and records the report without the figure
    typed = runner.invoke(app, shlex.split(command)[1:])  # as printed, --registry and all
    assert (typed.exit_code, typed.stderr) == (0, ""), typed.stdout
    (entry,) = entries(own_registry, WARD)
    assert (entry.status, entry.date, entry.values) == ("in_progress", "2023-10-31", {})
    assert _figure(own_registry, "01/11/2023")["verdict"] == "no_data"


def test_in_english_every_other_option_kept(own_registry: Path) -> None:
    """`--force` or not (the figure would never count); the hint keeps the note, evidence and
    `by`, each one word PowerShell, cmd and bash read alike, after the other options, and the
    status as the English command takes it. A note no window reads alike in "…" is left out
    and said (core/command_words.py, fix12d): the command then ends at `--note`."""
    code, _, stderr = cds(
        own_registry, "--lang", "en", *ADD, "--status", "done", "--value", "9",
        "--note", "Đã rà soát sàn 'A', đạt 80%", "--evidence", "Văn bản 12/UBND", "--by",
        "Chị Lan", "--force",
    )  # fmt: skip
    assert code == 2
    assert stderr.splitlines() == [
        f"cds: error: --value 9: {SHARE} of target III.2 is one city-wide figure, reported by "
        "Phòng Kinh tế; a figure from UBND phường Bắc Sơn does not count; nothing written",
        "  hint: record the report without that figure (Phòng Kinh tế reports it): cds "
        f'--registry {own_registry} progress add III.2 --unit "UBND phường Bắc Sơn" --status '
        "done --date 31/10/2023 --force --note "
        '"Đã rà soát sàn \'A\', đạt 80%" --evidence "Văn bản 12/UBND" --by "Chị Lan"',
    ]
    code, _, stderr = cds(
        own_registry, "--lang", "en", *ADD, "--status", "done", "--value", "9",
        "--note", 'Đã rà soát "sàn" $1', "--evidence", "Văn bản 12/UBND", "--by", "Chị Lan",
        "--force",
    )  # fmt: skip
    assert code == 2
    assert stderr.splitlines()[1] == (
        "  hint: record the report without that figure (Phòng Kinh tế reports it): the value of "
        "--note holds characters a command window (PowerShell, cmd) reads in its own way, so it "
        "is not printed; the command that follows lacks it and records nothing: type it in after "
        f"--note (in place of the … if any); cds --registry {own_registry} progress add III.2 "
        '--unit "UBND phường Bắc Sơn" --status done --date 31/10/2023 --force --evidence '
        '"Văn bản 12/UBND" --by "Chị Lan" --note'
    )
    assert _files(own_registry) == {}


def test_its_reporter_gives_it(own_registry: Path) -> None:
    code, stdout, stderr = cds(
        own_registry, "progress", "add", "III.2", "--unit", "Phòng Kinh tế", "--status",
        "in_progress", "--date", "31/10/2023", "--value", "9",
    )  # fmt: skip
    assert (code, stderr) == (0, ""), stdout
    figure = _figure(own_registry, "01/11/2023")
    assert (figure["value"], figure["verdict"]) == (9.0, "met")


def _merged(folder: Path) -> None:
    """Phòng Kinh tế merged into Phòng Tài chính - Kế hoạch on 16/10/2023 (its last day 15/10)."""
    path = folder / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    unit = "    - id: phong-kinh-te\n      name: Phòng Kinh tế\n"
    assert unit in text
    merged = unit + "      valid_to: 15/10/2023\n      successor: phong-tai-chinh-ke-hoach\n"
    path.write_text(text.replace(unit, merged), encoding="utf-8")


def test_an_heir_gives_its_merged_reporter_s_figure_from_the_merger(own_registry: Path) -> None:
    """The units of the report's day: before the merger Phòng Kinh tế gives the figure (Phòng
    Tài chính - Kế hoạch's is refused), from it its heir does, and a return form made for the
    heir then asks it (questions/form_rows.py `reported_indicators`, the one rule)."""
    from cds_tracker.app.opening import open_tracker
    from cds_tracker.questions.form_rows import reported_indicators

    _merged(own_registry)
    code, _, stderr = cds(
        own_registry, "progress", "add", "III.2", "--unit", "Phòng Tài chính - Kế hoạch",
        "--status", "in_progress", "--date", "10/10/2023", "--value", "9",
    )  # fmt: skip
    assert code == 2
    assert stderr.splitlines()[0] == (
        f"cds: lỗi: --value 9: {SHARE} của chỉ tiêu III.2 là số liệu chung của thành phố, do "
        "Phòng Kinh tế báo cáo; số liệu của Phòng Tài chính - Kế hoạch không được tính; chưa "
        "ghi gì"
    )
    code, stdout, stderr = cds(
        own_registry, "progress", "add", "III.2", "--unit", "Phòng Tài chính - Kế hoạch",
        "--status", "in_progress", "--date", "20/10/2023", "--value", "9",
    )  # fmt: skip
    assert (code, stderr) == (0, ""), stdout
    figure = _figure(own_registry, "01/11/2023")
    assert (figure["value"], figure["verdict"]) == (9.0, "met")
    tracker = open_tracker(own_registry)
    _, target = tracker.target("III.2")
    import datetime as dt

    heir, ward = "phong-tai-chinh-ke-hoach", WARD
    keys = [
        [i.key for i in reported_indicators(tracker, target, unit, dt.date(2023, 10, day))]
        for unit in (heir, ward)
        for day in (10, 20)
    ]
    assert keys == [[], ["ecommerce_retail_share"], [], []]


def test_a_form_asking_a_city_figure_of_the_wrong_unit_is_refused_at_its_cell(
    own_registry: Path, tmp_path: Path
) -> None:
    """Phòng Y tế's form for 11/2023: IV.6 on row 15, whose city-wide figure Phòng Văn hóa và
    Thông tin reports, has no figure cell. Its hidden sheet edited to ask the figure there (or a
    form made when the unit gave it, filled with a day it no longer did): the figure typed in
    I15 is refused at I15, nothing of the file written."""
    path = make(own_registry, tmp_path)
    book = openpyxl.load_workbook(path)
    meta = book["_cds"]
    row = next(r for r in meta.iter_rows() if r[0].value == "IV.6")
    cells = json.loads(row[2].value)
    assert cells["values"] == {}
    cells["values"] = {
        "adults_with_public_service_account": {
            "value": "I15",
            "numerator": "J15",
            "denominator": "K15",
        }
    }
    row[2].value = json.dumps(cells)
    book.save(path)
    fill(path, {**FILLED, "F15": "Đang thực hiện", "G15": "30/10/2023", "I15": 40})
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert code == 1, stdout
    name = "Tỷ lệ dân số trưởng thành có tài khoản dịch vụ công trực tuyến"
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!I15: {name} của chỉ tiêu IV.6 là số liệu chung của thành phố, do Phòng "
        "Văn hóa và Thông tin báo cáo; số liệu của Phòng Y tế ngày 30/10/2023 không được tính "
        "(ô đang ghi '40'); không nhập tệp này",
        "  gợi ý: xoá số liệu ở ô I15 (và Số đạt, Tổng số bên cạnh), ghi vào cột Ghi chú nếu "
        "cần, rồi nhập lại: báo cáo được ghi không kèm số liệu đó, Phòng Văn hóa và Thông tin "
        "báo cáo số liệu này",
    ]
    assert entries(own_registry) == []
    assert not (own_registry / "progress" / f"{UNIT}.yaml").exists()
    code, _, stderr = cds(own_registry, "--lang", "en", "progress", "import", str(path))
    assert code == 1
    assert stderr.splitlines() == [
        f"{path}:{SHEET}!I15: {name} of target IV.6 is one city-wide figure, reported by Phòng "
        "Văn hóa và Thông tin; a figure from Phòng Y tế on 30/10/2023 does not count (the cell "
        "holds '40'); the file is not imported",
        "  hint: clear the figure in cell I15 (and Count met, Total beside it), write it in the "
        "Note column if it matters, and import again: the report is recorded without that "
        "figure, which Phòng Văn hóa và Thông tin reports",
    ]
    fill(path, {"I15": None})  # the hint's step
    code, stdout, stderr = cds(own_registry, "progress", "import", str(path))
    assert (code, stderr) == (0, ""), stdout
    six = next(e for e in entries(own_registry) if e.target == "IV.6")
    assert (six.status, six.date, six.values) == ("in_progress", "2023-10-30", {})


def test_one_already_in_a_file_stops_nothing_and_never_counts(own_registry: Path) -> None:
    """A progress file written by hand (or by a cds before this rule) may hold a ward's city
    figure. A progress file is never edited, so refusing it in `validate` would stop every
    command with no command to clear it: it is kept, and never counted, as it never was."""
    path = own_registry / "progress" / f"{WARD}.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(
        '- {"id": "aaaaaa111111", "target": "III.2", "unit": "phuong-bac-son", "status": '
        '"in_progress", "date": "2023-10-31", "written": "2023-10-31T09:00:00+07:00", '
        '"values": {"ecommerce_retail_share": 9}}\n',
        encoding="utf-8",
    )
    code, stdout, _ = cds(own_registry, "validate")
    assert (code, stdout.splitlines()[-1]) == (0, "Hợp lệ: 2 tệp.")
    code, _, _ = cds(own_registry, "late", "--as-of", "01/11/2023")
    assert code == 0
    assert _figure(own_registry, "01/11/2023")["verdict"] == "no_data"
