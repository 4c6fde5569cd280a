"""`cds diff` against a file that is not YAML at all says where, as `validate` does, exit 1
(invalid data), not an unlocated usage error."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app

REGISTRY = Path(__file__).resolve().parents[1] / "data" / "phu_luc_01.yaml"


@pytest.mark.parametrize(
    ("lang", "first", "hint"),
    [
        (
            "vi",
            "cds: lỗi: sổ đăng ký broken.yaml có 1 lỗi; hãy sửa (xem 'cds validate')",
            "broken.yaml:352:9: YAML không hợp lệ: ngoặc [ mở ở đây mà không đóng",
        ),
        (
            "en",
            "cds: error: the registry broken.yaml has 1 problem; fix it (see 'cds validate')",
            "broken.yaml:352:9: invalid YAML: a [ opened here and never closed",
        ),
    ],
)
def test_a_yaml_syntax_error_is_located(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, first: str, hint: str
) -> None:
    monkeypatch.chdir(tmp_path)
    text = REGISTRY.read_text(encoding="utf-8")
    assert text.splitlines()[351] == "groups:"  # line 352: the bracket opens at column 9
    Path("broken.yaml").write_text(text.replace("groups:", "groups: [", 1), encoding="utf-8")
    result = CliRunner().invoke(app, ["--lang", lang, "diff", str(REGISTRY), "broken.yaml"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[:4] == [first, hint, "  352 | groups: [", "      |         ^"]
    checked = CliRunner().invoke(app, ["--lang", lang, "validate", "broken.yaml"])
    assert checked.exit_code == 1
    assert checked.stdout.splitlines()[0] == hint  # the same place and words as validate
