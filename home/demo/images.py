"""Artwork generated for the demo site: one illustration per page, drawn with Pillow as the
demo loads.

A picture follows from what it illustrates. The page's programme picks the palette; its topics
lead the choice of motif (converging paths for grooming, speech shapes for reporting, columns for
data…), which also steers clear of the motifs drawn most in that programme so far and of those
of the projects the page is about; a seed made from the page's key decides the rest: light or
dark ground, which colours lead, where every shape goes. The same data therefore always yields
the same pixels, and no two pages share a picture. Shapes are flat and drawn straight at full
size, so a picture takes a few hundredths of a second; browsers draw every rendition smaller
than this, which smooths the edges."""

import io
import math
import random
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from PIL import Image, ImageDraw

SEED = 20161
IMAGE_CREDIT = "Illustration generated for this demo"
WIDE = (1600, 900)  # full-width heroes (home page, stories)
STANDARD = (1200, 675)  # everything else: cards, lead images, social previews
# How many more pictures of a programme may show a motif of the page's own topics before
# another motif is chosen instead: the topics lead, without every page on them looking alike.
TOPIC_PREFERENCE = 1

Colour = tuple[int, int, int]


@dataclass(frozen=True)
class Palette:
    name: str  # for the alt text: "teal and amber"
    dark: tuple[Colour, Colour]  # a dark ground, as two ends of a gradient
    light: tuple[Colour, Colour]  # a light ground
    inks: tuple[Colour, Colour, Colour, Colour]  # from deep to pale
    accent: Colour

    def inks_on(self, dark: bool) -> list[Colour]:
        """Shape colours that stand out from the ground: the pale ones on a dark ground, the
        deep ones on a light ground, each with the accent last."""
        deep, mid, soft, pale = self.inks
        return [mid, soft, pale, self.accent] if dark else [deep, mid, soft, self.accent]


FUND = Palette(
    "teal and amber",
    dark=((11, 37, 69), (10, 84, 98)),
    light=((250, 247, 242), (227, 241, 242)),
    inks=((11, 37, 69), (10, 104, 112), (88, 160, 166), (190, 226, 228)),
    accent=(244, 162, 89),
)
PROGRAMME_PALETTES = {
    "research-fund": Palette(
        "sea green and coral",
        dark=((9, 40, 52), (14, 70, 74)),
        light=((246, 249, 246), (221, 238, 232)),
        inks=((12, 62, 66), (27, 122, 112), (108, 186, 166), (199, 234, 222)),
        accent=(238, 124, 98),
    ),
    "disrupting-harm": Palette(
        "terracotta and sand",
        dark=((36, 30, 56), (74, 42, 58)),
        light=((251, 244, 234), (246, 226, 210)),
        inks=((92, 38, 36), (192, 86, 60), (236, 152, 96), (248, 214, 176)),
        accent=(92, 160, 158),
    ),
    "tech-solutions": Palette(
        "cobalt and sky blue",
        dark=((12, 28, 62), (22, 54, 110)),
        light=((244, 247, 252), (222, 233, 247)),
        inks=((22, 46, 110), (44, 98, 182), (104, 166, 222), (198, 224, 245)),
        accent=(245, 178, 80),
    ),
    "networks-and-systems": Palette(
        "forest green and gold",
        dark=((18, 44, 38), (32, 72, 56)),
        light=((246, 247, 240), (229, 238, 220)),
        inks=((28, 72, 58), (58, 128, 92), (134, 186, 134), (214, 234, 200)),
        accent=(232, 190, 92),
    ),
}
# For programmes the demo does not know, picked by name so each keeps one palette.
OTHER_PALETTES = (
    Palette(
        "plum and rose",
        dark=((40, 24, 52), (70, 36, 74)),
        light=((250, 245, 248), (240, 226, 236)),
        inks=((74, 32, 80), (140, 66, 128), (208, 128, 170), (240, 206, 224)),
        accent=(240, 184, 96),
    ),
    Palette(
        "indigo and saffron",
        dark=((26, 24, 66), (46, 40, 104)),
        light=((247, 246, 252), (230, 228, 246)),
        inks=((40, 36, 110), (86, 80, 170), (150, 146, 214), (216, 214, 242)),
        accent=(240, 170, 60),
    ),
)


