# configparser errors: the exact exception texts and attributes for missing sections
# and options, duplicates, parsing errors, bad values and bad names.
import configparser

cp = configparser.ConfigParser()
cp.read_string("[a]\nx = 1\nflag = maybe\n")


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
        print('  args', e.args)


show(lambda: cp.get('b', 'x'))
show(lambda: cp.get('a', 'Y'))
show(lambda: cp.getint('a', 'flag'))
show(lambda: cp.getboolean('a', 'flag'))
show(lambda: cp.options('b'))
show(lambda: cp.items('b'))
show(lambda: cp.set('b', 'x', '1'))
show(lambda: cp.set('a', 'x', 1))
show(lambda: cp.add_section('a'))
show(lambda: cp.add_section('DEFAULT'))
show(lambda: cp.add_section(3))
show(lambda: cp['b'])
show(lambda: cp['a']['nope'])
show(lambda: cp.__delitem__('DEFAULT'))
show(lambda: cp.__delitem__('zzz'))
show(lambda: cp.read_string("[s]\n[s]\n"))
show(lambda: configparser.ConfigParser().read_string("[s]\nk = 1\nK = 2\n", source='cfg.ini'))
show(lambda: configparser.ConfigParser().read_string("k = 1\n[s]\n"))
show(lambda: configparser.ConfigParser().read_string("\n\n  x\n"))
show(lambda: configparser.ConfigParser().read_string("[s]\nnovalue\nok = 1\n = empty\n:x\n"))
show(lambda: configparser.ConfigParser().read_dict({'s': {'a': 1, 'A': 2}}))
show(lambda: configparser.ConfigParser().read_dict({'s': {}, 'DEFAULT': {}}))
show(lambda: configparser.RawConfigParser().popitem())
show(lambda: cp.converters.__setitem__('', int))
show(lambda: cp.converters.__setitem__(5, int))
show(lambda: cp.converters.__delitem__(''))

e = configparser.DuplicateSectionError('s', 'f.ini', 7)
print(e.section, e.source, e.lineno, repr(e))
e = configparser.DuplicateOptionError('s', 'o')
print(e, e.option)
p = configparser.ParsingError('src')
p.append(3, "'bad'")
p.append(12, "'worse'")
print(p)
print(p.errors, p.source)
show(lambda: configparser.ParsingError())
show(lambda: configparser.ParsingError('a', 'b'))
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.InterpolationDepthError, configparser.InterpolationError),
      issubclass(configparser.Error, Exception))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
cp.getint('nosection', 'x')
