"""Each sent mailing keeps the items of its public web version. Mailings sent before this get
the items their recipients were sent, in the order of their segments, up to a digest's length."""

from django.db import migrations, models

DIGEST_LENGTH = 12


def items_already_sent(apps, schema_editor):
    Mailing = apps.get_model("newsletter", "Mailing")
    for mailing in Mailing.objects.filter(planned_at__isnull=False):
        page_ids = []
        for segment in mailing.segments.order_by("pk"):
            page_ids += [pk for pk in segment.page_ids if pk not in page_ids]
        mailing.public_page_ids = page_ids[:DIGEST_LENGTH]
        mailing.save(update_fields=["public_page_ids"])


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0004_themes_are_sets_of_topics"),
    ]

    operations = [
        migrations.AddField(
            model_name="mailing",
            name="public_page_ids",
            field=models.JSONField(
                default=list,
                editable=False,
                help_text="The items of the web version, for a general reader, chosen when planned.",
            ),
        ),
        migrations.RunPython(items_already_sent, migrations.RunPython.noop),
    ]
