"""The people a story is about, as story pages and cards show them: a name, a role, an
organisation and a typographic mark (their initials) in place of a portrait.

They come from what staff already enter. The voices are the people quoted in the story's body
(a quote block's name and "role and organisation"); the teams are the contacts of the research
projects the story is about. Some quotes are attributed to a description rather than a name ("A
hotline analyst", "Group discussion on policy"): those keep their words but get a quotation mark
instead of initials, since they have none."""

from dataclasses import dataclass

# Words that stay lower case inside a name: "Lina María de la Cruz", "Anna van der Berg".
NAME_PARTICLES = set("da de del della der di do dos du la le van von".split())
# A group or a project team is shown by its organisation's initials, e.g. "ECPAT International".
TEAM_WORDS = {"team", "teams", "partners", "group", "panel", "consortium"}
# How many kinds of tint the marks come in (.person__mark--tint-N in site.css).
TINTS = 4


@dataclass(frozen=True)
class Person:
    name: str
    role: str = ""
    organisation: str = ""
    is_team: bool = False

    @property
    def is_named(self) -> bool:
        """Whether `name` is a name ("Amanda Third"), not a description ("A hotline analyst")."""
        words = self.name.split()
        if not words or words[0].lower() in {"a", "an", "the"}:
            return False
        return all(word[0].isupper() or word in NAME_PARTICLES for word in words)

    @property
    def initials(self) -> str:
        """Two letters at most: first and last name, or the first words of an organisation.
        Empty for a person known only by a description."""
        if self.is_team:
            words = [word.strip(",.;:()") for word in (self.organisation or self.name).split()]
            words = [word for word in words if word.isalpha() and word[0].isupper()]
            return "".join(word[0] for word in words[:2]).upper()
        if not self.is_named:
            return ""
        words = [word for word in self.name.split() if word not in NAME_PARTICLES]
        letters = words[0][0] + (words[-1][0] if len(words) > 1 else "")
        return letters.upper()

    @property
    def tint(self) -> int:
        """A colour for the mark that stays the same for the same name."""
        return sum(map(ord, self.name)) % TINTS

    @property
    def description(self) -> str:
        """Role and organisation in one line, without saying the same thing twice."""
        parts = [self.role, self.organisation]
        if self.organisation and self.organisation in self.role:
            parts = [self.role]
        return ", ".join(part for part in parts if part)


def voices(body) -> list[Person]:
    """Everyone quoted in a StreamField body, once each, in the order they speak."""
    people = {}
    for block in body:
        if block.block_type == "quote" and block.value["name"]:
            name = block.value["name"].strip()
            people.setdefault(name, Person(name, role=block.value.get("role", "")))
    return list(people.values())


def from_contact(contact) -> Person:
    """A project contact (research.ProjectContact), who may be a whole team."""
    is_team = bool(TEAM_WORDS & {word.lower() for word in contact.name.split()})
    return Person(contact.name, contact.role, contact.organisation, is_team=is_team)
