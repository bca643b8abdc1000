"""What people type into a search box, read the same way by the site search and the API.

A query is read in three steps:
1. Quoted phrases are kept as typed; everything else is split into words.
2. Runs of words that staff listed as synonyms (home.models.SynonymGroup) become a "concept":
   any of the group's terms matches ("CSAM" finds "child sexual abuse material").
3. The other words, less common English words ("of", "the"), must each match. The database
   stems them (PostgreSQL's english configuration, SQLite's porter tokenizer), so "grooming"
   finds "groomed"; neither stems "-er" off a short word, so "groomers" is also tried as
   "groom".

Every part becomes a Wagtail query object, which the database backends pass into their
full-text syntax quoted, so nothing typed is ever read as syntax."""

import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.search.query import MATCH_NONE, And, Or, Phrase, PlainText

from home.content_version import cached_under_content_version
from home.process_cache import remember

MAX_QUERY_LENGTH = 200
EXCERPT_LENGTH = 260
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
WORD_CHARACTER = re.compile(r"\w")
# A word, keeping "T&S" whole; hyphens separate words ("live-streamed" is "live streamed").
TOKEN = re.compile(r"\w+(?:&\w+)*")
STOP_WORDS = frozenset(
    "a about an and are as at be by do does for from how in into is it of on or the to vs what "
    "when where which who why with".split()
)
# Agent nouns the stemmers leave whole in short words: "groomers" -> "groom".
AGENT_SUFFIX = re.compile(r"(?<=\w{4})ers?$")
# Endings dropped to highlight every form of a word: "grooming" marks "groomers" too.
HIGHLIGHT_SUFFIX = re.compile(r"(?<=\w{3})(?:ations?|ings?|ers?|ies|ied|es|ed|s|y)$")
VOCABULARY_KEY = "search-vocabulary"
VOCABULARY_SECONDS = 24 * 3600


