"""The coordinator's report: what staff asked, what the bot answered, and what the documents lack.

`python -m bot report [--since DATE] [--until DATE] [--format html|md] [--output FILE]`
reads the question log, the feedback and the escalations of a period (dates inclusive,
Europe/Stockholm) and reports:

- questions per ISO week and the outcome split (answered / escalated / declined);
- time to answer escalations (median and p90, in working hours and in calendar hours);
- the most-cited documents and sections (the citations of answered questions);
- 👎 votes, with their questions;
- the unanswered questions (outcome "escalate", plus escalations not already among them)
  grouped by topic — "what the documents should say next". Each question is embedded
  with the glossary's translations of its terms appended (so "per diem" and "traktamente"
  meet), centred on the mean of typical in-domain questions (prompts/intents.yaml), so that
  what every question here shares ("the municipality's international work") does not
  decide; then grouped by average-linkage agglomerative clustering on cosine similarity.
  A group is named by its medoid, its most typical question. Largest group first.

HTML is one self-contained file (charts are matplotlib PNGs embedded as base64); Markdown
has the same numbers without images. Both are Jinja2 templates in prompts/report/. `summary_text` and `main_chart_png` are for a
coordinator command that posts the summary and the chart in chat.
"""
from __future__ import annotations

import base64
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Sequence
from zoneinfo import ZoneInfo

import numpy as np
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from bot.store import ANSWERED, RESOLVED, Store
from bot.texts import PROMPTS_DIR, say

from .workhours import DEFAULT_TZ, working_hours_between

OUTCOMES = ("answer", "escalate", "decline")
TOP = 10
# Average cosine similarity (of centred vectors) at which two groups of questions are one topic.
CENTRED_THRESHOLD = 0.55
RAW_THRESHOLD = 0.90  # without a background to centre on, similarities are all high

Embed = Callable[[str], Sequence[float]]


@dataclass
class Gap:
    """Unanswered questions about one topic, named by the most typical of them."""

    name: str
    questions: list[str]

    @property
    def size(self) -> int:
        return len(self.questions)


@dataclass
class Report:
    since: date
    until: date  # inclusive
    tz: str
    weeks: list[dict]                 # {"week": "2025-W10", "answer": n, "escalate": n, "decline": n, "total": n}
    outcomes: dict[str, int]          # over the whole period
    escalations: dict[str, int]       # {"total", "answered", "waiting"}
    time_to_answer: dict[str, float | None]  # median/p90 in working and calendar hours, and "count"
    top_documents: list[tuple[str, int]]
    top_sections: list[tuple[str, int]]
    thumbs_up: int
    thumbs_down: int
    thumbs_down_questions: list[str]
    gaps: list[Gap] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.outcomes.values())


# --- building --------------------------------------------------------------------------------

def period(since: date | None, until: date | None, today: date, days: int = 28) -> tuple[date, date]:
    """The report's dates: `until` defaults to today, `since` to `days` days before it (inclusive)."""
    until = until or today
    return since or until - timedelta(days=days - 1), until


