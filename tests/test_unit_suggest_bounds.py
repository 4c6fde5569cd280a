"""A name left over in a cell is scored for a suggestion once per text, and not at all when it
is far longer than every unit name (a 32,000-character cell cost 0.2 s a row: 39 s for 200)."""

from __future__ import annotations

import pytest

from cds_tracker.core.records import Unit
from cds_tracker.registry import name_likeness
from cds_tracker.registry.name_likeness import SUGGEST_MARGIN
from cds_tracker.registry.units import UnitIndex

UNITS = [
    Unit("phong-y-te", "Phòng Y tế", "department", "user"),
    Unit("phong-tu-phap", "Phòng Tư pháp", "department", "user"),
]


def test_a_name_is_scored_once_and_a_far_too_long_one_never(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    scored: list[str] = []
    real = name_likeness.scored

    def counting(
        query: str, names: dict[str, tuple[str, ...]], limit: int = 3
    ) -> list[tuple[float, str]]:
        scored.append(query)
        return real(query, names, limit)

    monkeypatch.setattr(name_likeness, "scored", counting)
    index = UnitIndex(UNITS)
    assert index.suggest("Phòng Y tê") == ["Phòng Y tế"]
    assert index.suggest("Phòng Y tê") == ["Phòng Y tế"]
    assert scored == ["Phòng Y tê"]  # the second time from what the first found
    longest = len("phòng tư pháp")
    near_limit = "Phòng Tư phap " + "x" * (longest + SUGGEST_MARGIN - len("Phòng Tư phap "))
    assert len(near_limit) == longest + SUGGEST_MARGIN
    index.suggest(near_limit)
    assert scored[-1] == near_limit  # at the limit: still scored
    huge = "Phòng " + " ".join(["xuân", "hà", "minh"] * 2000)
    assert index.suggest(huge) == []
    assert scored[-1] == near_limit  # past it: none scored
