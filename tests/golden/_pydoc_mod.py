"""Helpers for stdlib_pydoc_module: a small module to document.

It has classes in a hierarchy, functions, data and a version.
"""

import os
from dataclasses import dataclass, field

__version__ = "1.2"
__author__ = "Ada"

LIMIT = 10
NAMES = ["a", "b"]
_private = 1


class Animal:
    """Something alive."""

    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"


class Puppy(Dog):
    """A young dog."""


class Other:
    pass


@dataclass
class Point:
    """A point."""
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

    def norm(self):
        return abs(self.x) + abs(self.y)


def public(a, b=LIMIT):
    """Add."""
    return a + b


def _hidden():
    pass
