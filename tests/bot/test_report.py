"""The coordinator's report over a seeded store: the numbers, the topics of unanswered questions,
and an HTML page with its charts embedded."""
from __future__ import annotations

import base64
import html
import re
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.app import cli
from bot.coordinator.report import (
    build_report,
    group_questions,
    main_chart_png,
    render,
    summary_text,
    topic_grouping,
    unanswered_questions,
)
from bot.engine.replies import PROMPTS_DIR
from bot.store import Store

STHLM = ZoneInfo("Europe/Stockholm")
SINCE, UNTIL = date(2025, 3, 3), date(2025, 3, 16)  # ISO weeks 10 and 11

PER_DIEM = ["Hur mycket traktamente får man vid en tjänsteresa utomlands?",
            "How much per diem do I get on a business trip abroad?",
            "Vilket traktamente gäller för en resa till Bryssel?"]
DEADLINE = ["När är sista ansökningsdag för utlysningen om Erasmus+ skolprojekt?",
            "What is the deadline for the Erasmus+ call for school projects?"]
BOOKING = "Hur bokar jag en resa till en partnerkommun?"
POLICY = "Internationell policy"


def local(*args) -> datetime:
    return datetime(*args, tzinfo=STHLM)


class Clock:
    def __init__(self) -> None:
        self.now = local(2025, 3, 3, 9, 0)

    def __call__(self) -> datetime:
        return self.now.astimezone(timezone.utc)


def cite(document: str, section: str) -> dict:
    return {"number": 1, "label": f"{document} › {section}", "document": document, "source": "x.md",
            "section": section, "page": None}


def seed(store: Store, clock: Clock) -> None:
    """Two weeks of questions, with one before and one after the period that must not count."""
    def ask(when, text, outcome, sources=(), asker="U1"):
        clock.now = when
        return store.log_question("slack", asker, text, "sv", outcome, list(sources), 300,
                                  answer_text="…", origin={"channel": "C1"})

    ask(local(2025, 3, 2, 23, 59), "Före perioden?", "answer", [cite(POLICY, "Mål")])
    ask(local(2025, 3, 17, 0, 0), "Efter perioden?", "escalate")
    # week 10
    a1 = ask(local(2025, 3, 3, 9, 0), "Vem beslutar om vänorter?", "answer",
             [cite(POLICY, "Organisation"), {**cite(POLICY, "Organisation"), "number": 2}])
    ask(local(2025, 3, 3, 10, 0), "Vem leder arbetet?", "answer", [cite(POLICY, "Internationell policy › Organisation")])
    a3 = ask(local(2025, 3, 4, 11, 0), "Vilka är målen?", "answer", [cite(POLICY, "Mål")])
    ask(local(2025, 3, 5, 12, 0), "Vem är kontakt för West Sweden?", "answer",
        [cite("Kontakter", "West Sweden"), cite(POLICY, "Organisation")])
    ask(local(2025, 3, 3, 10, 0), PER_DIEM[0], "escalate", asker="U2")
    ask(local(2025, 3, 7, 16, 0), DEADLINE[0], "escalate", asker="U3")
    ask(local(2025, 3, 8, 12, 0), "Skriv en dikt om EU", "decline")
    # week 11
    ask(local(2025, 3, 10, 9, 0), "Hur ofta revideras policyn?", "answer", [cite(POLICY, "Mål")])
    booked = ask(local(2025, 3, 10, 9, 30), BOOKING, "answer", [cite(POLICY, "Organisation")])
    ask(local(2025, 3, 11, 9, 0), PER_DIEM[1], "escalate")
    ask(local(2025, 3, 12, 9, 0), PER_DIEM[2], "escalate")
    ask(local(2025, 3, 13, 9, 0), DEADLINE[1], "escalate")

    def escalate(when, text, asker):
        clock.now = when
        return store.create_escalation("slack", asker, {"channel": "C1"}, text, "sv", "…", [], "weak")

    # per diem: Monday 10:00 -> Tuesday 10:00 = 9 working hours, 24 calendar hours
    e1 = escalate(local(2025, 3, 3, 10, 1), PER_DIEM[0], "U2")
    clock.now = local(2025, 3, 4, 10, 1)
    store.record_reply(e1.id, "Enligt Skatteverkets belopp.", "UCOORD")
    # deadline: Friday 16:00 -> Monday 09:00 = 2 working hours, 65 calendar hours
    e2 = escalate(local(2025, 3, 7, 16, 1), DEADLINE[0], "U3")
    clock.now = local(2025, 3, 10, 9, 1)
    store.record_reply(e2.id, "Den 12 mars.", "UCOORD")
    store.mark_resolved(e2.id, "UCOORD")
    # asked after an answer the asker found wanting: a gap too; still waiting
    escalate(local(2025, 3, 10, 9, 40), BOOKING, "U1")

    clock.now = local(2025, 3, 12, 9, 0)
    store.add_feedback("slack", "U1", str(a1), "Vem beslutar om vänorter?", "down", [])
    store.add_feedback("slack", "U4", str(a3), "Vilka är målen?", "down", [])
    store.add_feedback("slack", "U5", str(a3), "Vilka är målen?", "up", [])
    store.add_feedback("slack", "U1", str(booked), BOOKING, "up", [])


class MemoEmbedder:
    """The session's real embedder, remembering each text's vector (the report embeds the same
    background questions every time)."""

    def __init__(self, embedder) -> None:
        self.embedder = embedder
        self.model_id = embedder.model_id
        self.vectors: dict[str, list[float]] = {}

    def embed_query(self, text: str) -> list[float]:
        if text not in self.vectors:
            self.vectors[text] = self.embedder.embed_query(text)
        return self.vectors[text]


