"""A value the screen shows as other text is never printed in a hint's command (attack 16).

The terminal's sanitiser (output/sanitize.py) shows a zero-width space as `<U+200B>`, U+2028 as
`␊`, a file name's byte that is not UTF-8 as `<0xFF>`: printed inside a hint's `--note "…"`,
the command on the screen, pasted, recorded `<U+200B>` (a16_02), and `import "phieu<U+200B>2.xlsx"`
named a file that does not exist. The one rule of a value in a command (core/command_words.py)
now refuses every character the sanitiser rewrites (core/chars.py, the one list), so the hint
leaves the value out and says to type it. The same rule makes a plan's name (registry/
plan_names.py): a folder `plans/2024<U+200B>` is passed over, said (a16_07), and a
`carried_from`/`carried_to` naming a plan no hint can print is refused by `cds validate`, with
or without a workspace (a16_01).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app
from cds_tracker.core.command_words import command_word, unsafe_character
from cds_tracker.output.sanitize import visible_line
from cds_tracker.output.words import quoted
from test_form_plan_identity import _form
from test_form_plan_identity import two_plans as two_plans  # the fixture
from test_reopened_part import workspace as workspace  # the fixture

runner = CliRunner()


def cds(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_every_character_the_screen_shows_otherwise_has_no_printed_form() -> None:
    """One list: each character of the Basic Multilingual Plane that a hint shows as other text
    (a message's value, `quoted`; a line, `visible_line`) is one the rule refuses, and the rule
    refuses no other printable one but its own (" “ ” „ $ ` !) and the five letters that
    print as nothing (a Hangul filler: shown <U+3164> beside any other character unseen)."""
    blank = "\u115f\u1160\u3164\uffa0\u2800"
    for code in range(0x10000):
        char, text = chr(code), f"a{chr(code)}b"
        if quoted(text) != text or visible_line(text) != text:
            assert unsafe_character(text) == char, hex(code)
        elif char.isprintable() and char not in '"\u201c\u201d\u201e$`!' + blank:
            assert unsafe_character(text) is None, hex(code)
    assert [unsafe_character(char) for char in blank] == list(blank)
    assert command_word("x\u00ady") is None  # a soft hyphen: shown <U+00AD>
    assert command_word("\u3164") is None  # a Hangul filler, printed as nothing
    assert command_word("Đã số hóa") == '"Đã số hóa"'


def test_a_note_shown_otherwise_is_said_and_left_out_in_english(workspace: Path) -> None:
    code, out, err = cds("--plan", "2024", "--lang", "en", "progress", "add", "I.3", "--unit",
                         "Tam Điệp", "--status", "in_progress", "--date", "20/07/2025", "--id",
                         "--note", "Đáp ứng\u200b 12/12 yêu cầu")  # fmt: skip
    assert code == 0, err
    entry_id = out.removeprefix("Recorded ").partition(":")[0]
    assert err.splitlines()[0].endswith(
        "(the value of --note holds characters a command window (PowerShell, cmd) reads in its "
        "own way, so it is not printed; the command that follows lacks it and records nothing: "
        "type it in after --note (in place of the … if any); cds --plan 2024 progress add I.3 "
        "--id --unit phuong-tam-diep --status done --date 20/07/2025 --corrects "
        f"{entry_id} --note)"
    )
    assert "U+200B" not in err


WITHHELD_FILE = {
    "vi": "  gợi ý: tên tệp có ký tự mà cửa sổ dòng lệnh (PowerShell, cmd) đọc theo cách riêng nên "
    "không in ra; hãy tự gõ nó vào lệnh sau, thay cho dấu …; nhập vào kế hoạch đã lập phiếu: cds "
    "--plan 2025 progress import …",
    "en": "  hint: the file's name holds characters a command window (PowerShell, cmd) reads in "
    "its own way, so it is not printed; type it into the command that follows, in place of the "
    "…; import it into the plan it was made for: cds --plan 2025 progress import …",
}


@pytest.mark.parametrize(
    ("lang", "name", "shown"),
    [
        ("vi", "phieu\u200b2.xlsx", "phieu<U+200B>2.xlsx"),  # a zero-width space (Zalo)
        ("en", "phieu\u200b2.xlsx", "phieu<U+200B>2.xlsx"),
        ("vi", "phieu\udcff.xlsx", "phieu<0xFF>.xlsx"),  # a byte that is not UTF-8
    ],
)
def test_a_received_file_name_shown_otherwise_is_said(
    two_plans: Path, lang: str, name: str, shown: str
) -> None:
    """A form of plan 2025 imported into 2024, received under a name the screen shows as
    other text: the hint names no file (`import "phieu<U+200B>2.xlsx"` named none that exists)
    and says to type the name."""
    _form("2025", "6/2025", "01/06/2025").rename(name)
    code, _, err = cds("--lang", lang, "--plan", "2024", "progress", "import", name)
    assert code == 1
    assert err.splitlines()[0].startswith(f"{shown}:Phiếu báo cáo!A3: ")
    assert err.splitlines()[1:] == [WITHHELD_FILE[lang]]


def _workspace(root: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("CDS_CACHE_DIR", str(root / "cache"))
    monkeypatch.chdir(root)
    init_registry(root / "plans" / "2023")
    init_registry(root / "plans" / "2024\u200b")  # a name pasted from Word or Zalo
    return root


SKIPPED = {
    "vi": "cds: bỏ qua {root}/plans/2024<U+200B>/phu_luc_01.yaml: tên thư mục có ký tự không hiện "
    "ra trên màn hình (U+200B), nên lệnh trong gợi ý không gõ lại được tên đó, không phải một kế "
    "hoạch; đặt lại tên chỉ bằng chữ, số, '-' hoặc '.' (ví dụ 2024-sua-doi)",
    "en": "cds: skipped {root}/plans/2024<U+200B>/phu_luc_01.yaml: the folder's name has "
    "characters the screen does not show as they are (U+200B), so no hint's command could "
    "name it, and it is no plan; rename it with letters, digits, '-' or '.' only "
    "(e.g. 2024-sua-doi)",
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_plan_folder_with_an_invisible_character_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    root = _workspace(tmp_path, monkeypatch)
    code, out, err = cds("--lang", lang, "plans")
    assert code == 0
    assert err.splitlines() == [SKIPPED[lang].format(root=root)]
    assert out.splitlines()[-1] == "  2023: plans/2023/phu_luc_01.yaml"
    assert "2024" not in out


def test_carry_over_into_a_folder_with_an_invisible_character_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _workspace(tmp_path, monkeypatch)
    before = (root / "plans/2023/phu_luc_01.yaml").read_bytes()
    code, out, err = cds("carry-over", "--from", "2023", "--to", "2024\u200b", "--as-of",
                         "31/12/2023", "--yes")  # fmt: skip
    assert (code, out) == (2, "")
    assert err.splitlines()[-2:] == [
        "cds: lỗi: --to: không có kế hoạch '2024<U+200B>' trong thư mục làm việc này (các kế "
        "hoạch: 2023)",
        "  gợi ý: chạy 'cds plans' để xem danh sách",
    ]
    assert (root / "plans/2023/phu_luc_01.yaml").read_bytes() == before


def _carried(registry: Path, line: str) -> None:
    """`line` (a `carried_from`/`carried_to`) written under target I.2, with its day, as a
    registry synced from others may hold it."""
    text = registry.read_text(encoding="utf-8")
    old = "      - id: I.2\n        number: 2\n"
    assert old in text
    new = f'{old}        {line}\n        carried_on: "2023-06-30"\n'
    registry.write_text(text.replace(old, new, 1), encoding="utf-8")


PWNED = {
    "vi": [
        "phu_luc_01.yaml:388:21: carried_to '$(touch${IFS}PWNED)/I.1': tên kế hoạch có ký tự mà "
        "dòng lệnh đọc thành lệnh hoặc không hiện ra trên màn hình ($), nên không thư mục nào "
        "mang tên đó là một kế hoạch, và gợi ý không in được lệnh gọi kế hoạch đó",
        '  388 |         carried_to: "$(touch${IFS}PWNED)/I.1"',
        "      |                     ^",
        "  gợi ý: tên kế hoạch là tên thư mục của nó trong plans/ (cds plans liệt kê các kế "
        "hoạch), chỉ gồm chữ, số, '-' hoặc '.': sửa dòng carried_to cho đúng tên đó (ví dụ "
        "2024/II.1)",
        "1 lỗi trong 1 tệp (đã kiểm tra 1 tệp).",
    ],
    "en": [
        "phu_luc_01.yaml:388:21: carried_to '$(touch${IFS}PWNED)/I.1': the plan's name has "
        "characters a command line reads as commands or the screen does not show as they are "
        "($), so no folder of that name is a plan, and no hint can print a command naming it",
        '  388 |         carried_to: "$(touch${IFS}PWNED)/I.1"',
        "      |                     ^",
        "  hint: a plan's name is its folder's name in plans/ (cds plans lists the plans), "
        "letters, digits, '-' or '.' only: correct the carried_to line to that name (e.g. "
        "2024/II.1)",
        "1 problem in 1 file (1 file checked).",
    ],
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_validate_refuses_a_carried_to_naming_a_plan_no_hint_can_print(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Outside a workspace (`cds init so`): its references are checked against no plan, but
    their plan's name is (a16_01: it matched the schema's pattern and validate said valid)."""
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    init_registry(tmp_path / "so")
    _carried(tmp_path / "so/phu_luc_01.yaml", 'carried_to: "$(touch${IFS}PWNED)/I.1"')
    monkeypatch.chdir(tmp_path / "so")
    code, out, err = cds("--lang", lang, "validate")
    assert (code, err) == (1, "")
    assert out.splitlines() == PWNED[lang]


def test_validate_refuses_a_carried_from_naming_an_invisible_plan_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In a workspace: said once, for its name, not again as "no plan 2022<U+200B>"."""
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("CDS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "plans" / "2023")
    _carried(tmp_path / "plans/2023/phu_luc_01.yaml", "carried_from: 2022\u200b/I.1")
    code, out, err = cds("--lang", "en", "validate")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "plans/2023/phu_luc_01.yaml:388:23: carried_from '2022<U+200B>/I.1': the plan's name "
        "has characters a command line reads as commands or the screen does not show as they "
        "are (U+200B), so no folder of that name is a plan, and no hint can print a command "
        "naming it",
        "  388 |         carried_from: 2022<U+200B>/I.1",
        "      |                       ^",
        "  hint: a plan's name is its folder's name in plans/ (cds plans lists the plans), "
        "letters, digits, '-' or '.' only: correct the carried_from line to that name (e.g. "
        "2024/II.1)",
        "1 problem in 1 file (1 file checked).",
    ]
