"""`python -m bot.teams.package`: builds the Teams app package (bot.adapters.teams.package)."""
import sys

from bot.adapters.teams.package import main

if __name__ == "__main__":
    sys.exit(main())
