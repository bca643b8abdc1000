"""Sending flights of messages: one message on each of a sender's connections at once.

Over SMTP a sender keeps NEWSLETTER_SMTP_CONNECTIONS connections open. Each message of a flight
goes out on its own connection, and every write of the flight is made before any of its replies
is read: a flight costs the network round trips of a single message, and its outcome reaches the
ledger in one statement. No more than a flight is ever in flight, so a sender killed at any
instant can have sent at most that many messages whose sent marks are missing.

Any other email backend (an email service's API, the file backend) sends one message at a time,
with a flight of one."""

import contextlib
import re
import smtplib

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend

from newsletter.emails import RawMessage

LINE_STARTING_WITH_A_DOT = re.compile(rb"^\.", re.MULTILINE)


class Mailer:
    """A sender's connections; use it as a context manager, which closes them all."""

    def __init__(self):
        first = get_connection()
        self.over_smtp = isinstance(first, SMTPBackend)
        more = settings.NEWSLETTER_SMTP_CONNECTIONS - 1 if self.over_smtp else 0
        self.backends = [first, *(get_connection() for _ in range(more))]

    @property
    def flight_size(self):
        return len(self.backends)

    def send(self, messages):
        """Send up to flight_size messages (RawMessage for SMTP, or EmailMessage for any
        backend), each on a connection of its own. Returns, in order, each one's Message-ID, or
        the exception that stopped it."""
        conversations = [
            conversation(backend, message)
            for backend, message in zip(self.backends, messages, strict=False)
        ]
        outcomes = [None] * len(conversations)
        waiting = dict(enumerate(conversations))
        while waiting:  # each takes one step in turn: all write, then all read
            for index, steps in list(waiting.items()):
                try:
                    next(steps)
                except StopIteration as finished:
                    outcomes[index] = finished.value
                except Exception as error:  # handed back to the caller, which classifies it
                    outcomes[index] = error
                    self.recover(self.backends[index], error)
                else:
                    continue
                del waiting[index]
        return outcomes

    @staticmethod
    def recover(backend, error):
        """After a failure, a connection in an unknown state is dropped; the next message on it
        opens a new one. One the server refused a message on stays, as sendmail() leaves it."""
        client = getattr(backend, "connection", None)
        if not isinstance(client, smtplib.SMTP):
            return
        refused = isinstance(error, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused)
        if client.sock is None or not refused:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                client.close()
            backend.connection = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        for backend in self.backends:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                backend.close()


def conversation(backend, message):
    """Send one message, pausing (yield) after each write that waits for replies, so that
    Mailer.send can make the other connections' writes meanwhile."""
    backend.open()  # nothing to do while the connection is up
    if not isinstance(message, RawMessage):
        backend.send_messages([message])  # in one call, as any backend does
        return message.extra_headers["Message-ID"]
    client = backend.connection
    client.ehlo_or_helo_if_needed()
    data = message.data
    if data.startswith(b".") or b"\n." in data:
        data = LINE_STARTING_WITH_A_DOT.sub(b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    size = f" SIZE={len(message.data)}" if client.has_extn("size") else ""
    commands = [f"MAIL FROM:<{message.sender}>{size}", f"RCPT TO:<{message.recipient}>", "DATA"]
    if client.has_extn("pipelining"):  # RFC 2920: the three commands in one write
        client.send("".join(f"{command}\r\n" for command in commands))
        yield
        replies = [client.getreply() for _ in commands]
    else:
        replies = []
        for command in commands:
            client.send(f"{command}\r\n")
            replies.append(client.getreply())
            if replies[-1][0] not in (250, 251, 354):
                break
    check_envelope(client, message, replies)
    client.send(data + b".\r\n")
    yield
    code, reply = client.getreply()
    if code != 250:
        abandon(client, [(code, reply)])
        raise smtplib.SMTPDataError(code, reply)
    return message.message_id


def check_envelope(client, message, replies):
    """Raise what smtplib's sendmail() raises for a refused sender, recipient or DATA."""
    (mail_code, mail_reply), *later = replies
    if mail_code != 250:
        abandon(client, replies)
        raise smtplib.SMTPSenderRefused(mail_code, mail_reply, message.sender)
    rcpt_code, rcpt_reply = later[0]
    if rcpt_code not in (250, 251):
        abandon(client, replies)
        raise smtplib.SMTPRecipientsRefused({message.recipient: (rcpt_code, rcpt_reply)})
    data_code, data_reply = later[1]
    if data_code != 354:
        abandon(client, replies)
        raise smtplib.SMTPDataError(data_code, data_reply)


def abandon(client, replies):
    """End a transaction the server refused, leaving the connection ready for the next one,
    as sendmail() does; or closed, after 421, or when the server took DATA although MAIL or
    RCPT failed (only hanging up is sure to send nothing then)."""
    codes = [code for code, _ in replies]
    if 421 in codes or codes[-1] == 354:
        client.close()
        return
    with contextlib.suppress(smtplib.SMTPServerDisconnected):
        client.rset()
