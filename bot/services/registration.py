"""Registration: who is writing, binding an account to a delegate by invitation code, language.

An invitation code is single-use: once it binds an account, any later use of it is refused
and nothing changes. A refused code never touches the database, so a wrong guess cannot
alter anyone's registration.
"""

from __future__ import annotations

import enum
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from bot.clock import Clock
from bot.i18n import to_ascii_digits
from bot.platforms import Identity, Platform
from bot.services.views import DelegateView, Viewer
from bot.storage import queries
from bot.storage.database import Database, UnitOfWork
from bot.storage.models import Account, Delegate, Delegation

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread
_WELL_FORMED = re.compile(r"^[A-Z0-9]{6,16}$")
_SEPARATORS = re.compile(r"[\s\-_.·‐-―]+")
# Codes are Latin; people on a Cyrillic keyboard type the look-alike letters instead.
_CYRILLIC_LOOKALIKES = str.maketrans("АВЕКМНОРСТХУ", "ABEKMHOPCTXY")


def normalize_code(text: str) -> str | None:
    """The code someone typed, as stored: upper case, ASCII digits, no spaces or dashes.

    Returns None when the text cannot be a code at all, so it is answered as malformed.
    """
    candidate = _SEPARATORS.sub("", to_ascii_digits(text.strip())).upper()
    candidate = candidate.translate(_CYRILLIC_LOOKALIKES)
    return candidate if _WELL_FORMED.match(candidate) else None


class RedeemOutcome(enum.StrEnum):
    REGISTERED = "registered"
    ALREADY_REGISTERED = "already-registered"
    MALFORMED = "malformed"
    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"
    REVOKED = "revoked"


@dataclass(frozen=True, slots=True)
class RedeemResult:
    outcome: RedeemOutcome
    code: str
    viewer: Viewer


@dataclass(frozen=True, slots=True)
class Contact:
    """What an incoming update tells about its sender."""

    identity: Identity
    # The private chat with the person; None when the update came from a group.
    private_chat_id: int | None
    display_name: str
    username: str | None
    language_code: str | None


