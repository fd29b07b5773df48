"""Adaptive Cards for everything the bot shows in Teams. Pure functions: data in, JSON-ready dicts out.

Every piece of text that did not come from this module's own templates goes through
`defuse_teams` here (and once more in the outgoing gate), so a question, a document or a
reply can never mention anyone. Buttons are `Action.Submit` with `data = {"verb": …, ids}`:
Teams sends the click back as a message activity whose `value` is that data (plus the
inputs of the card), in personal chats and channels alike. Data carries ids only; the
context stays in the store. Sizes are capped so a card stays well under Teams' 28 KB.
"""
from __future__ import annotations

import base64
import re
from typing import Mapping

from microsoft_agents.activity import Activity, ActivityTypes, Attachment

from bot.coordinator.approved import StaleApproved
from bot.coordinator.workflow import (
    LANGUAGES,
    Review,
    cited_sources,
    local_time,
    only_retrieved,
    review_of,
    stale_reasons,
)
from bot.coordinator.workflow import (
    card_status as status_line,
)
from bot.engine.models import Answer, Outcome
from bot.sanitize import safe_url
from bot.store import RESOLVED, Escalation
from bot.texts import bilingual, say

from .outgoing import defuse_teams

CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.4"

MAX_TEXT_CHARS = 6000
MAX_QUOTE_CHARS = 2000
MAX_SOURCES = 10
MAX_STATUS_LINES = 20

# Action.Submit verbs, shared with the handlers that receive them.
FEEDBACK = "omvarld.feedback"
ESCALATE = "omvarld.escalate"
ANSWER = "omvarld.answer"
RESOLVE = "omvarld.resolve"
APPROVE = "omvarld.approve"            # with the review's inputs: save them as the approved answer
APPROVE_CANCEL = "omvarld.approve_cancel"
APPROVED_RECONFIRM = "omvarld.approved_reconfirm"
APPROVED_WITHDRAW = "omvarld.approved_withdraw"
REPLY_INPUT = "reply"  # the id of the coordinator's text input; its value arrives under this key
# the review's inputs under "Spara som godkänt svar" (their values arrive under these keys)
REVIEW_QUESTION = "review_question"
REVIEW_ANSWER = "review_answer"
REVIEW_LANGUAGE = "review_language"
MAX_REVIEW_CHARS = 8000  # of the reply prefilled on the card (a card may be at most 28 KB)
MAX_APPROVED_LINES = 15


# --- building bricks ------------------------------------------------------------------------

def shorten(text: str, limit: int) -> str:
    text = (text or "").strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def one_line(text: str, limit: int) -> str:
    return shorten(" ".join((text or "").split()), limit)


def text_block(text: str, **options) -> dict:
    return {"type": "TextBlock", "text": text, "wrap": True, **options}


def submit(title: str, verb: str, **data) -> dict:
    return {"type": "Action.Submit", "title": title, "data": {"verb": verb, **data}}


def card(body: list[dict], actions: list[dict] | None = None) -> dict:
    out = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "body": body}
    if actions:
        out["actions"] = actions
    return out


def card_activity(content: dict, summary: str = "") -> Activity:
    """A message activity carrying one Adaptive Card."""
    activity = Activity(type=ActivityTypes.message,
                        attachments=[Attachment(content_type=CARD_CONTENT_TYPE, content=content)])
    if summary.strip():
        activity.summary = one_line(summary, 200)
    return activity


def text_activity(text: str) -> Activity:
    """A plain-text message (textFormat plain: no Markdown or HTML is interpreted)."""
    return Activity(type=ActivityTypes.message, text=defuse_teams(text), text_format="plain")


def source_facts(sources: list[dict]) -> dict:
    """Numbered sources, "1." then "Document › Section, s. 3" (Passage.label()), as a Markdown link
    "[Document › Section](https://…)" where the document has an address."""
    facts = [{"title": f"{s.get('number', i + 1)}.", "value": _source_value(s)}
             for i, s in enumerate(sources[:MAX_SOURCES])]
    return {"type": "FactSet", "facts": facts, "spacing": "None"}


def _source_value(source: dict) -> str:
    label = defuse_teams(str(source.get("label", "")))
    url = safe_url(source.get("url"))
    if not url or not label:
        return label
    return "[" + label.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]") + f"]({url})"


# --- answers ---------------------------------------------------------------------------------

def sources_of(answer: Answer) -> list[dict]:
    """The citations as plain dicts: what is shown, and what the store keeps for later."""
    return cited_sources(answer)


