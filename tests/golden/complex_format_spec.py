# format(complex, spec) and complex.__format__: both parts formatted as floats (the
# imaginary part always signed unless the real part is left out), no type meaning
# str()'s layout, padding around the whole, and CPython's refusals.
specs = ['', '.3', 'f', '.2f', '10', '<20', '>20', '^20.2e', '*^24', '+', ' ', '#', '#.0f', ' g', ',.2f',
         '_', 'z.1f', 'n', 'G', 'E', '.0e', '20', '-']
values = [1 + 2j, 0j, -0.0 + 1j, complex(-0.0, -0.0), 1e16 - 2.5j, complex('nan+infj'), 3j, -3j,
          -0.00001 - 0.0j, 1234567.891 + 9876543.21j, complex(2.5, float('-inf'))]
for s in specs:
    print(repr(s), [format(c, s) for c in values])
for s in ['010', '0<10', '=10', '*=10', 'd', '%', 'x', 's', ',_f', '.f']:
    try:
        print(s, format(1j, s))
    except ValueError as e:
        print(s, "ValueError:", e)
print(f"{1+2j:>12}|{3-4j:<12.1f}|{-1j:^+12}")
print("{:e}".format(1.5 + 0.5j), "{0:.1%}".format(0.5) if False else "")


class C(complex):
    def __str__(self):
        return "C-str"


print(format(C(1, 2), ''), format(C(1, 2), '.1f'), C(1, 2).__format__(''))
for args in [(), ('', None), (1,)]:
    try:
        (1 + 2j).__format__(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    complex.__format__(1.5, '')
except TypeError as e:
    print("TypeError:", e)
print(format(float("-inf"), "z.1f"), format(-0.0, "z"), format(float("nan"), "z.2f"))
