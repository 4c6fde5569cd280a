"""What happens between the guide's examples without a `cds` command — a unit fills in its form,
someone mistypes the registry, the office keeps the registry in git, next year's plan arrives as a
Word file — each a function of the folder the examples are in and of a silent `cds` runner.

The guide's prose tells the reader what each one stands for (`<!-- chuẩn bị: NAME -->`).
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

Run = Callable[[str], tuple[int, str]]
Prepare = Callable[[Path, Run], None]
PREPARATIONS: dict[str, Prepare] = {}


def preparation(name: str) -> Callable[[Prepare], Prepare]:
    def register(function: Prepare) -> Prepare:
        PREPARATIONS[name] = function
        return function

    return register


def _ok(run: Run, command: str) -> None:
    code, output = run(command)
    if code != 0:
        raise RuntimeError(f"{command}: exit {code}\n{output}")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    if old not in text:
        raise RuntimeError(f"{path.name}: '{old}' not found")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- Phiếu báo cáo: UBND phường Bắc Sơn fills three rows (as in docs/phieu-bao-cao.png) -------


class Row(NamedTuple):
    """What the ward writes on one target's row: status, date, the value cells of each
    indicator row (I value, J achieved, K out of), note, evidence."""

    status: str
    day: dt.datetime
    values: list[dict[str, float]]
    note: str = ""
    evidence: str = ""


FILLED = {
    "II.2": Row("Đang thực hiện", dt.datetime(2023, 10, 30), [], note="Đã hướng dẫn 5 tổ dân phố"),
    "II.4": Row(
        "Đang thực hiện",
        dt.datetime(2023, 10, 31),
        [{"I": 27.5}, {"J": 12, "K": 40}],
        evidence="Báo cáo số 45/BC-UBND",
    ),
    "II.8": Row("Hoàn thành", dt.datetime(2023, 10, 20), [{"J": 3, "K": 8}]),
}


@preparation("dien-phieu")
def fill_form(folder: Path, run: Run) -> None:
    """phieu-bac-son.xlsx as the ward sends it back: three rows filled, the rest left empty."""
    import openpyxl

    path = folder / "phieu-bac-son.xlsx"
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    rows = {str(sheet[f"B{r}"].value): r for r in range(1, sheet.max_row + 1)}
    for target, filled in FILLED.items():
        row = rows[target]
        sheet[f"F{row}"], sheet[f"G{row}"] = filled.status, filled.day
        sheet[f"L{row}"], sheet[f"M{row}"] = filled.note or None, filled.evidence or None
        for offset, cells in enumerate(filled.values):
            for column, value in cells.items():
                sheet[f"{column}{row + offset}"] = value
    book.save(path)


# --- cds validate: a mistyped deadline, then put right -------------------------------------


@preparation("go-nham")
def mistype(folder: Path, run: Run) -> None:
    _replace(folder / "phu_luc_01.yaml", "text: Tháng 10/2023", "text: Tháng 13/2023")


@preparation("sua-lai")
def put_right(folder: Path, run: Run) -> None:
    _replace(folder / "phu_luc_01.yaml", "text: Tháng 13/2023", "text: Tháng 10/2023")


# --- E-mail: Phòng Y tế's address in the catalog ---------------------------------------------


@preparation("them-email")
def add_email(folder: Path, run: Run) -> None:
    _replace(
        folder / "phu_luc_01.yaml",
        "      name: Phòng Y tế\n",
        "      name: Phòng Y tế\n      email: yte@tamdiep.gov.vn\n",
    )


# --- cds sync: the registry folder is a clone of the office's git repository ----------------


@preparation("kho-git")
def git_clone(folder: Path, run: Run) -> None:
    """The folder becomes a git checkout of a shared repository ("origin", beside it)."""
    origin = folder.parent / ".may-chu.git"

    def git(*args: str, cwd: Path = folder) -> None:
        subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)

    git("init", "-q", "--bare", "-b", "main", str(origin), cwd=folder.parent)
    git("init", "-q", "-b", "main")
    git("config", "user.name", "Cán bộ Phòng Văn hóa và Thông tin")
    git("config", "user.email", "vhtt@tamdiep.gov.vn")
    git("add", "-A")
    git("commit", "-q", "-m", "Sổ đăng ký và tiến độ đến 01/11/2023")
    git("remote", "add", "origin", str(origin))
    git("push", "-q", "-u", "origin", "main")


# --- A new year's plan: ke-hoach-2024.docx, its revision, and the decisions they need --------

HEADING = [
    "Phụ lục 01",
    "Phân công phụ trách theo dõi, kiểm tra, đôn đốc thực hiện các chỉ tiêu năm 2024",
    "(Kèm theo Kế hoạch số 5/KH-BCĐ ngày 10/01/2024 của Ban Chỉ đạo chuyển đổi số thành phố)",
]
TITLES = (
    "Stt",
    "Nội dung chỉ tiêu",
    "Trực tiếp chỉ đạo",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời gian hoàn thành",
    "Ghi chú",
)
PLAN_2024: list[tuple[str, ...]] = [
    ("I. Dữ liệu số",),
    (
        "1.",
        "100% các phòng, đơn vị sử dụng chữ ký số trong văn bản điện tử gửi ra ngoài.",
        "Trưởng phòng Nội vụ",
        "Phòng Ngoại vụ",  # no such department: the import asks
        "Phòng Văn hóa và Thông tin",
        "Tháng 19/2024",  # a typo for "Tháng 9/2024": no month 19, the import asks
    ),
    (
        "2.",
        "100% UBND các phường, xã số hóa hồ sơ thủ tục hành chính còn hiệu lực.",
        "Chủ tịch UBND các phường, xã",
        "UBND các phường, xã",
        "Phòng Văn hóa và Thông tin",
        "Tháng 6/2024",
    ),
    ("II. Chính quyền số",),
    (
        "1.",
        "50% thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch "
        "thanh toán của dịch vụ công.",
        "Trưởng bộ phận một cửa liên thông",
        "Văn phòng HĐND và UBND thành phố",
        "Các phòng, đơn vị có liên quan",
        "Quý II/2024",  # a quarter: read as its last month, June 2024
    ),
    (
        "2.",
        "Duy trì hoạt động của Tổ công nghệ số cộng đồng ở 100% tổ dân phố, thôn.",
        "Chủ tịch UBND các phường, xã",
        "UBND các phường, xã",
        "Phòng Văn hóa và Thông tin",
        "Thường xuyên",
    ),
]


@preparation("ke-hoach-2024")
def plan_2024(folder: Path, run: Run) -> None:
    """ke-hoach-2024.docx as it arrives: four targets, two cells the import cannot resolve."""
    _appendix_docx(folder / "ke-hoach-2024.docx", PLAN_2024)


@preparation("ke-hoach-2024-sua-doi")
def plan_2024_revised(folder: Path, run: Run) -> None:
    """The revision issued in March, with the decisions already taken on the first version:
    II.1 raised to 60 % and due in September, I.2 withdrawn, a new II.3."""
    revised: list[tuple[str, ...]] = []
    for row in PLAN_2024:
        if len(row) == 1:
            revised.append(row)
        elif row[1].startswith("100% UBND các phường"):
            continue
        elif row[1].startswith("50% thanh toán"):
            revised.append(("1.", row[1].replace("50%", "60%"), *row[2:5], "Tháng 9/2024"))
        elif row[3] == "Phòng Ngoại vụ":  # as the clerk decided it from the signed plan
            revised.append((*row[:3], "Phòng Nội vụ", row[4], "Tháng 9/2024"))
        else:
            revised.append(row)
    revised.append(
        (
            "3.",
            "100% cán bộ, công chức cấp xã được tập huấn kỹ năng số cơ bản.",
            "Trưởng phòng Nội vụ",
            "Phòng Nội vụ",
            "UBND các phường, xã",
            "Tháng 11/2024",
        )
    )
    _appendix_docx(folder / "ke-hoach-2024-sua-doi.docx", revised)


def _appendix_docx(
    path: Path, rows: list[tuple[str, ...]], heading: list[str] | None = None
) -> None:
    """An appendix table as Word files carry it: the heading, one row of titles, group rows
    across the table, one row per target."""
    import docx

    document = docx.Document()
    for line in heading or HEADING:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(TITLES))
    for cell, title in zip(table.add_row().cells, TITLES, strict=True):
        cell.text = title
    for row in rows:
        cells = table.add_row().cells
        if len(row) == 1:
            cells[0].merge(cells[-1]).text = row[0]
            continue
        for cell, text in zip(cells, (*row, ""), strict=True):
            cell.text = text
    document.save(str(path))


# I.1 as the import writes it, and as the clerk leaves it: the guide shows both (the test
# tests/test_guide_plans.py holds the guide to these): each field's text AND its resolved value.
FLAGGED_2024 = (
    """\
      - id: I.1
        number: 1
        content: 100% các phòng, đơn vị sử dụng chữ ký số trong văn bản điện tử gửi ra ngoài.
        directing:
          text: Trưởng phòng Nội vụ
          units:
            - phong-noi-vu
        lead:
          text: Phòng Ngoại vụ
          units: []
        cooperating:
          text: Phòng Văn hóa và Thông tin
          units:
            - phong-van-hoa-thong-tin
        deadline:
          text: Tháng 19/2024
          due: ongoing
        notes: ''
        needs_review:
