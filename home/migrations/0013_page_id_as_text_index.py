"""An index on Wagtail's page table by its id written as text, which is how the search index
refers to a page (wagtailsearch_indexentry.object_id). A search joins its matches to the pages
on `page.id::varchar(50) = object_id`; without this index PostgreSQL read the whole page table
and hashed it to find the few dozen pages a query matched (4 of a search's 5 ms on the bench
site), with it it looks each match up. The table belongs to wagtailcore, so the index is
created here."""

from django.db import migrations

INDEX = "home_page_id_as_text"


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0012_pages_by_topic_index"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page ((CAST(id AS varchar(50))))",
            f"DROP INDEX IF EXISTS {INDEX}",
        )
    ]
