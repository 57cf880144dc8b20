"""The HTML documents svcmatch writes: the referral package and the coverage heat map.

Each is one self-contained page (inline CSS, no scripts, nothing loaded), every value escaped.
"""

from __future__ import annotations

from .coverage import to_html as coverage_html
from .package import render_html as package_html

__all__ = ["coverage_html", "package_html"]
