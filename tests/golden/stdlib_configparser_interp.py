# configparser interpolation: BasicInterpolation (%(name)s), ExtendedInterpolation
# (${name}, ${section:name}), none (RawConfigParser, interpolation=None), and their errors.
import configparser

cp = configparser.ConfigParser()
cp.read_string("""
[DEFAULT]
home = /home/%(user)s
user = bob
[paths]
user = alice
data = %(home)s/data
percent = 100%%
chain = %(data)s/x
raw = %(nothing)s
bad = %(home
single = 50% off
deep1 = %(deep2)s
deep2 = %(deep1)s
""")
print(cp.get('paths', 'data'))
print(cp.get('paths', 'percent'), cp.get('paths', 'percent', raw=True))
print(cp.get('paths', 'chain'))
print(cp.get('paths', 'data', vars={'home': '/srv'}))
print(cp['paths']['data'])
print(cp.get('DEFAULT', 'home'))
for opt in ['raw', 'bad', 'single', 'deep1']:
    try:
        cp.get('paths', opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, e)
        print(e.args)
try:
    cp.items('paths')
except configparser.InterpolationMissingOptionError as e:
    print('items:', e.reference)
for bad in ['50%', '%(x', '%s', 'ok %% %(x)s %']:
    try:
        cp.set('paths', 'new', bad)
    except ValueError as e:
        print('ValueError:', e)
cp.set('paths', 'new', '%(user)s %% done')
print(cp.get('paths', 'new'))

ex = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ex.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local
[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/
[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
cost: $$5
missing: ${nope}
missing2: ${Nosect:x}
colons: ${a:b:c}
bare: $x
loop: ${loop}
""")
for opt in ['my_pictures', 'python_dir', 'cost', 'missing', 'missing2', 'colons', 'bare', 'loop']:
    try:
        print(opt, '=', ex.get('Arthur', opt))
    except configparser.Error as e:
        print(opt, type(e).__name__, e)
try:
    ex.set('Arthur', 'x', '$oops')
except ValueError as e:
    print('ValueError:', e)

raw = configparser.RawConfigParser()
raw.read_string("[s]\na = %(b)s\nb = 1\n")
print(raw.get('s', 'a'))
raw.set('s', 'n', 5)
print(raw.get('s', 'n'))
none = configparser.ConfigParser(interpolation=None)
none.read_string("[s]\na = %(b)s 100%\n")
print(none.get('s', 'a'))
try:
    configparser.ConfigParser(interpolation=3)
except TypeError as e:
    print('TypeError:', e)


class Upper(configparser.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()


up = configparser.ConfigParser(interpolation=Upper())
up.read_string("[s]\na = quiet\n")
print(up.get('s', 'a'), up.get('s', 'a', raw=True))
