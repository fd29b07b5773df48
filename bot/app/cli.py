"""`python -m bot …`: ask, chat, eval, escalations, slack, teams, serve, run.

Settings are read here, once (.env, then the environment), and passed down.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from bot.engine import evaluate
from bot.engine.models import Question
from ingest.config import ConfigError
from ingest.store import StoreError

from .settings import Settings

log = logging.getLogger("bot")


def _corpus(part: str) -> Path:
    return Path(__file__).resolve().parents[2] / "tests" / "eval" / "corpus" / part


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bot", description="Omvärld: answers from the municipality's documents.")
    sub = p.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print one JSON object as the last line")
    sub.add_parser("chat", help="a terminal chat, for trying the bot without Slack or Teams")
    ev = sub.add_parser("eval", help="measure retrieval and answer quality on a JSONL question set")
    ev.add_argument("file", type=Path)
    ev.add_argument("--output", type=Path, help="write one JSON line per question here")
    ev.add_argument("--forbid", type=Path, help="a file of phrases (one a line) no answer may quote, e.g. web-page chrome")
    ev.add_argument("--by", action="store_true", help="also print the figures by question type, tag, language pair and format")
    fit = sub.add_parser("fit", help="fit the engine's models on the tune part of the evaluation corpus; print tune and sealed figures")
    fit.add_argument("--tune", default=",".join(str(_corpus(p)) for p in ("tune", "tune-c", "tune-d", "tune-e", "tune-f", "tune-g", "tune-h", "tune-i", "tune-j", "tune-l", "tune-m", "tune-n", "tune-o", "tune-b")),
                     help="the tune parts, comma-separated (default: tests/eval/corpus/tune, tune-c, tune-d, tune-e, tune-f, tune-g, tune-h, tune-i, tune-j, tune-l, tune-m, tune-n, tune-o and tune-b)")
    fit.add_argument("--sealed", default=",".join(str(_corpus(p)) for p in ("sealed", "sealed-b", "sealed-c")),
                     help="the sealed parts, comma-separated, only reported (default: tests/eval/corpus/sealed, sealed-b and sealed-c)")
    fit.add_argument("--output", help="where to write the parameters (default: bot/engine/params/<embedding model>.json)")
    fit.add_argument("--work", default=".data/eval", help="knowledge bases and per-question results (default: .data/eval)")
    fit.add_argument("--no-sealed", action="store_true", help="do not run the sealed part")
    fit.add_argument("--only", choices=["match"],
                     help="refit only this model (match: the approved-answer match model, from "
                          "tests/eval/rewordings/pairs.jsonl), keeping the rest of the parameters file")
    esc = sub.add_parser("escalations", help="list escalations in the local store")
    esc.add_argument("--status", choices=["pending", "sent", "answered", "resolved"])
    esc.add_argument("--json", action="store_true")
    sl = sub.add_parser("slack", help="run the Slack app (Socket Mode, or --http)")
    sl.add_argument("--http", action="store_true", help="HTTP mode: POST /slack/events")
    sl.add_argument("--port", type=int, help="HTTP mode and /healthz (default: PORT or 3000)")
    tm = sub.add_parser("teams", help="run the Teams app (POST /api/messages)")
    tm.add_argument("--port", type=int, help="POST /api/messages and /healthz (default: TEAMS_PORT or 3978)")
    sv = sub.add_parser("serve", help="every configured adapter (Slack, Teams) in one process, with GET /healthz")
    sv.add_argument("--port", type=int, help="Slack HTTP mode and /healthz (default: PORT or 3000)")
    sv.add_argument("--teams-port", type=int, help="Teams (default: TEAMS_PORT or 3978)")
    sub.add_parser("migrate", help="bring the escalation store's schema to the newest revision")
    sub.add_parser("run", help="what `make run` starts: `serve` when Slack or Teams is configured, else the terminal chat")
    sub.add_parser("health", help="exit 0 when the knowledge base and the escalation store can be read")
    rep = sub.add_parser("report", help="the coordinator's report: questions, outcomes, answer times, gaps")
    rep.add_argument("--since", type=_iso_date, help="first day, YYYY-MM-DD (default: 27 days before --until)")
    rep.add_argument("--until", type=_iso_date, help="last day, YYYY-MM-DD (default: today)")
    rep.add_argument("--format", choices=["html", "md"], default="html")
    rep.add_argument("--output", type=Path, help="write the report here (default: standard output)")
    fg = sub.add_parser("forget", help="delete one person's questions, votes and escalations now (GDPR)")
    fg.add_argument("user_id", help="their Slack or Teams user id, as stored (e.g. U0123ABCD)")
    ret = sub.add_parser("retention", help="anonymise what is older than RETENTION_DAYS (default 90) now")
    ret.add_argument("--days", type=int, help="instead of RETENTION_DAYS")
    return p.parse_args(argv)


def _iso_date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_ask(settings: Settings, args) -> int:
    from .wiring import build_engine

    engine = build_engine(settings)
    started = time.perf_counter()
    answer = engine.answer(Question(args.question))
    ms = (time.perf_counter() - started) * 1000
    if args.json:
        print(json.dumps(evaluate.answer_json(answer, ms), ensure_ascii=False))
    else:
        from bot.adapters.terminal.chat import print_sources

        print(answer.text)
        print_sources(answer)
    return 0


def cmd_eval(settings: Settings, args) -> int:
    from .wiring import build_engine

    rows = evaluate.read_rows(args.file)
    forbidden = [ln.strip() for ln in args.forbid.read_text(encoding="utf-8").splitlines() if ln.strip()] \
        if args.forbid else []
    engine = build_engine(settings)
    engine.warm_up()
    results, scores = evaluate.run(engine, rows, forbidden)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        with open(args.output, "w", encoding="utf-8") as fh:
            for r in results:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in results:
        if not r["correct"] or (r["expect"] == "answer" and not r.get("hit")):
            print(f"  miss {r['id']}: {r['outcome']} ({r['reason']}) — {r['question']}", file=sys.stderr)
    print(evaluate.format_scores(scores))
    if args.by:
        print(evaluate.breakdown(results))
    return 0


def cmd_fit(settings: Settings, args) -> int:
    from bot.engine import fit

    return fit.main(settings, args)


def cmd_chat(settings: Settings, args) -> int:
    from bot.adapters.terminal.chat import chat

    from .wiring import build_engine, open_store

    engine = build_engine(settings)
    engine.warm_up()
    return chat(engine, open_store(settings), asker=settings.user or "terminal",
                offer_always=settings.chat_offer_always)


def cmd_escalations(settings: Settings, args) -> int:
    from .wiring import open_store

    store = open_store(settings)
    rows = store.list_escalations(status=args.status)
    if args.json:
        print(json.dumps([_escalation_json(e) for e in rows], ensure_ascii=False, default=str))
        return 0
    if not rows:
        print("no escalations")
    for e in rows:
        print(f"{e.id}  {e.status:<9} {e.created_at:%Y-%m-%d %H:%M}  {e.platform}:{e.asker_id}  {e.question}")
    return 0


def _escalation_json(e) -> dict:
    return {k: getattr(e, k) for k in ("id", "status", "created_at", "platform", "asker_id", "question",
                                        "language", "reason") if hasattr(e, k)}


def cmd_slack(settings: Settings, args) -> int:
    """`serve` with Slack alone: Socket Mode, or with --http POST /slack/events on --port."""
    return _serve(settings, only="slack", slack_http=args.http, port=args.port)


def cmd_teams(settings: Settings, args) -> int:
    """`serve` with Teams alone, on --port (also /healthz there)."""
    port = args.port if args.port is not None else settings.teams_port
    return _serve(settings, only="teams", port=port, teams_port=port)


def cmd_serve(settings: Settings, args) -> int:
    return _serve(settings, port=getattr(args, "port", None), teams_port=getattr(args, "teams_port", None))


def _serve(settings: Settings, *, only: str | None = None, slack_http: bool | None = None, port: int | None = None,
           teams_port: int | None = None) -> int:
    """The one server and lifecycle (bot.app.serve) for every adapter asked for. Exit 2 on bad settings."""
    from .serve import Parts, ServeConfigError, ServeSettings, serve
    from .wiring import approvals, housekeeper, knowledge_summary, open_store, reindexer, report_maker, serving_engine

    try:
        config = ServeSettings.from_settings(settings, only=only, slack_http=slack_http, port=port,
                                             teams_port=teams_port)
    except ServeConfigError as e:
        for line in str(e).splitlines():
            print(f"omvärld {only or 'serve'}: {line}", file=sys.stderr)
        return 2

    def parts(store, platforms) -> Parts:
        reindex = reindexer(settings)
        options = dict(reindex=reindex, knowledge_summary=knowledge_summary(settings),
                       approvals=approvals(settings, reindex), make_report=report_maker(settings, store))
        return Parts(slack_options=options, teams_options=options,
                     workers=[housekeeper(settings, store, platforms=tuple(platforms)).start])

    return serve(config, engine_factory=lambda: serving_engine(settings), store_factory=lambda: open_store(settings),
                 parts=parts, knowledge_count=_knowledge_count,
                 database_wait=settings.database_wait_seconds)


def _knowledge_count(engine) -> int:
    """The chunks in the serving engine's knowledge base (for /healthz)."""
    return engine.retriever.store.count()


