"""Registration: who is writing, binding an account to a delegate by invitation code, language.

An invitation code is single-use: once it binds an account, any later use of it is refused
and nothing changes. A refused code never touches the database, so a wrong guess cannot
alter anyone's registration.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from bot.clock import Clock
from bot.i18n import to_ascii_digits
from bot.platforms import Identity
from bot.services.views import DelegateView, Viewer
from bot.storage.database import Database, UnitOfWork
from bot.storage.models import Account

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
    def __init__(self, db: Database, clock: Clock, languages: list[str]) -> None:
        self._db = db
        self._clock = clock
        self._languages = languages

    def _language_from_client(self, language_code: str | None) -> str | None:
        if not language_code:
            return None
        base = language_code.split("-")[0].lower()
        return base if base in self._languages else None

    async def viewer(self, contact: Contact) -> Viewer:
        """The sender of an update, recorded on first contact; one read in the common case."""
        async with self._db.reading() as uow:
            account = await uow.accounts.by_identity(contact.identity)
            if account is not None and (
                contact.private_chat_id is None
                or (account.reachable and account.chat_id == contact.private_chat_id)
            ):
                return await self._viewer(uow, account)
        async with self._db.writing() as uow:
            account = await uow.accounts.by_identity(contact.identity)
            if account is None:
                account = Account(
                    platform=contact.identity.platform,
                    user_id=contact.identity.user_id,
                    # In a private chat the chat id is the user id, on Telegram and on Bale.
                    chat_id=contact.private_chat_id or contact.identity.user_id,
                    display_name=contact.display_name[:200],
                    username=contact.username,
                    language=self._language_from_client(contact.language_code),
                    reachable=True,
                    first_seen_at=self._clock.now(),
                )
                uow.accounts.add(account)
            elif contact.private_chat_id is not None:
                # Writing to us again in private means they unblocked the bot.
                account.chat_id = contact.private_chat_id
                account.reachable = True
                account.blocked_at = None
            await uow.accounts.flush()
            viewer = await self._viewer(uow, account)
            await uow.commit()
            return viewer

    async def _viewer(self, uow: UnitOfWork, account: Account) -> Viewer:
        delegate_view = None
        language = account.language
        if account.delegate_id is not None:
            delegate = await uow.delegates.get(account.delegate_id)
            if delegate is not None:
                delegation = (
                    await uow.delegations.get(delegate.delegation_id)
                    if delegate.delegation_id is not None
                    else None
                )
                delegate_view = DelegateView.of(delegate, delegation)
                language = delegate.language or language
        return Viewer(
            identity=Identity(account.platform, account.user_id),
            account_id=account.id,
            chat_id=account.chat_id,
            language=language,
            delegate=delegate_view,
        )

    async def redeem(self, identity: Identity, typed: str) -> RedeemResult:
        code = normalize_code(typed)
        async with self._db.writing() as uow:
            account = await uow.accounts.by_identity(identity)
            if account is None:
                raise LookupError(f"no account for {identity}")
            if code is None:
                return RedeemResult(
                    RedeemOutcome.MALFORMED, typed, await self._viewer(uow, account)
                )
            if account.delegate_id is not None:
                viewer = await self._viewer(uow, account)
                return RedeemResult(RedeemOutcome.ALREADY_REGISTERED, code, viewer)
            invitation = await uow.invitations.by_code(code)
            now = self._clock.now()
            refusal = None
            if invitation is None:
                refusal = RedeemOutcome.UNKNOWN
            elif invitation.revoked_at is not None:
                refusal = RedeemOutcome.REVOKED
            elif invitation.used_at is not None:
                refusal = RedeemOutcome.USED
            elif invitation.expires_at <= now:
                refusal = RedeemOutcome.EXPIRED
            if refusal is not None or invitation is None:
                return RedeemResult(
                    refusal or RedeemOutcome.UNKNOWN, code, await self._viewer(uow, account)
                )
            invitation.used_at = now
            invitation.used_by_account_id = account.id
            account.delegate_id = invitation.delegate_id
            account.registered_at = now
            delegate = await uow.delegates.get(invitation.delegate_id)
            if delegate is not None:
                # The language the person uses in the chat wins over the import's guess.
                if account.language:
                    delegate.language = account.language
                elif delegate.language:
                    account.language = delegate.language
            await uow.accounts.flush()
            viewer = await self._viewer(uow, account)
            await uow.commit()
            return RedeemResult(RedeemOutcome.REGISTERED, code, viewer)

    async def set_language(self, identity: Identity, lang: str) -> Viewer:
        if lang not in self._languages:
            raise ValueError(f"unsupported language {lang!r}")
        async with self._db.writing() as uow:
            account = await uow.accounts.by_identity(identity)
            if account is None:
                raise LookupError(f"no account for {identity}")
            account.language = lang
            if account.delegate_id is not None:
                delegate = await uow.delegates.get(account.delegate_id)
                if delegate is not None:
                    delegate.language = lang
            await uow.accounts.flush()
            viewer = await self._viewer(uow, account)
            await uow.commit()
            return viewer

    async def mark_unreachable(self, identity: Identity) -> None:
        """The messenger said the person blocked the bot: stop writing to them until they return."""
        async with self._db.writing() as uow:
            account = await uow.accounts.by_identity(identity)
            if account is None or not account.reachable:
                return
            account.reachable = False
            account.blocked_at = self._clock.now()
            await uow.commit()
