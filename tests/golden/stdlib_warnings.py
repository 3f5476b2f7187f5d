# warnings (Tauraro, no frames): filters decide between error, ignore and showing;
# catch_warnings(record=True) collects them; showwarning can be replaced.
import warnings

def deprecated_api():
    warnings.warn("old api", DeprecationWarning)
    return 1

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    warnings.warn(UserWarning("as instance"))
    deprecated_api()
print([(str(w.message), w.category.__name__) for w in caught])
print(type(caught[0].message).__name__, isinstance(caught[0], warnings.WarningMessage))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    try:
        deprecated_api()
    except DeprecationWarning as e:
        print("raised", e)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    warnings.filterwarnings("error", message="^bad", category=UserWarning)
    try:
        warnings.warn("BAD thing")
    except UserWarning as e:
        print("error by message (case-insensitive):", e)
    warnings.warn("good thing")
print(len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("repeated")
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("again", FutureWarning)
print([str(w.message) for w in caught])

shown = []
def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_show
    warnings.warn("to hook", SyntaxWarning)
print(shown, warnings.showwarning is my_show)

for bad in [lambda: warnings.simplefilter("loud"), lambda: warnings.warn("x", int),
            lambda: warnings.filterwarnings("ignore", lineno=-1)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3).rstrip())
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  x = 1  ").rstrip())
with warnings.catch_warnings(record=True) as caught:
    for i in range(3):
        warnings.warn("default filter shows a place's warning once")
    warnings.warn("pending", PendingDeprecationWarning)
print(len(caught))
warnings.simplefilter("error")
warnings.warn("uncaught", ResourceWarning)
