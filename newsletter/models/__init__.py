from .mailings import Delivery, Mailing, Segment
from .settings import NewsletterSettings
from .subscribers import Consent, MemberType, Subscriber
from .themes import DigestTheme

__all__ = [
    "Consent",
    "Delivery",
    "DigestTheme",
    "Mailing",
    "MemberType",
    "NewsletterSettings",
    "Segment",
    "Subscriber",
]
