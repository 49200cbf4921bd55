"""Registration, languages, staff group and robustness, end to end: the real bot polls the
fake Telegram and Bale servers over HTTP, with a real SQLite file and migrations."""

from __future__ import annotations

import asyncio
import logging
import re
from types import SimpleNamespace

from sqlalchemy import select

from bot.i18n import ENDONYMS
from bot.platforms import Platform
from bot.storage.models import Account, Invitation
from tests.conftest import BALE_STAFF_CHAT, TELEGRAM_STAFF_CHAT, Khazar

PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")


async def texts_after(api, chat_id: int, count: int) -> list[str]:
    found = await api.wait_for("sendMessage", chat_id=chat_id, count=count)
    return [str(r.params["text"]) for r in found]


async def account(khazar: Khazar, platform: Platform, user_id: int) -> SimpleNamespace | None:
    """The account row as plain values (rows expire when their session closes)."""
    async with khazar.services.db.reading() as uow:
        row = await uow.session.scalar(
            select(Account).where(Account.platform == platform, Account.user_id == user_id)
        )
        if row is None:
            return None
        return SimpleNamespace(**{c.key: getattr(row, c.key) for c in Account.__table__.columns})


async def registration_snapshot(khazar: Khazar) -> tuple[list[tuple], list[tuple]]:
    async with khazar.services.db.reading() as uow:
        accounts = (
            await uow.session.execute(
                select(
                    Account.platform, Account.user_id, Account.delegate_id, Account.language
                ).order_by(Account.id)
            )
        ).all()
        invitations = (
            await uow.session.execute(
                select(Invitation.code, Invitation.used_at, Invitation.used_by_account_id).order_by(
                    Invitation.id
                )
            )
        ).all()
    return [tuple(a) for a in accounts], [tuple(i) for i in invitations]


async def test_russian_telegram_and_persian_bale_delegates_register_at_the_same_time(
    khazar: Khazar,
):
    # The same user id on both messengers: two different people.
    ivan = khazar.telegram.add_user(5001, "Ivan", language_code="ru")
    dariush = khazar.bale.add_user(5001, "Dariush", language_code="fa")

    khazar.telegram.send_text(ivan, f"/start {khazar.codes['astrakhan-01']}")
    khazar.bale.send_text(dariush, f"/start {khazar.codes['gilan-01']}")
    # One message each: the confirmation and the greeting, with the main menu.
    (russian,), (persian,) = await asyncio.gather(
        texts_after(khazar.telegram, 5001, 1), texts_after(khazar.bale, 5001, 1)
    )
    await asyncio.gather(khazar.telegram.settle(), khazar.bale.settle())

    ru, fa = khazar.t("ru"), khazar.t("fa")
    assert [russian] == khazar.telegram.texts_to(5001)
    assert russian.startswith(
        ru("register-success", role="head", name="Игорь Волгин", delegation="Астраханская область")
    )
    assert "18 ноября 2025" in russian and "Решт" in russian
    assert khazar.telegram.last_message_to(5001).buttons, "the greeting carries the main menu"

    assert [persian] == khazar.bale.texts_to(5001)
    assert persian.startswith(
        fa("register-success", role="head", name="داریوش فرزانه", delegation="گیلان")
    )
    # Solar Hijri dates in Persian digits, and no Latin digit anywhere.
    assert "۲۷ آبان ۱۴۰۴" in persian and "۲۸ آبان ۱۴۰۴" in persian
    assert not re.search(r"[0-9]", persian)
    assert PERSIAN_DIGITS & set(persian)

    telegram_account = await account(khazar, Platform.TELEGRAM, 5001)
    bale_account = await account(khazar, Platform.BALE, 5001)
    assert (
        telegram_account
        and bale_account
        and telegram_account.delegate_id != bale_account.delegate_id
    )
    async with khazar.services.db.reading() as uow:
        assert (await uow.delegates.get(telegram_account.delegate_id)).ref == "astrakhan-01"
        assert (await uow.delegates.get(bale_account.delegate_id)).ref == "gilan-01"


