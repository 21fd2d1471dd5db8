"""Builds greeting-VERSION-py3-none-any.whl with nothing but the standard library.

A wheel is a zip with the package, a METADATA, a WHEEL and a RECORD of sha256
digests. Building it here needs no pip, no build backend and no network, and
fixed timestamps make the same version build to the same bytes (so an
unchanged wheel has an unchanged digest and is not shipped again).

usage: python3 make_wheel.py VERSION OUT_DIR   (prints the wheel's path)
"""
import base64
import hashlib
import re
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def record_line(name: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def build(version: str, out_dir: Path) -> Path:
    source = (HERE / "greeting" / "greeting" / "__init__.py").read_text()
    code = re.sub(r'^__version__ = ".*?"', f'__version__ = "{version}"', source, count=1, flags=re.M)
    dist_info = f"greeting-{version}.dist-info"
    files = {
        "greeting/__init__.py": code.encode(),
        f"{dist_info}/METADATA": f"Metadata-Version: 2.1\nName: greeting\nVersion: {version}\nSummary: otacast example library\n".encode(),
        f"{dist_info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: otacast-example\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = "\n".join([*(record_line(name, data) for name, data in files.items()), f"{dist_info}/RECORD,,"]) + "\n"
    files[f"{dist_info}/RECORD"] = record.encode()
    out_dir.mkdir(parents=True, exist_ok=True)
    wheel = out_dir / f"greeting-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return wheel


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    print(build(sys.argv[1], Path(sys.argv[2])))
