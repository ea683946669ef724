"""Incidents by day, for the calendar: the standard aid to recall and to show escalation.

No Qt. A day holds the incidents dated on it (approximate dates count on the day she
gave); `danger` marks a day with any of the danger kinds, shown as information only.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from .journal import DANGER_KINDS, Entry


@dataclass
class Day:
    entries: list[Entry] = field(default_factory=list)
    danger: bool = False
    approximate: bool = False

    @property
    def count(self) -> int:
        return len(self.entries)


def per_day(entries: Iterable[Entry]) -> dict[date, Day]:
    days: dict[date, Day] = {}
    for entry in entries:
        latest = entry.latest
        try:
            when = date.fromisoformat(latest.get("date", ""))
        except ValueError:
            continue
        day = days.setdefault(when, Day())
        day.entries.append(entry)
        day.danger |= any(k in DANGER_KINDS for k in latest.get("kinds") or ())
        day.approximate |= bool(latest.get("approximate"))
    for day in days.values():
        day.entries.sort(key=lambda e: (e.latest.get("time", ""), e.recorded_at))
    return dict(sorted(days.items()))


def month_counts(days: dict[date, Day], year: int, month: int) -> tuple[int, int]:
    """(incidents, days with one) in a month: a plain figure for the month's heading."""
    chosen = [d for when, d in days.items() if (when.year, when.month) == (year, month)]
    return sum(d.count for d in chosen), len(chosen)


__all__ = ["Day", "month_counts", "per_day"]
