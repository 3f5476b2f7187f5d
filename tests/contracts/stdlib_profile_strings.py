# cProfile and profile in a compiled program: a statement given as a string of code
# cannot be compiled at run time (no exec), so run/runctx raise NotImplementedError
# saying so (a non-string: exec's TypeError); profile's calibrate cannot run its
# profiled loop (trc never profiles its stdlib). A with block profiles as in CPython,
# but the __exit__ CPython reports is named after trc's cProfile.tr.
import cProfile
import profile

calls = [
    lambda: cProfile.run("main()"),
    lambda: cProfile.runctx("main()", {}, {}, None, 'time'),
    lambda: cProfile.Profile().run("x = 1"),
    lambda: cProfile.Profile().runctx("x = 1", {}, {}),
    lambda: profile.run("main()"),
    lambda: profile.runctx("main()", {}, {}),
    lambda: profile.Profile().run("f()"),
    lambda: profile.Profile().runctx("f()", {}, {}),
    lambda: cProfile.run(None),
    lambda: profile.Profile().calibrate(10),
]
for call in calls:
    try:
        call()
    except (NotImplementedError, TypeError) as e:
        print(type(e).__name__ + ":", e)


def square(x):
    return x * x


with cProfile.Profile() as pr:
    total = sum([square(i) for i in range(5)])
pr.create_stats()
print(total, sorted((key[0].rsplit('/', 1)[-1], key[2], value[1]) for key, value in pr.stats.items()))
cProfile.run("square(3)")
