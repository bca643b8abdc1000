"""What people type into a search box, read the same way by the site search and the API."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.search.query import MATCH_NONE, And, Or, Phrase, PlainText

MAX_QUERY_LENGTH = 200
EXCERPT_LENGTH = 260
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
WORD_CHARACTER = re.compile(r"\w")


def clean_query(raw):
    """The text as typed, less control characters (PostgreSQL refuses NUL in text), with
    whitespace collapsed and overlong queries cut instead of rejected."""
    text = CONTROL_CHARACTERS.sub(" ", raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def search_query(raw, operator=PlainText.DEFAULT_OPERATOR):
    """The text as a query every search backend reads literally, whatever it contains.

    Words inside a closed pair of double quotes are a phrase; every other word is a plain term.
    The quotes themselves never reach the backend: the database backends pass terms into the
    full-text syntax of SQLite (FTS5) and PostgreSQL (tsquery) inside quotes of their own, which
    only a stray double quote can break. Text with no words in it finds nothing."""
    pieces = clean_query(raw).split('"')
    if len(pieces) % 2 == 0:  # the last quote is never closed: what follows it is plain text
        pieces[-2:] = [" ".join(pieces[-2:])]
    terms = [term for piece in pieces[0::2] for term in piece.split() if has_words(term)]
    queries = [PlainText(" ".join(terms), operator=operator)] if terms else []
    queries += [Phrase(" ".join(piece.split())) for piece in pieces[1::2] if has_words(piece)]
    if not queries:
        return MATCH_NONE
    if len(queries) == 1:
        return queries[0]
    return And(queries) if operator == "and" else Or(queries)


def has_words(text):
    return WORD_CHARACTER.search(text) is not None


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
