# decimal: an uncaught conversion error ends the program with the C version's final line
from decimal import Decimal, getcontext
print(Decimal('1.1') + Decimal('2.2'))
print(getcontext().flags)
Decimal('1,5')
