"""Plan folders named other than a bare year, and carry-over (attack 15: a15_04, 05, 06, 12).

A plan's name is its folder's name in NFC (registry/plan_names.py): a folder "kế-hoạch-2024"
written decomposed (NFD, as a Mac syncs it) was written into `carried_to` as NFD, read back as
NFC and matched to no plan, 62 errors after a carry-over said done. A folder named with a space
("kh 2024") makes no `carried_from`/`carried_to` ("kh 2024/I.2" breaks their pattern): carried
into, the new plan was written and the old one then refused its marks; carried from, 31 lines
showed a regular expression. Now refused before anything is written, with the folder to rename.
Two folders of one name in two Unicode forms are both passed over, each said with the other.

Workspace: plans/2023 as `cds init` makes it (31 targets in groups I–V, none reported on, so
all 31 are carried), plans/2024 imported from a table of one group "I. Chính quyền số" with one
target I.1. The 2023 group I ("Dữ liệu số") is new to 2024: its I.1 becomes II.1; the 2023
group II ("Chính quyền số") is 2024's group I: its II.1 becomes I.2.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from appendix_files import HEADING_2024, write_docx
from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

NAME = "kế-hoạch-2024"
NFC = unicodedata.normalize("NFC", NAME)
NFD = unicodedata.normalize("NFD", NAME)
CARRY = ("carry-over", "--as-of", "31/12/2023", "--yes")
ROWS = [
    ("header",),
    ("group", "I. Chính quyền số"),
    (
        "1.",
        "100% các phòng, đơn vị sử dụng chữ ký số.",
        "Trưởng phòng Nội vụ",
        "Phòng Nội vụ",
        "Phòng Văn hóa và Thông tin",
        "Tháng 9/2024",
        "",
    ),
]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def plans(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    init_registry(tmp_path / "plans" / "2023")
    write_docx(tmp_path / "kh2024.docx", ROWS, HEADING_2024)
    code, out, err = run("import", "kh2024.docx", "--out", "plans/2024/phu_luc_01.yaml")
    assert code == 0, out + err
    return tmp_path / "plans"


def files(plans: Path) -> dict[str, bytes]:
    """Every file of the workspace's plans, by path: what a refused carry-over must not touch
    (the empty lock files a write takes are none of its data)."""
    found = (p for p in plans.rglob("*") if p.is_file() and p.name != ".lock")
    return {str(p.relative_to(plans)): p.read_bytes() for p in found}


def test_a_carry_over_into_a_decomposed_folder_names_it_in_nfc(plans: Path) -> None:
    (plans / "2024").rename(plans / NFD)
    code, out, err = run(*CARRY, "--from", "2023", "--to", NFC)
    assert (code, out.splitlines()[-2:], err) == (
        0,
        [
            f"Đã ghi 31 chỉ tiêu vào plans/{NFD}/phu_luc_01.yaml.",
            "Đã ghi dấu 'đã chuyển' cho 31 chỉ tiêu trong plans/2023/phu_luc_01.yaml.",
        ],
        "",
    )
    origin = (plans / "2023/phu_luc_01.yaml").read_text(encoding="utf-8")
    assert origin.count(f"carried_to: {NFC}/") == 31 and NFD not in origin
    assert "    carried_to: kế-hoạch-2024/II.1\n" in origin  # 2023/I.1, its group new in 2024
    assert run("validate") == (0, "Hợp lệ: 2 tệp.\n", "")
    assert run("--lang", "en", "validate") == (0, "Valid: 2 files.\n", "")


def test_a_carry_over_from_a_decomposed_folder_names_it_in_nfc(plans: Path) -> None:
    old = unicodedata.normalize("NFD", "kế-hoạch-2023")
    (plans / "2023").rename(plans / old)
    code, out, err = run("--lang", "en", *CARRY, "--from", "kế-hoạch-2023", "--to", "2024")
    assert (code, out.splitlines()[-2:], err) == (
        0,
        [
            "Wrote 31 targets to plans/2024/phu_luc_01.yaml.",
            f"Marked 31 targets as carried over in plans/{old}/phu_luc_01.yaml.",
        ],
        "",
    )
    new = (plans / "2024/phu_luc_01.yaml").read_text(encoding="utf-8")
    assert new.count("carried_from: kế-hoạch-2023/") == 31 and old not in new
    assert run("validate") == (0, "Hợp lệ: 2 tệp.\n", "")


REFUSED_VI = (
    "cds: lỗi: {option} {typed}: tên thư mục 'plans/{folder}' có khoảng trắng, mà "
    "`carried_from` và `carried_to` ghi tên kế hoạch liền một từ (như 2023/II.4), nên không "
    "chuyển chỉ tiêu được; chưa ghi gì\n"
    "  gợi ý: đổi tên thư mục 'plans/{folder}' thành plans/{word} (một từ, không khoảng trắng), "
    "rồi chạy lại lệnh với {option} {word}\n"
)
REFUSED_EN = (
    "cds: error: {option} {typed}: the folder's name 'plans/{folder}' has spaces, while "
    "`carried_from` and `carried_to` write a plan's name as one word (as in 2023/II.4), so no "
    "target can be carried over; nothing written\n"
    "  hint: rename the folder 'plans/{folder}' to plans/{word} (one word, no spaces), then run "
    "the command again with {option} {word}\n"
)


@pytest.mark.parametrize(
    ("moved", "folder", "option", "typed", "word"),
    [
        ("2024", "kh 2024", "--to", '"kh 2024"', "kh-2024"),  # a15_05: was written half way
        ("2023", "kh 2023", "--from", '"kh 2023"', "kh-2023"),  # a15_06: a regex per target
        ("2024", "2024 ", "--to", '"2024 "', "2024"),  # spaces at its end: chosen by --to 2024
    ],
)
def test_a_folder_named_with_a_space_is_refused_before_anything_is_written(
    plans: Path, moved: str, folder: str, option: str, typed: str, word: str
) -> None:
    (plans / moved).rename(plans / folder)
    names = {"--from": "2023", "--to": "2024"}
    names[option] = folder.strip()
    args = ("--from", names["--from"], "--to", names["--to"])
    before = files(plans)
    said = {"option": option, "typed": typed, "folder": folder, "word": word}
    assert run(*CARRY, *args) == (1, "", REFUSED_VI.format(**said))
    assert run("--lang", "en", *CARRY, *args) == (1, "", REFUSED_EN.format(**said))
    assert files(plans) == before
    assert run("validate") == (0, "Hợp lệ: 2 tệp.\n", "")


def test_a_mark_refused_leaves_the_new_plan_unwritten(
    plans: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every check runs before the first write: the origin's marks, made and refused, left the
    new plan written (half a carry-over) when they were checked after it."""
    from cds_tracker.app import carrying
    from cds_tracker.core.errors import DataError, msg

    def refused(path: Path, shown: str, marks: object, day: object) -> bytes:
        raise DataError(msg("carry.would_be_invalid", path=shown))

    monkeypatch.setattr(carrying, "mark_origin", refused)
    before = files(plans)
    code, out, err = run(*CARRY, "--from", "2023", "--to", "2024")
    assert (code, out.splitlines()[0], err) == (
        1,
        "31 chỉ tiêu chưa hoàn thành của kế hoạch 2023 sẽ chuyển vào plans/2024/phu_luc_01.yaml:",
        "cds: lỗi: chuyển các chỉ tiêu sẽ làm plans/2023/phu_luc_01.yaml không hợp lệ; chưa ghi "
        "gì\n",
    )
    assert files(plans) == before


