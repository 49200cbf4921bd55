"""Broadcasts from the staff group, end to end: the real bot, both fake messengers, the outbox
and the senders; the status message, the report, corrections and retractions; templates in
six languages; the audit log and the figures."""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from bot.i18n import ENDONYMS
from bot.platforms import Identity, Platform
from bot.storage.models import Broadcast, Delivery
from bot.transport.broadcast_pages import counts
from tests.conftest import (
    BALE_STAFF_CHAT,
    TELEGRAM_STAFF_CHAT,
    Khazar,
    khazar_settings,
    running_khazar,
)
from tests.fakebotapi import FakeBotAPI, Fault
from tests.test_reminders import import_agenda, register, settle

FA_TEXT = "جلسهٔ هماهنگی هیئت‌ها ساعت ۱۸ در تالار اصلی برگزار می‌شود."
RU_TEXT = "Координационное совещание делегаций — в 18:00 в главном зале."
OTHER_TEXT = "Delegations' coordination meeting at 18:00 in the main hall."
BROADCAST_TEXT = f"fa: {FA_TEXT}\nru: {RU_TEXT}\n*: {OTHER_TEXT}"


@pytest.fixture
async def khazar(
    tmp_path: Path, telegram_api: FakeBotAPI, bale_api: FakeBotAPI, clock
) -> AsyncIterator[Khazar]:
    settings = khazar_settings(
        tmp_path, telegram_api, bale_api, broadcasts={"progress_seconds": 0.2}
    )
    async with running_khazar(settings, telegram_api, bale_api, clock) as harness:
        yield harness


@contextlib.asynccontextmanager
async def time_passing(khazar: Khazar) -> AsyncIterator[None]:
    """Retries after 429s fall due as the injected clock moves on."""

    async def tick() -> None:
        while True:
            await asyncio.sleep(0.2)
            khazar.clock.advance(seconds=1)

    task = asyncio.create_task(tick())
    try:
        yield
    finally:
        task.cancel()


async def staff_says(api: FakeBotAPI, officer, text: str, chat: int) -> str:  # type: ignore[no-untyped-def]
    before = len(api.requests_for("sendMessage", chat_id=chat))
    api.send_text(officer, text, chat=chat)
    found = await api.wait_for("sendMessage", chat_id=chat, count=before + 1)
    return str(found[before].params["text"])


async def iranian_delegates(khazar: Khazar) -> dict[str, object]:
    """Iran's delegates on both messengers, reading four languages; one has blocked the bot."""
    people = {
        "bale-fa": await register(khazar, khazar.bale, 801, "gilan-01", "fa"),
        "telegram-ru": await register(khazar, khazar.telegram, 802, "gilan-02", "ru"),
        "telegram-az": await register(khazar, khazar.telegram, 803, "mazandaran-01", "az"),
        "bale-en": await register(khazar, khazar.bale, 804, "mazandaran-02", "en"),
        "telegram-blocked": await register(khazar, khazar.telegram, 805, "golestan-01", "fa"),
        "not-iranian": await register(khazar, khazar.telegram, 806, "astrakhan-01", "ru"),
    }
    return people


async def choose_languages(khazar: Khazar) -> None:
    """Their roster language is Persian; three chose another in the bot."""
    for platform, user_id, lang in (
        (Platform.TELEGRAM, 802, "ru"),
        (Platform.TELEGRAM, 803, "az"),
        (Platform.BALE, 804, "en"),
    ):
        await khazar.services.registration.set_language(Identity(platform, user_id), lang)


