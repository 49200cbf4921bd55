"""The staff's broadcast pages: whom it reaches, who reads which text, the progress and the
report, in the staff member's language."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

from bot.i18n import ENDONYMS, PERSIAN, Translator, persian_number
from bot.services.broadcasts import DEFAULT_TEXT, Progress, Reach, Refusal
from bot.storage.models import DeliveryStatus
from bot.transport.agenda_pages import Page
from bot.transport.callbacks import BroadcastAction

BAR_LENGTH = 10


def refusal(t: Translator, refusal: Refusal) -> str:
    args = dict(refusal.args)
    if "language" in args:
        # The section's language by name, as the reader calls it.
        args["language"] = t("language-name", code=args["language"])
    return t(refusal.problem.value, **args)


def button(text: str, data: BroadcastAction) -> InlineKeyboardButton:
    return InlineKeyboardButton(text=text, callback_data=data.pack())


def counts(t: Translator, values: dict[str, int]) -> str:
    """`telegram: 3, bale: 2`, the numbers written as the reader's language writes them."""
    number = persian_number if t.lang == PERSIAN else str
    return ", ".join(f"{key}: {number(value)}" for key, value in sorted(values.items())) or "—"


def reach_text(t: Translator, reach: Reach, zone: ZoneInfo) -> str:
    platforms = counts(t, reach.by_platform)
    languages = counts(t, reach.by_language)
    lines = [t("broadcast-reach", count=reach.total, platforms=platforms, languages=languages)]
    if reach.send_at is not None:
        lines.append(t("broadcast-at", time=reach.send_at.astimezone(zone)))
    return "\n".join(lines)


def prepared(
    t: Translator, reach: Reach, coverage: dict[str, str], draft: int, zone: ZoneInfo
) -> Page:
    """Whom it reaches, who reads which text, a preview per language, and Send."""
    lines = [reach_text(t, reach, zone), "", t("broadcast-coverage")]
    for lang, source in coverage.items():
        language = t("language-name", code=lang)
        if source == lang:
            lines.append(t("broadcast-own-text", language=language))
        elif source == DEFAULT_TEXT:
            lines.append(
                t("broadcast-fallback", language=language, source=t("broadcast-default-text"))
            )
        else:
            lines.append(
                t("broadcast-fallback", language=language, source=t("language-name", code=source))
            )
    previews = [
        button(
            "👁 " + ENDONYMS.get(lang, lang), BroadcastAction(action="preview", id=draft, lang=lang)
        )
        for lang in coverage
    ]
    rows = [previews[i : i + 3] for i in range(0, len(previews), 3)]
    rows.append(
        [
            button(t("broadcast-send-button"), BroadcastAction(action="send", id=draft)),
            button(t("broadcast-cancel-button"), BroadcastAction(action="cancel", id=draft)),
        ]
    )
    return Page("\n".join(lines), InlineKeyboardMarkup(inline_keyboard=rows))


def progress_text(t: Translator, progress: Progress) -> str:
    done = progress.recipients - progress.pending
    filled = round(BAR_LENGTH * done / progress.recipients) if progress.recipients else BAR_LENGTH
    return t(
        "broadcast-progress",
        id=progress.broadcast_id,
        bar="▓" * filled + "░" * (BAR_LENGTH - filled),
        sent=progress.total(DeliveryStatus.SENT),
        failed=progress.total(DeliveryStatus.FAILED) + progress.total(DeliveryStatus.BLOCKED),
        pending=progress.pending,
        total=progress.recipients,
    )


def report_text(t: Translator, progress: Progress) -> str:
    lines = [t("broadcast-report", id=progress.broadcast_id, total=progress.recipients)]
    for platform, counts in sorted(progress.counts.items()):
        lines.append(
            t(
                "broadcast-report-platform",
                platform=platform,
                sent=counts.get(DeliveryStatus.SENT.value, 0),
                blocked=counts.get(DeliveryStatus.BLOCKED.value, 0),
                failed=counts.get(DeliveryStatus.FAILED.value, 0),
                cancelled=counts.get(DeliveryStatus.CANCELLED.value, 0),
            )
        )
    return "\n".join(lines)


def cancel_markup(t: Translator, broadcast_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                button(
                    t("broadcast-cancel-button"), BroadcastAction(action="cancel", id=broadcast_id)
                )
            ]
        ]
    )
