# syntax=docker/dockerfile:1
# Omvärld: one image for the bot and for ingestion.
#   docker build -t omvarld .
#   docker run --env-file .env -v "$PWD/knowledge:/app/knowledge" -v omvarld-data:/app/.data omvarld
# The container ingests knowledge/ at start (unchanged files are skipped) and then runs
# `python -m bot run` (Slack/Teams when configured). Ingest alone: `docker run … omvarld python -m ingest`.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
# The same two install steps as the Makefile: the pinned tree, then the project without dependencies.
COPY requirements.lock pyproject.toml README.md ./
RUN python -m venv /opt/venv \
    && /opt/venv/bin/python -m pip install --quiet -r requirements.lock
COPY bot ./bot
COPY ingest ./ingest
RUN /opt/venv/bin/python -m pip install --quiet --no-deps .

FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    KNOWLEDGE_DIR=/app/knowledge \
    CHROMA_PATH=/app/.data/chroma \
    ESCALATION_DB=/app/.data/escalations.sqlite3 \
    PROMPTS_DIR=/app/prompts
WORKDIR /app
RUN useradd --create-home --uid 10001 omvarld && mkdir -p /app/.data && chown omvarld /app/.data
COPY --from=build /opt/venv /opt/venv
COPY prompts ./prompts
COPY knowledge ./knowledge
COPY docker/entrypoint.sh /usr/local/bin/omvarld-entrypoint
USER omvarld
VOLUME ["/app/.data"]
EXPOSE 3000 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-m", "bot", "health"]
ENTRYPOINT ["omvarld-entrypoint"]
CMD ["python", "-m", "bot", "run"]
