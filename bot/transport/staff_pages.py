"""Lists the staff read in their group: the programme with its keys, the day's meetings,
delegates found."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from bot.i18n import Translator
from bot.services import texts
from bot.services.invitations import DelegateEntry
from bot.services.meetings import MeetingView
from bot.services.views import SessionView, localized


def sessions(t: Translator, found: Sequence[SessionView], zone: ZoneInfo) -> str:
    lines = [t("staff-sessions-title")]
    day = None
    for s in found:
        local = texts.local(s.starts_at, zone)
        if local.date() != day:
            day = local.date()
            lines += ["", t("my-day", day=local)]
        lines.append(f"{s.key} · {texts.line(t, s, zone)}")
    if not found:
        lines.append(t("agenda-empty"))
    return "\n".join(lines)


def meetings_of_the_day(
    t: Translator, day: date, found: Sequence[tuple[MeetingView, str]], zone: ZoneInfo
) -> str:
    """The day's meetings, with rooms and the interpreting they need."""
    if not found:
        return t("staff-meetings-none", day=day)
    lines = [t("staff-meetings-title", day=day)]
    for meeting, interpreting in found:
        assert meeting.starts_at is not None
        lines.append("")
        lines.append(
            f"#{meeting.id} "
            + texts.times(t, meeting, zone)  # type: ignore[arg-type]
            + " · "
            + localized(meeting.requester.names, t.chain)
            + " – "
            + localized(meeting.target.names, t.chain)
        )
        lines.append("📍 " + (meeting.room or t("meeting-room-pending")))
        if interpreting:
            lines.append(t("staff-meeting-interpreter", languages=interpreting))
    return "\n".join(lines)


def delegates(t: Translator, text: str, found: Sequence[DelegateEntry]) -> str:
    if not found:
        return t("admin-delegates-none", text=text[:64])
    lines = [t("admin-delegates-title", count=len(found))]
    for entry in found:
        status = entry.invitation.value if entry.invitation else "none"
        registered = ", ".join(entry.platforms) or t("admin-invitation-status", status=status)
        lines.append(
            f"{entry.ref} · {entry.full_name} · {t('role-name', role=entry.role)}"
            + (f" · {entry.delegation}" if entry.delegation else "")
            + f" · {registered}"
        )
    return "\n".join(lines)
