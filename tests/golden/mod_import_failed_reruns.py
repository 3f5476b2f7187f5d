# A module whose body raised is not imported: it leaves sys.modules and the next
# import runs its body again (its classes, functions and call sites start over).
import sys

for attempt in range(4):
    try:
        import _helpers_failing_import as m
        print("attempt", attempt, "imported:", m.probe(), m.RUNS)
    except ValueError as e:
        print("attempt", attempt, "failed:", e, "| in sys.modules:", "_helpers_failing_import" in sys.modules)

from _helpers_failing_import import probe, RUNS

print(probe(), RUNS, "_helpers_failing_import" in sys.modules)


def import_in_function():
    try:
        import _helpers_failing_import
    except ValueError:
        return "raised again"
    return _helpers_failing_import.RUNS


print(import_in_function())
import gc
gc.collect()
print(probe())