def build_report(store: Store, since: date, until: date, *, embed: Embed | None = None, glossary=None,
                 background: Sequence[str] = (), tz: str = DEFAULT_TZ) -> Report:
    """The report for the days since..until (inclusive, local dates in `tz`).

    `embed` (an embedder's embed_query) groups the unanswered questions by topic; without it
    only identical questions are grouped. `glossary` (bot.glossary.Glossary) and `background`
    (typical in-domain questions) sharpen the grouping, see the module's docstring.
    """
    zone = ZoneInfo(tz)
    start = datetime.combine(since, time(0), zone)
    end = datetime.combine(until + timedelta(days=1), time(0), zone)
    questions = store.questions_between(start, end)
    votes = store.feedback_between(start, end)
    escalations = store.escalations_between(start, end)

    outcomes = Counter({o: 0 for o in OUTCOMES})
    outcomes.update(q.outcome for q in questions)
    documents: Counter = Counter()
    sections: Counter = Counter()
    for q in questions:
        if q.outcome != "answer":
            continue
        cited = [s for s in q.sources if s.get("document") or s.get("source")]
        documents.update({_document(s) for s in cited})
        sections.update({_section(s) for s in cited if s.get("section")})

    down = [v for v in votes if v["value"] == "down"]
    answered = [e for e in escalations if e.replied_at is not None]
    times = [(e.created_at, e.replied_at) for e in escalations if e.replied_at is not None]
    working = [working_hours_between(start, end, tz) for start, end in times]
    calendar = [(end - start).total_seconds() / 3600 for start, end in times]

    unanswered = unanswered_questions([q.question for q in questions if q.outcome == "escalate"],
                                      [e.question for e in escalations])
    return Report(
        since=since, until=until, tz=tz,
        weeks=_weeks(questions, since, until, zone),
        outcomes={o: outcomes[o] for o in OUTCOMES} | {o: n for o, n in outcomes.items() if o not in OUTCOMES},
        escalations={"total": len(escalations), "answered": len(answered),
                     "waiting": sum(1 for e in escalations if e.replied_at is None and e.status not in
                                    (ANSWERED, RESOLVED))},
        time_to_answer={"count": len(answered),
                        "median_working_hours": _percentile(working, 50), "p90_working_hours": _percentile(working, 90),
                        "median_hours": _percentile(calendar, 50), "p90_hours": _percentile(calendar, 90)},
        top_documents=_top(documents), top_sections=_top(sections),
        thumbs_up=sum(1 for v in votes if v["value"] == "up"), thumbs_down=len(down),
        thumbs_down_questions=list(dict.fromkeys(v["question"] for v in down if v["question"])),
        gaps=group_questions(unanswered, embed, glossary=glossary, background=background),
    )


def unanswered_questions(escalated: Iterable[str], escalations: Iterable[str]) -> list[str]:
    """The escalated questions of the log, plus the escalations' questions not among them (an
    escalation usually repeats a logged question; one asked after an answer is a gap too)."""
    out = [q for q in escalated if q.strip()]
    pending = Counter(_norm(q) for q in out)
    for q in escalations:
        key = _norm(q)
        if not key:
            continue
        if pending[key]:
            pending[key] -= 1
        else:
            out.append(q)
    return out


def _weeks(questions, since: date, until: date, zone: ZoneInfo) -> list[dict]:
    rows: dict[str, dict] = {}
    day = since - timedelta(days=since.weekday())
    while day <= until:
        rows[_week(day)] = {"week": _week(day), **{o: 0 for o in OUTCOMES}, "total": 0}
        day += timedelta(days=7)
    for q in questions:
        row = rows.setdefault(_week(q.created_at.astimezone(zone).date()),
                              {"week": _week(q.created_at.astimezone(zone).date()), **{o: 0 for o in OUTCOMES},
                               "total": 0})
        row[q.outcome] = row.get(q.outcome, 0) + 1
        row["total"] += 1
    return [rows[k] for k in sorted(rows)]


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _document(source: dict) -> str:
    return str(source.get("document") or source.get("source"))


def _section(source: dict) -> str:
    return f"{_document(source)} › {str(source['section']).split(' › ')[-1]}"


def _top(counter: Counter, n: int = TOP) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def _percentile(values: list[float], q: float) -> float | None:
    """Linear interpolation between the closest ranks (numpy's default); None for no values."""
    return float(np.percentile(values, q)) if values else None


