# unittest: module fixtures and cleanups (enterModuleContext, addModuleCleanup, doModuleCleanups), enterClassContext, failing setUpModule and skipping setUpClass
import io
import re
import sys
import unittest

log = []
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): log.append('enter ' + self.n); return self.n
    def __exit__(self, *a): log.append('exit ' + self.n)
def setUpModule():
    log.append(unittest.enterModuleContext(Ctx('module')))
    unittest.addModuleCleanup(log.append, 'module cleanup')
def tearDownModule():
    log.append('tearDownModule')
class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append(cls.enterClassContext(Ctx('class')))
    def test_x(self):
        log.append('test_x')
s = io.StringIO()
r = unittest.TextTestRunner(stream=s).run(unittest.defaultTestLoader.loadTestsFromModule(sys.modules['__main__']))
print(log, r.wasSuccessful())
unittest.addModuleCleanup(lambda: 1/0)
try:
    unittest.doModuleCleanups()
except ZeroDivisionError as e:
    print('raised', e)

class Broken(unittest.TestCase):
    def test_y(self):
        log.append('never: module setup failed')

def failing_setup():
    unittest.addModuleCleanup(log.append, 'cleanup after failed setUpModule')
    raise RuntimeError('module setup broke')

class SkipsInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('skip the class from setUpClass')
    def test_z(self):
        log.append('never: skipped')

log.clear()
setUpModule = failing_setup
s = io.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.TestSuite([Broken('test_y')]))
print(s.getvalue().split('Traceback')[0])
print(r.testsRun, [str(t) for t, _ in r.errors], log)
del setUpModule
del tearDownModule
s = io.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.TestSuite([SkipsInSetUpClass('test_z')]))
print(re.sub(r'in [0-9.]+s', 'in T', s.getvalue()))
print(r.testsRun, [(str(t), why) for t, why in r.skipped], log)
