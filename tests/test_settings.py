"""Settings resolved once (``veille.settings``): the value given, else its environment variable, else its default."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.settings import SETTINGS, resolve


def test_settings_defaults_live_under_the_data_dir():
    settings = resolve(environ={})
    assert settings.kb_path == settings.data_dir / "kb.sqlite"
    assert settings.store_url == f"sqlite:///{settings.data_dir / 'veille.sqlite'}"
    assert settings.token is None and settings.today is None


def test_settings_variables_set_what_is_not_given(tmp_path):
    environ = {"VEILLE_DATA_DIR": str(tmp_path / "data"), "VEILLE_API_TOKEN": "t0ken", "VEILLE_TODAY": "2024-06-30"}
    settings = resolve(environ=environ)
    assert settings.data_dir == tmp_path / "data" and settings.kb_path == tmp_path / "data" / "kb.sqlite"
    assert settings.token == "t0ken" and settings.today == dt.date(2024, 6, 30)


def test_settings_given_values_win_over_variables(tmp_path):
    environ = {"VEILLE_KB": str(tmp_path / "env.sqlite"), "VEILLE_DB": "postgresql+psycopg://env/veille"}
    settings = resolve(kb=tmp_path / "given.sqlite", db="postgresql+psycopg://given/veille", environ=environ)
    assert settings.kb_path == tmp_path / "given.sqlite" and settings.store_url == "postgresql+psycopg://given/veille"
    assert resolve(environ=environ).kb_path == tmp_path / "env.sqlite"


@pytest.mark.parametrize("today", ["30/06/2024", "2024-02-30"])
def test_settings_refuse_a_today_that_is_no_date(today):
    with pytest.raises(ValueError):
        resolve(today=today, environ={})


def test_settings_each_is_declared_once_with_its_variable_and_help():
    assert len({setting.variable for setting in SETTINGS}) == len(SETTINGS)
    assert all(setting.variable.startswith("VEILLE_") and setting.help for setting in SETTINGS)