SAME_VI = (
    "cds: bỏ qua {root}/{one}/phu_luc_01.yaml: tên thư mục này (ghi dạng {form}) và thư mục "
    "plans/{other} ({other_form}) là cùng một tên 'kế-hoạch-2024', ghi theo hai cách mã hóa "
    "Unicode (NFD: dấu ghi rời, như máy Mac ghi), nên --plan không biết chọn thư mục nào; giữ "
    "một thư mục, gộp hoặc đổi tên thư mục kia\n"
)
SAME_EN = (
    "cds: skipped {root}/{one}/phu_luc_01.yaml: this folder's name (written {form}) and the "
    "folder plans/{other} ({other_form}) are one name 'kế-hoạch-2024' in two Unicode encodings "
    "(NFD: accents apart, as a Mac writes them), so --plan cannot tell which is meant; keep one "
    "folder, merge or rename the other\n"
)


def test_two_folders_of_one_name_in_two_forms_are_both_passed_over(plans: Path) -> None:
    import shutil

    shutil.copytree(plans / "2024", plans / NFD)
    (plans / "2024").rename(plans / NFC)
    root = plans.resolve()
    notes = [  # in the order the folders sort: NFD's "e" before NFC's "ế"
        {"root": root, "one": NFD, "form": "NFD", "other": NFC, "other_form": "NFC"},
        {"root": root, "one": NFC, "form": "NFC", "other": NFD, "other_form": "NFD"},
    ]
    code, out, err = run("plans")
    assert (code, err) == (0, "".join(SAME_VI.format(**n) for n in notes))
    assert [line for line in out.splitlines() if "phu_luc_01.yaml" in line] == [
        "  2023: plans/2023/phu_luc_01.yaml"
    ]
    before = files(plans)
    args = ("progress", "add", "I.1", "--unit", "phong-noi-vu", "--status", "in_progress")
    code, out, err = run("--lang", "en", "--plan", NFC, *args, "--date", "10/05/2024")
    assert (code, out, err) == (
        2,
        "",
        "".join(SAME_EN.format(**n) for n in notes)
        + f"cds: error: --plan: no plan '{NFC}' in this workspace (plans: 2023)\n"
        "  hint: run 'cds plans' to list them\n",
    )
    assert files(plans) == before


def test_validate_hints_name_a_folder_with_a_space_as_one_word(plans: Path) -> None:
    """A plan carried into plans/2024, whose folder is then renamed "kh 2024": the 31 new
    targets' origins are marked carried to 2024/…, a plan no more; the command that finishes
    the carry-over (said once per file) names "kh 2024" as one word (a15_05: `--to kh 2024`)."""
    assert run(*CARRY, "--from", "2023", "--to", "2024")[0] == 0
    (plans / "2024").rename(plans / "kh 2024")
    code, out, err = run("validate")
    lines = (out + err).splitlines()
    assert (code, [line for line in lines if "gợi ý: chạy lại cds" in line], lines[-1]) == (
        1,
        [
            '  gợi ý: chạy lại cds carry-over --from 2023 --to "kh 2024": lệnh ghi nốt phần còn '
            "thiếu"
        ],
        "62 lỗi trong 2 tệp (đã kiểm tra 2 tệp).",
    )
    code, out, err = run("--lang", "en", "validate")
    assert (code, [line for line in (out + err).splitlines() if "hint: run cds" in line]) == (
        1,
        ['  hint: run cds carry-over --from 2023 --to "kh 2024" again: it writes what is missing'],
    )
