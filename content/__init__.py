"""Content sources, their validation, and the versioned JSON bundles the kiosk applies (see README.md).

Pure Python: no Qt, no network. The kiosk uses `load_bundle`; editors and the build use the CLI,
`python -m content validate DIR` and `python -m content build DIR --out OUTDIR`.
"""

from content.bundle import LoadedBundle, Manifest, build_bundle, load_bundle
from content.errors import BundleError, ContentError, Problem
from content.loader import load_source
from content.model import LANGUAGES, Source
from content.validate import check_source, validate

__all__ = [
    "LANGUAGES",
    "BundleError",
    "ContentError",
    "LoadedBundle",
    "Manifest",
    "Problem",
    "Source",
    "build_bundle",
    "check_source",
    "load_bundle",
    "load_source",
    "validate",
]
