"""An indicator's trend and a progress entry's figures and counts, as people read them. Split
from output/tables.py (rows → records and cells, which a warm `cds due` loads): these are
imported only by the outputs that show entries and trends. An indicator's name and a single
figure stay in tables (`indicator_name`, `figure`), which every row's details use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cds_tracker.output.tables import figure, indicator_name
from cds_tracker.output.words import Lang, label
from cds_tracker.questions.status import Reading

if TYPE_CHECKING:
    from collections.abc import Mapping

    from cds_tracker.core.entries import Entry
    from cds_tracker.core.records import Indicator, Registry
    from cds_tracker.registry.units import UnitIndex


Indicators = dict[tuple[str, str], "Indicator"]  # (target id, key) → the registry's indicator


def indicators_of(registry: Registry) -> Indicators:
    return {(t.id, i.key): i for _, t in registry.targets() for i in t.indicators}


def _named(entry: Entry, key: str, indicators: Indicators) -> tuple[str, str]:
    """An entry's indicator by name, with its unit ('%'); a key the registry no longer has is
    shown as it is."""
    indicator = indicators.get((entry.target, key))
    return (indicator_name(indicator), indicator.unit) if indicator else (key, "")


def values_text(
    entry: Entry,
    indicators: Indicators,
    lang: Lang,
    *,
    counts: bool = True,
    uncounted: Mapping[str, str] | None = None,
) -> list[str]:
    """A progress entry's figures as people read them, one a line: 'Tỷ lệ …: 27,5%', with the
    counts it gave ('50% (3/6)') unless they have a place of their own. `uncounted`: key → the
    unit that gives a city figure the entry's unit does not (questions/figures.py `uncounted`),
    said after it: '95% (không tính: do Công an thành phố báo cáo)' (a16_06)."""
    lines = []
    for key, value in entry.values.items():
        name, unit = _named(entry, key, indicators)
        counted = entry.counts.get(key) if counts else None
        given = f" ({counted[0]}/{counted[1]})" if counted else ""
        giver = (uncounted or {}).get(key)
        given += " " + label("figure_uncounted", lang, unit=giver) if giver else ""
        lines.append(f"{name}: {figure(value, unit, lang)}{given}")
    return lines


def values_cell(values: Mapping[str, Any], givers: Mapping[str, str], lang: Lang) -> str:
    """The machine CSV's values cell ('key=95; …', as `emit.flat` writes it) with each figure
    not counted followed by the words the screen says after it: 'ecommerce_retail_share=95
    (không tính: do Phòng Kinh tế báo cáo)' (`givers`: key → the giver's name; a18_02)."""
    from cds_tracker.output.emit import flat

    return "; ".join(
        f"{key}={flat(value)}"
        + (" " + label("figure_uncounted", lang, unit=givers[key]) if key in givers else "")
        for key, value in values.items()
    )


def marked_records(
    records: list[dict[str, Any]],
    index: UnitIndex,
    uncounted: Mapping[tuple[str, str], str] | None,
    lang: Lang,
) -> list[dict[str, Any]] | None:
    """Each record holding a figure its unit does not give (questions/figures.py `uncounted`)
    gets JSON's `uncounted`: key → the unit id that gives it; the machine CSV's rows (returned,
    None when none is marked) say it in the values cell as the screen does (a18_02)."""
    rows: list[dict[str, Any]] = []
    for item in records:
        kept = {k: g for (i, k), g in (uncounted or {}).items() if i == item["id"]}
        if kept:
            item["uncounted"] = kept
            names = {key: index.name(giver) for key, giver in kept.items()}
            item = {**item, "values": values_cell(item["values"], names, lang)}
        rows.append(item)
    return rows if any("uncounted" in item for item in records) else None


def counts_text(entry: Entry, indicators: Indicators) -> list[str]:
    """'Tỷ lệ …: 3/6': the counts an entry gave, one a line."""
    return [
        f"{_named(entry, key, indicators)[0]}: {numerator}/{denominator}"
        for key, (numerator, denominator) in entry.counts.items()
    ]


SPARKS = "▁▂▃▄▅▆▇█"


def trend_text(reading: Reading, lang: Lang, points: int = 6) -> str:
    """The city figure after each report, as a sparkline and the last few values with dates:
    '▁▄█ 12% (15/10/2023) → 23,5% (20/10/2023) → 35% (30/10/2023)'."""
    if not reading.series:
        return ""
    values = [value for _, value in reading.series]
    low = min([*values, reading.indicator.value])
    high = max([*values, reading.indicator.value])
    span = (high - low) or 1.0
    spark = "".join(SPARKS[round((v - low) / span * (len(SPARKS) - 1))] for v in values)
    unit = reading.indicator.unit
    shown = [
        f"{figure(value, unit, lang)} ({date[8:10]}/{date[5:7]}/{date[:4]})"
        for date, value in reading.series[-points:]
    ]
    more = "… → " if len(reading.series) > points else ""
    return f"{label('trend', lang)}: {spark} {more}" + " → ".join(shown)
