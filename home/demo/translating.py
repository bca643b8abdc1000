"""Pages translated the way staff translate them in the editor (wagtail-localize): a translation
source taken from the English page, a Translation into the target locale, a translated string
for each segment, then the target page saved and published. Staff then find the demo's French
and Spanish pages as translations they can go on editing, segment by segment."""

from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def translate_page(page, language_code, strings):
    """Publish `page` in `language_code`, its segments translated by `strings` ({English text of
    a segment: its translation}); segments not in `strings` stay English. Turns the page's alias
    in that language into its translation; returns the translated page."""
    locale = Locale.objects.get(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()  # the English page may have changed since
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        if text := strings.get(segment.string.data):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    translation.save_target(publish=True)
    return translation.get_target_instance().specific


def source_strings(page):
    """The English text of each of the page's translatable segments, in order."""
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    segments = StringSegment.objects.filter(source=source).select_related("string")
    return [segment.string.data for segment in segments.order_by("order")]
