# difflib: SequenceMatcher blocks/opcodes/ratios, ndiff with '?' guide lines, unified_diff, get_close_matches, restore
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(None, " abcd", "abcd abcd").find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
a = "qabxcd"
b = "abycdf"
for op in difflib.SequenceMatcher(None, a, b).get_opcodes():
    print('%7s a[%d:%d] (%s) b[%d:%d] (%s)' % (op[0], op[1], op[2], a[op[1]:op[2]], op[3], op[4], b[op[3]:op[4]]))
# popular elements are junk for long sequences
long_a = 'x' * 250 + 'abc'
long_b = 'abc' + 'x' * 250
print(difflib.SequenceMatcher(None, long_a, long_b).get_matching_blocks()[:3])
print(difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).get_matching_blocks()[:3])

text1 = ['one\n', 'two\n', 'three\n']
text2 = ['ore\n', 'tree\n', 'emu\n']
diff = list(difflib.ndiff(text1, text2))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
print(''.join(difflib.ndiff(['abcDefghiJkl\n'], ['abcdefGhijkl\n'])), end='')
print(''.join(difflib.ndiff(['\tabcDefghiJkl\n'], ['\tabcdefGhijkl\n'])), end='')
print(list(difflib.ndiff(['[1, 2, 3]'], ['[1, 2, 4]'])))
print(list(difflib.ndiff(['same\n', 'x\n', 'totally different\n'], ['same\n', 'nothing alike at all\n'])))
old = ['line %d\n' % i for i in range(12)]
new = old[:]
new[2] = 'changed two\n'
del new[8]
new.append('appended\n')
print(''.join(difflib.unified_diff(old, new, fromfile='before.txt', tofile='after.txt')), end='')
print(list(difflib.unified_diff(['a'], ['b'], 'x', 'y', '2020', '2021', lineterm='')))
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'steel'], n=2, cutoff=0.5))
for bad in [dict(n=0), dict(cutoff=2)]:
    try:
        difflib.get_close_matches('x', ['y'], **bad)
    except ValueError as e:
        print('ValueError', e)
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('code\n'), difflib.IS_CHARACTER_JUNK('\t'))
