# unittest.main(): discovers the TestCase classes of __main__, runs test* methods in sorted order, exits 1 on failure
import unittest


class Arithmetic(unittest.TestCase):
    def setUp(self):
        print('setUp', self._testMethodName)

    def test_zz_last(self):
        print('runs last')
        self.assertEqual(2 + 2, 4)

    def test_addition(self):
        print('addition')
        self.assertEqual(1 + 1, 3, 'arithmetic is broken')

    def test_division(self):
        print('division')
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    def not_a_test(self):
        print('never called')


class Strings(unittest.TestCase):
    def test_upper(self):
        print('upper')
        self.assertEqual('abc'.upper(), 'ABC')

    def test_error(self):
        print('error')
        return undefined_name


class NotATestCase:
    def test_ignored(self):
        print('never called either')


if __name__ == '__main__':
    unittest.main()
