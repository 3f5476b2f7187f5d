# unittest: assert methods and their failure messages (with the ndiff parts), assertRaises(Regex) as call and context manager
import unittest

messages = []


class Asserts(unittest.TestCase):
    def check_fails(self, method, *args, **kwargs):
        with self.assertRaises(AssertionError) as cm:
            method(*args, **kwargs)
        messages.append('%s: %s' % (method.__name__, cm.exception))

    def test_equality(self):
        self.assertEqual(3, 3)
        self.assertEqual([1, 2], [1, 2])
        self.assertEqual((1, 2), [1, 2][0:2] and (1, 2))
        self.assertNotEqual(1, 2)
        self.check_fails(self.assertEqual, 1, 2)
        self.check_fails(self.assertEqual, 'abc', 'abd')
        self.check_fails(self.assertEqual, 1, 2, 'custom')
        self.check_fails(self.assertEqual, [1, 2, 3], [1, 2, 4])
        self.check_fails(self.assertEqual, [1, 2], [1, 2, 3])
        self.check_fails(self.assertEqual, (1, 2, 3), (1,))
        self.check_fails(self.assertEqual, {'a': 1}, {'a': 2})
        self.check_fails(self.assertEqual, {1, 2}, {2, 3})
        self.check_fails(self.assertEqual, 'x' * 100, 'x' * 99 + 'y')
        self.check_fails(self.assertNotEqual, 'same', 'same')
        self.check_fails(self.assertListEqual, [1], (1,))
        self.check_fails(self.assertDictEqual, [], {})
        self.check_fails(self.assertSequenceEqual, [1, 2], [1, 3])
        self.check_fails(self.assertEqual, {'b': 1, 'a': [1, 2]}, {'a': [1, 3], 'b': 1})
        self.check_fails(self.assertEqual, 'one\ntwo\nthree\n', 'one\n2\nthree\nfour\n')
        self.check_fails(self.assertEqual, 'tab\tbed line', 'tab\tbad line')
        self.check_fails(self.assertEqual, ['x', ('y', 2)], ['x', ('y', 3), None])
        self.maxDiff = 20
        self.check_fails(self.assertEqual, [1, 2, 3], [1, 2, 4])
        self.maxDiff = 80 * 8
        self.assertSequenceEqual([1, 2], (1, 2))

    def test_truth_identity_membership(self):
        self.assertTrue([0])
        self.assertFalse('')
        self.assertIs(None, None)
        self.assertIsNot([], [])
        self.assertIsNone(None)
        self.assertIsNotNone(0)
        self.assertIn(2, [1, 2])
        self.assertNotIn(3, {1: 2})
        self.assertIsInstance(True, int)
        self.assertNotIsInstance(1, str)
        self.check_fails(self.assertTrue, 0)
        self.check_fails(self.assertFalse, [1])
        self.check_fails(self.assertIs, 1, None)
        self.check_fails(self.assertIsNot, None, None)
        self.check_fails(self.assertIsNone, 'v')
        self.check_fails(self.assertIsNotNone, None)
        self.check_fails(self.assertIn, 'z', 'abc')
        self.check_fails(self.assertNotIn, 1, [1])
        self.check_fails(self.assertIsInstance, 'a', int)
        self.check_fails(self.assertNotIsInstance, 'a', (int, str))
        self.check_fails(self.assertTrue, False, msg='with msg')

    def test_ordering_and_numbers(self):
        self.assertGreater(2, 1)
        self.assertGreaterEqual(2, 2)
        self.assertLess(1, 2)
        self.assertLessEqual(1, 1)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertAlmostEqual(1.0, 1.05, delta=0.1)
        self.assertNotAlmostEqual(1.0, 1.1)
        self.check_fails(self.assertGreater, 1, 2)
        self.check_fails(self.assertGreaterEqual, 1, 2)
        self.check_fails(self.assertLess, 'b', 'a')
        self.check_fails(self.assertLessEqual, 3, 2)
        self.check_fails(self.assertAlmostEqual, 1.0, 1.1)
        self.check_fails(self.assertAlmostEqual, 1, 3, places=0)
        self.check_fails(self.assertAlmostEqual, 10, 20, delta=5)
        self.check_fails(self.assertNotAlmostEqual, 1.0, 1.00000001)
        with self.assertRaises(TypeError) as cm:
            self.assertAlmostEqual(1, 2, places=2, delta=1)
        messages.append(str(cm.exception))

    def test_collections_and_regex(self):
        self.assertCountEqual([1, 2, 2, 'a'], ['a', 2, 1, 2])
        self.assertCountEqual([[1], [2]], [[2], [1]])
        self.check_fails(self.assertCountEqual, [1, 1, 2], [1, 2, 2, 3])
        self.check_fails(self.assertCountEqual, [[1], [1]], [[1]])
        self.assertRegex('hello world', r'wor\w+')
        self.assertNotRegex('hello', 'xyz')
        self.check_fails(self.assertRegex, 'hello', r'\d+')
        self.check_fails(self.assertNotRegex, 'abc123', r'\d+')
        self.assertSetEqual({1, 2}, frozenset([2, 1]))
        self.check_fails(self.assertSetEqual, {1}, {2})
        self.check_fails(self.assertMultiLineEqual, 'a\nb\n', 'a\nc\n')

    def test_raises(self):
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        self.assertRaises((KeyError, IndexError), [].pop)
        with self.assertRaises(ValueError) as cm:
            int('nope')
        messages.append('caught: %r %s' % (cm.exception, type(cm.exception).__name__))
        with self.assertRaisesRegex(KeyError, 'miss'):
            {}['missing']
        self.assertRaisesRegex(ValueError, r'base \d+', int, 'z')

        def quiet():
            return 1
        self.check_fails(self.assertRaises, ValueError, quiet)
        try:
            with self.assertRaises(OSError):
                pass
        except AssertionError as e:
            messages.append('context: %s' % e)
        try:
            with self.assertRaises(OSError, msg='extra words'):
                pass
        except AssertionError as e:
            messages.append('context msg: %s' % e)
        try:
            with self.assertRaisesRegex(ValueError, 'xyz'):
                raise ValueError('abc')
        except AssertionError as e:
            messages.append('regex: %s' % e)
        try:
            with self.assertRaises(KeyError):
                raise IndexError('other type passes through')
        except IndexError as e:
            messages.append('passed through: %s' % e)
        for bad in [(1,), (int,)]:
            try:
                self.assertRaises(*bad)
            except TypeError as e:
                messages.append('TypeError: %s' % e)
        try:
            self.assertRaises(ValueError, colour='red')
        except TypeError as e:
            messages.append('TypeError: %s' % e)

    def test_fail_and_long_message(self):
        self.check_fails(self.fail, 'explicit')
        self.longMessage = False
        self.check_fails(self.assertEqual, 1, 2, 'only mine')
        self.check_fails(self.assertEqual, 1, 2)


result = unittest.TestResult()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Asserts)
print(suite.countTestCases(), [t._testMethodName for t in suite])
suite.run(result)
print(result, result.wasSuccessful())
for test, text in result.failures + result.errors:
    print('unexpected problem in', test)
    print(text)
for m in messages:
    print(m)
