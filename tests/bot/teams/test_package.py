"""The Teams app package: the manifest with the bot's id filled in, and icons Teams accepts."""
from __future__ import annotations

import io
import json
import zipfile

import pytest
from PIL import Image

from bot.adapters.teams.package import SOURCE, PackageError, build_package, main

APP_ID = "11111111-2222-3333-4444-555555555555"


def test_package_has_the_manifest_with_the_app_id_and_both_icons(tmp_path):
    path = build_package(APP_ID, tmp_path / "omvarld.zip")
    with zipfile.ZipFile(path) as z:
        assert sorted(z.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(z.read("manifest.json"))
        color = Image.open(io.BytesIO(z.read("color.png")))
        outline = Image.open(io.BytesIO(z.read("outline.png")))
    assert manifest["id"] == APP_ID and manifest["bots"][0]["botId"] == APP_ID
    assert manifest["webApplicationInfo"]["id"] == APP_ID
    assert "${{" not in json.dumps(manifest)
    assert set(manifest["bots"][0]["scopes"]) == {"personal", "team", "groupChat"}
    assert {"name": "ChannelMessage.Read.Group", "type": "Application"} in \
        manifest["authorization"]["permissions"]["resourceSpecific"]
    assert color.size == (192, 192)
    assert outline.size == (32, 32) and outline.mode == "RGBA"
    # The outline icon must be white on transparent.
    pixels = [outline.getpixel((x, y)) for x in range(32) for y in range(32)]
    assert {px[:3] for px in pixels if px[3] > 0} == {(255, 255, 255)}


def test_manifest_texts_fit_teams_limits():
    manifest = json.loads((SOURCE / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["name"]["short"]) <= 30 and len(manifest["name"]["full"]) <= 100
    assert len(manifest["description"]["short"]) <= 80 and len(manifest["description"]["full"]) <= 4000
    for command in manifest["bots"][0]["commandLists"][0]["commands"]:
        assert len(command["title"]) <= 32 and len(command["description"]) <= 128


def test_a_missing_or_malformed_app_id_is_refused(tmp_path, capsys):
    with pytest.raises(PackageError, match="a GUID"):
        build_package("my-bot", tmp_path / "x.zip")
    assert main(["--app-id", "", "--out", str(tmp_path / "x.zip")]) == 2
    assert "TEAMS_APP_ID must be the Azure Bot's Microsoft App ID" in capsys.readouterr().err
    assert not (tmp_path / "x.zip").exists()
