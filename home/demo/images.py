"""Abstract illustrations for the demo site, drawn with Pillow.

Every picture is built from a fixed seed, so the same title always yields the same pixels. Soft
shapes are drawn at a quarter of the final size, blurred and scaled up, which keeps them smooth
and keeps generation fast."""

import io
import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT = 1600, 900
SEED = 20161

NAVY = (11, 37, 69)
TEAL = (10, 104, 112)
LIGHT_TEAL = (227, 241, 242)
AMBER = (244, 162, 89)
OFF_WHITE = (250, 247, 242)
MID_TEAL = (88, 160, 166)

Colour = tuple[int, int, int]


def gradient(top: Colour, bottom: Colour, angle: float = 0) -> Image.Image:
    """A two-colour gradient over the whole canvas, tilted by `angle` degrees."""
    side = 512
    mask = (
        Image.linear_gradient("L")
        .resize((side, side))
        .rotate(angle, resample=Image.Resampling.BICUBIC)
    )
    inner = int(side / math.sqrt(2))
    offset = (side - inner) // 2
    mask = mask.crop((offset, offset, offset + inner, offset + inner)).resize((WIDTH, HEIGHT))
    return Image.composite(Image.new("RGB", (WIDTH, HEIGHT), bottom), _solid(top), mask)


def _solid(colour: Colour) -> Image.Image:
    return Image.new("RGB", (WIDTH, HEIGHT), colour)


