"""No English words on a page in another language: every page type of the phone edition, rendered in every
language but English, looks up each of its words in the reader's language.

A word the kiosk's catalogue (or the phone's phrase table) lacks falls back to its English source without
a sound, so a Russian page read "All" among Russian words. Grepping the HTML for English cannot tell an
English word from a name; instead `server.phone.words.recording_misses` records every look-up that fell
back, with its language, context and source.

The pages are rendered in a process of their own: the phone edition remembers words once made (verdict
words, vacancy list lines, a verdict page's common part), so in a process where other tests rendered
pages before, a miss would not be looked up again, and not be seen.
"""

from __future__ import annotations

import csv
import multiprocessing
import shutil
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from content.languages import UI_LANGUAGES
from server.phone import onestop, vacancies
from server.phone.site import Site
from server.phone.source import Loading, PublishedContent, Snapshot
from server.phone.words import PHRASES_CONTEXT, Miss, Words, recording_misses
from tests.phone.conftest import SAMPLE, TODAY, _rewrite
from tests.phone.test_vacancies import ROWS, changed  # noqa: F401 - `changed` is a fixture used below
from tests.testkit.serve import Deployment, new_deployment

READERS = [lang for lang in UI_LANGUAGES if lang != "en"]
Request = tuple[str, dict[str, str], int]  # path after /m/{lang}/, query, the status it must answer


@dataclass(frozen=True)
class Setting:
    """A deployment to serve (None: nothing published yet), the phone's calendar, and what to ask."""

    name: str
    root: Path | None
    today: date
    requests: list[Request]
    loading: bool = False  # the server has just started and is still loading its content


class _StillLoading(PublishedContent):
    """Content whose first load has not finished: every page is the "being updated" page."""

    def current(self) -> Snapshot:
        raise Loading("still loading")


def _csv_column(name: str, column: str) -> list[str]:
    with open(SAMPLE / name, encoding="utf-8", newline="") as handle:
        return [row[column] for row in csv.DictReader(handle)]


def _content_requests(site: Site) -> list[Request]:
    """Every page of the sample on TODAY: lists, each item, each filter, each registry entry, the search in
    each of its states, and unknown addresses."""
    snap = site.content.current()
    en = Words("en")
    found: list[Request] = [(path, {}, 200) for path in (
        "", "topics", "alerts", "countries", "contacts", "services", "offices", "check", "vacancies")]
    found += [(f"article/{a['id']}", {}, 200) for a in snap.bundle.articles]
    found += [(f"alert/{a['id']}", {}, 200) for a in snap.bundle.alerts]
    found += [(f"guide/{g['country']}", {}, 200) for g in snap.bundle.guides]
    found += [(f"offices/{place}", {}, 200) for place in onestop.places(snap, TODAY)]
    found += [(path, {}, 200) for path in vacancies.paths(snap, en, TODAY)]
    found += [("vacancies/de/welding", {}, 200)]  # a destination and a job with nothing together
    found += [(f"vacancy/{v['id']}", {}, 200) for v in vacancies.ordered(snap, en, TODAY)]
    found += [(f"agency/{n}", {}, 200) for n in _csv_column("registry/agencies.csv", "licence_no")]
    found += [(f"warning/{i}", {}, 200) for i in _csv_column("registry/warnings.csv", "id")]
    found += [("check", {"q": q}, 200) for q in ("", "Polsha", "LX-2019", "zzqqxx nothing like it")]
    found += [("no/such/page", {}, 404), ("article/no-such-article", {}, 404), ("..%2Fetc", {}, 404)]
    return found


def _stale_requests() -> list[Request]:
    """On a day the registry is too old to trust: a licence is "licensed — may be out of date", no vacancy
    is shown, and a job order says why it is gone."""
    return [("", {}, 200), ("vacancies", {}, 200), (f"vacancy/{ROWS[0]['id']}", {}, 410),
            *((f"agency/{n}", {}, 200) for n in _csv_column("registry/agencies.csv", "licence_no")),
            ("check", {"q": "LX"}, 200)]