"""
    "          - \"Đơn vị chủ trì: danh mục không có đơn vị nào tên 'Phòng Ngoại vụ' "
    '(bảng 1, dòng 3, cột 4)"\n'
    "          - \"Thời gian hoàn thành: không đọc được thời hạn 'Tháng 19/2024': "
    'không có tháng 19 (bảng 1, dòng 3, cột 6)"\n'
)
DECIDED_2024 = """\
      - id: I.1
        number: 1
        content: 100% các phòng, đơn vị sử dụng chữ ký số trong văn bản điện tử gửi ra ngoài.
        directing:
          text: Trưởng phòng Nội vụ
          units:
            - phong-noi-vu
        lead:
          text: Phòng Nội vụ
          units:
            - phong-noi-vu
        cooperating:
          text: Phòng Văn hóa và Thông tin
          units:
            - phong-van-hoa-thong-tin
        deadline:
          text: Tháng 9/2024
          due: 2024-09
        notes: ''
"""


@preparation("quyet-dinh-2024")
def decide_2024(folder: Path, run: Run) -> None:
    """What the clerk decides on reading the import's questions, as the guide shows it: I.1 is
    led by Phòng Nội vụ (there is no Phòng Ngoại vụ), due in September (the signed plan says
    "Tháng 9/2024"); each field fixed with its resolved value (`units:`, `due:`), and the
    `needs_review` lines deleted."""
    path = folder / "plans" / "2024" / "phu_luc_01.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(FLAGGED_2024) == 1, "the import no longer writes I.1 as the guide shows"
    text = text.replace(FLAGGED_2024, DECIDED_2024)
    path.write_text(text, encoding="utf-8")


# --- A revision of the 2023 plan, after units reported: ke-hoach-2023-dieu-chinh.docx -------


@preparation("ke-hoach-2023-dieu-chinh")
def plan_2023_revised(folder: Path, run: Run) -> None:
    """The 2023 appendix as revised by Kế hoạch số 120/KH-BCĐ ngày 25/10/2023: II.2 withdrawn
    (Bắc Sơn had reported on it), so II.3 … II.9 are printed 2 … 8; II.9 due in December; a
    new target printed "9."."""
    from cds_tracker.registry.yamlio import decode, parse

    data = parse(decode((folder / "phu_luc_01.yaml").read_bytes()))
    rows: list[tuple[str, ...]] = []
    for group in data["groups"]:
        rows.append((f"{group['id']}. {group['title']}",))
        number = 0
        for target in group["targets"]:
            if target["id"] == "II.2":
                continue
            number += 1
            deadline = target["deadline"]["text"]
            if target["id"] == "II.9":
                deadline = "Tháng 12/2023"
            cells = (target[role]["text"] for role in ("directing", "lead", "cooperating"))
            rows.append((f"{number}.", target["content"], *cells, deadline))
        if group["id"] == "II":
            rows.append(
                (
                    f"{number + 1}.",
                    "100% UBND các phường, xã sử dụng hệ thống họp trực tuyến.",
                    "Chánh Văn phòng HĐND và UBND thành phố",
                    "UBND các phường, xã",
                    "Văn phòng HĐND và UBND thành phố",
                    "Tháng 12/2023",
                )
            )
    heading = [
        "Phụ lục 01",
        "Phân công phụ trách theo dõi, kiểm tra, đôn đốc thực hiện các chỉ tiêu",
        "(Kèm theo Kế hoạch số 120/KH-BCĐ ngày 25/10/2023 của Ban Chỉ đạo chuyển đổi số thành phố)",
    ]
    _appendix_docx(folder / "ke-hoach-2023-dieu-chinh.docx", rows, heading)


# --- Đơn vị thay đổi: two wards merged into one from 01/07/2025 (the guide's last example) ---

UNIT_CHANGES = """\
units:
  - id: phuong-bac-son
    valid_to: 30/06/2025
    merged_into: phuong-tam-diep
  - id: phuong-nam-son
    valid_to: 30/06/2025
    merged_into: phuong-tam-diep
  - id: phuong-tam-diep
    name: UBND phường Tam Điệp
    kind: ward
    source: user
    aliases: [Phường Tam Điệp]
    valid_from: 01/07/2025
  - id: phong-kinh-te
    valid_to: 28/02/2025
    successor: phong-kinh-te-ha-tang-do-thi
  - id: phong-kinh-te-ha-tang-do-thi
    name: Phòng Kinh tế, Hạ tầng và Đô thị
    kind: department
    source: user
    valid_from: 01/03/2025
