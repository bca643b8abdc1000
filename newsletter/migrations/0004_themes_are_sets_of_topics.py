"""A digest theme becomes a set of topics (it was exactly one tag), and members may choose
everything. Each existing theme keeps its tag as its first topic; subscriptions are unchanged."""

from django.db import migrations, models


def tag_becomes_first_topic(apps, schema_editor):
    DigestTheme = apps.get_model("newsletter", "DigestTheme")
    for theme in DigestTheme.objects.all():
        theme.topics.add(theme.tag_id)


def first_topic_becomes_tag(apps, schema_editor):
    DigestTheme = apps.get_model("newsletter", "DigestTheme")
    for theme in DigestTheme.objects.all():
        first = theme.topics.order_by("pk").first()
        if first is None:
            raise RuntimeError(f"Theme {theme.name!r} has no topic to keep as its one tag")
        theme.tag_id = first.pk
        theme.save(update_fields=["tag"])


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0003_send_time_default"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.AddField(
            model_name="digesttheme",
            name="topics",
            field=models.ManyToManyField(
                help_text="Content carrying any of these topics goes into the theme's digests. "
                "A topic may belong to several themes.",
                related_name="digest_themes",
                to="taggit.tag",
            ),
        ),
        migrations.AlterField(
            model_name="digesttheme",
            name="tag",
            field=models.OneToOneField(
                null=True,
                on_delete=models.CASCADE,
                related_name="+",
                to="taggit.tag",
            ),
        ),
        migrations.RunPython(tag_becomes_first_topic, first_topic_becomes_tag),
        migrations.RemoveField(model_name="digesttheme", name="tag"),
        migrations.AddField(
            model_name="subscriber",
            name="all_topics",
            field=models.BooleanField(
                default=False,
                help_text="Everything: every topic, including any no theme covers yet.",
            ),
        ),
    ]
