"""Targets carry-over leaves in the old plan: one the new plan already lists, and one the user
names (`--skip I.2`), each said in the preview and the JSON, none written (clerk15 F1).

A plan often restates an ongoing ("Thường xuyên") target of the year before word for word; the
2024 appendix keeps 2023's "100% các yêu cầu … LGSP …" as its own I.2. Carried as well, it was
two targets of one work: each ward urged twice for one periodic report, in the letter and the
form, and the city's totals counting it twice. So a target the new plan restates (by the rule of
registry/restated.py, which `cds diff` of the two plans pairs them by) is not carried.

The new plan's row is left as it is, never given `carried_from`: that field makes a target a
carried one, which the plan's own appendix leaves out (docs/documents.md), so plan 2024's own
I.2 would vanish from the table its committee signed. The old target stays in the old plan,
unmarked: the new plan follows the work under its own row. Running carry-over again leaves it
again, by the same rule. A restatement in other words is not recognised: the user leaves it out
by its id (`--skip I.2`, not remembered: give it each run).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LeftOut:
    origin: str  # "2023/I.2"
    status: str  # its status in the old plan, as of the carry day
    content: str
    same_as: tuple[str, ...] = ()  # the new plan's targets that are the same ("I.2"); none: --skip
