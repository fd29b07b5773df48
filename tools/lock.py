"""`make lock`: re-pin the dependency tree after changing pyproject.toml, into two files.

- requirements.lock: what the bot runs on (the image installs only this);
- requirements-test.lock: what the tests need besides (`make test` installs both).

Each is resolved by pip in a fresh virtual environment: the project's dependencies for the
first, the `test` extra constrained to the first's versions for the second. Versions already
locked are kept where pyproject.toml allows (`--upgrade`: resolve everything afresh). Installs
use `pip install --no-deps`, so the two files are exactly what gets installed.

NOT_RUNTIME lists packages that a dependency declares but the bot never imports; they are left
out of the runtime lock (the image runs without them, and the test suite too, except those that a
test tool needs itself: the test lock then pins them, as rich and pygments for import-linter and pytest).

    python tools/lock.py [--python python3.11] [--upgrade]
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNTIME_LOCK = REPO / "requirements.lock"
TEST_LOCK = REPO / "requirements-test.lock"

NOT_RUNTIME = {
    # chromadb's client for Chroma's distributed (Kubernetes) deployment, and what only it needs
    "kubernetes": "Chroma's distributed mode", "durationpy": "kubernetes", "oauthlib": "kubernetes",
    "requests-oauthlib": "kubernetes", "websocket-client": "kubernetes", "aiohttp-retry": "kubernetes",
    # uvicorn[standard], which chromadb still declares; its server (`chroma run`) is in Rust now
    "uvicorn": "Chroma's former Python server", "uvloop": "uvicorn", "httptools": "uvicorn",
    "watchfiles": "uvicorn",
    # the Hugging Face hub client (tokenizers' `from_pretrained`): the bot never downloads a model
    "huggingface-hub": "model downloads", "hf-xet": "huggingface-hub", "fsspec": "huggingface-hub",
    "filelock": "huggingface-hub",
    # optional zstd support (httpx, urllib3, aiohttp) and LangSmith's trace compression: no traces are sent
    "zstandard": "optional zstd compression",
    # pdfplumber's renderer of page images, which the PDF loader never draws
    "pypdfium2": "pdfplumber's page images",
    # chromadb's former Python CLI (`chroma` is chromadb_rust_bindings.cli now) and its packaging tools
    "typer": "Chroma's former CLI", "shellingham": "typer", "annotated-doc": "typer",
    "build": "Chroma's packaging", "pyproject-hooks": "build",
    # httpx's command-line client (httpx imports it only when these are installed) and typer's output;
    # bm25s, pydantic and tqdm import rich only in functions the bot never calls
    "rich": "httpx's command-line client", "pygments": "rich", "markdown-it-py": "rich", "mdurl": "rich",
    # chromadb's own default embedding function (ONNX MiniLM): the bot embeds every text itself
    "tokenizers": "Chroma's default embedding function",
    # chromadb's former Python storage (the Rust bindings store now) and its distributed mode's hashing
    "pypika": "Chroma's former Python storage", "mmh3": "Chroma's distributed mode",
    # onnxruntime's model conversion and quantisation tools; the runtime itself does not import it
    "flatbuffers": "onnxruntime's tools",
    # htmldate's extensive date search, which trafilatura runs only for metadata (the HTML loader asks
    # for none, in fast mode); tiktoken and babel fall back to re and zoneinfo without regex and pytz
    "dateparser": "htmldate's extensive date search", "regex": "dateparser", "pytz": "dateparser",
    "tzlocal": "dateparser",
}


def name_of(line: str) -> str:
    """The normalised project name of a `name==version` line (PEP 503)."""
    return re.sub(r"[-_.]+", "-", line.split("==", 1)[0].strip()).lower()


def pins(path: Path) -> dict[str, str]:
    """name -> `name==version` line of a lock file (none when it does not exist)."""
    if not path.exists():
        return {}
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return {name_of(line): line for line in lines if "==" in line and not line.startswith("#")}


def freeze(python: str, install: list[str], constraints: list[str]) -> list[str]:
    """`pip freeze` of a fresh virtual environment after `pip install -c CONSTRAINTS *install`;
    resolved again without the constraints when they conflict with what is asked for."""
    with tempfile.TemporaryDirectory(prefix="omvarld-lock-") as tmp:
        subprocess.run([python, "-m", "venv", f"{tmp}/venv"], check=True)
        pip = [f"{tmp}/venv/bin/python", "-m", "pip", "--disable-pip-version-check"]
        Path(f"{tmp}/constraints.txt").write_text("\n".join(constraints) + "\n", encoding="utf-8")
        done = subprocess.run([*pip, "install", "--quiet", "-c", f"{tmp}/constraints.txt", *install], cwd=REPO)
        if done.returncode != 0:
            print("lock: the locked versions conflict with pyproject.toml; resolving afresh", file=sys.stderr)
            subprocess.run([*pip, "install", "--quiet", *install], check=True, cwd=REPO)
        out = subprocess.run([*pip, "freeze", "--exclude-editable"], check=True, capture_output=True, text=True).stdout
    return sorted((line for line in out.splitlines() if "==" in line and not line.startswith("-e")), key=name_of)


def write(path: Path, header: str, lines: list[str]) -> None:
    path.write_text(f"# {header}\n# Generated by `make lock` (tools/lock.py); installed with pip --no-deps.\n"
                    + "\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--python", default=sys.executable, help="the Python to make the environments with")
    p.add_argument("--upgrade", action="store_true", help="resolve every version afresh")
    args = p.parse_args(argv)
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    test_extra = project["optional-dependencies"]["test"]
    direct = {name_of(re.split(r"[=<>!~\[;]", d, maxsplit=1)[0]) for d in project["dependencies"] + test_extra}
    locked = {} if args.upgrade else {**pins(TEST_LOCK), **pins(RUNTIME_LOCK)}
    kept = {name: line for name, line in locked.items() if name not in direct}  # pyproject.toml pins those

    runtime = [line for line in freeze(args.python, ["-e", "."], list(kept.values()))
               if name_of(line) not in NOT_RUNTIME]
    write(RUNTIME_LOCK, "What the bot runs on (the Docker image installs only this).", runtime)
    in_runtime = {name_of(line): line for line in runtime}
    constraints = [*in_runtime.values(), *(line for name, line in kept.items() if name not in in_runtime)]
    test = [line for line in freeze(args.python, test_extra, constraints) if name_of(line) not in in_runtime]
    write(TEST_LOCK, "What the tests need besides requirements.lock (`make test` installs both).", test)
    print(f"requirements.lock: {len(runtime)} packages; requirements-test.lock: {len(test)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
