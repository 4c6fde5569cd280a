"""The bad-input corpus: one case per file in tests/bad_inputs/, each with its expected outcome.

Every case runs the real CLI against a registry folder built from the case, then checks the exact
exit code, the exact `file:line:col: message` headings (and exact stdout/stderr where given), that
no traceback was shown, and that no file was changed. See tests/bad_inputs/README.md.
"""

from __future__ import annotations

import base64
import codecs
import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner

from cds_tracker.cli import app

from paths import REGISTRY

CASES = sorted((Path(__file__).parent / "bad_inputs").glob("*.yaml"))
REGISTRY_PATH = "data/phu_luc_01.yaml"


def load_case(path: Path) -> dict[str, Any]:
    case: dict[str, Any] = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return case


def registry_bytes(spec: dict[str, Any] | None) -> bytes | None:
    if spec is None:
        spec = {}
    if spec.get("absent"):
        return None
    if "generate" in spec:
        return generate(spec["generate"])
    if "base64" in spec:
        return base64.b64decode(spec["base64"])
    text = spec["text"] if "text" in spec else REGISTRY.read_text(encoding="utf-8")
    for old, new in spec.get("replace", []):
        assert old in text, f"replace: {old!r} not in the registry"
        text = text.replace(old, new, 1)
    if spec.get("nfd"):
        text = unicodedata.normalize("NFD", text)
    if spec.get("crlf"):
        text = text.replace("\n", "\r\n")
    data = text.encode(spec.get("encoding", "utf-8"))
    if spec.get("bom"):
        data = codecs.BOM_UTF8 + data
    return data


def generate(kind: str) -> bytes:
    if kind == "alias-bomb":
        lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)]
        return ("\n".join(lines) + "\n").encode()
    if kind == "50mb":
        return b"document: " + b"x" * (50 * 1024 * 1024) + b"\n"
    if kind == "deep-flow":
        return b"document: " + b"[" * 100_000 + b"]" * 100_000 + b"\n"
    if kind == "deep-block":
        return ("document:\n" + "".join("  " * i + "- \n" for i in range(1, 2000))).encode()
    if kind == "binary":
        return bytes(range(256)) * 4
    raise AssertionError(kind)


def fill(text: str, root: Path) -> str:
    """{registry}; {line:needle}, {line:needle#n}, {line:needle+k}: the (n-th) line of the
    registry holding needle (plus k)."""
    registry = root / REGISTRY_PATH
    lines = (
        registry.read_text(encoding="utf-8", errors="replace").splitlines()
        if registry.exists() and registry.stat().st_size < 5_000_000
        else []
    )

    def line_of(found: re.Match[str]) -> str:
        needle, nth, below = found[1], int(found[2] or 1), int(found[3] or 0)
        return str([i for i, line in enumerate(lines, 1) if needle in line][nth - 1] + below)

    text = re.sub(r"\{line:([^}#+]*)(?:#(\d+))?(?:\+(\d+))?\}", line_of, text)
    return text.replace("{registry}", REGISTRY_PATH).replace("{root}", str(root))


def snapshot(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize("case_file", CASES, ids=[c.stem for c in CASES])
def test_case(case_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = load_case(case_file)
    data = registry_bytes(case.get("registry"))
    (tmp_path / "data" / "progress").mkdir(parents=True)
    if data is not None:
        (tmp_path / REGISTRY_PATH).write_bytes(data)
    for name, content in (case.get("progress") or {}).items():
        (tmp_path / "data" / "progress" / name).write_bytes(content.encode("utf-8"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")
    before = snapshot(tmp_path)
    args = [fill(str(a), tmp_path) for a in case.get("command", ["validate", "{registry}"])]
    result = CliRunner().invoke(app, args)
    expect = case["expect"]
    output = result.output
    assert result.exit_code == expect["exit"], output
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), output
    assert "Traceback" not in output
    if "headings" in expect:
        headings = [line for line in output.splitlines() if line.startswith("data/")]
        assert headings == [fill(h, tmp_path) for h in expect["headings"]]
    if "output" in expect:
        assert output == fill(expect["output"], tmp_path)
    if "contains" in expect:
        for piece in expect["contains"]:
            assert fill(piece, tmp_path) in output
    assert snapshot(tmp_path) == before, "a file was changed"
