"""The units an answer can quote: sentences, list items, a whole contact entry or approved answer.

Pure text functions shared by ingestion (which embeds every unit once, when a chunk is written)
and the engine (which scores the units of the best passages against the question).
"""
from __future__ import annotations

import re

# Split after . ! ? followed by a capital or digit, but not after common abbreviations
# ("t.ex.", "bl.a.", "§ 85." is followed by a new sentence and may split).
_ABBREVIATIONS = ("t.ex", "bl.a", "m.m", "s.k", "d.v.s", "dvs", "e.g", "i.e", "etc", "nr", "ca", "kap", "jfr", "resp")
_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"“(])")


def split(text: str, *, whole: bool = False) -> list[str]:
    """Sentences and list items of a passage, in order. `whole` keeps the passage as one unit."""
    if whole:
        return ["; ".join(ln.strip() for ln in text.splitlines() if ln.strip())]
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("- "):
            out.append(line)
            continue
        start = 0
        for m in _BOUNDARY.finditer(line):
            piece = line[start:m.start()].strip()
            if piece.lower().endswith(_ABBREVIATIONS):
                continue
            if piece:
                out.append(piece)
            start = m.end()
        if line[start:].strip():
            out.append(line[start:].strip())
    return [s for s in out if len(s) > 2]


def units(text: str, kind: str = "document") -> list[tuple[str, str]]:
    """(text, display) pairs; list items are shown with the line that introduces the list."""
    if kind == "contacts":
        whole = split(text, whole=True)
        return [(whole[0], whole[0])] if whole else []
    if kind == "approved":
        # the coordinator's answer is quoted whole; its first line repeats the question ("Q – A")
        whole = " ".join(ln.strip() for ln in text.splitlines() if ln.strip())
        return [(whole, whole.split(" – ", 1)[1] if " – " in whole else whole)] if whole else []
    out = []
    lead = ""
    for unit in split(text):
        if unit.startswith("- "):
            item = unit[2:].strip()
            if lead and len(lead) < 80 and not lead.endswith((".", ":")):
                display = f"{lead} {item[:1].lower()}{item[1:]}"  # "Alingsås kommun" + "uppmuntrar …"
            elif lead.endswith(":") and len(lead) < 120:
                display = f"{lead} {item}"
            else:
                display = item
            out.append((unit, display))
        else:
            lead = unit
            out.append((unit, unit))
    return out


def in_context(title: str, section: str, text: str) -> str:
    """A unit as embedded for its context similarity: under its document title and innermost heading,
    as a reader meets it ("Erasmus+ i skolan › Bidrag: Ansök senast den 15 mars.")."""
    heading = " › ".join(p for p in (title, section.split(" › ")[-1] if section else "") if p)
    return f"{heading}: {text}" if heading else text
