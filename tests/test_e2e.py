"""A few runs of the installed `cds` in a real subprocess, as a clerk's shell would run it."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from paths import ROOT

SCRIPT = Path(sysconfig.get_path("scripts")) / ("cds.exe" if os.name == "nt" else "cds")
pytestmark = pytest.mark.skipif(not SCRIPT.exists(), reason=f"cds is not installed at {SCRIPT}")


def run(*args: str, cwd: Path = ROOT, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("CDS_")} | env
    return subprocess.run(
        [str(SCRIPT), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environ,
        timeout=60,
        check=False,
    )


def test_validate_the_shipped_registry() -> None:
    result = run("validate", "data/")
    assert (result.returncode, result.stdout, result.stderr) == (0, "Hợp lệ: 1 tệp.\n", "")


def test_bundled_registry_from_any_folder(tmp_path: Path) -> None:
    result = run("validate", "--lang", "en", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "Valid: 1 file.\n")


def test_invalid_file_exit_1_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "r.yaml"
    bad.write_text("document: {\n", encoding="utf-8")
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert result.stdout.startswith(f"{bad}:1:11: YAML không hợp lệ: ngoặc {{ mở ở đây")
    assert "Traceback" not in result.stdout + result.stderr


def test_usage_error_exit_2() -> None:
    result = run("validate", "no/such/file.yaml")
    assert (result.returncode, result.stderr) == (
        2,
        "cds: lỗi: không có tệp hay thư mục: 'no/such/file.yaml'\n",
    )


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "cds_tracker", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("cds ")


@pytest.mark.parametrize("args", [["--help"], ["--version"]])
def test_help_and_version_do_not_import_heavy_libraries(args: list[str]) -> None:
    code = (
        "import sys\n"
        "from cds_tracker.cli import app\n"
        f"try:\n    app({args!r})\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('pydantic', 'ruamel.yaml', 'rich.table') if m in sys.modules)\n"
        "print('HEAVY', heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.splitlines()[-1] == "HEAVY []"


def test_due_october_2023_as_the_readme_runs_it() -> None:
    result = run("due", "--month", "10/2023", "--as-of", "01/11/2023", COLUMNS="80")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Chỉ tiêu đến hạn tháng 10/2023 (tình trạng đến ngày 01/11/2023)"
    assert max(len(line) for line in lines) <= 80
    assert "\x1b[" not in result.stdout
    ids = [line.split("|")[1].strip() for line in lines if line.startswith("| ")]
    assert [i for i in ids if i and i not in ("Mã",)][:10] == [
        "II.4",
        "II.5",
        "II.8",
        "III.3",
        "III.4",
        "III.5",
        "IV.3",
        "IV.7",
        "V.1",
        "V.2",
    ]


def test_colour_on_a_terminal_and_no_color_respected() -> None:
    coloured = run("late", "--as-of", "01/12/2023", FORCE_COLOR="1", COLUMNS="100")
    assert "\x1b[" in coloured.stdout
    plain = run("late", "--as-of", "01/12/2023", FORCE_COLOR="1", NO_COLOR="1", COLUMNS="100")
    assert plain.returncode == 0
    assert "\x1b[" not in plain.stdout


def test_report_usage_error_in_a_subprocess() -> None:
    result = run("report", "--unit", "Phong Y")
    assert (result.returncode, result.stdout, result.stderr) == (
        2,
        "",
        "cds: lỗi: không có đơn vị 'Phong Y'\n  gợi ý: có phải ý bạn là: Phòng Y tế?\n",
    )
