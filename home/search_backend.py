"""Wagtail's database search backend, ranked the way members read results.

Wagtail's backends keep three columns per page: the title, the body (every SearchField) and
"autocomplete", which holds the title, summary and topics (TaggedPage.search_headline). Their own
score barely tells the columns apart on SQLite, so a long update that mentions a word often beats
the brief named after it. Here results come in three tiers: pages whose title matches the whole
query, then those whose title, summary and topics together match it, then the rest. Within a
tier the backend's score decides, and the newer page wins a tie. SQLite and PostgreSQL rank
alike, so the site and the API (which both search through this backend) agree on either
database.

Languages. On PostgreSQL each page is indexed with the text search configuration of its page
tree's language (French pages with "french", Spanish with "spanish", English with the backend's
SEARCH_CONFIG), and a query is read with the reader's: a search under /fr/ lists only the French
tree (SitePageQuerySet.public), so the words on both sides are stemmed alike ("exploitations"
finds "exploitation"). An untranslated page's alias in the French tree is indexed the French way
too, since French readers find it with French queries. Models outside the page trees, and
readers of any other language, keep SEARCH_CONFIG. SQLite stems every language with its porter
tokenizer, as before. A database indexed before pages were indexed by language needs
`manage.py update_index` once, for its French and Spanish pages.

WAGTAILSEARCH_BACKENDS names this module; it picks the class for the database in use, as
wagtail.search.backends.database does."""

import copy
from collections import defaultdict
from functools import cache

from django.core.exceptions import FieldDoesNotExist
from django.core.paginator import Paginator
from django.db.models import Case, Count, F, FloatField, Func, Value, When, Window
from wagtail.search.backends import database as database_backends

from home.listing import PAGE_SIZE
from home.locales import locale_ids, reading_language

TIER = 1000.0  # larger than any score within a tier on either database
RANK = "search_rank"  # the ranking, ordered by but not sent back
TOTAL = "search_total"  # on each result of a page fetched from PostgreSQL: how many matched
LARGEST_OFFSET = 2**63 - 1  # PostgreSQL's OFFSET is a bigint: larger pages go the slow way
# PostgreSQL's text search configurations for the site's languages other than English.
SEARCH_CONFIGS = {"fr": "french", "es": "spanish"}


def search_config(language_code, default):
    """The text search configuration for a language: its own, else `default` (SEARCH_CONFIG)."""
    return SEARCH_CONFIGS.get(language_code.split("-")[0], default)


def language_of(obj):
    """The language of an indexed object's page tree, or None outside the page trees."""
    locale_id = getattr(obj, "locale_id", None)
    if locale_id is None:
        return None
    languages = {pk: code for code, pk in locale_ids().items()}
    return languages.get(locale_id)


def paginate_results(request, results, per_page=PAGE_SIZE):
    """The requested page of search results, as home.listing.paginate gives it.

    On PostgreSQL the total arrives with the page's rows (a window over the ranked matches,
    which the ranking computes anyway), so a search costs one query instead of a count and a
    fetch. Elsewhere, or asked for a page past the end, Django's paginator counts first."""
    paginator = Paginator(results, per_page)
    number = request.GET.get("page")
    if not getattr(results.query_compiler, "counts_while_ranking", False):
        return paginator.get_page(number)
    try:
        number = int(number or 1)
    except (TypeError, ValueError):
        number = 1
    in_range = 0 < number * per_page <= LARGEST_OFFSET
    rows = list(results[(number - 1) * per_page : number * per_page]) if in_range else []
    if not rows:
        return paginator.get_page(number)
    paginator.count = getattr(rows[0], TOTAL)  # a cached property: set here, never queried
    return paginator._get_page(rows, number, paginator)  # Django's documented hook


def recency_then_id(model):
    """The tie-breakers: newest first where the model records first publication, then by id."""
    try:
        model._meta.get_field("first_published_at")
    except FieldDoesNotExist:
        return ["-pk"]
    return [F("first_published_at").desc(nulls_last=True), "-pk"]


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    """The ranked subclass of the backend Wagtail chooses for this database (SQLite without
    FTS5, or another database, keeps Wagtail's own)."""
    backend = database_backends.SearchBackend(params)
    ranked = {"PostgresSearchBackend": postgres_backend, "SQLiteSearchBackend": sqlite_backend}
    choose = ranked.get(type(backend).__name__)
    return choose()(params) if choose else backend


