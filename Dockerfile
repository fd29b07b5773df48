# syntax=docker/dockerfile:1
# Omvärld: one image for the bot, its migrations and ingestion.
#   docker build -t omvarld .
#   docker run --env-file .env -p 3000:3000 -v "$PWD/knowledge:/app/knowledge" -v omvarld-data:/app/.data omvarld
# The container ingests knowledge/ at start (unchanged files are skipped; INGEST_ON_START=false
# skips it) and then runs `python -m bot serve`: every configured adapter, GET /healthz on PORT.
# Ingest alone: `docker run … omvarld python -m ingest`. Several replicas: docker-compose.yml.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
# The same two install steps as the Makefile (tests/deploy/test_docker.py checks it): the pinned
# tree, then the project itself without dependencies, editable, so it runs from /app as in the repo.
COPY requirements.lock pyproject.toml README.md ./
RUN python -m venv /opt/venv \
    && /opt/venv/bin/python -m pip install --quiet -r requirements.lock
COPY bot ./bot
COPY ingest ./ingest
RUN /opt/venv/bin/python -m pip install --quiet --no-deps -e .

FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    KNOWLEDGE_DIR=/app/knowledge \
    CHROMA_PATH=/app/.data/chroma \
    ESCALATION_DB=/app/.data/escalations.sqlite3 \
    PROMPTS_DIR=/app/prompts \
    PORT=3000 \
    TEAMS_PORT=3978
WORKDIR /app
RUN useradd --create-home --uid 10001 --user-group omvarld && mkdir -p /app/.data && chown 10001:10001 /app/.data
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
COPY prompts ./prompts
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
