from _helpers_shapes import Rect, total_area, PI as pi_value
from _helpers_counter import bump, get
print(Rect(3, 3), Rect(3, 3).area(), pi_value)
print(total_area([Rect(1, 1), Rect(2, 2)]))
print(bump(), bump(), get())
import _helpers_counter
print(_helpers_counter.count, get())
from _helpers_counter import count
_helpers_counter.bump()
print(count, _helpers_counter.count, get())
from _helpers_text import shout, WORDS
print(shout("x"), get(), WORDS)
