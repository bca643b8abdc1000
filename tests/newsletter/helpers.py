"""Reading the emails the newsletter sends."""

import re

LINK = re.compile(r"http://testserver((?:/fr|/es)?/newsletter/([\w-]+)/[^/\s\"<>]+/)")


def link_in(message, kind):
    """The path of the one newsletter link of a kind ("confirm", "preferences", ...) in the
    text body of an email, with its language prefix if it has one."""
    [path] = [path for path, found in LINK.findall(message.body) if found == kind]
    return path


def html_of(message):
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html
