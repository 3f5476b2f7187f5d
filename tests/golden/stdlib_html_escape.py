# html.escape / html.unescape and the html.entities tables: named references with and
# without ';', longest-prefix matching, numeric references (decimal, hex, C1, surrogates,
# out of range, noncharacters).
import html
import html.entities
from html.entities import html5, name2codepoint, codepoint2name, entitydefs

print(html.escape('<a href="x">Tom & \'Jerry\'</a>'))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>', quote=False), html.escape(''))
print(html.escape('&amp;'), html.escape('caf\xe9 \u2603 >>'))
for s in ['&lt;b&gt;', '&amp;amp;', 'a &amp b', '&notit; &notin; &not', '&copy2020',
          '&#65;&#x42;&#X43;&#0068', '&#x1F600; &#128512;', '&#0; &#13; &#128; &#x81; &#150;',
          '&#xD800; &#1114112; &#99999999999;', '&#1;x&#x0B;y&#xFDD0;z&#x1FFFE;',
          '&unknown; & &; &#; &#x; &#xZ;', '&lt&gt&quot', '&ltx &LT; &Lt;', '&AMP',
          'no refs at all', '&' * 3, '&acE; &nbsp;|&NotEqualTilde;', '&zwnj;&zwj;',
          'x&abcdefghijklmnopqrstuvwxyzabcdefghijkl;', '&#x110000;', '&#x10FFFF;',
          '&#9;&#10;&#32;', '&ampamp;', '\u00e9&eacute;']:
    print(repr(s), '->', repr(html.unescape(s)))
print(html.unescape(html.escape('<>&"\'')) == '<>&"\'')
print(len(html5), len(name2codepoint), len(codepoint2name), len(entitydefs))
print(list(html5.items())[:6], list(html5)[-3:])
print(name2codepoint['hearts'], codepoint2name[0x2665], entitydefs['lt'], entitydefs['nbsp'] == '\xa0')
print(list(name2codepoint.items())[:4], list(codepoint2name.items())[:3])
print(html5['acE;'] == '\u223e\u0333', html5['amp'], html5['AMP;'], 'amp' in html5, 'hellip' in html5)
print(sorted(html.__all__), sorted(html.entities.__all__))
print(all(entitydefs[k] == chr(v) for k, v in name2codepoint.items()))
print(sum(len(v) for v in html5.values()), sum(map(ord, ''.join(html5.values()))))