def render(answer: Answer, answer_ref: int | str) -> Activity:
    """The engine's Answer as Teams shows it: a card, or for a decline one plain line."""
    if answer.outcome is Outcome.DECLINE:
        return text_activity(answer.text)
    content = answer_card(outcome=answer.outcome.value, text=answer.text, language=answer.language,
                          sources=sources_of(answer), answer_ref=answer_ref, note=answer.note)
    return card_activity(content, summary=answer.text)


def answer_card(*, outcome: str, text: str, language: str, sources: list[dict], answer_ref: int | str,
                note: str = "", feedback: str | None = None) -> dict:
    """An answer: the text, numbered sources, then 👍/👎 and "Ask the coordinator".

    escalate: the text (the documents do not cover it), the coordinator button first, then
    the closest sources if any. decline: the text only. `feedback` ("up"/"down"), once the
    asker has voted, replaces 👍/👎 with a thank-you; the coordinator button stays.
    """
    ref = str(answer_ref)
    escalating = outcome == Outcome.ESCALATE.value
    if escalating and not text.strip():
        text = say("escalate_fallback", language)
    safe = defuse_teams(text)
    body = [text_block(shorten(safe, MAX_TEXT_CHARS))]
    if len(safe) > MAX_TEXT_CHARS:
        body.append(text_block(say("shortened", language), isSubtle=True, size="Small"))
    if note:
        body.append(text_block(defuse_teams(shorten(note, 500)), isSubtle=True, size="Small"))
    if outcome == Outcome.DECLINE.value:
        return card(body)
    if sources:
        title = say("closest_sources" if escalating else "sources", language)
        body += [text_block(title, weight="Bolder", size="Small", spacing="Medium"), source_facts(sources)]
    if feedback:
        body.append(text_block(say("thanks_up" if feedback == "up" else "thanks_down", language),
                               isSubtle=True, size="Small", spacing="Medium"))
    ask = submit(say("ask_coordinator", language), ESCALATE, answer_ref=ref)
    if escalating:
        ask["style"] = "positive"
    thumbs = [] if feedback else [submit(say("helpful", language), FEEDBACK, answer_ref=ref, value="up"),
                                  submit(say("not_helpful", language), FEEDBACK, answer_ref=ref, value="down")]
    return card(body, [ask, *thumbs] if escalating else [*thumbs, ask])


# --- the escalation loop ---------------------------------------------------------------------

_TEAMS_ID = re.compile(r"^(?:[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}|\d+:.+)$", re.IGNORECASE)


def person(value: str | None, names: Mapping[str, str] | None = None) -> str:
    """How a stored person (an Entra object id or a Teams id) is shown: their display name when the
    turn being answered knows it, else "samordnaren". A display name stored before people were kept
    by id is shown as it is."""
    if not value:
        return ""
    if names and value in names:
        return defuse_teams(names[value])
    return say("teams.coordinator", "sv") if _TEAMS_ID.match(value) else defuse_teams(value)


def card_status(esc: Escalation, names: Mapping[str, str] | None = None) -> str:
    return status_line(esc, "teams", lambda who: person(who, names))


