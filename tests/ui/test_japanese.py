"""Japanese, the book's own language: the menu entry, a live switch, the system locale, the
Japanese glyph forms, Qt's own dialogs, and every tab with no English left."""

import re

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QTabBar,
    QWidget,
)

from nnviz.languages import match_language
from nnviz.ui import i18n
from nnviz.ui.app import create_window

KANA = re.compile(r"[\u3040-\u30ff]")
# Words that stay in Latin letters in the Japanese edition too: names of functions, layers,
# networks, optimizers, data sets and initial weights, and the code the book prints.
KEPT = {
    "AND",
    "NAND",
    "OR",
    "XOR",
    "ReLU",
    "Leaky",
    "Affine",
    "Softmax",
    "Loss",
    "Dropout",
    "Weight",
    "decay",
    "Batch",
    "Norm",
    "Normalization",
    "MNIST",
    "SGD",
    "Momentum",
    "Nesterov",
    "AdaGrad",
    "RMSprop",
    "Adam",
    "Xavier",
    "He",
    "Conv",
    "Pool",
    "Conv1",
    "SimpleConvNet",
    "DeepConvNet",
    "TwoLayerNet",
    "simpleNet",
    "MLP",
    "CNN",
    "nnviz",
    "Sigmoid",
    "sigmoid",
    "tanh",
    "exp",
    "log",
    "relu",
    "softmax",
    "numerical",
    "gradient",
    "lambda",
    "loss",
    "net",
    "im2col",
    "col",
    "max",
    "arange",
    "random",
    "choice",
    "randn",
    "np",
    "dot",
    "inf",
    "nan",
    "CSV",
    "PNG",
    "Esc",
    "Ctrl",
    "Enter",
    "Rosenbrock",
    "Himmelblau",
    "Linear",
    "init",
    "float",
    "dout",
    "sin",
    "std",
    "Max",
    "SVG",
    "Average",
    "with",  # Max / Average プーリング, Softmax-with-Loss: the book's names
}
WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def window_ja(qtbot):
    win = create_window(lang="ja", persist=False)
    win.ask_before_close = False
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    i18n.install_language("en")


def test_the_language_menu_offers_japanese_by_its_own_name(window):
    names = [a.text() for a in window.language_menu.actions()]
    assert "日本語" in names and "中文" in names and "English" in names


def test_switching_to_japanese_live_and_back(window):
    window.language_actions["ja"].trigger()
    try:
        assert window.language == "ja"
        assert window.file_menu.title() == "ファイル(&F)"
        assert window.larger_action.text() == "文字を大きく(&L)"
        assert "ゼロから作るDeep Learning" in window.windowTitle()
        titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        assert "パーセプトロン" in titles and "誤差逆伝播法" in titles
        assert window.language_actions["ja"].isChecked()
        window.language_actions["zh_CN"].trigger()
        assert window.file_menu.title() == "文件(&F)"
    finally:
        window.language_actions["en"].trigger()
    assert window.file_menu.title() == "&File"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("ja_JP", "ja"), ("ja", "ja"), ("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("de_DE", "en")],
)
def test_the_system_locale_chooses_the_language(monkeypatch, locale, expected):
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(locale)))
    assert i18n.system_language() == expected


def test_the_command_line_and_settings_accept_the_usual_spellings_of_japanese():
    assert match_language("ja") == match_language("ja_JP") == match_language("ja-JP") == "ja"
    assert i18n.normalize_language("JA_jp") == "ja"


def test_japanese_is_drawn_with_japanese_glyph_forms_and_chinese_with_chinese(window):
    window.set_language("ja")
    try:
        assert QApplication.font().families()[-1] == "Noto Sans CJK JP"
        label = window.findChild(QTabBar)
        assert QFontInfo(label.font()).family()  # the Latin family still comes first
        window.set_language("zh_CN")
        assert QApplication.font().families()[-1] == i18n.cjk_family("zh_CN")
        assert "JP" not in QApplication.font().families()[-1]
    finally:
        window.set_language("en")
    assert "Noto Sans CJK JP" not in QApplication.font().families()


def test_the_text_size_survives_a_language_switch(window):
    window.larger_text()
    size = QApplication.font().pointSizeF()
    window.set_language("ja")
    try:
        assert QApplication.font().pointSizeF() == size
    finally:
        window.set_language("en")
        window.reset_text()


def test_the_open_and_save_dialogs_are_all_japanese(window_ja):
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(window_ja, "nnviz", "", "nnviz models (*.npz)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        dialog.show()
        try:
            widgets = dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)
            texts = [w.text() for w in widgets if w.isVisible() and w.text()]
        finally:
            dialog.close()
        assert len(texts) >= 4, texts
        english = [t for t in texts if not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", t)]
        assert not english, f"English left in the Japanese file dialog: {english}"
        assert "場所(&L)：" in texts or mode == QFileDialog.AcceptMode.AcceptSave


def _visible_texts(page: QWidget) -> list[str]:
    texts = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if widget.toolTip():
            texts.append(widget.toolTip())
    return texts


def _english_words(text: str) -> list[str]:
    plain = re.sub(r"<[^>]+>|&\w+;|<code>.*?</code>|<tt>.*?</tt>", " ", text)
    plain = re.sub(r"\b\w+\.(py|png|npz|json|csv)\b|\w+\(|\w*_\w+|\[[^\]]*\]", " ", plain)
    return [w for w in WORD.findall(plain) if w not in KEPT]


def test_every_tab_in_japanese_has_no_english_left(window_ja):
    window_ja.resize(1024, 700)
    left = {}
    for tab_id, page in window_ja.pages.items():
        window_ja.show_tab(tab_id)
        QApplication.processEvents()
        page.prepare_screenshot()
        QApplication.processEvents()
        texts = _visible_texts(page)
        assert any(KANA.search(t) for t in texts), f"{tab_id}: no Japanese at all"
        words = sorted({w for t in texts for w in _english_words(t)})
        if words:
            left[tab_id] = words
    assert not left, f"English words left in the Japanese interface: {left}"
