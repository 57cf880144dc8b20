"""The HTML documents svcmatch writes: the referral package and the coverage heat map.

Each is one self-contained page (inline CSS, no scripts, nothing loaded), every value escaped:
`svcmatch.html.package.render_html` and `svcmatch.html.coverage.to_html`. This package imports
neither, so that `coverage` does not load the referral package's modules, nor `package` the
coverage report's.
"""
