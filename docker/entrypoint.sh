#!/bin/sh
# Bring the knowledge base in step with the mounted knowledge folder, then run the command.
# A document that fails to load is reported and skipped (exit 1 from ingest); the bot still starts.
set -e
python -m ingest || [ $? -eq 1 ]
exec "$@"
