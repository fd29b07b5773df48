"""The terminal adapter: `python -m bot chat`, for trying the bot without Slack or Teams."""
