"""The pages of asking for a meeting: country, delegation, topic, times, note, summary; and the
overview of a delegation's meetings. Text and inline keyboard together, in the viewer's
language."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import Translator
from bot.services import texts
from bot.services.meetings import TOPICS, MeetingService, MeetingView, slot_moment, slot_number
from bot.services.views import DelegationView, localized
from bot.storage.models import MeetingStatus
from bot.transport.agenda_pages import Page
from bot.transport.callbacks import MeetingAnswer, MeetStep

SLOTS_PER_ROW = 3


def _button(text: str, data: MeetStep | MeetingAnswer) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data.pack())


def _cancel_row(t: Translator) -> list[InlineKeyboardButton]:
    return [_button(t("meet-cancel-button"), MeetStep(step="cancel"))]


def _chosen_lines(t: Translator, chosen: Sequence[int], zone: ZoneInfo) -> list[str]:
    moments = [texts.local(slot_moment(n), zone) for n in sorted(chosen)]
    return ["• " + t("meet-slot", day=moment, time=moment) for moment in moments]


def countries(t: Translator, codes: Sequence[str]) -> Page:
    rows = [
        [_button(t("country-name", code=code), MeetStep(step="country", code=code))]
        for code in codes
    ]
    rows.append(_cancel_row(t))
    return Page(t("meet-choose-country"), InlineKeyboardMarkup(inline_keyboard=rows))


def delegations(t: Translator, choices: Sequence[DelegationView]) -> Page:
    rows = [
        [_button(localized(d.names, t.chain), MeetStep(step="delegation", id=d.id))]
        for d in choices
    ]
    rows.append(_cancel_row(t))
    return Page(t("meet-choose-delegation"), InlineKeyboardMarkup(inline_keyboard=rows))


def topics(t: Translator, target: DelegationView) -> Page:
    rows = [
        [_button(t("meeting-topic-name", topic=topic), MeetStep(step="topic", code=topic))]
        for topic in TOPICS
    ]
    rows.append(_cancel_row(t))
    text = t("meet-choose-topic", delegation=localized(target.names, t.chain))
    return Page(text, InlineKeyboardMarkup(inline_keyboard=rows))


def slots(
    t: Translator,
    free: Sequence[datetime],
    chosen: Sequence[int],
    day: date | None,
    zone: ZoneInfo,
    most: int,
) -> Page:
    """The free slots of one day as toggles, the days as tabs, and Done once one is chosen."""
    days = sorted({texts.local(s, zone).date() for s in free})
    day = day if day in days else (days[0] if days else None)
    lines = [t("meet-choose-slots", most=most)]
    if chosen:
        lines.append(t("meet-chosen"))
        lines += _chosen_lines(t, chosen, zone)
    if not free:
        lines = [t("meet-no-free-slots")]
    rows = []
    if len(days) > 1:
        rows.append(
            [
                _button(
                    ("• " if d == day else "") + t("meet-day-button", day=d),
                    MeetStep(step="day", id=d.toordinal()),
                )
                for d in days
            ]
        )
    todays = [s for s in free if texts.local(s, zone).date() == day]
    row: list[InlineKeyboardButton] = []
    for start in todays:
        number = slot_number(start)
        mark = "✓ " if number in chosen else ""
        row.append(
            _button(
                mark + t("meet-slot-button", time=texts.local(start, zone)),
                MeetStep(step="slot", id=number),
            )
        )
        if len(row) == SLOTS_PER_ROW:
            rows.append(row)
            row = []
    if row:
        rows.append(row)
    if chosen:
        rows.append([_button(t("meet-done-button"), MeetStep(step="done"))])
    rows.append(_cancel_row(t))
    return Page("\n".join(lines), InlineKeyboardMarkup(inline_keyboard=rows) if rows else None)


def note_prompt(t: Translator, most: int) -> Page:
    rows = [[_button(t("meet-skip-button"), MeetStep(step="skip"))], _cancel_row(t)]
    return Page(t("meet-write-note", most=most), InlineKeyboardMarkup(inline_keyboard=rows))


def reason_prompt(t: Translator, most: int) -> Page:
    rows = [[_button(t("meet-skip-button"), MeetStep(step="skip"))], _cancel_row(t)]
    return Page(t("meet-write-reason", most=most), InlineKeyboardMarkup(inline_keyboard=rows))


def summary(
    t: Translator,
    target: DelegationView,
    topic: str,
    chosen: Sequence[int],
    note: str,
    zone: ZoneInfo,
) -> Page:
    lines = [
        t("meet-summary", delegation=localized(target.names, t.chain)),
        t("meeting-topic", topic=t("meeting-topic-name", topic=topic)),
    ]
    if note:
        lines.append(t("meeting-note", note=note))
    lines.append(t("meeting-slots"))
    lines += _chosen_lines(t, chosen, zone)
    rows = [[_button(t("meet-send-button"), MeetStep(step="send"))], _cancel_row(t)]
    return Page("\n".join(lines), InlineKeyboardMarkup(inline_keyboard=rows) if rows else None)


def overview(
    t: Translator, meetings: Sequence[MeetingView], own: int, service: MeetingService
) -> Page:
    if not meetings:
        return Page(t("meetings-none"))
    lines = [t("meetings-title")]
    rows = []
    for m in meetings:
        other = localized(m.other(own).names, t.chain)
        direction = "meetings-sent" if m.requester.id == own else "meetings-received"
        status = t("meeting-status", status=m.status.value)
        lines.append("")
        lines.append(t(direction, delegation=other) + " — " + status)
        if m.status is MeetingStatus.CONFIRMED and m.starts_at is not None:
            lines.append("🕘 " + service.when(t, m))
            lines.append("📍 " + (m.room or t("meeting-room-pending")))
            rows.append(
                [
                    _button(
                        t("meetings-cancel-button", delegation=other),
                        MeetingAnswer(action="cancel", id=m.id, version=m.version),
                    )
                ]
            )
        elif m.status in (MeetingStatus.PROPOSED, MeetingStatus.AWAITING_STAFF):
            lines += ["• " + service.when(t, m, slot) for slot in m.slots]
    return Page("\n".join(lines), InlineKeyboardMarkup(inline_keyboard=rows) if rows else None)
