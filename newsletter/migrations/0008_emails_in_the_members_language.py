from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0007_ledger_checks_and_indexes_for_speed"),
    ]

    operations = [
        migrations.AddField(
            model_name="subscriber",
            name="language",
            field=models.CharField(
                choices=[("en-gb", "English"), ("fr", "Français"), ("es", "Español")],
                default="en-gb",
                help_text="The language of every email they receive.",
                max_length=10,
            ),
        ),
        migrations.AddField(
            model_name="segment",
            name="language",
            field=models.CharField(default="en-gb", max_length=10),
        ),
        migrations.AddField(
            model_name="digesttheme",
            name="name_fr",
            field=models.CharField(blank=True, max_length=80, verbose_name="name in French"),
        ),
        migrations.AddField(
            model_name="digesttheme",
            name="name_es",
            field=models.CharField(blank=True, max_length=80, verbose_name="name in Spanish"),
        ),
        migrations.AddField(
            model_name="digesttheme",
            name="description_fr",
            field=models.CharField(
                blank=True, max_length=240, verbose_name="description in French"
            ),
        ),
        migrations.AddField(
            model_name="digesttheme",
            name="description_es",
            field=models.CharField(
                blank=True, max_length=240, verbose_name="description in Spanish"
            ),
        ),
    ]
