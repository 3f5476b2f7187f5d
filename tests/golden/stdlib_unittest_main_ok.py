# unittest.main() on passing tests (verbosity=2, a skip, an expected failure): SystemExit(False) gives exit status 0
import unittest

collected = []


class Passing(unittest.TestCase):
    def test_one(self):
        collected.append(1)
        self.assertTrue(collected)

    @unittest.skip('skipped is still OK')
    def test_two(self):
        collected.append('never')

    @unittest.expectedFailure
    def test_three(self):
        self.assertEqual(1, 0)

    def tearDown(self):
        print('tearDown', self._testMethodName, collected)


if __name__ == '__main__':
    try:
        unittest.main(verbosity=2)
    except SystemExit as e:
        print('SystemExit', repr(e.code))
        raise
    print('not reached')
