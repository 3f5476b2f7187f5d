# ir: const_fold typed_clone
# A function whose float-annotated parameter feeds arithmetic gets a clone in which the
# parameter is a float held unboxed; one whose float parameter is only passed on does not,
# nor does a procedure (every return None) whose only typed parameters are floats.
def step(x: float, v: float, dt: float, n: int) -> float:
    for _ in range(n):
        x = x + v * dt
    return x

def label(x: float, name: str) -> str:
    return name + str(x)

def drift(xs: list, dt: float) -> None:
    for k in range(len(xs)):
        xs[k] = xs[k] + dt * 2.0

drift([1.0], 0.5)
print(step(0.0, 1.5, 0.25, 4), label(2.5, "x="))
