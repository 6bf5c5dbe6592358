"""File > Appearance: light, dark or the operating system's colours, and the text size; applied at once, kept in
the workstation's settings."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from .. import config
from . import theme


class AppearanceDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appearanceDialog")
        self.setWindowTitle(self.tr("Appearance"))
        current, size = theme.current()
        self.theme = QComboBox(objectName="themeChoice")
        for code, label in (("system", self.tr("Follow the operating system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark"))):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)))
        self.font_size = QSpinBox(objectName="fontSize")
        self.font_size.setRange(config.FONT_SIZES[0] - 1, config.FONT_SIZES[1])
        self.font_size.setSpecialValueText(self.tr("System size"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(size or config.FONT_SIZES[0] - 1)
        form = QFormLayout(self)
        form.addRow(self.tr("Colours"), self.theme)
        form.addRow(self.tr("Text size"), self.font_size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.theme.currentIndexChanged.connect(self.preview)
        self.font_size.valueChanged.connect(self.preview)
        self._before = (current, size)

    def chosen(self) -> tuple[str, int]:
        size = self.font_size.value()
        return str(self.theme.currentData()), 0 if size < config.FONT_SIZES[0] else size

    def preview(self) -> None:
        theme.apply(QApplication.instance(), *self.chosen())

    def accept(self) -> None:
        name, size = self.chosen()
        try:
            settings = config.load()
        except config.ConfigError:
            settings = config.Settings()
        settings.theme, settings.font_size = name, size
        config.save(settings)
        theme.apply(QApplication.instance(), name, size)
        super().accept()

    def reject(self) -> None:
        theme.apply(QApplication.instance(), *self._before)
        super().reject()
