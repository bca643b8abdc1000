"""Columns that page listings in the admin share."""

from wagtail.admin.ui.tables import Column


def example_column():
    """ "Example" beside illustrative pages (TaggedPage.is_example), sortable."""
    return Column("is_example", label="Example", accessor="example_label", sort_key="is_example")
