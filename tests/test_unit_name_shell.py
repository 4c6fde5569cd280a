"""A unit's name goes into the commands hints print, in double quotes (`--unit "…"`): a name
holding `"`, `$`, a backquote or a backslash ends those quotes and makes a typed hint run code
(attack 14, a14_02: 'UBND phường "Tam Điệp" $(touch PWNED)'). No office's name holds them:
`validate` refuses them at the name, and a registry it refuses answers no command. The rule is
core/command_words.py's: PowerShell ends "…" at “ ” „ too, bash expands `!`, and a doubled
backslash is one in bash (fix12d); a single one inside a name reads alike everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

from paths import REGISTRY


@pytest.mark.parametrize("char", ['"', "$", "`", "\\\\", "“", "”", "„", "!"])
def test_a_unit_name_with_a_shell_character_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, char: str
) -> None:
    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.chdir(tmp_path)
    text = REGISTRY.read_text(encoding="utf-8")
    old = "      name: Phòng Y tế\n"
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    name = f"Phòng Y tế {char}(touch X)"
    quoted = "'" + name.replace("'", "''") + "'"  # a YAML single-quoted scalar
    Path("r").mkdir()
    Path("r/phu_luc_01.yaml").write_text(text.replace(old, f"      name: {quoted}\n", 1), "utf-8")
    result = CliRunner().invoke(app, ["validate", "r"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    first = next(i for i, x in enumerate(lines) if x.startswith("r/phu_luc_01.yaml:"))
    assert lines[first] == (
        f"r/phu_luc_01.yaml:{line}:13: tên của đơn vị 'phong-y-te' có ký tự {char[0]}, không có "
        "trong tên cơ quan và làm hỏng lệnh cds mà gợi ý in ra"
    )
    assert (
        '  gợi ý: bỏ các ký tự " “ ” „ $ ` ! khỏi tên, và \\ ở cuối hoặc hai dấu liền nhau, % '
        "bao quanh một chữ (như %DATE%): cửa sổ dòng lệnh đọc chúng theo cách riêng (viết tên như "
        "trên văn bản của cơ quan)"
    ) in lines
    assert CliRunner().invoke(app, ["late", "--registry", "r"]).exit_code == 1


@pytest.mark.parametrize("name", ["2023-$(touch X)", "2023;touch X", "2023`x`", "2023|x"])
def test_a_plan_folder_a_shell_reads_as_code_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """attack 14, a14_01: hints print `--plan NAME`; a folder `2023-$(touch X)` (a workspace
    synced from others) made a typed hint run code. Such a folder is no plan, said with why."""
    from cds_tracker.app.setup import init_registry

    monkeypatch.setenv("CDS_NO_CACHE", "1")
    monkeypatch.chdir(tmp_path)
    init_registry(tmp_path / "plans" / "2023")
    init_registry(tmp_path / "plans" / name)
    result = CliRunner().invoke(app, ["--lang", "en", "plans"])
    assert result.exit_code == 0, result.output
    assert "  2023: plans/2023/phu_luc_01.yaml" in result.stdout.splitlines()
    assert name not in result.stdout
    (note,) = [line for line in result.stderr.splitlines() if "passed over" in line or name in line]
    assert note.endswith(
        "the folder's name has characters a command line reads as commands "
        f"({' '.join(sorted(set(name) & set(chr(36) + ';`|')))}), so it is no plan; rename it "
        "with letters, digits, '-' or '.' only (e.g. 2024-sua-doi)"
    )
