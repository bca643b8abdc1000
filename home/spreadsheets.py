"""Cells that a spreadsheet opens as text, whatever they say.

Several exports carry text that visitors typed: subscribers' names and organisations, search
wordings. A cell starting with "=", "+", "-", "@" or a tab or carriage return is read as a formula
by Excel and LibreOffice when the CSV is opened, so such a cell gets a leading apostrophe, which
they show as text (OWASP's advice on CSV injection). Wagtail's XLSX exports already write every
cell as text; its CSV exports do not, hence InertCSVExportMixin."""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def inert(value):
    """The value as a CSV cell a spreadsheet will not evaluate."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def inert_row(row):
    return [inert(value) for value in row]


class InertCSVExportMixin:
    """For Wagtail's index and report views with list_export: CSV cells made inert."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return inert(value) if export_format == self.FORMAT_CSV else value
