"""An index on Wagtail's page table for the queries that list one level of the tree: the menu,
the home page's sections, a project's updates and routing all ask for pages at one depth below
a path. Wagtail's own indexes cover the path alone, so PostgreSQL scanned the whole table.

The table belongs to wagtailcore, so the index is created here, in SQL: on PostgreSQL with
varchar_pattern_ops, which lets `path LIKE 'prefix%'` use it whatever the database's collation."""

from django.db import migrations

INDEX = "home_page_tree_level"


def create_index(apps, schema_editor):
    ops = " varchar_pattern_ops" if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page (depth, path{ops})"
    )


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_search_stemming"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
