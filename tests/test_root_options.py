"""What the README promises: every command takes --registry, and --lang works in any position —
before the command too (`cds --registry so-rieng late`, `cds --lang en list`), for everything the
run prints, in one language."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

runner = CliRunner()


def cds(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def own(
    own_registry: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A registry of one's own, and a current folder far from it (so only --registry finds it)."""
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    return own_registry


def test_registry_before_the_command(own: Path) -> None:
    args = ("late", "--as-of", "01/11/2023")
    after = cds(*args, "--registry", str(own))
    before = cds("--registry", str(own), *args)
    assert before == after and before[0] == 0
    assert before[1].endswith(f"Sổ đăng ký: {own}/phu_luc_01.yaml\n")
    assert "bản sổ đăng ký kèm theo" not in before[1]  # not the bundled copy
    # a command of a group, and a write
    add = ("progress", "add", "V.3", "--unit", "Y tế", "--status", "xong", "--date", "01/11/2023")
    code, output = cds("--registry", str(own), *add)
    assert code == 2 and "xong" in output  # refused for its status, not for --registry
    add = (*add[:6], "hoàn thành", *add[7:])
    code, output = cds("--registry", str(own), *add)
    assert code == 0 and f"→ {own}/progress/phong-y-te.yaml" in output
    # the option after the command wins over the one before it
    assert cds("--registry", "nowhere", *args, "--registry", str(own)) == after
    # and it holds for one run only
    code, output = cds(*args)
    assert code == 0 and "bản sổ đăng ký kèm theo cds" in output


def test_a_missing_registry_before_the_command(own: Path) -> None:
    assert cds("--registry", "nowhere", "late") == (
        2,
        "cds: lỗi: --registry: không có tệp sổ đăng ký tại 'nowhere'\n"
        "  gợi ý: cho đường dẫn tới tệp .yaml của sổ đăng ký hoặc tới thư mục chứa "
        "phu_luc_01.yaml\n",
    )


@pytest.mark.parametrize(
    "command",
    [
        ("list", "--group", "V", "--as-of", "01/11/2023"),
        ("late", "--as-of", "01/11/2023", "--by-unit"),
        ("units",),
        ("due", "--month", "11/2023", "--as-of", "01/11/2023"),
        ("report", "--unit", "Y tế", "--as-of", "01/11/2023"),
    ],
)
def test_lang_before_the_command_changes_the_answer(own: Path, command: tuple[str, ...]) -> None:
    before = cds("--lang", "en", *command, "--registry", str(own))
    assert before == cds(*command, "--lang", "en", "--registry", str(own))
    assert before[0] == 0
    assert before[1].endswith(f"Registry: {own}/phu_luc_01.yaml\n")
    vietnamese = cds(*command, "--registry", str(own))[1]
    assert vietnamese != before[1] and "Sổ đăng ký:" in vietnamese


def test_list_in_english_from_before_the_command(own: Path) -> None:
    code, output = cds("--lang", "en", "list", "--group", "V", "--as-of", "01/11/2023",
                       "--registry", str(own))  # fmt: skip
    assert code == 0
    lines = output.splitlines()
    assert lines[0] == "Targets (status as of 01/11/2023)"
    assert [cell.strip() for cell in lines[2].split("|")[1:-1]] == [
        "ID", "Target", "Lead units", "Deadline", "Status",
    ]  # fmt: skip
    assert lines[4].split("|")[-2].strip() == "Late"  # V.1, Tháng 10/2023


def test_export_speaks_one_language(own: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.html"
    assert cds("export", "--format", "html", "--out", str(out), "--registry", str(own)) == (
        0,
        f"Đã xuất html: {out}\n",
    )
    out = tmp_path / "b.html"
    assert cds("--lang", "en", "export", "--format", "html", "--out", str(out), "--registry",
               str(own)) == (0, f"Exported html: {out}\n")  # fmt: skip
    out = tmp_path / "c.html"
    assert cds("export", "--format", "html", "--out", str(out), "--lang", "en", "--registry",
               str(own)) == (0, f"Exported html: {out}\n")  # fmt: skip


def _book(path: Path) -> tuple[list[str], list[object], object, list[object]]:
    import openpyxl

    book = openpyxl.load_workbook(path)
    main, history = book.worksheets
    headers = [cell.value for cell in main[6]]  # under the five title lines
    return book.sheetnames, headers, main.cell(8, 9).value, [c.value for c in history[6]][:5]


VI = (
    ["Phụ lục 01", "Lịch sử tiến độ"],
    ["Mã", "Stt", "Nội dung chỉ tiêu", "Trực tiếp chỉ đạo", "Đơn vị chủ trì", "Đơn vị phối hợp",
     "Thời gian hoàn thành", "Ghi chú", "Tình trạng", "Số ngày quá hạn", "Giá trị mới nhất",
     "Ngày báo cáo gần nhất"],
    "Quá hạn",  # I.1's status (row 8, under group I)
    ["Mã mục", "Chỉ tiêu", "Đơn vị", "Mã đơn vị", "Trạng thái"],
)  # fmt: skip
EN = (
    ["Appendix 01", "Progress history"],
    ["Code", "No.", "Target", "Directing", "Lead units", "Cooperating units", "Deadline", "Notes",
     "Status", "Days late", "Latest values", "Last report"],
    "Late",
    ["Entry", "Target", "Unit", "Unit id", "Status"],
)  # fmt: skip


def test_the_workbook_speaks_the_runs_language(
    own: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export = ("export", "--format", "xlsx", "--as-of", "01/11/2023", "--registry", str(own))
    assert cds(*export, "--out", str(tmp_path / "vi.xlsx"))[0] == 0
    assert _book(tmp_path / "vi.xlsx") == VI
    assert cds("--lang", "en", *export, "--out", str(tmp_path / "en1.xlsx"))[0] == 0
    assert _book(tmp_path / "en1.xlsx") == EN
    monkeypatch.setenv("CDS_LANG", "en")
    assert cds(*export, "--out", str(tmp_path / "en2.xlsx")) == (
        0,
        f"Exported xlsx: {tmp_path / 'en2.xlsx'}\n",
    )
    assert _book(tmp_path / "en2.xlsx") == EN
