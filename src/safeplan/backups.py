"""What the vault remembers about backups, and when to remind her. No Qt.

One record (kind BACKUPS) holds the recovery code's public key that backups
are made for, the time of the last backup, its place only if she allowed it,
and how many days of unsaved changes before a gentle reminder (0 = never).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

BACKUPS = "backups"
REMIND_CHOICES = (0, 3, 7, 14, 30)  # days; 0 is off
DAY = 86_400.0


@dataclass
class BackupLog:
    """The backup record's contents.

    Attributes:
        recipient: the recovery code's public key (vault/backup.Recipient.to_data()).
        last_time: when the last backup was made (seconds), or None.
        last_place: where it was written, only when `remember_place` is on.
        remember_place: she allowed the path to be kept.
        remind_days: days of unsaved changes before a reminder; 0 is off.
    """

    recipient: dict[str, Any] | None = None
    last_time: float | None = None
    last_place: str = ""
    remember_place: bool = False
    remind_days: int = 7

    @classmethod
    def from_data(cls, data: Any) -> BackupLog:
        log = cls()
        if isinstance(data, dict):
            if isinstance(data.get("recipient"), dict):
                log.recipient = data["recipient"]
            if isinstance(data.get("last_time"), (int, float)):
                log.last_time = float(data["last_time"])
            if isinstance(data.get("last_place"), str):
                log.last_place = data["last_place"]
            if isinstance(data.get("remember_place"), bool):
                log.remember_place = data["remember_place"]
            if data.get("remind_days") in REMIND_CHOICES:
                log.remind_days = data["remind_days"]
        if not log.remember_place:
            log.last_place = ""
        return log

    def to_data(self) -> dict[str, Any]:
        return {"recipient": self.recipient, "last_time": self.last_time,
                "last_place": self.last_place if self.remember_place else "",
                "remember_place": self.remember_place, "remind_days": self.remind_days}

    def made(self, when: float, place: str) -> None:
        self.last_time = when
        self.last_place = place if self.remember_place else ""

    def reminder(self, change_times: Iterable[float], now: float) -> int | None:
        """Days since the oldest change not in a backup, when that is at least
        `remind_days`; None when no reminder is due (or reminders are off)."""
        if self.remind_days <= 0:
            return None
        since = self.last_time if self.last_time is not None else float("-inf")
        unsaved = [t for t in change_times if t > since]
        if not unsaved:
            return None
        days = int((now - min(unsaved)) // DAY)
        return days if days >= self.remind_days else None
