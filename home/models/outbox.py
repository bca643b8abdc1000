from django.db import models


class OutboxTask(models.Model):
    """A Celery task call saved in the same transaction as the change that asked for it, and
    deleted once the broker has taken it. A row still here means the broker could not be
    reached; home.outbox.flush hands it over again."""

    task = models.CharField(max_length=200)
    args = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        verbose_name = "queued task"

    def __str__(self):
        return f"{self.task}{tuple(self.args)}"
