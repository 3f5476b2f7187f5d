# An uncaught NameError's last line suggests the closest module global (case counts half).
PI = 3.14159
RADIUS = 2
try:
    undefined_name
except NameError as e:
    print("name:", e.name, "| str:", e)
print(NameError("plain").name)
print(round(PI * RADIUS ** 2, 3))
print(pi * RADIUS ** 2)
