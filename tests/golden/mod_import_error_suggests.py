# An uncaught NameError in an imported module's body suggests that module's global.
print("importing")
import _helpers_name_typo
