"""Where a part finished before its target was carried into this plan was finished: each plan the
target was in before, its deadline there and the day it left (`Came`, read by app/origins.py
`earlier_dues`), so questions/status.py `finished_code` judges such a part on time or late as
that plan did (clerk21 F2). Apart from status.py, which needs it only for its types: a plan that
carries nothing never imports it (tests/test_start_up.py).
"""

from __future__ import annotations

from cds_tracker.core.tuples import Record


class Came(Record):
    """A plan a carried target was in before this one (app/origins.py `earlier_dues`): its
    `plan` (its year, as words cite it), the target's deadline there (`due`, as its registry
    writes it: yyyy-mm, yyyy-mm-dd, ongoing; "" unread) and the day the target arrived in the
    plan after it (`until`, yyyy-mm-dd). A part finished before `until` (and not before an
    earlier plan's) was finished under that plan's deadline (status.py `finished_code`)."""

    plan: str
    due: str
    until: str
