"""The settings dialog (form ``ui/settings_dialog.ui``): one field per declared setting.

The dialog reads every setting in :data:`n3desk.app.settings.ALL` into its field
(:data:`FIELDS` names the field of each key) and, when accepted, writes back only
what changed; :meth:`SettingsDialog.changed` tells the caller what to re-apply.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QSpinBox, QWidget

from n3desk.app import settings
from n3desk.app.forms import child, load_form

# setting key → object name of its field in the form
FIELDS: dict[str, str] = {
    settings.LANGUAGE.key: "language",
    settings.THEME.key: "theme",
    settings.FONT_SCALE.key: "fontScale",
    settings.SOUND.key: "sound",
    settings.PROJECTOR_SCREEN.key: "projectorScreen",
    settings.PROJECTOR_THEME.key: "projectorTheme",
    settings.PROJECTOR_FONT_SCALE.key: "projectorFontScale",
}

Value = str | int | float | bool


class SettingsDialog(QDialog):
    """Language, theme, text sizes, the projector's screen and look, and sound."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_form("settings_dialog.ui", self)
        buttons = child(self, QDialogButtonBox, "buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._fill_choices()
        # Room for the longest label and the sound checkbox's sentence in every language.
        self.setMinimumWidth(max(self.sizeHint().width(), 640))
        self.before = {s.key: settings.read(s) for s in settings.ALL}
        for setting in settings.ALL:
            self.set_value(setting.key, self.before[setting.key])

    def _combo(self, key: str) -> QComboBox:
        return child(self, QComboBox, FIELDS[key])

    def _fill_choices(self) -> None:
        language = self._combo(settings.LANGUAGE.key)
        language.addItem(self.tr("Like the system"), "")
        for code, name in (
            ("sv", "Svenska"), ("en", "English"), ("nb", "Norsk bokmål"), ("da", "Dansk"),
        ):  # fmt: skip
            language.addItem(name, code)  # each language in its own name
        theme = self._combo(settings.THEME.key)
        for code, name in zip(
            settings.THEMES,
            (self.tr("Light"), self.tr("Dark"), self.tr("High contrast")),
            strict=True,
        ):
            theme.addItem(name, code)
        looks = self._combo(settings.PROJECTOR_THEME.key)
        names = (self.tr("Like the window"), self.tr("Light"), self.tr("Dark"),
                 self.tr("High contrast"))  # fmt: skip
        for code, name in zip(settings.PROJECTOR_THEMES, names, strict=True):
            looks.addItem(name, code)
        screens = self._combo(settings.PROJECTOR_SCREEN.key)
        screens.addItem(self.tr("Any screen that is not this one"), "")
        for screen in QGuiApplication.screens():
            size = screen.size()
            screens.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())

    # -- values -----------------------------------------------------------------------

    def set_value(self, key: str, value: Value) -> None:
        """Show ``value`` in the field of setting ``key``."""
        field = self.findChild(QWidget, FIELDS[key])
        if isinstance(field, QComboBox):
            index = field.findData(value)
            if index < 0 and isinstance(value, str) and value:
                field.addItem(value, value)  # a remembered screen not connected now
                index = field.count() - 1
            field.setCurrentIndex(max(0, index))
        elif isinstance(field, QSpinBox) and isinstance(value, int | float):
            field.setValue(round(float(value) * 100))
        elif isinstance(field, QCheckBox):
            field.setChecked(bool(value))

    def value(self, key: str) -> Value:
        """The value the field of setting ``key`` holds now, of the declared type."""
        field = self.findChild(QWidget, FIELDS[key])
        if isinstance(field, QComboBox):
            return str(field.currentData())
        if isinstance(field, QSpinBox):
            return field.value() / 100
        if isinstance(field, QCheckBox):
            return field.isChecked()
        raise LookupError(f"no field for {key}")

    def changed(self) -> dict[str, Value]:
        """The settings whose fields differ from the stored values."""
        return {key: self.value(key) for key in FIELDS if self.value(key) != self.before[key]}

    def save(self) -> dict[str, Value]:
        """Store what changed; returns it."""
        changes = self.changed()
        for setting in settings.ALL:
            if setting.key in changes:
                settings.write(setting, changes[setting.key])
        return changes
