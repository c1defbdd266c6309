"""Which agencies of a registry shard changed, found by comparing the old and new shard bytes.

A one-agency change rewrites one 2.5 MB shard (23 MB at 1,000,000 agencies). content.db already holds the
rows of the old shard's exact bytes (its sha256 is in the `targets` table), so only the agencies whose
bytes differ need to be parsed, checked and written. Both shards are the bundle builder's canonical JSON,
`{"agencies":[{...},{...}],"shard":"3"}`, and differ in a short stretch: this module skips the common
start and end with plain comparisons, finds the agency that the first difference falls in, and decodes
agencies from there in both documents until they are back in step. Only the agencies met on the way are
decoded; the new ones among them are then checked by the same rules as a whole shard
(`content.bundle_shape.agencies`, strict JSON).

`shard_patch` returns None whenever the documents are not in that shape (a bundle built by other means,
say); the caller then reads the whole shard the usual way, so nothing is ever accepted that the whole
reading would refuse.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from content import bundle_shape as shape
from content.bundle_format import canonical_json
from content.bundle_read import parse_json
from content.errors import BundleError
from content.model import LANGUAGES

_HEAD = '{"agencies":['
_DECODER = json.JSONDecoder()
_CHUNK = 1 << 16


@dataclass(frozen=True)
class ShardPatch:
    """What turns the old shard's agencies into the new shard's: new or changed agencies (checked), and
    the licence numbers that are no longer in the shard."""

    shard: str
    agencies: list[dict[str, Any]]
    gone: list[str]
    replaced: frozenset[str]  # licence numbers of `agencies` that the old shard held (changed, not added)

    def added(self) -> list[str]:
        """Licence numbers the patch adds to the shard: content.db must not hold them yet."""
        return [a["licence_no"] for a in self.agencies if a["licence_no"] not in self.replaced]


def shard_patch(name: str, shard: str, old: bytes, new: bytes) -> ShardPatch | None:
    """The patch from `old` (bytes content.db was filled from, checked then) to `new` (verified against
    its signed hash); None when the documents are not in the canonical shape. Raises BundleError, naming
    `name`, for a new or changed agency the whole reading would refuse, or a licence number added twice."""
    tail = '],"shard":' + canonical_json(shard).decode() + "}"
    try:
        old_text, new_text = old.decode("utf-8"), new.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not all(t.startswith(_HEAD) and t.endswith(tail) for t in (old_text, new_text)):
        return None
    start = _row_start(old_text, _common_prefix(old_text, new_text))
    if start is None:
        return None
    same_end = _common_suffix(old_text, new_text)
    found = _rows_until_in_step(old_text, new_text, start, same_end, len(tail))
    if found is None:
        return None
    before, after = found
    changed = [text for licence_no, text in after.items() if before.get(licence_no) != text]
    checked = shape.agencies(shape.Shape(name, LANGUAGES),
                             {"agencies": [parse_json(name, text.encode()) for text in changed],
                              "shard": shard}, shard)
    return ShardPatch(shard, checked, sorted(set(before) - set(after)),
                      frozenset(a["licence_no"] for a in checked if a["licence_no"] in before))


def _common_prefix(a: str, b: str) -> int:
    """How many leading characters `a` and `b` share (compared a chunk at a time, then bisected)."""
    n, size, step = min(len(a), len(b)), 0, 0
    while size < n:
        step = min(_CHUNK, n - size)
        if a[size:size + step] != b[size:size + step]:
            break
        size += step
    else:
        return n
    lo, hi = size, size + step  # the first `lo` characters match, the first `hi` do not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _common_suffix(a: str, b: str) -> int:
    """How many trailing characters `a` and `b` share."""
    la, lb = len(a), len(b)
    n, size, step = min(la, lb), 0, 0
    while size < n:
        step = min(_CHUNK, n - size)
        if a[la - size - step:la - size] != b[lb - size - step:lb - size]:
            break
        size += step
    else:
        return n
    lo, hi = size, size + step  # the last `lo` characters match, the last `hi` do not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[la - mid:la - lo] == b[lb - mid:lb - lo]:
            lo = mid
        else:
            hi = mid
    return lo


def _row_start(text: str, limit: int) -> int | None:
    """The start of the agency that index `limit` falls in (or the first agency).

    In the old shard every agency is a flat object (no object inside it) and, in canonical JSON, a `"`
    inside a string is always escaped; so `{"` followed by a key's first letter can only be an object's
    opening brace outside any string: an agency's start when a `,` or `[` comes before it.
    """
    pos = min(limit, len(text))
    while True:
        pos = text.rfind('{"', len(_HEAD) - 1, pos)
        if pos < len(_HEAD):
            return len(_HEAD)
        if text[pos - 1] in ",[" and text[pos + 2:pos + 3].isalpha():
            return pos


def _rows_until_in_step(old: str, new: str, start: int, same_end: int,
                        tail: int) -> tuple[dict[str, str], dict[str, str]] | None:
    """Decode agencies from `start` in both documents until both stand at an agency boundary inside the
    common end (`same_end` characters) at the same distance from their ends: from there on the two are
    the same text, so the same agencies. Returns ({licence_no: agency text} met in old, same in new)."""
    texts, pos = (old, new), [start, start]
    met: tuple[dict[str, str], dict[str, str]] = ({}, {})
    done = [False, False]
    while True:
        left = [len(texts[0]) - pos[0], len(texts[1]) - pos[1]]
        if left[0] == left[1] and left[0] <= same_end:
            return met
        side = 0 if left[0] > left[1] else 1
        if done[side]:
            return None
        text, at = texts[side], pos[side]
        if text.startswith("]", at):
            if len(text) - at != tail:
                return None
            done[side] = True
            continue
        try:
            row, end = _DECODER.raw_decode(text, at)
        except ValueError:
            return None
        licence_no = row.get("licence_no") if isinstance(row, dict) else None
        if not isinstance(licence_no, str) or licence_no in met[side]:
            return None  # a duplicate: left to the whole reading, which names it
        met[side][licence_no] = text[at:end]
        if text.startswith(",", end):
            pos[side] = end + 1
        elif text.startswith("]", end):
            pos[side] = end
        else:
            return None


__all__ = ["BundleError", "ShardPatch", "shard_patch"]
