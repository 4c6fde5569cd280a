"""One reader of typed figures for `progress add --value` and a return form's cells
(progress/typed_numbers.py, review 12).

a12_04: Số đạt "1.000" / Tổng số "2.000" (the Vietnamese thousands dot) were read as 1/2,
corrupting the city figure, while `progress add --value k=1.000/2.000` refused them; "1,000"
was read as 1 too. Now a count's dot (or space) groups thousands: 1000/2000, in both; a comma
grouping is refused as ambiguous, with a hint. a12_09: int() read "1_0" as 10: a typo became a
figure; now only ASCII digits make a number. a12_08: "năm" beside "10" was said twice at one
cell ("not a number" and a false "fill both"); now once.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cds_tracker.progress.typed_numbers import read_cell_number, read_count, read_value
from test_forms import FILLED, SHEET, cds, entries, fill, make


@pytest.mark.parametrize(
    ("text", "count", "value"),
    [
        ("1000", 1000, 1000.0),
        ("1.000", 1000, 1.0),  # a count's dot groups thousands; a value's is a decimal mark
        ("12.345.678", 12345678, None),
        ("1 000", 1000, 1000.0),
        ("1\u00a0000", 1000, 1000.0),  # a no-break space, as Excel or Word may group
        ("1,000", "comma", 1.0),  # a count: a thousand or one? a value: 1,0 (decimal comma)
        ("1,5", "fraction", 1.5),
        ("1.5", "fraction", 1.5),
        ("1.0000", "fraction", 1.0),
        (" 5 ", 5, 5.0),
        ("5\n", 5, 5.0),
        ("5\u200b", 5, 5.0),  # a zero-width space pasted after the figure
        ("-1", -1, -1.0),  # read, then refused by the range rule in its own words
        ("35%", "other", 35.0),
        ("35 %", "other", 35.0),
        ("1_0", "other", None),  # int("1_0") == 10
        ("\u0661\u0662", "other", None),  # Arabic-Indic 12
        ("\uff11\uff12", "other", None),  # full-width 12
        ("+5", "other", None),
        ("1e3", "other", None),
        ("inf", "other", None),
        ("nan", "other", None),
        ("1 5", "other", None),  # two figures, not 15
        ("999.999.999.999.999", 999999999999999, None),  # 15 digits: still a count
        ("1" * 16, "huge", 1.111111111111111e15),  # a slip (a13_04: 5,000 digits were exit 3)
        ("1" * 5000, "huge", float("inf")),  # a value: said not finite by its reader
        ("1\u200b000", "other", None),
        ("năm", "other", None),
        ("", "other", None),
    ],
)
def test_the_one_reader(text: str, count: int | str, value: float | None) -> None:
    assert (read_count(text), read_value(text)) == (count, value)


def add(folder: Path, given: str, *more: str) -> tuple[int, str, str]:
    return cds(folder, "progress", "add", "II.4", "--unit", "Bắc Sơn", "--status",
               "in_progress", "--date", "10/10/2023", "--value", given, *more)  # fmt: skip


def counts(folder: Path) -> list[Any]:
    return [e.counts for e in entries(folder, "phuong-bac-son")]


@pytest.mark.parametrize("given", ["1.000/2.000", "1 000/2 000", "1000/2000", " 1000 / 2000 "])
def test_add_reads_thousands(own_registry: Path, given: str) -> None:
    assert add(own_registry, f"online_payment_share={given}")[0] == 0
    assert counts(own_registry) == [{"online_payment_share": (1000, 2000)}]


def test_add_refuses_a_comma_in_a_count(own_registry: Path) -> None:
    assert add(own_registry, "online_payment_share=1,000/2,000") == (
        2,
        "",
        "cds: lỗi: --value online_payment_share=1,000/2,000: '1,000' không rõ là số nào: dấu "
        "phẩy có thể là dấu thập phân hoặc dấu ngăn cách hàng nghìn\n"
        "  gợi ý: số đếm là số nguyên: viết liền (1000) hoặc ngăn hàng nghìn bằng dấu chấm "
        "(1.000)\n",
    )
    assert add(own_registry, "online_payment_share=1000/2,000", "--lang", "en") == (
        2,
        "",
        "cds: error: --value online_payment_share=1000/2,000: '2,000' is ambiguous: a comma may "
        "be a decimal mark or a thousands separator\n"
        "  hint: a count is a whole number: write it without separators (1000) or with dots "
        "between thousands (1.000)\n",
    )
    assert counts(own_registry) == []


@pytest.mark.parametrize("bad", ["1_0/2_0", "\u0661/\u0662", "\uff11/\uff12", "+1/2", "1.5/2"])
def test_add_refuses_what_int_alone_would_take(own_registry: Path, bad: str) -> None:
    assert add(own_registry, f"online_payment_share={bad}", "--lang", "en") == (
        2,
        "",
        f"cds: error: --value online_payment_share={bad}: '{bad}' is not a count\n"
        "  hint: write counts as whole numbers, e.g. 4/5 (4 of 5)\n",
    )
    assert counts(own_registry) == []


@pytest.mark.parametrize("bad", ["1_0", "\uff13\uff15", "+35", "1e1", "inf"])
def test_add_refuses_such_values(own_registry: Path, bad: str) -> None:
    code, _, err = add(own_registry, f"online_payment_share={bad}")
    assert (code, err.splitlines()[0]) == (
        2,
        f"cds: lỗi: --value online_payment_share={bad}: '{bad}' không phải là số",
    )
    assert entries(own_registry, "phuong-bac-son") == []


def test_add_takes_spaces_around_a_value(own_registry: Path) -> None:
    assert add(own_registry, "online_payment_share= 35 %")[0] == 0
    assert [e.values for e in entries(own_registry, "phuong-bac-son")] == [
        {"online_payment_share": 35.0}
    ]


# The form of tests/test_forms.py (Phòng Y tế, 11/2023): row 8 holds counts J8 (Số đạt) and K8
# (Tổng số) of a percentage indicator, "Hoàn thành" on 25/10/2023.


def imported(folder: Path, tmp_path: Path, cells: dict[str, Any], *more: str) -> tuple[int, str]:
    path = make(folder, tmp_path, name=f"phieu{len(list(tmp_path.glob('*.xlsx')))}")
    fill(path, {**FILLED, **cells})
    code, _, err = cds(folder, "progress", "import", str(path), *more)
    return code, err.replace(f"{path}:{SHEET}!", "")


def row8(folder: Path) -> list[Any]:
    return [e.counts for e in entries(folder) if e.date == "2023-10-25"]


@pytest.mark.parametrize(
    ("top", "bottom"),
    [("1.000", "2.000"), ("1 000", "2 000"), (1000, 2000), (1000.0, "2.000"), ("5\u200b", "10")],
)
def test_the_form_reads_counts_as_add_does(
    own_registry: Path, tmp_path: Path, top: Any, bottom: Any
) -> None:
    assert imported(own_registry, tmp_path, {"J8": top, "K8": bottom}) == (0, "")
    (found,) = row8(own_registry)
    expected = (5, 10) if top == "5\u200b" else (1000, 2000)
    assert list(found.values()) == [expected]


def test_a_pasted_run_of_digits_is_refused_in_add_and_the_form(
    own_registry: Path, tmp_path: Path
) -> None:
    """a13_04: a count of 5,000 digits ended both in an internal error (int() refuses them)."""
    run = "1" * 5000
    code, out, err = add(own_registry, f"online_payment_share={run}/{run}")
    assert (code, out) == (2, "")
    assert err.endswith(
        ": số đếm dài quá 15 chữ số\n  gợi ý: ghi đúng số đếm (số người, hồ sơ, giao dịch…), "
        "không dán cả dãy số\n"
    )
    assert imported(own_registry, tmp_path, {"J8": "1" * 16, "K8": run}, "--lang", "en") == (
        1,
        "J8: a count longer than 15 digits\n"
        "  hint: give the real count met and total (people, records, payments…), then import "
        "again\n"
        "K8: a count longer than 15 digits\n"
        "  hint: give the real count met and total (people, records, payments…), then import "
        "again\n",
    )
    assert row8(own_registry) == [] and counts(own_registry) == []
    # the same figures as number cells (1e20): refused at their cells in the form's words, not
    # at the status cell in `--value`'s (a14_03)
    said = imported(own_registry, tmp_path, {"J8": 1e20, "K8": 3e20})
    assert said[0] == 1
    assert said[1].splitlines()[::2] == [
        "J8: số đếm dài quá 15 chữ số",
        "K8: số đếm dài quá 15 chữ số",
    ]


def test_the_form_refuses_a_comma_in_a_count(own_registry: Path, tmp_path: Path) -> None:
    assert imported(own_registry, tmp_path, {"J8": "1,000", "K8": "2.000"}) == (
        1,
        "J8: '1,000' không rõ là số nào: dấu phẩy có thể là dấu thập phân hoặc dấu ngăn cách "
        "hàng nghìn\n"
        "  gợi ý: Số đạt và Tổng số là số nguyên: viết liền (1000) hoặc ngăn hàng nghìn bằng dấu "
        "chấm (1.000)\n",
    )
    assert imported(own_registry, tmp_path, {"J8": "1000", "K8": "2,000"}, "--lang", "en") == (
        1,
        "K8: '2,000' is ambiguous: a comma may be a decimal mark or a thousands separator\n"
        "  hint: the count met and the total are whole numbers: write them without separators "
        "(1000) or with dots between thousands (1.000)\n",
    )
    assert row8(own_registry) == []


WHOLE = "\n  gợi ý: sửa ô {} thành số nguyên, ví dụ 70, rồi nhập lại"  # the count's hint


@pytest.mark.parametrize(
    ("cells", "said"),
    [
        ({"J8": "năm", "K8": "10"}, "J8: 'năm' không phải là số" + WHOLE.format("J8")),
        ({"J8": "mười", "K8": 10}, "J8: 'mười' không phải là số" + WHOLE.format("J8")),
        ({"J8": 4, "K8": "1_0"}, "K8: '1_0' không phải là số" + WHOLE.format("K8")),
        ({"J8": "4", "K8": "+5"}, "K8: '+5' không phải là số" + WHOLE.format("K8")),
        ({"J8": "1.5", "K8": "5"}, "J8: Số đạt và Tổng số phải là số nguyên" + WHOLE.format("J8")),
        ({"J8": 4, "K8": 5.5}, "K8: Số đạt và Tổng số phải là số nguyên" + WHOLE.format("K8")),
        (
            {"J8": "4", "K8": None},
            "K8: ghi cả Số đạt và Tổng số, hoặc để trống cả hai"
            "\n  gợi ý: điền ô K8, hoặc xoá cả Số đạt và Tổng số, rồi nhập lại",
        ),
    ],
)
def test_one_message_per_fault(
    own_registry: Path, tmp_path: Path, cells: dict[str, Any], said: str
) -> None:
    # the form's file line ("… 1 lỗi, không ghi mục nào …") is on stdout; stderr: the one problem
    assert imported(own_registry, tmp_path, cells) == (1, said + "\n")
    assert row8(own_registry) == []


def test_a_form_value_beyond_exponents_is_written_in_digits(
    own_registry: Path, tmp_path: Path
) -> None:
    # a Giá trị number cell is handed to the `--value` reader in digits ("1e-05" has none)
    assert imported(own_registry, tmp_path, {"J8": None, "K8": None, "I8": 0.00001}) == (0, "")
    (found,) = [e.values for e in entries(own_registry) if e.date == "2023-10-25"]
    assert json.dumps(found).count("1e-05") == 1


@pytest.mark.parametrize(
    ("stored", "shown_as", "read"),
    [
        (0.58, "0%", "58.0"),  # 0.58 · 100 in binary: 57.99999999999999 (clerk16 F2)
        (0.28, "0%", "28.0"),  # 28.000000000000004
        (0.815, "0.0%", "81.5"),
        (1 / 3, "0.00%", "33.3333333333333"),  # Excel shows 15 significant digits
        (0.1 + 0.2, "General", "0.3"),  # a formula's 0.30000000000000004, shown as 0.3
        (1000.0, "General", "1000.0"),
        (1e-05, "General", "1e-05"),
        (float("inf"), "0%", "inf"),  # said by the caller as no number
        # a literal sign shows the number as it is: 60 shown "60%", 0.6 shown "0.6%" (a17_01)
        (60.0, '0"%"', "60.0"),
        (0.6, '0.0"%"', "0.6"),
        (60.0, "0\\%", "60.0"),
        (60.0, "0_%", "60.0"),
        (60.0, '[Red]0" %"', "60.0"),
        (0.6, '"tỷ lệ "0%', "60.0"),  # a real sign after a quoted text
        (-0.25, '0"%";-0%', "-25.0"),  # the negative section's own real sign
        (0.0, '0%;-0%;"0%"', "0.0"),
        (0.0006, "0%%", "6.0"),  # each sign scales by 100
        (60.0, '0"%', "60.0"),  # an unclosed quote: no format Excel stores
        # [conditions] choose the section, not the sign (a19_02)
        (0.6, "[>=1]0;0%", "60.0"),  # 0.6 fails >=1: "0%" shows it as 60%
        (60.0, "[>=1]0;0%", "60.0"),  # 60 holds: "0" shows 60
        (60.0, "[<1]0%;0", "60.0"),  # 60 fails <1: "0" shows 60
        (0.6, "[<1]0%;0", "60.0"),
        (0.5, "[>1]0;[<0]0;0%", "50.0"),  # neither holds: the third section
        (0.6, "[Red][>=1]0;[Blue]0%", "60.0"),  # a colour beside the condition
    ],
)
def test_a_number_cell_is_read_as_excel_shows_it(stored: float, shown_as: str, read: str) -> None:
    assert repr(read_cell_number(stored, shown_as)) == read


@pytest.mark.parametrize(
    "shown_as", ["[>=1]0%", "0;[<1]0%", "[>=1]0;[<0]0%", "[>0.5]0%;[<=0.5]0;[=0]0"]
)
def test_a_condition_that_cannot_be_read_for_sure_is_unread(shown_as: str) -> None:
    """a19_02: no section surely takes 0.6 (the first's condition fails, no other takes the
    rest), a condition only in the second section or in the third: never guessed."""
    from cds_tracker.registry.importing.number_format import Unread

    with pytest.raises(Unread):
        read_cell_number(0.6, shown_as)


@pytest.mark.parametrize(
    ("stored", "shown_as", "expected"),
    [(0.6, '0.0"%"', 0.6), (60, '0"%"', 60.0), (60, "0\\%", 60.0), (0.6, "0%", 60.0)],
)
def test_a_form_figure_cell_with_a_literal_percent_sign_is_read_as_shown(
    own_registry: Path, tmp_path: Path, stored: float, shown_as: str, expected: float
) -> None:
    """a17_01: `"%" in number_format` took `0.0"%"` (0.6 shown "0.6%") for a percentage cell
    and recorded 60; `0"%"` (60 shown "60%") was refused as outside 0–100."""
    import io

    import openpyxl

    path = make(own_registry, tmp_path, name="phieu-dau-phan-tram")
    book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    for address, value in {**FILLED, "J8": None, "K8": None, "I8": stored}.items():
        book[SHEET][address] = value
    book[SHEET]["I8"].number_format = shown_as
    book.save(path)
    code, _, err = cds(own_registry, "progress", "import", str(path))
    assert (code, err) == (0, "")
    (found,) = [e.values for e in entries(own_registry) if e.date == "2023-10-25"]
    assert list(found.values()) == [expected]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            (),
            [
                "I8: định dạng số [>=1]0%;[<0]0 của ô có điều kiện mà cds không đọc chắc được: "
                "không rõ số hiện dưới dạng phần trăm hay không",
                "  gợi ý: đặt lại định dạng ô là Number hoặc Percentage (bỏ điều kiện trong ngoặc "
                "vuông), rồi nhập lại",
            ],
        ),
        (
            ("--lang", "en"),
            [
                "I8: the cell's number format [>=1]0%;[<0]0 has a condition cds cannot read for "
                "sure: whether it shows the number as a percentage is unclear",
                "  hint: set the cell's format to Number or Percentage (without the bracketed "
                "condition), then import again",
            ],
        ),
    ],
)
def test_a_form_figure_cell_with_an_unsure_condition_is_refused(
    own_registry: Path, tmp_path: Path, lang: tuple[str, ...], said: list[str]
) -> None:
    """a19_02: 0.6 in a cell formatted `[>=1]0%;[<0]0` (no section surely takes it) is
    asked about at its cell, nothing recorded, never read as 0.6 or 60 by a guess."""
    import io

    import openpyxl

    path = make(own_registry, tmp_path, name="phieu-dieu-kien")
    book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()))
    for address, value in {**FILLED, "J8": None, "K8": None, "I8": 0.6}.items():
        book[SHEET][address] = value
    book[SHEET]["I8"].number_format = "[>=1]0%;[<0]0"
    book.save(path)
    code, _, err = cds(own_registry, *lang, "progress", "import", str(path))
    assert code == 1
    assert err.replace(f"{path}:{SHEET}!", "").splitlines() == said
    assert [e for e in entries(own_registry) if e.date == "2023-10-25"] == []
