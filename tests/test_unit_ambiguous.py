"""A unit name typed half-way that several units begin with (issue 16): "Phòng Tài" is Phòng
Tài chính - Kế hoạch or Phòng Tài nguyên và Môi trường. It was "không có đơn vị 'Phòng Tài'"
(there is, twice); now it is ambiguous, lists each candidate with its id and says how to pick."""

from __future__ import annotations

from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()
TWO = (
    "Phòng Tài chính - Kế hoạch (phong-tai-chinh-ke-hoach); "
    "Phòng Tài nguyên và Môi trường (phong-tai-nguyen-moi-truong)"
)


def test_a_prefix_of_two_units_lists_both_and_says_how_to_choose() -> None:
    result = runner.invoke(app, ["report", "--unit", "Phòng Tài"])
    assert (result.exit_code, result.output) == (
        2,
        f"cds: lỗi: tên đơn vị 'Phòng Tài' chưa rõ, có thể là 2 đơn vị: {TWO}\n"
        "  gợi ý: chọn một: ghi đủ tên đơn vị, hoặc mã của nó (trong ngoặc); 'cds units' liệt "
        "kê cả danh mục\n",
    )
    english = runner.invoke(app, ["report", "--unit", "phong tai", "--lang", "en"])
    assert (english.exit_code, english.output) == (
        2,
        f"cds: error: unit 'phong tai' is ambiguous, it could be 2 units: {TWO}\n"
        "  hint: choose one: give the unit's full name, or its id (in brackets); 'cds units' "
        "lists them all\n",
    )


def test_either_choice_the_message_offers_is_taken() -> None:
    for choice in ("Phòng Tài chính - Kế hoạch", "phong-tai-nguyen-moi-truong"):
        assert runner.invoke(app, ["report", "--unit", choice]).exit_code == 0


def test_the_prefix_counts_the_words_offices_leave_out_only_when_left_out() -> None:
    """ "Tài" is "Phòng Tài…" ("Phòng" left out); "Phòng T" begins three departments' names,
    not a ward's ("UBND phường Tân Bình" begins with no "Phòng"); "Phòng" alone names a kind."""
    said = runner.invoke(app, ["report", "--unit", "Tài"]).output.splitlines()[0]
    assert said == f"cds: lỗi: tên đơn vị 'Tài' chưa rõ, có thể là 2 đơn vị: {TWO}"
    three = runner.invoke(app, ["progress", "add", "I.1", "-u", "Phòng T", "--status", "done"])
    assert three.exit_code == 2
    assert three.output.splitlines()[0] == (
        f"cds: lỗi: tên đơn vị 'Phòng T' chưa rõ, có thể là 3 đơn vị: {TWO}; "
        "Phòng Tư pháp (phong-tu-phap)"
    )
    alone = runner.invoke(app, ["report", "--unit", "Phòng"])
    assert alone.output.splitlines()[0] == "cds: lỗi: không có đơn vị 'Phòng'"
    # begun by one unit only: not ambiguous, the closest names suggested as before
    one = runner.invoke(app, ["report", "--unit", "Phòng Tài c"]).output.splitlines()[0]
    assert one == "cds: lỗi: không có đơn vị 'Phòng Tài c'"
