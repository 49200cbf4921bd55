"""Logging set-up, with bot tokens cut out of every line.

A token is the key to the bot, and it sits in the path of every Bot API URL, so any library
that logs a URL or an exception with one could leak it. Each record's message is redacted
when it is made, and the formatter redacts the final text, tracebacks included.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable

_secrets: set[str] = set()
_MASK = "[redacted]"


def _redact(text: str) -> str:
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, _MASK)
    return text


def redact_secrets(secrets: Iterable[str]) -> None:
    """Never print these strings; installs the record factory on first use."""
    new = {s for s in secrets if s and len(s) >= 8}
    if not new:
        return
    if not _secrets:
        _install_factory()
    _secrets.update(new)


def _install_factory() -> None:
    original = logging.getLogRecordFactory()

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = original(*args, **kwargs)
        if _secrets:
            try:
                message = record.getMessage()
            except Exception:  # a broken format string must not break logging
                return record
            record.msg, record.args = _redact(message), ()
        return record

    logging.setLogRecordFactory(factory)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return _redact(super().format(record))


def configure_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # aiogram logs every update at INFO; that is noise at a summit's volume.
    logging.getLogger("aiogram.event").setLevel(logging.WARNING)
