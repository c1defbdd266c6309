"""Fictional registry data in content.db's declared schema (content/contentdb/schema.py), for benchmarks.

Deterministic: the same (n, seed) gives the same rows. Names mix Uzbek Latin, Uzbek Cyrillic and Russian, with
the legal forms, quotes and apostrophe variants real registries contain, and a Zipf-like word distribution so
that common words ("Ish", "Servis", "Travel") are as unselective as they are in life.

    python benchmarks/registry_data.py OUT.db --agencies 100000 [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from content.bundle_format import shard_of  # noqa: E402
from content.contentdb import schema  # noqa: E402


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Ordered roughly by how often they occur in agency names.
WORDS = _words("""Ish Servis Xalqaro Global Mehnat Travel Invest Group Plus Kadrlar Konsalting
                  Oʻzbek Baraka Omad Nur Yangi Hamkor Ishonch Kelajak Umid Osiyo Yevropa Work Job
                  Star Premium Best Agentligi Markazi Yoʻl Dunyo Olam Saodat Zafar Bunyodkor Avlod
                  Employment Recruitment Personal Tayanch Madad Imkon Sifat Barqaror Ravnaq
                  Taraqqiyot Istiqbol Mustahkam Ishchi Qoʻl Ustoz Orzu Maqsad Yulduz Quyosh Tong
                  Bahor Diyor Vatan Elita Expert Prime Smart Line Way Bridge Link Trans Logistic
                  Service Consult Career Staff Talent Partner Alliance Union Express Asia Euro Silk
                  Road Ipak Yoʻli Korea Japan""")
PLACES = _words("""Toshkent Samarqand Buxoro Fargʻona Andijon Namangan Xorazm Qashqadaryo
                   Surxondaryo Navoiy Jizzax Sirdaryo Qoraqalpogʻiston Termiz Nukus Qarshi Urganch
                   Chirchiq Margʻilon Qoʻqon""")
PEOPLE = _words("""Aziz Jasur Sardor Dilshod Bekzod Shoxrux Otabek Ulugʻbek Sherzod Javlon Farrux
                   Nodir Rustam Akmal Sanjar Bobur Temur Zafar Islom Anvar Gulnora Dilnoza Madina
                   Nilufar Shahnoza Kamola Malika Zarina Feruza Mohira Laylo Sevara Hulkar Nargiza
                   Umida Yulduz Barno Gavhar Munisa Oydin""")
RUSSIAN = _words("""Трудовые Ресурсы Кадровый Центр Международный Персонал Восток Азия Экспресс
                    Сервис Альянс Партнёр Развитие Перспектива Надёжный Путь Мир Работа Карьера
                    Успех Гарант Стандарт Профи Консалт Занятость Евразия Содружество Горизонт
                    Вектор Регион Цель""")
SYLLABLES = _words("""ba be bo da di do fa fe ka ki ko la li lo ma mi mo na ni no ra ri ro sa si so
                      ta ti to va vi za zo""")
LATIN_FORMS = ("MChJ",) * 12 + ("XK",) * 3 + ("QK", "AJ", "LLC", "Ltd")
CYRILLIC_FORMS = ("МЧЖ",) * 6 + ("ХК", "ҚК", "АЖ")
RUSSIAN_FORMS = ("ООО",) * 6 + ("ОАО", "ЗАО", "ИП")
APOSTROPHES = ("ʻ",) * 6 + ("'", "‘", "’", "`")
QUOTES = (('"', '"'),) * 5 + (("«", "»"), ("“", "”"), ("„", "“"))
STATUSES = ("active",) * 6 + ("expired", "expired", "revoked", "suspended")
COUNTRIES = _words("ru kz tr kr jp de gb pl lt lv ae sa")
OPERATORS = _words("90 91 93 94 95 97 98 99 33 88 77 71")

_TO_CYRILLIC = [("oʻ", "ў"), ("gʻ", "ғ"), ("sh", "ш"), ("ch", "ч"), ("yo", "ё"), ("yu", "ю"), ("ya", "я"),
                ("ye", "е"), ("ts", "ц")]
_TO_CYRILLIC += list(zip("abcdefghijklmnopqrstuvwxyzʼ", "абкдефгҳижклмнопқрстуввхйзъ", strict=True))


def to_cyrillic(text: str) -> str:
    """Rough Uzbek Latin → Cyrillic, enough to make realistic Cyrillic spellings of generated names."""
    out = []
    i = 0
    low = text.lower()
    while i < len(text):
        for lat, cyr in _TO_CYRILLIC:
            if low.startswith(lat, i):
                out.append(cyr.upper() if text[i].isupper() else cyr)
                i += len(lat)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _zipf(rng: random.Random, seq: tuple[str, ...] | list[str]) -> str:
    """Pick with probability ~ 1/(rank+1): a few words are everywhere, most are rare."""
    return seq[min(int(rng.paretovariate(1.0)) - 1, len(seq) - 1)] if rng.random() < 0.7 else rng.choice(seq)


def _brand(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def base_name(rng: random.Random) -> str:
    """The distinctive part of a name, in Uzbek Latin (or Russian Cyrillic for ~15%)."""
    shape = rng.random()
    if shape < 0.15:
        return " ".join(_zipf(rng, RUSSIAN) for _ in range(rng.randint(1, 3)))
    if shape < 0.35:
        parts = [rng.choice(PEOPLE) + rng.choice(("", "", "bek", "jon")), _zipf(rng, WORDS)]
    elif shape < 0.55:
        parts = [rng.choice(PLACES), _zipf(rng, WORDS), _zipf(rng, WORDS)][: rng.randint(2, 3)]
    elif shape < 0.75:
        parts = [_brand(rng), _zipf(rng, WORDS)]
    else:
        parts = [_zipf(rng, WORDS) for _ in range(rng.randint(2, 4))]
    name = " ".join(dict.fromkeys(parts))
    if rng.random() < 0.3:
        name += f" {rng.randint(1, 99)}" if rng.random() < 0.3 else f" {_brand(rng)}"
    return name.replace("ʻ", rng.choice(APOSTROPHES))


def registered_name(rng: random.Random, base: str) -> str:
    """The name as registered: quotes and a legal form, in the base name's script."""
    opening, closing = rng.choice(QUOTES)
    if any("\u0400" <= ch <= "\u04ff" for ch in base):
        return f"{rng.choice(RUSSIAN_FORMS)} «{base}»"
    return f"{opening}{base}{closing} {rng.choice(LATIN_FORMS)}"


