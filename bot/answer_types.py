"""What kind of fact a question asks for, and whether a text contains one.

A question for a phone number is not answered by a sentence that names the right
office but gives no number; the engine escalates such a question instead of
presenting the office as the answer. Only a few kinds are recognised — the ones a
passage can visibly lack.
"""
from __future__ import annotations

import re

_ASKS = [
    ("phone", r"\b(telefon\w*|tel\.?|nummer|phone|call (him|her|them)|ring[a]?)\b"),
    ("email", r"\b(e-?post\w*|mejl\w*|mail\w*|e-?mail\w*)\b"),
    ("date", r"\b(datum\w*|deadline\w*|sista (ansöknings)?dag\w*|tidsfrist\w*|what date|which date|due date|by when|"
             r"när (öppnar|stänger|går \w+ ut|ska \w+ (vara )?inne)|when (does|do|is|are) .{0,40}(open|close|due)|"
             # a past event: "när antogs/beslutades/bildades …", "when was/did …"
             r"när (\w+(ades|ogs|des|tes|ddes)|var|blev|kom)|when (was|were|did))\b"),
    ("amount", r"\b(hur mycket|vad kostar|kostnad\w*|belopp\w*|traktamente\w*|ersättning\w*|avgift\w*|budget\w*|"
               r"how much|cost\w*|price|fee|per diem|allowance|salary|lön\w*|kronor|sek|euro)\b"),
    ("count", r"\b(hur många|antal\w*|how many|number of)\b"),
    ("person", r"\b(vad heter|namnet på|what is the name|what's the name|name of|kontaktperson\w*|contact person)\b"),
]
_HAS = {
    "phone": r"(\+?\d[\d\s-]{6,}\d)",
    "email": r"[\w.+-]+@[\w-]+\.[\w.]+",
    "date": r"(\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}\b|\b(19|20)\d{2}\b|"
            r"\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|"
            r"february|march|june|july|august|october)\b)",
    "amount": r"(\d[\d\s]*(kr|kronor|sek|€|euro|eur|procent|%)|\bcentrala medel\b|\binom ramen för\b)",
    # articles ("en", "ett", "one") are not counts
    "count": r"(\b\d+\b|\b(två|tre|fyra|fem|sex|sju|åtta|nio|tio|two|three|four|five|six|seven|eight|nine|ten)\b)",
    "person": r"(\bnamn: |\bname: |[\w.+-]+@[\w-]+\.[\w.]+|\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+son\b)",
}
_ASK_RE = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _ASKS]
_HAS_RE = {kind: re.compile(p, re.IGNORECASE if kind != "person" else 0) for kind, p in _HAS.items()}


def asked(question: str) -> list[str]:
    """The kinds of fact the question asks for, e.g. ["person", "phone"]."""
    return [kind for kind, rx in _ASK_RE if rx.search(question)]


def missing(question: str, evidence: str) -> list[str]:
    """Kinds the question asks for that the evidence does not contain."""
    return [kind for kind in asked(question) if not _HAS_RE[kind].search(evidence)]
