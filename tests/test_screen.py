from __future__ import annotations

import subprocess
import sys

from cds_tracker.output.report import Column
from cds_tracker.output.screen import cell_len, column_widths, plain_table

from paths import ROOT

COLUMNS = (Column("id", "Mã", "ID", no_wrap=True), Column("text", "Nội dung", "Text", ratio=1))


def test_plain_table_exact() -> None:
    rows = [{"id": "I.1", "text": "một hai ba bốn năm sáu"}, {"id": "II.10", "text": "ngắn"}]
    assert plain_table(COLUMNS, rows, "vi", 24) == (
        "+-------+--------------+\n"
        "| Mã    | Nội dung     |\n"
        "|-------+--------------|\n"
        "| I.1   | một hai ba   |\n"
        "|       | bốn năm sáu  |\n"
        "|-------+--------------|\n"
        "| II.10 | ngắn         |\n"
        "+-------+--------------+\n"
    )


def test_fits_when_it_can() -> None:
    rows = [{"id": "I.1", "text": "x"}]
    assert plain_table(COLUMNS, rows, "en", 80).splitlines()[1] == "| ID  | Text |"


def test_widths() -> None:
    assert column_widths([5, 30], [5, 6], [None, 1], 20) == [5, 15]
    assert column_widths([10, 10], [10, 10], [None, None], 12) == [6, 6]
    assert cell_len("Tiếng Việt") == 10
    assert cell_len("日本") == 4


def test_benchmark_script_runs(tmp_path: object) -> None:
    """The benchmark itself is not timed here; this only keeps the script from rotting."""
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--entries",
            "300",
            "--large",
            "900",
            "--medium",
            "600",
            "--small",
            "100",
            "--targets",
            "20",
            "--units",
            "8",
            "--editable",
            "--repeat",
            "1",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    verdicts = [
        line.split()[0] for line in result.stdout.splitlines() if line.startswith(("PASS", "FAIL"))
    ]
    assert len(verdicts) == 11  # every target of docs/performance.md
    assert result.stdout.splitlines()[-1].startswith("# targets met: ")
