# Imported by mod_import_error_suggests: its body raises NameError for a near name.
PI = 3.14159
print("before the typo")
print(pi)