def escalation_card(esc: Escalation, names: Mapping[str, str] | None = None) -> dict:
    """The card in the coordinator's channel: who asked what, where, what the bot tried and why,
    with Svara (a text box), Markera löst and Spara som godkänt svar. The store keeps people by id;
    `names` (id → display name, from the turn being answered) shows them by name."""
    origin = esc.origin or {}
    asker = defuse_teams(str(origin.get("asker_name") or esc.asker_id))
    kind = str(origin.get("kind"))
    where = say(f"teams.where_{kind}", "sv") if kind in ("personal", "channel", "groupChat") else \
        say("origin_unknown", "sv")
    language = say(f"language_name_{esc.language}", "sv") if esc.language in LANGUAGES else esc.language
    facts = [{"title": say("card_from", "sv"), "value": asker}, {"title": say("card_where", "sv"), "value": where},
             {"title": say("card_language", "sv"), "value": language}]
    body = [
        text_block(say("card_title", "sv", id=esc.id), size="Medium", weight="Bolder"),
        {"type": "FactSet", "facts": facts},
        text_block(say("card_question", "sv"), weight="Bolder", spacing="Medium"),
        text_block(defuse_teams(shorten(esc.question, MAX_QUOTE_CHARS)), spacing="None"),
    ]
    if esc.bot_answer.strip():
        body += [text_block(say("card_bot_attempt", "sv"), weight="Bolder", spacing="Medium"),
                 text_block(defuse_teams(shorten(esc.bot_answer, MAX_QUOTE_CHARS)), isSubtle=True, spacing="None")]
    if esc.sources:
        title = say("card_closest" if only_retrieved(esc.sources) else "card_sources", "sv") + ":"
        body += [text_block(title, weight="Bolder", size="Small", spacing="Medium"), source_facts(esc.sources)]
    if esc.reason:
        body.append(text_block(f"{say('card_why', 'sv')} " + defuse_teams(one_line(esc.reason, 300)), isSubtle=True,
                               size="Small"))
    if esc.reply_text:
        body += [text_block(say("card_reply", "sv"), weight="Bolder", spacing="Medium"),
                 text_block(defuse_teams(shorten(esc.reply_text, MAX_QUOTE_CHARS)), spacing="None")]
    body.append(text_block(card_status(esc, names), spacing="Medium"))
    if esc.approved_by:
        body.append(text_block(say("card_approved_by", "sv", by=person(esc.approved_by, names)), size="Small"))

    actions: list[dict] = []
    if esc.status != RESOLVED:
        reply_form = card(
            [{"type": "Input.Text", "id": REPLY_INPUT, "isMultiline": True, "isRequired": True,
              "placeholder": bilingual("teams.card_answer_placeholder"),
              "errorMessage": bilingual("teams.card_answer_missing")}],
            [submit(bilingual("teams.card_send_answer"), ANSWER, escalation_id=esc.id)])
        actions += [{"type": "Action.ShowCard", "title": bilingual("teams.card_answer"), "card": reply_form},
                    submit(bilingual("card_resolve"), RESOLVE, escalation_id=esc.id)]
    if not esc.approved_by:
        title = bilingual("card_save_approved")
        if esc.reply_text and esc.reply_text.strip():
            actions.append({"type": "Action.ShowCard", "title": title, "card": review_form(review_of(esc))})
        else:  # nothing to review yet: the click says so
            actions.append(submit(title, APPROVE, escalation_id=esc.id))
    return card(body, actions)


def review_form(review: Review) -> dict:
    """What "Spara som godkänt svar" opens on the card: the question and the whole reply (every
    message the coordinator wrote, in order), editable, and the answer's language. Spara sends
    the inputs back (verb omvarld.approve); Avbryt sends nothing of them and nothing is saved."""
    body = [text_block(defuse_teams(bilingual("review_intro")), size="Small", isSubtle=True),
            {"type": "Input.Text", "id": REVIEW_QUESTION, "label": bilingual("review_question_label"),
             "value": defuse_teams(review.question[:MAX_QUOTE_CHARS]), "isMultiline": True, "isRequired": True,
             "errorMessage": bilingual("review_question_missing")},
            {"type": "Input.Text", "id": REVIEW_ANSWER, "label": bilingual("review_answer_label"),
             "value": defuse_teams(review.answer[:MAX_REVIEW_CHARS]), "isMultiline": True, "isRequired": True,
             "errorMessage": bilingual("review_answer_missing")}]
    if len(review.answer) > MAX_REVIEW_CHARS:
        body.append(text_block(bilingual("teams.review_too_long", max=MAX_REVIEW_CHARS), color="Attention",
                               size="Small"))
    body.append({"type": "Input.ChoiceSet", "id": REVIEW_LANGUAGE, "label": bilingual("review_language_label"),
                 "value": review.language, "style": "compact", "isRequired": True,
                 "choices": [{"title": bilingual(f"language_{code}"), "value": code} for code in LANGUAGES]})
    cancel = submit(bilingual("review_cancel"), APPROVE_CANCEL, escalation_id=review.escalation_id)
    cancel["associatedInputs"] = "none"
    return card(body, [submit(bilingual("review_save"), APPROVE, escalation_id=review.escalation_id), cancel])


def card_summary(esc: Escalation) -> str:
    return f"{say('card_title', 'sv', id=esc.id)}: {one_line(esc.question, 150)}"


def relay_card(esc: Escalation, reply_text: str, author: str) -> dict:
    """The coordinator's answer, as posted where the asker asked, in the asker's language; `author` is
    the coordinator's name as shown to the asker."""
    return card([
        text_block(say("teams.relay", esc.language, coordinator=defuse_teams(author)), weight="Bolder"),
        text_block(defuse_teams(shorten(reply_text, MAX_TEXT_CHARS))),
        text_block(say("relay_question", esc.language, question=defuse_teams(one_line(esc.question, 300))),
                   isSubtle=True, size="Small", spacing="Medium"),
    ])


# --- coordinator commands ----------------------------------------------------------------------

