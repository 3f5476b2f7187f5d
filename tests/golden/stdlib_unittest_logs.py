# unittest: assertLogs/assertNoLogs with logging, cleanups (enterContext, class cleanups, failing cleanup), -k patterns, debug()
import io
import logging
import unittest

seen = []


class Resource:
    def __enter__(self):
        seen.append('enter')
        return 'resource'

    def __exit__(self, *exc):
        seen.append('exit')


class Logs(unittest.TestCase):
    def test_assert_logs(self):
        with self.assertLogs('app', level='INFO') as cm:
            logging.getLogger('app').info('first message')
            logging.getLogger('app.db').error('second %s', 'message')
            logging.getLogger('app').debug('below the level')
        seen.append(cm.output)
        seen.append([r.levelname for r in cm.records])
        with self.assertLogs() as cm:
            logging.warning('on the root')
        seen.append(cm.output)
        with self.assertLogs('app', logging.ERROR):
            logging.getLogger('app').critical('critical counts')
        self.assertEqual(logging.getLogger('app').handlers, [])
        self.assertTrue(logging.getLogger('app').propagate)

    def test_assert_logs_fails(self):
        with self.assertRaises(AssertionError) as cm:
            with self.assertLogs('quiet', level=logging.WARNING):
                logging.getLogger('quiet').info('too low')
        seen.append(str(cm.exception))
        with self.assertRaises(AssertionError) as cm:
            with self.assertNoLogs('noisy'):
                logging.getLogger('noisy.child').warning('oops')
        seen.append(str(cm.exception))
        with self.assertNoLogs('fine'):
            logging.getLogger('fine').debug('below INFO')


class Cleanups(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(seen.append, 'class cleanup')

    def test_context(self):
        value = self.enterContext(Resource())
        seen.append(value)
        self.addCleanup(seen.append, 'cleanup 1')
        self.addCleanup(seen.append, 'cleanup 2')

    def test_failing_cleanup(self):
        def bad():
            raise ValueError('cleanup broke')
        self.addCleanup(bad)
        self.addCleanup(seen.append, 'runs first')

    def test_not_a_context_manager(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(42)
        seen.append(str(cm.exception))


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=0)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(Logs))
print(result.wasSuccessful(), result.testsRun)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(Cleanups))
print(result.wasSuccessful(), result.testsRun, [str(t) for t, _ in result.errors])
print(result.errors[0][1].split('\n')[-2])
for item in seen:
    print(item)
seen.clear()

loader = unittest.TestLoader()
loader.testNamePatterns = ['*assert_logs_fails*', '*Cleanups.test_c*']
print([t.id() for t in loader.loadTestsFromTestCase(Logs)],
      [t.id() for t in loader.loadTestsFromTestCase(Cleanups)])
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Cleanups))
loader.testMethodPrefix = 'test_f'
print(loader.getTestCaseNames(Cleanups))

prog = unittest.main(argv=['prog', '-k', 'context'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream))
print(prog.result.testsRun, [t for t in seen])
seen.clear()
Cleanups('test_context').debug()
print(seen)
try:
    Logs('test_assert_logs').run()
    print('run() without a result returns', type(Logs('test_assert_logs').run()).__name__)
except Exception as e:
    print('unexpected', e)
