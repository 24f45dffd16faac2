"""The Convolution tab's pictures: a matrix of numbers (input, filter, output, im2col) and the
maps of every layer of a network. They draw what the state handed them; no maths here."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

WINDOW_COLOUR = QColor("#ff7f0e")  # the sliding window (orange, as CNN Explainer)
WINNER_COLOUR = QColor("#d62728")  # max pooling's winner
PAD_TINT = QColor(120, 170, 230, 90)  # the zero border added by padding
EMPTY = QColor("#f2f2f2")  # an output cell the window has not reached yet
MIN_TEXT_CELL = 20  # numbers are written in cells at least this wide (pixels)


def caption() -> QLabel:
    """A centred, wrapping label above a picture."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def colour_image(a: np.ndarray, scale: float | None = None) -> QImage:
    """(H, W) values -> RGB: white at 0, blue for positive, red for negative; NaN light grey."""
    finite = np.nan_to_num(a, nan=0.0)
    peak = scale if scale else float(np.abs(finite).max()) or 1.0
    # At most 60% of the full colour, so black numbers stay readable on the strongest cells.
    t = 0.6 * np.clip(finite / peak, -1, 1)[..., None]  # (H, W, 1)
    white = np.array([255.0, 255.0, 255.0])
    blue, red = np.array([31.0, 119.0, 180.0]), np.array([214.0, 39.0, 40.0])
    rgb = np.where(t >= 0, white + t * (blue - white), white - t * (red - white))
    rgb[np.isnan(a)] = (EMPTY.red(), EMPTY.green(), EMPTY.blue())
    # 0xffRRGGBB words: Format_RGB32 is what the painter draws without converting every paint.
    u8 = rgb.astype(np.uint32)
    argb = np.ascontiguousarray(0xFF000000 | (u8[..., 0] << 16) | (u8[..., 1] << 8) | u8[..., 2])
    h, w = a.shape
    return QImage(argb.data, w, h, 4 * w, QImage.Format.Format_RGB32).copy()


def number_text(v: float) -> str:
    if np.isnan(v):
        return ""
    return f"{v:.0f}" if float(v).is_integer() and abs(v) < 1e5 else f"{v:.2g}"


class MatrixView(QWidget):
    """A matrix drawn cell by cell: colours, numbers when they fit, the window, the winners."""

    cell_clicked = Signal(int, int)  # row, column

    def __init__(self, square: bool = True, parent=None):
        super().__init__(parent)
        self.square = square
        self.values = np.zeros((1, 1))
        self._image: QImage | None = None
        self.pad = 0
        self.window: tuple[int, int, int, int] | None = None  # top, left, height, width
        self.rows: list[int] = []  # whole rows highlighted (the im2col row)
        self.marks: list[tuple[int, int]] = []
        self.setMinimumSize(80, 80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def set_matrix(self, a, pad=0, window=None, rows=(), marks=(), scale=None) -> None:
        self.values = np.asarray(a, dtype=np.float64)
        self._image = colour_image(self.values, scale)
        self.pad, self.window = pad, window
        self.rows, self.marks = list(rows), list(marks)
        self.update()

    def cell_size(self) -> tuple[float, float]:
        h, w = self.values.shape
        cw, ch = self.width() / w, self.height() / h
        if self.square:
            cw = ch = min(cw, ch, 64.0)
        else:
            cw = min(cw, 64.0)
            ch = min(ch, cw)
        return cw, ch

    def matrix_rect(self) -> QRectF:
        h, w = self.values.shape
        cw, ch = self.cell_size()
        return QRectF((self.width() - cw * w) / 2, 0, cw * w, ch * h)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        rect = self.matrix_rect()
        if not rect.contains(x, y):
            return None
        cw, ch = self.cell_size()
        return int((y - rect.top()) / ch), int((x - rect.left()) / cw)

    def mousePressEvent(self, event) -> None:
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is not None:
            self.cell_clicked.emit(*cell)
        super().mousePressEvent(event)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        rect = self.matrix_rect()
        h, w = self.values.shape
        cw, ch = self.cell_size()
        if self._image is not None:
            painter.drawImage(rect, self._image)
        if self.pad:
            p = self.pad
            inner = QRectF(
                rect.left() + p * cw, rect.top() + p * ch, (w - 2 * p) * cw, (h - 2 * p) * ch
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PAD_TINT)
            for band in (
                QRectF(rect.left(), rect.top(), rect.width(), p * ch),
                QRectF(rect.left(), inner.bottom(), rect.width(), p * ch),
                QRectF(rect.left(), inner.top(), p * cw, inner.height()),
                QRectF(inner.right(), inner.top(), p * cw, inner.height()),
            ):
                painter.drawRect(band)
        if cw >= 6 and ch >= 6:
            painter.setPen(QPen(QColor(190, 190, 190), 0))
            for i in range(w + 1):
                x = rect.left() + i * cw
                painter.drawLine(x, rect.top(), x, rect.bottom())
            for i in range(h + 1):
                y = rect.top() + i * ch
                painter.drawLine(rect.left(), y, rect.right(), y)
        if cw >= MIN_TEXT_CELL and ch >= MIN_TEXT_CELL * 0.7:
            texts = [[number_text(v) for v in row] for row in self.values]
            longest = max(len(t) for row in texts for t in row) or 1
            font = QFont(self.font())
            # Large enough to read from the back of a room, small enough that -0.0059 fits.
            font.setPixelSize(max(8, int(min(ch * 0.45, cw * 0.32, 1.6 * cw / longest))))
            painter.setFont(font)
            painter.setPen(Qt.GlobalColor.black)
            for r in range(h):
                for c in range(w):
                    cell = QRectF(rect.left() + c * cw, rect.top() + r * ch, cw, ch)
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, texts[r][c])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for r in self.rows:
            painter.setPen(QPen(WINDOW_COLOUR, 3))
            painter.drawRect(QRectF(rect.left(), rect.top() + r * ch, rect.width(), max(ch, 2)))
        if self.window is not None:
            top, left, wh, ww = self.window
            painter.setPen(QPen(WINDOW_COLOUR, 3))
            painter.drawRect(
                QRectF(rect.left() + left * cw, rect.top() + top * ch, ww * cw, wh * ch)
            )
        for r, c in self.marks:
            painter.setPen(QPen(WINNER_COLOUR, 3))
            painter.drawEllipse(
                QRectF(rect.left() + c * cw + 2, rect.top() + r * ch + 2, cw - 4, ch - 4)
            )
        painter.end()


