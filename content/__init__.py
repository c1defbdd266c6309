"""Content sources, their validation, and the versioned JSON bundles the kiosk applies (see README.md).

Pure Python: no Qt, no network. The kiosk uses `load_bundle`; editors and the build use the CLI,
`python -m content validate DIR` and `python -m content build DIR --out OUTDIR`.
"""

# Nothing is imported here on purpose: the kiosk imports only what it uses (content.bundle_read), which
# keeps its start-up free of the YAML loader and the validator.
