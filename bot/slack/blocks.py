"""Block Kit for everything the bot shows in Slack. Pure functions: data in, JSON-ready dicts out.

Every piece of text that did not come from this module's own templates goes through
`bot.sanitize.for_slack` here, so a question or a document can never mention, link or ping.
Slack's limits are kept here too: 3,000 characters per section, 50 blocks per message,
2,000 characters per button value (values are only ids; the context stays in the store).
"""
from __future__ import annotations

import json
import re
from datetime import datetime, timezone
from typing import Iterable

from ..approved import StaleApproved
from ..coordinator import LANGUAGES, Review, cited_sources, only_retrieved, shown_sources, stale_reasons
from ..models import Answer, Outcome
from ..sanitize import defuse, for_slack, safe_url
from ..store import ANSWERED, RESOLVED, Escalation, QuestionRecord
from .texts import BILINGUAL, phrase

MAX_SECTION_CHARS = 3000
MAX_BLOCKS = 50
MAX_HOME_BLOCKS = 100
MAX_BUTTON_VALUE = 2000
MAX_BUTTON_TEXT = 75
ANSWER_ACTIONS = "answer_actions"
FEEDBACK_THANKS = "feedback_thanks"

# action_ids, shared with the listeners that handle them
FEEDBACK_UP = "feedback_up"
FEEDBACK_DOWN = "feedback_down"
ESCALATE = "escalate"
SHARE = "share"
CARD_RESOLVE = "card_resolve"
CARD_APPROVE = "card_approve"
APPROVED_RECONFIRM = "approved_reconfirm"
APPROVED_WITHDRAW = "approved_withdraw"

# the review modal ("Save as approved answer"): its callback_id, and the block ids of its inputs
REVIEW_VIEW = "approve_review"
REVIEW_QUESTION = "review_question"
REVIEW_ANSWER = "review_answer"      # a long answer takes several inputs: review_answer, review_answer_2, …
REVIEW_LANGUAGE = "review_language"
REVIEW_INPUT = "value"               # the action_id of every input
MAX_INPUT_CHARS = 3000               # Slack's limit for a plain_text_input
MAX_TITLE_CHARS = 24                 # … for a modal's title and buttons


# --- building bricks ------------------------------------------------------------------------

def section(mrkdwn: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn[:MAX_SECTION_CHARS]}}


