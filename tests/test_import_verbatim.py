"""Export then import gives back each cell's text as written (issue 16, attack 6): its leading
spaces, runs of spaces, tabs, and empty paragraphs between its lines ("para1\\n\\npara2") were
dropped on import. What no person wrote is not a cell's text (attack 11): the empty lines before
it and the spaces and empty lines after it (a trailing Enter, the empty paragraphs Word leaves
in a cell merged down) are left out on import (`core.text.trimmed`). What Word and Excel cannot
store is said in docs/registry-format.md ("Round trip"): a line break written CR LF, CR or
U+2028 is exported as their one line break and comes back as "\\n"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cds_tracker.cli import app
from cds_tracker.registry.loading import load_registry

runner = CliRunner()
EMPTY = '        notes: ""\n'
# (what the registry says, what comes back), for the notes of I.1 … I.5 in turn
NOTES = [
    ("  hai  khoảng   trắng\tvà tab  ", "  hai  khoảng   trắng\tvà tab"),
    ("dòng 1\ndòng 2\n\ndoạn 2\n", "dòng 1\ndòng 2\n\ndoạn 2"),
    ("\n\nhai dòng trống trước", "hai dòng trống trước"),
    ("Ghi chú\u2028LS", "Ghi chú\nLS"),
    ("x\r\ny\rz", "x\ny\nz"),
]


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_cell_texts_come_back_as_written(
    tmp_path: Path, write_registry: Callable[..., Path], kind: str
) -> None:
    edits = []
    for written, _ in NOTES:
        quoted = written.encode("unicode_escape").decode("ascii").replace('"', '\\"')
        edits.append((EMPTY, f'        notes: "{quoted}"\n'))
    folded = (
        "        content: >-\n          100% các phòng, đơn vị thuộc UBND thành phố cung cấp dữ "
        "liệu phục vụ cho các sở ban ngành\n          của tỉnh triển khai xây dựng cơ sở dữ liệu "
        "dùng chung; dữ liệu mở theo chỉ đạo của tỉnh.\n"
    )
    # I.1's: its indicator's "100%" kept, two paragraphs, spaces, a tab
    content = "  100% các phòng cung cấp dữ liệu;\n\n\tdữ liệu mở.  \n"
    edits.append((folded, f'        content: "{content.encode("unicode_escape").decode()}"\n'))
    registry = write_registry(*edits)
    loaded = load_registry(registry)
    original = loaded.registry
    assert original is not None, loaded.problems
    source = tmp_path / f"phu-luc.{kind}"
    exported = runner.invoke(
        app, ["export", "--format", kind, "--out", str(source), "--registry", str(registry)]
    )
    assert exported.exit_code == 0, exported.output
    out = tmp_path / "out" / "phu_luc_01.yaml"
    imported = runner.invoke(
        app, ["import", str(source), "--out", str(out), "--registry", str(registry)]
    )
    assert imported.exit_code == 0, imported.output
    back = load_registry(out).registry
    assert back is not None
    targets = [t for _, t in back.targets()]
    assert [t.notes for t in targets[:5]] == [comes_back for _, comes_back in NOTES]
    assert targets[0].content == "  100% các phòng cung cấp dữ liệu;\n\n\tdữ liệu mở."
    # every other field of every target as the registry wrote it
    for (_, new), (_, old) in zip(back.targets(), original.targets(), strict=True):
        assert new._replace(notes=old.notes, content=old.content) == old, old.id
        assert new.content == old.content or old.id == "I.1"
