"""iCalendar (RFC 5545) export of a single event."""

from datetime import UTC, timedelta

from django.utils import timezone


def escape_text(value):
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line):
    """Split a content line into chunks of at most 75 octets, continuing with a space."""
    encoded = line.encode()
    chunks = []
    while len(encoded) > 75:
        cut = 75 if not chunks else 74
        while (encoded[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        chunks.append(encoded[:cut].decode())
        encoded = encoded[cut:]
    chunks.append(encoded.decode())
    return "\r\n ".join(chunks)


def utc_stamp(moment):
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event_calendar(event, request):
    url = event.get_full_url(request)
    if event.is_all_day:
        dates = [
            f"DTSTART;VALUE=DATE:{event.start_date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{event.last_date + timedelta(days=1):%Y%m%d}",
        ]
    else:
        dates = [f"DTSTART:{utc_stamp(event.starts_at)}", f"DTEND:{utc_stamp(event.ends_at)}"]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Safe Online//Community platform//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:event-{event.pk}@{request.get_host().split(':')[0]}",
        f"DTSTAMP:{utc_stamp(event.last_published_at or timezone.now())}",
        *dates,
        f"SUMMARY:{escape_text(event.title)}",
        f"DESCRIPTION:{escape_text(event.summary + chr(10) + chr(10) + url)}",
        f"LOCATION:{escape_text(event.location)}",
        f"URL:{url}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(fold(line) for line in lines) + "\r\n"
