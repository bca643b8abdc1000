import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 200
EXCERPT_LENGTH = 260


def clean_query(raw):
    """Collapse whitespace and cut overlong queries instead of rejecting them."""
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH].strip()


def highlight(text, query, length=EXCERPT_LENGTH):
    """An excerpt of text around the first query term, with every term wrapped in <mark>."""
    text = " ".join((text or "").split())
    terms = sorted(set(re.findall(r"\w{2,}", query)), key=len, reverse=True)
    if not terms:
        return escape(text[:length])
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, first.start() - length // 3) if first else 0
    excerpt = text[start : start + length]
    if start > 0:
        excerpt = "…" + excerpt.split(" ", 1)[-1]
    if start + length < len(text):
        excerpt = excerpt.rsplit(" ", 1)[0] + "…"
    pieces, position = [], 0
    for match in pattern.finditer(excerpt):
        pieces += [
            escape(excerpt[position : match.start()]),
            f"<mark>{escape(match.group())}</mark>",
        ]
        position = match.end()
    pieces.append(escape(excerpt[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
