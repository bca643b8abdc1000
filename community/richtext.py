"""The small writing format grantees use for update bodies, and its conversion to and from the
rich text Wagtail stores.

    Paragraphs are separated by a blank line.
    ### A heading
    - a bullet point            1. a numbered point
    **bold**, *italic*, [link text](https://example.org) and bare https:// addresses

Everything is HTML-escaped before the few allowed tags are added, so nothing a grantee types can
become markup of its own. The tags produced are exactly the update body's rich text features."""

import re
from html import escape
from html.parser import HTMLParser

BULLET = re.compile(r"^[-*]\s+")
NUMBER = re.compile(r"^\d+[.)]\s+")
LINK = re.compile(r"\[([^\]\n]+)\]\(((?:https?://|mailto:)[^\s)]+)\)")
BARE_URL = re.compile(r"(?<![\"'=>])\bhttps?://[^\s<]+[^\s<.,;:!?)]")
BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
ITALIC = re.compile(r"(?<![*\w])\*(?=\S)(.+?)(?<=\S)\*(?![*\w])")


def text_to_html(text):
    blocks = [block.strip("\n") for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n"))]
    return "".join(_block_html(block) for block in blocks if block.strip())


def _block_html(block):
    lines = [line.strip() for line in block.split("\n") if line.strip()]
    if len(lines) == 1 and lines[0].startswith("#"):
        return f"<h3>{_inline(lines[0].lstrip('#').strip())}</h3>"
    for pattern, tag in ((BULLET, "ul"), (NUMBER, "ol")):
        if all(pattern.match(line) for line in lines):
            items = "".join(f"<li>{_inline(pattern.sub('', line))}</li>" for line in lines)
            return f"<{tag}>{items}</{tag}>"
    return "<p>" + "<br/>".join(_inline(line) for line in lines) + "</p>"


def _inline(text):
    links = []

    def keep_link(href, label):
        links.append(f'<a href="{href}">{label}</a>')
        return f"\x00{len(links) - 1}\x00"

    html = escape(text, quote=True)
    html = LINK.sub(lambda m: keep_link(m.group(2), m.group(1)), html)
    html = BARE_URL.sub(lambda m: keep_link(m.group(0), m.group(0)), html)
    html = BOLD.sub(r"<b>\1</b>", html)
    html = ITALIC.sub(r"<i>\1</i>", html)
    return re.sub(r"\x00(\d+)\x00", lambda m: links[int(m.group(1))], html)


def html_to_text(html):
    """Stored rich text back in the writing format, for editing a saved draft."""
    parser = _TextWriter()
    parser.feed(html or "")
    parser.close()
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.out)).strip()


class _TextWriter(HTMLParser):
    MARKS = {"b": "**", "strong": "**", "i": "*", "em": "*"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.lists = []
        self.href = None
        self.label = []

    def handle_starttag(self, tag, attrs):
        if tag in ("p", "h2", "h3", "h4", "ul", "ol"):
            self.out.append("\n\n")
        if tag in ("h2", "h3", "h4"):
            self.out.append("### ")
        elif tag in ("ul", "ol"):
            self.lists.append([tag, 0])
        elif tag == "li" and self.lists:
            kind = self.lists[-1]
            kind[1] += 1
            self.out.append("- " if kind[0] == "ul" else f"{kind[1]}. ")
        elif tag == "br":
            self.out.append("\n")
        elif tag in self.MARKS:
            self.out.append(self.MARKS[tag])
        elif tag == "a":
            self.href = dict(attrs).get("href")
            self.label = []

    def handle_endtag(self, tag):
        if tag == "li":
            self.out.append("\n")
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag in self.MARKS:
            self.out.append(self.MARKS[tag])
        elif tag == "a" and self.href is not None:
            label = "".join(self.label)
            self.out.append(label if label == self.href else f"[{label}]({self.href})")
            self.href = None

    def handle_data(self, data):
        if self.href is not None:
            self.label.append(data)
        else:
            self.out.append(data)