def _date(value) -> str:
    return local_time(value)


def status_card(open_escalations: list[Escalation], last_ingest: str = "", failed_pages: list[str] | None = None) -> dict:
    body = [text_block(bilingual("status_title", count=len(open_escalations)), weight="Bolder")]
    for e in open_escalations[:MAX_STATUS_LINES]:
        asker = (e.origin or {}).get("asker_name") or e.asker_id
        body.append(text_block(f"{e.id} · {say('state_' + e.status, 'sv')} · {defuse_teams(str(asker))} · "
                               f"{_date(e.created_at)} · “{defuse_teams(one_line(e.question, 80))}”",
                               spacing="Small"))
    if len(open_escalations) > MAX_STATUS_LINES:
        body.append(text_block(bilingual("status_more", count=len(open_escalations) - MAX_STATUS_LINES), isSubtle=True))
    if last_ingest:
        body.append(text_block(bilingual("status_last_ingest", when=defuse_teams(last_ingest)),
                               isSubtle=True, size="Small", spacing="Medium"))
    if failed_pages:
        body.append(text_block(bilingual("status_failed_pages"), weight="Bolder", size="Small", spacing="Medium"))
        body += [text_block(defuse_teams(one_line(p, 300)), size="Small", spacing="None")
                 for p in failed_pages[:MAX_STATUS_LINES]]
    return card(body)


def approved_text(by: str, file: str, first_line: str) -> str:
    """The confirmation in the card's thread: who saved it, the file to edit or delete
    (knowledge/…), and the first line of what was saved."""
    return bilingual("approved", by=defuse_teams(by), file=defuse_teams(file), quote=f"”{defuse_teams(first_line)}”")


def approved_list_card(items: list[StaleApproved], note: str = "") -> dict:
    """`godkända`: each approved answer past its review date or relying on a changed document,
    with Bekräfta igen (a new review date) and Ta bort (which asks first; the file is deleted).
    `note` heads it."""
    body = [text_block(defuse_teams(note), spacing="None")] if note else []
    body.append(text_block(bilingual("approved_list_title", count=len(items)), weight="Bolder"))
    if not items:
        body.append(text_block(bilingual("approved_list_empty"), isSubtle=True))
    for item in items[:MAX_APPROVED_LINES]:
        when = bilingual("approved_approved_on", date=item.approved_on.isoformat()) if item.approved_on else ""
        body += [text_block(defuse_teams(one_line(item.question or item.source, 300)), weight="Bolder", spacing="Medium"),
                 text_block(defuse_teams(item.source) + (f" · {when}" if when else ""), isSubtle=True, size="Small",
                            spacing="None"),
                 text_block(defuse_teams(stale_reasons(item)), size="Small", spacing="None"),
                 {"type": "ActionSet", "actions": [
                     submit(bilingual("approved_reconfirm"), APPROVED_RECONFIRM, source=item.source),
                     {"type": "Action.ShowCard", "title": bilingual("approved_withdraw"), "card": card(  # asks first
                         [text_block(bilingual("approved_withdraw_confirm"), size="Small")],
                         [{**submit(bilingual("approved_withdraw"), APPROVED_WITHDRAW, source=item.source),
                           "style": "destructive"}])}]}]
    if len(items) > MAX_APPROVED_LINES:
        body.append(text_block(bilingual("approved_list_more", count=len(items) - MAX_APPROVED_LINES),
                               isSubtle=True))
    return card(body)


def lines_card(title: str, text: str) -> dict:
    """A heading and one line per line of `text` (a Teams message would run plain lines together)."""
    lines = [line for line in (text or "").split("\n") if line.strip()]
    return card([text_block(defuse_teams(title), weight="Bolder")]
                + [text_block(defuse_teams(shorten(line, 500)), spacing="Small") for line in lines[:MAX_STATUS_LINES]])


def own_status_card(status: str) -> dict:
    """An asker's own escalations (bot.reminders.status_text) under a heading."""
    return lines_card(bilingual("own_questions"), status)


def report_card(summary: str, png: bytes, alt: str) -> dict:
    """The report's summary lines and its chart as an inline image (a data URL: Teams shows it
    without the bot hosting a file; keep the PNG small, a card may be at most 28 KB)."""
    head, _, rest = summary.partition("\n")
    content = lines_card(head, rest)
    content["body"].append({"type": "Image", "url": "data:image/png;base64," + base64.b64encode(png).decode("ascii"),
                            "altText": alt, "size": "Stretch", "spacing": "Medium"})
    return content