async def test_a_broadcast_to_one_country_reaches_each_delegate_once_in_their_language(
    khazar: Khazar,
):
    people = await iranian_delegates(khazar)
    await choose_languages(khazar)
    khazar.telegram.block_user(805)
    fa = khazar.t("fa")
    officer = khazar.telegram.add_user(4701, "Sara", language_code="fa")
    staff = TELEGRAM_STAFF_CHAT

    reach = await staff_says(khazar.telegram, officer, "/broadcast country=IR", staff)
    assert reach.startswith(
        fa(
            "broadcast-reach",
            count=5,
            platforms=counts(fa, {"bale": 2, "telegram": 3}),
            languages=counts(fa, {"az": 1, "en": 1, "fa": 2, "ru": 1}),
        )
    )
    ready = await staff_says(khazar.telegram, officer, BROADCAST_TEXT, staff)
    name = {code: fa("language-name", code=code) for code in ("fa", "ru", "az", "en")}
    assert fa("broadcast-own-text", language=name["fa"]) in ready
    assert fa("broadcast-own-text", language=name["ru"]) in ready
    assert fa("broadcast-fallback", language=name["az"], source=name["ru"]) in ready
    general = fa("broadcast-default-text")
    assert fa("broadcast-fallback", language=name["en"], source=general) in ready
    prepared = khazar.telegram.last_message_to(staff)
    khazar.telegram.press_button(
        officer, prepared, prepared.callback_data_for("👁 " + ENDONYMS["az"])
    )
    preview = await khazar.telegram.wait_for(
        "sendMessage", chat_id=staff, predicate=lambda r: r.params.get("text") == RU_TEXT
    )
    assert preview
    # Another staff member cannot send someone else's broadcast.
    colleague = khazar.telegram.add_user(4702, "Omid", language_code="fa")
    khazar.telegram.press_button(
        colleague, prepared, prepared.callback_data_for(fa("broadcast-send-button"))
    )
    await khazar.telegram.wait_for(
        "answerCallbackQuery",
        predicate=lambda r: r.params.get("text") == fa("broadcast-not-yours", name="Sara"),
    )

    khazar.telegram.inject_fault(
        "sendMessage", Fault.too_many_requests(retry_after=1), times=2, chat_id=802
    )
    khazar.bale.inject_fault("sendMessage", Fault.too_many_requests(), times=1, chat_id=801)
    async with time_passing(khazar):
        khazar.telegram.press_button(
            officer, prepared, prepared.callback_data_for(fa("broadcast-send-button"))
        )
        await khazar.telegram.wait_for(
            "editMessageText",
            chat_id=staff,
            timeout=15,
            predicate=lambda r: "✏️" in str(r.params.get("reply_markup")),
        )
    report = khazar.telegram.last_message_to(staff)
    assert report.text.startswith(fa("broadcast-report", id=1, total=5))
    assert (
        fa(
            "broadcast-report-platform",
            platform="telegram",
            sent=2,
            blocked=1,
            failed=0,
            cancelled=0,
        )
        in report.text
    )
    assert (
        fa("broadcast-report-platform", platform="bale", sent=2, blocked=0, failed=0, cancelled=0)
        in report.text
    )
    # The status message showed progress on the way.
    assert any("▓" in str(h) or "░" in str(h) for h in report.history)

    assert [t for t in khazar.bale.texts_to(801) if t == FA_TEXT] == [FA_TEXT]
    assert [t for t in khazar.telegram.texts_to(802) if t == RU_TEXT] == [RU_TEXT]
    assert [t for t in khazar.telegram.texts_to(803) if t == RU_TEXT] == [RU_TEXT]  # az → ru
    assert [t for t in khazar.bale.texts_to(804) if t == OTHER_TEXT] == [OTHER_TEXT]
    assert not {FA_TEXT, RU_TEXT, OTHER_TEXT} & set(khazar.telegram.texts_to(805))
    assert not {FA_TEXT, RU_TEXT, OTHER_TEXT} & set(khazar.telegram.texts_to(806))
    assert people

    # Corrected, then retracted: every delivered message is edited, then deleted.
    khazar.telegram.press_button(
        officer, report, report.callback_data_for(fa("broadcast-edit-button"))
    )
    await khazar.telegram.wait_for(
        "sendMessage",
        chat_id=staff,
        predicate=lambda r: r.params.get("text") == fa("broadcast-ask-edit"),
    )
    corrected = "*: " + OTHER_TEXT.replace("18:00", "18:30")
    queued = await staff_says(khazar.telegram, officer, corrected, staff)
    assert queued == fa("broadcast-edit-queued", count=4)
    khazar.services.wake_senders()
    await khazar.telegram.wait_for(
        "editMessageText", predicate=lambda r: r.params.get("chat_id") in (802, 803), count=2
    )
    await khazar.bale.wait_for("editMessageText", count=2)
    assert khazar.bale.messages_to(801)[-1].text == OTHER_TEXT.replace("18:00", "18:30")

    khazar.telegram.press_button(
        officer, report, report.callback_data_for(fa("broadcast-retract-button"))
    )
    await khazar.telegram.wait_for(
        "sendMessage",
        chat_id=staff,
        predicate=lambda r: r.params.get("text") == fa("broadcast-retract-confirm"),
    )
    confirm = khazar.telegram.last_message_to(staff)
    khazar.telegram.press_button(
        officer, confirm, confirm.callback_data_for(fa("broadcast-retract-yes"))
    )
    await khazar.telegram.wait_for("deleteMessage", count=2)
    await khazar.bale.wait_for("deleteMessage", count=2)
    await settle(khazar)
    for api, chat in (
        (khazar.bale, 801),
        (khazar.telegram, 802),
        (khazar.telegram, 803),
        (khazar.bale, 804),
    ):
        assert api.messages_to(chat)[-1].deleted

    audit = await staff_says(khazar.telegram, officer, "/audit", staff)
    for action in ("broadcast_sent", "broadcast_edited", "broadcast_retracted"):
        assert action in audit
    stats = await staff_says(khazar.telegram, officer, "/stats", staff)
    assert fa("stats-registered", count=6, reachable=5, blocked=1) in stats