class RegistrationService:
    """Registration, and who is writing.

    Every update needs its sender, so viewers are kept in memory for a short while: most
    updates then touch no database at all. This service updates the cache whenever it changes
    a person itself; changes made elsewhere (an import from the CLI, another process) show
    within `VIEWER_CACHE_SECONDS`.
    """

    VIEWER_CACHE_SECONDS = 30.0

    def __init__(
        self,
        db: Database,
        clock: Clock,
        languages: list[str],
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._db = db
        self._clock = clock
        self._languages = languages
        self._monotonic = monotonic
        self._viewers: dict[Identity, tuple[float, Viewer]] = {}

    def _language_from_client(self, language_code: str | None) -> str | None:
        if not language_code:
            return None
        base = language_code.split("-")[0].lower()
        return base if base in self._languages else None

    def _remember(self, viewer: Viewer) -> Viewer:
        self._viewers[viewer.identity] = (self._monotonic() + self.VIEWER_CACHE_SECONDS, viewer)
        return viewer

    def _recall(self, identity: Identity) -> Viewer | None:
        entry = self._viewers.get(identity)
        if entry is None:
            return None
        if entry[0] < self._monotonic():
            del self._viewers[identity]
            return None
        return entry[1]

    async def viewer(self, contact: Contact) -> Viewer:
        """The sender of an update, recorded on first contact."""

        def current(viewer: Viewer) -> bool:
            # From a group anything known will do; in private, a change of chat or a person
            # who had blocked the bot must be written down.
            private = contact.private_chat_id
            return private is None or (viewer.reachable and viewer.chat_id == private)

        cached = self._recall(contact.identity)
        if cached is not None and current(cached):
            return cached
        language = self._language_from_client(contact.language_code)
        now = self._clock.now()
        chat_id = contact.private_chat_id or contact.identity.user_id

        def create(connection: Connection) -> int | None:
            values = {
                "platform": contact.identity.platform,
                "user_id": contact.identity.user_id,
                # In a private chat the chat id is the user id, on Telegram and on Bale.
                "chat_id": chat_id,
                "display_name": contact.display_name[:200],
                "username": contact.username,
                "language": language,
                "reachable": True,
                "first_seen_at": now,
            }
            return connection.execute(
                *queries.new_account(connection.dialect.name, values)
            ).scalar()

        if cached is None:
            # Most misses are first contacts: one statement. An existing account (after a
            # restart, or a person coming back) goes on to the full transaction below.
            account_id = await self._db.transact_statements(create)
            if account_id is not None:
                return self._remember(Viewer(contact.identity, account_id, chat_id, language, None))

        def record(session: Session) -> Viewer:
            found = session.execute(*queries.account_with_delegate(*_key(contact.identity))).first()
            if found is None:
                # Gone since the insert found it (deleted meanwhile): record it anew.
                account_id = create(session.connection())
                assert account_id is not None
                return Viewer(contact.identity, account_id, chat_id, language, None)
            if current(self._compose(*found)):
                return self._compose(*found)
            account = found[0]
            if contact.private_chat_id is not None:
                # Writing to us again in private means they unblocked the bot.
                account.chat_id = contact.private_chat_id
                account.reachable = True
                account.blocked_at = None
            return self._viewer(session, account)

        return self._remember(await self._db.transact(record))

    async def _load(self, uow: UnitOfWork, identity: Identity) -> Viewer | None:
        found = await uow.accounts.with_delegate(identity.platform, identity.user_id)
        if found is None:
            return None
        account, delegate, delegation = found
        return self._compose(account, delegate, delegation)

    @staticmethod
    def _compose(
        account: Account, delegate: Delegate | None, delegation: Delegation | None
    ) -> Viewer:
        language = account.language
        delegate_view = None
        if delegate is not None:
            delegate_view = DelegateView.of(delegate, delegation)
            language = delegate.language or language
        return Viewer(
            identity=Identity(account.platform, account.user_id),
            account_id=account.id,
            chat_id=account.chat_id,
            language=language,
            delegate=delegate_view,
            reachable=account.reachable,
        )

    def _viewer(self, session: Session, account: Account) -> Viewer:
        delegate = delegation = None
        if account.delegate_id is not None:
            delegate = session.get(Delegate, account.delegate_id)
            if delegate is not None and delegate.delegation_id is not None:
                delegation = session.get(Delegation, delegate.delegation_id)
        return self._compose(account, delegate, delegation)

    async def redeem(self, identity: Identity, typed: str) -> RedeemResult:
        code = normalize_code(typed)
        now = self._clock.now()

        def bind(session: Session) -> RedeemResult:
            account = session.scalar(*queries.account(*_key(identity)))
            if account is None:
                raise LookupError(f"no account for {identity}")
            if code is None:
                return RedeemResult(RedeemOutcome.MALFORMED, typed, self._viewer(session, account))
            if account.delegate_id is not None:
                viewer = self._viewer(session, account)
                return RedeemResult(RedeemOutcome.ALREADY_REGISTERED, code, viewer)
            invitation = session.scalar(*queries.invitation(code))
            if invitation is None:
                refusal: RedeemOutcome | None = RedeemOutcome.UNKNOWN
            elif invitation.revoked_at is not None:
                refusal = RedeemOutcome.REVOKED
            elif invitation.used_at is not None:
                refusal = RedeemOutcome.USED
            elif invitation.expires_at <= now:
                refusal = RedeemOutcome.EXPIRED
            else:
                refusal = None
            if refusal is not None or invitation is None:
                refusal = refusal or RedeemOutcome.UNKNOWN
                return RedeemResult(refusal, code, self._viewer(session, account))
            invitation.used_at = now
            invitation.used_by_account_id = account.id
            account.delegate_id = invitation.delegate_id
            account.registered_at = now
            delegate = session.get(Delegate, invitation.delegate_id)
            if delegate is not None:
                # The language the person uses in the chat wins over the import's guess.
                if account.language:
                    delegate.language = account.language
                elif delegate.language:
                    account.language = delegate.language
            session.flush()
            return RedeemResult(RedeemOutcome.REGISTERED, code, self._viewer(session, account))

        result = await self._db.transact(bind)
        if result.outcome is RedeemOutcome.REGISTERED:
            self._remember(result.viewer)
        return result

    async def set_language(self, identity: Identity, lang: str) -> Viewer:
        if lang not in self._languages:
            raise ValueError(f"unsupported language {lang!r}")
        cached = self._recall(identity)
        if cached is not None and cached.language == lang:
            return cached

        def choose(connection: Connection) -> bool:
            row = connection.execute(*queries.set_account_language(*_key(identity), lang)).first()
            if row is None:
                return False
            if row[0] is not None:
                connection.execute(*queries.set_delegate_language(row[0], lang))
            return True

        if not await self._db.transact_statements(choose):
            raise LookupError(f"no account for {identity}")
        if cached is not None:
            return self._remember(replace(cached, language=lang))
        async with self._db.reading() as uow:
            viewer = await self._load(uow, identity)
        assert viewer is not None
        return self._remember(viewer)

    async def mark_unreachable(self, identity: Identity) -> None:
        """The messenger said the person blocked the bot: stop writing to them until they return."""
        self._viewers.pop(identity, None)
        now = self._clock.now()

        def note(session: Session) -> None:
            account = session.scalar(*queries.account(*_key(identity)))
            if account is not None and account.reachable:
                account.reachable = False
                account.blocked_at = now

        await self._db.transact(note)


def _key(identity: Identity) -> tuple[Platform, int]:
    return identity.platform, identity.user_id
