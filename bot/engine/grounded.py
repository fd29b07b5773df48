"""A grounded answer from a language model: numbered passages in, checked citations out.

The model sees the passages numbered 1..N inside a fenced data section and must cite them as [n].
What comes back is not trusted: citations that point at no passage are dropped, the rest are
renumbered 1..k in order of first use, channel-wide mentions are removed, and an answer left with
no valid citation counts as not covered (an uncited answer cannot be checked).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .llm import ChatModel, LLMError
from .models import Passage, Question, Turn
from .prompts import load_prompt

NOT_COVERED = "NOT_COVERED"
HISTORY_TURNS = 6        # the last few turns of the thread give the model its context
HISTORY_TURN_CHARS = 600

_LABELS = {
    "sv": {"user": "Medarbetare", "assistant": "Omvärld", "none": "(inga)", "page": "s."},
    "en": {"user": "Staff member", "assistant": "Omvärld", "none": "(none)", "page": "p."},
}

# Data must not be able to close (or open) the fences the prompt puts around it.
_FENCE_TAG = re.compile(r"<(\s*/?\s*(?:history|passages|passage|question)\b)", re.IGNORECASE)

# A bracketed citation: [3], [1, 2], [2-4], [#3], [^3], [källa 3], [source 3] …
_CITATION = re.compile(
    r"\[\s*(?:(?:k[äa]lla|source|passage|utdrag|ref)\s*|[#^])?"
    r"(\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*[,;]\s*(?:[#^])?\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*)\s*\]"
    r"(?!\()",
    re.IGNORECASE,
)
# Anything else that looks like a marker and is not a Markdown link: [abc], [?], [n/a].
_JUNK_MARKER = re.compile(r"\[[^\[\]\s]{1,15}\](?![(\[])")
_MARKER = re.compile(f"{_CITATION.pattern}|{_JUNK_MARKER.pattern}", re.IGNORECASE)
_NOT_COVERED = re.compile(NOT_COVERED, re.IGNORECASE)

# Mentions that notify a whole channel or group; removed, not merely escaped.
_MENTIONS = re.compile(
    r"[ \t]*(?:<!(?:channel|here|everyone)(?:\|[^>]*)?>"
    r"|<!subteam\^[^>]*>"
    r"|[@＠](?:channel|here|everyone)\b)",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class GroundedAnswer:
    text: str                                            # citations renumbered 1..n in order of first use
    cited: list[Passage] = field(default_factory=list)   # cited[i] is the passage behind [i + 1]
    covered: bool = True                                  # False: NOT_COVERED, or no valid citation


def compose(model: ChatModel, question: Question, passages: list[Passage], language: str,
            prompts_dir: str | Path | None = None) -> GroundedAnswer:
    """Ask `model` to answer `question` from `passages` only, and check what it cites.

    Raises LLMError when the model fails or answers with nothing readable.
    """
    if not passages:
        return GroundedAnswer("", [], False)  # nothing to cite, nothing to ask
    lang = language if language in _LABELS else "sv"
    system = load_prompt("system", lang, prompts_dir)
    user = load_prompt("answer", lang, prompts_dir).format(
        history=render_history(question.history, lang),
        passages=render_passages(passages, lang),
        question=_fenced(question.text.strip()),
    )
    raw = model.complete(system, user)
    if not isinstance(raw, str):
        raise LLMError(f"{model.model_id}: the answer was not text", kind="response")
    text = strip_mentions(raw).strip()
    if not _LETTER.search(_MARKER.sub("", text)):
        raise LLMError(f"{model.model_id}: the answer had no words ({len(raw)} characters)", kind="response")
    if _NOT_COVERED.search(text):
        return GroundedAnswer("", [], False)
    text, order = renumber(text, len(passages))
    cited = [passages[n - 1] for n in order]
    return GroundedAnswer(text, cited, bool(cited))


def render_passages(passages: list[Passage], language: str = "sv") -> str:
    """'[1] Document › Section (p. N)' and the passage's text, one block a passage."""
    page = _LABELS.get(language, _LABELS["sv"])["page"]
    blocks = []
    for number, p in enumerate(passages, start=1):
        head = f"[{number}] {p.document}"
        if p.section:
            head += f" › {p.section}"
        if p.page:
            head += f" ({page} {p.page})"
        blocks.append(_fenced(f"{head}\n{p.text.strip()}"))
    return "\n\n".join(blocks)


def render_history(history: tuple[Turn, ...] | list[Turn], language: str = "sv") -> str:
    labels = _LABELS.get(language, _LABELS["sv"])
    lines = []
    for turn in list(history)[-HISTORY_TURNS:]:
        text = _CITATION.sub("", turn.text)  # old answers' numbers mean other passages now
        text = " ".join(text.split())
        if len(text) > HISTORY_TURN_CHARS:
            text = text[:HISTORY_TURN_CHARS].rstrip() + " …"
        who = labels["assistant"] if turn.role == "assistant" else labels["user"]
        lines.append(f"{who}: {_fenced(text)}")
    return "\n".join(lines) or labels["none"]


def strip_mentions(text: str) -> str:
    """The text without <!channel>, <!here>, <!everyone>, <!subteam^…>, @channel, @here, @everyone."""
    return _MENTIONS.sub("", text or "")


def renumber(text: str, count: int) -> tuple[str, list[int]]:
    """Citations to passages 1..count kept and renumbered by first use; every other marker removed.

    Returns the new text and the original numbers in their new order.
    """
    order: list[int] = []

    def numbers(group: str) -> list[int]:
        out: list[int] = []
        for part in re.split(r"\s*[,;]\s*", group):
            part = part.lstrip("#^")
            if re.search(r"[-–]", part):
                lo, hi = (int(x) for x in re.split(r"\s*[-–]\s*", part))
                span = range(lo, hi + 1) if 0 < hi - lo < 20 else ()
                out.extend(span)
            else:
                out.append(int(part))
        return out

    def replace(match: re.Match) -> str:
        if match.group(1) is None:
            return "\0"  # [abc] and the like
        kept: list[int] = []
        for n in numbers(match.group(1)):
            if 1 <= n <= count:
                if n not in order:
                    order.append(n)
                new = order.index(n) + 1
                if new not in kept:
                    kept.append(new)
        return f"[{', '.join(str(n) for n in sorted(kept))}]" if kept else "\0"

    text = _MARKER.sub(replace, text.replace("\0", ""))
    text = re.sub(r"(?m)^[ \t]*\0[ \t\0]*", "", text)  # a removed marker opening a line
    text = re.sub(r"[ \t]*\0", "", text)               # elsewhere it takes its leading space along
    text = "\n".join(line.rstrip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", text).strip(), order


def _fenced(text: str) -> str:
    """Data text that cannot open or close one of the prompt's fences."""
    return _FENCE_TAG.sub(r"‹\1", text)
