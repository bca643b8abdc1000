from django.db import migrations

ADDED = ("fr", "es")


def add_locales(apps, schema_editor):
    """French and Spanish, each kept in step with the English page tree by wagtail-localize, so
    that every English page has a place under /fr/ and /es/ until it is translated."""
    Locale = apps.get_model("wagtailcore.Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize.LocaleSynchronization")
    english = Locale.objects.order_by("pk").first()
    if english is None:
        english = Locale.objects.create(language_code="en-gb")
    for language_code in ADDED:
        locale, _ = Locale.objects.get_or_create(language_code=language_code)
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": english})


def remove_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    Locale.objects.filter(language_code__in=ADDED, page__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_page_tree_level_index"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(add_locales, remove_locales)]
