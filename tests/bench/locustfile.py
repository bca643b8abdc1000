"""Simulated visitors for `make bench`'s load run: they browse public pages, sign up through the
subscribe form and change their preferences. The bench passes page paths, theme IDs and
preference-centre tokens in the environment (see tests/bench/load.py)."""

import json
import os
import random
import re
import uuid

from locust import HttpUser, between, task

PAGES = json.loads(os.environ["LOAD_PAGES"])
THEMES = json.loads(os.environ["LOAD_THEMES"])
TOKENS = json.loads(os.environ["LOAD_TOKENS"])
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_token(response):
    match = CSRF.search(response.text)
    return match.group(1) if match else ""


class Visitor(HttpUser):
    wait_time = between(0.5, 2)

    @task(10)
    def browse(self):
        name, path = random.choice(PAGES)
        self.client.get(path, name=name)

    @task(2)
    def subscribe(self):
        form = self.client.get("/newsletter/subscribe/", name="subscribe form")
        self.client.post(
            "/newsletter/subscribe/",
            {
                "csrfmiddlewaretoken": csrf_token(form),
                "email": f"load-{uuid.uuid4().hex[:12]}@example.org",
                "member_type": "researcher",
                "themes": random.sample(THEMES, k=min(2, len(THEMES))),
                "cadence": "monthly",
                "consent": "on",
            },
            headers={"Referer": self.host + "/newsletter/subscribe/"},
            name="subscribe (post)",
        )

    @task(2)
    def change_preferences(self):
        path = f"/newsletter/preferences/{random.choice(TOKENS)}/"
        page = self.client.get(path, name="preference centre")
        self.client.post(
            path,
            {
                "csrfmiddlewaretoken": csrf_token(page),
                "action": "save",
                "member_type": random.choice(["researcher", "tech-trust-safety"]),
                "themes": random.sample(THEMES, k=1),
                "cadence": random.choice(["weekly", "monthly"]),
            },
            headers={"Referer": self.host + path},
            name="preference centre (post)",
        )
