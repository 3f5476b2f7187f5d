__all__ = ["public_func", "PUBLIC_CONST", "PublicClass"]
PUBLIC_CONST = 42
def public_func():
    return "public"
def _private_func():
    return "private"
def not_exported():
    return "not exported"
class PublicClass:
    def hello(self):
        return "hello from " + type(self).__name__
