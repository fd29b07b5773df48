"""The answer engine: a `Question` in, an `Answer` out (`engine.Engine`), knowing no chat platform.

retrieval (hybrid search) → evidence and features → decision → quote (or grounded, with a language
model behind the one-method seam in `llm`). `models` is the vocabulary the adapters share.
It may import `ingest` (the knowledge store) and `bot.sanitize`; never the coordinator, the store
of escalations, an adapter or the app (import-linter checks this in `make test`).
"""
