"""Calendar arithmetic shared by reporting schedules and digest editions."""

import calendar


def add_months(moment, months):
    """A date or datetime `months` later (earlier when negative), on the same day of the month,
    or on the last day of a shorter month."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)
