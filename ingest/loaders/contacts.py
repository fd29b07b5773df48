"""The contact directory (contacts.yaml): who does what, searchable like any document.

Each entry is written as one sentence a person would read aloud — "Internationell samordnare
(International coordinator), Kommunledningskontoret, Alingsås kommun: Anna Berg,
e-post anna.berg@alingsas.se, telefon 0322-61 60 00. Ansvar: handlägger internationella frågor; …" — because
the bot quotes it whole. Empty fields are left out of the text, so the bot never presents a
blank as an answer; a question about a missing phone number is then escalated, as it should be.

Values are read as written: YAML 1.1 would turn the phone number 0322616000 into an
octal integer and the country code NO into `False`.
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


class _TextLoader(yaml.SafeLoader):
    """SafeLoader that resolves no numbers, booleans or dates: every scalar stays text (or null)."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag == "tag:yaml.org,2002:null"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


_WHO = ("role", "role_en", "unit", "organisation")
_HOW = ("name", "email", "phone", "web", "address")


def _value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v).strip() for v in value if str(v).strip())
    return str(value).strip()


def entry_text(entry: dict) -> str:
    """One contact as a sentence: who (role, unit, organisation), how to reach them, then the rest."""
    role, role_en, unit, organisation = (_value(entry.get(k)) for k in _WHO)
    head = role + (f" ({role_en})" if role_en and role_en != role else "")
    head += "".join(f", {v}" for v in (unit, organisation) if v)
    reach = ", ".join(f"{_LABELS[k].lower()} {v}" if k != "name" else v
                      for k, v in ((k, _value(entry.get(k))) for k in _HOW) if v)
    text = f"{head}: {reach}." if reach else f"{head}."
    for key, value in entry.items():
        if key in _WHO or key in _HOW or key == "id" or not _value(value):
            continue
        label = _LABELS.get(key, key.replace("_", " ").capitalize())
        text += f" {label}: {_value(value).rstrip('.')}."
    return text


def load(path: Path, rel: str) -> LoadedDocument:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise LoadError("not readable as UTF-8 text") from e
    if not text.strip():
        raise LoadError("empty file")
    try:
        data = yaml.load(text, Loader=_TextLoader)
    except yaml.YAMLError as e:
        where = getattr(e, "problem_mark", None)
        at = f" at line {where.line + 1}" if where is not None else ""
        raise LoadError(f"not valid YAML{at} ({e.__class__.__name__})") from e
    if not isinstance(data, dict) or not isinstance(data.get("contacts"), list):
        raise LoadError("expected a YAML mapping with a `contacts:` list")
    title = str(data.get("title") or "Kontakter")
    blocks = []
    for number, entry in enumerate(data["contacts"], start=1):
        if not isinstance(entry, dict) or not str(entry.get("role") or "").strip():
            name = f" ({entry['id']})" if isinstance(entry, dict) and entry.get("id") else ""
            raise LoadError(f"contact {number}{name} has no `role`; every contact needs one")
        blocks.append(Block(entry_text(entry), (str(entry["role"]),), None))
    if not blocks:
        raise LoadError("the contact list is empty")
    return LoadedDocument(path=rel, title=title, blocks=blocks, kind="contacts")
