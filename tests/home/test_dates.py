import datetime

from home.dates import add_months


def test_add_months_keeps_the_day_or_the_end_of_a_short_month():
    assert add_months(datetime.date(2026, 1, 31), 1) == datetime.date(2026, 2, 28)
    assert add_months(datetime.date(2026, 11, 15), 3) == datetime.date(2027, 2, 15)


def test_add_months_goes_back_across_a_year_and_keeps_the_time_of_day():
    moment = datetime.datetime(2026, 1, 5, 9, 30, tzinfo=datetime.UTC)
    assert add_months(moment, -1) == datetime.datetime(2025, 12, 5, 9, 30, tzinfo=datetime.UTC)
    assert add_months(datetime.date(2026, 3, 31), -13) == datetime.date(2025, 2, 28)
