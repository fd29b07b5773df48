"""Build the Teams app package (the zip to upload in Teams) from the teams/ folder.

    python -m bot.teams.package            # TEAMS_APP_ID from the environment or .env (bot/teams/package.py)
    python -m bot.teams.package --app-id 11111111-2222-3333-4444-555555555555 --out omvarld.zip

The zip holds manifest.json, with every ${{TEAMS_APP_ID}} replaced by the Azure Bot's app id,
and the two icons, at its top level as Teams requires.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[3] / "teams"
PLACEHOLDER = "${{TEAMS_APP_ID}}"
_GUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


class PackageError(ValueError):
    """The package cannot be built; the message says why."""


def manifest_for(app_id: str, source: Path = SOURCE) -> dict:
    if not _GUID.match(app_id or ""):
        raise PackageError(f"TEAMS_APP_ID must be the Azure Bot's Microsoft App ID (a GUID), not {app_id!r}.")
    text = (source / "manifest.json").read_text(encoding="utf-8").replace(PLACEHOLDER, app_id)
    if "${{" in text:
        raise PackageError("manifest.json has a placeholder other than ${{TEAMS_APP_ID}}.")
    return json.loads(text)


def build_package(app_id: str, out: Path, source: Path = SOURCE) -> Path:
    manifest = manifest_for(app_id, source)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        for icon in (manifest["icons"]["color"], manifest["icons"]["outline"]):
            z.write(source / icon, icon)
    return out


def main(argv: list[str] | None = None, app_id: str = "") -> int:
    """`python -m bot.teams.package`; `app_id` is the default for --app-id (TEAMS_APP_ID)."""
    p = argparse.ArgumentParser(prog="python -m bot.teams.package", description=__doc__.split("\n")[0])
    p.add_argument("--app-id", help="the Azure Bot's Microsoft App ID (default: TEAMS_APP_ID)")
    p.add_argument("--out", type=Path, default=SOURCE / "build" / "omvarld-teams.zip")
    args = p.parse_args(argv)
    try:
        path = build_package((args.app_id if args.app_id is not None else app_id).strip(), args.out)
    except PackageError as e:
        print(f"omvärld: error: {e}", file=sys.stderr)
        return 2
    print(f"Teams app package: {path}")
    return 0
