"""Dates as members read them, in the active language: "1 July 2025", "1er juillet 2025",
"1 de julio de 2025". Translators give each language its own date format."""

from django.template.defaultfilters import date
from django.utils.translation import pgettext_lazy

LONG_DATE = pgettext_lazy("date format for 1 July 2025 (Django's date filter)", "j F Y")
DAY_AND_MONTH = pgettext_lazy("date format for 1 July (Django's date filter)", "j F")


def long_date(value):
    return date(value, str(LONG_DATE))


def day_and_month(value):
    return date(value, str(DAY_AND_MONTH))