@cache
def sqlite_backend():
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteFTSIndexEntry,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )
    from modelsearch.query import MatchAll, Not

    table = SQLiteFTSIndexEntry._meta.db_table

    class WeightedBM25(Func):
        """FTS5's bm25(), negative and lower for a better match, with the columns weighed
        (autocomplete, body, title: the order home/migrations/0007_search_stemming.py
        creates them in)."""

        output_field = FloatField()

        def as_sql(self, compiler, connection, **extra_context):
            return f"bm25({table}, 2, 1, 4)", []

    class RankedSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
        # The headline column takes part in the match, or bm25() would see no hits in it.
        # Everything in it is also in the title or the body, so no more pages match.
        FTS_TABLE_FIELDS = ["title", "body", "autocomplete"]

        def _build_rank_expression(self, vectors, config):
            query = normalize(self.query)
            if isinstance(query, (Not, MatchAll)):
                return WeightedBM25()
            match = self.build_search_query(query, config=config)

            def matching_in(column):
                entries = SQLiteFTSIndexEntry.objects.filter(MatchExpression([column], match))
                return entries.values("pk")

            tier = Case(
                When(pk__in=matching_in("title"), then=Value(0.0)),
                When(pk__in=matching_in("autocomplete"), then=Value(TIER)),
                default=Value(2 * TIER),
                output_field=FloatField(),
            )
            return tier + WeightedBM25()

        def search(self, config, start, stop, score_field=None):
            results = super().search(config, None, None, score_field=score_field)
            ordering = results.query.order_by
            if self.order_by_relevance and ordering and ordering[-1] == "-pk":
                score = ordering[0]  # ascending: bm25 is lower for a better match
                results = results.order_by(score, *recency_then_id(self.queryset.model))
            return results[start:stop]

    class RankedSQLiteSearchBackend(SQLiteSearchBackend):
        query_compiler_class = RankedSQLiteQueryCompiler

    return RankedSQLiteSearchBackend


@cache
def postgres_backend():
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
    )

    class LanguagesIndex(PostgresIndex):
        """Indexes each object with its language's configuration (Wagtail's indexer reads it
        from the backend, so each language's objects go through a copy configured for it)."""

        def add_items(self, model, objs):
            by_config = defaultdict(list)
            for obj in objs:
                language = language_of(obj)
                config = search_config(language, self.backend.config) if language else None
                by_config[config or self.backend.config].append(obj)
            for config, group in by_config.items():
                if config == self.backend.config:
                    super().add_items(model, group)
                    continue
                index = copy.copy(self)
                index.backend = copy.copy(self.backend)
                index.backend.config = config
                PostgresIndex.add_items(index, model, group)

    class RankedPostgresQueryCompiler(PostgresSearchQueryCompiler):
        counts_while_ranking = True  # see paginate_results

        def get_config(self, backend):
            """Queries are stemmed in the reader's language, as their tree's pages are."""
            return search_config(reading_language(), backend.config)

        def _build_rank_expression(self, vectors, config):
            rank = super()._build_rank_expression(vectors, config)
            if self.fields is not None:  # a search of named fields: no headline to favour
                return rank
            # The autocomplete column is built with the "simple" configuration (no stemming).
            tier = Case(
                When(
                    index_entries__title=self.build_tsquery(self.query, config=config),
                    then=Value(2 * TIER),
                ),
                When(
                    index_entries__autocomplete=self.build_tsquery(self.query, config="simple"),
                    then=Value(TIER),
                ),
                default=Value(0.0),
                output_field=FloatField(),
            )
            return tier + rank

        def _apply_ordering_and_scoring(
            self, queryset, rank_expression, start, stop, score_field=None
        ):
            if not self.order_by_relevance:
                return super()._apply_ordering_and_scoring(
                    queryset, rank_expression, start, stop, score_field
                )
            # The matched vector is only filtered on: leave it out of the rows, where it would
            # be built again for every match and sent back for nothing.
            queryset.query.set_annotation_mask(set(queryset.query.annotations) - {"_vector_"})
            # Ordered by name: Django compares an ordering expression with every selected one
            # before writing it, hashing the whole ranking tree (a tenth of a search's time).
            queryset = queryset.alias(**{RANK: rank_expression}).order_by(
                F(RANK).desc(), *recency_then_id(self.queryset.model)
            )
            if score_field is not None:
                queryset = queryset.annotate(**{score_field: rank_expression})
            if stop is not None:  # a page of results, not a count
                queryset = queryset.annotate(**{TOTAL: Window(Count("*"))})
            return queryset[start:stop]

    class RankedPostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = RankedPostgresQueryCompiler
        index_class = LanguagesIndex

    return RankedPostgresSearchBackend
