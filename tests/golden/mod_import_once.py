print("main start")
import _helpers_counter
import _helpers_counter
from _helpers_counter import bump
import _helpers_text
print("all imported")
bump()
_helpers_text.shout("a")
print(_helpers_counter.get())
def use():
    import _helpers_counter as inner
    return inner.bump()
print(use(), use())