def stable_index(text: str, size: int) -> int:
    """The same index for the same text in every process (unlike hash())."""
    return zlib.crc32(text.encode()) % size


def palette_for(programme: str) -> Palette:
    if not programme:
        return FUND
    if programme in PROGRAMME_PALETTES:
        return PROGRAMME_PALETTES[programme]
    return OTHER_PALETTES[stable_index(programme, len(OTHER_PALETTES))]


# --- The canvas ----------------------------------------------------------------------------------


class Canvas:
    """A ground with a gradient, the colours that read on it, and a seeded random source."""

    def __init__(self, size: tuple[int, int], palette: Palette, dark: bool, rng: random.Random):
        self.width, self.height = size
        self.unit = self.width / 1600  # sizes below are given for a 1600 px canvas
        self.rng = rng
        self.dark = dark
        self.palette = palette
        self.inks = palette.inks_on(dark)
        self.lead = rng.randrange(3)  # which of the three main colours comes first
        self.ground = palette.dark if dark else palette.light
        self.image = corner_gradient(size, *self.ground, rng)
        self.draw = ImageDraw.Draw(self.image)

    def px(self, length: float) -> int:
        return max(1, round(length * self.unit))

    def ink(self, index: int) -> Colour:
        """The main shape colours in turn, without the accent."""
        return self.inks[(index + self.lead) % 3]

    def translucent(self, paint: Callable[[ImageDraw.ImageDraw], None]):
        """Shapes that let what is under them show through (their fills carry an alpha)."""
        layer = Image.new("RGBA", self.image.size, (0, 0, 0, 0))
        paint(ImageDraw.Draw(layer))
        self.image = Image.alpha_composite(self.image.convert("RGBA"), layer).convert("RGB")
        self.draw = ImageDraw.Draw(self.image)

    def circle(self, x, y, radius, **style):
        self.draw.ellipse((x - radius, y - radius, x + radius, y + radius), **style)


