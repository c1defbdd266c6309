"""`kiosk-server export-phone DIR`: the static pages are the served pages, byte for byte."""

from __future__ import annotations

from pathlib import Path

from content.languages import UI_LANGUAGES as LANGUAGES
from server.app import main
from tests.phone.conftest import Phone
from tests.testkit.serve import Deployment


def test_export_writes_every_static_page_as_served(tmp_path: Path, published: Deployment, phone: Phone,
                                                    capsys) -> None:
    out = tmp_path / "site"
    assert main(["export-phone", str(out), "--deploy", str(published.root)]) == 0
    assert "wrote" in capsys.readouterr().out
    for lang in LANGUAGES:
        assert (out / lang / "index.html").is_file()
        for name in ("topics", "alerts", "countries", "contacts", "offices", "services", "offices/uz",
                     "offices/abroad", "offices/surkhandarya", "offices/kr"):
            assert (out / lang / f"{name}.html").is_file(), name
    assert (out / "en" / "services.html").read_bytes() == phone.get("/m/en/services").body
    article = out / "ru" / "article" / "employer-pays.html"
    assert article.read_bytes() == phone.get("/m/ru/article/employer-pays").body
    assert not list(out.glob("*/check*"))
    assert not list(out.glob("*/agency*"))
    assert len(list(out.glob("phone-*.css"))) == 1


def test_export_of_a_folder_that_is_not_a_deployment_says_so(tmp_path: Path, capsys) -> None:
    assert main(["export-phone", str(tmp_path / "out"), "--deploy", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err
    assert "Traceback" not in err
