/* method_docs.c — the __doc__ of builtin methods that pydoc shows on every class page:
 * CPython 3.11's slot-wrapper docstrings (one per special method name, whatever the type,
 * as its slotdefs table) and those of object's own methods, word for word.  A class's
 * method without a docstring inherits these (pydoc's _finddoc walks the MRO).
 * Assumes: a slot wrapper is a TrBuiltin of kind TR_METH_SLOT (object.c's add_wrapper). */
#include "tr.h"

typedef struct { const char *name, *doc; } MethodDoc;

static const MethodDoc slot_docs[] = {
    {"__abs__", "abs(self)"}, {"__add__", "Return self+value."}, {"__and__", "Return self&value."},
    {"__bool__", "True if self else False"}, {"__call__", "Call self as a function."},
    {"__contains__", "Return key in self."}, {"__delattr__", "Implement delattr(self, name)."},
    {"__delete__", "Delete an attribute of instance."}, {"__delitem__", "Delete self[key]."},
    {"__divmod__", "Return divmod(self, value)."}, {"__eq__", "Return self==value."}, {"__float__", "float(self)"},
    {"__floordiv__", "Return self//value."}, {"__ge__", "Return self>=value."},
    {"__get__", "Return an attribute of instance, which is of type owner."},
    {"__getattribute__", "Return getattr(self, name)."}, {"__getitem__", "Return self[key]."},
    {"__gt__", "Return self>value."}, {"__hash__", "Return hash(self)."}, {"__iadd__", "Implement self+=value."},
    {"__imul__", "Implement self*=value."},
    {"__index__", "Return self converted to an integer, if self is suitable for use as an index into a list."},
    {"__init__", "Initialize self.  See help(type(self)) for accurate signature."}, {"__int__", "int(self)"},
    {"__invert__", "~self"}, {"__ior__", "Return self|=value."}, {"__iter__", "Implement iter(self)."},
    {"__le__", "Return self<=value."}, {"__len__", "Return len(self)."}, {"__lshift__", "Return self<<value."},
    {"__lt__", "Return self<value."}, {"__mod__", "Return self%value."}, {"__mul__", "Return self*value."},
    {"__ne__", "Return self!=value."}, {"__neg__", "-self"}, {"__next__", "Implement next(self)."},
    {"__or__", "Return self|value."}, {"__pos__", "+self"}, {"__pow__", "Return pow(self, value, mod)."},
    {"__radd__", "Return value+self."}, {"__rand__", "Return value&self."},
    {"__rdivmod__", "Return divmod(value, self)."}, {"__repr__", "Return repr(self)."},
    {"__rfloordiv__", "Return value//self."}, {"__rlshift__", "Return value<<self."},
    {"__rmod__", "Return value%self."}, {"__rmul__", "Return value*self."}, {"__ror__", "Return value|self."},
    {"__rpow__", "Return pow(value, self, mod)."}, {"__rrshift__", "Return value>>self."},
    {"__rshift__", "Return self>>value."}, {"__rsub__", "Return value-self."},
    {"__rtruediv__", "Return value/self."}, {"__rxor__", "Return value^self."},
    {"__set__", "Set an attribute of instance to value."}, {"__setattr__", "Implement setattr(self, name, value)."},
    {"__setitem__", "Set self[key] to value."}, {"__str__", "Return str(self)."}, {"__sub__", "Return self-value."},
    {"__truediv__", "Return self/value."}, {"__xor__", "Return self^value."},
    {NULL, NULL},
};

static const MethodDoc object_docs[] = {
    {"__dir__", "Default dir() implementation."},
    {"__format__", "Default object formatter."},
    {"__getstate__", "Helper for pickle."},
    {"__init_subclass__", "This method is called when a class is subclassed.\n\n"
                          "The default implementation does nothing. It may be\n"
                          "overridden to extend subclasses.\n"},
    {"__new__", "Create and return a new object.  See help(type) for accurate signature."},
    {"__reduce__", "Helper for pickle."},
    {"__reduce_ex__", "Helper for pickle."},
    {"__sizeof__", "Size of object in memory, in bytes."},
    {"__subclasshook__", "Abstract classes can override this to customize issubclass().\n\n"
                         "This is invoked early on by abc.ABCMeta.__subclasscheck__().\n"
                         "It should return True, False or NotImplemented.  If it returns\n"
                         "NotImplemented, the normal algorithm is used.  Otherwise, it\n"
                         "overrides the normal algorithm (and the outcome is cached).\n"},
    {NULL, NULL},
};

static const char *lookup(const MethodDoc *table, const char *name) {
    for (; table->name; table++)
        if (!strcmp(table->name, name)) return table->doc;
    return NULL;
}

const char *tr_method_doc(const TrBuiltin *b) {
    if (b->kind == TR_METH_SLOT) return lookup(slot_docs, b->name);
    bool of_object = b->owner == &tr_object_type || b->self == (TrValue)&tr_object_type;
    return of_object ? lookup(object_docs, b->name) : NULL;
}
