"""Match word endings in SQLite's full-text index, as PostgreSQL's english configuration does.

Wagtail creates the FTS5 table with the default tokenizer, which matches whole words only:
"groomed" never finds "grooming". FTS5's porter tokenizer stems both the indexed text and the
query, so this recreates the table with it and copies the index entries back (the triggers that
keep it in step with wagtailsearch_indexentry name the table, so they carry on working).

PostgreSQL needs no migration: settings name the english configuration (SEARCH_CONFIG), and
`manage.py update_index` rebuilds the vectors if the database used another one before."""

from django.db import migrations

TABLE = "wagtailsearch_indexentry_fts"
COLUMNS = "autocomplete, body, title"


def recreate(schema_editor, tokenizer):
    if schema_editor.connection.vendor != "sqlite":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [TABLE])
        if cursor.fetchone() is None:  # this SQLite has no FTS5: Wagtail searches without it
            return
    schema_editor.execute(f"DROP TABLE {TABLE}")
    schema_editor.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5({COLUMNS}, tokenize = '{tokenizer}')"
    )
    schema_editor.execute(
        f"INSERT INTO {TABLE} (rowid, {COLUMNS}) "
        f"SELECT id, {COLUMNS} FROM wagtailsearch_indexentry"
    )


def use_porter_stemmer(apps, schema_editor):
    recreate(schema_editor, "porter unicode61 remove_diacritics 2")


def use_whole_words(apps, schema_editor):
    recreate(schema_editor, "unicode61")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_search_vocabulary"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(use_porter_stemmer, use_whole_words)]
