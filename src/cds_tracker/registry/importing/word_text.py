"""A Word table's rows, cells and texts as Word shows them, read from python-docx's elements.

python-docx's `cell.text` and `tr_lst`/`tc_lst` see only a cell's direct paragraphs' runs and
a table's direct rows and cells: text in a tracked insertion (`w:ins`), a smart tag, a simple
field (`w:fldSimple`), a content control (`w:sdt`, Word's repeating sections and template
fields) or a table nested in a cell was dropped without a word, and a row or a cell inside a
content control vanished (attack 8). Here a text is read as Word shows it with its changes
accepted: insertions and moves kept, deletions and the old place of a move dropped; a field's
shown result, never its code; text formatted as hidden (w:vanish) left out, said in a note
with its text. A content control still showing its placeholder (`w:showingPlcHdr`: the grey
"Click or tap here to enter text." of a template field nobody filled) holds no content: left
out, said in a note with the prompt it showed. A nested table's cells become lines of the cell,
each said in a note, as a tracked change is: the reader shows what it read, a person checks it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from docx.oxml.ns import qn

if TYPE_CHECKING:
    from cds_tracker.registry.importing.heard import ReadNote

# Elements that hold runs (or rows, cells, paragraphs) shown as their own: read through.
_THROUGH = frozenset(
    qn(tag)
    for tag in (
        "w:ins",
        "w:moveTo",
        "w:smartTag",
        "w:fldSimple",
        "w:hyperlink",
        "w:sdt",
        "w:sdtContent",
        "w:customXml",
        "w:dir",
        "w:bdo",
    )
)
_CHANGES = frozenset(qn(tag) for tag in ("w:ins", "w:del", "w:moveTo", "w:moveFrom"))
_R, _P, _TBL, _TR, _TC = (qn(tag) for tag in ("w:r", "w:p", "w:tbl", "w:tr", "w:tc"))
_VANISH = f"{qn('w:rPr')}/{qn('w:vanish')}"
_MARK_DELETED = f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:del')}"
_SDT = qn("w:sdt")
_PLACEHOLDER = f"{qn('w:sdtPr')}/{qn('w:showingPlcHdr')}"
_OFF = frozenset(("0", "false", "off"))


def placeholder(element: Any) -> bool:
    """Whether `element` is a content control showing its placeholder, not a content."""
    if element.tag != _SDT:
        return False
    shown = element.find(_PLACEHOLDER)
    return shown is not None and shown.get(qn("w:val"), "1").lower() not in _OFF


def _prompt(sdt: Any) -> str:
    """The placeholder's text, as Word shows it in grey."""
    return "".join(t.text or "" for t in sdt.iter(qn("w:t")))


class Hidden:
    """Whether Word shows a run: its hidden property (w:vanish) as Word resolves it, read
    through python-docx's objects: the run's own (`Font.hidden`: on, off or not said), else its
    character style's, else its paragraph's style's (each style's own, else the style it is
    based on), else shown. A style hides text as a run's own format does (attack 9: "; Phòng Y
    tế" in a character style with Hidden on became a lead). Each style's answer is worked out
    once; a chain of styles based on each other in a loop ends where it comes back."""

    def __init__(self, styles: Any) -> None:
        self.styles = styles
        self.known: dict[tuple[Any, str | None], bool | None] = {}

    def __call__(self, r: Any, p: Any) -> bool:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.text.font import Font

        own = Font(r).hidden
        if own is not None:
            return bool(own)
        for kind, style_id in (
            (WD_STYLE_TYPE.CHARACTER, r.style),
            (WD_STYLE_TYPE.PARAGRAPH, p.style),
        ):
            said = self._style(kind, style_id)
            if said is not None:
                return said
        return False

    def _style(self, kind: Any, style_id: str | None) -> bool | None:
        if (kind, style_id) not in self.known:
            style = self.styles.get_by_id(style_id, kind)  # the type's default when unnamed
            said: bool | None = None
            met: set[str] = set()
            while style is not None and style.style_id not in met and said is None:
                met.add(style.style_id)
                said = style.font.hidden
                style = style.base_style
            self.known[(kind, style_id)] = said
        return self.known[(kind, style_id)]


