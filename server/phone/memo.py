"""content.locale_text's formatting, remembered for the phone edition's pages (bounded).

A list page of 20 vacancies asked CLDR (Babel) for sixty dates, wages and names — several milliseconds a
page, more than all else it does (sort keys are remembered by content.collation itself). The
same few thousand dates, wages and names come back on page after page, so the answers are kept: each
table holds at most its `maxsize` entries, least recently used first out, and the text is the same as
content.locale_text's (it is that function's answer).
"""

from __future__ import annotations

from functools import lru_cache

from content import locale_text

long_date = lru_cache(maxsize=16384)(locale_text.long_date)
wage_range = lru_cache(maxsize=16384)(locale_text.wage_range)
language_name = lru_cache(maxsize=1024)(locale_text.language_name)