async def test_a_code_typed_with_persian_digits_and_dashes_registers(khazar: Khazar):
    code = khazar.codes["mazandaran-01"]
    typed = f"{code[:4]}-{code[4:]}".lower().translate(str.maketrans("23456789", "۲۳۴۵۶۷۸۹"))
    user = khazar.bale.add_user(7001, "Kaveh", language_code="fa")
    khazar.bale.send_text(user, typed)
    texts = await texts_after(khazar.bale, 7001, 1)
    assert texts[0].startswith(
        khazar.t("fa")("register-success", role="head", name="کاوه نیک‌پور", delegation="مازندران")
    )


async def test_switching_to_each_of_the_six_languages(khazar: Khazar):
    user = khazar.telegram.add_user(6001, "Elchin", language_code="az")
    khazar.telegram.send_text(user, f"/start {khazar.codes['baku-01']}")
    await texts_after(khazar.telegram, 6001, 1)

    for lang in ["fa", "ru", "az", "kk", "tk", "en"]:
        khazar.telegram.clear_requests()
        khazar.telegram.send_text(user, "/language")
        await khazar.telegram.wait_for("sendMessage", chat_id=6001)
        picker = khazar.telegram.last_message_to(6001)
        khazar.telegram.press_button(user, picker, picker.callback_data_for(ENDONYMS[lang]))
        # The picker, then the confirmation and the greeting in the new language.
        texts = await texts_after(khazar.telegram, 6001, 2)
        assert texts[1].startswith(khazar.t(lang)("language-changed"))
        assert "Elçin Məmmədov" in texts[1]
        khazar.telegram.send_text(user, "/help")
        texts = await texts_after(khazar.telegram, 6001, 3)
        assert texts[2] == khazar.t(lang)("help-delegate")
        async with khazar.services.db.reading() as uow:
            delegate = await uow.delegates.by_ref(khazar.services.event.id, "baku-01")
            assert delegate.language == lang
    # Each language's confirmation is its own text, not a fallback.
    assert len({khazar.t(lang)("language-changed") for lang in ENDONYMS}) == 6


async def test_used_unknown_malformed_and_expired_codes_are_refused_and_change_nothing(
    khazar: Khazar,
):
    owner = khazar.telegram.add_user(8001, "Anna", language_code="ru")
    khazar.telegram.send_text(owner, f"/start {khazar.codes['astrakhan-02']}")
    await texts_after(khazar.telegram, 8001, 1)

    intruder = khazar.telegram.add_user(8002, "Boris", language_code="ru")
    khazar.telegram.send_text(intruder, "/start")
    await texts_after(khazar.telegram, 8002, 1)
    before = await registration_snapshot(khazar)
    ru = khazar.t("ru")

    used = khazar.codes["astrakhan-02"]
    attempts = [
        (f"/start {used}", ru("register-code-used", code=used)),
        ("/start ZZZZZZZZ", ru("register-code-unknown", code="ZZZZZZZZ")),
        (
            "hello, is this the summit bot?",
            ru(
                "register-code-malformed",
                length=8,
                example=khazar.services.invitations.example_code(),
            ),
        ),
        (
            "/start <script>",
            ru(
                "register-code-malformed",
                length=8,
                example=khazar.services.invitations.example_code(),
            ),
        ),
    ]
    for number, (typed, expected) in enumerate(attempts, start=2):
        khazar.telegram.send_text(intruder, typed)
        texts = await texts_after(khazar.telegram, 8002, number)
        assert texts[-1] == expected
    assert await registration_snapshot(khazar) == before

    # Forty days later the invitations have expired.
    khazar.clock.advance(days=40)
    expired = khazar.codes["dagestan-01"]
    khazar.telegram.send_text(intruder, f"/start {expired}")
    texts = await texts_after(khazar.telegram, 8002, len(attempts) + 2)
    assert texts[-1] == ru("register-code-expired", code=expired)
    assert await registration_snapshot(khazar) == before
    await khazar.telegram.settle()
    assert len(khazar.telegram.texts_to(8002)) == len(attempts) + 2, "one answer per attempt"