def _norm(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip("?!. ")


# --- grouping --------------------------------------------------------------------------------

def group_questions(texts: Sequence[str], embed: Embed | None, *, glossary=None, background: Sequence[str] = (),
                    threshold: float | None = None) -> list[Gap]:
    """Questions grouped by topic, largest group first, each named by its medoid."""
    if not texts:
        return []
    # identical questions (up to case and spacing) are one point with a weight
    keys: dict[str, list[str]] = {}
    for t in texts:
        keys.setdefault(_norm(t), []).append(t)
    members = list(keys.values())
    if embed is None or len(members) == 1:
        clusters = [[i] for i in range(len(members))]
        sim = np.eye(len(members))
    else:
        vectors = np.array([embed(_with_translations(m[0], glossary)) for m in members], dtype=np.float64)
        if background:
            centre = np.mean([np.asarray(embed(b), dtype=np.float64) for b in background], axis=0)
            vectors = vectors - centre
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        sim = vectors @ vectors.T
        limit = threshold if threshold is not None else (CENTRED_THRESHOLD if background else RAW_THRESHOLD)
        weights = np.array([len(m) for m in members], dtype=np.float64)
        clusters = agglomerate(sim, weights, limit)

    gaps = []
    for cluster in clusters:
        weights = np.array([len(members[i]) for i in cluster], dtype=np.float64)
        within = sim[np.ix_(cluster, cluster)] @ weights  # weighted closeness to the rest of the group
        medoid = cluster[int(np.argmax(within))]
        questions = [q for i in sorted(cluster, key=lambda i: (-len(members[i]), i)) for q in members[i]]
        gaps.append(Gap(members[medoid][0], questions))
    return sorted(gaps, key=lambda g: (-g.size, g.name))


def agglomerate(sim: np.ndarray, weights: np.ndarray, threshold: float) -> list[list[int]]:
    """Average-linkage agglomerative clustering: merge the two closest groups while their weighted
    average pairwise similarity is at least `threshold`. Returns groups of indices."""
    n = len(sim)
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    size = weights.astype(np.float64).copy()
    # linkage[a, b]: weighted average similarity of groups a and b (Lance–Williams update)
    linkage = sim.astype(np.float64).copy()
    np.fill_diagonal(linkage, -np.inf)
    alive = np.ones(n, dtype=bool)
    while alive.sum() > 1:
        masked = np.where(alive[:, None] & alive[None, :], linkage, -np.inf)
        a, b = np.unravel_index(int(np.argmax(masked)), masked.shape)
        if masked[a, b] < threshold:
            break
        a, b = min(a, b), max(a, b)
        merged = (size[a] * linkage[a] + size[b] * linkage[b]) / (size[a] + size[b])
        linkage[a, :] = merged
        linkage[:, a] = merged
        linkage[a, a] = -np.inf
        size[a] += size[b]
        alive[b] = False
        groups[int(a)] += groups.pop(int(b))
    return [sorted(g) for g in groups.values()]


def _with_translations(text: str, glossary) -> str:
    if glossary is None:
        return text
    words = glossary.expand(text)
    return f"{text} ({', '.join(words)})" if words else text


# --- charts ----------------------------------------------------------------------------------

_COLOURS = {"answer": "#2e7d32", "escalate": "#ef6c00", "decline": "#9e9e9e"}
_LABELS = {"answer": "Besvarade (answered)", "escalate": "Till samordnaren (escalated)",
           "decline": "Avböjda (declined)"}


def main_chart_png(report: Report) -> bytes:
    """Questions per week, stacked by outcome, as a PNG."""
    fig, ax = _figure(8, 3.6)
    weeks = [w["week"] for w in report.weeks]
    x = np.arange(len(weeks))
    bottom = np.zeros(len(weeks))
    for outcome in OUTCOMES:
        values = np.array([w.get(outcome, 0) for w in report.weeks], dtype=float)
        ax.bar(x, values, bottom=bottom, color=_COLOURS[outcome], label=_LABELS[outcome], width=0.7)
        bottom += values
    ax.set_xticks(x, [w.split("-")[1] for w in weeks])
    ax.set_ylabel("Frågor (questions)")
    ax.set_title("Frågor per vecka (questions per week)")
    ax.set_ylim(0, max(float(bottom.max()) if len(bottom) else 0.0, 1.0) * 1.3)  # room for the legend
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.legend(loc="upper left", fontsize=8, frameon=False, ncol=3)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def gaps_chart_png(report: Report, n: int = TOP) -> bytes:
    """The largest groups of unanswered questions as horizontal bars, as a PNG."""
    gaps = report.gaps[:n]
    fig, ax = _figure(9, 0.45 * max(len(gaps), 1) + 1.3)
    names = [_shorten(g.name, 60) for g in gaps][::-1]
    ax.barh(np.arange(len(gaps)), [g.size for g in gaps][::-1], color=_COLOURS["escalate"])
    ax.set_yticks(np.arange(len(gaps)), names, fontsize=8)
    ax.set_xlabel("Frågor (questions)")
    fig.suptitle("Obesvarade frågor per ämne (unanswered questions by topic)", x=0.01, ha="left", fontsize=11)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.spines[["top", "right"]].set_visible(False)
    return _png(fig)


def _figure(width: float, height: float):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100)  # no pyplot: no global state, safe in threads
    FigureCanvasAgg(fig)
    return fig, fig.add_subplot()


