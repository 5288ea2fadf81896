"""Settings are declared once, the dialog has a field for each, and values round-trip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from n3desk.app import settings
from n3desk.app.settings_dialog import FIELDS, SettingsDialog


def test_every_setting_is_declared_with_a_description_and_has_a_field(qtbot: QtBot) -> None:
    """Each setting in ALL has a key, a default of its type, a description and a form field."""
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    keys = [s.key for s in settings.ALL]
    assert len(keys) == len(set(keys))
    for setting in settings.ALL:
        assert isinstance(setting.default, setting.type)
        assert setting.description
        assert dialog.findChild(QWidget, FIELDS[setting.key]) is not None
    assert set(FIELDS) == set(keys)


def test_dialog_shows_stored_values_and_saves_only_changes(qtbot: QtBot) -> None:
    """The dialog opens on the stored values and writes back exactly what was changed."""
    settings.put(settings.PROJECTOR_FONT_SCALE, 1.5)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.value(settings.PROJECTOR_FONT_SCALE.key) == 1.5
    dialog.set_value(settings.LANGUAGE.key, "da")
    dialog.set_value(settings.THEME.key, "high_contrast.xml")
    dialog.set_value(settings.FONT_SCALE.key, 1.3)
    dialog.set_value(settings.SOUND.key, False)
    changed = dialog.save()
    assert changed == {
        settings.LANGUAGE.key: "da",
        settings.THEME.key: "high_contrast.xml",
        settings.FONT_SCALE.key: 1.3,
        settings.SOUND.key: False,
    }
    assert settings.get(settings.LANGUAGE) == "da"
    assert settings.get(settings.THEME) == "high_contrast.xml"
    assert settings.get(settings.FONT_SCALE) == pytest.approx(1.3)
    assert settings.get(settings.SOUND) is False
    assert settings.get(settings.PROJECTOR_FONT_SCALE) == 1.5


def test_bad_values_fall_back_and_are_refused() -> None:
    """A hand-edited value outside the declaration reads as the default; put refuses one."""
    QSettings().setValue(settings.THEME.key, "neon.xml")
    QSettings().setValue(settings.FONT_SCALE.key, "7")
    assert settings.get(settings.THEME) == settings.THEME.default
    assert settings.get(settings.FONT_SCALE) == settings.FONT_SCALE.default
    with pytest.raises(ValueError, match="neon"):
        settings.put(settings.THEME, "neon.xml")
    with pytest.raises(TypeError):
        settings.put(settings.FONT_SCALE, "big")  # type: ignore[arg-type]
