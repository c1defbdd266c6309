"""`kiosk-admin alert` builds the content model's alert and checks it with the content validator's rules."""

from __future__ import annotations

import json

import pytest

from admin.alerts import AlertDraft, with_alert
from content.model import LANGUAGES


def draft(**changes: object) -> AlertDraft:
    values: dict = dict(id="fake-buses", lang="en", title="Fake bus tickets to Korea",
                        summary="Nobody sells work visas with bus tickets.", red_flags=["Cash only"],
                        actions=["Call the hotline"], qr="https://example.org/alerts/fake-buses")
    return AlertDraft(**{**values, **changes})


def test_one_language_alert_falls_back_to_it_in_every_other_language() -> None:
    doc = json.loads(with_alert(None, draft()))
    alert = doc["alerts"][0]
    assert alert["id"] == "fake-buses"
    assert set(alert["texts"]) == set(LANGUAGES)
    assert alert["texts"]["en"]["fallback"] is None
    assert all(alert["texts"][lang]["fallback"] == "en" for lang in LANGUAGES if lang != "en")
    assert alert["texts"]["ru"]["title"] == "Fake bus tickets to Korea"


@pytest.mark.parametrize(
    ("changes", "named"),
    [
        ({"id": "Fake Buses"}, "valid id"),
        ({"title": "x" * 71}, "title"),
        ({"red_flags": []}, "red_flags"),
        ({"actions": ["x" * 141]}, "actions item 1"),
        ({"qr": "ftp://example.org"}, "qr"),
        ({"severity": "panic"}, "severity"),
        ({"lang": "xx"}, "xx"),
    ],
)
def test_the_desk_gets_the_source_rules(changes: dict, named: str) -> None:
    with pytest.raises(ValueError, match=named):
        with_alert(None, draft(**changes))