@pytest.fixture(scope="module")
def embedder(local_embedder):
    return MemoEmbedder(local_embedder)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    clock = Clock()
    path = tmp_path_factory.mktemp("report") / "escalations.sqlite3"
    store = Store.from_url(f"sqlite:///{path}", clock=clock)
    store.create_schema()
    seed(store, clock)
    yield store
    store.close()


@pytest.fixture(scope="module")
def report(seeded, embedder):
    return build_report(seeded, SINCE, UNTIL, **topic_grouping(embedder, PROMPTS_DIR))


def test_questions_per_week_and_outcome_split(report):
    assert report.weeks == [
        {"week": "2025-W10", "answer": 4, "escalate": 2, "decline": 1, "total": 7},
        {"week": "2025-W11", "answer": 2, "escalate": 3, "decline": 0, "total": 5},
    ]
    assert report.outcomes == {"answer": 6, "escalate": 5, "decline": 1} and report.total == 12


def test_time_to_answer_in_working_and_calendar_hours(report):
    assert report.escalations == {"total": 3, "answered": 2, "waiting": 1}
    t = report.time_to_answer
    assert t["count"] == 2
    assert t["median_working_hours"] == pytest.approx(5.5) and t["p90_working_hours"] == pytest.approx(8.3)
    assert t["median_hours"] == pytest.approx(44.5) and t["p90_hours"] == pytest.approx(60.9)


def test_most_cited_documents_and_sections_count_each_answer_once(report):
    assert report.top_documents == [(POLICY, 6), ("Kontakter", 1)]
    assert report.top_sections == [(f"{POLICY} › Organisation", 4), (f"{POLICY} › Mål", 2),
                                   ("Kontakter › West Sweden", 1)]


def test_thumbs_down_with_their_questions(report):
    assert (report.thumbs_down, report.thumbs_up) == (2, 2)
    assert report.thumbs_down_questions == ["Vem beslutar om vänorter?", "Vilka är målen?"]


def test_unanswered_questions_are_grouped_by_topic_across_languages(report):
    """Per diem in Swedish and English is one topic, the call deadline another; largest first."""
    assert [g.size for g in report.gaps] == [3, 2, 1]
    per_diem, deadline, booking = report.gaps
    assert sorted(per_diem.questions) == sorted(PER_DIEM) and per_diem.name in PER_DIEM
    assert sorted(deadline.questions) == sorted(DEADLINE) and deadline.name in DEADLINE
    assert booking.questions == [BOOKING] and booking.name == BOOKING


def test_an_escalation_repeating_a_logged_question_is_counted_once():
    assert unanswered_questions(["Hur?", "Vad?", "Vad?"], ["hur? ", "Vad?", "Vad?", "Vad?", "Var?"]) == [
        "Hur?", "Vad?", "Vad?", "Vad?", "Var?"]


def test_without_embeddings_only_identical_questions_are_grouped():
    gaps = group_questions(["Vad kostar det?", "vad kostar det", "Vem?"], None)
    assert [(g.name, g.size) for g in gaps] == [("Vad kostar det?", 2), ("Vem?", 1)]


def test_html_is_self_contained_with_png_charts_and_the_group_names(report):
    page = render(report, "html")
    images = re.findall(r'<img [^>]*src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(images) == 2
    assert all(base64.b64decode(i)[:8] == b"\x89PNG\r\n\x1a\n" for i in images)
    assert not re.search(r'(src|href)="(https?:)?//', page)  # nothing fetched when opened offline
    for gap in report.gaps:
        assert f"<strong>{html.escape(gap.name)}</strong> ({gap.size})" in page
    assert "Frågor per vecka" in page and "<td>2025-W10</td>" in page
    assert main_chart_png(report)[:8] == b"\x89PNG\r\n\x1a\n"


def test_markdown_and_summary_carry_the_same_numbers(report):
    md = render(report, "md")
    assert "| 2025-W10 | 4 | 2 | 1 | 7 |" in md and "| 2025-W11 | 2 | 3 | 0 | 5 |" in md
    assert "| Arbetstimmar (working hours) | 5,5 | 8,3 |" in md
    assert f"1. **{report.gaps[0].name}** (3)" in md and "data:image" not in md
    sv = summary_text(report, "sv")
    assert sv.startswith("Omvärld 2025-03-03 – 2025-03-16: 12 frågor — 6 besvarade (50 %), 5 till samordnaren, "
                         "1 avböjda.")
    assert "svarstid median 5,5 arbetstimmar (p90 8,3)" in sv and "👎 2" in sv
    assert f"1. {report.gaps[0].name} (3)" in sv and f"2. {report.gaps[1].name} (2)" in sv
    en = summary_text(report, "en")
    assert "12 questions — 6 answered (50 %), 5 escalated, 1 declined" in en and "median 5.5 working hours" in en


def test_report_command_writes_the_file(seeded, embedder, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", str(seeded.engine.url))  # set, so a developer's .env cannot point elsewhere
    monkeypatch.setattr("ingest.embeddings.make_embeddings", lambda config: embedder)
    out = tmp_path / "out" / "rapport.md"
    assert cli.main(["report", "--since", "2025-03-03", "--until", "2025-03-16", "--format", "md",
                     "--output", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "| 2025-W11 | 2 | 3 | 0 | 5 |" in text
    assert "(3)" in text and "(2)" in text  # the topics, grouped with the real embeddings
    assert str(out) in capsys.readouterr().err
    assert cli.main(["report", "--since", "2025-03-20", "--until", "2025-03-01"]) == 2
