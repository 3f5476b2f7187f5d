/* type_docs.c — the __doc__ of the main builtin types: CPython 3.11's docstrings, word for
 * word, in each type's dict (other builtin types get __doc__ None from add_slot_wrappers
 * in object.c).  type's own dict keeps its __doc__ getter: type.__doc__ asks tr_builtin_doc.
 * Assumes: every type named here is readied before tr_init_type_docs runs. */
#include "tr.h"

static const struct { TrType *type; const char *doc; } docs[] = {
    {&tr_str_type,
     "str(object='') -> str\n"
     "str(bytes_or_buffer[, encoding[, errors]]) -> str\n"
     "\n"
     "Create a new string object from the given object. If encoding or\n"
     "errors is specified, then the object must expose a data buffer\n"
     "that will be decoded using the given encoding and error handler.\n"
     "Otherwise, returns the result of object.__str__() (if defined)\n"
     "or repr(object).\n"
     "encoding defaults to sys.getdefaultencoding().\n"
     "errors defaults to 'strict'."},
    {&tr_bytes_type,
     "bytes(iterable_of_ints) -> bytes\n"
     "bytes(string, encoding[, errors]) -> bytes\n"
     "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
     "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
     "bytes() -> empty bytes object\n"
     "\n"
     "Construct an immutable array of bytes from:\n"
     "  - an iterable yielding integers in range(256)\n"
     "  - a text string encoded using the specified encoding\n"
     "  - any object implementing the buffer API.\n"
     "  - an integer"},
    {&tr_bytearray_type,
     "bytearray(iterable_of_ints) -> bytearray\n"
     "bytearray(string, encoding[, errors]) -> bytearray\n"
     "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
     "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
     "bytearray() -> empty bytes array\n"
     "\n"
     "Construct a mutable bytearray object from:\n"
     "  - an iterable yielding integers in range(256)\n"
     "  - a text string encoded using the specified encoding\n"
     "  - a bytes or a buffer object\n"
     "  - any object implementing the buffer API.\n"
     "  - an integer"},
    {&tr_int_type,
     "int([x]) -> integer\n"
     "int(x, base=10) -> integer\n"
     "\n"
     "Convert a number or string to an integer, or return 0 if no arguments\n"
     "are given.  If x is a number, return x.__int__().  For floating point\n"
     "numbers, this truncates towards zero.\n"
     "\n"
     "If x is not a number or if base is given, then x must be a string,\n"
     "bytes, or bytearray instance representing an integer literal in the\n"
     "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
     "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
     "Base 0 means to interpret the base from the string as an integer literal.\n"
     ">>> int('0b100', base=0)\n"
     "4"},
    {&tr_float_type,
     "Convert a string or number to a floating point number, if possible."},
    {&tr_complex_type,
     "Create a complex number from a real part and an optional imaginary part.\n"
     "\n"
     "This is equivalent to (real + imag*1j) where imag defaults to 0."},
    {&tr_list_type,
     "Built-in mutable sequence.\n"
     "\n"
     "If no argument is given, the constructor creates a new empty list.\n"
     "The argument must be an iterable if specified."},
    {&tr_tuple_type,
     "Built-in immutable sequence.\n"
     "\n"
     "If no argument is given, the constructor returns an empty tuple.\n"
     "If iterable is specified the tuple is initialized from iterable's items.\n"
     "\n"
     "If the argument is a tuple, the return value is the same object."},
    {&tr_dict_type,
     "dict() -> new empty dictionary\n"
     "dict(mapping) -> new dictionary initialized from a mapping object's\n"
     "    (key, value) pairs\n"
     "dict(iterable) -> new dictionary initialized as if via:\n"
     "    d = {}\n"
     "    for k, v in iterable:\n"
     "        d[k] = v\n"
     "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
     "    in the keyword argument list.  For example:  dict(one=1, two=2)"},
    {&tr_set_type,
     "set() -> new empty set object\n"
     "set(iterable) -> new set object\n"
     "\n"
     "Build an unordered collection of unique elements."},
    {&tr_frozenset_type,
     "frozenset() -> empty frozenset object\n"
     "frozenset(iterable) -> frozenset object\n"
     "\n"
     "Build an immutable unordered collection of unique elements."},
    {&tr_range_type,
     "range(stop) -> range object\n"
     "range(start, stop[, step]) -> range object\n"
     "\n"
     "Return an object that produces a sequence of integers from start (inclusive)\n"
     "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
     "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
     "These are exactly the valid indices for a list of 4 elements.\n"
     "When step is given, it specifies the increment (or decrement)."},
    {&tr_bool_type,
     "bool(x) -> bool\n"
     "\n"
     "Returns True when the argument x is true, False otherwise.\n"
     "The builtins True and False are the only two instances of the class bool.\n"
     "The class bool is a subclass of the class int, and cannot be subclassed."},
    {&tr_slice_type,
     "slice(stop)\n"
     "slice(start, stop[, step])\n"
     "\n"
     "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2])."},
    {&tr_object_type,
     "The base class of the class hierarchy.\n"
     "\n"
     "When called, it accepts no arguments and returns a new featureless\n"
     "instance that has no instance attributes and cannot be given any.\n"
     ""},
    {&tr_type_type,
     "type(object) -> the object's type\n"
     "type(name, bases, dict, **kwds) -> a new type"},
    {&tr_memoryview_type,
     "Create a new memoryview object which references the given object."},
};

/* t's docstring from the table, or 0 */
TrValue tr_builtin_doc(TrType *t) {
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++)
        if (docs[i].type == t) return tr_str_from_cstr(docs[i].doc);
    return 0;
}

void tr_init_type_docs(void) {
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        TrValue old = tr_dict_get(docs[i].type->dict, TR_INTERN("__doc__"));
        if (!old || !TR_TYPE(old)->descr_get)
            tr_dict_set(docs[i].type->dict, TR_INTERN("__doc__"), tr_str_from_cstr(docs[i].doc));
    }
}
