"""Health check run by otacast-agent after activation: exit 0 when healthy.

`otacast-agent --health-cmd 'python3 app/current/health.py'` runs it in the
device root with OTACAST_COMPONENTS=name=version,... set. Healthy means: the
app starts, and when the release carries the wheels component, the app runs
with exactly the greeting version that component installed.
"""
import os
import subprocess
import sys
from pathlib import Path

current = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
result = subprocess.run([sys.executable, str(current / "main.py")], capture_output=True, text=True, timeout=20)
sys.stdout.write(result.stdout)
sys.stderr.write(result.stderr[-2000:])
if result.returncode != 0:
    sys.exit(result.returncode)
components = dict(c.split("=", 1) for c in os.environ.get("OTACAST_COMPONENTS", "").split(",") if "=" in c)
wheels = components.get("wheels")
if wheels is not None and f"(greeting {wheels})" not in result.stdout:
    print(f"unhealthy: expected greeting {wheels} to be loaded", file=sys.stderr)
    sys.exit(1)
