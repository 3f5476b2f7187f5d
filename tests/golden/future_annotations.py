"""from __future__ import annotations: annotations kept as strings, forward references allowed."""
from __future__ import annotations
import __future__
def f(p: Point, q: list[Point] | None = None, *a: int, k: "str" = 1, **kw: dict[str,
        int]) -> Point:
    return p
class Point:
    x: int
    def m(self, other: Point) -> Point: return other
print(f.__annotations__)
print(Point.m.__annotations__)
print(annotations)
print(__future__.all_feature_names, __future__.division.getMandatoryRelease())
print(annotations.optional, annotations.mandatory, annotations.compiler_flag)
