"""A target's number as a plan prints it ('I.2': `printed`, `document.revisions[].printed`)
typed full-width ('Ｉ．２', as some Vietnamese input methods give) or with spaces ('I. 2',
' I.2 ') is read as 'I.2' (NFKC, no spaces), as a day written 30/06/2025 is read 2025-06-30;
a number that is another number ('I.02') is refused at its line, with what a number is. A
revision's table numbered so ('２．', group 'Ｉ．') is imported with canonical numbers.

The workspace of test_revise.py after `import sua-doi.docx --revise --on 20/03/2024`: the
revision prints I.3 as "2." (`printed: I.2`) and I.9 as "3." (`printed: I.3`), and records both
in `document.revisions[0].printed`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from appendix_files import write_docx
from test_revise import REGISTRY, REVISED, REVISED_HEADING, cds, ok
from test_revise import workspace as workspace  # the fixture
from test_revision_added import revised as revised  # the fixture

NUMBERS = "      printed:\n        - id: I.3\n          number: I.2\n        - id: I.9\n"


def _retype(path: Path, old: str, new: str) -> int:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


@pytest.mark.parametrize("typed", ["Ｉ．２", '"I. 2"', '" I.2 "', "Ｉ.２", "Ⅰ.2"])
def test_a_typed_number_is_read_canonically(revised: Path, typed: str) -> None:
    path = revised / REGISTRY
    _retype(path, NUMBERS, NUMBERS.replace("number: I.2", f"number: {typed}"))
    _retype(path, "        printed: I.2\n", f"        printed: {typed}\n")
    assert cds("validate", "plans/2024").output == "Hợp lệ: 4 tệp.\n"
    # stdout: 2024's I.3 is also 2023's I.3 (carried as I.6), which a note on stderr says
    shown = json.loads(cds("--plan", "2024", "show", "I.3", "--format", "json").stdout)
    assert shown["printed"] == "I.2"


def test_a_number_that_is_another_number_is_refused_at_its_line(revised: Path) -> None:
    path = revised / REGISTRY
    line = _retype(path, "        printed: I.2\n", "        printed: Ｉ．０２\n")
    result = cds("validate", "plans/2024")
    assert result.exit_code == 1, result.output
    assert result.output.splitlines() == [
        f"plans/2024/phu_luc_01.yaml:{line}:18: 'printed': 'I.02' không phải số thứ tự chỉ "
        "tiêu: số La Mã của nhóm, dấu chấm, số từ 1 đến 9999 không có số 0 ở đầu, ví dụ I.2",
        f"  {line} |         printed: Ｉ．０２",
        "      |                  ^",
        "1 lỗi trong 1 tệp (đã kiểm tra 4 tệp).",
    ]
    english = cds("validate", "plans/2024", "--lang", "en").output.splitlines()
    assert english[0] == (
        f"plans/2024/phu_luc_01.yaml:{line}:18: 'printed': 'I.02' is not a target's number: the "
        "group's Roman numeral, a dot, a number from 1 to 9999 without leading zeros, e.g. I.2"
    )


def test_a_revision_numbered_full_width_is_imported_with_canonical_numbers(
    workspace: Path,
) -> None:
    wide = str.maketrans("0123456789.I", "０１２３４５６７８９．Ｉ")
    rows = [(row[0], row[1].translate(wide)) if row[0] == "group" else row for row in REVISED]
    rows = [row if len(row) < 7 else (row[0].translate(wide), *row[1:]) for row in rows]
    write_docx(workspace / "rong.docx", rows, REVISED_HEADING)
    ok("--plan", "2024", "import", "rong.docx", "--revise", "--on", "20/03/2024", "--yes")
    text = (workspace / REGISTRY).read_text(encoding="utf-8")
    assert NUMBERS + "          number: I.3\n" in text
    assert "        printed: I.2\n" in text and "        printed: I.3\n" in text
    assert "Ｉ" not in text and "２" not in text
    assert cds("validate", "plans/2024").output == "Hợp lệ: 4 tệp.\n"