async def test_broadcast_commands_outside_the_staff_group_change_nothing(khazar: Khazar):
    await iranian_delegates(khazar)
    officer = khazar.telegram.add_user(4801, "Sara", language_code="fa")
    other_group = khazar.telegram.add_group(-777, "Journalists")
    khazar.telegram.send_text(officer, "/broadcast everyone")
    await khazar.telegram.wait_for("sendMessage", chat_id=4801)
    assert khazar.telegram.texts_to(4801) == [khazar.t("fa")("unknown-command")]
    khazar.telegram.send_text(officer, "/broadcast everyone", chat=other_group)
    khazar.telegram.send_text(officer, BROADCAST_TEXT, chat=other_group)
    await settle(khazar)
    assert khazar.telegram.texts_to(-777) == []
    async with khazar.services.db.reading() as uow:
        assert (await uow.session.scalars(select(Broadcast))).all() == []
        assert (
            await uow.session.scalars(select(Delivery).where(Delivery.kind == "broadcast"))
        ).all() == []


async def test_bad_broadcasts_are_refused_with_the_reason(khazar: Khazar):
    await import_agenda(khazar)
    await register(khazar, khazar.bale, 811, "gilan-01", "fa")
    en = khazar.t("en")
    officer = khazar.bale.add_user(4901, "Reza", language_code="en")
    staff = BALE_STAFF_CHAT
    cases = [
        ("/broadcast", en("broadcast-no-audience")),
        (
            "/broadcast color=red",
            en(
                "broadcast-unknown-key",
                key="color=red",
                keys="country, delegation, role, language, platform, session",
            ),
        ),
        ("/broadcast country=FR", None),
        ("/broadcast country=KZ", en("broadcast-nobody")),
        ("/broadcast at=25:00", en("broadcast-bad-time", text="25:00")),
    ]
    for command, expected in cases:
        answer = await staff_says(khazar.bale, officer, command, staff)
        if expected is None:
            assert answer.startswith(
                en("broadcast-unknown-value", key="country", value="FR", values="")[:20]
            )
        else:
            assert answer == expected, command
    await staff_says(khazar.bale, officer, "/broadcast everyone", staff)
    too_long = await staff_says(khazar.bale, officer, "ru: " + "я" * 4100, staff)
    russian = en("language-name", code="ru")
    assert too_long == en("broadcast-too-long", language=russian, length=4100, limit=4096)
    template = await staff_says(khazar.bale, officer, "template transport time=08:30", staff)
    assert template == en("broadcast-missing-field", template="transport", fields="time=… place=…")


