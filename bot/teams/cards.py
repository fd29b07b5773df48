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
from datetime import datetime, timezone

from microsoft_agents.activity import Activity, ActivityTypes, Attachment

from ..approved import StaleApproved
from ..coordinator import LANGUAGES, Review, cited_sources, only_retrieved, review_of, stale_reasons
from ..models import Answer, Outcome
from ..sanitize import safe_url
from ..store import ANSWERED, RESOLVED, Escalation
from .outgoing import defuse_teams
from .texts import BILINGUAL, bilingual, phrase

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
        text = phrase("escalate_fallback", language)
    safe = defuse_teams(text)
    body = [text_block(shorten(safe, MAX_TEXT_CHARS))]
    if len(safe) > MAX_TEXT_CHARS:
        body.append(text_block(phrase("shortened", language), isSubtle=True, size="Small"))
    if note:
        body.append(text_block(defuse_teams(shorten(note, 500)), isSubtle=True, size="Small"))
    if outcome == Outcome.DECLINE.value:
        return card(body)
    if sources:
        title = phrase("closest_sources" if escalating else "sources", language)
        body += [text_block(title, weight="Bolder", size="Small", spacing="Medium"), source_facts(sources)]
    if feedback:
        body.append(text_block(phrase("thanks_up" if feedback == "up" else "thanks_down", language),
                               isSubtle=True, size="Small", spacing="Medium"))
    ask = submit(phrase("ask_coordinator", language), ESCALATE, answer_ref=ref)
    if escalating:
        ask["style"] = "positive"
    thumbs = [] if feedback else [submit(phrase("helpful", language), FEEDBACK, answer_ref=ref, value="up"),
                                  submit(phrase("not_helpful", language), FEEDBACK, answer_ref=ref, value="down")]
    return card(body, [ask, *thumbs] if escalating else [*thumbs, ask])


# --- the escalation loop ---------------------------------------------------------------------

_LANGUAGE_NAMES = {"sv": "svenska", "en": "engelska"}
_WHERE = {"personal": "i en personlig chatt med mig", "channel": "i en kanal", "groupChat": "i en gruppchatt"}
_STATUS_SV = {"pending": "väntar på kortet", "sent": "väntar på svar", "answered": "besvarad", "resolved": "löst"}


def card_status(esc: Escalation) -> str:
    if esc.status == RESOLVED:
        return f"✅ Löst av {esc.resolved_by}" if esc.resolved_by else "✅ Löst"
    if esc.status == ANSWERED:
        return f"💬 Besvarad av {esc.reply_author} – svaret skickas till frågeställaren"
    return "⏳ Väntar på svar. Tryck på Svara, så skickar jag svaret till frågeställaren."


def escalation_card(esc: Escalation) -> dict:
    """The card in the coordinator's channel: who asked what, where, what the bot tried and why,
    with Svara (a text box), Markera löst and Spara som godkänt svar."""
    origin = esc.origin or {}
    asker = defuse_teams(str(origin.get("asker_name") or esc.asker_id))
    facts = [{"title": "Från", "value": asker},
             {"title": "Var", "value": _WHERE.get(str(origin.get("kind")), "okänt")},
             {"title": "Språk", "value": _LANGUAGE_NAMES.get(esc.language, esc.language)}]
    body = [
        text_block(f"Fråga till samordnaren (ärende {esc.id})", size="Medium", weight="Bolder"),
        {"type": "FactSet", "facts": facts},
        text_block("Fråga:", weight="Bolder", spacing="Medium"),
        text_block(defuse_teams(shorten(esc.question, MAX_QUOTE_CHARS)), spacing="None"),
    ]
    if esc.bot_answer.strip():
        body += [text_block("Botens försök:", weight="Bolder", spacing="Medium"),
                 text_block(defuse_teams(shorten(esc.bot_answer, MAX_QUOTE_CHARS)), isSubtle=True, spacing="None")]
    if esc.sources:
        title = "Närmast i dokumenten:" if only_retrieved(esc.sources) else "Källor:"
        body += [text_block(title, weight="Bolder", size="Small", spacing="Medium"), source_facts(esc.sources)]
    if esc.reason:
        body.append(text_block("Varför: " + defuse_teams(one_line(esc.reason, 300)), isSubtle=True, size="Small"))
    if esc.reply_text:
        body += [text_block("Svar till frågeställaren:", weight="Bolder", spacing="Medium"),
                 text_block(defuse_teams(shorten(esc.reply_text, MAX_QUOTE_CHARS)), spacing="None")]
    body.append(text_block(card_status(esc), spacing="Medium"))
    if esc.approved_by:
        body.append(text_block(f"📗 Sparat som godkänt svar av {esc.approved_by}", size="Small"))

    actions: list[dict] = []
    if esc.status != RESOLVED:
        reply_form = card(
            [{"type": "Input.Text", "id": REPLY_INPUT, "isMultiline": True, "isRequired": True,
              "placeholder": "Ditt svar till frågeställaren / Your answer to the asker",
              "errorMessage": "Skriv ett svar / Write an answer"}],
            [submit("Skicka svaret / Send the answer", ANSWER, escalation_id=esc.id)])
        actions += [{"type": "Action.ShowCard", "title": "Svara / Answer", "card": reply_form},
                    submit("Markera löst / Mark resolved", RESOLVE, escalation_id=esc.id)]
    if not esc.approved_by:
        title = "Spara som godkänt svar / Save as approved answer"
        if esc.reply_text and esc.reply_text.strip():
            actions.append({"type": "Action.ShowCard", "title": title, "card": review_form(review_of(esc))})
        else:  # nothing to review yet: the click says so
            actions.append(submit(title, APPROVE, escalation_id=esc.id))
    return card(body, actions)


