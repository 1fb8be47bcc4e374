"""``cached_property`` without the lock Python 3.11 takes on every first access.

functools.cached_property of Python 3.11 holds one lock per class while it computes a
value (3.12 dropped it): an object read by one thread pays for the lock and gains nothing,
and the readers here make thousands of such objects per document.

>>> class Text:
...     def __init__(self, words: str) -> None:
...         self.words = words
...     @cached_property
...     def count(self) -> int:
...         print("counting")
...         return len(self.words.split())
>>> text = Text("am 5. Mai")
>>> text.count, text.count
counting
(3, 3)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class cached_property(Generic[T]):
    """A property computed once per object and kept in the object's ``__dict__``."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        if instance is None:
            return self
        # (a non-data descriptor: once the value is in __dict__, Python finds it there and
        # never calls this again; writing __dict__ directly also works on frozen dataclasses)
        value = instance.__dict__[self.name] = self.compute(instance)
        return value
