"""An older copy of a return form, imported after the unit's corrected one (clerk15 F6).

Phòng Y tế's form for 11/2023 (test_forms.py), its row 13 II.9 (no indicator, due Tháng
11/2023, Phòng Y tế among the leads). The first copy says "Đang thực hiện" on 03/10/2023, the
corrected copy "Hoàn thành" on 10/10/2023: imported in that order, they are v1 and v2, v2
correcting v1. The first copy, still in the mailbox, imported again was refused at G8 with a hint
to re-date the row to 10/10/2023 or later and import again, and doing so recorded the old
figures as a correction of v2: Phòng Y tế's finished part went back to "Đang thực hiện". The
user guide says importing a form again adds nothing and an older copy may be one: its row is
said to be from an old copy and skipped, exit 0, nothing written, with the one command that
records it if the unit did mean it (a16_03). A copy whose row says what v2 says but dated
earlier is v2's date corrected: recorded as its correction (a16_03).
"""

from __future__ import annotations

import datetime as dt
import json
import shlex
import shutil
from pathlib import Path

import openpyxl
import pytest

from test_forms import FILLED, cds, entries, fill, make

PROGRESS = Path("progress") / "phong-y-te.yaml"
FIRST = {"F13": "Đang thực hiện", "G13": "03/10/2023"}
I5_FIGURE = (  # row 11's one indicator, as `progress list` names it
    "Tỷ lệ trang thông tin điện tử được đánh giá an toàn thông tin và gắn nhãn tín nhiệm mạng"
)
CORRECTED = {"F13": "Hoàn thành", "G13": "10/10/2023"}


def _copies(folder: Path, tmp_path: Path) -> tuple[Path, Path, str, str]:
    """The two copies, both imported: (first copy, corrected copy, v1's id, v2's id)."""
    first = make(folder, tmp_path, name="lan-1")
    fill(first, FIRST)
    corrected = tmp_path / "lan-2.xlsx"
    shutil.copy(first, corrected)
    fill(corrected, CORRECTED)
    for path in (first, corrected):
        assert cds(folder, "progress", "import", str(path))[0] == 0
    v1, v2 = entries(folder)
    assert (v1.status, v1.day, v2.status, v2.day, v2.corrects) == (
        "in_progress",
        dt.date(2023, 10, 3),
        "done",
        dt.date(2023, 10, 10),
        v1.id,
    )
    return first, corrected, v1.id, v2.id


def _hint(folder: Path, status: str, day: str, latest: str, lang: str) -> str:
    """The command a skipped row's hint gives (`fi_hint_old_row`), as printed."""
    said = {
        "vi": "    gợi ý: nếu đơn vị đã sửa dòng này (kể cả Ngày báo cáo), ghi bằng: ",
        "en": "    hint: if the unit did correct this row (its report date included), record it "
        "with: ",
    }
    return (
        f'{said[lang]}cds --registry {folder} progress add II.9 --id --unit "Phòng Y tế" '
        f"--status {status} --date {day} --corrects {latest}"
    )


