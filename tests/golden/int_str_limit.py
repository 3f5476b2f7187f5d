# int <-> str digit limit (CPython 3.11, 4300 digits by default): every decimal path
# raises the two ValueError texts; power-of-two bases are unlimited; sys's functions
def show(label, f):
    try:
        r = f()
        print(label, 'ok', len(r) if isinstance(r, str) else r.bit_length())
    except ValueError as e:
        print(label, type(e).__name__, e)

big = 10 ** 5000
show('int str', lambda: int('1' * 5000))
show('int at limit', lambda: int('1' * 4300))
show('int one over', lambda: int('-' + '1' * 4301))
show('int underscores', lambda: int('1_' * 4300 + '1'))
show('int spaces', lambda: int(' 1' + '0' * 4300 + ' '))
show('int leading zeros', lambda: int('0' * 5000))
show('int base 0 zeros', lambda: int('0' * 5000, 0))
show('int trailing junk', lambda: int('1' * 5000 + 'x'))
show('int leading junk', lambda: int('x' + '1' * 50))
show('int base 10', lambda: int('1' * 5000, 10))
show('int base 7', lambda: int('1' * 5000, 7))
show('int base 36', lambda: int('1' * 5000, 36))
show('int base 16', lambda: int('1' * 5000, 16))
show('int base 8', lambda: int('1' * 5000, 8))
show('int base 32', lambda: int('1' * 5000, 32))
show('int 0x', lambda: int('0x' + 'f' * 5000, 0))
show('int bytes', lambda: int(b'1' * 5000))
show('int bytearray', lambda: int(bytearray(b'1' * 5000)))
show('int arabic', lambda: int('\u0661' * 5000))
show('str 4300 digits', lambda: str(10 ** 4299))
show('str negative', lambda: str(-10 ** 4299))
show('str 4301 digits', lambda: str(10 ** 4300))
show('str huge', lambda: str(10 ** 50000))
show('repr', lambda: repr(big))
show('%d', lambda: '%d' % big)
show('%i', lambda: '%i' % -big)
show('%x', lambda: '%x' % big)
show('%o', lambda: '%o' % big)
show('f-string', lambda: f'{big}')
show('f-string ,', lambda: f'{big:,}')
show('f-string _', lambda: f'{big:_}')
show('format d', lambda: format(big, 'd'))
show('format n', lambda: format(big, 'n'))
show('format x', lambda: format(big, 'x'))
show('format b', lambda: format(big, 'b'))
show('__format__', lambda: big.__format__(''))
show('str.format', lambda: '{}'.format(big))
show('hex', lambda: hex(big))
show('oct', lambda: oct(big))
show('bin', lambda: bin(big))
show('bool subclass', lambda: str(True))

class Big(int):
    pass

show('subclass', lambda: str(Big(big)))
import json
show('json.dumps', lambda: json.dumps(big))
show('json.dumps list', lambda: json.dumps([1, big]))
show('json.loads', lambda: json.loads('1' * 5000))
show('json.loads float', lambda: json.loads('1' * 5000 + '.5') > 0 and 'float')

import sys
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
for value in (0, 639, 640, -1, 1 << 40, 5000):
    try:
        sys.set_int_max_str_digits(value)
        print('set', value, sys.get_int_max_str_digits())
    except (ValueError, OverflowError) as e:
        print('set', value, type(e).__name__, e)
for bad in ('700', 7.0, None):
    try:
        sys.set_int_max_str_digits(bad)
    except TypeError as e:
        print('set', repr(bad), type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
show('str 700', lambda: str(10 ** 699))
show('str 701', lambda: str(10 ** 700))
show('int 701', lambda: int('9' * 701))
sys.set_int_max_str_digits(0)
show('unlimited str', lambda: str(big))
show('unlimited int', lambda: int('1' * 50000))
sys.set_int_max_str_digits(640)
show('640 str', lambda: str(10 ** 640))
show('640 int', lambda: int('1' * 640))
print(str(10 ** 640)[:20])
