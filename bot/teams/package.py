"""`python -m bot.teams.package`: builds the Teams app package (bot.adapters.teams.package) with
TEAMS_APP_ID from the settings (the environment, then .env) unless --app-id says otherwise."""
import sys

from bot.adapters.teams.package import main
from bot.app.settings import Settings, SettingsError

if __name__ == "__main__":
    try:
        app_id = Settings.from_env().teams_app_id
    except SettingsError as e:
        print(f"omvärld: error: {e}", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(app_id=app_id))
