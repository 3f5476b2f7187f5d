class Quiet(Exception):
    def __str__(self):
        return "quiet text"
try:
    raise Quiet("a", "b")
except Quiet as e:
    print("caught:", e, e.args)
class Boom(Exception):
    def __str__(self):
        return "custom boom text"
print("about to fail")
raise Boom("ignored arg")
