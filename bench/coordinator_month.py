"""The coordinator's load over a scripted month: do approved answers keep repeats away from her?

    python -m bench.coordinator_month [--seed N] [--details]

Replays March 2025 (20 working days) against the real offline engine over a copy of knowledge/,
a real escalation store (SQLite in a temp folder) and real approved-answer files, through the
platform-free coordinator use-cases both chat adapters call (bot/coordinator.py): the asker's
question is answered or escalated; an escalation reaches the coordinator, who answers in the
card's thread (each message relayed, all of them the reply), reviews the reply and saves it as
an approved answer (which is ingested at once). The script is bench/coordinator_month.yaml:

- questions the documents answer (the answerable rows of tests/eval/policy.jsonl and
  bench/questions.jsonl), questions for the coordinator that stay one-offs, off-topic ones;
- 12 questions the documents do not cover, asked in the first eight working days, answered and
  approved by the coordinator, and 36 rewordings of them (Swedish and English) asked by other
  people on later days, after the approval.

20 askers (12 write Swedish, 8 English) ask at random times of the working day (seeded). An
asker whose question is escalated presses "Ask the coordinator". The coordinator goes through
her queue at 09:00 and 13:30 each working day, spending 15 minutes on each question.

The same month is replayed twice: with approved answers, and as a baseline in which the
coordinator answers the same way but saves nothing. Printed: questions that reached the
coordinator, how many of those repeat one she had already answered (and approved), what
became of the rewordings, and the median working hours (Mon–Fri 08–17) from a question to its
answer — 0 for the bot's own answers. --details lists the questions for the coordinator (the
originals, the rewordings, the one-offs) and what became of each.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from .common import REPO, copy_knowledge, table

SCRIPT = Path(__file__).with_suffix(".yaml")
TZ = ZoneInfo("Europe/Stockholm")
FIRST_DAY = date(2025, 3, 3)  # a Monday; 20 working days to 28 March
WORKING_DAYS = 20
ORIGINAL_DAYS = 8             # the originals are asked in the first eight working days
CHECKS = (time(9, 0), time(13, 30))
MINUTES_PER_QUESTION = 15
SWEDISH_ASKERS, ENGLISH_ASKERS = 12, 8
COORDINATOR = "UCOORD"
RELAY = "bench.relay"


@dataclass
class Asked:
    """One question of the month, and what became of it."""

    when: datetime
    asker: str
    text: str
    kind: str                   # "document", "original", "rewording", "one-off", "off-topic"
    topic: int | None = None
    outcome: str = ""           # the engine's: answer, escalate, decline
    cited: str = ""             # the first cited source, when answered
    reason: str = ""            # the engine's reason ("approved-similar": a similar question's approved answer)
    escalation_id: int | None = None
    answered_at: datetime | None = None
    after_approval: bool = False  # a rewording asked once its topic's answer was approved


@dataclass
class Month:
    asked: list[Asked] = field(default_factory=list)
    approved_files: dict[int, str] = field(default_factory=dict)  # topic -> "approved/….md"
    approved_at: dict[int, datetime] = field(default_factory=dict)


class Clock:
    def __init__(self) -> None:
        self.now = datetime.combine(FIRST_DAY, time(8, 0), TZ)

    def __call__(self) -> datetime:
        return self.now.astimezone(ZoneInfo("UTC"))


def working_days() -> list[date]:
    days, day = [], FIRST_DAY
    while len(days) < WORKING_DAYS:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def language_of(text: str) -> str:
    from bot.engine import language

    return language.detect(text)


def document_questions(script: dict) -> list[str]:
    out = []
    for rel in script["document_questions"]:
        for line in (REPO / rel).read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("expect", "answer") == "answer" and row.get("question"):
                out.append(row["question"])
    return out


def schedule(script: dict, rng: random.Random) -> list[Asked]:
    """Every question of the month with its time and asker, in the order asked."""
    days = working_days()
    askers = {"sv": [f"U{i:02d}" for i in range(1, SWEDISH_ASKERS + 1)],
              "en": [f"U{i:02d}" for i in range(SWEDISH_ASKERS + 1, SWEDISH_ASKERS + ENGLISH_ASKERS + 1)]}

    def at(day: date) -> datetime:
        return datetime.combine(day, time(8, 0), TZ) + timedelta(minutes=rng.randrange(0, 8 * 60 + 30))

    def who(text: str, not_: str = "") -> str:
        pool = [a for a in askers["en" if language_of(text) == "en" else "sv"] if a != not_]
        return rng.choice(pool)

    out: list[Asked] = []
    for i, topic in enumerate(script["topics"]):
        original_day = rng.randrange(0, ORIGINAL_DAYS)
        original = Asked(at(days[original_day]), who(topic["question"]), topic["question"], "original", i)
        out.append(original)
        for text in topic["rewordings"]:  # two working days later at the earliest: after the approval
            out.append(Asked(at(days[rng.randrange(original_day + 2, len(days))]), who(text, original.asker), text,
                             "rewording", i))
    for kind, texts in (("document", document_questions(script)), ("one-off", script["one_offs"]),
                        ("off-topic", script["off_topic"])):
        out += [Asked(at(rng.choice(days)), who(text), text, kind) for text in texts]
    return sorted(out, key=lambda a: a.when)


def coordinator_checks() -> list[datetime]:
    return [datetime.combine(day, t, TZ) for day in working_days() for t in CHECKS]


def replay(script: dict, asked: list[Asked], workdir: Path, embedder, *, approve_answers: bool) -> Month:
    """The month through the engine, the store and the coordinator use-cases."""
    from bot.coordinator.usecases import Coordinator, Platform
    from bot.coordinator.workflow import Approvals
    from bot.engine.engine import Engine
    from bot.engine.intents import IntentClassifier
    from bot.engine.models import Question
    from bot.engine.replies import PROMPTS_DIR
    from bot.engine.retrieval import Retriever
    from bot.store import Store
    from ingest.config import StoreConfig
    from ingest.indexer import ingest_locked
    from ingest.store import KnowledgeStore

    knowledge = copy_knowledge(workdir / "knowledge")
    config = StoreConfig(knowledge_dir=knowledge, chroma_path=workdir / "chroma")
    ingest_locked(config, embedder)
    clock = Clock()
    files = KnowledgeStore(config, embedder.model_id)
    engine = Engine(Retriever(files, embedder), IntentClassifier.from_file(PROMPTS_DIR / "intents.yaml", embedder),
                    today=lambda: clock.now.date())
    engine.warm_up()

    def reindex() -> dict:
        summary = ingest_locked(config, embedder).as_dict()
        engine.retriever.refresh(force=True)  # a running server notices within 5 s
        return summary

    approvals = Approvals(config, files.files, reindex=reindex, today=lambda: clock.now.date())
    store = Store.from_url(f"sqlite:///{workdir / 'escalations.sqlite3'}", clock=clock)
    store.create_schema()
    coordinator = Coordinator(Platform("bench"), engine, store, access=OnlyTheCoordinator(), destination=lambda: True,
                              approvals=approvals)
    month = Month(asked=[a for a in (Asked(**vars(a)) for a in asked)])
    by_escalation: dict[int, Asked] = {}
    answered_topics: set[int] = set()
    events = sorted([(a.when, 1, a) for a in month.asked] + [(t, 0, None) for t in coordinator_checks()],
                    key=lambda e: (e[0], e[1]))
    for when, _, item in events:
        clock.now = when
        if item is not None:
            ask(item, coordinator, Question, by_escalation)
            continue
        for esc in sorted(store.list_escalations(status="sent"), key=lambda e: e.id):
            clock.now += timedelta(minutes=MINUTES_PER_QUESTION)
            asker = by_escalation[esc.id]
            topic = script["topics"][asker.topic] if asker.topic is not None else None
            messages = (topic["messages"] + ([topic["small_talk"]] if topic.get("small_talk") else []) if topic else
                        ["Det här ändras ofta; jag svarar dig direkt och sparar det inte som godkänt svar."])
            for n, text in enumerate(messages):
                coordinator.relay(esc, text, (COORDINATOR,), message_key=f"{RELAY}:{esc.id}:{n}", order=f"{n:03d}")
            asker.answered_at = clock.now
            if approve_answers and topic is not None and asker.topic not in answered_topics:
                shown = coordinator.review(esc.id, (COORDINATOR,))
                checked = coordinator.check_review(esc.id, (COORDINATOR,), shown.question,
                                                   "\n\n".join(topic["messages"]), shown.language)
                review, problems = checked
                assert not problems, problems
                saved = coordinator.save(review, COORDINATOR)
                month.approved_files[asker.topic] = saved.file
                month.approved_at[asker.topic] = clock.now
            if topic is not None:
                answered_topics.add(asker.topic)
            coordinator.resolve(esc.id, (COORDINATOR,))
    store.close()
    for a in month.asked:
        if a.kind == "rewording":
            a.after_approval = a.topic in month.approved_at and a.when > month.approved_at[a.topic]
    return month


class OnlyTheCoordinator:
    """bot.coordinator.usecases.Access: the scripted coordinator answers and commands."""

    def may_answer(self, *ids: str | None) -> bool:
        return COORDINATOR in ids

    may_command = may_answer


def ask(item: Asked, coordinator, Question, by_escalation: dict) -> None:
    """What an adapter does with a question (the use-case `ask`), and the asker's "Ask the
    coordinator" on an escalation (`escalate`; the card counts as posted at once)."""
    asked = coordinator.ask(Question(item.text, asker_id=item.asker), {})
    answer = asked.answer
    item.outcome = answer.outcome.value
    item.cited = answer.citations[0].passage.source if answer.citations else ""
    item.reason = answer.reason
    if answer.outcome.value == "answer":
        item.answered_at = item.when
    elif answer.outcome.value == "escalate":
        esc = coordinator.escalate(asked.ref, item.asker).escalation
        coordinator.store.mark_sent(esc.id, {"card": esc.id}, f"card:{esc.id}")
        item.escalation_id = esc.id
        by_escalation[esc.id] = item


