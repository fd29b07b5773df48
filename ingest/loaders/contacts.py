"""The contact directory (contacts.yaml): who does what, searchable like any document.

Empty fields are left out of the text, so the bot never presents a blank as an answer;
a question about a missing phone number is then escalated, as it should be.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from ..document import Block, LoadedDocument, LoadError

_LABELS = {
    "role": "Roll", "role_en": "Role (English)", "organisation": "Organisation", "unit": "Enhet",
    "responsibilities": "Ansvar", "name": "Namn", "email": "E-post", "phone": "Telefon",
    "web": "Webb", "address": "Adress", "source": "Källa", "notes": "Anmärkning",
}


def _line(key: str, value) -> str | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value if str(v).strip())
        if not value:
            return None
    return f"{_LABELS.get(key, key.capitalize())}: {str(value).strip()}"


def load(path: Path, rel: str) -> LoadedDocument:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as e:
        raise LoadError(f"not valid YAML ({e.__class__.__name__})") from e
    if not isinstance(data, dict) or not isinstance(data.get("contacts"), list):
        raise LoadError("expected a YAML mapping with a `contacts:` list")
    title = str(data.get("title") or "Kontakter")
    blocks = []
    for entry in data["contacts"]:
        if not isinstance(entry, dict) or not entry.get("role"):
            raise LoadError("every contact needs at least a `role`")
        lines = [ln for ln in (_line(k, v) for k, v in entry.items() if k != "id") if ln]
        blocks.append(Block("\n".join(lines), (str(entry["role"]),), None))
    if not blocks:
        raise LoadError("the contact list is empty")
    return LoadedDocument(path=rel, title=title, blocks=blocks, kind="contacts")
