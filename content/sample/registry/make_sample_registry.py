"""Write the SAMPLE licensing registry: ``agencies.csv`` and ``warnings.csv`` beside this script.

Every agency and every operator written here is FICTIONAL. The names are built from Uzbek word lists, the
addresses are sample streets ("Namuna koʻchasi" means "Sample street"), every phone number is a placeholder
made of zeros, every Telegram handle ends in ``_namuna`` ("sample") and every website uses the reserved
``.example`` top-level domain. Any likeness to a real company is a coincidence.

The output is deterministic (``random.Random(2026)``): running the script again gives the same bytes.

    python content/sample/registry/make_sample_registry.py
"""

from __future__ import annotations

import csv
import random
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))  # run as a script from anywhere: the repository's content package
from content.reasons import AGENCY_REASONS, WARNING_REASONS, code_for  # noqa: E402

AS_OF = date(2026, 11, 20)  # the registry's "as of" date; expired licences end before it
SEED = 2026
LICENCE_YEARS = 5

AGENCY_COLUMNS = (
    "licence_no", "name", "other_names", "tin", "status", "issued_on", "expires_on", "status_changed_on",
    "status_reason", "region", "address", "phone", "countries", "status_reason_code",
)
WARNING_COLUMNS = ("id", "names", "phones", "telegram", "websites", "reason", "listed_on", "reason_code")

# 55% active, 15% each of the others, out of 240.
STATUS_COUNTS = {"active": 132, "suspended": 36, "revoked": 36, "expired": 36}

# Latin word -> (Uzbek Cyrillic, Russian spelling).
WORDS: dict[str, tuple[str, str]] = {
    "Oʻzbek": ("Ўзбек", "Узбек"), "Sharq": ("Шарқ", "Шарк"), "Osiyo": ("Осиё", "Осиё"),
    "Global": ("Глобал", "Глобал"), "Xalqaro": ("Халқаро", "Халкаро"), "Kelajak": ("Келажак", "Келажак"),
    "Gʻalaba": ("Ғалаба", "Галаба"), "Baraka": ("Барака", "Барака"), "Ipak": ("Ипак", "Ипак"),
    "Turon": ("Турон", "Турон"), "Nur": ("Нур", "Нур"), "Orzu": ("Орзу", "Орзу"), "Umid": ("Умид", "Умид"),
    "Kamalak": ("Камалак", "Камалак"), "Yulduz": ("Юлдуз", "Юлдуз"), "Istiqbol": ("Истиқбол", "Истикбол"),
    "Zamin": ("Замин", "Замин"), "Diyor": ("Диёр", "Диёр"), "Imkon": ("Имкон", "Имкон"),
    "Bunyodkor": ("Бунёдкор", "Бунёдкор"),
    "Ish": ("Иш", "Иш"), "Kadr": ("Кадр", "Кадр"), "Mehnat": ("Меҳнат", "Мехнат"), "Yoʻl": ("Йўл", "Йул"),
    "Safar": ("Сафар", "Сафар"), "Hamkor": ("Ҳамкор", "Хамкор"), "Xizmat": ("Хизмат", "Хизмат"),
    "Tayanch": ("Таянч", "Таянч"),
    "Servis": ("Сервис", "Сервис"), "Konsalting": ("Консалтинг", "Консалтинг"),
    "Invest": ("Инвест", "Инвест"), "Trans": ("Транс", "Транс"), "Group": ("Групп", "Групп"),
    "Plyus": ("Плюс", "Плюс"),
}
FIRST = ("Oʻzbek", "Sharq", "Osiyo", "Global", "Xalqaro", "Kelajak", "Gʻalaba", "Baraka", "Ipak", "Turon",
         "Nur", "Orzu", "Umid", "Kamalak", "Yulduz", "Istiqbol", "Zamin", "Diyor", "Imkon", "Bunyodkor")
SECOND = ("Ish", "Kadr", "Mehnat", "Yoʻl", "Safar", "Hamkor", "Xizmat", "Tayanch")
TAIL = ("Servis", "Konsalting", "Invest", "Trans", "Group", "Plyus")