def render_all(settings: list[Setting], work: Path) -> tuple[list[Miss], list[str]]:
    """Every request of every setting in every language but English (in a fresh process: the module
    docstring says why): the look-ups that fell back to English, and each page that did not answer the
    status it must (so a page type that quietly stopped rendering is not taken for a clean one)."""
    wrong: list[str] = []
    with recording_misses() as found:
        for setting in settings:
            folder = work / setting.name
            if setting.loading:
                content: PublishedContent = _StillLoading(folder, work_dir=folder / "phone")
            else:
                content = PublishedContent(setting.root or folder, work_dir=folder / "phone")
            site = Site(content, clock=lambda day=setting.today: day)
            for lang in READERS:
                for path, query, status in setting.requests:
                    reply = site.get(f"{lang}/{path}", query, raw_path=f"{lang}/{path}", accept_language=lang,
                                     gzip_ok=False)
                    if reply.status != status:
                        wrong.append(f"{setting.name}: /m/{lang}/{path} {query}: {reply.status}, "
                                     f"not {status}")
    return sorted(found), wrong


@pytest.fixture(scope="module")
def all_closed(tmp_path_factory: pytest.TempPathFactory) -> Deployment:
    """The sample with every job order closed the day before TODAY: no vacancy is open."""
    root = tmp_path_factory.mktemp("closed")
    source = root / "source"
    shutil.copytree(SAMPLE, source)
    _rewrite(source / "vacancies.csv", "id", "closes_on", {row["id"]: "2026-11-19" for row in ROWS})
    dep = new_deployment(root / "deploy")
    dep.publish_source(source)
    return dep


@pytest.fixture(scope="module")
def settings(published: Deployment, published_on: str, changed: Site,  # noqa: F811 - that fixture
             all_closed: Deployment, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Setting]]:
    """What to render: the sample on TODAY, the same a month after it was published (stale), job orders
    gone since they were printed, none open at all, nothing published, and a server still loading."""
    listing = PublishedContent(published.root, work_dir=tmp_path_factory.mktemp("list"))
    site = Site(listing, clock=lambda: TODAY)
    late = date.fromisoformat(published_on) + timedelta(days=30)  # the kiosk's stale_after_days is 7
    gone = [(f"vacancy/{ROWS[0]['id']}", {}, 410), (f"vacancy/{ROWS[1]['id']}", {}, 410)]
    yield [Setting("today", published.root, TODAY, _content_requests(site)),
           Setting("stale", published.root, late, _stale_requests()),
           Setting("gone", changed.content.repo.parent, TODAY, gone),
           Setting("none-open", all_closed.root, TODAY, [("vacancies", {}, 200), gone[0]]),
           Setting("unpublished", None, TODAY, [("", {}, 503)]),
           Setting("loading", None, TODAY, [("", {}, 503), ("contacts", {}, 503)], loading=True)]


def test_every_page_type_has_every_word_in_the_readers_language(settings: list[Setting],
                                                                 tmp_path: Path) -> None:
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        missed, wrong = pool.submit(render_all, settings, tmp_path).result()
    assert not wrong, "\n".join(["pages that did not render as they must:", *wrong])
    assert not missed, "\n".join(["words shown in English (language, context, source):",
                                  *(f"{lang}  {context}  {source!r}" for lang, context, source in missed)])


def test_the_recorder_sees_a_missing_kiosk_word_and_phone_phrase() -> None:
    """The hook itself: a miss of either kind is recorded with its language and context, a found word is
    not, and nothing is recorded once the block has ended."""
    with recording_misses() as found:
        assert Words("ru").kiosk("NoSuchScreen", "No such words") == "No such words"
        assert Words("kk")("No such phrase") == "No such phrase"
        assert Words("ru")("Home") != "Home"
        assert Words("ru").kiosk("Status", "Licensed") != "Licensed"
    Words("ru").kiosk("NoSuchScreen", "Later")
    assert found == {("ru", "NoSuchScreen", "No such words"), ("kk", PHRASES_CONTEXT, "No such phrase")}