class Seen:
    """What a cell's reading met that Word shows differently from its plain runs. `hidden`:
    whether a run is hidden (Hidden, through the document's styles); without it, a run hidden by
    its own format."""

    def __init__(self, hidden: Hidden | None = None) -> None:
        self.shown_hidden = hidden
        self.tracked = False  # a change not accepted yet: read as if accepted
        self.nested = False  # a table inside the cell: its cells read as lines
        self.hidden: list[str] = []  # text formatted as hidden (w:vanish): not shown, not read
        self.prompts: list[str] = []  # content controls showing their placeholder: not read

    def vanished(self, r: Any, p: Any) -> bool:
        """Whether the run `r` of the paragraph `p` is hidden text, not shown by Word."""
        if self.shown_hidden is None:
            return r.find(_VANISH) is not None
        return self.shown_hidden(r, p)

    def notes(self, table: int, row: int, col: int) -> list[ReadNote]:
        """What the cell at (table, row, col) was read with, as notes (heard.py)."""
        from cds_tracker.registry.importing.heard import ReadNote

        said = [
            ReadNote(key, {}, table, row, col)
            for key, met in (
                ("import_read_tracked", self.tracked),
                ("import_read_nested", self.nested),
            )
            if met
        ]
        if hidden := " ".join("".join(self.hidden).split()):
            said.append(ReadNote("import_read_vanished", {"text": hidden}, table, row, col))
        if prompts := " | ".join(p for p in (" ".join(t.split()) for t in self.prompts) if p):
            said.append(ReadNote("import_read_placeholder", {"text": prompts}, table, row, col))
        return said


def _within(element: Any, wanted: str) -> Iterator[Any]:
    """The `wanted` children of an element, those inside content controls (and custom XML)
    included, in document order."""
    for child in element.iterchildren():
        if child.tag == wanted:
            yield child
        elif child.tag in _THROUGH:
            yield from _within(child, wanted)


def rows(tbl: Any) -> list[Any]:
    """A table's `w:tr`, those in a content control (a repeating section) too."""
    return list(_within(tbl, _TR))


def cells(tr: Any) -> list[Any]:
    """A row's `w:tc`, those in a content control too."""
    return list(_within(tr, _TC))


def body_blocks(body: Any, seen: Seen | None = None) -> Iterator[Any]:
    """The paragraphs and tables of the document's body, in order, those in a content control
    (a whole table in one) too; one showing its placeholder is no content (said in `seen`)."""
    for child in body.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif seen is not None and placeholder(child):
            seen.prompts.append(_prompt(child))
        elif child.tag in _THROUGH:
            yield from body_blocks(child, seen)


def paragraph_text(p: Any, seen: Seen | None = None) -> str:
    """A paragraph's text with its changes accepted. A placeholder left out takes the spaces
    that set it apart at the paragraph's ends with it ("Nội dung hai " + a prompt is "Nội dung
    hai"): they were the gap before a prompt, not the plan's text (repro n5)."""
    parts: list[str] = []
    dropped = False

    def walk(element: Any) -> None:
        for child in element.iterchildren():
            if child.tag in _CHANGES and seen is not None:
                seen.tracked = True
            if placeholder(child):  # a template's prompt, not the plan's text
                nonlocal dropped
                dropped = True
                if seen is not None:
                    seen.prompts.append(_prompt(child))
            elif child.tag == _R and seen is not None and seen.vanished(child, p):
                seen.hidden.append(child.text)  # Word shows it only with "Show hidden"
            elif child.tag == _R:
                parts.append(child.text)  # python-docx's run text: w:t, w:tab, w:br …
            elif child.tag in _THROUGH:
                walk(child)

    walk(p)
    if seen is not None and p.find(_MARK_DELETED) is not None:
        seen.tracked = True
    text = "".join(parts)
    return text.strip() if dropped else text


def cell_lines(tc: Any, seen: Seen) -> list[str]:
    """A cell's lines: one per paragraph (a paragraph whose mark was deleted joins the next, as
    Word shows it accepted), a nested table's cells' lines in order."""
    lines: list[str] = []
    carried = ""
    for block in body_blocks(tc, seen):
        if block.tag == _TBL:
            seen.nested = True
            for tr in rows(block):
                for inner in cells(tr):
                    lines += cell_lines(inner, seen)
            continue
        text = carried + paragraph_text(block, seen)
        if block.find(_MARK_DELETED) is not None:
            carried = text
            continue
        carried = ""
        lines.append(text)
    if carried:
        lines.append(carried)
    return lines


def deleted(tr: Any) -> bool:
    """A row deleted as a tracked change: gone once the changes are accepted."""
    return tr.find(f"{qn('w:trPr')}/{qn('w:del')}") is not None
