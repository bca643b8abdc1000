"""What the search page offers beside its results: quick links to the topics, countries,
programmes and organisations a query names, and, when nothing matched, topics to try and a
corrected spelling.

home offers topics; apps above it register the places they own (research: countries,
programmes, organisations) with register_link_source in their AppConfig.ready. Names are read
once per content version and shared through the cache."""

import difflib
from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.db.models import Count, Q
from django.urls import reverse
from taggit.models import Tag

from home.content_version import cached_under_content_version
from home.models.tags import translated_topic_names
from home.process_cache import remember
from home.querysets import site_pages
from home.search import STOP_WORDS, fold, folded, tokens, vocabulary

LINKS_KEY = "search-link-candidates"
WORDS_KEY = "search-spelling-words"
TOPICS_KEY = "search-popular-topics"
MAX_QUICK_LINKS = 8
SUGGESTED_TOPICS = 6


@dataclass(frozen=True)
class QuickLink:
    label: str
    kind: str  # "Topic", "Country"…: shown beside the label
    url: str
    order: int = 0  # kinds in this order, then labels

    @cached_property
    def key(self):
        return folded(self.label)


_SOURCES = []


def register_link_source(load):
    """load() returns the QuickLinks of one kind of place; it runs once per content version."""
    _SOURCES.append(load)
    return load


def live_topics():
    """Topics on live, public pages, with how many pages carry each."""
    live = site_pages().live().public().values("pk")
    return (
        Tag.objects.annotate(
            page_count=Count(
                "home_pagetag_items", filter=Q(home_pagetag_items__content_object__in=live)
            )
        )
        .filter(page_count__gt=0)
        .order_by("-page_count", "name")
    )


@register_link_source
def topic_links():
    return [
        QuickLink(
            translated_topic_names().get(tag.name, tag.name),
            "Topic",
            reverse("topic", args=[tag.slug]),
            order=0,
        )
        for tag in live_topics()
    ]


def link_candidates():
    """Every link of every source, shared through the cache and remembered by each process
    while the content stays the same."""

    def load():
        return [link for load_source in _SOURCES for link in load_source()]

    def shared():
        return cached_under_content_version(LINKS_KEY, load, settings.FRAGMENT_CACHE_SECONDS or 60)

    return remember(LINKS_KEY, shared)


def contains(words, part):
    """Whether the word sequence `part` occurs, in order and together, in `words`."""
    size = len(part)
    return any(words[start : start + size] == part for start in range(len(words) - size + 1))


def names_in_query(link, keys):
    """A link fits when the query (or one of its synonyms) names it, or names enough of it:
    "Kenya", "sextortion" (sexual extortion), "Tech Coalition" (…Research Fund)."""
    name = link.key
    if not name:
        return False
    for key in keys:
        if contains(key, name):
            return True
        meaningful = [word for word in key if word not in STOP_WORDS]
        if meaningful and len(" ".join(key)) >= 4 and contains(name, key):
            return True
    return False


def quick_links(parsed, limit=MAX_QUICK_LINKS):
    keys = parsed.phrase_keys()
    if not keys:
        return []
    words = {word for key in keys for word in key}
    # a name the query names, or names part of, shares a word with it: look no further at others
    found = [
        link
        for link in link_candidates()
        if words.intersection(link.key) and names_in_query(link, keys)
    ]
    return sorted(found, key=lambda link: (link.order, link.label.lower()))[:limit]


# --- When nothing matches ----------------------------------------------------------------------


def spelling_words():
    """Words a query may have meant: those of page titles, places, topics and synonyms."""

    def load():
        titles = site_pages().live().public().values_list("title", flat=True)
        texts = [*titles, *(link.label for link in link_candidates()), *vocabulary().terms()]
        return sorted({word.lower() for text in texts for word in tokens(text) if len(word) > 2})

    return cached_under_content_version(WORDS_KEY, load, settings.FRAGMENT_CACHE_SECONDS or 60)


def corrected_spelling(parsed):
    """The query with each unknown word replaced by the closest known one, if any was."""
    known = spelling_words()
    known_set = set(known)
    folded_known = {fold(word) for word in known}
    changed, corrected = False, []
    for word in tokens(parsed.text):
        lower = word.lower()
        if len(lower) < 4 or lower in known_set or fold(lower) in folded_known:
            corrected.append(word)
            continue
        match = difflib.get_close_matches(lower, known, n=1, cutoff=0.75)
        changed |= bool(match)
        corrected.append(match[0] if match else word)
    return " ".join(corrected) if changed else None


def suggested_topics(parsed, limit=SUGGESTED_TOPICS):
    """Topics close to the query's words, else the topics with most pages."""
    topics = [link for link in link_candidates() if link.kind == "Topic"]
    by_name = {link.label.lower(): link for link in topics}
    close = []
    for word in [parsed.text.lower(), *(w.lower() for w in tokens(parsed.text))]:
        close += difflib.get_close_matches(word, list(by_name), n=3, cutoff=0.6)
    suggested = list(dict.fromkeys(by_name[name] for name in close))
    for link in topics:  # the most used first: topic_links() lists them so
        if len(suggested) >= limit:
            break
        if link not in suggested:
            suggested.append(link)
    return suggested[:limit]
