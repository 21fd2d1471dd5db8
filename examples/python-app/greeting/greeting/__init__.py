"""A tiny library the example app depends on, shipped as a wheel in the release."""

__version__ = "0.0.0"  # set by make_wheel.py


def greet(name: str) -> str:
    return f"hello {name} (greeting {__version__})"
