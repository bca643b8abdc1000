"""The French and Spanish catalogues (locale/) are complete: every interface string has a
translation, none is left fuzzy, and each keeps the English string's placeholders and markup
tags, which the page or email fills in or renders."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

PLACEHOLDERS = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]*\}|</?[a-z]+")
CATALOGUES = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


def test_there_is_a_catalogue_for_each_language_but_english():
    languages = {path.parts[-3] for path in CATALOGUES}
    assert languages == {code for code, _ in settings.LANGUAGES} - {settings.LANGUAGE_CODE}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: path.parts[-3])
def test_every_string_is_translated_keeping_its_placeholders(path):
    catalogue = polib.pofile(str(path))
    live = [entry for entry in catalogue if not entry.obsolete]

    assert [entry.msgid for entry in live if "fuzzy" in entry.flags] == []
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    for entry in live:
        if entry.msgid_plural:  # a form for one may leave the count out
            wanted = set(PLACEHOLDERS.findall(entry.msgid_plural))
            for translation in entry.msgstr_plural.values():
                assert set(PLACEHOLDERS.findall(translation)) <= wanted, entry.msgid
        else:
            assert sorted(PLACEHOLDERS.findall(entry.msgstr)) == sorted(
                PLACEHOLDERS.findall(entry.msgid)
            ), entry.msgid