def context(mrkdwn: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": mrkdwn[:MAX_SECTION_CHARS]}]}


def header(text: str) -> dict:
    return {"type": "header", "text": {"type": "plain_text", "text": text[:150], "emoji": True}}


def button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    if len(value) > MAX_BUTTON_VALUE:
        raise ValueError("a button value must be an id, not the content")
    out = {"type": "button", "action_id": action_id, "value": value,
           "text": {"type": "plain_text", "text": text[:MAX_BUTTON_TEXT], "emoji": True}}
    if style:
        out["style"] = style
    return out


def split_text(text: str, limit: int = MAX_SECTION_CHARS) -> list[str]:
    """Split mrkdwn into pieces of at most `limit` characters, at a paragraph, line or word
    break where there is one, never inside an `&amp;`-style entity."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        window = rest[:limit]
        cut = next((i for i in (window.rfind("\n\n"), window.rfind("\n"), window.rfind(" ")) if i > limit // 2), limit)
        amp = window.rfind("&", 0, cut)
        if amp > limit // 2 and ";" not in window[amp:cut] and cut - amp < 6:
            cut = amp
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return pieces


_BOLD = re.compile(r"\*\*(.+?)\*\*")
_HEADING = re.compile(r"^#{1,6}\s+(.+)$", re.MULTILINE)


def mrkdwn(plain: str) -> str:
    """The engine's plain (or Markdown-ish) text as safe Slack mrkdwn."""
    out = for_slack(plain)
    out = _BOLD.sub(r"*\1*", out)
    return _HEADING.sub(r"*\1*", out)


def shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- answers ---------------------------------------------------------------------------------

def sources_of(answer: Answer) -> list[dict]:
    """The citations as plain dicts: what is shown, and what the store keeps for later."""
    return cited_sources(answer)


def source_line(source: dict, number: int | str) -> str:
    """"1. <https://…|Vänorter › Bidrag>" — a link where the document has an address, else the label."""
    label = for_slack(str(source.get("label", "")))
    url = safe_url(source.get("url"))
    return f"{number}. <{url}|{label}>" if url and label else f"{number}. {label}"


def render(answer: Answer, answer_ref: int | str, **options) -> list[dict]:
    """`answer_blocks` for an engine Answer."""
    return answer_blocks(outcome=answer.outcome.value, text=answer.text, language=answer.language,
                         sources=sources_of(answer), answer_ref=answer_ref, note=answer.note, **options)


def answer_blocks(*, outcome: str, text: str, language: str, sources: list[dict], answer_ref: int | str,
                  note: str = "", share: bool = False, actions: bool = True,
                  asked_by: str | None = None, question: str | None = None) -> list[dict]:
    """An answer as Slack shows it.

    answer: the text, numbered sources, then 👍/👎 and "Ask the coordinator".
    escalate: the text (the documents do not cover it), the coordinator button first, then
    the closest sources if any. decline: the text only, no sources.
    `share` adds "Share in channel" (for ephemeral answers); `asked_by`/`question` head a
    shared answer with who asked what.
    """
    ref = str(answer_ref)
    escalating = outcome == Outcome.ESCALATE.value
    if escalating and not text.strip():
        text = phrase("escalate_fallback", language)

    head: list[dict] = []
    if asked_by:
        head.append(context(phrase("asked_by", language, user=f"<@{asked_by}>",
                                   question=for_slack(shorten(question or "", 500)))))
    tail: list[dict] = []
    if note:
        tail.append(context(mrkdwn(note)))
    buttons: list[dict] = []
    if actions:
        ask = button(phrase("ask_coordinator", language), ESCALATE, ref, style="primary" if escalating else None)
        thumbs = [button(phrase("helpful", language), FEEDBACK_UP, ref),
                  button(phrase("not_helpful", language), FEEDBACK_DOWN, ref)]
        buttons = [ask, *thumbs] if escalating else [*thumbs, ask]
        if share:
            buttons.append(button(phrase("share", language), SHARE, ref))
    action_block = [{"type": "actions", "block_id": ANSWER_ACTIONS, "elements": buttons}] if buttons else []
    source_blocks = []
    if sources and outcome != Outcome.DECLINE.value:
        title = phrase("closest_sources" if escalating else "sources", language)
        lines = "\n".join(source_line(s, s.get("number", i + 1)) for i, s in enumerate(sources))
        source_blocks = [section(piece) for piece in split_text(f"*{title}*\n{lines}")]
    if escalating:
        tail += action_block + source_blocks
    else:
        tail += source_blocks + action_block

    body = [section(piece) for piece in split_text(mrkdwn(text))] or [section("…")]
    room = MAX_BLOCKS - len(head) - len(tail)
    if len(body) > room:
        body = body[: max(1, room - 1)] + [context(phrase("shortened", language))]
    return (head + body + tail)[:MAX_BLOCKS]


def record_blocks(q: QuestionRecord, **options) -> list[dict]:
    """An answer drawn again from what the store kept of it (for shares and thank-yous)."""
    return answer_blocks(outcome=q.outcome, text=q.answer_text, language=q.language,
                         sources=shown_sources(q.sources), answer_ref=q.id, **options)


def fallback_text(text: str, limit: int = 3000) -> str:
    """The message's plain `text` (notifications, screen readers, thread history)."""
    return shorten(mrkdwn(text), limit) if len(text) > limit else mrkdwn(text)


def after_feedback(blocks: list[dict], language: str, value: str) -> list[dict]:
    """The same message with 👍/👎 replaced by a thank-you; the coordinator button stays."""
    out: list[dict] = []
    for block in blocks:
        if block.get("block_id") == FEEDBACK_THANKS:
            continue
        if block.get("block_id") == ANSWER_ACTIONS:
            kept = [e for e in block.get("elements", []) if not str(e.get("action_id", "")).startswith("feedback_")]
            if kept:
                out.append({**block, "elements": kept})
            thanks = context(phrase("thanks_up" if value == "up" else "thanks_down", language))
            out.append({**thanks, "block_id": FEEDBACK_THANKS})
            continue
        out.append(block)
    return out


# --- the escalation loop ---------------------------------------------------------------------

_LANGUAGE_NAMES = {"sv": "svenska", "en": "engelska"}


def _origin_text(origin: dict) -> str:
    channel = str(origin.get("channel") or "")
    if origin.get("ephemeral"):
        return f"via kommandot i <#{channel}>" if channel else "via kommandot"
    if channel.startswith("D"):
        return "i ett direktmeddelande till mig"
    return f"i <#{channel}>" + (" (tråd)" if origin.get("thread_ts") else "") if channel else "okänt"


def card_status(esc: Escalation) -> str:
    if esc.status == RESOLVED:
        return f"✅ Löst av <@{esc.resolved_by}>" if esc.resolved_by else "✅ Löst"
    if esc.status == ANSWERED:
        return f"💬 Besvarad av <@{esc.reply_author}>; svaret går vidare till frågeställaren"
    return "⏳ Väntar på svar. Svara i tråden, så skickar jag svaret till frågeställaren."


def escalation_card(esc: Escalation) -> list[dict]:
    """The card in the coordinator channel: who asked what, where, what the bot tried, and why."""
    blocks = [
        header(f"Fråga till samordnaren (ärende {esc.id})"),
        section(f"*Från:* <@{esc.asker_id}> {_origin_text(esc.origin)} · *Språk:* {_LANGUAGE_NAMES.get(esc.language, esc.language)}"),
        section("*Fråga:*\n>" + for_slack(shorten(esc.question, 2800))),
    ]
    if esc.bot_answer.strip():
        blocks.append(section("*Botens försök:*\n>" + for_slack(shorten(esc.bot_answer, 2700))))
    notes = []
    if esc.sources:
        title = "Närmast i dokumenten" if only_retrieved(esc.sources) else "Källor"
        notes.append(f"*{title}:* " + "; ".join(source_line(s, s.get("number", i + 1))
                                                for i, s in enumerate(esc.sources[:10])))
    if esc.reason:
        notes.append("*Varför:* " + for_slack(shorten(esc.reason, 300)))
    if notes:
        blocks.append(context(shorten("\n".join(notes), 2900)))
    blocks.append(context(card_status(esc)))
    if esc.approved_by:
        blocks.append(context(f"📗 Sparat som godkänt svar av <@{esc.approved_by}>"))
    buttons = []
    if esc.status != RESOLVED:
        buttons.append(button("Markera löst / Mark resolved", CARD_RESOLVE, str(esc.id), style="primary"))
    if not esc.approved_by:
        buttons.append(button("Spara som godkänt svar / Save as approved answer", CARD_APPROVE, str(esc.id)))
    if buttons:
        blocks.append({"type": "actions", "block_id": "card_actions", "elements": buttons})
    return blocks


def card_text(esc: Escalation) -> str:
    return f"Fråga till samordnaren (ärende {esc.id}) från <@{esc.asker_id}>: {for_slack(shorten(esc.question, 200))}"


def relay_message(esc: Escalation, reply_text: str, author: str) -> tuple[str, list[dict]]:
    """The coordinator's reply, as posted where the asker asked. The reply is already Slack
    mrkdwn written by a person we trust with links and user mentions; only broadcasts are defused."""
    lead = phrase("relay", esc.language, asker=f"<@{esc.asker_id}>", coordinator=f"<@{author}>")
    reply = defuse(reply_text).strip()
    blocks = [section(lead)] + [section(piece) for piece in split_text(reply)][: MAX_BLOCKS - 2]
    blocks.append(context(phrase("relay_question", esc.language, question=for_slack(shorten(esc.question, 300)))))
    return shorten(f"{lead} {reply}", 3000), blocks


def approved_text(by: str, file: str, first_line: str) -> str:
    """The confirmation in the card's thread: who saved it, the file to edit or delete
    (knowledge/…), and the first line of what was saved."""
    return BILINGUAL["approved"].format(by=f"<@{by}>", file=f"`{for_slack(file)}`",
                                        quote=f">{for_slack(first_line)}")


# --- the review step before an approved answer is saved ------------------------------------

def _plain(text: str, limit: int = MAX_TITLE_CHARS) -> dict:
    return {"type": "plain_text", "text": text[:limit], "emoji": True}


def _text_input(block_id: str, label: str, value: str, *, multiline: bool) -> dict:
    element = {"type": "plain_text_input", "action_id": REVIEW_INPUT, "multiline": multiline,
               "max_length": MAX_INPUT_CHARS}
    if value:
        element["initial_value"] = value
    return {"type": "input", "block_id": block_id, "label": _plain(label, 2000), "element": element}


def answer_parts(answer: str) -> list[str]:
    """The answer in pieces that fit a text input (one piece unless it is over 3,000 characters),
    split at paragraph breaks where possible; joined again with a blank line on submit."""
    return split_text(answer, MAX_INPUT_CHARS) or [""]


def review_modal(review: Review, *, channel: str, thread_ts: str | None) -> dict:
    """The modal "Save as approved answer" opens: the question and the whole reply, editable,
    and the answer's language; saved with the modal's submit, cancelled with its close button.
    `channel`/`thread_ts` (the card) travel in private_metadata, for the confirmation."""
    words = BILINGUAL
    languages = {code: {"text": _plain(words[f"language_{code}"], 75), "value": code} for code in LANGUAGES}
    parts = answer_parts(review.answer)
    blocks = [context(for_slack(words["review_intro"])),
              _text_input(REVIEW_QUESTION, words["review_question_label"], review.question[:MAX_INPUT_CHARS],
                          multiline=True)]
    for i, part in enumerate(parts):
        label = words["review_answer_label"] if len(parts) == 1 else words["review_answer_part_label"].format(part=i + 1)
        blocks.append(_text_input(REVIEW_ANSWER if i == 0 else f"{REVIEW_ANSWER}_{i + 1}", label, part, multiline=True))
    blocks.append({"type": "input", "block_id": REVIEW_LANGUAGE, "label": _plain(words["review_language_label"], 2000),
                   "element": {"type": "static_select", "action_id": REVIEW_INPUT,
                               "options": list(languages.values()),
                               "initial_option": languages.get(review.language, languages[LANGUAGES[0]])}})
    metadata = {"escalation_id": review.escalation_id, "channel": channel, "thread_ts": thread_ts}
    return {"type": "modal", "callback_id": REVIEW_VIEW, "notify_on_close": True,
            "private_metadata": json.dumps(metadata), "title": _plain(words["review_title"]),
            "submit": _plain(words["review_save"]), "close": _plain(words["review_cancel"]),
            "blocks": blocks[:MAX_HOME_BLOCKS]}


def review_submission(view: dict) -> tuple[dict, str, str, str]:
    """(private_metadata, question, answer, language) of a submitted review modal."""
    values = (view.get("state") or {}).get("values") or {}

    def value(block_id: str) -> str:
        field = (values.get(block_id) or {}).get(REVIEW_INPUT) or {}
        chosen = field.get("selected_option") or {}
        return str(chosen.get("value") if chosen else field.get("value") or "")

    answer_ids = sorted((b for b in values if b == REVIEW_ANSWER or b.startswith(REVIEW_ANSWER + "_")),
                        key=lambda b: int(b.rsplit("_", 1)[1]) if b != REVIEW_ANSWER else 1)
    answer = "\n\n".join(v for v in (value(b).strip() for b in answer_ids) if v)
    try:
        metadata = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        metadata = {}
    return metadata, value(REVIEW_QUESTION), answer, value(REVIEW_LANGUAGE)


def review_errors(problems: dict[str, str]) -> dict[str, str]:
    """A review's problems (coordinator.submitted_review) as Slack's {block_id: message}."""
    blocks = {"question": REVIEW_QUESTION, "answer": REVIEW_ANSWER, "language": REVIEW_LANGUAGE}
    return {blocks[field]: BILINGUAL[key] for field, key in problems.items()}


# --- approved answers to review --------------------------------------------------------------

def approved_list_blocks(items: list[StaleApproved], note: str = "", shown: int = 20) -> list[dict]:
    """`/omvarld godkända`: each approved answer past its review date or relying on a changed
    document, with Re-confirm and Withdraw (which asks first). `note` (mrkdwn) heads the list."""
    words = BILINGUAL
    blocks = [section(note)] if note else []
    blocks.append(section(f"*{words['approved_list_title'].format(count=len(items))}*"))
    if not items:
        blocks.append(context(words["approved_list_empty"]))
    for item in items[:shown]:
        when = words["approved_approved_on"].format(date=item.approved_on.isoformat()) if item.approved_on else ""
        lines = [f"*{for_slack(shorten(item.question or item.source, 300))}*",
                 f"`{for_slack(item.source)}`" + (f" · {when}" if when else ""),
                 for_slack(stale_reasons(item))]
        blocks.append(section("\n".join(lines)))
        withdraw = button(words["approved_withdraw"], APPROVED_WITHDRAW, item.source, style="danger")
        withdraw["confirm"] = {"title": _plain(words["approved_withdraw"], 100),
                               "text": _plain(words["approved_withdraw_confirm"], 300),
                               "confirm": _plain(words["approved_withdraw"], 30),
                               "deny": _plain(words["review_cancel"], 30), "style": "danger"}
        blocks.append({"type": "actions", "elements": [
            button(words["approved_reconfirm"], APPROVED_RECONFIRM, item.source, style="primary"), withdraw]})
    if len(items) > shown:
        blocks.append(context(words["approved_list_more"].format(count=len(items) - shown)))
    return blocks[:MAX_BLOCKS]


def reminder_text(text: str, coordinators: Iterable[str] = ()) -> str:
    """A reminder under a card, addressed to the listed coordinators (a mention notifies them;
    a reply in a thread nobody follows would not)."""
    mentions = " ".join(f"<@{u}>" for u in sorted(coordinators))
    return f"{mentions} {for_slack(text)}" if mentions else for_slack(text)


def own_questions_text(status: str) -> str:
    """An asker's own escalations (bot.reminders.status_text) as mrkdwn under a heading."""
    return f"*{BILINGUAL['own_questions']}*\n{for_slack(status)}"


# --- App Home, status and reindex reports ----------------------------------------------------

def _date(value) -> str:
    """An ingest time (epoch seconds, datetime or ISO string) as a date in Swedish time."""
    try:
        if isinstance(value, (int, float)):
            when = datetime.fromtimestamp(value, timezone.utc)
        elif isinstance(value, datetime):
            when = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
        elif value:
            when = datetime.fromisoformat(str(value))
        else:
            return "–"
    except (ValueError, OverflowError, OSError):
        return "–"
    try:
        from zoneinfo import ZoneInfo

        when = when.astimezone(ZoneInfo("Europe/Stockholm"))
    except Exception:  # no tz database on this machine: UTC will do for a date
        pass
    return when.strftime("%Y-%m-%d %H:%M")


def last_ingest_of(documents: Iterable[dict]) -> str:
    times = []
    for d in documents:
        value = d.get("ingested_at")
        if isinstance(value, (int, float)):
            times.append(value)
        elif isinstance(value, datetime):
            times.append(value.timestamp())
    return _date(max(times)) if times else "–"


def home_view(documents: list[dict], *, command: str, coordinator_channel_ref: str,
              coordinator_contact: str = "", last_ingest: str = "", own_questions: str | None = None) -> dict:
    """App Home: what the bot is for, how to ask, who the coordinator is, the viewer's own open
    questions to the coordinator (`own_questions`, bot.reminders.status_text), and what it knows."""
    blocks = [
        header("Omvärld"),
        section("Jag svarar på frågor om Alingsås kommuns internationella arbete utifrån kommunens egna "
                "dokument – alltid med källor.\n_I answer questions about Alingsås municipality's "
                "international work from the municipality's own documents, always with sources._"),
        {"type": "divider"},
        section("*Så frågar du / How to ask*\n"
                "• Nämn mig i en kanal, så svarar jag i tråden. / Mention me in a channel; I answer in the thread.\n"
                "• Skriv till mig under fliken *Meddelanden*. / Write to me in the *Messages* tab.\n"
                f"• `{for_slack(command)} din fråga` – svaret syns bara för dig och kan delas. / "
                "only you see the answer, and you can share it."),
    ]
    who = "*Samordnaren / The coordinator*\nHittar jag inte svaret kan du trycka på *Fråga samordnaren*"
    who += f"; frågan går till {coordinator_channel_ref}." if coordinator_channel_ref else "."
    who += " / If I can't find the answer, press *Ask the coordinator*."
    if coordinator_contact:
        who += "\n" + for_slack(coordinator_contact)
    blocks.append(section(who))
    if own_questions is not None:
        blocks += [section(piece) for piece in split_text(own_questions_text(own_questions))][:5]
    blocks.append({"type": "divider"})
    documents = [d for d in documents if d.get("chunks", 1)]  # a page never fetched is not knowledge
    last = last_ingest or last_ingest_of(documents)
    blocks.append(section(f"*Det här kan jag / What I know* – {len(documents)} dokument, "
                          f"senast indexerat / last indexed {for_slack(last)}"))
    lines = [f"• {for_slack(str(d.get('title') or d.get('source') or '?'))} – {_date(d.get('ingested_at'))}"
             for d in sorted(documents, key=lambda d: str(d.get("title") or d.get("source") or "").lower())]
    pieces = split_text("\n".join(lines)) if lines else [section_text_empty()]
    room = MAX_HOME_BLOCKS - len(blocks) - 1
    blocks += [section(p) for p in pieces[:room]]
    if len(pieces) > room:
        blocks.append(context("… fler dokument än som får plats här. / … more documents than fit here."))
    return {"type": "home", "blocks": blocks}


def section_text_empty() -> str:
    return "_Inga dokument är indexerade ännu. / No documents are indexed yet._"


_STATUS_SV = {"pending": "väntar på kortet", "sent": "väntar på svar", "answered": "besvarad", "resolved": "löst"}


def status_blocks(open_escalations: list[Escalation], last_ingest: str, shown: int = 20,
                  failed_pages: list[str] | None = None) -> list[dict]:
    blocks = [section(f"*Öppna ärenden / Open escalations: {len(open_escalations)}*")]
    lines = [f"• {e.id} · {_STATUS_SV.get(e.status, e.status)} · <@{e.asker_id}> · "
             f"{_date(e.created_at)} · “{for_slack(shorten(e.question, 80))}”" for e in open_escalations[:shown]]
    if len(open_escalations) > shown:
        lines.append(f"… och {len(open_escalations) - shown} till / and {len(open_escalations) - shown} more")
    blocks += [section(p) for p in split_text("\n".join(lines))] if lines else []
    blocks.append(context(f"Senast indexerat / Last ingest: {for_slack(last_ingest or '–')}"))
    if failed_pages:
        lines = "\n".join(f"• {for_slack(shorten(p, 300))}" for p in failed_pages[:shown])
        blocks += [section(p) for p in split_text(
            "*Webbsidor som inte kunde hämtas (den förra versionen används) / Pages that failed (the previous "
            f"version is used):*\n{lines}")]
    return blocks[:MAX_BLOCKS]


def reindex_text(summary: dict) -> str:
    failed = summary.get("failed", 0)
    failed_names = [str(f.get("path") or f.get("source") or f) if isinstance(f, dict) else str(f)
                    for f in failed] if isinstance(failed, list) else []
    n_failed = len(failed) if isinstance(failed, list) else int(failed or 0)
    text = (f"Indexering klar / Re-index done: {summary.get('added', 0)} nya/added, "
            f"{summary.get('updated', 0)} ändrade/updated, {summary.get('unchanged', 0)} oförändrade/unchanged, "
            f"{summary.get('removed', 0)} borttagna/removed, {n_failed} misslyckade/failed; "
            f"{summary.get('chunks', 0)} stycken/chunks på/in {float(summary.get('seconds', 0) or 0):.1f} s.")
    if failed_names:
        text += "\nMisslyckades / Failed: " + ", ".join(for_slack(n) for n in failed_names[:10])
    return text


def bilingual(key: str) -> str:
    return BILINGUAL[key]
