"""An index on Wagtail's page table for the queries that list one level of the tree: the menu,
the home page's sections, a project's updates and routing all ask for pages at one depth below
a path, as a range of paths or a path prefix. Wagtail's own indexes cover the path alone, so
PostgreSQL scanned the whole table or every page at that depth. The table belongs to
wagtailcore, so the index is created here."""

from django.db import migrations

INDEX = "home_page_tree_level"


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0008_moderators_look_after_search"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (depth, path)",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
