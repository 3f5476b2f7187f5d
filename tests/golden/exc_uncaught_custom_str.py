class Boom(Exception):
    def __str__(self):
        return "custom boom text"
print("about to fail")
raise Boom("ignored arg")
