from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from paths import REGISTRY

# CI machines are shared and slow at times: a property test judges the code, not the clock.
settings.register_profile(
    "cds", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile("cds")


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test reads the user's settings or writes to their home or cache folder."""
    home = tmp_path_factory.mktemp("home")
    for name in ("CDS_REGISTRY", "CDS_LANG", "CDS_NO_CACHE", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("COLUMNS", "100")


@pytest.fixture
def registry_text() -> str:
    return REGISTRY.read_text(encoding="utf-8")


@pytest.fixture
def write_registry(tmp_path: Path, registry_text: str) -> Callable[..., Path]:
    """Write the shipped registry, edited by (old, new) replacements, into tmp_path."""

    def write(*edits: tuple[str, str], name: str = "phu_luc_01.yaml") -> Path:
        text = registry_text
        for old, new in edits:
            assert old in text, f"edit target not found: {old!r}"
            text = text.replace(old, new, 1)
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def own_registry(tmp_path: Path) -> Path:
    """A writable copy of the shipped registry, as `cds init` makes it: returns the folder."""
    from cds_tracker.app.setup import init_registry

    folder = tmp_path / "data"
    init_registry(folder)
    return folder


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in English (CDS_LANG=en): for tests written against the English wording; the
    Vietnamese default is checked by tests/test_language.py."""
    monkeypatch.setenv("CDS_LANG", "en")