async def test_an_unregistered_person_sees_public_information_and_is_asked_for_a_language(
    khazar: Khazar,
):
    stranger = khazar.telegram.add_user(9001, "Hans", language_code="de")
    khazar.telegram.send_text(stranger, "/start")
    # One message: the public welcome, then the language question with the picker.
    texts = await texts_after(khazar.telegram, 9001, 1)
    en = khazar.t("en")
    assert texts[0].startswith(
        en(
            "start-unregistered",
            event=khazar.services.summit.names["en"],
            dates=en(
                "event-dates",
                starts=khazar.services.summit.starts_on,
                ends=khazar.services.summit.ends_on,
            ),
            venue=khazar.services.summit.venue["en"],
        )
    )
    # We do not speak German, so the question is asked in all six languages.
    for lang in ENDONYMS:
        assert khazar.t(lang)("language-choose") in texts[0]
    picker = khazar.telegram.last_message_to(9001)
    assert [b["text"] for b in picker.buttons] == [
        ENDONYMS[lang] for lang in ["fa", "ru", "az", "kk", "tk", "en"]
    ]

    khazar.telegram.press_button(stranger, picker, picker.callback_data_for("Қазақ тілі"))
    texts = await texts_after(khazar.telegram, 9001, 2)
    assert texts[1].startswith(khazar.t("kk")("language-changed"))
    assert khazar.services.summit.names["kk"] in texts[1]
    # Registered-only menus stay closed: /help is the unregistered help.
    khazar.telegram.send_text(stranger, "/help")
    texts = await texts_after(khazar.telegram, 9001, 3)
    assert texts[2] == khazar.t("kk")("help-unregistered")


async def test_registered_delegate_start_greets_by_name_and_role_with_the_menu(khazar: Khazar):
    user = khazar.bale.add_user(3001, "Merdan", language_code="tk")
    khazar.bale.send_text(user, f"/start {khazar.codes['balkan-01']}")
    await texts_after(khazar.bale, 3001, 1)
    khazar.bale.send_text(user, "/start")
    texts = await texts_after(khazar.bale, 3001, 2)
    tk = khazar.t("tk")
    assert texts[1].startswith("Merdan Orazow")
    assert tk("role-name", role="head") in texts[1] and "Balkan welaýaty" in texts[1]
    menu = khazar.bale.last_message_to(3001)
    assert [b["text"] for b in menu.buttons] == [
        tk("menu-agenda"),
        tk("menu-my"),
        tk("menu-settings"),
        tk("menu-about"),
        tk("menu-language"),
        tk("menu-help"),
    ]
    khazar.bale.press_button(user, menu, menu.callback_data_for(tk("menu-about")))
    texts = await texts_after(khazar.bale, 3001, 3)
    assert khazar.services.summit.names["tk"] in texts[2]


async def test_staff_help_is_answered_in_the_staff_group_and_nowhere_else(khazar: Khazar):
    for api, staff_chat in ((khazar.telegram, TELEGRAM_STAFF_CHAT), (khazar.bale, BALE_STAFF_CHAT)):
        officer = api.add_user(4001, "Sara", language_code="fa")
        other_group = api.add_group(-777, "Journalists")
        api.send_text(officer, "/help", chat=staff_chat)
        texts = await texts_after(api, staff_chat, 1)
        assert texts == [khazar.t("fa")("staff-help")]

        api.send_text(officer, "/help", chat=other_group)
        api.send_text(officer, "/help")  # private: the delegate's help, not the staff list
        await api.wait_for("sendMessage", chat_id=4001)
        await api.settle()
        assert api.texts_to(-777) == []
        assert api.texts_to(4001) == [khazar.t("fa")("help-unregistered")]
        assert api.texts_to(staff_chat) == texts