class LayerMapsView(QWidget):
    """Every layer's output for one input, a row per layer: its maps tiled, or a heat strip."""

    map_clicked = Signal(str, int)  # layer name, map (channel) index

    ROW_GAP = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layers: list[tuple[str, np.ndarray]] = []
        self._images: list[list[QImage]] = []
        self._tiles: list[tuple[QRectF, str, int]] = []
        self.placeholder = ""
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_layers(self, layers: list[tuple[str, np.ndarray]]) -> None:
        self.layers = layers
        self._images = []
        for _, a in layers:
            a = np.asarray(a, dtype=np.float64)
            if a.ndim == 4:  # (1, C, H, W): one tile per channel, each on its own scale
                self._images.append([colour_image(m, float(np.abs(m).max()) or 1.0) for m in a[0]])
            else:  # (1, D): one strip
                self._images.append([colour_image(a.reshape(1, -1))])
        self.update()

    def label(self, name: str, a: np.ndarray) -> str:
        return f"{name}  {tuple(a.shape)}"

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        self._tiles = []
        if not self.layers:
            painter.setPen(QColor("#666666"))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(QRectF(self.rect()), flags, self.placeholder)
            painter.end()
            return
        metrics = painter.fontMetrics()
        line = metrics.height()
        # Maps get three shares of the height, one-line strips (affine, softmax) one share.
        weights = [3 if np.asarray(a).ndim == 4 else 1 for _, a in self.layers]
        spare = self.height() - len(self.layers) * (self.ROW_GAP + line + 4)
        y = 0.0
        for (name, a), images, weight in zip(self.layers, self._images, weights, strict=True):
            row_h = line + 4 + max(6.0, spare * weight / sum(weights))
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRectF(4, y, self.width() - 8, line), self.label(name, a))
            area = QRectF(4, y + line + 2, self.width() - 8, row_h - line - 4)
            if np.asarray(a).ndim != 4:
                painter.drawImage(area, images[0])
                painter.setPen(QPen(QColor(160, 160, 160), 0))
                painter.drawRect(area)
            else:
                per_row, side = self._tiling(len(images), area.width(), area.height())
                for idx, image in enumerate(images):
                    r, c = divmod(idx, per_row)
                    tile = QRectF(
                        area.left() + c * (side + 2), area.top() + r * (side + 2), side, side
                    )
                    painter.drawImage(tile, image)
                    self._tiles.append((tile, name, idx))
            y += row_h + self.ROW_GAP
        painter.end()

    @staticmethod
    def _tiling(k: int, width: float, height: float) -> tuple[int, float]:
        """Tiles per row, and their side, that make k square tiles largest in width x height."""
        best = (k, 1.0)
        for per_row in range(1, k + 1):
            rows = -(-k // per_row)
            side = min(width / per_row, height / rows) - 2
            if side > best[1]:
                best = (per_row, side)
        return best

    def mousePressEvent(self, event) -> None:
        for tile, name, idx in self._tiles:
            if tile.contains(event.position()):
                self.map_clicked.emit(name, idx)
                break
        super().mousePressEvent(event)
