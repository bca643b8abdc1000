"""Dates counted from the day the demo is loaded, for the example content: example projects,
their updates and upcoming example events stay as current as they were meant to be however
long after writing the demo is loaded. Real work keeps its real dates."""

from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import date, timedelta


@dataclass(frozen=True)
class DaysFromLoad:
    """A day `days` after (or, if negative, before) the day the demo is loaded."""

    days: int


def on_load_day(value, today: date):
    """A date as it stands for a demo loaded `today`; fixed dates and None pass through."""
    if isinstance(value, DaysFromLoad):
        return today + timedelta(days=value.days)
    return value


def on_load_day_all(specs, today: date):
    """The specs (dataclasses) with every DaysFromLoad field, including those of nested specs
    such as a project's updates, turned into the date it stands for on `today`."""
    return [_resolved(spec, today) for spec in specs]


def _resolved(spec, today):
    changes = {}
    for field in fields(spec):
        value = getattr(spec, field.name)
        if isinstance(value, DaysFromLoad):
            changes[field.name] = on_load_day(value, today)
        elif isinstance(value, tuple) and value and is_dataclass(value[0]):
            changes[field.name] = tuple(_resolved(item, today) for item in value)
    return replace(spec, **changes) if changes else spec
