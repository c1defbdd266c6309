"""A real content.db-shaped SQLite file with hand-written look-alike agencies among generated ones."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from content.bundle_format import shard_of
from content.contentdb import schema
from content.search.engine import RegistrySearch
from content.search.index import build_index


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# (licence_no, name, other_names, tin, status, phone)
AGENCIES = [
    ("LX-2021-0456", '"Oʻzbek Ish Servis" MChJ', ["Ўзбек Иш Сервис"], "305123456", "active",
     "+998 71 200-00-01"),
    ("LX-2022-0789", '"Oʻzbek Ish Servis Plus" MChJ', ["Ўзбек Иш Сервис Плюс"], "306234567", "active",
     "+998 71 200-00-02"),
    ("0123", '"Oʻzbek Ish Sirvis" XK', [], "307345678", "revoked", "+998 71 200-00-03"),
    ("LX-2020-0042", '"Xalqaro Mehnat Hamkor" QK', ["Халқаро Меҳнат Ҳамкор"], "308456789", "suspended",
     "+998 71 200-00-04"),
    ("LX-2019-0777", "ООО «Евразия Кадры»", ["Yevraziya Kadrlar"], "309567890", "expired",
     "+998 71 200-00-05"),
    ("LX-2023-0100", '"Jizzax Stansiya Travel" MChJ', [], "301678901", "active", "+998 71 200-00-06"),
]
# (id, names, phones, telegram, websites)
WARNINGS = [
    ("W1", ["Germaniya Ish Vizasi"], ["+998 90 123-45-67"], ["@ishchi_kerak"], ["https://www.ish-germaniya.uz/"]),
    ("W2", ["Koreya Tez Viza", "Корея Тез Виза"], ["998 93 765 43 21", "+7 926 555-12-34"],
     ["https://t.me/koreya_viza_tez"], ["koreyaviza.com"]),
]
# Noise for the generated rows: none of these spells "Oʻzbek", "Servis" or the other names above.
WORDS = _words("""Ish Global Travel Invest Group Kadrlar Konsalting Baraka Omad Nur Yangi Ishonch
                  Kelajak Umid Osiyo Work Job Star Premium Markazi Dunyo Olam Saodat Zafar Avlod
                  Madad Imkon Sifat Ravnaq Istiqbol Orzu Maqsad Yulduz Quyosh Tong Bahor Vatan
                  Expert Smart Bridge Link Trans Career Talent Partner""")
CYRILLIC = _words("""Трудовые Ресурсы Кадровый Центр Персонал Восток Азия Экспресс Альянс Развитие
                     Путь Мир Работа""")
SYLLABLES = _words("""ba be bo da di fa ka ki ko la li lo ma mi na ni ra ri sa ta ti to va vi za zo""")
GENERATED = 3000


def _generated_agencies(rng: random.Random) -> Iterator[tuple]:
    for i in range(1, GENERATED + 1):
        words = [rng.choice(WORDS) for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.5:
            words.insert(0, "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize())
        if rng.random() < 0.2:
            name = f"ООО «{' '.join(rng.choice(CYRILLIC) for _ in range(2))}»"
        else:
            name = f'"{" ".join(words)}" {rng.choice(("MChJ", "XK", "QK", "LLC"))}'
        yield (f"GEN-{i:05d}", name, "[]", str(rng.randint(200_000_000, 299_999_999)),
               rng.choice(("active", "expired", "revoked", "suspended")),
               f"+998 9{rng.randint(1, 9)} {rng.randint(100, 999)}-{rng.randint(10, 99)}"
               f"-{rng.randint(10, 99)}")


def _generated_warnings(rng: random.Random) -> Iterator[tuple]:
    for i in range(1, 201):
        word = rng.choice(WORDS)
        yield (f"GW{i}", [f"{word} {rng.choice(WORDS)}"], [f"+998 33 {rng.randint(1000000, 9999999)}"],
               [f"@{word.lower()}_{i}"], [f"{word.lower()}-{i}.uz"])


def create_registry(path: Path, generated: bool = True) -> sqlite3.Connection:
    """content.db's declared schema with the registry tables filled (JSON lists as text), before indexing."""
    conn = sqlite3.connect(path)
    schema.create(conn)
    rng = random.Random(20261120)
    agencies = [(lic, name, json.dumps(others, ensure_ascii=False), tin, status, phone)
                for lic, name, others, tin, status, phone in AGENCIES]
    if generated:
        agencies += list(_generated_agencies(rng))
    conn.executemany("INSERT INTO agencies (licence_no, name, other_names, tin, status, issued_on,"
                     " expires_on, status_reason, region, address, phone, countries, shard) VALUES"
                     " (?,?,?,?,?,'2024-01-10','2027-01-10','','Toshkent',"
                     "'Toshkent sh., Chilonzor t., 1-uy',?,"
                     "'[\"kr\"]',?)", [(*row, shard_of(row[0])) for row in agencies])
    warnings = WARNINGS + (list(_generated_warnings(rng)) if generated else [])
    conn.executemany("INSERT INTO warnings VALUES (?,?,?,?,?,'Litsenziyasiz faoliyat','2026-01-05','')",
                     [(wid, *(json.dumps(x, ensure_ascii=False) for x in lists)) for wid, *lists in warnings])
    return conn


@pytest.fixture(name="create_registry")
def create_registry_fixture() -> object:
    """`create_registry(path, generated=True)` for tests that index a database themselves."""
    return create_registry


@pytest.fixture(scope="session")
def content_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "content.db"
    conn = create_registry(path)
    build_index(conn)
    conn.commit()
    conn.close()
    return path


@pytest.fixture(scope="session")
def engine(content_db: Path) -> Iterator[RegistrySearch]:
    conn = sqlite3.connect(f"file:{content_db}?mode=ro", uri=True)
    yield RegistrySearch(conn)
    conn.close()
