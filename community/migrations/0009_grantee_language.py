import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0008_listing_date_indexes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="invitation",
            name="language",
            field=models.CharField(
                choices=[("en-gb", "English"), ("fr", "Français"), ("es", "Español")],
                default="en-gb",
                help_text="The language of the invitation email and of the portal page it links to.",
                max_length=10,
                verbose_name="email language",
            ),
        ),
        migrations.CreateModel(
            name="GranteeProfile",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[("en-gb", "English"), ("fr", "Français"), ("es", "Español")],
                        default="en-gb",
                        max_length=10,
                        verbose_name="Language of emails from the portal",
                    ),
                ),
                (
                    "user",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="grantee_profile",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
        ),
    ]
