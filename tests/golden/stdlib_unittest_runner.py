# unittest: fixtures order, cleanups, subTest, skips, expected failures, suites, loader, TextTestRunner output at verbosity 0/1/2, failfast, buffer, main(exit=False)
import io
import re
import sys
import unittest

events = []


def run_and_show(test, **kwargs):
    """Run with a TextTestRunner into a buffer; print its report without the timing and
    with only the first and last line of each traceback (paths differ between runtimes)."""
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(test)
    text = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests in T', stream.getvalue())
    in_traceback = False
    for line in text.split('\n'):
        if line.startswith('Traceback (most recent call last):'):
            in_traceback = True
            print(line)
        elif in_traceback and line.startswith(' '):
            continue
        else:
            in_traceback = False
            print(line)
    return result


def setUpModule():
    events.append('setUpModule')


def tearDownModule():
    events.append('tearDownModule')


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('setUpClass')
        cls.shared = ['made once']

    @classmethod
    def tearDownClass(cls):
        events.append('tearDownClass')

    def setUp(self):
        events.append('setUp ' + self._testMethodName)
        self.addCleanup(events.append, 'cleanup ' + self._testMethodName)

    def tearDown(self):
        events.append('tearDown ' + self._testMethodName)

    def test_b(self):
        """Second by name; docstring shows at verbosity 2."""
        events.append('test_b')
        self.assertEqual(self.shared, ['made once'])

    def test_a(self):
        events.append('test_a')

    def helper(self):
        events.append('never: not a test')


class Mixed(unittest.TestCase):
    def test_fail(self):
        self.assertIn(3, [1, 2])

    def test_error(self):
        raise RuntimeError('unexpected')

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.skipIf(True, 'condition true')
    def test_skipif(self):
        pass

    @unittest.skipUnless(True, 'never shown')
    def test_skipunless_runs(self):
        pass

    def test_skiptest(self):
        self.skipTest('decided at run time')

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, parity=i % 2):
                self.assertEqual(i % 2, 0)
        with self.subTest('labelled'):
            raise KeyError('inside subtest')


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append('never: skipped class setUpClass')

    def test_one(self):
        pass


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('setUpClass failed')

    def test_never(self):
        events.append('never: class setup failed')


class Printing(unittest.TestCase):
    def test_prints_and_fails(self):
        print('captured output')
        self.fail('with output')

    def test_prints_and_passes(self):
        print('dropped output')


loader = unittest.TestLoader()
fixtures = loader.loadTestsFromTestCase(Fixtures)
print(loader.getTestCaseNames(Fixtures), fixtures.countTestCases())
print(Fixtures('test_a'), repr(Fixtures('test_a')), Fixtures('test_a').id())
print(Fixtures('test_b').shortDescription(), Fixtures('test_a').shortDescription())
try:
    Fixtures('test_zzz')
except ValueError as e:
    print('ValueError', e)
result = run_and_show(fixtures, verbosity=2)
print(events)
print(result.wasSuccessful(), result.testsRun)
events.clear()

print('--- mixed, verbosity 1')
result = run_and_show(loader.loadTestsFromTestCase(Mixed))
print(result, len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
print([(str(t), r) for t, r in result.skipped])
print('--- mixed, verbosity 2')
run_and_show(loader.loadTestsFromTestCase(Mixed), verbosity=2)
print('--- verbosity 0, failfast')
result = run_and_show(loader.loadTestsFromTestCase(Mixed), verbosity=0, failfast=True)
print(result.testsRun, result.shouldStop)

print('--- class-level skip and failing setUpClass')
suite = unittest.TestSuite()
suite.addTests(loader.loadTestsFromTestCase(SkippedClass))
suite.addTest(BrokenSetUpClass('test_never'))
suite.addTest(Fixtures('test_a'))
result = run_and_show(suite, verbosity=2)
print(events)
print([str(t) for t, _ in result.errors])

print('--- buffer')
result = run_and_show(loader.loadTestsFromTestCase(Printing), buffer=True)
print('buffered stdout text in failure:', 'captured output' in result.failures[0][1])

print('--- suite misuse and FunctionTestCase')
for bad in [Fixtures, 5, 'abc']:
    try:
        unittest.TestSuite().addTests(bad) if isinstance(bad, str) else unittest.TestSuite().addTest(bad)
    except TypeError as e:
        print('TypeError', e)
ftc = unittest.FunctionTestCase(lambda: None, description='a function test')
print(ftc.shortDescription())
run_and_show(unittest.TestSuite([ftc]))

print('--- loadTestsFromName(s) and main(exit=False)')
module = sys.modules[__name__]
names = loader.loadTestsFromNames(['Fixtures.test_a', 'Printing'], module)
print(names.countTestCases())
events.clear()
stream = io.StringIO()
prog = unittest.main(module=__name__, argv=['prog', '-q', 'Fixtures'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream, verbosity=0))
print(prog.result.wasSuccessful(), prog.result.testsRun, events[:2], events[-2:])
