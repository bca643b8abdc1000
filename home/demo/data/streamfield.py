"""StreamField blocks for the demo content, in Wagtail's raw JSON form.

``ImageRef`` and ``PageRef`` stand in for database ids until the builder resolves them; the
helpers below write the blocks that page bodies are made of.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class ImageRef:
    """An image by its illustration key in home.demo.images."""

    key: str


@dataclass(frozen=True)
class PageRef:
    """A page by its path below the home page, e.g. "research" or "about/our-purpose"."""

    path: str


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def paragraph(*paragraphs):
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}


def bullets(intro, items):
    listed = "".join(f"<li>{item}</li>" for item in items)
    return {"type": "paragraph", "value": f"<p>{intro}</p><ul>{listed}</ul>"}


def figures(*items, source=""):
    """Figures as (value, label) with one shared source, or (value, label, source) each."""
    return {
        "type": "figures",
        "value": {
            "figures": [
                {"value": item[0], "label": item[1], "source": item[2] if len(item) > 2 else source}
                for item in items
            ]
        },
    }


def fund_figures():
    """The fund-wide figures from the site's settings (home.models.FundFigures)."""
    return {"type": "fund_figures", "value": None}


def quote(published):
    """A quotation, made only from words a person is on record as saying (a PublishedQuote);
    anything else is reported speech in a paragraph, without quotation marks."""
    return {
        "type": "quote",
        "value": {"quote": published.text, "name": published.name, "role": published.role},
    }


def image(key, caption=""):
    return {"type": "image", "value": {"image": ImageRef(key), "caption": caption}}


def call_to_action(title, text, *, page=None, url="", button_label="Find out more"):
    return {
        "type": "call_to_action",
        "value": {
            "title": title,
            "text": text,
            "page": PageRef(page) if page else None,
            "url": url,
            "button_label": button_label,
        },
    }
