import _pkg
print(_pkg.VERSION, _pkg.__doc__, _pkg.__name__)
e = _pkg.Engine(150)
print(e.run(), _pkg.Engine(-5).run())
print(_pkg.util.clamp(5, 0, 3), _pkg.util.NAME, _pkg.util.__name__)
import _pkg.core
print(_pkg.core.Engine is _pkg.Engine, _pkg.core.__name__)
print(_pkg.util.double("ab"), _pkg.Engine(55).power)
from _pkg import util as u2
print(u2 is _pkg.util, u2.clamp(-5, 0, 10))