def review_form(review: Review) -> dict:
    """What "Spara som godkänt svar" opens on the card: the question and the whole reply (every
    message the coordinator wrote, in order), editable, and the answer's language. Spara sends
    the inputs back (verb omvarld.approve); Avbryt sends nothing of them and nothing is saved."""
    words = BILINGUAL
    body = [text_block(defuse_teams(words["review_intro"]), size="Small", isSubtle=True),
            {"type": "Input.Text", "id": REVIEW_QUESTION, "label": words["review_question_label"],
             "value": defuse_teams(review.question[:MAX_QUOTE_CHARS]), "isMultiline": True, "isRequired": True,
             "errorMessage": words["review_question_missing"]},
            {"type": "Input.Text", "id": REVIEW_ANSWER, "label": words["review_answer_label"],
             "value": defuse_teams(review.answer[:MAX_REVIEW_CHARS]), "isMultiline": True, "isRequired": True,
             "errorMessage": words["review_answer_missing"]}]
    if len(review.answer) > MAX_REVIEW_CHARS:
        body.append(text_block(f"Svaret är längre än kortet rymmer: bara de första {MAX_REVIEW_CHARS} tecknen visas "
                               "och sparas. / The answer is longer than the card holds: only its first "
                               f"{MAX_REVIEW_CHARS} characters are shown and saved.", color="Attention", size="Small"))
    body.append({"type": "Input.ChoiceSet", "id": REVIEW_LANGUAGE, "label": words["review_language_label"],
                 "value": review.language, "style": "compact", "isRequired": True,
                 "choices": [{"title": words[f"language_{code}"], "value": code} for code in LANGUAGES]})
    cancel = submit(words["review_cancel"], APPROVE_CANCEL, escalation_id=review.escalation_id)
    cancel["associatedInputs"] = "none"
    return card(body, [submit(words["review_save"], APPROVE, escalation_id=review.escalation_id), cancel])


def card_summary(esc: Escalation) -> str:
    return f"Fråga till samordnaren (ärende {esc.id}): {one_line(esc.question, 150)}"


def relay_card(esc: Escalation, reply_text: str, author: str) -> dict:
    """The coordinator's answer, as posted where the asker asked, in the asker's language."""
    return card([
        text_block(phrase("relay", esc.language, coordinator=defuse_teams(author)), weight="Bolder"),
        text_block(defuse_teams(shorten(reply_text, MAX_TEXT_CHARS))),
        text_block(phrase("relay_question", esc.language, question=defuse_teams(one_line(esc.question, 300))),
                   isSubtle=True, size="Small", spacing="Medium"),
    ])


# --- coordinator commands ----------------------------------------------------------------------

def _date(value: datetime) -> str:
    when = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    try:
        from zoneinfo import ZoneInfo

        when = when.astimezone(ZoneInfo("Europe/Stockholm"))
    except Exception:  # no tz database on this machine: UTC will do for a list
        pass
    return when.strftime("%Y-%m-%d %H:%M")


