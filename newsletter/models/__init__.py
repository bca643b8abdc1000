from .mailings import Click, Delivery, Mailing, Segment
from .settings import NewsletterSettings
from .subscribers import Consent, MemberType, Subscriber
from .themes import DigestTheme

__all__ = [
    "Click",
    "Consent",
    "Delivery",
    "DigestTheme",
    "Mailing",
    "MemberType",
    "NewsletterSettings",
    "Segment",
    "Subscriber",
]
