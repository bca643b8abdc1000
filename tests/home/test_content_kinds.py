"""The registry of content kinds (home/content.py) is the one list of content page types."""

import pytest
from django.apps import apps

from home.content import content_kinds, content_page_models, digest_kinds, kind_of
from home.models import TaggedPage
from research.models import Audience


def test_every_tagged_content_page_type_is_registered():
    tagged = [
        model
        for model in apps.get_models()
        if issubclass(model, TaggedPage) and not model._meta.abstract
    ]
    assert sorted(map(str, tagged)) == sorted(map(str, content_page_models()))


def test_each_kind_has_its_own_names():
    kinds = content_kinds()
    for name in ("slug", "plural", "search_slug", "digest_label"):
        values = [getattr(kind, name) for kind in kinds]
        assert len(set(values)) == len(values), name


@pytest.mark.parametrize("audience", [*Audience.values, None])
def test_digest_ranks_put_every_kind_in_one_place_for_each_audience(audience):
    ranks = sorted(kind.rank_for(audience) for kind in digest_kinds())
    assert ranks == list(range(len(digest_kinds())))


def test_a_page_type_that_is_not_registered_has_no_kind():
    with pytest.raises(KeyError):
        kind_of(TaggedPage)


def test_every_kind_answers_what_a_card_asks_without_a_failed_lookup():
    # A template's failed attribute lookup lists every attribute of the page to tell a missing
    # one from a broken property; cards ask each page for its hours.
    for kind in content_kinds():
        assert isinstance(kind.model.listing_time, property), kind.model