async def test_a_template_is_written_in_all_six_languages_from_the_locales(khazar: Khazar):
    await import_agenda(khazar)
    services = khazar.services
    khazar.clock.set(datetime(2025, 11, 19, 4, 0, tzinfo=UTC))
    texts = await services.broadcasts.template_texts(
        services.event.id, "template transport time=08:30 place=Anzali Free Zone"
    )
    assert sorted(texts) == sorted(services.hub.available)
    assert len(set(texts.values())) == 6
    for lang, text in texts.items():
        assert "Anzali Free Zone" in text
        assert ("۰۸:۳۰" if lang == "fa" else "08:30") in text, lang
    moved = await services.broadcasts.template_texts(
        services.event.id, "template moved session=economy time=15:00"
    )
    economy = await services.changes.session_by_key(services.event.id, "economy")
    for lang in services.hub.available:
        assert economy.titles[lang] in moved[lang]


async def test_staff_find_delegates_manage_invitations_and_export_lists(khazar: Khazar):
    await register(khazar, khazar.bale, 821, "gilan-01", "fa")
    en = khazar.t("en")
    officer = khazar.telegram.add_user(4911, "Sara", language_code="en")
    staff = TELEGRAM_STAFF_CHAT
    found = await staff_says(khazar.telegram, officer, "/delegates gilan", staff)
    assert found.startswith(en("admin-delegates-title", count=2))
    assert "gilan-01" in found and "bale" in found
    assert en("admin-invitation-status", status="pending") in found  # gilan-02
    assert await staff_says(khazar.telegram, officer, "/delegates zzz", staff) == en(
        "admin-delegates-none", text="zzz"
    )

    # A new code for gilan-02; the old one no longer registers anybody.
    old_code = khazar.codes["gilan-02"]
    invite = await staff_says(khazar.telegram, officer, "/invite gilan-02", staff)
    assert old_code not in invite and "https://t.me/" in invite
    person = khazar.telegram.add_user(822, "Gilan 2", language_code="fa")
    khazar.telegram.send_text(person, f"/start {old_code}")
    await khazar.telegram.wait_for("sendMessage", chat_id=822)
    assert khazar.telegram.texts_to(822) == [khazar.t("fa")("register-code-revoked", code=old_code)]

    # Withdrawing asks first.
    asked = await staff_says(khazar.telegram, officer, "/invite_revoke gilan-02", staff)
    assert asked.startswith(en("admin-revoke-confirm", name="")[:20])
    confirm = khazar.telegram.last_message_to(staff)
    khazar.telegram.press_button(
        officer, confirm, confirm.callback_data_for(en("admin-revoke-yes"))
    )
    await khazar.telegram.wait_for(
        "sendMessage",
        chat_id=staff,
        predicate=lambda r: r.params.get("text") == en("admin-revoked", count=1),
    )

    khazar.telegram.send_text(officer, "/export delegates", chat=staff)
    documents = await khazar.telegram.wait_for("sendDocument", chat_id=staff, count=2)
    files = [m.file for m in khazar.telegram.messages_to(staff) if m.file is not None]
    csv_file = next(f for f in files if f.filename.endswith(".csv"))
    rows = list(csv.reader(io.StringIO(csv_file.data.decode("utf-8-sig"))))
    assert rows[0][:3] == ["ref", "name", "role"]
    gilan = next(row for row in rows if row[0] == "gilan-01")
    assert gilan[6] == "yes"  # on Bale
    assert len(rows) == 1 + 22
    xlsx_file = next(f for f in files if f.filename.endswith(".xlsx"))
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_file.data)).active
    assert [c.value for c in sheet[1]][:3] == ["ref", "name", "role"]
    assert sheet.max_row == 1 + 22
    assert documents
    assert await staff_says(khazar.telegram, officer, "/export secrets", staff) == en(
        "admin-export-usage", kinds="delegates, meetings, broadcasts"
    )