def phone(rng: random.Random) -> str:
    """An Uzbek mobile number in one of the ways people write them."""
    code, a, b, c = rng.choice(OPERATORS), rng.randint(100, 999), rng.randint(10, 99), rng.randint(10, 99)
    return rng.choice((f"+998 {code} {a}-{b}-{c}", f"998{code}{a}{b}{c}", f"({code}) {a} {b} {c}",
                       f"+998{code}{a}{b}{c}"))


def licence(i: int) -> str:
    return f"LX-{2015 + i % 11}-{i:07d}" if i % 2 else f"{i:08d}"


def _date(rng: random.Random, year0: int, year1: int) -> str:
    return f"{rng.randint(year0, year1)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def agency_rows(n: int, seed: int) -> Iterator[tuple]:
    rng = random.Random(seed)
    for i in range(1, n + 1):
        base = base_name(rng)
        others = []
        if not any("\u0400" <= ch <= "\u04ff" for ch in base) and rng.random() < 0.5:
            others.append(f"«{to_cyrillic(base)}» {rng.choice(CYRILLIC_FORMS)}")
        if rng.random() < 0.1:
            others.append(base_name(rng))
        status = rng.choice(STATUSES)
        reason = "" if status == "active" else rng.choice(("Muddati tugagan", "Litsenziya talablari buzilgan",
                                                            "Tekshiruv natijasida", "Arizaga koʻra"))
        region = rng.choice(PLACES)
        yield (licence(i), registered_name(rng, base), json.dumps(others, ensure_ascii=False),
               str(rng.randint(200_000_000, 399_999_999)), status, _date(rng, 2015, 2024),
               _date(rng, 2025, 2030), _date(rng, 2020, 2026) if reason else None, reason, region,
               f"{region} sh., {rng.choice(WORDS)} koʻchasi, {rng.randint(1, 200)}-uy", phone(rng),
               json.dumps(rng.sample(COUNTRIES, rng.randint(1, 4))))


def handle(rng: random.Random) -> str:
    words = [w.lower().replace("ʻ", "") for w in (_zipf(rng, WORDS), rng.choice(COUNTRIES), _brand(rng))]
    return "_".join(words[: rng.randint(2, 3)])


def warning_rows(n: int, seed: int) -> Iterator[tuple]:
    rng = random.Random(seed + 1)
    for i in range(1, n + 1):
        names = [base_name(rng) for _ in range(rng.randint(1, 2))]
        phones = [phone(rng) for _ in range(rng.randint(0, 3))]
        telegram = [rng.choice(("@", "", "https://t.me/")) + handle(rng) for _ in range(rng.randint(0, 2))]
        websites = [rng.choice(("", "www.", "https://", "https://www.")) + handle(rng).replace("_", "-")
                    + rng.choice((".uz", ".com", ".ru", ".org")) for _ in range(rng.randint(0, 2))]
        yield (f"W{i:06d}", *(json.dumps(x, ensure_ascii=False) for x in (names, phones, telegram, websites)),
               rng.choice(("Litsenziyasiz faoliyat", "Soxta vakansiyalar", "Toʻlov olib ish bermagan")),
               _date(rng, 2020, 2026))


def create(conn: sqlite3.Connection, agencies: int, warnings: int | None = None, seed: int = 1) -> None:
    """Create content.db's declared schema and fill `agencies` and `warnings` (default: one warning per 20
    agencies)."""
    warnings = max(1, agencies // 20) if warnings is None else warnings
    schema.create(conn)
    conn.executemany("INSERT INTO agencies VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                     ((*row, shard_of(row[0])) for row in agency_rows(agencies, seed)))
    conn.executemany("INSERT INTO warnings VALUES (?,?,?,?,?,?,?)", warning_rows(warnings, seed))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--agencies", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    args.out.unlink(missing_ok=True)
    conn = sqlite3.connect(args.out)
    create(conn, args.agencies, seed=args.seed)
    conn.commit()
    conn.close()


if __name__ == "__main__":
    main()
