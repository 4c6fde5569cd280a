"""Names no catalogue holds cost no more than names it holds: counted, and timed generously.

A big catalogue (a province's communes after the 2025 mergers run to the hundreds) read against
an appendix naming as many units it lacks: each unknown name was compared with every name of the
catalogue, four ways, several times per cell (and scored against every unit for a suggestion),
so the work grew as the product of the two. Here the work is counted where it is done.
"""

from __future__ import annotations

import time

import pytest

from cds_tracker.core.records import Unit
from cds_tracker.registry import name_likeness
from cds_tracker.registry.units import UnitIndex

_PLACES = [
    "An",
    "Bình",
    "Hòa",
    "Lạc",
    "Phú",
    "Thịnh",
    "Hưng",
    "Long",
    "Xuân",
    "Đông",
    "Tây",
    "Nam",
    "Bắc",
    "Trung",
    "Tân",
    "Yên",
    "Quang",
    "Minh",
    "Đức",
    "Sơn",
]


def _place(i: int) -> str:
    """A distinct place name of one to three words for each i < 8,000 ("Bình Phú", "An")."""
    words = []
    while True:
        words.append(_PLACES[i % len(_PLACES)])
        i //= len(_PLACES)
        if not i:
            return " ".join(words)


def _communes(n: int) -> UnitIndex:
    communes = [
        Unit(id=f"xa-{i}", name=f"UBND xã {_place(i)}", kind="commune", source="user")
        for i in range(n)
    ]
    return UnitIndex(communes, ("Chủ tịch", "Trưởng phòng"))


def _unknown(i: int) -> str:
    return f"Tổ công tác số {i} tại {_place(i)}"


def _counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Counts of the per-name work: `abbreviates` (name against name) and `_likeness` (a unit
    scored for a suggestion)."""
    counts = {"abbreviates": 0, "_likeness": 0}
    for name in counts:
        real = getattr(name_likeness, name)

        def counting(*args: object, _real: object = real, _name: str = name) -> object:
            counts[_name] += 1
            return _real(*args)  # type: ignore[operator]

        monkeypatch.setattr(name_likeness, name, counting)
    return counts


def test_unknown_names_are_compared_with_no_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """400 communes, 400 names it lacks: no name tried as an abbreviation of any (each holds
    "tổ", which no commune's name holds), and a suggestion scores only the communes sharing
    the most words within reach (the scan compared 400 × 400 × 4 × 4 times)."""
    index = _communes(400)
    counts = _counted(monkeypatch)
    for i in range(400):
        resolution = index.resolve(_unknown(i))
        assert resolution.unit_ids == ()
        assert resolution.unresolved == (_unknown(i),)
    assert counts["abbreviates"] == 0
    for i in range(400):
        index.suggest(_unknown(i))
    assert counts["_likeness"] <= 400 * 60, counts


def test_an_abbreviation_is_tried_only_against_names_holding_its_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Of 400 communes, "Phú Lạc" is tried only against the two names holding both words
    (commune 64 is "Phú Lạc": 64 = 4 + 3 × 20; commune 83 "Lạc Phú"), and "PL" only against
    the names whose initials hold "pl": Phú Lạc (64) and Phú Long (144 = 4 + 7 × 20)."""
    index = _communes(400)
    tried: list[str] = []
    real = name_likeness.abbreviates

    def recording(query: str, name: str) -> bool:
        tried.append(name)
        return real(query, name)

    monkeypatch.setattr(name_likeness, "abbreviates", recording)
    found = index.lookup("Phú Lạc")
    assert isinstance(found, Unit) and found.id == "xa-64"
    assert sorted(tried) == ["UBND xã Lạc Phú", "UBND xã Phú Lạc"]
    tried.clear()
    assert index.lookup("PL") == ("xa-144", "xa-64")
    assert sorted(tried) == ["UBND xã Phú Long", "UBND xã Phú Lạc"]


def test_a_thousand_unknown_names_against_a_thousand_units_in_seconds() -> None:
    """Generous: linear work here takes well under a second; the old scan took over 25 s."""
    index = _communes(1000)
    started = time.perf_counter()
    for i in range(1000):
        assert index.resolve(_unknown(i)).unresolved == (_unknown(i),)
        index.suggest(_unknown(i))
    assert time.perf_counter() - started < 12
