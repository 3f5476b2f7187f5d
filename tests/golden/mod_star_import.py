from _helpers_star import *
print(public_func(), PUBLIC_CONST, PublicClass().hello())
try:
    print(_private_func())
except NameError as e:
    print("NameError:", e)
try:
    print(not_exported())
except NameError as e:
    print("NameError:", e)
import _helpers_star
print(_helpers_star._private_func(), _helpers_star.not_exported(), sorted(_helpers_star.__all__))