"""


@preparation("don-vi-thay-doi")
def unit_changes(folder: Path, run: Run) -> None:
    """The clerk records the mergers of 01/07/2025 and a rename once, for every plan."""
    (folder / "plans" / "don_vi_thay_doi.yaml").write_text(UNIT_CHANGES, encoding="utf-8")


# The 2025 plan's four targets: (content, lead text, lead units, deadline, cooperating text,
# cooperating units).
PLAN_2025 = [
    (
        "100% UBND các phường, xã số hóa hồ sơ thủ tục hành chính.",
        "UBND các phường, xã",
        ["ubnd-cac-phuong-xa"],
        "9/2025",
        "",
        [],
    ),
    (
        "Số hóa sổ hộ tịch của phường Bắc Sơn.",
        "UBND phường Bắc Sơn",
        ["phuong-bac-son"],
        "8/2025",
        "",
        [],
    ),
    (
        "Rà soát dữ liệu dân cư phường Nam Sơn.",
        "UBND phường Nam Sơn; Phòng Nội vụ",
        ["phuong-nam-son", "phong-noi-vu"],
        "5/2025",
        "",
        [],
    ),
    (
        "Cấp hồ sơ sức khỏe điện tử.",
        "Phòng Y tế",
        ["phong-y-te"],
        "12/2025",
        "UBND phường Bắc Sơn",
        ["phuong-bac-son"],
    ),
]
# What the wards and communes reported before the merger, as (target, unit, status, day).
REPORTED_2025 = [
    *(
        ("I.1", unit, "hoàn thành", "20/05/2025")
        for unit in (
            "phuong-trung-son",
            "phuong-tay-son",
            "phuong-tan-binh",
            "phuong-yen-binh",
            "xa-dong-son",
            "xa-quang-son",
            "xa-yen-son",
        )
    ),
    ("I.1", "phuong-bac-son", "hoàn thành", "10/06/2025"),
    ("I.1", "phuong-nam-son", "đang thực hiện", "20/06/2025"),
    ("I.3", "phong-noi-vu", "hoàn thành", "10/05/2025"),
]


@preparation("ke-hoach-2025")
def plan_2025(folder: Path, run: Run) -> None:
    """plans/2025: the 2023 plan's catalog, four targets naming the wards, and the reports
    made before the merger."""
    from cds_tracker.registry.importing.writing import to_yaml
    from cds_tracker.registry.yamlio import parse

    source = folder / "plans" / "2023" / "phu_luc_01.yaml"
    data = parse(source.read_text(encoding="utf-8"))
    data["document"]["year"] = 2025
    targets = []
    for number, (content, lead, units, due, cooperating, helping) in enumerate(PLAN_2025, 1):
        month, year = due.split("/")
        targets.append(
            {
                "id": f"I.{number}",
                "number": number,
                "content": content,
                "directing": {"text": "", "units": []},
                "lead": {"text": lead, "units": units},
                "cooperating": {"text": cooperating, "units": helping},
                "deadline": {"text": f"Tháng {due}", "due": f"{year}-{int(month):02d}"},
                "notes": "",
            }
        )
    data["groups"] = [{"id": "I", "title": "Dữ liệu số", "targets": targets}]
    path = folder / "plans" / "2025" / "phu_luc_01.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(to_yaml(data), encoding="utf-8")
    for target, unit, status, day in REPORTED_2025:
        _ok(
            run,
            f'cds progress add {target} --plan 2025 --unit {unit} --status "{status}" --date {day}',
        )


@preparation("ke-hoach-2026")
def plan_2026(folder: Path, run: Run) -> None:
    """plans/2026: the 2025 plan's catalog and one target of its own, for the carry-over that
    brings the 2025 plan's unfinished targets in."""
    from cds_tracker.registry.importing.writing import to_yaml
    from cds_tracker.registry.yamlio import parse

    source = folder / "plans" / "2025" / "phu_luc_01.yaml"
    data = parse(source.read_text(encoding="utf-8"))
    data["document"]["year"] = 2026
    target = {
        "id": "I.1",
        "number": 1,
        "content": "Đưa trợ lý ảo vào bộ phận một cửa.",
        "directing": {"text": "", "units": []},
        "lead": {"text": "Văn phòng HĐND và UBND thành phố", "units": ["van-phong"]},
        "cooperating": {"text": "", "units": []},
        "deadline": {"text": "Tháng 6/2026", "due": "2026-06"},
        "notes": "",
    }
    data["groups"] = [{"id": "I", "title": "Dữ liệu số", "targets": [target]}]
    path = folder / "plans" / "2026" / "phu_luc_01.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(to_yaml(data), encoding="utf-8")