async def test_a_scheduled_broadcast_waits_for_its_time_and_can_be_cancelled(khazar: Khazar):
    await register(khazar, khazar.bale, 831, "gilan-01", "fa")
    await register(khazar, khazar.telegram, 832, "astrakhan-01", "ru")
    en = khazar.t("en")
    officer = khazar.telegram.add_user(4921, "Sara", language_code="en")
    staff = TELEGRAM_STAFF_CHAT
    khazar.clock.set(datetime(2025, 11, 18, 4, 0, tzinfo=UTC))  # 07:30 in Rasht
    reach = await staff_says(khazar.telegram, officer, "/broadcast everyone at=09:00", staff)
    nine = datetime(2025, 11, 18, 5, 30, tzinfo=UTC).astimezone(khazar.services.broadcasts.zone)
    assert en("broadcast-at", time=nine) in reach
    await staff_says(khazar.telegram, officer, "*: The buses leave at 09:30.", staff)
    prepared = khazar.telegram.last_message_to(staff)
    khazar.telegram.press_button(
        officer, prepared, prepared.callback_data_for(en("broadcast-send-button"))
    )
    (status,) = await khazar.telegram.wait_for(
        "sendMessage", chat_id=staff, predicate=lambda r: "░" in str(r.params.get("text"))
    )
    await settle(khazar)
    assert "The buses leave at 09:30." not in khazar.telegram.texts_to(832)
    status_message = khazar.telegram.last_message_to(staff)
    khazar.telegram.press_button(
        officer, status_message, status_message.callback_data_for(en("broadcast-cancel-button"))
    )
    await khazar.telegram.wait_for(
        "sendMessage",
        chat_id=staff,
        predicate=lambda r: r.params.get("text") == en("broadcast-cancelled"),
    )
    khazar.clock.set(datetime(2025, 11, 18, 5, 35, tzinfo=UTC))
    khazar.services.wake_senders()
    await settle(khazar)
    assert "The buses leave at 09:30." not in khazar.telegram.texts_to(832)
    assert "The buses leave at 09:30." not in khazar.bale.texts_to(831)
    assert status


async def test_after_a_restart_the_status_message_still_ends_as_the_report(
    tmp_path: Path, telegram_api: FakeBotAPI, bale_api: FakeBotAPI, clock
):
    settings = khazar_settings(
        tmp_path, telegram_api, bale_api, broadcasts={"progress_seconds": 0.2}
    )
    clock.set(datetime(2025, 11, 18, 4, 0, tzinfo=UTC))  # 07:30 in Rasht
    officer = telegram_api.add_user(4931, "Sara", language_code="ru")
    staff = TELEGRAM_STAFF_CHAT
    async with running_khazar(settings, telegram_api, bale_api, clock) as first:
        await register(first, telegram_api, 841, "astrakhan-01", "ru")
        await staff_says(telegram_api, officer, "/broadcast everyone at=08:00", staff)
        await staff_says(telegram_api, officer, "*: Автобусы отходят в 08:30.", staff)
        prepared = telegram_api.last_message_to(staff)
        ru = first.t("ru")
        telegram_api.press_button(
            officer, prepared, prepared.callback_data_for(ru("broadcast-send-button"))
        )
        (status,) = await telegram_api.wait_for(
            "sendMessage", chat_id=staff, predicate=lambda r: "░" in str(r.params.get("text"))
        )
    status_message = telegram_api.last_message_to(staff)
    # Down until after 08:00; back up, the broadcast goes and its status message reports.
    clock.set(datetime(2025, 11, 18, 4, 35, tzinfo=UTC))
    async with running_khazar(settings, telegram_api, bale_api, clock) as second:
        await telegram_api.wait_for(
            "sendMessage",
            chat_id=841,
            predicate=lambda r: r.params.get("text") == "Автобусы отходят в 08:30.",
        )
        await telegram_api.wait_for(
            "editMessageText",
            chat_id=staff,
            timeout=10,
            predicate=lambda r: (
                r.params.get("message_id") == status_message.message_id
                and "✏️" in str(r.params.get("reply_markup"))
            ),
        )
        report = telegram_api.last_message_to(staff)
        assert report.message_id == status_message.message_id
        assert report.text.startswith(second.t("ru")("broadcast-report", id=1, total=1))
    assert status
