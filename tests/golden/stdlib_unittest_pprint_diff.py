# unittest: assertEqual messages for long lists, dicts and tuples end with the ndiff of their pprint forms
import unittest

messages = []


class LongDiffs(unittest.TestCase):
    maxDiff = None

    def check_fails(self, method, *args):
        with self.assertRaises(AssertionError) as cm:
            method(*args)
        messages.append('%s: %s' % (method.__name__, cm.exception))

    def test_long_lists(self):
        self.check_fails(self.assertEqual, list(range(30)), list(range(30))[:-1] + [99])
        self.check_fails(self.assertListEqual, ['item %d' % i for i in range(12)],
                         ['item %d' % i for i in range(1, 13)])

    def test_long_dicts(self):
        first = {'key%d' % i: 'value ' * i for i in range(8)}
        second = dict(first)
        second['key3'] = 'changed'
        self.check_fails(self.assertEqual, first, second)
        self.check_fails(self.assertDictEqual, {'nested': {'deep': list(range(20))}},
                         {'nested': {'deep': list(range(21))}})

    def test_tuples_of_strings(self):
        self.check_fails(self.assertTupleEqual, tuple('word%d' % i for i in range(25)),
                         tuple('word%d' % i for i in range(24)))

    def test_truncated(self):
        self.maxDiff = 200
        self.check_fails(self.assertEqual, [{'n': i, 'text': 'x' * 20} for i in range(10)],
                         [{'n': i, 'text': 'y' * 20} for i in range(10)])

    def test_short(self):
        self.check_fails(self.assertEqual, {'a': [1, 2], 'b': (3,)}, {'a': [1, 3], 'b': (3,)})
        self.check_fails(self.assertSequenceEqual, 'long string ' * 10, 'long string ' * 9)


result = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(LongDiffs).run(result)
print(result.testsRun, len(result.failures), len(result.errors))
for m in messages:
    print(m)
    print('---')