def last_ingest_of(documents: list[dict]) -> str:
    """The newest ingest time of the documents (KnowledgeSummary), as a date and time in Swedish time."""
    times = []
    for d in documents:
        value = d.get("ingested_at")
        if isinstance(value, (int, float)):
            times.append(datetime.fromtimestamp(value, timezone.utc))
        elif isinstance(value, datetime):
            times.append(value if value.tzinfo else value.replace(tzinfo=timezone.utc))
        elif isinstance(value, str) and value:
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                continue
            times.append(parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc))
    return f"{_date(max(times))} ({len(documents)} dokument)" if times else ""


def status_card(open_escalations: list[Escalation], last_ingest: str = "", failed_pages: list[str] | None = None) -> dict:
    body = [text_block(f"Öppna ärenden / Open escalations: {len(open_escalations)}", weight="Bolder")]
    for e in open_escalations[:MAX_STATUS_LINES]:
        asker = (e.origin or {}).get("asker_name") or e.asker_id
        body.append(text_block(f"{e.id} · {_STATUS_SV.get(e.status, e.status)} · {defuse_teams(str(asker))} · "
                               f"{_date(e.created_at)} · “{defuse_teams(one_line(e.question, 80))}”",
                               spacing="Small"))
    if len(open_escalations) > MAX_STATUS_LINES:
        more = len(open_escalations) - MAX_STATUS_LINES
        body.append(text_block(f"… och {more} till / and {more} more", isSubtle=True))
    if last_ingest:
        body.append(text_block(f"Senast indexerat / Last ingest: {defuse_teams(last_ingest)}",
                               isSubtle=True, size="Small", spacing="Medium"))
    if failed_pages:
        body.append(text_block("Webbsidor som inte kunde hämtas (den förra versionen används) / "
                               "Pages that failed (the previous version is used):", weight="Bolder", size="Small",
                               spacing="Medium"))
        body += [text_block(defuse_teams(one_line(p, 300)), size="Small", spacing="None")
                 for p in failed_pages[:MAX_STATUS_LINES]]
    return card(body)


def reindex_text(summary: dict) -> str:
    failed = summary.get("failed", 0)
    n_failed = len(failed) if isinstance(failed, list) else int(failed or 0)
    return (f"Indexering klar / Re-index done: {summary.get('added', 0)} nya/added, "
            f"{summary.get('updated', 0)} ändrade/updated, {summary.get('unchanged', 0)} oförändrade/unchanged, "
            f"{summary.get('removed', 0)} borttagna/removed, {n_failed} misslyckade/failed; "
            f"{summary.get('chunks', 0)} stycken/chunks på/in {float(summary.get('seconds', 0) or 0):.1f} s.")


def approved_text(by: str, file: str, first_line: str) -> str:
    """The confirmation in the card's thread: who saved it, the file to edit or delete
    (knowledge/…), and the first line of what was saved."""
    return bilingual("approved", by=defuse_teams(by), file=defuse_teams(file), quote=f"”{defuse_teams(first_line)}”")


def approved_list_card(items: list[StaleApproved], note: str = "") -> dict:
    """`godkända`: each approved answer past its review date or relying on a changed document,
    with Bekräfta igen (a new review date) and Ta bort (which asks first; the file is deleted).
    `note` heads it."""
    words = BILINGUAL
    body = [text_block(defuse_teams(note), spacing="None")] if note else []
    body.append(text_block(words["approved_list_title"].format(count=len(items)), weight="Bolder"))
    if not items:
        body.append(text_block(words["approved_list_empty"], isSubtle=True))
    for item in items[:MAX_APPROVED_LINES]:
        when = words["approved_approved_on"].format(date=item.approved_on.isoformat()) if item.approved_on else ""
        body += [text_block(defuse_teams(one_line(item.question or item.source, 300)), weight="Bolder", spacing="Medium"),
                 text_block(defuse_teams(item.source) + (f" · {when}" if when else ""), isSubtle=True, size="Small",
                            spacing="None"),
                 text_block(defuse_teams(stale_reasons(item)), size="Small", spacing="None"),
                 {"type": "ActionSet", "actions": [
                     submit(words["approved_reconfirm"], APPROVED_RECONFIRM, source=item.source),
                     {"type": "Action.ShowCard", "title": words["approved_withdraw"], "card": card(  # asks first
                         [text_block(words["approved_withdraw_confirm"], size="Small")],
                         [{**submit(words["approved_withdraw"], APPROVED_WITHDRAW, source=item.source),
                           "style": "destructive"}])}]}]
    if len(items) > MAX_APPROVED_LINES:
        body.append(text_block(words["approved_list_more"].format(count=len(items) - MAX_APPROVED_LINES),
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
