"""Format-independent clean-up of loaded text: running headers, broken sentences, whitespace."""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable, Sequence

from .document import Block

_SENTENCE_END = re.compile(r"[.!?:;»”\"')\]]\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"[ \t\u00a0]+")


def normalise_line(line: str) -> str:
    """A line's identity for header/footer matching: case, digits and spacing folded."""
    return _SPACES.sub(" ", _DIGITS.sub("#", line)).strip().lower()


def tidy(text: str) -> str:
    """Fold runs of spaces, drop soft hyphens, keep paragraph breaks."""
    text = text.replace("\u00ad", "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def repeated_lines(pages: Sequence[Sequence[str]], *, edge: int = 3, min_share: float = 0.5) -> set[str]:
    """Normalised lines that stand near the top or bottom of at least `min_share` of the pages.

    These are running headers and footers ("Internationell policy", "Sida 3 av 9").
    Needs two pages at least: one page cannot show what repeats.
    Top and bottom are counted apart: a heading that happens to open one page and
    close another is not a running header.
    """
    if len(pages) < 2:
        return set()
    tops: Counter[str] = Counter()
    bottoms: Counter[str] = Counter()
    for lines in pages:
        nonblank = [ln for ln in lines if ln.strip()]
        tops.update({normalise_line(ln) for ln in nonblank[:edge] if len(ln) <= 120})
        bottoms.update({normalise_line(ln) for ln in nonblank[-edge:] if len(ln) <= 120})
    needed = max(2, int(len(pages) * min_share + 0.999))
    return {line for counts in (tops, bottoms) for line, n in counts.items() if n >= needed and line}


def is_page_number(line: str) -> bool:
    return bool(re.fullmatch(r"(?:sida|page|s\.)?\s*\d+(?:\s*(?:av|of|/)\s*\d+)?", line.strip().lower()))


def continues(previous: str, following: str) -> bool:
    """True when `following` is the rest of a sentence that `previous` broke off (a page break)."""
    if not previous or not following:
        return False
    if _LIST_ITEM.match(following) or _SENTENCE_END.search(previous):
        return False
    return following[:1].islower()


def join_broken_blocks(blocks: Iterable[Block]) -> list[Block]:
    """Glue a paragraph to the one before when a page break (or a removed header) split a sentence.

    The joined block keeps the earlier block's headings and page, since the sentence started there.
    A real heading between the two means a new section, never a broken sentence.
    """
    out: list[Block] = []
    for block in blocks:
        if (out and out[-1].headings == block.headings
                and continues(out[-1].text.rstrip().split("\n")[-1], block.text.lstrip())):
            prev = out[-1]
            out[-1] = Block(prev.text.rstrip() + " " + block.text.lstrip(), prev.headings, prev.page)
        else:
            out.append(block)
    return out


def title_from_file_name(path) -> str:
    """"eu_projekt-guide.docx" → "eu projekt guide": the title of last resort."""
    return path.stem.replace("_", " ").replace("-", " ").strip() or path.stem


def introduces_list(block: Block) -> bool:
    """A sentence that ends in ":" introduces what follows ("… ska innehålla:")."""
    return block.text.rstrip().endswith(":")


def merge_lists(blocks: Iterable[Block], joins=introduces_list) -> list[Block]:
    """A list item ("- …") joins the block before it, under the same headings, when `joins(previous)`:
    by default only the sentence that introduces the list; a loader may also let a list continue
    itself across a page break or blank line."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if prev is not None and block.text.startswith("- ") and prev.headings == block.headings and joins(prev):
            out[-1] = Block(prev.text + "\n" + block.text, prev.headings, prev.page)
        else:
            out.append(block)
    return out



def table_rows(rows: Sequence[Sequence[str]], *, header: bool) -> str:
    """A table as quotable list items: one "- " line per data row, each carrying its header.

    With a header row: "- Ort: Åbo; Land: Finland; Sedan: 1952" (a cell without a header shows
    its value alone, empty cells are left out). Without one: "- Åbo | Finland | 1952". A row that
    repeats the header (long tables repeat it) is skipped. Cells are folded to one line each, so a
    row is one line, which the chunker never splits and the answer engine quotes whole.
    """
    cells = [[_SPACES.sub(" ", c.replace("\n", " ")).strip() for c in row] for row in rows]
    cells = [row for row in cells if any(row)]
    if header and len(cells) >= 2:
        names = [c.rstrip(":").strip() for c in cells[0]]
        lines = []
        for row in cells[1:]:
            if row == cells[0]:
                continue
            pairs = [f"{name}: {value}" if name and name != value else value
                     for name, value in zip(names + [""] * (len(row) - len(names)), row) if value]
            if pairs:
                lines.append("- " + "; ".join(pairs))
        return "\n".join(lines)
    return "\n".join("- " + " | ".join(c for c in row if c) for row in cells)
