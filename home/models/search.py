"""What staff tell the site search, and what it tells them back.

Synonym groups are the field's own vocabulary: each is a set of words and phrases that mean the
same to a member ("CSAM", "child sexual abuse material"), so a search for any of them finds
pages that use another. Zero-result hits count, per day, the searches that found nothing; the
searches themselves and their daily hits are wagtail.contrib.search_promotions' Query model."""

import re

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.search_promotions.models import Query

TERM_SEPARATOR = re.compile(r"[,\n]")


class SynonymGroup(models.Model):
    terms = models.TextField(
        help_text="Words, phrases and abbreviations that mean the same thing, separated by "
        "commas: “CSAM, child sexual abuse material”. A search for any of them also finds the "
        "others. Plurals and word endings are matched already.",
    )
    note = models.CharField(
        max_length=255, blank=True, help_text="Optional: why these belong together, for staff."
    )

    panels = [FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        verbose_name = "search synonym group"
        ordering = ["terms"]

    def __str__(self):
        return ", ".join(self.term_list())

    def term_list(self):
        """The terms as staff wrote them, blank entries and repeats left out."""
        terms = (" ".join(term.split()) for term in TERM_SEPARATOR.split(self.terms))
        return list(dict.fromkeys(term for term in terms if term))


class ZeroResultDailyHits(models.Model):
    """How often, per day, a search found nothing (its total hits are Query.daily_hits)."""

    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="zero_result_hits")
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["query", "date"], name="one_zero_result_row_a_day")
        ]
        verbose_name = "zero-result search count"

    def __str__(self):
        return f"{self.query}: {self.hits} on {self.date}"
