"""Qt's own dialogs speak the interface's language: no "Look in:" in the Chinese interface."""

import re

from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

HAN = re.compile(r"[\u4e00-\u9fff]")


def file_dialog_texts(window, accept_mode) -> list[str]:
    dialog = QFileDialog(window, "nnviz", "", "nnviz models (*.npz)")
    # The offscreen platform has no native dialog: Qt's own is what a user without one sees.
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(accept_mode)
    dialog.show()
    try:
        widgets = dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)
        return [w.text() for w in widgets if w.isVisible() and w.text()]
    finally:
        dialog.close()


def test_the_open_and_save_dialogs_are_all_chinese_in_the_chinese_interface(window_zh):
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        texts = file_dialog_texts(window_zh, mode)
        assert len(texts) >= 4, texts  # "Look in", "File name", "Files of type", the buttons
        english = [t for t in texts if not HAN.search(t)]
        assert not english, f"English left in the Chinese file dialog: {english}"
    assert "查找范围(&L)：" in file_dialog_texts(window_zh, QFileDialog.AcceptMode.AcceptOpen)