REGIONS = {
    "Toshkent shahri": 30, "Toshkent viloyati": 8, "Samarqand viloyati": 8, "Fargʻona viloyati": 8,
    "Andijon viloyati": 7, "Namangan viloyati": 7, "Qashqadaryo viloyati": 6, "Surxondaryo viloyati": 6,
    "Buxoro viloyati": 5, "Xorazm viloyati": 5, "Qoraqalpogʻiston Respublikasi": 4, "Jizzax viloyati": 3,
    "Navoiy viloyati": 3, "Sirdaryo viloyati": 3,
}
STREETS = {
    "latin": ("Namuna koʻchasi", "Sinov koʻchasi", "Misol koʻchasi", "Namuna tor koʻchasi", "Sinov mavzesi"),
    "uz-cyrl": ("Намуна кўчаси", "Синов кўчаси", "Мисол кўчаси"),
    "ru": ("ул. Примерная", "ул. Образцовая", "пр. Тестовый"),
}
PHONES = ("+998 00 000 00 00", "+998 00 000 00 00", "+998 00 000 00 00", "+998 (00) 000-00-00",
          "+998000000000")
COUNTRIES = {"ru": 30, "kz": 15, "tr": 12, "kr": 10, "jp": 6, "de": 8, "gb": 6, "lt": 4, "lv": 3, "pl": 5,
             "ae": 5, "sa": 3}

REASONS = {
    "suspended": (
        "Charged workers placement fees",
        "Did not register placement contracts electronically",
        "Did not keep the required bank deposit",
        "Did not send its reports on time",
        "Inspection found violations; suspended until they are fixed",
    ),
    "revoked": (
        "Charged workers placement fees",
        "Sent workers abroad on tourist visas",
        "Kept workers' passports",
        "Repeated violations after a suspension",
        "Gave false information to get the licence",
    ),
    "expired": ("Licence not renewed", "Licence term ended; no renewal was applied for"),
}
REINSTATED = "Suspension lifted after the violations were fixed"


@dataclass(frozen=True)
class Fixed:
    """An agency that tests and demos rely on; its dates and numbers are generated like the others."""

    name: str
    words: tuple[str, ...]  # the name part in Latin, to keep generated names distinct from it
    status: str
    other_names: str = ""
    reason: str = ""
    script: str = "latin"


FIXED = (
    Fixed('"Oʻzbek Ish Servis" MChJ', ("Oʻzbek", "Ish", "Servis"), "active", other_names="Ўзбек Иш Сервис"),
    Fixed("ООО «Глобал Мехнат»", ("Global", "Mehnat"), "revoked", other_names="Global Mehnat",
          reason="Charged workers placement fees", script="ru"),
    # Look-alike pairs: names that differ by one letter.
    Fixed('"Oʻzbek Ish Sarvis" MChJ', ("Oʻzbek", "Ish", "Sarvis"), "revoked",
          reason="Sent workers abroad on tourist visas"),
    Fixed('"Sharq Kadr" MChJ', ("Sharq", "Kadr"), "active", other_names="Шарқ Кадр"),
    Fixed('"Shark Kadr" MChJ', ("Shark", "Kadr"), "suspended", reason="Charged workers placement fees"),
    Fixed('"Osiyo Mehnat" XK', ("Osiyo", "Mehnat"), "active"),
    Fixed('"Osiyo Mehnet" XK', ("Osiyo", "Mehnet"), "expired", reason="Licence not renewed"),
    Fixed("«Kelajak Yoʻl» MChJ", ("Kelajak", "Yoʻl"), "active", other_names="Келажак Йўл"),
    Fixed("«Kelajak Yoʻli» MChJ", ("Kelajak", "Yoʻli"), "revoked",
          reason="Gave false information to get the licence"),
)


