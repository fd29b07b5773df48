"""`python -m bot.teams.package` (README) lives on here; the Teams adapter is bot.adapters.teams."""
