"""Replace Wagtail's placeholder welcome page with the site's HomePage, so a fresh install
serves the real site shell before any content is loaded."""

import uuid

from django.db import migrations


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("home.HomePage")

    placeholder_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=placeholder_type, depth=2, slug="home").delete()
    if HomePage.objects.exists():
        return
    home_type, _ = ContentType.objects.get_or_create(model="homepage", app_label="home")
    home = HomePage.objects.create(
        title="Safe Online",
        draft_title="Safe Online",
        slug="home",
        content_type=home_type,
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=Locale.objects.order_by("pk").first(),
        translation_key=uuid.uuid4(),
        hero_heading="Evidence and tools for a digital world where every child is safe",
        hero_text="Research, insight and a community of practice against online child "
        "sexual exploitation and abuse.",
    )
    Page.objects.filter(depth=1).update(numchild=1)
    Site.objects.all().delete()
    Site.objects.create(
        hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True,
        site_name="Safe Online",
    )


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(create_home_page, migrations.RunPython.noop)]
