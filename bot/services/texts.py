"""How a session reads in a message, in one language: shared by the agenda pages, reminders,
briefings and change notices, so a session looks the same wherever it appears.

Times are shown in event time and labelled so; a delegate who asked for it also sees their
delegation's home time beside them when it differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.i18n import Translator
from bot.services.views import SessionView, localized


def local(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone)


def title(t: Translator, s: SessionView) -> str:
    return localized(s.titles, t.chain)


def room(t: Translator, s: SessionView) -> str:
    return localized(s.room, t.chain)


def times(t: Translator, s: SessionView, zone: ZoneInfo) -> str:
    """09:30–10:30"""
    return t("session-times", start=local(s.starts_at, zone), end=local(s.ends_at, zone))


def when(
    t: Translator, s: SessionView, zone: ZoneInfo, home: ZoneInfo | None = None, *, day: bool = True
) -> str:
    """Tuesday 18 November 2025, 09:30–10:30 (summit time) · 10:00–11:00 at home"""
    text = t(
        "session-when" if day else "session-when-today",
        day=local(s.starts_at, zone),
        start=local(s.starts_at, zone),
        end=local(s.ends_at, zone),
    )
    if home is not None and home.utcoffset(s.starts_at) != zone.utcoffset(s.starts_at):
        text += " · " + t(
            "session-home-time", start=local(s.starts_at, home), end=local(s.ends_at, home)
        )
    return text


def kind_name(t: Translator, kind: str) -> str:
    return t("kind-name", kind=kind)


def line(t: Translator, s: SessionView, zone: ZoneInfo, *, picked: bool = False) -> str:
    """One line of a day's list: 09:30–10:30 ⭐ Title · Room"""
    marks = ("❌ " if s.cancelled else "") + ("⭐ " if picked and not s.cancelled else "")
    where = room(t, s)
    return f"{times(t, s, zone)} {marks}{title(t, s)}" + (f" · {where}" if where else "")


def details(
    t: Translator,
    s: SessionView,
    zone: ZoneInfo,
    home: ZoneInfo | None,
    *,
    picked: bool,
) -> str:
    lines = [("❌ " if s.cancelled else "") + title(t, s)]
    if s.cancelled:
        lines.append(t("session-cancelled"))
    lines.append("🕘 " + when(t, s, zone, home))
    if where := room(t, s):
        lines.append("📍 " + where)
    lines.append("🗂 " + kind_name(t, s.kind))
    if s.speakers:
        names = ", ".join(localized(speaker, t.chain) for speaker in s.speakers)
        lines.append(t("session-speakers", names=names))
    if s.topics:
        lines.append(t("session-topics", topics=", ".join(localized(x, t.chain) for x in s.topics)))
    if s.spoken_language:
        spoken = t("language-name", code=s.spoken_language)
        if s.interpretation:
            into = ", ".join(t("language-name", code=code) for code in s.interpretation)
            lines.append(t("session-language-interpreted", spoken=spoken, into=into))
        else:
            lines.append(t("session-language", spoken=spoken))
    if description := localized(s.descriptions, t.chain):
        lines += ["", description]
    if s.for_everyone:
        lines += ["", t("session-for-everyone")]
    elif picked:
        lines += ["", t("session-in-agenda")]
    return "\n".join(lines)


def timeline(
    t: Translator,
    sessions: Sequence[SessionView],
    zone: ZoneInfo,
    home: ZoneInfo | None,
) -> list[str]:
    """A personal agenda, day by day, with clashes marked."""
    out: list[str] = []
    current_day = None
    for s in sessions:
        day = local(s.starts_at, zone).date()
        if day != current_day:
            if out:
                out.append("")
            out.append(t("my-day", day=local(s.starts_at, zone)))
            current_day = day
        out.append(line(t, s, zone))
        if home is not None and home.utcoffset(s.starts_at) != zone.utcoffset(s.starts_at):
            out.append(
                "   "
                + t("session-home-time", start=local(s.starts_at, home), end=local(s.ends_at, home))
            )
        clashes = [
            title(t, other)
            for other in sessions
            if other.id != s.id and not other.cancelled and not s.cancelled and s.overlaps(other)
        ]
        if clashes:
            out.append("   " + t("my-overlap", other=", ".join(clashes)))
    return out
