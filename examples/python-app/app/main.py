"""A tiny application shipped by otacast as a stand-alone bundle.

The bundle directory is installed under ROOT/app/releases/{version}/ and
switched in by the `current` symlink, so this file always reads its own
version from the bundle it was shipped in.
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    version = (HERE / "VERSION").read_text().strip()
    print(f"python-app {version} running from {HERE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
