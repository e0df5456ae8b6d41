"""Incidents: one real-world event with all the reports that tell of it.

Works over the store (never imported by the pipeline stages): :func:`update` adds the events not yet
in an incident, :func:`rebuild` regroups everything.  The rules live in ``data/rules.yaml``.
"""

from .build import rebuild, update
from .rules import Rules, load_rules

__all__ = ["rebuild", "update", "Rules", "load_rules"]
