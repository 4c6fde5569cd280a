"""`remind` never addresses a unit on a day it does not exist, and never drops its targets
silently: Phòng Y tế ends on 30/11/2023 with no successor (valid: it outlives the deadlines of
III.4 and IV.7, 10/2023, and IV.8, 11/2023, that it leads). On 01/12/2023 the three are late and
no existing unit owes them: no letter to it, a note naming them; `late --by-unit` says so at
its heading. On 30/11/2023 it still exists and is urged."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.app.setup import init_registry
from cds_tracker.cli import app

runner = CliRunner()


def ok(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return str(result.stdout)


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.setenv("COLUMNS", "200")
    init_registry(tmp_path / "plans" / "2023")
    (tmp_path / "plans" / "don_vi_thay_doi.yaml").write_text(
        "units:\n  - id: phong-y-te\n    valid_to: 30/11/2023\n", encoding="utf-8"
    )
    ok("validate")
    return tmp_path


@pytest.mark.parametrize(
    ("lang", "title", "why"),
    [
        (
            "vi",
            "Không đơn vị nào đang tồn tại nhận phần việc của các chỉ tiêu sau, nên không có văn "
            "bản đôn đốc:",
            "Phòng Y tế không còn tồn tại ngày 01/12/2023 (đến 30/11/2023; xem ngày cuối cùng, "
            "`valid_to`, trong danh mục)",
        ),
        (
            "en",
            "No existing unit owes its part of these targets, so no letter urges it:",
            "Phòng Y tế did not exist on 01/12/2023 (until 30/11/2023; see valid_to in the "
            "catalog)",
        ),
    ],
)
def test_no_letter_to_a_unit_gone_that_day(
    workspace: Path, lang: str, title: str, why: str
) -> None:
    text = ok("--lang", lang, "remind", "--month", "11/2023", "--as-of", "01/12/2023")
    assert "** Phòng Y tế\n" not in text  # no letter "Kính gửi: Phòng Y tế"
    # 22 letters to the units that exist (the city office, 10 departments and the inspectorate
    # without Phòng Y tế, the police, 6 wards, 3 communes, the banks), then the note: 22 "---"
    assert text.count("\n---\n\n") == 22
    assert text.endswith(
        "\n---\n\n"
        + "\n".join([title, *(f"- {t}: {why}" for t in ("III.4", "IV.7", "IV.8"))])
        + "\n"
    )


def test_the_day_before_it_ends_it_is_urged(workspace: Path) -> None:
    text = ok("remind", "--month", "11/2023", "--as-of", "30/11/2023")
    assert text.count("**Kính gửi:** Phòng Y tế\n") == 1
    assert "Không đơn vị nào đang tồn tại" not in text


def test_late_by_unit_says_no_existing_unit_owes_them(workspace: Path) -> None:
    text = ok("late", "--by-unit", "--as-of", "01/12/2023")
    assert (
        "Phòng Y tế (3) — Phòng Y tế không còn tồn tại ngày 01/12/2023 (đến 30/11/2023; xem ngày "
        "cuối cùng, `valid_to`, trong danh mục)\n"
    ) in text
