"""What the extractive answer quotes: the unit that answers, with what it needs to be read.

- the best unit first, in its own passage's reading order with what it cannot stand without:
  the sentence it refers back to ("Detta sker …"), the sentence after it that refers to it, and
  what a sentence ending in a colon announces ("Three documents are needed: …");
- a list item or table row with the rest of its list when the question asks "which …";
- up to three runners-up when the sentence model rates them close enough to the best (how many
  and how close: fitted on the tune part);
- at most about `max_chars` characters in all.
"""
from __future__ import annotations

from .evidence import ANAPHOR, Unit

MAX_QUOTE_CHARS = 500
SECOND_RATIO = 0.8   # a runner-up is quoted too when its score is at least this share of the best's
                     # (fitted: Params.selection["second_ratio"])


def select(units: list[Unit], *, wants_list: bool, max_chars: int = MAX_QUOTE_CHARS,
           second_ratio: float = SECOND_RATIO, runners_up: int = 1) -> list[Unit]:
    """`units` scored and sorted best first. Returns the units to quote, best's group first."""
    if not units:
        return []
    best = units[0]
    by_place = {(u.passage.id, u.position): u for u in units}
    group = [best]
    size = len(best.display)

    def add(u: Unit | None, front: bool = False) -> bool:
        nonlocal size
        if u is None or u in group or size + len(u.display) > max_chars:
            return False
        group.insert(0, u) if front else group.append(u)
        size += len(u.display)
        return True

    if ANAPHOR.match(best.text):
        add(by_place.get((best.passage.id, best.position - 1)), front=True)
    after = by_place.get((best.passage.id, best.position + 1))
    if best.text.rstrip().endswith(":"):
        # a sentence that announces what follows ("Three documents are needed:") is read with it
        for k in range(1, 6):
            if not add(by_place.get((best.passage.id, best.position + k))):
                break
    elif after is not None and ANAPHOR.match(after.text) and not after.is_item:
        add(after)
    if best.is_item and wants_list:
        siblings = _list_of(best, units)
        for u in siblings:
            if u is not best and not add(u):
                break
        group.sort(key=lambda u: u.position)
    others = [u for u in units[1:4] if u not in group and u.score >= second_ratio * best.score]
    for u in others[:runners_up]:
        if u.passage.id == best.passage.id and abs(u.position - best.position) <= 2:
            add(u)
            group.sort(key=lambda u: u.position)
        else:
            add(u)
    return group


def _list_of(item: Unit, units: list[Unit]) -> list[Unit]:
    """The items of the list `item` belongs to (consecutive items of its passage), in order."""
    runs: list[list[Unit]] = []
    for u in sorted((u for u in units if u.passage.id == item.passage.id), key=lambda u: u.position):
        if not u.is_item:
            continue
        if runs and u.position == runs[-1][-1].position + 1:
            runs[-1].append(u)
        else:
            runs.append([u])
    return next((run for run in runs if item in run), [item])


def render(units: list[Unit]) -> str:
    """The quoted units of one passage as one text. Items of a list that share the line introducing
    them are shown under it once, one to a line ("Alingsås kommun\n- deltar i nätverk …\n- samordnar
    …"), not as that line repeated before each."""
    parts: list[str] = []
    lead = None
    for u in units:
        item = u.text[2:].strip() if u.is_item else ""
        shared = u.display[:-len(item)].rstrip() if item and len(u.display) > len(item) else ""
        if shared and u.display[-len(item):].lower() == item.lower():
            if shared != lead:
                parts.append(("\n" if parts else "") + shared)
                lead = shared
            parts.append("\n- " + u.display[-len(item):])
            continue
        lead = None
        parts.append(("\n" if parts and parts[-1].startswith("\n- ") else " " if parts else "") + u.display)
    return "".join(parts)
