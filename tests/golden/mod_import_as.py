import _helpers_shapes as shapes
import _helpers_counter as ctr, _helpers_text as txt
print(shapes.Rect(1, 5).area(), shapes.describe())
print(ctr.get(), ctr.bump(), ctr.bump(), ctr.get())
print(txt.shout("hi"), ctr.get(), txt.initials(), txt.initials(["x", "y"]))
import _helpers_counter
print(_helpers_counter is ctr, _helpers_counter.count)
import _helpers_shapes as s2
print(s2 is shapes, s2.PI, shapes.Rect(2, 2).area())
print(sorted(set(s2.created)))
