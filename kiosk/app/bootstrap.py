"""First start: with no content.db in the data directory, apply the sample content shipped with the app.

The sample goes through exactly the path a published bundle takes (validate, build, verify, atomic apply),
so a kiosk with no network works from its first minute.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from kiosk.app.paths import sample_source_dir
from kiosk.services.store import CONTENT_DB


def ensure_content(data_dir: Path, source_dir: Path | None = None) -> bool:
    """Apply the bundled sample if `data_dir` has no content yet. Returns True when it applied."""
    if (data_dir / CONTENT_DB).exists():
        return False
    # Imported here: only a first start needs the builder, and start-up time matters on every start.
    from content.bundle import build_bundle
    from content.loader import load_source
    from kiosk.data.apply import apply_bundle

    data_dir.mkdir(parents=True, exist_ok=True)
    source = load_source(source_dir or sample_source_dir())
    with tempfile.TemporaryDirectory(prefix="sample-bundle-", dir=data_dir) as tmp:
        bundle_dir = Path(tmp) / "bundle"
        build_bundle(source, bundle_dir)
        apply_bundle(bundle_dir, data_dir)
    return True
