"""Moderators (the communications staff who publish and review) look after search: they edit the
synonyms, pick promoted results and read the reports of what people searched for and did not
find (home.search_log.may_read_search_reports)."""

from django.db import migrations

GRANTS = {
    ("home", "synonymgroup"): ["add", "change", "delete", "view"],
    ("wagtailsearchpromotions", "searchpromotion"): ["add", "change", "delete", "view"],
}


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    moderators = Group.objects.filter(name="Moderators").first()
    if moderators is None:
        return
    for (app_label, model), actions in GRANTS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {model}"},
            )
            moderators.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_search_stemming"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailcore", "0001_squashed_0016_change_page_url_path_to_text_field"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
