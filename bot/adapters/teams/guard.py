"""What POST /api/messages refuses before the Agents SDK sees it.

The SDK answers 500, with a traceback, to requests it does not expect: JSON that is not an
object, an activity without `serviceUrl` (it validates outside its own try), a token without a
key id. These checks make each a 4xx; everything they let through is the SDK's to judge.
Bodies over aiohttp's limit (1 MiB) are refused with 413 before they are read whole.
"""
from __future__ import annotations

import logging
from typing import Awaitable, Callable

import jwt
from aiohttp import web
from microsoft_agents.activity import Activity

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# What Microsoft's channel signs its tokens with; the SDK itself only accepts RS256.
TOKEN_ALGORITHMS = frozenset({"RS256"})
_BAD_TOKEN = {"error": "Invalid token or authentication failed."}


def token_problem(authorization: str | None) -> str | None:
    """Why a bearer token cannot be valid, judged from its header alone (no key, no network);
    None when it may be (or when there is none: the SDK answers that with 401 itself)."""
    if not authorization:
        return None
    parts = authorization.split()
    if len(parts) != 2 or parts[0].lower() != "bearer":
        return None  # the SDK answers a malformed header with 401
    try:
        header = jwt.get_unverified_header(parts[1])
    except jwt.PyJWTError:
        return "not a JWT"
    if header.get("alg") not in TOKEN_ALGORITHMS:
        return "unexpected signing algorithm"
    if not isinstance(header.get("kid"), str) or not header["kid"]:
        return "no key id"
    return None


def activity_problem(body: object) -> str | None:
    """Why a JSON body is not an activity the bot can answer, or None."""
    if not isinstance(body, dict):
        return "an activity must be a JSON object"
    conversation = body.get("conversation")
    if not _text(body.get("type")) or not isinstance(conversation, dict) or not _text(conversation.get("id")):
        return "an activity needs a type and conversation.id"
    if not _text(body.get("serviceUrl")):
        return "an activity needs a serviceUrl"
    if any(body.get(name) is not None and not isinstance(body[name], dict) for name in ("from", "recipient")):
        return "not a valid activity"
    try:  # the SDK's own validation (it logs what fails, values included: the shape is checked first)
        Activity.model_validate(body)
    except Exception:  # pydantic's ValidationError, or a type it trips over
        return "not a valid activity"
    return None


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def check_token(handler: Handler) -> Handler:
    """401 for a token that cannot be valid, before the SDK's validator (which fails on some with a 500)."""

    async def checked(request: web.Request) -> web.StreamResponse:
        problem = token_problem(request.headers.get("Authorization"))
        if problem:
            log.warning("Teams request refused: %s", problem)
            return web.json_response(_BAD_TOKEN, status=401)
        return await handler(request)

    return checked


def check_activity(handler: Handler) -> Handler:
    """400 for a body that is not an activity the SDK can process, 413 for one over the size limit."""

    async def checked(request: web.Request) -> web.StreamResponse:
        try:
            body = await request.json()  # aiohttp keeps the bytes: the SDK reads them again
        except web.HTTPRequestEntityTooLarge:
            return web.json_response({"error": "request too large"}, status=413)
        except Exception:
            return web.json_response({"error": "invalid JSON"}, status=400)
        problem = activity_problem(body)
        if problem:
            log.info("Teams request refused: %s", problem)
            return web.json_response({"error": problem}, status=400)
        return await handler(request)

    return checked
