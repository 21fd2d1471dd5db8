"""Health check run by otacast-agent after activation: exit 0 when healthy."""
import subprocess
import sys
from pathlib import Path

current = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
result = subprocess.run([sys.executable, str(current / "main.py")], capture_output=True, text=True, timeout=20)
sys.stdout.write(result.stdout)
sys.exit(result.returncode)
