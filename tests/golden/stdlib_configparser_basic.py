# configparser: reading sections and options, DEFAULT fallback, typed getters, the
# mapping protocol, multi-line values, comments, custom delimiters and options.
import configparser

SRC = """
# a comment
; another
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg
ratio: 0.75
empty =

[topsecret.server.example]
Port = 50022
ForwardX11 = no
long = first line
   second line

   after a blank
  # not a comment inside? it is a comment
next = 1
[weird [brackets]] trailing
k=v=w
"""

cp = configparser.ConfigParser()
cp.read_string(SRC)
print(cp.sections())
print(cp.defaults())
print(list(cp))
print(len(cp), 'forge.example' in cp, 'nope' in cp, 'DEFAULT' in cp)
print(cp.options('forge.example'))
print(cp.get('forge.example', 'user'), cp['forge.example']['USER'])
print(cp.getint('topsecret.server.example', 'port'))
print(cp.getfloat('forge.example', 'ratio'))
print(cp.getboolean('forge.example', 'compression'), cp.getboolean('topsecret.server.example', 'forwardx11'))
print(repr(cp.get('topsecret.server.example', 'long')))
print(repr(cp.get('forge.example', 'empty')))
print(cp.get('weird [brackets]', 'k'))
print(cp.has_section('forge.example'), cp.has_section('DEFAULT'))
print(cp.has_option('forge.example', 'compressionlevel'), cp.has_option('forge.example', 'x'),
      cp.has_option('nope', 'user'), cp.has_option('', 'compression'), cp.has_option(None, 'user'))
print(cp.get('forge.example', 'missing', fallback='fb'))
print(cp.get('nosection', 'missing', fallback=None))
print(cp.getint('forge.example', 'missing', fallback=7))
print(cp.items('forge.example'))
print(cp.items('DEFAULT'))
print([(name, repr(proxy)) for name, proxy in cp.items()])
sec = cp['topsecret.server.example']
print(sec, sec.name, sec.parser is cp, len(sec), list(sec))
print(sec.get('port'), sec.getint('port'), sec.get('absent'), sec.get('absent', 'x'))
print(sec.getboolean('compression'), sec.getfloat('compressionlevel'))
print(dict(cp['forge.example']))
print(cp.get('forge.example', 'user', vars={'User': 'override'}))
print(cp.items('forge.example', vars={'extra': 'e'}))
print(cp.BOOLEAN_STATES['on'])

# mapping assignment and deletion
cp['new'] = {'a': '1', 'B': 'two', 'c': ''}
print(cp.items('new', raw=True))
sec = cp['new']
sec['d'] = 'four'
del sec['a']
print(list(sec), 'd' in sec, 'a' in sec)
cp.set('new', 'e', 'five')
print(cp.remove_option('new', 'e'), cp.remove_option('new', 'e'))
print(cp.remove_section('new'), cp.remove_section('new'))
del cp['weird [brackets]']
print(cp.sections())
print(cp.popitem()[0], cp.sections())

# inline comments, custom delimiters, options without values, other case rules
raw = configparser.RawConfigParser(allow_no_value=True, inline_comment_prefixes=('#', ';'),
                                   delimiters=(':=', '='), comment_prefixes=('//',))
raw.read_string("""[s]
flag
a := 1 ; comment
b = x#notcomment # comment
c := p:=q
// full comment
  //   indented comment
d = %(nothing)s
""")
print(raw.items('s'))
raw.optionxform = str
raw.read_string("[t]\nMixedCase = 1\n")
print(raw.options('t'))

nb = configparser.ConfigParser(empty_lines_in_values=False, default_section='general',
                               defaults={'x': 1, 'y': 2.5})
nb.read_string("[general]\nz = 3\n[a]\nv = one\n  two\n\nw = 2\n")
print(nb.defaults(), nb.sections(), nb.items('a'))
try:
    nb.read_string("[b]\nv = one\n\n  two\n")
except configparser.ParsingError as e:
    print(e)

# read_dict, converters
cv = configparser.ConfigParser(converters={'list': lambda v: v.split(',')})
cv.read_dict({'s': {'items': 'a,b,c', 'n': 5}, 7: {'k': True}})
print(cv.getlist('s', 'items'), cv['s'].getlist('items'), cv['7']['k'])
print(sorted(cv.converters), cv.converters['list'] is not None, cv.converters['int'])
cv.converters['upper'] = str.upper
print(cv.getupper('s', 'items'), cv['s'].getupper('items'))
del cv.converters['upper']
print(hasattr(cv, 'getupper'), len(cv.converters))

# non-strict parsers merge repeated sections and options
ns = configparser.ConfigParser(strict=False)
ns.read_string("[a]\nx = 1\n[a]\nx = 2\ny = 3\n")
print(ns.items('a'))
ns.read_string("[a]\nz = 4\n")
print(ns.options('a'))
