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


_BARE_ANSWER = re.compile(r"(ja|nej|yes|no)[.!]?", re.IGNORECASE)


def _joined(pieces: list[str]) -> list[str]:
    """A bare "Ja." / "No." is no answer without the sentence that follows it: one unit with it."""
    out: list[str] = []
    for piece in pieces:
        if out and _BARE_ANSWER.fullmatch(out[-1]) and not piece.startswith("- "):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def units(text: str, kind: str = "document") -> list[tuple[str, str]]:
    """(text, display) pairs; list items are shown with the line that introduces the list."""
    if kind == "contacts":
        whole = split(text, whole=True)
        return [(whole[0], whole[0])] if whole else []
    if kind == "approved":
        # the coordinator's answer is quoted whole; its first line repeats the question ("Q – A")
        joined = " ".join(ln.strip() for ln in text.splitlines() if ln.strip())
        return [(joined, joined.split(" – ", 1)[1] if " – " in joined else joined)] if joined else []
    out = []
    lead = ""   # the sentence before a list, which introduces its items
    label = ""  # a line that is no sentence ("PIC-kod", "Kontaktperson"): the paragraph after it is about it
    for line in text.split("\n"):
        pieces = _joined(split(line))
        if not pieces:
            continue
        for n, unit in enumerate(pieces):
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
                # a glossary's or a form's term on its own line, then what it is: the paragraph's
                # first sentence is shown under it ("PIC-kod: Participant Identification Code, …")
                out.append((unit, f"{label}: {unit}" if label and n == 0 else unit))
        only = pieces[0]
        label = only if len(pieces) == 1 and _is_label(only) else ""
    return out


def _is_label(line: str) -> bool:
    """A short line that is no sentence, no list item and no table markup."""
    return (len(line) <= 60 and not line.startswith("- ") and "|" not in line and ": " not in line
            and any(c.isalpha() for c in line)
            and not line.rstrip().endswith((".", "!", "?", ":", ";", ",")))


def in_context(title: str, section: str, text: str) -> str:
    """A unit as embedded for its context similarity: under its document title and innermost heading,
    as a reader meets it ("Erasmus+ i skolan › Bidrag: Ansök senast den 15 mars.")."""
    heading = " › ".join(p for p in (title, section.split(" › ")[-1] if section else "") if p)
    return f"{heading}: {text}" if heading else text