def corner_gradient(size, start: Colour, end: Colour, rng: random.Random) -> Image.Image:
    """A soft gradient from one corner to the opposite one: a 2×2 image, one colour on each
    diagonal end and the mixture on the others, stretched over the canvas."""
    middle = tuple((a + b) // 2 for a, b in zip(start, end, strict=True))
    corners = [start, middle, middle, end]
    rng.shuffle(corners)
    tiny = Image.new("RGB", (2, 2))
    tiny.putdata(corners)
    return tiny.resize(size, Image.Resampling.BILINEAR)


# --- Motifs --------------------------------------------------------------------------------------
# Each draws on a canvas with its own random source; sizes scale with the canvas.


def paths(c: Canvas):
    """Curving lines from all along the left edge that meet at one point."""
    w, h, rng = c.width, c.height, c.rng
    target = (w * rng.uniform(0.66, 0.84), h * rng.uniform(0.35, 0.65))
    for index in range(rng.randint(13, 19)):
        start_y = rng.uniform(-0.1, 1.1) * h
        bend = rng.uniform(-0.2, 0.2) * h
        points = [
            (t * target[0], (1 - t) * start_y + t * target[1] + bend * math.sin(math.pi * t))
            for t in (step / 48 for step in range(49))
        ]
        c.draw.line(points, fill=c.ink(index), width=c.px(rng.choice((4, 5, 7))), joint="curve")
    c.circle(*target, c.px(40), outline=c.palette.accent, width=c.px(6))
    c.circle(*target, c.px(22), fill=c.palette.accent)


def rings(c: Canvas):
    """Broken rings spreading out from one point, like a signal."""
    w, h, rng = c.width, c.height, c.rng
    cx, cy = w * rng.uniform(0.2, 0.8), h * rng.uniform(0.3, 0.7)
    step = c.px(rng.uniform(46, 64))
    for index in range(1, 24):
        radius = index * step
        start = rng.uniform(0, 360)
        extent = rng.uniform(200, 340)
        colour = c.palette.accent if index == 3 else c.ink(index)
        c.draw.arc(
            (cx - radius, cy - radius, cx + radius, cy + radius),
            start,
            start + extent,
            fill=colour,
            width=c.px(rng.choice((6, 8, 12))),
        )
    c.circle(cx, cy, c.px(18), fill=c.palette.accent)


def columns(c: Canvas):
    """Rounded columns rising unevenly from left to right, like a chart of evidence."""
    w, h, rng = c.width, c.height, c.rng
    count = rng.randint(9, 14)
    margin, gap = w * 0.08, c.px(rng.uniform(18, 34))
    width = (w - 2 * margin - gap * (count - 1)) / count
    base = h * rng.uniform(0.8, 0.88)
    level = rng.uniform(0.15, 0.3)
    highlighted = rng.randrange(count)
    for index in range(count):
        level = min(0.72, max(0.1, level + rng.uniform(-0.08, 0.13)))
        left = margin + index * (width + gap)
        colour = c.palette.accent if index == highlighted else c.ink(index % 2)
        c.draw.rounded_rectangle(
            (left, base - level * h, left + width, base), radius=width / 2, fill=colour
        )
    c.draw.line((margin, base + c.px(14), w - margin, base + c.px(14)), fill=c.ink(2), width=2)


def scan(c: Canvas):
    """An even field of dots with a window over part of it, where the dots stand out."""
    w, h, rng = c.width, c.height, c.rng
    spacing = c.px(rng.choice((40, 48, 56)))
    window_w, window_h = w * rng.uniform(0.25, 0.4), h * rng.uniform(0.3, 0.5)
    left, top = rng.uniform(0.08, 0.9) * (w - window_w), rng.uniform(0.1, 0.9) * (h - window_h)
    window = (left, top, left + window_w, top + window_h)
    for x in range(spacing // 2, w, spacing):
        for y in range(spacing // 2, h, spacing):
            inside = window[0] < x < window[2] and window[1] < y < window[3]
            if inside and rng.random() < 0.35:
                c.circle(x, y, c.px(9), fill=c.palette.accent)
            else:
                c.circle(x, y, c.px(5 if inside else 3.5), fill=c.ink(1 if inside else 0))
    c.draw.rounded_rectangle(window, radius=c.px(18), outline=c.palette.accent, width=c.px(5))


def chat(c: Canvas):
    """Speech shapes taking turns from either side, as in a conversation."""
    w, h, rng = c.width, c.height, c.rng
    top = h * rng.uniform(0.06, 0.14)
    side = rng.random() < 0.5
    index = 0
    while top < h * 0.9:
        height = h * rng.uniform(0.11, 0.17)
        width = w * rng.uniform(0.28, 0.5)
        left = w * 0.1 if side else w * 0.9 - width
        colour = c.palette.accent if index == 2 else c.ink(0 if side else 1)
        c.draw.rounded_rectangle(
            (left, top, left + width, top + height), radius=height / 2, fill=colour
        )
        tail_x = left + height * 0.4 if side else left + width - height * 0.4
        tip = tail_x - height * 0.45 if side else tail_x + height * 0.45
        c.draw.polygon(
            [(tail_x, top + height * 0.6), (tip, top + height * 1.12), (tail_x + 1, top + height)],
            fill=colour,
        )
        if index == 1:
            for dot in range(3):
                c.circle(
                    left + height * (0.7 + dot * 0.45), top + height / 2, c.px(9), fill=c.ink(2)
                )
        top += height + h * rng.uniform(0.05, 0.09)
        side = not side if rng.random() < 0.8 else side
        index += 1


def shelter(c: Canvas):
    """Wide arcs curving protectively over a cluster of small circles."""
    w, h, rng = c.width, c.height, c.rng
    cx, cy = w * rng.uniform(0.3, 0.7), h * rng.uniform(0.9, 1.0)
    radius = h * rng.uniform(0.62, 0.74)
    band = c.px(rng.choice((26, 34, 42)))
    for offset in range(4):
        r = radius - offset * band * 1.9
        c.draw.arc((cx - r, cy - r, cx + r, cy + r), 180, 360, fill=c.ink(offset), width=band)
    inner = radius - 4 * band * 1.9
    for index in range(rng.randint(7, 11)):
        angle = math.radians(rng.uniform(200, 340))
        distance = rng.uniform(0.15, 0.9) * inner
        size = c.px(rng.uniform(14, 34))
        colour = c.palette.accent if index % 3 == 0 else c.ink(2)
        c.circle(
            cx + distance * math.cos(angle), cy + distance * math.sin(angle), size, fill=colour
        )


def waves(c: Canvas):
    """Layered hills of colour under a low sun."""
    w, h, rng = c.width, c.height, c.rng
    c.circle(
        w * rng.uniform(0.15, 0.85), h * rng.uniform(0.2, 0.4), h * 0.14, fill=c.palette.accent
    )
    layers = rng.randint(4, 6)
    for index in range(layers):
        level = h * (0.38 + 0.5 * index / layers)
        amplitude = h * rng.uniform(0.03, 0.08)
        wavelength = w * rng.uniform(0.45, 0.9)
        phase = rng.uniform(0, math.tau)
        points = [
            (x, level + amplitude * math.sin(phase + math.tau * x / wavelength))
            for x in range(0, w + 40, 40)
        ]
        c.draw.polygon([*points, (w, h), (0, h)], fill=c.inks[(layers - index) % 3])


def orbits(c: Canvas):
    """Two or three large circles overlapping, with small ones on an orbit around them."""
    w, h, rng = c.width, c.height, c.rng
    cx, cy = w * rng.uniform(0.35, 0.65), h * 0.5
    radius = h * rng.uniform(0.26, 0.34)
    count = rng.choice((2, 3))
    spread = radius * rng.uniform(0.55, 0.8)
    centres = [
        (
            cx + spread * math.cos(math.tau * i / count + 0.4),
            cy + spread * math.sin(math.tau * i / count + 0.4),
        )
        for i in range(count)
    ]

    def paint(draw):
        for index, (x, y) in enumerate(centres):
            draw.ellipse(
                (x - radius, y - radius, x + radius, y + radius), fill=(*c.ink(index), 170)
            )

    c.translucent(paint)
    orbit = radius * 2.1
    c.draw.ellipse(
        (cx - orbit * 1.35, cy - orbit * 0.62, cx + orbit * 1.35, cy + orbit * 0.62),
        outline=c.ink(2),
        width=c.px(3),
    )
    for index in range(rng.randint(4, 7)):
        angle = rng.uniform(0, math.tau)
        colour = c.palette.accent if index == 0 else c.ink(index)
        c.circle(
            cx + orbit * 1.35 * math.cos(angle),
            cy + orbit * 0.62 * math.sin(angle),
            c.px(rng.uniform(12, 22)),
            fill=colour,
        )


def truchet(c: Canvas):
    """Tiles of quarter circles whose arcs join into meandering lines."""
    w, h, rng = c.width, c.height, c.rng
    tile = c.px(rng.choice((100, 133, 160)))
    thickness = max(2, tile // rng.choice((4, 5)))
    for left in range(0, w, tile):
        for top in range(0, h, tile):
            colour = c.palette.accent if rng.random() < 0.06 else c.ink(rng.randrange(2))
            if rng.random() < 0.5:
                arcs = (
                    ((left - tile / 2, top - tile / 2), 0),
                    ((left + tile / 2, top + tile / 2), 180),
                )
            else:
                arcs = (
                    ((left + tile / 2, top - tile / 2), 90),
                    ((left - tile / 2, top + tile / 2), 270),
                )
            for (x, y), start in arcs:
                c.draw.arc(
                    (x, y, x + tile, y + tile), start, start + 90, fill=colour, width=thickness
                )


def bands(c: Canvas):
    """Diagonal bands of colour crossing the picture, and one circle."""
    w, h, rng = c.width, c.height, c.rng
    slope = math.tan(math.radians(rng.uniform(20, 38))) * (1 if rng.random() < 0.5 else -1)
    x = -h * abs(slope) - w * 0.1
    index = 0
    while x < w * 1.1:
        width = w * rng.uniform(0.04, 0.13)
        if rng.random() < 0.7:
            colour = c.palette.accent if index % 5 == 3 else c.ink(index)
            top_offset = 0 if slope > 0 else h * abs(slope)
            bottom_offset = h * abs(slope) if slope > 0 else 0
            c.draw.polygon(
                [
                    (x + top_offset, 0),
                    (x + top_offset + width, 0),
                    (x + bottom_offset + width, h),
                    (x + bottom_offset, h),
                ],
                fill=colour,
            )
            index += 1
        x += width + w * rng.uniform(0.01, 0.05)
    c.circle(
        w * rng.uniform(0.2, 0.8),
        h * rng.uniform(0.3, 0.7),
        h * 0.12,
        fill=c.ground[0],
        outline=c.palette.accent,
        width=c.px(10),
    )


def frames(c: Canvas):
    """Overlapping screens, one of them showing a play sign."""
    w, h, rng = c.width, c.height, c.rng
    count = rng.randint(3, 5)
    boxes = []
    for index in range(count):
        fw = w * rng.uniform(0.22, 0.36)
        fh = fw * 0.62
        left = w * (0.08 + 0.7 * index / count) + rng.uniform(-0.03, 0.03) * w
        top = rng.uniform(0.1, 0.9) * (h - fh)
        boxes.append((left, top, left + fw, top + fh))
    featured = rng.randrange(count)
    boxes.append(boxes.pop(featured))  # drawn last, so nothing covers its play sign
    featured = count - 1
    for index, box in enumerate(boxes):
        c.draw.rounded_rectangle(
            box, radius=c.px(22), fill=c.ink(index), outline=c.ground[0], width=c.px(8)
        )
        if index == featured:
            x0, y0, x1, y1 = box
            cx, cy, size = (x0 + x1) / 2, (y0 + y1) / 2, (y1 - y0) * 0.2
            c.draw.polygon(
                [(cx - size * 0.7, cy - size), (cx - size * 0.7, cy + size), (cx + size, cy)],
                fill=c.palette.accent,
            )


def steps(c: Canvas):
    """Blocks rising in steps, with a circle at the top."""
    w, h, rng = c.width, c.height, c.rng
    count = rng.randint(4, 7)
    margin = w * rng.uniform(0.08, 0.16)
    width = (w - 2 * margin) / count
    base = h * 0.86
    rise = min(h * rng.uniform(0.08, 0.11), (base - h * 0.24) / (count + 1.5))
    for index in range(count):
        left = margin + index * width
        top = base - rise * (index + 1.5)
        c.draw.rounded_rectangle(
            (left + c.px(6), top, left + width - c.px(6), base), radius=c.px(14), fill=c.ink(index)
        )
    c.circle(
        w - margin - width / 2,
        base - rise * (count + 1.5) - h * 0.09,
        h * 0.07,
        fill=c.palette.accent,
    )


def fragments(c: Canvas):
    """A disc broken into segments that drift apart."""
    w, h, rng = c.width, c.height, c.rng
    cx, cy = w * rng.uniform(0.35, 0.65), h * 0.5
    radius = h * rng.uniform(0.3, 0.38)
    count = rng.randint(5, 8)
    angle = rng.uniform(0, 360)
    for index in range(count):
        extent = 360 / count
        middle = math.radians(angle + extent / 2)
        drift = radius * rng.uniform(0.04, 0.22)
        x, y = cx + drift * math.cos(middle), cy + drift * math.sin(middle)
        colour = c.palette.accent if index == 0 else c.ink(index)
        c.draw.pieslice(
            (x - radius, y - radius, x + radius, y + radius), angle, angle + extent - 4, fill=colour
        )
        angle += extent
    for _ in range(rng.randint(6, 10)):
        x, y = rng.uniform(0.05, 0.95) * w, rng.uniform(0.08, 0.92) * h
        if math.dist((x, y), (cx, cy)) > radius * 1.35:
            c.circle(x, y, c.px(rng.uniform(6, 14)), fill=c.ink(2))


def pulse(c: Canvas):
    """A line that climbs and falls across a faint grid, with its points marked."""
    w, h, rng = c.width, c.height, c.rng
    spacing = c.px(80)
    for x in range(0, w, spacing):
        c.draw.line((x, 0, x, h), fill=blend(c.ground[0], c.ink(0), 0.18), width=1)
    for y in range(0, h, spacing):
        c.draw.line((0, y, w, y), fill=blend(c.ground[0], c.ink(0), 0.18), width=1)
    count = rng.randint(9, 14)
    level = rng.uniform(0.45, 0.7)
    points = []
    for index in range(count + 1):
        level = min(0.85, max(0.15, level + rng.uniform(-0.16, 0.14)))
        points.append((w * (0.06 + 0.88 * index / count), h * level))

    def area(draw):
        draw.polygon([*points, (points[-1][0], h), (points[0][0], h)], fill=(*c.ink(1), 70))

    c.translucent(area)
    c.draw.line(points, fill=c.ink(0), width=c.px(7), joint="curve")
    peak = min(range(len(points)), key=lambda i: points[i][1])
    for index, (x, y) in enumerate(points):
        if index == peak:
            c.circle(x, y, c.px(20), fill=c.palette.accent)
        else:
            c.circle(x, y, c.px(10), fill=c.ink(2), outline=c.ink(0), width=c.px(4))


def network(c: Canvas):
    """Points joined by fine lines to their neighbours, a few of them standing out."""
    w, h, rng = c.width, c.height, c.rng
    margin = c.px(50)
    nodes = [
        (rng.uniform(margin, w - margin), rng.uniform(margin, h - margin))
        for _ in range(rng.randint(45, 70))
    ]
    reach = c.px(rng.uniform(200, 260))
    for index, a in enumerate(nodes):
        for b in nodes[index + 1 :]:
            if math.dist(a, b) < reach:
                c.draw.line((*a, *b), fill=c.ink(1), width=c.px(2))
    for index, (x, y) in enumerate(nodes):
        if index % 8 == 0:
            c.circle(x, y, c.px(12), fill=c.palette.accent)
        else:
            c.circle(x, y, c.px(6), fill=c.ink(2))


def mosaic(c: Canvas):
    """A grid of tiles, each holding a different simple shape: circles, halves, quarters."""
    w, h, rng = c.width, c.height, c.rng
    tile = c.px(rng.choice((160, 200, 225)))
    for left in range(0, w, tile):
        for top in range(0, h, tile):
            box = (left, top, left + tile, top + tile)
            back, front = rng.sample(range(3), 2)
            if rng.random() < 0.5:
                c.draw.rectangle(box, fill=c.ink(back))
            colour = c.palette.accent if rng.random() < 0.08 else c.ink(front)
            shape = rng.randrange(5)
            inset = tile * 0.12
            if shape == 0:
                c.draw.ellipse(
                    (left + inset, top + inset, left + tile - inset, top + tile - inset),
                    fill=colour,
                )
            elif shape == 1:
                start = rng.choice((0, 90, 180, 270))
                c.draw.pieslice(box, start, start + 180, fill=colour)
            elif shape == 2:
                corner, start = rng.choice(
                    (
                        ((left, top), 0),
                        ((left + tile, top), 90),
                        ((left + tile, top + tile), 180),
                        ((left, top + tile), 270),
                    )
                )
                x, y = corner
                c.draw.pieslice(
                    (x - tile, y - tile, x + tile, y + tile), start, start + 90, fill=colour
                )
            elif shape == 3:
                c.draw.polygon(
                    [
                        (left, top + tile),
                        (left + tile, top + tile),
                        rng.choice(((left, top), (left + tile, top))),
                    ],
                    fill=colour,
                )
            # shape 4 leaves the tile plain


def blend(a: Colour, b: Colour, share: float) -> Colour:
    return tuple(round(x + (y - x) * share) for x, y in zip(a, b, strict=True))


@dataclass(frozen=True)
class Motif:
    paint: Callable[[Canvas], None]
    description: str  # completes "Generated illustration: …"


MOTIFS = {
    "paths": Motif(paths, "curving lines that start far apart and meet at one point"),
    "rings": Motif(rings, "broken rings spreading out from a single point"),
    "columns": Motif(columns, "rounded columns of different heights, like a chart"),
    "scan": Motif(scan, "a field of small dots, with a window where some stand out"),
    "chat": Motif(chat, "speech shapes taking turns from either side"),
    "shelter": Motif(shelter, "wide arcs curving over a cluster of small circles"),
    "waves": Motif(waves, "layered hills under a low sun"),
    "orbits": Motif(orbits, "overlapping circles with small ones orbiting them"),
    "truchet": Motif(truchet, "tiles of quarter circles joining into winding lines"),
    "bands": Motif(bands, "diagonal bands of colour and a single circle"),
    "frames": Motif(frames, "overlapping screens, one showing a play sign"),
    "steps": Motif(steps, "blocks rising in steps towards a circle"),
    "fragments": Motif(fragments, "a disc broken into drifting segments"),
    "pulse": Motif(pulse, "a line rising and falling across a faint grid"),
    "network": Motif(network, "points joined to their neighbours by fine lines"),
    "mosaic": Motif(mosaic, "a grid of tiles holding circles, halves and quarters"),
}
TOPIC_MOTIFS = {
    "grooming": "paths",
    "user reporting": "chat",
    "prevention": "shelter",
    "offender behaviour": "network",
    "help-seeking": "rings",
    "trauma-informed response": "shelter",
    "content moderator wellbeing": "waves",
    "peer-to-peer abuse": "orbits",
    "children with disabilities": "mosaic",
    "generative AI": "truchet",
    "detection": "scan",
    "data & evidence": "columns",
    "policy": "bands",
    "live-streaming": "frames",
    "age assurance": "steps",
    "sexual extortion": "fragments",
    "financial signals": "pulse",
}


def motif_for_topic(topic: str) -> str:
    """The topic's own motif; a topic the demo does not know keeps one picked by its name."""
    known = TOPIC_MOTIFS.get(topic.lower())
    return known or sorted(MOTIFS)[stable_index(topic.lower(), len(MOTIFS))]


# --- Pictures for pages --------------------------------------------------------------------------


@dataclass(frozen=True)
class Subject:
    """What a picture illustrates: a page, known by a key that is unique and stable (its path
    below the home page, say), with the programme and topics it is about."""

    key: str
    title: str
    programme: str = ""  # a programme's slug
    topics: tuple[str, ...] = ()
    wide: bool = False  # shown full width behind a title: drawn larger, on a dark ground
    motif: str = ""  # a motif chosen by name rather than by the topics
    avoid: tuple[str, ...] = ()  # motifs of the pictures shown beside it, e.g. its projects'

    def variant(self, name: str) -> "Subject":
        """Another picture for the same page, e.g. one inside its body."""
        return replace(self, key=f"{self.key}#{name}", wide=False, motif="", avoid=())


def choose_motif_and_ground(subject: Subject, rng: random.Random, drawn: Counter):
    """The motif least drawn so far in the subject's programme, its topics' own motifs counting
    TOPIC_PREFERENCE pictures fewer, leaving out those to avoid; then the ground least drawn
    with that motif in that palette. The seed breaks ties."""
    topical = {motif_for_topic(topic) for topic in subject.topics}
    candidates = [subject.motif] if subject.motif else sorted(set(MOTIFS) - set(subject.avoid))
    rng.shuffle(candidates)

    def uses(motif):
        preference = TOPIC_PREFERENCE if motif in topical else 0
        return (drawn[(motif, subject.programme)] - preference, drawn[motif])

    name = min(candidates, key=uses)
    if subject.wide:
        return name, True  # light text goes over it
    grounds = [True, False]
    rng.shuffle(grounds)
    return name, min(grounds, key=lambda dark: drawn[(name, subject.programme, dark)])


@dataclass(frozen=True)
class Artwork:
    title: str
    motif: str
    description: str  # the alt text
    filename: str
    size: tuple[int, int]
    content: bytes  # JPEG


def draw_artwork(subject: Subject, drawn: Counter | None = None) -> Artwork:
    """The picture for `subject`. `drawn` counts the motifs and grounds of the pictures drawn
    before it (and is updated): pages sharing topics and a programme then still look different
    side by side. Without it the picture depends on the subject alone."""
    rng = random.Random(f"{SEED}:{subject.key}")
    palette = palette_for(subject.programme)
    name, dark = choose_motif_and_ground(subject, rng, drawn if drawn is not None else Counter())
    if drawn is not None:
        drawn.update([name, (name, subject.programme), (name, subject.programme, dark)])
    motif = MOTIFS[name]
    canvas = Canvas(WIDE if subject.wide else STANDARD, palette, dark, rng)
    motif.paint(canvas)
    buffer = io.BytesIO()
    canvas.image.save(buffer, format="JPEG", quality=82, optimize=True, progressive=True)
    ground = "dark" if dark else "light"
    return Artwork(
        title=f"{subject.title} (generated illustration)"[:255],
        motif=name,
        description=f"Generated illustration: {motif.description}, in {palette.name} on a "
        f"{ground} ground.",
        filename=f"demo-{subject.key.replace('/', '-').replace('#', '-')}.jpg"[-90:],
        size=canvas.image.size,
        content=buffer.getvalue(),
    )