def clean_query(raw):
    """The text as typed, less control characters (PostgreSQL refuses NUL in text), with
    whitespace collapsed and overlong queries cut instead of rejected."""
    text = CONTROL_CHARACTERS.sub(" ", raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def has_words(text):
    return WORD_CHARACTER.search(text) is not None


def tokens(text):
    return TOKEN.findall(text)


def fold(word):
    """A word as compared with the vocabulary: lower case, and a plural counts as singular."""
    word = word.lower().removesuffix("'s")
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


def folded(text):
    return tuple(fold(word) for word in tokens(text))


# --- The vocabulary ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """Synonym groups by the folded words of each of their terms."""

    groups: dict = field(default_factory=dict)  # (folded words of a term) -> all its group's terms
    longest: int = 0  # words in the longest term

    @classmethod
    def of(cls, groups):
        terms = {}
        for group in groups:
            for term in group:
                if key := folded(term):
                    terms.setdefault(key, tuple(group))
        return cls(terms, max(map(len, terms), default=0))

    def terms(self):
        return {term for group in self.groups.values() for term in group}


def vocabulary():
    """The staff's synonym groups, read again as soon as any is saved (they replace the
    content version; home/signals.py)."""
    from home.models import SynonymGroup

    def load():
        return Vocabulary.of(group.term_list() for group in SynonymGroup.objects.all())

    def shared():
        return cached_under_content_version(VOCABULARY_KEY, load, VOCABULARY_SECONDS)

    return remember(VOCABULARY_KEY, shared)  # by each web process, too


# --- Reading a query ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Concept:
    """Words of the query that name a synonym group: any of its terms will do."""

    typed: str
    terms: tuple


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    phrases: tuple = ()  # quoted as typed
    concepts: tuple = ()
    words: tuple = ()  # every other word, less stop words
    operator: str = PlainText.DEFAULT_OPERATOR

    @property
    def has_several_parts(self):
        return len(self.phrases) + len(self.concepts) + len(self.words) > 1

    def backend_query(self):
        """The Wagtail query object: every part must match (or any, with operator "or")."""
        parts = []
        plain = [word for word in self.words if not agent_base(word)]
        if plain:
            parts.append(PlainText(" ".join(plain), operator=self.operator))
        parts += [*map(Phrase, self.phrases)]
        parts += [Or([term_query(term) for term in concept.terms]) for concept in self.concepts]
        parts += [
            Or([PlainText(word), PlainText(agent_base(word))])
            for word in self.words
            if agent_base(word)
        ]
        if not parts:
            return MATCH_NONE
        if len(parts) == 1:
            return parts[0]
        return And(parts) if self.operator == "and" else Or(parts)

    def highlight_terms(self):
        """Every word and phrase a match may show, for <mark>."""
        terms = [*self.phrases, *self.words, *filter(None, map(agent_base, self.words))]
        for concept in self.concepts:
            terms += [concept.typed, *concept.terms]
        return terms

    def phrase_keys(self):
        """The query's wordings as folded word sequences: what it says and what its synonyms
        say. Quick links and spelling hints compare names with these."""
        keys = [folded(self.text), *map(folded, self.phrases)]
        keys += [folded(term) for concept in self.concepts for term in concept.terms]
        if self.words:
            keys.append(tuple(fold(word) for word in self.words))
        return list(dict.fromkeys(key for key in keys if key))


def agent_base(word):
    base = AGENT_SUFFIX.sub("", word.lower())
    return base if base != word.lower() else None


def term_query(term):
    words = re.findall(r"\w+", term)
    return PlainText(words[0]) if len(words) == 1 else Phrase(" ".join(words))


def parse_query(raw, operator=PlainText.DEFAULT_OPERATOR, synonyms=None):
    """The query as typed, read into phrases, synonym concepts and words.

    Words inside a closed pair of double quotes are a phrase; the quotes themselves never reach
    the backend: the database backends pass terms into the full-text syntax of SQLite (FTS5)
    and PostgreSQL (tsquery) inside quotes of their own, which only a stray double quote can
    break. Text with no words in it finds nothing."""
    text = clean_query(raw)
    pieces = text.split('"')
    if len(pieces) % 2 == 0:  # the last quote is never closed: what follows it is plain text
        pieces[-2:] = [" ".join(pieces[-2:])]
    phrases = tuple(" ".join(piece.split()) for piece in pieces[1::2] if has_words(piece))
    synonyms = vocabulary() if synonyms is None else synonyms
    concepts, words = [], []
    for piece in pieces[0::2]:
        found_concepts, found_words = read_words(tokens(piece), synonyms)
        concepts += found_concepts
        words += found_words
    meaningful = [word for word in words if word.lower() not in STOP_WORDS]
    if meaningful or concepts or phrases:
        words = meaningful
    return ParsedQuery(text, phrases, tuple(concepts), tuple(words), operator)


def read_words(words, synonyms):
    """The words split into synonym concepts (longest match first) and the rest."""
    concepts, rest, position = [], [], 0
    while position < len(words):
        for length in range(min(synonyms.longest, len(words) - position), 0, -1):
            run = words[position : position + length]
            group = synonyms.groups.get(tuple(map(fold, run)))
            if group:
                concepts.append(Concept(" ".join(run), group))
                position += length
                break
        else:
            rest.append(words[position])
            position += 1
    return concepts, rest


def search_query(raw, operator=PlainText.DEFAULT_OPERATOR):
    """The text as a query every search backend reads literally, whatever it contains, with
    the staff's synonyms applied."""
    return parse_query(raw, operator).backend_query()


# --- Showing matches ---------------------------------------------------------------------------


def term_pattern(term):
    """A regular expression for a word or phrase and the other forms of its last word."""
    if "&" in term:  # an abbreviation such as "T&S": exactly as written
        return re.escape(term) + r"\b"
    words = re.findall(r"\w+", term)
    if not words:
        return None
    *first, last = words
    stem = HIGHLIGHT_SUFFIX.sub("", last)
    return r"\W+".join([*map(re.escape, first), rf"{re.escape(stem)}\w*"])


def highlight_pattern(query):
    """query: a ParsedQuery, or plain text whose words are marked."""
    terms = query.highlight_terms() if isinstance(query, ParsedQuery) else tokens(query)
    terms = sorted({term.lower() for term in terms if len(term) > 1}, key=len, reverse=True)
    patterns = list(filter(None, map(term_pattern, terms)))
    if not patterns:
        return None
    return re.compile(r"\b(?:" + "|".join(patterns) + ")", re.IGNORECASE)


def marked(text, pattern):
    """The text, escaped, with every match of the pattern wrapped in <mark>."""
    if pattern is None:
        return escape(text)
    pieces, position = [], 0
    for match in pattern.finditer(text):
        pieces += [escape(text[position : match.start()]), f"<mark>{escape(match.group())}</mark>"]
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def highlight_title(title, query):
    return marked(title or "", highlight_pattern(query))


def highlight(text, query, length=EXCERPT_LENGTH):
    """An excerpt of text around the first match, with every match wrapped in <mark>."""
    text = " ".join((text or "").split())
    pattern = highlight_pattern(query)
    first = pattern.search(text) if pattern else None
    start = max(0, first.start() - length // 3) if first else 0
    excerpt = text[start : start + length]
    if start > 0:
        excerpt = "…" + excerpt.split(" ", 1)[-1]
    if start + length < len(text):
        excerpt = excerpt.rsplit(" ", 1)[0] + "…"
    return marked(excerpt, pattern)
