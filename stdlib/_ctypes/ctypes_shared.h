/* ctypes_shared.h — what the parts of the `_ctypes` module share: the C types named by
 * ctypes' one-letter type codes (CPython's _type_ letters: "i" int, "z" char *, "v" void
 * for a result), read and written at raw addresses.  Assumes: Linux (wchar_t is UTF-32,
 * long double is libffi's longdouble). */
#ifndef TRC_CTYPES_SHARED_H
#define TRC_CTYPES_SHARED_H
#include "tr.h"
#include <ffi.h>

/* the libffi type of a code, NULL (no error) for an unknown one */
ffi_type *tr_ctypes_ffi_type(char code);
/* the value of type code at addr as a Python object (memory.c) */
TrValue tr_ctypes_get(const void *addr, char code);
/* store v as type code at addr: -1 + CPython's TypeError for a value of the wrong kind */
int tr_ctypes_set(void *addr, char code, TrValue v);
/* an int argument as an address (a pointer-sized unsigned int; None is NULL) */
int tr_ctypes_addr(TrValue v, void **out);

/* the module's functions: memory.c's (get, set, memmove, ...); call.c's (call,
 * closure, get_errno, set_errno), added with its callback type by tr_ctypes_call_ready */
extern const TrMethodDef tr_ctypes_memory_functions[];
void tr_ctypes_call_ready(TrValue module);
#endif