def cmd_migrate(settings: Settings, args) -> int:
    from bot.store import Store
    from bot.store.migrations import upgrade

    store = Store.from_url(settings.store_url)
    try:
        before, after = upgrade(store.engine)
    finally:
        store.close()
    where = store.engine.url.render_as_string(hide_password=True)
    print(f"{where}: " + (f"at {after} (newest), nothing to do" if before == after
                          else f"upgraded from {before or 'an empty database'} to {after}"))
    return 0


def cmd_run(settings: Settings, args) -> int:
    if settings.platforms:
        args.port = args.teams_port = None
        return cmd_serve(settings, args)
    return cmd_chat(settings, args)


def cmd_health(settings: Settings, args) -> int:
    from ingest.store import KnowledgeStore

    from .wiring import open_store, shared_embedder

    problems = []
    try:
        knowledge = KnowledgeStore(settings.store, shared_embedder(settings.store).model_id).open(create=False)
        if knowledge.count() == 0:
            problems.append("knowledge base: no chunks (run python -m ingest)")
    except Exception as e:  # report, do not crash: this is a health probe
        problems.append(f"knowledge base: {e.__class__.__name__}: {e}")
    try:
        open_store(settings).list_escalations(status="pending")
    except Exception as e:
        problems.append(f"escalation store: {e.__class__.__name__}")
    for p in problems:
        print(p, file=sys.stderr)
    print("ok" if not problems else "unhealthy")
    return 0 if not problems else 1


