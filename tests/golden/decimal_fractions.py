# decimal with fractions and numbers: Fraction(Decimal), Fraction.from_decimal, mixed comparisons,
# Decimal registered as a numbers.Number (not a Real), NaN and infinity refused
from decimal import Decimal
from fractions import Fraction
print(Fraction(Decimal('1.5')), Fraction.from_decimal(Decimal('0.25')), Fraction(1, 3) < Decimal('0.4'), Decimal('0.4') > Fraction(1, 3))
import numbers
print(isinstance(Decimal(1), numbers.Number), isinstance(Decimal(1), numbers.Real))
for bad in [Decimal('nan'), Decimal('-inf'), 1.5, 'x']:
    try:
        print(Fraction.from_decimal(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [Decimal('nan'), Decimal('-inf')]:
    try:
        print(Fraction(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(Fraction(Decimal('-0.125')), Fraction.from_decimal(7), Fraction(Decimal('1e3')))
