"""`cds carry-over`'s preview cites each target it would carry as every document cites it once
carried (clerk review, issue 16, c_03; output/carried.py `cited_from`): the number its plan in
force prints and that plan's year, never the registry id `carried_from` will hold.

The revised 2024 workspace of test_revised_plan.py: revision 12/KH-BCĐ prints I.9 as "I.3"
(I.3 itself now "I.2"); I.4 is 2023's I.1, carried into 2024. Carried on into 2025 as of
31/12/2024, 2024's I.9 becomes 2025's I.10, which `show` and the letters cite "I.3 (2024)"; the
preview said "2024/I.9" (and `show --format json` "I.9 (2024)": it read no origin plan). 2024's
I.4 becomes 2025's I.5: the preview names it by its 2024 id, "I.4", the code every 2024
document, form and warning gives it, over the plan that printed it first, "(I.1 (2023))", as a
narrow column cites a carried target (clerk13 F3: "I.1 (2023)" alone never said I.4); 2024's
own I.1, "I.1 (2024)". The preview's JSON keeps the ids ("origin": "2024/I.9")."""

from __future__ import annotations

import json
from pathlib import Path

from appendix_files import write_docx
from test_carried_numbers import HEADING_2025, REGISTRY_2025
from test_revise import PLAN, cds, ok
from test_revised_plan import revised as revised  # the fixture
from test_revised_plan import workspace as workspace  # the fixture under it

CARRY = ("carry-over", "--from", "2024", "--to", "2025", "--as-of", "31/12/2024")


def _rows(text: str) -> dict[str, list[str]]:
    """New id → the preview row's first four cells (its first line)."""
    found = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if line.startswith("| ") and len(cells) == 4 and cells[1].startswith(("I.", "II.")):
            found[cells[1]] = cells
    return found


def _under(text: str, new: str) -> str:
    """The origin cell's second line of the preview row of `new`."""
    lines = text.splitlines()
    at = next(
        i for i, line in enumerate(lines) if [c.strip() for c in line.split("|")][2:3] == [new]
    )
    return lines[at + 1].split("|")[1].strip()


def test_the_preview_cites_what_the_documents_cite(revised: Path) -> None:
    write_docx(revised / "ke-hoach-2025.docx", PLAN, HEADING_2025)
    ok("import", "ke-hoach-2025.docx", "--out", REGISTRY_2025, "--registry", "plans/2023")
    text = ok(*CARRY)
    vi = _rows(text)
    assert vi["I.10"] == ["I.3 (2024)", "I.10", "Chưa thực hiện", "Tháng 12/2024 → Tháng 12/2025"]
    assert vi["I.4"][:2] == ["I.1 (2024)", "I.4"]
    assert vi["I.5"][:2] == ["I.4", "I.5"]
    assert _under(text, "I.5") == "(I.1 (2023))"
    text = ok("--lang", "en", *CARRY)
    en = _rows(text)
    assert en["I.10"] == ["I.3 (2024)", "I.10", "Not started", "Tháng 12/2024 → Tháng 12/2025"]
    assert en["I.5"][:2] == ["I.4", "I.5"]
    assert _under(text, "I.5") == "(I.1 (2023))"
    result = cds(*CARRY, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    origins = {t["id"]: t["origin"] for t in data["targets"]}
    assert (origins["I.10"], origins["I.4"], origins["I.5"]) == ("2024/I.9", "2024/I.1", "2024/I.4")
    ok(*CARRY, "--yes")
    for new, cited in (("I.10", "I.3 (2024)"), ("I.5", "I.1 (2023)"), ("I.4", "I.1 (2024)")):
        shown = json.loads(cds("--plan", "2025", "show", new, "--format", "json").stdout)
        assert shown["origin"]["cited"] == cited
