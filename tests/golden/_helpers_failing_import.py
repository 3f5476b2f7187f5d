# Imported by mod_import_failed_reruns: its body raises on its first two runs.
import _helpers_counter

RUNS = _helpers_counter.bump()
print("_helpers_failing_import runs, time", RUNS)


class Probe:
    def who(self):
        return "probe of run %d" % RUNS


def probe():
    return Probe().who()


print(probe())
if RUNS < 3:
    raise ValueError("run %d fails" % RUNS)
