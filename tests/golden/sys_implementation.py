# sys.implementation: a types.SimpleNamespace with the required attributes (their values
# name the implementation, so only their kinds are printed here).
import sys

impl = sys.implementation
print(type(impl).__name__, type(impl).__module__)
print(isinstance(impl.name, str), impl.name == impl.name.lower())
print(type(impl.version) is type(sys.version_info), len(impl.version), impl.version[3])
print(isinstance(impl.hexversion, int), impl.cache_tag is None or isinstance(impl.cache_tag, str))
print(repr(impl).startswith("namespace(name="), str(impl) == repr(impl), "version=" in str(impl))
print(hasattr(impl, "name"), hasattr(impl, "_no_such"), getattr(impl, "_build", "default"))
impl._extra = [1, 2]
print(impl._extra, "_extra=[1, 2]" in repr(impl))
del impl._extra
print(hasattr(impl, "_extra"), impl == sys.implementation)
try:
    impl.missing
except AttributeError as e:
    print("AttributeError")
