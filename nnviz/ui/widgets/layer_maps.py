"""Every layer's output for one input, a row per layer (chapter 7.5): the Convolution tab's
"Inside the network" page and the Draw tab's live strip beside the pad. It draws what
``nnviz.engine.trace.forward_trace`` returned; no maths here."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

EMPTY = QColor("#f2f2f2")  # a cell with no value yet (NaN)


LEVELS = 255  # colour steps each side of 0: finer than the eye tells apart


def _palette() -> np.ndarray:
    """0xffRRGGBB for -1 .. 1 in 2 * LEVELS + 1 steps: red - white - blue."""
    # At most 60% of the full colour, so black numbers stay readable on the strongest cells.
    t = 0.6 * (np.arange(-LEVELS, LEVELS + 1) / LEVELS)[:, None]  # (511, 1)
    white = np.array([255.0, 255.0, 255.0])
    blue, red = np.array([31.0, 119.0, 180.0]), np.array([214.0, 39.0, 40.0])
    rgb = np.where(t >= 0, white + t * (blue - white), white - t * (red - white))
    u8 = rgb.astype(np.uint32)
    return (0xFF000000 | (u8[:, 0] << 16) | (u8[:, 1] << 8) | u8[:, 2]).astype(np.uint32)


PALETTE = _palette()
EMPTY_ARGB = np.uint32(0xFF000000 | EMPTY.rgb())


def colour_image(a: np.ndarray, scale: float | None = None) -> QImage:
    """(H, W) values -> RGB: white at 0, blue for positive, red for negative; NaN light grey."""
    finite = np.nan_to_num(a, nan=0.0)
    peak = scale if scale else float(np.abs(finite).max()) or 1.0
    # A table look-up, not arithmetic per pixel: the Draw tab recolours ~100 maps per pen move.
    index = np.rint(np.clip(finite / peak, -1, 1) * LEVELS).astype(np.intp) + LEVELS
    argb = PALETTE[index]  # 0xffRRGGBB: Format_RGB32 is drawn without converting every paint
    nan = np.isnan(a)
    if nan.any():
        argb[nan] = EMPTY_ARGB
    argb = np.ascontiguousarray(argb)
    h, w = a.shape
    return QImage(argb.data, w, h, 4 * w, QImage.Format.Format_RGB32).copy()


def channel_images(maps: np.ndarray) -> list[QImage]:
    """(C, H, W) maps -> one image per map, each on its own scale (coloured in one pass)."""
    C, H, W = maps.shape
    peaks = np.abs(np.nan_to_num(maps)).reshape(C, -1).max(axis=1)  # (C,)
    peaks[peaks == 0] = 1.0
    scaled = (maps / peaks[:, None, None]).reshape(C * H, W)
    stacked = colour_image(scaled, 1.0)  # one (C*H, W) image, cut into C below
    return [stacked.copy(0, c * H, W, H) for c in range(C)]


class LayerMapsView(QWidget):
    """Every layer's output for one input, a row per layer: its maps tiled, or a heat strip."""

    map_clicked = Signal(str, int)  # layer name, map (channel) index

    ROW_GAP = 6

    def __init__(self, compact: bool = False, parent=None):
        super().__init__(parent)
        # compact: the layer's name in a column to the left of its row (the Draw tab's narrow
        # strip), instead of a line above it (room for a caption with the whole shape).
        self.compact = compact
        self.layers: list[tuple[str, np.ndarray]] = []
        self._images: list[list[QImage]] = []
        self._tiles: list[tuple[QRectF, str, int]] = []
        self.placeholder = ""
        self.setMinimumSize(200, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def minimumSizeHint(self) -> QSize:
        if not self.compact:
            return super().minimumSizeHint()
        # A line per layer of the bundled SimpleConvNet (8 rows, Input to Softmax), whether or
        # not a digit is drawn yet: the strip appearing must not re-lay out the tab.
        line = self.fontMetrics().height()
        return QSize(160, 8 * (line + 3))

    def set_layers(self, layers: list[tuple[str, np.ndarray]]) -> None:
        self.layers = layers
        self._images = []
        for _, a in layers:
            a = np.asarray(a, dtype=np.float64)
            if a.ndim == 4:  # (1, C, H, W): one tile per channel, each on its own scale
                self._images.append(channel_images(a[0]))
            else:  # (1, D): one strip
                self._images.append([colour_image(a.reshape(1, -1))])
        self.update()

    def label(self, name: str, a: np.ndarray) -> str:
        return f"{name}  {tuple(a.shape)}"

    @staticmethod
    def short_shape(a: np.ndarray) -> str:
        """The shape without the batch of one: 30×24×24 for (1, 30, 24, 24)."""
        return "×".join(str(n) for n in np.shape(a)[1:])

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
        if self.compact:
            self._paint_compact(painter)
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
            self._paint_row(painter, area, name, a, images)
            y += row_h + self.ROW_GAP
        painter.end()

    def _paint_compact(self, painter: QPainter) -> None:
        """A row per layer, its name and shape in a column on the left, all rows in the widget's
        height: the whole forward pass at a glance."""
        gap = 3.0
        n = len(self.layers)
        if n * (painter.fontMetrics().height() + gap) > self.height():
            # A deep net (DeepConvNet) in a short strip: smaller names rather than overlapping.
            font = QFont(painter.font())
            font.setPixelSize(max(6, int(self.height() / n - gap) - 2))
            painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        texts = [(name, self.short_shape(a)) for name, a in self.layers]
        column = max(metrics.horizontalAdvance(t) for pair in texts for t in pair) + 8
        # A strip (Affine, Softmax) is one line of text high; the maps share what is left.
        is_maps = [np.asarray(a).ndim == 4 for _, a in self.layers]
        strips = len(is_maps) - sum(is_maps)
        spare = self.height() - gap * (len(self.layers) - 1) - strips * line
        maps_h = spare / max(1, sum(is_maps))
        if not any(is_maps):  # a fully connected net: its heat rows share the height
            strip_h = min(3.0 * line, (self.height() - gap * (len(self.layers) - 1)) / n)
        else:
            strip_h = float(line)
        y = 0.0
        for (name, a), images, maps, (title, shape) in zip(
            self.layers, self._images, is_maps, texts, strict=True
        ):
            row_h = max(4.0, maps_h) if maps else strip_h
            painter.setPen(Qt.GlobalColor.black)
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            if row_h >= 2 * line:  # room for the shape under the name
                painter.drawText(QRectF(2, y + row_h / 2 - line, column, line), flags, title)
                painter.setPen(QColor("#555555"))
                painter.drawText(QRectF(2, y + row_h / 2, column, line), flags, shape)
            else:
                painter.drawText(QRectF(2, y, column, row_h), flags, title)
            area = QRectF(column, y + 1, self.width() - column - 2, row_h - 2)
            self._paint_row(painter, area, name, a, images)
            y += row_h + gap

    def _paint_row(self, painter: QPainter, area: QRectF, name: str, a, images) -> None:
        if np.asarray(a).ndim != 4:
            painter.drawImage(area, images[0])
            painter.setPen(QPen(QColor(160, 160, 160), 0))
            painter.drawRect(area)
            return
        per_row, side = self._tiling(len(images), area.width(), area.height())
        for idx, image in enumerate(images):
            r, c = divmod(idx, per_row)
            tile = QRectF(area.left() + c * (side + 2), area.top() + r * (side + 2), side, side)
            painter.drawImage(tile, image)
            self._tiles.append((tile, name, idx))

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