def cmd_report(settings: Settings, args) -> int:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.coordinator.report import build_report, period, render, topic_grouping
    from bot.coordinator.workhours import DEFAULT_TZ
    from ingest.embeddings import make_embeddings

    from .wiring import open_store

    since, until = period(args.since, args.until, datetime.now(ZoneInfo(DEFAULT_TZ)).date())
    if since > until:
        print(f"omvärld: error: --since {since} is after --until {until}", file=sys.stderr)
        return 2
    grouping = topic_grouping(make_embeddings(settings.store), settings.prompts_dir)
    text = render(build_report(open_store(settings), since, until, **grouping), args.format)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        print(text)
    return 0


def cmd_forget(settings: Settings, args) -> int:
    from bot.coordinator.privacy import describe, forget

    from .wiring import open_store

    counts = forget(open_store(settings), args.user_id)
    print(f"{args.user_id}: {describe(counts)}")
    return 0


def cmd_retention(settings: Settings, args) -> int:
    from bot.coordinator.privacy import describe, purge_expired
    from bot.store import utc_now

    from .wiring import open_store

    days = args.days if args.days is not None else settings.retention_days
    if days < 1:
        print("omvärld: error: --days must be at least 1", file=sys.stderr)
        return 2
    counts = purge_expired(open_store(settings), utc_now(), days)
    print(f"older than {days} days: {describe(counts, anonymised=True)}")
    return 0


COMMANDS = {"ask": cmd_ask, "chat": cmd_chat, "eval": cmd_eval, "fit": cmd_fit, "escalations": cmd_escalations,
            "slack": cmd_slack, "teams": cmd_teams, "serve": cmd_serve, "migrate": cmd_migrate, "run": cmd_run,
            "health": cmd_health, "report": cmd_report, "forget": cmd_forget, "retention": cmd_retention}


def main(argv: list[str] | None = None) -> int:
    from . import logs

    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        settings = Settings.from_env()  # the environment, then .env: read here, once
    except ConfigError as e:
        logs.configure("WARNING")
        print(f"omvärld: error: {e}", file=sys.stderr)
        return 2
    logs.configure(settings.log_level)
    try:
        return COMMANDS[args.command](settings, args)
    except (ConfigError, StoreError, evaluate.EvalFormatError, FileNotFoundError) as e:
        print(f"omvärld: error: {e}", file=sys.stderr)
        return 2
    except SQLAlchemyError as e:  # the database is read-only, full, locked or away
        log.debug("the escalation store failed", exc_info=True)
        print(f"omvärld: error: the escalation store ({_where(settings)}) could not be used: {_reason(e)}. "
              "LOG_LEVEL=DEBUG shows details.", file=sys.stderr)
        return 1
    except OSError as e:  # a folder or lock file that cannot be made (read-only or full disk)
        log.debug("a file could not be written", exc_info=True)
        print(f"omvärld: error: {e.strerror or type(e).__name__}: {e.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


def _where(settings) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(settings.store_url).render_as_string(hide_password=True)
    except Exception:
        return "DATABASE_URL"


def _reason(error: Exception) -> str:
    """The database's own first line ("attempt to write a readonly database"), without statement or values."""
    orig = getattr(error, "orig", None) or error
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0][:200]
