"""An independent reading of the appendix's source text (the Word table as tab-separated text).

Deliberately shares no code with the package: the fidelity test compares the registry with what
this reads, so a bug in the tool cannot hide a transcription error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

SOURCE = Path(__file__).parent / "fixtures" / "phu_luc_01_source.txt"
_GROUP = re.compile(r"^<b>([IVX]+)\.</b>\t<b>(.+)</b>")
_TARGET = re.compile(r"^(\d+)\.\t")


@dataclass(frozen=True)
class SourceTarget:
    group: str
    number: int
    content: str
    directing: str
    lead: str
    cooperating: str
    deadline: str
    notes: str


@dataclass(frozen=True)
class SourceAppendix:
    heading: str
    groups: dict[str, str]
    targets: list[SourceTarget]


def read_source(path: Path = SOURCE) -> SourceAppendix:
    lines = path.read_text(encoding="utf-8").split("\n")
    heading = next(line for line in lines if line.startswith("**"))
    groups: dict[str, str] = {}
    targets: list[SourceTarget] = []
    group = ""
    for line in lines:
        if found := _GROUP.match(line):
            group = found[1]
            groups[group] = found[2]
        elif _TARGET.match(line):
            cells = line.split("\t")
            assert len(cells) == 7, cells
            targets.append(
                SourceTarget(group, int(cells[0].rstrip(".")), *(cells[1:]))  # type: ignore[arg-type]
            )
    return SourceAppendix(heading, groups, targets)