def soft_layer(draw_shapes: Callable[[ImageDraw.ImageDraw, int], None], blur: int) -> Image.Image:
    """Shapes drawn at quarter size on a transparent layer, blurred, then scaled to full size."""
    scale = 4
    layer = Image.new("RGBA", (WIDTH // scale, HEIGHT // scale), (0, 0, 0, 0))
    draw_shapes(ImageDraw.Draw(layer), scale)
    layer = layer.filter(ImageFilter.GaussianBlur(blur // scale))
    return layer.resize((WIDTH, HEIGHT), Image.Resampling.BICUBIC)


def with_alpha(colour: Colour, alpha: int) -> tuple[int, int, int, int]:
    return (*colour, alpha)


def blobs(base: Image.Image, rng: random.Random, colours: list[Colour], count: int, blur=60):
    def shapes(draw, scale):
        for index in range(count):
            radius = rng.randint(120, 360) // scale
            x, y = rng.randint(0, WIDTH) // scale, rng.randint(0, HEIGHT) // scale
            colour = colours[index % len(colours)]
            draw.ellipse(
                (x - radius, y - radius, x + radius, y + radius),
                fill=with_alpha(colour, rng.randint(120, 200)),
            )

    return Image.alpha_composite(base.convert("RGBA"), soft_layer(shapes, blur))


def waves(base: Image.Image, rng: random.Random, colours: list[Colour], baseline=0.55):
    canvas = base.convert("RGBA")
    for index, colour in enumerate(colours):
        layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
        amplitude = rng.randint(40, 90)
        wavelength = rng.randint(700, 1300)
        phase = rng.random() * math.tau
        level = HEIGHT * (baseline + index * 0.09)
        points = [
            (x, level + amplitude * math.sin(phase + math.tau * x / wavelength))
            for x in range(0, WIDTH + 20, 20)
        ]
        ImageDraw.Draw(layer).polygon(
            [*points, (WIDTH, HEIGHT), (0, HEIGHT)], fill=with_alpha(colour, 170 + index * 20)
        )
        canvas = Image.alpha_composite(canvas, layer.filter(ImageFilter.GaussianBlur(3)))
    return canvas


def network(base: Image.Image, rng: random.Random, line: Colour, dot: Colour, accent: Colour):
    canvas = base.convert("RGBA")
    layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    nodes = [(rng.randint(60, WIDTH - 60), rng.randint(60, HEIGHT - 60)) for _ in range(70)]
    for index, (x1, y1) in enumerate(nodes):
        for x2, y2 in nodes[index + 1 :]:
            if math.dist((x1, y1), (x2, y2)) < 230:
                draw.line((x1, y1, x2, y2), fill=with_alpha(line, 110), width=2)
    for index, (x, y) in enumerate(nodes):
        radius = 9 if index % 9 == 0 else 5
        colour = accent if index % 9 == 0 else dot
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=with_alpha(colour, 235))
    return Image.alpha_composite(canvas, layer)


def rings(base: Image.Image, rng: random.Random, colours: list[Colour], centre=(0.7, 0.5)):
    canvas = base.convert("RGBA")
    layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    cx, cy = WIDTH * centre[0], HEIGHT * centre[1]
    for index in range(14):
        radius = 60 + index * 58 + rng.randint(-8, 8)
        colour = colours[index % len(colours)]
        draw.ellipse(
            (cx - radius, cy - radius, cx + radius, cy + radius),
            outline=with_alpha(colour, max(60, 220 - index * 12)),
            width=6,
        )
    return Image.alpha_composite(canvas, layer.filter(ImageFilter.GaussianBlur(1.5)))


def bars(base: Image.Image, rng: random.Random, colours: list[Colour]):
    canvas = base.convert("RGBA")
    layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    count, gap = 11, 34
    width = (WIDTH - 240 - gap * (count - 1)) // count
    for index in range(count):
        height = int(
            HEIGHT * (0.2 + 0.5 * (0.5 + 0.5 * math.sin(index / 1.8)) + rng.random() * 0.1)
        )
        left = 120 + index * (width + gap)
        colour = colours[index % len(colours)]
        draw.rounded_rectangle(
            (left, HEIGHT - 110 - height, left + width, HEIGHT - 110),
            radius=width // 2,
            fill=with_alpha(colour, 215),
        )
    return Image.alpha_composite(canvas, layer)


def dot_grid(base: Image.Image, rng: random.Random, dot: Colour, accent: Colour, spacing=50):
    canvas = base.convert("RGBA")
    layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for x in range(spacing // 2, WIDTH, spacing):
        for y in range(spacing // 2, HEIGHT, spacing):
            highlighted = rng.random() < 0.07
            radius = 9 if highlighted else 4
            colour = with_alpha(accent, 240) if highlighted else with_alpha(dot, 140)
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    return Image.alpha_composite(canvas, layer)


def converging_paths(base: Image.Image, rng: random.Random, colours: list[Colour]):
    canvas = base.convert("RGBA")
    layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    target = (WIDTH * 0.82, HEIGHT * 0.45)
    for index in range(16):
        start_y = rng.randint(40, HEIGHT - 40)
        bend = rng.uniform(-160, 160)
        points = []
        for step in range(41):
            t = step / 40
            x = t * target[0]
            y = (1 - t) * start_y + t * target[1] + bend * math.sin(math.pi * t)
            points.append((x, y))
        colour = colours[index % len(colours)]
        draw.line(points, fill=with_alpha(colour, 190), width=5, joint="curve")
    radius = 26
    draw.ellipse(
        (target[0] - radius, target[1] - radius, target[0] + radius, target[1] + radius),
        fill=with_alpha(AMBER, 255),
    )
    return Image.alpha_composite(canvas, layer.filter(ImageFilter.GaussianBlur(1)))


def shelter(base: Image.Image, rng: random.Random, arc: Colour, small: list[Colour]):
    canvas = base.convert("RGBA")
    layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    cx, cy, radius = WIDTH * 0.5, HEIGHT * 0.95, 560
    for offset in range(3):
        r = radius - offset * 70
        box = (cx - r, cy - r, cx + r, cy + r)
        draw.arc(box, 180, 360, fill=with_alpha(arc, 230 - offset * 50), width=28)
    for index in range(9):
        angle = math.radians(rng.uniform(205, 335))
        distance = rng.uniform(120, 300)
        x, y = cx + distance * math.cos(angle), cy + distance * math.sin(angle)
        size = rng.randint(18, 40)
        draw.ellipse((x - size, y - size, x + size, y + size), fill=small[index % len(small)])
    return Image.alpha_composite(canvas, layer.filter(ImageFilter.GaussianBlur(1)))


def bubbles(base: Image.Image, rng: random.Random, colours: list[Colour]):
    canvas = base.convert("RGBA")
    layer = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for index in range(7):
        width, height = rng.randint(320, 560), rng.randint(130, 200)
        left = rng.randint(80, WIDTH - width - 80)
        top = 70 + index * 110 + rng.randint(-20, 20)
        draw.rounded_rectangle(
            (left, top, left + width, top + height),
            radius=height // 2,
            fill=with_alpha(colours[index % len(colours)], 200),
        )
    return Image.alpha_composite(canvas, layer.filter(ImageFilter.GaussianBlur(2)))


@dataclass(frozen=True)
class Illustration:
    key: str
    title: str
    description: str
    paint: Callable[[random.Random], Image.Image]


ILLUSTRATIONS = [
    Illustration(
        "tide",
        "Teal waves on navy",
        "Abstract illustration: layered teal and light-teal waves rolling across a deep navy sky.",
        lambda rng: waves(gradient(NAVY, TEAL, 20), rng, [MID_TEAL, TEAL, LIGHT_TEAL]),
    ),
    Illustration(
        "dawn",
        "Amber dawn over light teal",
        "Abstract illustration: a soft amber glow rising over pale teal, like early morning light.",
        lambda rng: blobs(gradient(OFF_WHITE, LIGHT_TEAL), rng, [AMBER, MID_TEAL, AMBER], 7),
    ),
    Illustration(
        "network",
        "Connected points",
        "Abstract illustration: a web of light-teal points joined by fine lines on navy, with a "
        "few amber points standing out.",
        lambda rng: network(gradient(NAVY, (16, 56, 92), 35), rng, MID_TEAL, LIGHT_TEAL, AMBER),
    ),
    Illustration(
        "ripples",
        "Ripples spreading outwards",
        "Abstract illustration: concentric rings in teal and amber spreading out across an "
        "off-white background.",
        lambda rng: rings(gradient(OFF_WHITE, LIGHT_TEAL, 90), rng, [TEAL, MID_TEAL, AMBER]),
    ),
    Illustration(
        "evidence",
        "Rising bars",
        "Abstract illustration: rounded bars of different heights, in teal and amber, suggesting "
        "a chart of evidence.",
        lambda rng: bars(gradient(LIGHT_TEAL, OFF_WHITE), rng, [TEAL, MID_TEAL, AMBER, NAVY]),
    ),
    Illustration(
        "constellation",
        "A field of dots",
        "Abstract illustration: an even grid of small teal dots on navy, with scattered amber "
        "dots marking out a few places.",
        lambda rng: dot_grid(gradient(NAVY, TEAL, 60), rng, MID_TEAL, AMBER),
    ),
    Illustration(
        "paths",
        "Paths meeting at one point",
        "Abstract illustration: curving teal and navy lines that start far apart and meet at a "
        "single amber point.",
        lambda rng: converging_paths(gradient(OFF_WHITE, LIGHT_TEAL, 10), rng, [TEAL, NAVY]),
    ),
    Illustration(
        "shelter",
        "Arcs sheltering small circles",
        "Abstract illustration: wide teal arcs curving protectively over a cluster of small "
        "amber and off-white circles.",
        lambda rng: shelter(gradient(NAVY, (20, 70, 100)), rng, MID_TEAL, [AMBER, OFF_WHITE]),
    ),
    Illustration(
        "conversation",
        "Overlapping conversation shapes",
        "Abstract illustration: rounded, speech-bubble-like shapes in teal, amber and navy "
        "overlapping on a pale background.",
        lambda rng: bubbles(gradient(OFF_WHITE, LIGHT_TEAL, 45), rng, [TEAL, AMBER, NAVY]),
    ),
    Illustration(
        "horizon",
        "Navy horizon with amber light",
        "Abstract illustration: gentle navy hills beneath a warm amber and off-white sky.",
        lambda rng: waves(gradient(AMBER, OFF_WHITE), rng, [MID_TEAL, TEAL, NAVY], 0.5),
    ),
    Illustration(
        "glow",
        "Soft teal glow",
        "Abstract illustration: blurred circles of teal and light teal drifting over navy, with "
        "one warm amber highlight.",
        lambda rng: blobs(gradient(NAVY, NAVY), rng, [TEAL, MID_TEAL, LIGHT_TEAL, AMBER], 9),
    ),
    Illustration(
        "signal",
        "Rings around a signal",
        "Abstract illustration: light-teal rings radiating from a point on the left of a deep "
        "teal background.",
        lambda rng: rings(gradient(TEAL, NAVY, 30), rng, [LIGHT_TEAL, MID_TEAL], (0.25, 0.55)),
    ),
]


def render_jpeg(illustration: Illustration) -> bytes:
    """The illustration as JPEG bytes; the seed depends only on the key, so output is stable."""
    rng = random.Random(f"{SEED}:{illustration.key}")
    image = illustration.paint(rng).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=84, optimize=True, progressive=True)
    return buffer.getvalue()
