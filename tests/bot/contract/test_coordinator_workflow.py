"""The coordinator's workflow, the same scenarios on Slack and on Teams (one test each, per platform).

Asking, escalating, relaying the coordinator's reply, resolving, saving an approved answer after
its review, reminding, and an asker's own status: the same use-cases (bot/coordinator/usecases.py)
behind both adapters, so the same things happen and the same things are stored — people by their
platform id, never by a display name.
"""
from __future__ import annotations

from datetime import timedelta

import yaml

from bot.coordinator.housekeeping import Housekeeper
from bot.engine.models import Answer, Citation, Outcome, Passage
from bot.store import ANSWERED, RESOLVED, SENT

from .conftest import escalation

POLICY = Passage(id="p1", text="Kommunen ska delta i EU-program som stärker verksamheten.",
                 document="Internationell policy", source="policy.md", section="Mål › EU-samarbete", page=3,
                 score=0.82)


def answered() -> Answer:
    return Answer(Outcome.ANSWER, "Kommunen ska delta i EU-program som stärker verksamheten [1].", "sv",
                  citations=[Citation(1, POLICY, POLICY.text)], confidence=0.8, passages=[POLICY], reason="evidence")


def not_covered() -> Answer:
    return Answer(Outcome.ESCALATE, "Det här hittar jag inte i kommunens dokument.", "sv", reason="no evidence")


def test_an_answer_shows_its_text_and_numbered_sources(platform):
    shown = platform.ask(answered(), "Vilka EU-program deltar kommunen i?")
    assert "Kommunen ska delta i EU-program som stärker verksamheten [1]." in shown.text
    assert "Källor" in shown.text and "Internationell policy › EU-samarbete, s. 3" in shown.text
    [logged] = platform.store.questions_between()
    assert (logged.platform, logged.asker_id, logged.outcome) == (platform.name, platform.asker, "answer")


def test_asking_the_coordinator_stores_the_escalation_posts_one_card_and_tells_the_asker(platform):
    shown = platform.ask(not_covered(), "Hur mycket fick vi från Interreg 2019?")
    told = platform.escalate(shown)
    assert "Jag har skickat din fråga till den internationella samordnaren" in told
    card = platform.card()
    assert "Fråga till samordnaren (ärende 1)" in card.text and "Hur mycket fick vi från Interreg 2019?" in card.text
    esc = escalation(platform)
    assert (esc.platform, esc.asker_id, esc.status) == (platform.name, platform.asker, SENT)

    again = platform.escalate(shown)  # the same person presses the button again
    assert "redan skickad till samordnaren (ärende 1)" in again
    assert len(platform.store.list_escalations()) == 1


def test_the_coordinators_reply_is_relayed_once_and_stored_by_id(platform):
    platform.escalate(platform.ask(not_covered(), "Vem betalar resan till Nagu?"))
    card = platform.card()
    platform.reply(card, "Resan betalas av projektet.", user=platform.coordinator)

    relayed = _eventually(platform.relayed)
    assert "Resan betalas av projektet." in relayed[0] and "Vem betalar resan till Nagu?" in relayed[0]
    esc = escalation(platform)
    assert (esc.status, esc.reply_text, esc.reply_author) == (ANSWERED, "Resan betalas av projektet.",
                                                              platform.coordinator)
    assert "Besvarad av" in _eventually(platform.redrawn)
    _settle()
    assert len(platform.relayed()) == 1


def test_a_message_from_someone_else_under_the_card_is_not_relayed(platform):
    platform.escalate(platform.ask(not_covered(), "Vem betalar resan till Nagu?"))
    card = platform.card()
    platform.reply(card, "@Omvärld jag tror att projektet betalar", user=platform.colleague)
    _settle()
    assert platform.relayed() == [] and escalation(platform).reply_text is None


def test_resolving_is_stored_by_id_and_shown_on_the_card(platform):
    platform.escalate(platform.ask(not_covered(), "Vem betalar resan till Nagu?"))
    card = platform.card()
    platform.resolve(card, user=platform.coordinator)
    esc = _eventually(lambda: (e := escalation(platform)).status == RESOLVED and e)
    assert esc.resolved_by == platform.coordinator
    assert "Löst av" in _eventually(platform.redrawn)


def test_saving_the_reviewed_reply_writes_an_approved_answer_by_the_coordinators_id(platform):
    platform.escalate(platform.ask(not_covered(), "Hur bokar jag en resa till en vänort?"))
    card = platform.card()
    platform.reply(card, "Boka via resebyrån i avtalet.", user=platform.coordinator)
    _eventually(platform.relayed)

    confirmation = platform.approve(card, user=platform.coordinator)
    [saved] = platform.approved.glob("*.md")
    assert f"approved/{saved.name}" in confirmation and "Boka via resebyrån i avtalet." in confirmation
    meta = yaml.safe_load(saved.read_text(encoding="utf-8").split("---\n")[1])
    assert (meta["answer_author"], meta["question"], meta["escalation_id"]) == (
        platform.coordinator, "Hur bokar jag en resa till en vänort?", 1)
    assert escalation(platform).approved_by == platform.coordinator


def test_a_question_waiting_a_working_day_gets_one_reminder_under_its_card(platform):
    platform.escalate(platform.ask(not_covered(), "Vem betalar resan till Nagu?"))
    platform.card()
    later = escalation(platform).created_at + timedelta(days=7)  # well past 24 working hours
    keeper = Housekeeper(platform.store, platform_kind={platform.name: f"{platform.name}.reminder"})
    assert keeper.remind(later) == [1]
    reminders = _eventually(platform.reminders)
    assert "⏰ Påminnelse: frågan har väntat på svar i" in reminders[0]
    _settle()
    assert len(platform.reminders()) == 1


def test_the_asker_sees_their_own_question_to_the_coordinator_and_its_state(platform):
    platform.escalate(platform.ask(not_covered(), "Vem betalar resan till Nagu?"))
    platform.card()
    status = platform.own_status(platform.asker)
    assert "#1 väntar på svar" in status and "Vem betalar resan till Nagu?" in status
    assert "inga frågor" in platform.own_status(platform.colleague)


def _eventually(read, timeout: float = 10.0):
    import time

    deadline = time.monotonic() + timeout
    while True:
        value = read()
        if value:
            return value
        assert time.monotonic() < deadline, f"{getattr(read, '__name__', read)} gave nothing within {timeout} s"
        time.sleep(0.02)


def _settle(seconds: float = 0.3) -> None:
    """Several delivery rounds (the deliverers poll every 0.02–0.05 s): time for a repeat to show."""
    import time

    time.sleep(seconds)
