"""Settings: the shipped config loads, the environment overrides it, and every mistake is
reported as one line naming the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from bot.platforms import Platform

SHIPPED = Path(__file__).resolve().parent.parent / "config.toml"


def write_config(tmp_path: Path, replace: tuple[str, str] | None = None, extra: str = "") -> Path:
    text = SHIPPED.read_text(encoding="utf-8")
    if replace:
        assert replace[0] in text
        text = text.replace(*replace)
    path = tmp_path / "config.toml"
    path.write_text(text + extra, encoding="utf-8")
    return path


def test_the_shipped_config_loads_with_the_summit_facts(monkeypatch):
    monkeypatch.delenv("KHAZAR_DATABASE_URL", raising=False)
    settings = load_settings(SHIPPED)
    assert settings.event.timezone == "Asia/Tehran"
    assert str(settings.event.starts_on) == "2025-11-18"
    assert settings.languages.available == ["fa", "ru", "az", "kk", "tk", "en"]
    assert settings.languages.chain("kk") == ["kk", "ru", "en"]
    assert settings.bale.api_base == "https://tapi.bale.ai"
    assert settings.resolved_database_url.endswith("/data/khazar.sqlite3")
    assert settings.resolved_database_url.startswith("sqlite+aiosqlite:////")


def test_the_environment_overrides_the_file_and_tokens_stay_secret(monkeypatch, tmp_path):
    monkeypatch.setenv("KHAZAR_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path}/other.sqlite3")
    monkeypatch.setenv("KHAZAR_TELEGRAM_TOKEN", "123456:SECRET-telegram-token")
    settings = load_settings(SHIPPED)
    assert settings.resolved_database_url == f"sqlite+aiosqlite:///{tmp_path}/other.sqlite3"
    assert settings.token(Platform.TELEGRAM).get_secret_value() == "123456:SECRET-telegram-token"
    assert "SECRET" not in repr(settings) and "SECRET" not in str(settings.model_dump())
    assert settings.missing_tokens() == ["KHAZAR_BALE_TOKEN"]


@pytest.mark.parametrize(
    ("replace", "extra", "named"),
    [
        (('timezone = "Asia/Tehran"', 'timezone = "Mars/Olympus"'), "", "event.timezone"),
        (None, "\n[polling]\nconcurrent_updates = 0\n", None),
        (("# staff_chat_id = -1001234567890", "stafff_chat_id = 5"), "", "telegram.stafff_chat_id"),
        (
            ("# staff_chat_id = -1001234567890", 'staff_chat_id = "the staff group"'),
            "",
            "telegram.staff_chat_id",
        ),
        (('default = "en"', 'default = "de"'), "", "languages"),
        (('code = "caspian-governors-2025"', ""), "", "event.code"),
    ],
)
def test_a_wrong_setting_is_one_line_naming_the_key(tmp_path, replace, extra, named):
    path = write_config(tmp_path, replace, extra)
    with pytest.raises(ConfigError) as caught:
        load_settings(path)
    lines = caught.value.lines
    assert lines and all(line.startswith(str(path)) and "\n" not in line for line in lines)
    if named:
        assert any(named in line for line in lines), lines


def test_missing_file_and_broken_toml_are_explained(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        load_settings(tmp_path / "nowhere.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[event\ncode = 1\n")
    with pytest.raises(ConfigError, match=r"not valid TOML.*line 1"):
        load_settings(broken)


def test_khazar_config_selects_the_file(monkeypatch, tmp_path):
    path = write_config(tmp_path, ('code = "caspian-governors-2025"', 'code = "next-summit"'))
    monkeypatch.setenv("KHAZAR_CONFIG", str(path))
    assert load_settings().event.code == "next-summit"
