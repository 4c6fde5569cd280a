"""A unit the user named but cds could not pick: the hint says what to type (issue 12)."""

from __future__ import annotations

from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()


def test_initials_suggest_the_unit_they_abbreviate() -> None:
    """'TP' is Phòng Tư pháp's initials (and 'thành phố', so it names no unit alone): the unit
    whose initials match comes first, then the best-looking others."""
    result = runner.invoke(app, ["report", "--unit", "TP"])
    assert (result.exit_code, result.output) == (
        2,
        "cds: lỗi: không có đơn vị 'TP'\n"
        "  gợi ý: có phải ý bạn là: Phòng Tư pháp; Văn phòng HĐND và UBND thành phố; UBND "
        "thành phố?\n",
    )


def test_an_unquoted_name_gets_a_hint_to_quote_it() -> None:
    result = runner.invoke(app, ["report", "--unit", "Y", "tế"])
    assert (result.exit_code, result.output) == (
        2,
        "cds: lỗi: thừa tham số: tế\n"
        '  gợi ý: tên hay giá trị có dấu cách thì đặt trong dấu nháy kép, ví dụ --unit "Y tế"\n',
    )
    words = ["Phòng", "Văn", "hóa", "và", "Thông", "tin"]
    result = runner.invoke(
        app, ["progress", "add", "I.5", "-u", *words, "--status", "done", "--lang", "en"]
    )
    assert (result.exit_code, result.output) == (
        2,
        "cds: error: unexpected extra argument: Văn hóa và Thông tin\n"
        "  hint: put a name or value with spaces in double quotes, e.g. "
        '-u "Phòng Văn hóa và Thông tin"\n',
    )
    result = runner.invoke(app, ["report", "--unit=Y", "tế"])
    assert result.output.endswith('ví dụ --unit "Y tế"\n')


def test_an_extra_word_after_a_quoted_name_or_a_switch_is_not_said_to_need_quotes() -> None:
    result = runner.invoke(app, ["report", "--unit", "Y tế", "thêm"])
    assert result.output == "cds: lỗi: thừa tham số: thêm\n  gợi ý: xem 'cds report --help'\n"
    result = runner.invoke(app, ["summary", "--force", "a", "b"])
    assert result.output == "cds: lỗi: thừa tham số: a b\n  gợi ý: xem 'cds summary --help'\n"