def between(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def pick_countries(rng: random.Random) -> str:
    wanted = rng.choices((1, 2, 3, 4), weights=(35, 35, 20, 10))[0]
    chosen: set[str] = set()
    while len(chosen) < wanted:
        chosen.update(rng.choices(list(COUNTRIES), weights=list(COUNTRIES.values())))
    return ";".join(code for code in COUNTRIES if code in chosen)


def name_words(rng: random.Random) -> list[str]:
    words = [rng.choice(FIRST), rng.choice(SECOND)]
    if rng.random() < 0.5:
        words.append(rng.choice(TAIL))
    return words


def official_name(rng: random.Random, words: list[str], script: str) -> str:
    if script == "uz-cyrl":
        return f"«{' '.join(WORDS[w][0] for w in words)}» МЧЖ"
    if script == "ru":
        return f"ООО «{' '.join(WORDS[w][1] for w in words)}»"
    form = rng.choices(("MChJ", "XK", "LLC"), weights=(60, 15, 25))[0]
    latin = " ".join(words)
    return f"«{latin}» {form}" if form != "LLC" and rng.random() < 0.15 else f'"{latin}" {form}'


def other_names(rng: random.Random, words: list[str], script: str) -> str:
    if rng.random() >= 0.25:
        return ""
    plain = [w.replace("ʻ", "") for w in words]
    brand = "".join(plain) if rng.random() < 0.5 else "".join(w[0] for w in plain).upper() + " Group"
    if script == "latin":
        names = [" ".join(WORDS[w][0] for w in words)] if rng.random() < 0.6 else [brand]
    else:
        names = [" ".join(words)]
        if rng.random() < 0.3:
            names.append(brand)
    return ";".join(names)


def dates(rng: random.Random, status: str) -> tuple[date, date, date | None, str]:
    """issued_on, expires_on, status_changed_on and status_reason, consistent with the status."""
    if status == "expired":
        issued = between(rng, date(2019, 1, 15), add_years(AS_OF, -LICENCE_YEARS) - timedelta(days=7))
    elif status == "revoked":
        issued = between(rng, date(2019, 1, 15), date(2026, 3, 31))
    else:  # active and suspended licences are still within their term
        issued = between(rng, add_years(AS_OF, -LICENCE_YEARS) + timedelta(days=10), date(2026, 10, 31))
    expires = add_years(issued, LICENCE_YEARS) - timedelta(days=1)
    if status == "expired":
        return issued, expires, expires + timedelta(days=1), rng.choice(REASONS["expired"])
    if status in ("suspended", "revoked"):
        last = min(expires - timedelta(days=1), AS_OF - timedelta(days=3))
        changed = between(rng, min(issued + timedelta(days=120), last), last)
        return issued, expires, changed, rng.choice(REASONS[status])
    if issued < AS_OF - timedelta(days=400) and rng.random() < 0.08:
        lifted = between(rng, issued + timedelta(days=200), AS_OF - timedelta(days=30))
        return issued, expires, lifted, REINSTATED
    return issued, expires, None, ""


def address(rng: random.Random, script: str) -> str:
    return f"{rng.choice(STREETS[script])}, {rng.randint(1, 120)}"


def make_agencies(rng: random.Random) -> list[dict[str, str]]:
    statuses = [s for s, n in STATUS_COUNTS.items() for _ in range(n)]
    for fixed in FIXED:
        statuses.remove(fixed.status)
    rng.shuffle(statuses)
    total = sum(STATUS_COUNTS.values())
    serials = rng.sample(range(1, 10_000), total)
    tins = rng.sample(range(200_000_000, 400_000_000), total)  # legal entities' STIR start with 2 or 3
    taken = {f.words for f in FIXED}
    specs = [(f.name, f.script, f.status, f.other_names, f.reason) for f in FIXED]
    for status in statuses:
        script = rng.choices(("latin", "uz-cyrl", "ru"), weights=(80, 10, 10))[0]
        words = name_words(rng)
        while tuple(words) in taken:
            words = name_words(rng)
        taken.add(tuple(words))
        specs.append((official_name(rng, words, script), script, status, other_names(rng, words, script), ""))
    rows = []
    for (name, script, status, others, reason), serial, tin in zip(specs, serials, tins, strict=True):
        issued, expires, changed, generated_reason = dates(rng, status)
        region = rng.choices(list(REGIONS), weights=list(REGIONS.values()))[0]
        rows.append({
            "licence_no": f"LX-{issued.year}-{serial:04d}",
            "name": name,
            "other_names": others,
            "tin": str(tin),
            "status": status,
            "issued_on": issued.isoformat(),
            "expires_on": expires.isoformat(),
            "status_changed_on": changed.isoformat() if changed else "",
            "status_reason": reason or generated_reason,
            "region": region,
            "address": address(rng, script),
            "phone": rng.choice(PHONES),
            "countries": pick_countries(rng),
            "status_reason_code": code_for(reason or generated_reason, AGENCY_REASONS),
        })
    return sorted(rows, key=lambda row: row["licence_no"])


WARNING_PHONES = {"uz": "+998 00 000 00 00", "ru": "+7 000 000 00 00", "tr": "+90 000 000 00 00",
                  "kr": "+82 00 0000 0000", "": ""}
FEES = "Took up-front fees for jobs that did not exist"
TOURIST = "Sold tourist visas as work visas"
CARDS = "Took payment to personal bank cards for jobs abroad"
PERMITS = "Sold fake work permits for European countries"
NO_LICENCE = "Recruited workers without a licence"
EMBASSY = "Promised faster visas through “contacts at the embassy”"
EPS = "Sold places in the Korean EPS scheme, which no agency may sell"
UK = "Charged fees for places in the UK seasonal work scheme"

# names; phone country; Telegram handle (without @ and the _namuna suffix); website (without .example); reason
OPERATORS: tuple[tuple[str, str, str, str, str], ...] = (
    ("Tez Viza Ish", "uz", "tez_viza_ish", "tez-viza-ish", TOURIST),
    ("Ish Chet Elda Tez;Chet el ish", "uz", "ish_chet_el_tez", "", FEES),
    ("Yevropa Ish Markazi", "", "yevropa_ish_markazi", "yevropa-ish-markazi", PERMITS),
    ("Koreya Kafolat", "kr", "koreya_kafolat", "", EPS),
    ("Uzbek Ish Servis Group;Oʻzbek Ish Servis Xalqaro", "uz", "uzbek_ish_servis_group",
     "uzbek-ish-servis-group", "Uses a name like a licensed agency's; it has no licence"),
    ("Элчихона Ёрдам", "uz", "elchixona_yordam", "", EMBASSY),
    ("Работа в Европе Быстро", "ru", "rabota_evropa_bystro", "rabota-evropa-bystro", CARDS),
    ("Oson Viza Servis", "", "oson_viza", "oson-viza", TOURIST),
    ("Sezon UK Ish", "uz", "sezon_uk_ish", "", UK),
    ("Yaponiya Ish Tez", "uz", "yaponiya_ish_tez", "yaponiya-ish", FEES),
    ("Qurilish Rossiya Yuqori Maosh", "ru", "qurilish_rossiya_maosh", "",
     "Offered “jobs” in Russia that were recruitment into armed forces"),
    ("Oltin Ish Yoʻli", "", "oltin_ish_yoli", "oltin-ish-yoli", NO_LICENCE),
    ("Германия Работа 24", "ru", "germaniya_rabota_24", "germaniya-rabota-24", PERMITS),
    ("Polsha Viza Ish", "uz", "polsha_viza_ish", "", "Took passports and asked for money to return them"),
    ("Dubay Ish Kafolat", "uz", "dubay_ish_kafolat", "dubay-ish", FEES),
    ("Litva Haydovchi Ish", "", "litva_haydovchi", "", TOURIST),
    ("Ish Bor Chet Elda", "uz", "ish_bor_chet_elda", "ish-bor", CARDS),
    ("Иш Топ Тез", "ru", "ish_top_tez", "", NO_LICENCE),
    ("Euro Job Express", "", "euro_job_express", "euro-job-express", PERMITS),
    ("Mehnat Yoʻli Konsalting", "uz", "mehnat_yoli_konsalting", "mehnat-yoli",
     "Called itself a consulting firm and recruited workers without a licence"),
    ("Saudiya Ish Markazi", "uz", "saudiya_ish", "", FEES),
    ("Viza Kafolat Plyus", "uz", "viza_kafolat_plyus", "viza-kafolat", EMBASSY),
    ("Koreya E9 Tez", "kr", "koreya_e9_tez", "koreya-e9", EPS),
    ("Turkiya Ish Oson", "tr", "turkiya_ish_oson", "", "Sold residence permits as work permits"),
    ("Britaniya Ferma Ish", "", "britaniya_ferma_ish", "britaniya-ferma", UK),
)


def make_warnings(rng: random.Random) -> list[dict[str, str]]:
    rows = []
    for number, (names, phone, handle, site, reason) in enumerate(OPERATORS, start=1):
        handles = [f"@{handle}_namuna"]
        if rng.random() < 0.25:
            handles.append(f"@{handle}_2_namuna")
        rows.append({
            "id": f"w-{number:03d}",
            "names": names,
            "phones": WARNING_PHONES[phone],
            "telegram": ";".join(handles),
            "websites": f"{site}.example" if site else "",
            "reason": reason,
            "listed_on": between(rng, date(2024, 1, 10), date(2026, 11, 15)).isoformat(),
            "reason_code": code_for(reason, WARNING_REASONS),
        })
    return rows


def write_csv(path: Path, columns: Iterable[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    rng = random.Random(SEED)
    write_csv(HERE / "agencies.csv", AGENCY_COLUMNS, make_agencies(rng))
    write_csv(HERE / "warnings.csv", WARNING_COLUMNS, make_warnings(rng))


if __name__ == "__main__":
    main()
