"""Pages of one shape rendered once, then filled in: the pieces of a template between its per-item values.

A first visit to an agency page (or a job order) differs from every other page of the same shape only in a
few values: the agency's name, its registry details, the page's own address in the language links. A full
Jinja render of such a page costs several times what sending it costs, and at 100,000 agencies almost every
visit is a first one. So the template is rendered once per shape with markers in place of those values
(the page's `slots`), split at the markers, and kept; a page is then the kept pieces joined with the item's
values escaped exactly as the template would have escaped them.

A shape is everything else the template is given (the words, the verdict, the hotlines, the number of
details, which slots are empty), so two pages share pieces only when a full render would differ in the
slots alone; tests/phone/test_pieces.py renders every agency both ways and compares the bytes. The pieces
of at most `MAX_SHAPES` shapes are kept (least recently used first out).
"""

from __future__ import annotations

import pickle
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

MAX_SHAPES = 512
_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use characters: markers no filter or escape changes
_OPEN_BYTES = _OPEN.encode()  # as pickle writes it
_MARK = re.compile(f"{_OPEN}(\\d+){_CLOSE}")

Filter = Callable[[str], Markup]


class Pieces:
    """Renders templates of `env` from kept pieces; thread-safe."""

    def __init__(self, env: Environment, max_shapes: int = MAX_SHAPES) -> None:
        self.env = env
        self.max_shapes = max_shapes
        self._kept: OrderedDict[Hashable, tuple[list[str], list[int]] | None] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._kept)

    def render(self, template: str, values: Mapping[str, Any], slots: Mapping[str, Filter]) -> str:
        """`env.get_template(template).render(values)`, byte for byte, with the `slots` values (a string,
        or a list of strings) filled into kept pieces; each slot's filter is the one the template applies
        to it (`escape` for a plain `{{ value }}`)."""
        shaped = dict(values)
        fills: list[str] = []
        for name, apply in slots.items():
            value = values.get(name)
            if not value:
                continue  # an empty slot is part of the shape (the template may test it)
            if isinstance(value, list):
                shaped[name] = [self._mark(fills, apply(item)) for item in value]
            else:
                shaped[name] = self._mark(fills, apply(value))
        try:
            # The shape as bytes: quicker than any walk over the values in Python, and a Markup value
            # stays apart from the same text unescaped.
            shape = pickle.dumps(shaped, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):  # not plain data: no shape to keep
            return self.env.get_template(template).render(values)
        if shape.count(_OPEN_BYTES) != len(fills):  # a value of the shape holds a marker character
            return self.env.get_template(template).render(values)
        key = (template, shape)
        with self._lock:
            known = key in self._kept
            found = self._kept[key] if known else None
            if known:
                self._kept.move_to_end(key)
        if not known:
            found = self._split(self.env.get_template(template).render(shaped), len(fills))
            with self._lock:
                self._kept[key] = found
                while len(self._kept) > self.max_shapes:
                    self._kept.popitem(last=False)
        if found is None:  # the pieces could not be told apart: render it in full
            return self.env.get_template(template).render(values)
        parts, order = found
        out = [parts[0]]
        for index, part in zip(order, parts[1:], strict=True):
            out.append(fills[index])
            out.append(part)
        return "".join(out)

    @staticmethod
    def _mark(fills: list[str], html: Markup) -> Markup:
        fills.append(str(html))
        return Markup(f"{_OPEN}{len(fills) - 1}{_CLOSE}")  # noqa: S704 - a marker, replaced before sending

    @staticmethod
    def _split(html: str, slots: int) -> tuple[list[str], list[int]] | None:
        pieces = _MARK.split(html)
        parts, order = pieces[0::2], [int(i) for i in pieces[1::2]]
        if any(_OPEN in part or _CLOSE in part for part in parts) or any(i >= slots for i in order):
            return None
        return parts, order
