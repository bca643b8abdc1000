"""Names of reference data (topics, programmes, countries, organisations) in the reader's
language. Staff give a French and a Spanish name where they have one; wherever a name is left
blank, readers of that language see the English name."""

from django.db import models

from home.locales import reading_language


class TranslatedNames(models.Model):
    """A French and a Spanish name beside a model's English one, read by translated_name()."""

    name_fr = models.CharField("name in French", max_length=200, blank=True)
    name_es = models.CharField("name in Spanish", max_length=200, blank=True)

    class Meta:
        abstract = True

    def translated_name(self, language_code=None):
        """The name staff gave for the reader's language (or `language_code`), else ""."""
        language = (language_code or reading_language()).split("-")[0]
        return getattr(self, f"name_{language}", "")