def _part(folder: Path) -> str:
    code, stdout, _ = cds(
        folder, "report", "--unit", "Phòng Y tế", "--as-of", "01/11/2023", "--format", "json"
    )
    assert code == 0
    return str(next(t["unit_status"] for t in json.loads(stdout) if t["id"] == "II.9"))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_first_copy_again_adds_nothing(own_registry: Path, tmp_path: Path, lang: str) -> None:
    first, _, v1, v2 = _copies(own_registry, tmp_path)
    before = (own_registry / PROGRESS).read_bytes()
    code, stdout, stderr = cds(own_registry, "progress", "import", str(first), "--lang", lang)
    said = {
        "vi": [
            f"  II.9: {v1} — đã nhập trước đó, sau đó đã được đính chính bằng {v2} (Hoàn thành, "
            "10/10/2023): dòng của bản phiếu cũ, bỏ qua",
            _hint(own_registry, '"đang thực hiện"', "03/10/2023", v2, lang),
            f"{first}: không có gì mới để ghi",
        ],
        "en": [
            f"  II.9: {v1} — already imported, since corrected by {v2} (Done, 10/10/2023): a row "
            "of an older copy of the form, skipped",
            _hint(own_registry, "in_progress", "03/10/2023", v2, lang),
            f"{first}: nothing new to write",
        ],
    }
    assert (code, stdout.splitlines(), stderr) == (0, said[lang], "")
    assert (own_registry / PROGRESS).read_bytes() == before
    assert _part(own_registry) == "done"  # the corrected report stands


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_copy_between_the_two_is_skipped_and_the_rest_written(
    own_registry: Path, tmp_path: Path, lang: str
) -> None:
    """A copy the unit sent between the two (II.9 "Đang thực hiện" on 07/10/2023, never
    imported), with I.5 newly filled (row 11): II.9 dated before v2 is no correction of it, said
    from an old copy and skipped; I.5 is written as new."""
    first, _, _, v2 = _copies(own_registry, tmp_path)
    between = tmp_path / "giua.xlsx"
    shutil.copy(first, between)
    fill(between, {"G13": "07/10/2023", **{k: v for k, v in FILLED.items() if k[1:] == "11"}})
    code, stdout, stderr = cds(own_registry, "progress", "import", str(between), "--lang", lang)
    (i5,) = [e for e in entries(own_registry) if e.target == "I.5"]
    said = {
        "vi": [
            f"  I.5: {i5.id} — ghi mới: Đang thực hiện, 20/10/2023",
            f"    {I5_FIGURE}: 81,5%",
            f"  II.9: ghi ngày 07/10/2023, trước ngày của báo cáo {v2} đã ghi cho dòng này (Hoàn "
            "thành, 10/10/2023): có thể là dòng của bản phiếu cũ, bỏ qua",
            _hint(own_registry, '"đang thực hiện"', "07/10/2023", v2, lang),
            f"{between}: đã ghi 1 mục vào {own_registry}/progress/phong-y-te.yaml",
        ],
        "en": [
            f"  I.5: {i5.id} — new: In progress, 20/10/2023",
            f"    {I5_FIGURE}: 81.5%",
            f"  II.9: dated 07/10/2023, before the report {v2} already recorded for this row "
            "(Done, 10/10/2023): probably a row of an older copy of the form, skipped",
            _hint(own_registry, "in_progress", "07/10/2023", v2, lang),
            f"{between}: wrote 1 entry to {own_registry}/progress/phong-y-te.yaml",
        ],
    }
    assert (code, stdout.splitlines(), stderr) == (0, said[lang], "")
    assert [(e.target, e.status) for e in entries(own_registry)] == [
        ("II.9", "in_progress"),
        ("II.9", "done"),
        ("I.5", "in_progress"),
    ]
    assert _part(own_registry) == "done"
    # the hint typed as printed records the row, correcting v2 with the earlier day
    typed = shlex.split(stdout.splitlines()[3].partition(": cds ")[2])
    assert typed[:2] == ["--registry", str(own_registry)]
    assert cds(own_registry, *typed[2:])[0] == 0
    v3 = entries(own_registry)[-1]
    assert (v3.corrects, v3.status, v3.day) == (v2, "in_progress", dt.date(2023, 10, 7))
    assert _part(own_registry) == "in_progress"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_date_corrected_earlier_corrects(own_registry: Path, tmp_path: Path, lang: str) -> None:
    """v2 said "Hoàn thành" on 10/10/2023; the unit sends the form again, the row the same but
    dated 08/10/2023 (the day typed wrong), and the copy's saved time set before v2 was
    written (both copies saved before either import, a16_03). Its row is v2's date corrected,
    not an old copy: v3, correcting v2, dated 08/10, with the older-copy warning; Phòng Y tế's
    part is done, finished on 08/10."""
    _, corrected, _, v2 = _copies(own_registry, tmp_path)
    again = tmp_path / "lan-3.xlsx"
    book = openpyxl.load_workbook(corrected)
    book["Phiếu báo cáo"]["G13"] = "08/10/2023"
    book.save(again)
    _saved_at(again, dt.datetime(2023, 10, 1, 8, 0))
    code, stdout, stderr = cds(own_registry, "progress", "import", str(again), "--lang", lang)
    v3 = entries(own_registry)[-1]
    out = f"{own_registry}/progress/phong-y-te.yaml"
    said = {
        "vi": [
            f"  II.9: {v3.id} — đính chính {v2}: Hoàn thành, 08/10/2023",
            f"    cảnh báo: bản phiếu này được lưu trước khi ghi {v2}: có thể là bản cũ, mục mới "
            f"sẽ đính chính (thay) nội dung của {v2}; nếu không muốn, nhập bản phiếu mới nhất",
            f"{again}: đã ghi 1 mục vào {out}",
        ],
        "en": [
            f"  II.9: {v3.id} — corrects {v2}: Done, 08/10/2023",
            f"    warning: this copy of the form was saved before {v2} was written: it may be an "
            f"older copy, and the new entry corrects (replaces) {v2}; if unintended, import the "
            "latest copy",
            f"{again}: wrote 1 entry to {out}",
        ],
    }
    assert (code, stdout.splitlines(), stderr) == (0, said[lang], "")
    assert (v3.corrects, v3.status, v3.day) == (v2, "done", dt.date(2023, 10, 8))
    assert _part(own_registry) == "done"


def _saved_at(path: Path, when: dt.datetime) -> None:
    """Sets the file's saved time (docProps/core.xml `modified`, as Excel writes it)."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    core = parts["docProps/core.xml"].decode()
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", rf"\g<1>{stamp}", core)
    parts["docProps/core.xml"] = core.encode()
    with zipfile.ZipFile(path, "w") as new:
        for name, data in parts.items():
            new.writestr(name, data)


def test_a_real_correction_on_the_same_day_still_corrects(
    own_registry: Path, tmp_path: Path
) -> None:
    """A copy saved after v2, dated as v2 and saying otherwise, is the unit's correction of it
    (the guide: "Phiếu đã sửa … trở thành mục đính chính"): v3, correcting v2."""
    _, corrected, _, v2 = _copies(own_registry, tmp_path)
    again = tmp_path / "lan-3.xlsx"
    shutil.copy(corrected, again)
    fill(again, {"F13": "Đang thực hiện"})  # saved now: after v2 was written
    code, stdout, stderr = cds(own_registry, "progress", "import", str(again))
    v3 = entries(own_registry)[-1]
    assert (code, stderr) == (0, "")
    assert stdout.splitlines() == [
        f"  II.9: {v3.id} — đính chính {v2}: Đang thực hiện, 10/10/2023",
        f"{again}: đã ghi 1 mục vào {own_registry}/progress/phong-y-te.yaml",
    ]
    assert (v3.corrects, v3.status, v3.day) == (v2, "in_progress", dt.date(2023, 10, 10))
    assert _part(own_registry) == "in_progress"
