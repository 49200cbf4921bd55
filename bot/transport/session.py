"""An aiohttp session that keeps polling alive when the server sends a malformed update,
and that keeps aiogram's response types from being rebuilt.

aiogram validates a whole getUpdates batch at once; one update it cannot parse fails the
batch, the offset never moves, and polling retries the same batch for ever. Here such an
update is cut down to its bare `update_id`, so the offset moves past it and the dispatcher
skips it (see UpdateGuard).
"""

from __future__ import annotations

import logging
from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.exceptions import ClientDecodeError
from aiogram.methods import GetUpdates, TelegramMethod
from aiogram.methods.base import Response
from aiogram.types import Update
from pydantic import ValidationError

log = logging.getLogger(__name__)


# aiogram builds `Response[<result type>]` for every answer; pydantic keeps such generic
# classes only weakly, so after each garbage collection they are built again (about 6 ms
# each, measured by benchmarks/updates.py). Holding them here keeps pydantic's cache warm.
_RESPONSE_TYPES: dict[Any, Any] = {}


class ResilientSession(AiohttpSession):
    def check_response(
        self, bot: Bot, method: TelegramMethod[Any], status_code: int, content: str
    ) -> Response[Any]:
        returning = method.__returning__
        if returning not in _RESPONSE_TYPES:
            _RESPONSE_TYPES[returning] = Response[returning]  # type: ignore[valid-type]
        try:
            return super().check_response(bot, method, status_code, content)
        except ClientDecodeError:
            if not isinstance(method, GetUpdates):
                raise
            repaired = self._repair_updates(bot, content)
            if repaired is None:
                raise
            return super().check_response(bot, method, status_code, repaired)

    def _repair_updates(self, bot: Bot, content: str) -> str | None:
        try:
            payload = self.json_loads(content)
        except ValueError:
            return None
        if not isinstance(payload, dict) or not isinstance(payload.get("result"), list):
            return None
        kept = []
        for raw in payload["result"]:
            update_id = raw.get("update_id") if isinstance(raw, dict) else None
            if not isinstance(update_id, int):
                log.warning("dropped an update without an update_id: %.200r", raw)
                continue
            try:
                Update.model_validate(raw, context={"bot": bot})
                kept.append(raw)
            except ValidationError as exc:
                log.warning(
                    "update %s is malformed and is skipped: %s", update_id, exc.errors()[:3]
                )
                kept.append({"update_id": update_id})
        payload["result"] = kept
        return self.json_dumps(payload)