# --- the figures --------------------------------------------------------------------------------

def figures(month: Month) -> dict:
    from bot.coordinator.workhours import working_hours_between

    asked = month.asked
    reached = [a for a in asked if a.escalation_id is not None]
    answered_before = {}  # topic -> when the coordinator first answered it
    for a in sorted(reached, key=lambda a: a.answered_at or a.when):
        if a.topic is not None and a.answered_at is not None:
            answered_before.setdefault(a.topic, a.answered_at)
    repeats = [a for a in reached if a.kind == "rewording" and a.topic in answered_before
               and a.when > answered_before[a.topic]]
    hours = [working_hours_between(a.when, a.answered_at) for a in asked if a.answered_at is not None]
    to_coordinator = [working_hours_between(a.when, a.answered_at) for a in reached if a.answered_at is not None]
    rewordings = [a for a in asked if a.kind == "rewording"]
    approved_sources = set(month.approved_files.values())
    own = [a for a in rewordings if a.outcome == "answer" and a.cited == month.approved_files.get(a.topic)]
    other_approved = [a for a in rewordings if a.outcome == "answer" and a not in own and a.cited in approved_sources]
    elsewhere = [a for a in rewordings if a.outcome == "answer" and a not in own and a not in other_approved]
    # an approved answer quoted for a question it does not answer (another topic's, or a document question)
    misquoted = [a for a in asked if a.outcome == "answer" and a.cited in approved_sources
                 and a.cited != month.approved_files.get(a.topic)]
    return {
        "questions": len(asked), "askers": len({a.asker for a in asked}),
        "swedish": sum(language_of(a.text) == "sv" for a in asked),
        "reached_coordinator": len(reached), "repeats": len(repeats),
        "median_hours": statistics.median(hours) if hours else 0.0,
        "median_hours_coordinator": statistics.median(to_coordinator) if to_coordinator else 0.0,
        "answered": len(hours), "declined": sum(a.outcome == "decline" for a in asked),
        "rewordings": len(rewordings), "after_approval": sum(a.after_approval for a in rewordings),
        "rewordings_own_answer": len(own), "rewordings_other_approved": len(other_approved),
        "rewordings_elsewhere": len(elsewhere), "rewordings_escalated": sum(a.outcome == "escalate" for a in rewordings),
        "rewordings_declined": sum(a.outcome == "decline" for a in rewordings),
        "approved": len(month.approved_files), "misquoted": len(misquoted),
        # an approved answer given for any reason but "the same question" is introduced as the
        # answer to a similar question, naming it (the match model's offer, or quoted as evidence)
        "misquoted_as_similar": sum(a.reason != "approved-answer" for a in misquoted),
        "own_as_similar": sum(a.reason != "approved-answer" for a in own),
    }


