#!/bin/sh
# Bring the knowledge base in step with the mounted knowledge folder, then run the command.
# A document that fails to load is reported and skipped (exit 1 from ingest); the bot still starts.
# Skipped when INGEST_ON_START=false, and when the command is itself `python -m ingest …`
# (`docker compose run bot python -m ingest`) or `python -m bot migrate`.
set -e
case "$*" in
    "python -m ingest"*|"python -m bot migrate"*) ;;
    *)
        case "${INGEST_ON_START:-true}" in
            false|0|no|off|False|FALSE|No|NO|Off|OFF) echo "omvarld-entrypoint: INGEST_ON_START=false, not ingesting" >&2 ;;
            *) python -m ingest || { code=$?; [ "$code" -eq 1 ] || exit "$code"; } ;;
        esac
        ;;
esac
exec "$@"
