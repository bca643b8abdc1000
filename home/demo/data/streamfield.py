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
    return {
        "type": "figures",
        "value": {
            "figures": [
                {"value": value, "label": label, "source": source} for value, label in items
            ]
        },
    }


def quote(text, name, role=""):
    return {"type": "quote", "value": {"quote": text, "name": name, "role": role}}


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