def report(with_approved: dict, baseline: dict, topics: int) -> str:
    w, b = with_approved, baseline
    lines = [f"Scripted month {FIRST_DAY:%Y-%m-%d} – {working_days()[-1]:%Y-%m-%d} ({WORKING_DAYS} working days): "
             f"{w['questions']} questions from {w['askers']} askers ({w['swedish']} in Swedish, "
             f"{w['questions'] - w['swedish']} in English); {w['rewordings']} of them reword one of the "
             f"{topics} questions the coordinator answers and approves earlier in the month "
             f"({w['approved']} of them reached her and were approved)."]
    rows = [
        ["questions that reached the coordinator", w["reached_coordinator"], b["reached_coordinator"]],
        ["… of them repeats of one she had answered", w["repeats"], b["repeats"]],
        ["median working hours to an answer, all answered", f"{w['median_hours']:.1f}", f"{b['median_hours']:.1f}"],
        ["… those that reached the coordinator", f"{w['median_hours_coordinator']:.1f}",
         f"{b['median_hours_coordinator']:.1f}"],
        ["questions answered (bot or coordinator)", w["answered"], b["answered"]],
        ["declined (off-topic)", w["declined"], b["declined"]],
        ["answered with an approved answer to another question", w["misquoted"], b["misquoted"]],
        ["… of them introduced as a similar question's, naming it", w["misquoted_as_similar"],
         b["misquoted_as_similar"]],
    ]
    lines += ["", table(["", "with approved answers", "baseline: nothing saved"], rows), ""]
    lines.append(f"The {w['rewordings']} rewordings, with approved answers ({w['after_approval']} asked after the "
                 f"approval): {w['rewordings_own_answer']} answered with their approved answer "
                 f"({w['own_as_similar']} of them as a similar question's), "
                 f"{w['rewordings_other_approved']} with another approved answer, {w['rewordings_elsewhere']} from "
                 f"the documents, {w['rewordings_escalated']} escalated to the coordinator, "
                 f"{w['rewordings_declined']} declined.")
    return "\n".join(lines)