async def test_a_failing_handler_apologises_logs_and_the_bot_goes_on(
    khazar: Khazar, caplog, monkeypatch
):
    user = khazar.telegram.add_user(2001, "Aigul", language_code="kk")
    registration = khazar.services.registration

    async def broken_redeem(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(registration, "redeem", broken_redeem)
    with caplog.at_level(logging.ERROR):
        update = khazar.telegram.send_text(user, f"/start {khazar.codes['atyrau-01']}")
        texts = await texts_after(khazar.telegram, 2001, 1)
    assert texts == [khazar.t("kk")("error-apology")]
    failure = [r for r in caplog.records if r.name == "handlers.errors"]
    assert failure and str(update["update_id"]) in failure[0].getMessage()
    assert failure[0].exc_info and "disk on fire" in str(failure[0].exc_info[1])

    monkeypatch.undo()
    khazar.telegram.send_text(user, f"/start {khazar.codes['atyrau-01']}")
    texts = await texts_after(khazar.telegram, 2001, 2)
    assert "Айгүл Нұрланова" in texts[1]


async def test_a_malformed_update_does_not_stall_polling_and_a_repeated_one_is_handled_once(
    khazar: Khazar,
):
    user = khazar.telegram.add_user(2101, "Ruslan", language_code="ru")
    khazar.telegram.enqueue_raw_update({"message": {"text": "no chat, no date, no id"}})
    first = khazar.telegram.send_text(user, "/help")
    texts = await texts_after(khazar.telegram, 2101, 1)
    assert texts == [khazar.t("ru")("help-unregistered")]

    khazar.telegram.enqueue_raw_update(first, redeliver=True)
    khazar.telegram.send_text(user, "/language")
    await khazar.telegram.wait_for("sendMessage", chat_id=2101, count=2)
    await khazar.telegram.settle()
    assert khazar.telegram.texts_to(2101)[0] == khazar.t("ru")("help-unregistered")
    assert len(khazar.telegram.texts_to(2101)) == 2, "the repeated /help got no second answer"


async def test_stale_and_tampered_buttons_are_refused_and_change_nothing(khazar: Khazar):
    user = khazar.bale.add_user(2201, "Sabina", language_code="az")
    khazar.bale.send_text(user, f"/start {khazar.codes['neftchala-01']}")
    await texts_after(khazar.bale, 2201, 1)
    menu = khazar.bale.last_message_to(2201)
    before = await registration_snapshot(khazar)
    for forged in ("lang:xx", "lang:", "menu:self-destruct", "no-such-prefix:1", "x" * 64):
        khazar.bale.press_button(user, menu, forged)
    answers = await khazar.bale.wait_for("answerCallbackQuery", count=5)
    assert {a.params.get("text") for a in answers} == {khazar.t("az")("stale-button")}
    await khazar.bale.settle()
    assert await registration_snapshot(khazar) == before
    assert len(khazar.bale.texts_to(2201)) == 1


async def test_a_delegate_who_blocked_the_bot_is_marked_unreachable(khazar: Khazar):
    user = khazar.telegram.add_user(2301, "Bata", language_code="ru")
    khazar.telegram.block_user(2301)
    khazar.telegram.send_text(user, "/start")
    await khazar.telegram.wait_for("sendMessage", chat_id=2301)
    await khazar.telegram.settle()
    blocked = await account(khazar, Platform.TELEGRAM, 2301)
    assert blocked is not None and blocked.reachable is False and blocked.blocked_at is not None

    # Writing again means they unblocked us.
    khazar.telegram.unblock_user(2301)
    khazar.telegram.send_text(user, "/help")
    await khazar.telegram.wait_for("sendMessage", chat_id=2301, predicate=lambda r: r.ok)
    assert (await account(khazar, Platform.TELEGRAM, 2301)).reachable is True


async def test_command_menus_are_set_per_language_on_telegram_and_skipped_on_bale(khazar: Khazar):
    menus = khazar.telegram.requests_for("setMyCommands")
    by_language = {
        r.params.get("language_code"): r.params["commands"]
        for r in menus
        if (r.params.get("scope") or {}).get("type") == "default"
    }
    assert set(by_language) == {"fa", "ru", "az", "kk", "tk", "en", None}
    for lang in ["fa", "ru", "az", "kk", "tk", "en"]:
        descriptions = {c["command"]: c["description"] for c in by_language[lang]}
        assert descriptions["language"] == khazar.t(lang)("command-language")
    staff_menu = [r for r in menus if (r.params.get("scope") or {}).get("type") == "chat"]
    assert staff_menu and staff_menu[0].params["scope"]["chat_id"] == TELEGRAM_STAFF_CHAT
    assert khazar.bale.requests_for("setMyCommands") == []


async def test_same_user_id_on_both_platforms_are_two_accounts(khazar: Khazar):
    telegram_user = khazar.telegram.add_user(4242, "Erlan", language_code="kk")
    bale_user = khazar.bale.add_user(4242, "Reza", language_code="fa")
    khazar.telegram.send_text(telegram_user, f"/start {khazar.codes['mangystau-01']}")
    await texts_after(khazar.telegram, 4242, 1)
    khazar.bale.send_text(bale_user, "/start")
    texts = await texts_after(khazar.bale, 4242, 1)
    assert "ثبت‌نام" in texts[0] and "Erlan" not in texts[0]
    bale_account = await account(khazar, Platform.BALE, 4242)
    assert bale_account is not None and bale_account.delegate_id is None
