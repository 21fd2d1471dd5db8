"""A tiny application shipped by otacast as a stand-alone bundle.

The bundle is installed under ROOT/app/releases/{version}/ and switched in by
the `current` symlink, so this file always reads its own version from the
bundle it was shipped in. Its one dependency, the `greeting` wheel, comes in
the release's `wheels` component, which pip installs from the wheels
delivered with it into ROOT/wheels/current/site-packages (no package index).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# HERE is ROOT/app/releases/{version}: the device's root is two levels up.
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "wheels" / "current" / "site-packages"))


def main() -> int:
    version = (HERE / "VERSION").read_text().strip()
    if (HERE / "BROKEN").exists():
        raise RuntimeError(f"python-app {version} is a deliberately broken build")
    try:
        import greeting
    except ImportError:
        # Shipped without its wheels (the plain `npm run demo`): still runs.
        print(f"python-app {version} running from {HERE}")
        return 0
    print(f"python-app {version} running from {HERE}: {greeting.greet('device')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
