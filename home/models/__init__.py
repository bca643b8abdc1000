from .base import BasePage, TaggedPage
from .images import CustomImage, CustomRendition
from .pages import ContactFormField, ContactPage, HomeFeaturedItem, HomePage, StandardPage
from .settings import SiteSettings
from .tags import PageTag

__all__ = [
    "BasePage",
    "ContactFormField",
    "ContactPage",
    "CustomImage",
    "CustomRendition",
    "HomeFeaturedItem",
    "HomePage",
    "PageTag",
    "SiteSettings",
    "StandardPage",
    "TaggedPage",
]
