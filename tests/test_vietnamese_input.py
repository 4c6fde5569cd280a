"""Options take what a Vietnamese clerk types — roles and statuses in Vietnamese, with or without
accents — and --help names each value in the reader's language, examples whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.output.helps import HELPS

runner = CliRunner()


def cds(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def ids(*args: str) -> list[str]:
    code, output = cds(*args, "--format", "json", "--as-of", "01/11/2023")
    assert code == 0, output
    return [row["id"] for row in json.loads(output)]


# Phòng Y tế (through "Các phòng, đơn vị" and "các cơ quan, đơn vị … có liên quan" too):
LEADS = ["I.1", "I.3", "I.4", "I.5", "II.8", "II.9", "III.1", "III.2", "III.4", "IV.6", "IV.7",
         "IV.8", "V.1", "V.2", "V.3"]  # fmt: skip
DIRECTS = [
    "I.1",
    "I.3",
    "I.4",
    "I.5",
    "III.4",
    "IV.7",
    "IV.8",
]  # "Trưởng phòng Y tế", "Trưởng các phòng…"
COOPERATES = [
    "I.2",
    "II.2",
    "II.3",
    "II.4",
    "II.5",
    "II.6",
    "II.7",
    "II.8",
    "III.1",
    "III.2",
    "IV.3",
]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("lead", "chủ trì", "chu tri", "CHỦ TRÌ", "Chủ trì"), LEADS),
        (("directing", "chỉ đạo", "chi dao", "trực tiếp chỉ đạo"), DIRECTS),
        (("cooperating", "phối hợp", "phoi hop"), COOPERATES),
    ],
)
def test_role_in_vietnamese(words: tuple[str, ...], expected: list[str]) -> None:
    for word in words:
        assert ids("list", "--unit", "Y tế", "--role", word) == expected, word


def test_an_unknown_role() -> None:
    assert cds("list", "--unit", "Y tế", "--role", "giám sát") == (
        2,
        "cds: lỗi: vai trò không hợp lệ: 'giám sát'\n"
        "  gợi ý: dùng một trong: trực tiếp chỉ đạo (directing), chủ trì (lead), phối hợp "
        "(cooperating)\n",
    )


def test_late_in_other_words() -> None:
    late = ids("list", "--status", "late")
    assert len(late) == 16  # due by 10/2023, nothing reported: I.1 … V.2, as `cds late` says
    for word in ("quá hạn", "qua han", "trễ hạn", "tre han", "Trễ hạn"):
        assert ids("list", "--status", word) == late, word


def test_a_computed_status_cannot_be_reported(own_registry: Path) -> None:
    add = ("progress", "add", "V.3", "--unit", "Y tế", "--registry", str(own_registry))
    assert cds(*add, "--status", "trễ hạn") == (
        2,
        "cds: lỗi: 'trễ hạn' là tình trạng cds tự tính từ thời hạn và các báo cáo, đơn vị không "
        "báo cáo tình trạng này\n"
        "  gợi ý: báo cáo việc đơn vị đã làm: hoàn thành (done), đang thực hiện (in_progress), "
        "chưa thực hiện (not_started); xem các chỉ tiêu có tình trạng đó bằng "
        f'cds --registry {own_registry} list --status "trễ hạn"\n',  # the run's registry
    )
    code, output = cds(*add, "--status", "xong")
    assert code == 2 and output.startswith("cds: lỗi: tình trạng không hợp lệ: 'xong'\n")
    assert not (own_registry / "progress" / "phong-y-te.yaml").exists()


def test_a_value_that_is_not_a_number_says_what_is(own_registry: Path) -> None:
    add = ("progress", "add", "V.3", "--unit", "Y tế", "--status", "đang thực hiện")
    assert cds(*add, "--value", "abc", "--registry", str(own_registry)) == (
        2,
        "cds: lỗi: --value abc: 'abc' không phải là số\n"
        "  gợi ý: viết một số (35; 35%; 27,5 hoặc 27.5) hoặc số đếm (7/20: 7 trên 20), ví dụ "
        "--value smartphones_with_security_software=7/20\n",
    )


def test_help_names_values_in_the_readers_language() -> None:
    vi = cds("remind", "--help")[1]
    assert "<str>" not in vi and "<path>" not in vi
    for option in ("--month THÁNG", "--report-by NGÀY", "--out ĐƯỜNG_DẪN", "--unit ĐƠN_VỊ",
                   "--as-of NGÀY"):  # fmt: skip
        assert option in vi
    en = cds("remind", "--help", "--lang", "en")[1]
    for option in ("--month MONTH", "--report-by DATE", "--out PATH", "--unit UNIT"):
        assert option in en
    note = cds("progress", "add", "--help")[1]
    assert "--note VĂN_BẢN" in note and "--date NGÀY" in note and "-s, --status TÌNH_TRẠNG" in note
    assert cds("diff", "--help")[1].startswith("Cách dùng: cds diff [TÙY_CHỌN] {CŨ} {MỚI}\n")
    assert cds("diff", "--help", "--lang", "en")[1].startswith(
        "Usage: cds diff [OPTIONS] {OLD} {NEW}\n"
    )
    assert cds("import") == (2, "cds: lỗi: thiếu TỆP\n  gợi ý: xem 'cds import --help'\n")
    assert cds("import", "--lang", "en") == (
        2,
        "cds: error: missing FILE\n  hint: see 'cds import --help'\n",
    )
    assert cds("init") == (2, "cds: lỗi: thiếu THƯ_MỤC\n  gợi ý: xem 'cds init --help'\n")
    assert "{TỆP.xlsx...}" in cds("progress", "import", "--help")[1]


COMMANDS = [
    ("due",), ("late",), ("report",), ("list",), ("show",), ("units",), ("remind",),
    ("summary",), ("export",), ("form",), ("init",), ("import",), ("diff",), ("plans",),
    ("carry-over",), ("validate",), ("schema",), ("sync",), ("progress", "add"),
    ("progress", "list"), ("progress", "import"), ("progress", "normalise"),
]  # fmt: skip


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_help_examples_are_never_wrapped(
    lang: str, columns: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An example is a command to copy: `--out don-` over `doc/` cannot be copied."""
    monkeypatch.setenv("COLUMNS", columns)
    index = 0 if lang == "vi" else 1
    for command in COMMANDS:
        key = "help." + ".".join(command).replace("-", "_")
        key = {"help.progress.add": "help.add", "help.progress.list": "help.list_progress"}.get(
            key, key
        )
        if key not in HELPS:
            continue
        examples = [
            line.strip() for line in HELPS[key][index].split("\n") if line.startswith("    cds ")
        ]
        shown = cds(*command, "--help", "--lang", lang)[1]
        assert examples, key
        for example in examples:
            assert example in [line.strip() for line in shown.splitlines()], (command, example)
