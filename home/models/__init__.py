from .base import BasePage, IndexPage, TaggedPage
from .images import CustomImage, CustomRendition
from .outbox import OutboxTask
from .pages import ContactFormField, ContactPage, HomeFeaturedItem, HomePage, StandardPage
from .search import SynonymGroup, ZeroResultDailyHits
from .settings import FundFigures, SiteSettings
from .tags import PageTag, TopicName
from .translated_names import TranslatedNames

__all__ = [
    "BasePage",
    "ContactFormField",
    "ContactPage",
    "FundFigures",
    "CustomImage",
    "CustomRendition",
    "HomeFeaturedItem",
    "HomePage",
    "IndexPage",
    "OutboxTask",
    "PageTag",
    "SiteSettings",
    "StandardPage",
    "SynonymGroup",
    "TaggedPage",
    "TopicName",
    "TranslatedNames",
    "ZeroResultDailyHits",
]
