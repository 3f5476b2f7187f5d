# Typed float arithmetic: the Mandelbrot set, with annotated parameters (the typed path:
# exact-float arguments run a body that holds them as C doubles).
def escape_time(cx: float, cy: float, limit: int) -> int:
    x: float = 0.0
    y: float = 0.0
    for i in range(limit):
        x2 = x * x
        y2 = y * y
        if x2 + y2 > 4.0:
            return i
        y = 2.0 * x * y + cy
        x = x2 - y2 + cx
    return limit

def render(size: int, limit: int) -> int:
    total = 0
    for py in range(size):
        for px in range(size):
            total += escape_time(-2.0 + 3.0 * px / size, -1.5 + 3.0 * py / size, limit)
    return total

print(render(480, 200))
