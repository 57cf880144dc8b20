"""Settings shared by the whole suite.

Hypothesis' per-example deadline is a timing check, and timing belongs in `benchmarks/`, not in
tests: on a loaded 2-core machine a 200 ms deadline failed correct code now and then. The
default profile here turns it (and the "too slow" health check) off for every property test.
"""

from hypothesis import HealthCheck, settings

settings.register_profile("svcmatch", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("svcmatch")
