"""Texts shown to people, put together from locale messages and plain views."""

from __future__ import annotations

from collections.abc import Iterable

from bot.i18n import Translator
from bot.services.registration import RedeemOutcome, RedeemResult
from bot.services.views import SummitInfo, Viewer, localized
from bot.storage.models import Role


def summit_args(t: Translator, summit: SummitInfo) -> dict[str, str]:
    # The summit's name, dates and venue in a language never change while the bot runs,
    # and they go into most greetings: rendered once per language.
    key = (
        t.lang,
        summit.starts_on,
        summit.ends_on,
        tuple(sorted(summit.names.items())),
        tuple(sorted(summit.venue.items())),
    )
    args = _summit_args.get(key)
    if args is None:
        args = _summit_args[key] = {
            "event": localized(summit.names, t.chain),
            "dates": t("event-dates", starts=summit.starts_on, ends=summit.ends_on),
            "venue": localized(summit.venue, t.chain),
        }
    return args


_summit_args: dict[tuple[object, ...], dict[str, str]] = {}


def about(t: Translator, summit: SummitInfo) -> str:
    return t("about-summit", **summit_args(t, summit))


def welcome_unregistered(t: Translator, summit: SummitInfo) -> str:
    return t("start-unregistered", **summit_args(t, summit))


def greeting(t: Translator, viewer: Viewer, summit: SummitInfo) -> str:
    delegate = viewer.delegate
    assert delegate is not None
    role_name = t("role-name", role=delegate.role.value)
    if delegate.role is Role.STAFF or delegate.delegation is None:
        return t(
            "greeting-staff", name=delegate.full_name, role_name=role_name, **summit_args(t, summit)
        )
    return t(
        "greeting",
        name=delegate.full_name,
        role_name=role_name,
        delegation=localized(delegate.delegation.names, t.chain),
        **summit_args(t, summit),
    )


_REFUSALS = {
    RedeemOutcome.UNKNOWN: "register-code-unknown",
    RedeemOutcome.USED: "register-code-used",
    RedeemOutcome.EXPIRED: "register-code-expired",
    RedeemOutcome.REVOKED: "register-code-revoked",
}


def redeem_answer(t: Translator, result: RedeemResult, *, code_length: int, example: str) -> str:
    delegate = result.viewer.delegate
    if result.outcome is RedeemOutcome.REGISTERED and delegate is not None:
        delegation = localized(delegate.delegation.names, t.chain) if delegate.delegation else ""
        return t(
            "register-success",
            role=delegate.role.value,
            name=delegate.full_name,
            delegation=delegation,
        )
    if result.outcome is RedeemOutcome.ALREADY_REGISTERED and delegate is not None:
        return t("register-already", name=delegate.full_name)
    if result.outcome is RedeemOutcome.MALFORMED:
        return t("register-code-malformed", length=code_length, example=example)
    return t(_REFUSALS[result.outcome], code=result.code)


def language_prompt(translators: Iterable[Translator], current: Translator | None) -> str:
    """The language question: in the person's language, or in every language when we do
    not know theirs yet."""
    if current is not None:
        return current("language-choose")
    return "\n".join(t("language-choose") for t in translators)


def together(*parts: str) -> str:
    """Several texts as one message: one notification on the phone, one request to the API."""
    return "\n\n".join(part for part in parts if part)
