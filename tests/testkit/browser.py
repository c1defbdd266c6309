"""A real headless Chromium for tests of web pages: Debian's `chromium` driven by Selenium 4.

Both paths are given explicitly (`/usr/bin/chromium`, `/usr/bin/chromedriver`): without them Selenium
Manager tries to download a driver, which fails offline. Every browser gets a fresh profile folder and
the flags that stop it from calling home (no sync, no component updates, no background networking), so a
test sees only the requests its page makes.

Accessibility: axe-core's `axe.min.js` is the copy vendored inside the `axe-selenium-python` package
(MPL-2.0, axe-core itself MPL-2.0), injected into the page; nothing is fetched.

    with Browser() as browser:
        browser.open("http://127.0.0.1:8470/m/uz-Latn/")
        browser.screenshot(tmp_path / "home.png")
        assert not serious(browser.axe())
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
    "--hide-scrollbars",
)
PHONE = (360, 800)  # CSS pixels of a small Android phone in portrait
BLOCKING_IMPACTS = frozenset({"serious", "critical"})


def unavailable() -> str | None:
    """Why a browser test cannot run here (a sentence for pytest.skip), or None when it can."""
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not path.exists():
            return f"{path} not found: apt-get install {package} (scripts/setup.sh installs it)"
    try:
        import axe_selenium_python  # noqa: F401
        import selenium  # noqa: F401
    except ImportError as exc:
        return f"{exc.name} is not installed: pip install -e '.[test]'"
    return None


class Browser:
    """One headless Chromium window of `size` CSS pixels, with its own throw-away profile."""

    def __init__(self, size: tuple[int, int] = PHONE, *, scale: float = 1.0) -> None:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self._profile = tempfile.mkdtemp(prefix="kiosk-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = str(CHROMIUM)
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={self._profile}")
        options.add_argument(f"--window-size={size[0]},{size[1]}")
        options.add_argument(f"--force-device-scale-factor={scale}")
        try:
            self.driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
        except Exception:
            shutil.rmtree(self._profile, ignore_errors=True)
            raise
        self.driver.set_page_load_timeout(30)
        self.driver.set_script_timeout(60)
        self.resize(size)

    def resize(self, size: tuple[int, int]) -> None:
        """Make the page area (the CSS viewport, not the window frame) exactly `size`."""
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": True})

    def open(self, url: str) -> None:
        self.driver.get(url)

    @property
    def url(self) -> str:
        return str(self.driver.current_url)

    def wait_until(self, condition: Callable[[], Any], timeout_s: float = 20.0) -> Any:
        """Poll `condition` until it returns something true; a page being replaced (after a click that
        navigates or submits a form) is not an error, it is read again."""
        from selenium.common.exceptions import WebDriverException

        deadline = time.monotonic() + timeout_s
        while True:
            try:
                value = condition()
                if value:
                    return value
            except WebDriverException:
                if time.monotonic() > deadline:
                    raise
            if time.monotonic() > deadline:
                raise TimeoutError(f"browser condition not met within {timeout_s} s")
            time.sleep(0.05)

    def loaded(self) -> bool:
        return bool(self.driver.execute_script("return document.readyState") == "complete")

    def text(self) -> str:
        """The visible text of the page once it has loaded (what a reader sees, not the markup)."""
        return str(self.wait_until(lambda: self.loaded() and self.driver.find_element("tag name", "body").text
                                   or None))

    def click_link(self, text: str) -> None:
        """Follow the link whose visible text is exactly `text`, as a person would tap it, and wait for the
        next page."""
        before = self.url
        self.driver.find_element("link text", text).click()
        self.wait_until(lambda: self.url != before and self.loaded())

    def run(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)

    def screenshot(self, path: Path, *, full_page: bool = True) -> Path:
        """A PNG of the page; `full_page` captures below the fold too (what a reader scrolls through)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if full_page:
            import base64

            metrics = self.driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
            content = metrics.get("cssContentSize") or metrics["contentSize"]
            shot = self.driver.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": content["width"], "height": content["height"], "scale": 1}})
            path.write_bytes(base64.b64decode(shot["data"]))
        else:
            self.driver.save_screenshot(str(path))
        return path

    def split_words(self, selector: str) -> list[str]:
        """The words inside the elements matching `selector` that the page breaks across lines, each as
        "word (n lines)". A word is a run of non-space characters; a line may end after a hyphen, an en dash
        or a slash inside it (Schleswig-/Holstein, 9:00–/18:00, a URL at its slashes) or at a <wbr>, nowhere
        else: a cell so narrow that "Licence" shows as "Lic/ence" is what this finds. Each piece's rendered
        boxes (Range.getClientRects) must all sit on one line."""
        return list(self.run(_SPLIT_WORDS, selector))

    def split_tokens(self, selector: str, pattern: str) -> list[str]:
        """The matches of the regular expression `pattern` (JavaScript syntax) inside the elements matching
        `selector` that the page breaks across lines, each as "match (n lines)". Unlike `split_words` a
        break after a hyphen counts: for what must read as one piece, an ISO date (2026-11-30 as "2026-11-"
        over "30") or an id (kiosk-tas-01)."""
        return list(self.run(_SPLIT_TOKENS, selector, pattern))

    def scrolls_sideways(self) -> bool:
        """Whether the page itself is wider than the window (a scroll box inside it may be wider). Compared
        with the layout viewport (the root's clientWidth), not `innerWidth`: a phone-emulating window zooms
        out to show an overflowing page, and its innerWidth grows with the page."""
        return bool(self.run("return document.scrollingElement.scrollWidth > "
                             "document.documentElement.clientWidth"))

    def axe(self, options: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """axe-core's violations for the current page (the vendored script, injected offline)."""
        from axe_selenium_python import Axe

        axe = Axe(self.driver)
        axe.inject()
        import json

        result = axe.run(options=json.dumps(options) if options else None)
        return list(result["violations"])

    def close(self) -> None:
        try:
            self.driver.quit()
        finally:
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# How many lines a range of text is rendered on: its boxes' middles, those more than 2 px apart.
_LINES_OF = r"""
const linesOf = range => {
  const tops = new Set([...range.getClientRects()].filter(r => r.width > 0)
                       .map(r => Math.round(r.top + r.height / 2)));
  return [...tops].sort((a, b) => a - b).filter((t, i, all) => i === 0 || t - all[i - 1] > 2).length;
};
"""
_SPLIT_WORDS = _LINES_OF + r"""
const found = [];
for (const root of document.querySelectorAll(arguments[0])) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of node.data.matchAll(/[^\s]+/g)) {
      let start = word.index;
      for (const piece of word[0].split(/(?<=[-\/–])/)) {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + piece.length);
        start += piece.length;
        const lines = linesOf(range);
        if (lines > 1) found.push(`${word[0]} (${lines} lines)`);
      }
    }
  }
}
return found;
"""


_SPLIT_TOKENS = _LINES_OF + r"""
const found = [];
const pattern = new RegExp(arguments[1], "g");
for (const root of document.querySelectorAll(arguments[0])) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = linesOf(range);
      if (lines > 1) found.push(`${match[0]} (${lines} lines)`);
    }
  }
}
return found;
"""


def serious(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The violations that block a release: impact serious or critical."""
    return [v for v in violations if v.get("impact") in BLOCKING_IMPACTS]


def describe(violations: list[dict[str, Any]]) -> str:
    """One line per violation and node, for an assertion message a reader can act on."""
    lines = []
    for v in violations:
        for node in v.get("nodes", [])[:5]:
            lines.append(f"{v['impact']}: {v['id']} ({v['help']}) at {' '.join(node.get('target', []))}")
    return "\n".join(lines)
