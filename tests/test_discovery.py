from __future__ import annotations

from pathlib import Path

import pytest

from cds_tracker.app.discovery import bundled_registry, display_path, find_registry
from cds_tracker.core.errors import UsageError
from cds_tracker.output.words import say

from paths import REGISTRY


def test_order_option_env_folder_bundled(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "data").mkdir(parents=True)
    own = project / "data" / "phu_luc_01.yaml"
    own.write_text("x", encoding="utf-8")
    deep = project / "a" / "b"
    deep.mkdir(parents=True)
    other = tmp_path / "other.yaml"
    other.write_text("x", encoding="utf-8")

    assert find_registry(other, cwd=deep, environ={"CDS_REGISTRY": str(own)}).how == "option"
    found = find_registry(None, cwd=deep, environ={"CDS_REGISTRY": str(other)})
    assert (found.path, found.how) == (other, "environment")
    found = find_registry(None, cwd=deep, environ={})
    assert (found.path, found.how) == (own.resolve(), "folder")
    found = find_registry(None, cwd=tmp_path, environ={})
    assert found.bundled
    assert found.path == bundled_registry()


def test_bundled_registry_is_the_shipped_one() -> None:
    assert bundled_registry().read_bytes() == REGISTRY.read_bytes()


def test_missing_registry_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        find_registry(None, environ={"CDS_REGISTRY": str(tmp_path / "none.yaml")})
    assert (
        say(caught.value.message, "en")
        == f"CDS_REGISTRY: no registry file at '{tmp_path / 'none.yaml'}'"
    )


def test_display_path(tmp_path: Path) -> None:
    assert display_path(tmp_path / "data" / "r.yaml", cwd=tmp_path) == "data/r.yaml"
    assert display_path(Path("/elsewhere/r.yaml"), cwd=tmp_path) == "/elsewhere/r.yaml"