def details(month: Month) -> str:
    """Each question for the coordinator (the originals, their rewordings, the one-offs) and its fate."""
    rows = []
    for a in sorted((a for a in month.asked if a.topic is not None or a.kind == "one-off"),
                    key=lambda a: (a.topic if a.topic is not None else 99, a.when)):
        own = month.approved_files.get(a.topic)
        where = ("its approved answer" if a.outcome == "answer" and a.cited == own else
                 a.cited if a.outcome == "answer" else "the coordinator" if a.escalation_id else "–")
        approved = month.approved_at.get(a.topic)
        note = "approved " + approved.strftime("%m-%d %H:%M") if a.kind == "original" and approved else ""
        rows.append([a.kind, a.when.strftime("%m-%d %H:%M"), a.outcome, where[:40], a.text[:66], note])
    return table(["", "asked", "outcome", "answered by", "question", ""], rows)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.coordinator_month", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--seed", type=int, default=11, help="the askers' times and who asks what (default 11)")
    p.add_argument("--details", action="store_true",
                   help="list every question for the coordinator and what became of it")
    args = p.parse_args(argv)

    sys.path.insert(0, str(REPO))
    from ingest.embeddings import LocalE5Embeddings

    script = yaml.safe_load(SCRIPT.read_text(encoding="utf-8"))
    asked = schedule(script, random.Random(args.seed))
    embedder = LocalE5Embeddings()
    months = {}
    for name, approve_answers in (("approved", True), ("baseline", False)):
        workdir = Path(tempfile.mkdtemp(prefix=f"omvarld-month-{name}-"))
        try:
            months[name] = replay(script, asked, workdir, embedder, approve_answers=approve_answers)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    print(report(figures(months["approved"]), figures(months["baseline"]), len(script["topics"])))
    if args.details:
        print()
        print(details(months["approved"]))


if __name__ == "__main__":
    main(sys.argv[1:])
