"""Kept so that imports of `sync.fsutil` keep working: the durability helpers live in `content/fsutil.py`."""

from content.fsutil import atomic_write, fsync_dir, fsync_file, replace_dir

__all__ = ["atomic_write", "fsync_dir", "fsync_file", "replace_dir"]
