"""`make run` keeps everything in one SQLite file that the web process and the Celery worker's
pool write to at the same time. Writers must wait their turn, not fail with "database is
locked": a mailing's senders and a staff member publishing can write at the same moment."""

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSACTIONS = 400

# Each transaction reads, then writes: the pattern of planning a mailing, and the one that
# SQLite refuses at once, lock timeout or not, unless the write lock is taken at BEGIN.
WRITER = f"""
import sys
import time
import django
django.setup()
from django.db import connection, transaction
time.sleep(max(0, float(sys.argv[2]) - time.time()))  # start together
for _ in range({TRANSACTIONS}):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM counter")
        cursor.execute("INSERT INTO counter (writer) VALUES (%s)", [sys.argv[1]])
"""


def test_concurrent_writers_to_the_embedded_database_all_succeed(tmp_path):
    database = tmp_path / "db.sqlite3"
    environment = {
        **{key: value for key, value in os.environ.items() if key != "DATABASE_URL"},
        "DJANGO_SETTINGS_MODULE": "safeonline.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    setup = "import django; django.setup(); from django.db import connection; "
    setup += "connection.cursor().execute('CREATE TABLE counter (writer TEXT)')"
    subprocess.run([sys.executable, "-c", setup], cwd=ROOT, env=environment, check=True)

    start = time.time() + 3
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, name, str(start)],
            cwd=ROOT,
            env=environment,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("web", "worker-1", "worker-2")
    ]
    failures = [error for writer in writers if (error := writer.communicate(timeout=120)[1])]

    assert not failures, failures[0][-600:]
    count = "import django; django.setup(); from django.db import connection; "
    count += "c = connection.cursor(); c.execute('SELECT COUNT(*) FROM counter'); "
    count += "print(c.fetchone()[0])"
    result = subprocess.run(
        [sys.executable, "-c", count],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(result.stdout) == 3 * TRANSACTIONS
