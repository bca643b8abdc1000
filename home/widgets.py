from django import forms


class Checklist(forms.CheckboxSelectMultiple):
    """A long multiple choice (countries, organisations, projects) as checkboxes that staff
    filter by typing, with what is ticked named above them. The browser's multi-select needs
    ctrl-click and scrolls ticked choices out of sight; this needs neither.

    The field's label belongs to the filter box, and also names the group of checkboxes."""

    template_name = "home/widgets/checklist.html"

    class Media:
        js = ["home/admin/checklist.js"]
        css = {"all": ["home/admin/checklist.css"]}

    def id_for_label(self, id_, index=None):
        if index is None:
            return f"{id_}_filter" if id_ else ""
        return super().id_for_label(id_, index)
