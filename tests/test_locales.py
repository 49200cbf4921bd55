"""The six locales are complete, agree with each other, and cover every id the code uses."""

from __future__ import annotations

import ast
import re
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl
from fluent.syntax.visitor import Visitor

from bot.config import PROJECT_ROOT
from bot.i18n import ENDONYMS, TranslatorHub, persian_number, to_ascii_digits

LOCALES = PROJECT_ROOT / "locales"
LANGUAGES = ["fa", "ru", "az", "kk", "tk", "en"]
CODE_FOLDERS = [PROJECT_ROOT / "bot", PROJECT_ROOT / "handlers"]


def parse_folder(lang: str) -> dict[str, ftl.Message]:
    messages: dict[str, ftl.Message] = {}
    for path in sorted((LOCALES / lang).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        junk = [entry for entry in resource.body if isinstance(entry, ftl.Junk)]
        assert not junk, f"{path}: cannot parse {junk[0].content[:120]!r}"
        for entry in resource.body:
            if isinstance(entry, ftl.Message):
                assert entry.id.name not in messages, f"{lang}: {entry.id.name} defined twice"
                messages[entry.id.name] = entry
    return messages


class _Variables(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.variant_keys: list[set[str]] = []

    def visit_VariableReference(self, node: ftl.VariableReference) -> None:
        self.names.add(node.id.name)

    def visit_SelectExpression(self, node: ftl.SelectExpression) -> None:
        self.variant_keys.append(
            {getattr(v.key, "name", getattr(v.key, "value", "")) for v in node.variants}
        )
        self.generic_visit(node)


def variables(message: ftl.Message) -> set[str]:
    visitor = _Variables()
    visitor.visit(message)
    return visitor.names


def message_text(message: ftl.Message) -> str:
    """The literal text of a message, without placeables."""
    parts: list[str] = []

    class Collect(Visitor):
        def visit_TextElement(self, node: ftl.TextElement) -> None:
            parts.append(node.value)

    Collect().visit(message)
    return "".join(parts)


LOCALE_MESSAGES = {lang: parse_folder(lang) for lang in LANGUAGES}


def test_every_language_has_a_folder_and_the_same_files():
    files = {lang: sorted(p.name for p in (LOCALES / lang).glob("*.ftl")) for lang in LANGUAGES}
    assert all(files[lang] == files["en"] for lang in LANGUAGES), files
    assert sorted(p.name for p in LOCALES.iterdir() if p.is_dir()) == sorted(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_id_is_missing_or_extra(lang):
    all_ids = set().union(*(set(m) for m in LOCALE_MESSAGES.values()))
    assert sorted(all_ids - set(LOCALE_MESSAGES[lang])) == [], f"missing in {lang}"


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != "en"])
def test_variables_are_the_same_as_in_english(lang):
    for message_id, english in LOCALE_MESSAGES["en"].items():
        assert variables(LOCALE_MESSAGES[lang][message_id]) == variables(english), (
            f"{lang}: {message_id} uses other variables than the English"
        )


def _ids_used_in_code() -> set[str]:
    """String literals in the code that look like message ids of a known feature prefix."""
    prefixes = {message_id.split("-")[0] for message_id in LOCALE_MESSAGES["en"]}
    pattern = re.compile(r"^[a-z]+(-[a-z0-9]+)+$")
    defined = set(LOCALE_MESSAGES["en"])
    used = set()
    for folder in CODE_FOLDERS:
        for path in folder.rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    value = node.value
                    if (
                        pattern.match(value) and value.split("-")[0] in prefixes
                    ) or value in defined:
                        used.add(value)
    return used


def test_the_code_uses_no_message_id_that_no_locale_defines():
    used = _ids_used_in_code()
    assert "register-success" in used and "staff-help" in used, (
        "the scan finds the ids the code uses"
    )
    assert sorted(used - set(LOCALE_MESSAGES["en"])) == []


def test_every_defined_message_is_used_by_the_code():
    # Ids referenced only from other messages or in tests would show up here.
    unused = set(LOCALE_MESSAGES["en"]) - _ids_used_in_code()
    assert sorted(unused) == []


# What staff and delegates type literally: commands and the placeholders of their syntax.
TYPED_AS_IS = re.compile(
    r"/[a-z_]+(?: [a-z][a-z0-9-]*(?![=\w-]))?|\b(?:KEY|CODE1|CODE2|NUMBER)\b|YYYY-MM-DD|HH:MM"
    # the broadcast syntax: audience and template fields (key=value), template names
    r"|\b[a-z]+=[^\s]*|\btemplate [a-z]+\b|\beveryone\b|^ *[a-z]{2}:"
    # examples of refs and the export lists, typed as they are
    r"|\b[a-z]+-\d\d\b|/export [a-z]+(?:, [a-z]+)*|\b(?:TEXT|REF)\b",
    re.MULTILINE,
)


def test_persian_is_written_as_persian():
    for message_id, message in LOCALE_MESSAGES["fa"].items():
        text = message_text(message)
        assert not re.search(r"[يك]", text), (
            f"fa {message_id}: Arabic yeh or kaf instead of Persian ی/ک"
        )
        assert not re.search(r"[0-9]", TYPED_AS_IS.sub("", text)), f"fa {message_id}: Latin digits"
        assert not re.search(r"[A-Za-z]{2,}", TYPED_AS_IS.sub("", text)), (
            f"fa {message_id}: Latin words"
        )
        # می/نمی are joined to the verb with a zero-width non-joiner, never a space or nothing.
        assert not re.search(r"(^|\s)(ن?می) ", text), f"fa {message_id}: 'می ' written with a space"
    all_text = "".join(message_text(m) for m in LOCALE_MESSAGES["fa"].values())
    assert "\u200c" in all_text


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_cyrillic_locales_hold_no_english(lang):
    for message_id, message in LOCALE_MESSAGES[lang].items():
        text = TYPED_AS_IS.sub("", message_text(message))
        latin_words = re.findall(r"[A-Za-z]{3,}", text)
        assert not latin_words, f"{lang} {message_id}: {latin_words}"


@pytest.mark.parametrize("lang", ["az", "tk"])
def test_latin_script_locales_are_not_english(lang):
    english_words = {"the", "and", "please", "your", "you", "this", "with", "code", "welcome"}
    for message_id, message in LOCALE_MESSAGES[lang].items():
        words = {
            w.lower() for w in re.findall(r"[A-Za-z]+", TYPED_AS_IS.sub("", message_text(message)))
        }
        assert not (words & english_words), f"{lang} {message_id}: {words & english_words}"


@pytest.fixture(scope="module")
def hub() -> TranslatorHub:
    from bot.config import LanguageSettings

    languages = LanguageSettings(
        available=LANGUAGES, default="en", fallback={"az": ["ru"], "kk": ["ru"], "tk": ["ru"]}
    )
    return TranslatorHub(LOCALES, languages.available, languages.chain, languages.default)


TEHRAN = ZoneInfo("Asia/Tehran")

SAMPLE_ARGS = {
    "name": "Anna",
    "delegation": "Gilan",
    "event": "Summit",
    "dates": "18–19",
    "venue": "Rasht",
    "role": "head",
    "role_name": "Head",
    "code": "K7XQ4MPA",
    "length": 8,
    "example": "ABCD2345",
    "starts": date(2025, 11, 18),
    "ends": date(2025, 11, 19),
    "day": datetime(2025, 11, 18, 9, 30, tzinfo=TEHRAN),
    "start": datetime(2025, 11, 18, 9, 30, tzinfo=TEHRAN),
    "end": datetime(2025, 11, 18, 10, 45, tzinfo=TEHRAN),
    "kind": "economy",
    "title": "Economy panel",
    "page": 2,
    "pages": 3,
    "names": "Anna, Ivan",
    "topics": "Trade",
    "spoken": "Persian",
    "into": "Russian, English",
    "minutes": 15,
    "count": 12,
    "old": "09:30",
    "new": "10:00",
    "other": "Opening",
    "key": "economy",
    "text": "25:99",
    "max": 120,
    "topic": "economy",
    "most": 3,
    "time": datetime(2025, 11, 18, 19, 0, tzinfo=TEHRAN),
    "note": "About the ferry line",
    "reason": "The governor leaves early",
    "requester": "Mazandaran",
    "target": "Astrakhan",
    "id": 7,
    "languages": "fa ↔ ru",
    "room": "Bilateral room 1",
    "status": "confirmed",
    "keys": "country, role",
    "value": "XX",
    "values": "AZ, IR",
    "limit": 4096,
    "template": "transport",
    "fields": "time=… place=…",
    "platforms": "telegram: 3",
    "language": "fa",
    "source": "ru",
    "bar": "▓▓░░",
    "sent": 10,
    "failed": 1,
    "pending": 5,
    "total": 16,
    "platform": "telegram",
    "blocked": 1,
    "cancelled": 0,
    "place": "Anzali",
    "action": "broadcast-sent",
    "detail": "#1",
    "counts": "fa: 3",
    "reachable": 10,
    "ref": "gilan-01",
    "links": "https://t.me/KhazarSummitBot?start=K7XQ4MPA",
    "kinds": "delegates, meetings, broadcasts",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_renders_without_errors(hub, lang, caplog):
    t = hub.get(lang)
    for message_id in LOCALE_MESSAGES[lang]:
        text = t(message_id, **SAMPLE_ARGS)
        assert text and text != message_id
    assert not [r for r in caplog.records if r.name == "bot.i18n"], caplog.text


def test_persian_numbers_and_dates(hub):
    fa = hub.get("fa")
    assert persian_number(4096) == "۴٬۰۹۶"
    assert "۱۲" in fa("register-code-malformed", length=12, example="ABCD2345EFGH")
    dates = fa("event-dates", starts=date(2025, 11, 18), ends=date(2025, 11, 19))
    assert "سه‌شنبه ۲۷ آبان ۱۴۰۴" in dates and "چهارشنبه ۲۸ آبان ۱۴۰۴" in dates
    # Latin names inside right-to-left text are isolated (FSI ... PDI).
    assert "\u2068Anna\u2069" in fa("register-already", name="Anna")
    assert "\u2068" not in hub.get("ru")("register-already", name="Anna")
    assert to_ascii_digits("۱۲۳٤٥") == "12345"


def test_missing_messages_fall_back_along_the_chain(tmp_path: Path):
    for lang in ("en", "ru", "kk"):
        (tmp_path / lang).mkdir()
    (tmp_path / "en" / "x.ftl").write_text("only-english = English\nboth = Both in English\n")
    (tmp_path / "ru" / "x.ftl").write_text("both = Оба по-русски\n")
    (tmp_path / "kk" / "x.ftl").write_text("")
    hub = TranslatorHub(tmp_path, ["en", "ru", "kk"], lambda lang: [lang, "ru", "en"], "en")
    assert hub.get("kk")("both") == "Оба по-русски"
    assert hub.get("kk")("only-english") == "English"
    assert hub.get("xx")("both") == "Both in English", "an unknown language gets the default"


def test_the_language_picker_names_each_language_in_itself():
    assert set(ENDONYMS) == set(LANGUAGES)