def _png(fig) -> bytes:
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


# --- text ------------------------------------------------------------------------------------

def _hours(value: float | None, language: str = "sv") -> str:
    if value is None:
        return "–"
    text = f"{value:.1f}"
    return text.replace(".", ",") if language == "sv" else text


def _share(n: int, total: int) -> str:
    return f"{round(100 * n / total)} %" if total else "–"


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def summary_text(report: Report, language: str = "sv", gaps: int = 3) -> str:
    """A few lines for a chat message: totals, outcome split, time to answer, 👎 and the largest gaps
    (the words are the text catalogue's report_summary*)."""
    o, t = report.outcomes, report.time_to_answer
    lines = [say("report_summary", language, since=report.since.isoformat(), until=report.until.isoformat(),
                 total=report.total, answered=o["answer"], share=_share(o["answer"], report.total),
                 escalated=o["escalate"], declined=o["decline"]),
             say("report_summary_escalations", language, total=report.escalations["total"],
                 answered=report.escalations["answered"], median=_hours(t["median_working_hours"], language),
                 p90=_hours(t["p90_working_hours"], language)),
             f"👎 {report.thumbs_down}, 👍 {report.thumbs_up}."]
    if report.gaps:
        lines.append(say("report_summary_gaps", language))
        lines += [f"{i}. {_shorten(g.name, 150)} ({g.size})" for i, g in enumerate(report.gaps[:gaps], 1)]
    return "\n".join(lines)


def _md(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", " ".join(text.split()))


@lru_cache(maxsize=4)
def _templates(directory: str) -> Environment:
    env = Environment(loader=FileSystemLoader(directory), autoescape=select_autoescape(["html.j2"]),
                      undefined=StrictUndefined, keep_trailing_newline=True)
    env.filters["md"] = _md
    return env


def _render(name: str, report: Report, prompts_dir: str | Path | None = None, **extra) -> str:
    folder = Path(prompts_dir or PROMPTS_DIR) / "report"
    template = _templates(str(folder)).get_template(name)
    return template.render(r=report, outcomes=OUTCOMES, labels=_LABELS, hours=_hours, share=_share, **extra)


def to_markdown(report: Report, prompts_dir: str | Path | None = None) -> str:
    """The report as Markdown (prompts/report/report.md.j2)."""
    return _render("report.md.j2", report, prompts_dir).rstrip("\n") + "\n"


def to_html(report: Report, prompts_dir: str | Path | None = None) -> str:
    """One self-contained page (prompts/report/report.html.j2: inline CSS, charts as data: URIs)."""
    chart = base64.b64encode(main_chart_png(report)).decode("ascii")
    gaps = base64.b64encode(gaps_chart_png(report)).decode("ascii") if report.gaps else ""
    return _render("report.html.j2", report, prompts_dir, chart=chart, gaps_chart=gaps)


def render(report: Report, fmt: str) -> str:
    """The report as "html" or "md"."""
    if fmt == "html":
        return to_html(report)
    if fmt == "md":
        return to_markdown(report)
    raise ValueError(f"unknown report format {fmt!r} (use html or md)")


def topic_grouping(embedder, prompts_dir) -> dict:
    """build_report's grouping arguments from the prompts folder: the embedder's embed_query,
    the glossary (glossary.tsv) and the in-domain examples of intents.yaml as the background."""
    from pathlib import Path

    import yaml

    from bot.engine.glossary import Glossary

    prompts_dir = Path(prompts_dir)
    intents = yaml.safe_load((prompts_dir / "intents.yaml").read_text(encoding="utf-8")) or {}
    return {"embed": embedder.embed_query, "glossary": Glossary.from_file(prompts_dir / "glossary.tsv"),
            "background": [str(t) for t in intents.get("domain") or []]}
