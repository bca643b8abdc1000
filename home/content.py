"""The registry of content kinds: each content page type says here what the rest of the site
needs to know about it, so that digests, emails, the API, search and feeds loop over the
registry instead of naming page models.

A page type joins by decorating its model:

    @register_content_kind(slug="story", plural="stories", digest_label="Grantee story",
                           digest=Digest.NEW, digest_rank={...})
    class GranteeStoryPage(TaggedPage): ...

Its card summary and date are the page's own `listing_summary` and `listing_date`."""

from dataclasses import dataclass, field
from enum import Enum

from django.utils.text import slugify


class Digest(Enum):
    """How a kind of content enters the themed digests."""

    NEW = "new"  # when first published within the edition's period
    UPCOMING = "upcoming"  # when its `date_field` falls in the days after the edition is sent


@dataclass(frozen=True, eq=False)
class ContentKind:
    model: type
    slug: str  # names the kind in digests and in each email item
    plural: str  # names a list of them: its open-data endpoint, a section of a country page
    digest_label: str  # the label above an item in an email, such as "New project"
    in_api: bool = True  # served read-only at /api/v2/<plural>/
    digest: Digest | None = None  # None: never in digests
    # Where items of this kind stand in a digest, per audience (research.models.Audience value;
    # None for members who gave none): 0 comes first.
    digest_rank: dict = field(default_factory=dict)
    date_field: str = "first_published_at"  # what "upcoming" compares with, and the item date
    more_label: str = "Read more"  # the link under an item in an email

    @property
    def search_slug(self):
        """The value of /search/?type= that narrows results to this kind."""
        return slugify(self.model._meta.verbose_name_plural)

    def rank_for(self, audience):
        return self.digest_rank.get(audience, self.digest_rank[None])


_KINDS = {}


def register_content_kind(**declaration):
    """Class decorator: register a content page type under the given ContentKind fields."""

    def register(model):
        kind = ContentKind(model=model, **declaration)
        if kind.digest and None not in kind.digest_rank:
            raise ValueError(f"{model.__name__} goes into digests but has no default rank")
        _KINDS[model] = kind
        return model

    return register


def content_kinds():
    """Every registered kind, in the order the apps define their models."""
    return list(_KINDS.values())


def kind_of(page_or_model):
    """The kind of a page (or page type); KeyError for a type that is not registered."""
    model = page_or_model if isinstance(page_or_model, type) else type(page_or_model)
    return _KINDS[model]


def content_page_models():
    return [kind.model for kind in content_kinds()]


def digest_kinds():
    return [kind for kind in content_kinds() if kind.digest]
