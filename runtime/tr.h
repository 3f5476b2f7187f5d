/* tr.h — the trc runtime API: value model, type slots, objects, errors, calls.
 * Everything generated C and the stdlib may use is declared here; internal helpers
 * of one runtime file stay static in that file.
 * Assumes: Boehm GC with threads, GMP for big ints, a C11 compiler (gcc, clang, tcc). */
#ifndef TR_H
#define TR_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#ifndef GC_THREADS
#define GC_THREADS
#endif
#include <gc.h>
#include "direct_builtins.h"

/* The inline fast paths generated code calls, written
 *     TR_FAST type name(params) TR_FAST_BODY({ ... })
 * Plain `inline` for cc: forcing them (always_inline) saved 6% of fannkuch's
 * instructions but no measurable time, and cost 1.4 s of cc per build of bm_hexiom
 * (docs/architecture.md, "Build time").  libtcc (`trc run`, __TINYC__) inlines nothing
 * and compiles them poorly, so there a fast path is only declared: its calls reach the
 * copy cc compiled from the same body into the runtime (fast_paths.c, which defines
 * TR_FAST_EXPORT; tools/gen_symtab.sh hands its address to libtcc). */
#if defined(__TINYC__)
#define TR_FAST
#define TR_FAST_BODY(...) ;
#elif defined(TR_FAST_EXPORT)
#define TR_FAST
#define TR_FAST_BODY(...) __VA_ARGS__
#else
#define TR_FAST static inline
#define TR_FAST_BODY(...) __VA_ARGS__
#endif

#if defined(__GNUC__) || defined(__clang__)
#define TR_LIKELY(x) __builtin_expect(!!(x), 1)
#define TR_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define TR_NORETURN __attribute__((noreturn))
#define TR_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define TR_LIKELY(x) (x)
#define TR_UNLIKELY(x) (x)
#define TR_NORETURN
#define TR_PRINTF(a, b)
#endif

/* ======================================================================== values */

typedef struct TrObject TrObject;
typedef struct TrType TrType;
typedef struct TrBuffer TrBuffer; /* the buffer protocol, below with bytes */

/* A TrValue is one machine word: either a tagged small int (low bit 1, value in the
 * remaining bits: 63 bits on 64-bit targets, 31 on 32-bit) or a pointer to a heap or
 * static object whose first word is its type.  The null pointer (0) is never a value:
 * it is the error sentinel — a function returning TrValue returns 0 exactly when it
 * has set the current exception (tr_next is the one documented exception). */
typedef TrObject *TrValue;

struct TrObject {
    TrType *type;
};

#define TR_IS_SMALL(v) (((uintptr_t)(v)) & 1u)
#define TR_SMALL_VAL(v) (((intptr_t)(v)) >> 1) /* arithmetic shift (gcc, clang, tcc) */
#define TR_FROM_SMALL(i) ((TrValue)((((uintptr_t)(intptr_t)(i)) << 1) | 1u))
#define TR_SMALL_MAX (INTPTR_MAX >> 1)
#define TR_SMALL_MIN (INTPTR_MIN >> 1)
#define TR_FITS_SMALL(i) ((i) >= TR_SMALL_MIN && (i) <= TR_SMALL_MAX)

/* Hashes are CPython's Py_hash_t values, pointer-sized (held in an int64_t): numbers
 * hash modulo the Mersenne prime 2**61-1 with 64-bit pointers, 2**31-1 with 32-bit ones
 * (sys.hash_info); the mixing of tuple, frozenset and complex hashes wraps at that width. */
#define TR_HASH_BITS (UINTPTR_MAX > 0xffffffffu ? 61 : 31)
#define TR_HASH_MODULUS ((INT64_C(1) << TR_HASH_BITS) - 1)

extern TrType tr_int_type;
TR_FAST TrType *TR_TYPE(TrValue v) TR_FAST_BODY({ return TR_IS_SMALL(v) ? &tr_int_type : v->type; })
#define TR_TYPE_NAME(v) (TR_TYPE(v)->name)

/* ================================================================== allocation */
/* All allocation goes through these.  Atomic memory is not scanned by the GC: use
 * it only for blocks that hold no pointers to GC objects (string bytes, limbs). */
void tr_alloc_init(void);           /* reads TRC_GC_STRESS (see alloc.c) */
void *tr_alloc(size_t size);        /* zeroed, scanned; aborts with MemoryError text on OOM */
void *tr_alloc_atomic(size_t size); /* not zeroed, not scanned */
void *tr_alloc_uncleared(size_t size); /* scanned, not zeroed (GMP's blocks) */
/* The same without libgc's end byte (a 48-byte request is 48 bytes, not 64): only
 * for objects nobody holds a pointer one past the end of (see alloc.c) */
void *tr_alloc_atomic_exact(size_t size);
void *tr_realloc(void *p, size_t size);
TrValue tr_object_alloc(TrType *type, size_t size); /* zeroed object with header set */

/* ======================================================================== types */

enum TrCompareOp { TR_LT, TR_LE, TR_EQ, TR_NE, TR_GT, TR_GE };

enum TrBinOp {
    TR_ADD, TR_SUB, TR_MUL, TR_MATMUL, TR_TRUEDIV, TR_FLOORDIV, TR_MOD, TR_POW,
    TR_LSHIFT, TR_RSHIFT, TR_AND, TR_OR, TR_XOR,
    TR_NB_COUNT
};

typedef TrValue (*TrUnaryFn)(TrValue);
typedef TrValue (*TrBinaryFn)(TrValue, TrValue);
/* Vectorcall convention: positional args then the values of keyword args, whose names
 * are the tuple kwnames (or 0 when there are none); nargs counts positional args only. */
typedef TrValue (*TrCFunc)(TrValue *args, size_t nargs, TrValue kwnames);
typedef TrValue (*TrCallFn)(TrValue callable, TrValue *args, size_t nargs, TrValue kwnames);
typedef TrValue (*TrNewFn)(TrType *type, TrValue *args, size_t nargs, TrValue kwnames);
typedef int (*TrInitFn)(TrValue self, TrValue *args, size_t nargs, TrValue kwnames);

enum TrTypeFlags {
    TR_TF_HEAPTYPE = 1 << 0,   /* a user class (allocated at run time) */
    TR_TF_BASETYPE = 1 << 1,   /* may be subclassed */
    TR_TF_EXCEPTION = 1 << 2,  /* BaseException or a subclass */
    TR_TF_INT_SUBCLASS = 1 << 3,
    TR_TF_STR_SUBCLASS = 1 << 4,
    TR_TF_TUPLE_SUBCLASS = 1 << 5,
    TR_TF_LIST_SUBCLASS = 1 << 6,
    TR_TF_DICT_SUBCLASS = 1 << 7,
    TR_TF_TYPE_SUBCLASS = 1 << 8,
    TR_TF_ATOMIC = 1 << 9,     /* instances hold no GC pointers besides the type word */
    TR_TF_SHAPED = 1 << 10,    /* the __dict__ slot may hold a TrAttrs (obj_shape.c) */
    TR_TF_ABSTRACT = 1 << 11,  /* __abstractmethods__ is set and not empty: no instances */
    TR_TF_WEAKREFABLE = 1 << 12, /* instances may be weakly referenced (here or in a base) */
    TR_TF_OWN_GETATTR = 1 << 13, /* a builtin type that sets getattr itself, as CPython's that set
                                    tp_getattro: it has its own __getattribute__ wrapper */
    TR_TF_SEQ_REPEAT = 1 << 14, /* s * n repeats the sequence (CPython's sq_repeat): list, tuple, str,
                                   bytes, bytearray, deque, array and their subclasses */
    TR_TF_HAS_DEL = 1 << 15,   /* a user class whose MRO defines __del__: instances get a finalizer */
};

/* A type.  Builtin types are static objects (see the table at the end of each
 * runtime file); user classes are allocated by tr_class_new and use the same slots,
 * filled with functions that call the class's dunder methods.  A slot left 0 is
 * inherited from the base when the type is readied (tr_type_ready). */
struct TrType {
    TrObject ob;            /* type of the type: &tr_type_type or a metaclass */
    const char *name;       /* __name__ (for builtins: "int", "KeyError"...) */
    unsigned flags;
    unsigned shape_hint;    /* most attributes an instance has had (TR_TF_SHAPED) */
    size_t basicsize;       /* bytes of an instance */
    size_t dictoffset;      /* offset of the instance __dict__ slot, 0 = none */
    TrType *base;           /* primary base (solid base chain) */
    TrValue bases;          /* tuple of bases */
    TrValue mro;            /* tuple of types, self first */
    TrValue dict;           /* class namespace (dict) */
    TrValue qualname;       /* str or 0 (then name) */
    TrValue module;         /* str or 0 ("builtins") */

    TrUnaryFn repr, str;
    int64_t (*hash)(TrValue);                        /* -1 on error */
    TrValue (*richcompare)(TrValue, TrValue, int op); /* tr_NotImplemented if unsupported */
    TrValue (*getattr)(TrValue obj, TrValue name);   /* full lookup; 0 + AttributeError */
    int (*setattr)(TrValue obj, TrValue name, TrValue v); /* v == 0 deletes; -1 on error */
    TrCallFn call;
    TrUnaryFn iter;
    TrUnaryFn next;        /* 0 with no exception set: exhausted */
    intptr_t (*len)(TrValue);                        /* -1 on error */
    TrBinaryFn getitem;
    int (*setitem)(TrValue obj, TrValue key, TrValue v); /* v == 0 deletes */
    int (*contains)(TrValue obj, TrValue item);      /* 1, 0, or -1 on error */
    int (*truth)(TrValue);                           /* 1, 0, or -1 on error */
    /* Binary number ops: called with the type's instance on either side (as CPython's
     * nb_add); return tr_NotImplemented when the operand combination is unsupported. */
    TrBinaryFn nb[TR_NB_COUNT];
    TrBinaryFn nb_inplace[TR_NB_COUNT]; /* 0: fall back to nb */
    TrUnaryFn neg, pos, invert, abs;
    TrUnaryFn to_int, to_float, index; /* __int__, __float__, __index__ */
    TrNewFn new_;   /* allocate + construct (tp_new) */
    TrInitFn init;  /* initialise (tp_init), may be 0 */
    TrValue (*descr_get)(TrValue descr, TrValue obj, TrValue type); /* obj 0 on class access */
    int (*descr_set)(TrValue descr, TrValue obj, TrValue v);        /* v 0: delete */
    void *extra;    /* per-type data for the owning file */
    /* bytes-like objects besides bytes and bytearray (array.array, memoryview): fills
     * a TrBuffer with their memory; 0, or -1 with an error set */
    int (*buffer)(TrValue self, TrBuffer *view);
};

extern TrType tr_type_type, tr_object_type, tr_bool_type, tr_float_type, tr_complex_type,
    tr_str_type, tr_bytes_type, tr_bytearray_type, tr_list_type, tr_tuple_type, tr_dict_type,
    tr_set_type, tr_frozenset_type, tr_range_type, tr_slice_type, tr_none_type,
    tr_notimplemented_type, tr_ellipsis_type, tr_function_type, tr_builtin_type,
    tr_method_type, tr_cell_type, tr_module_type, tr_property_type, tr_staticmethod_type,
    tr_classmethod_type, tr_super_type, tr_file_type;

void tr_type_ready(TrType *t); /* compute mro/dict, inherit 0 slots from base */
int tr_type_is_subtype(TrType *a, TrType *b);
TR_FAST int tr_isinstance_exact(TrValue v, TrType *t) TR_FAST_BODY({ return TR_TYPE(v) == t; })
TR_FAST int tr_isinstance_type(TrValue v, TrType *t) TR_FAST_BODY({
    TrType *vt = TR_TYPE(v);
    return vt == t || tr_type_is_subtype(vt, t);
})
TrValue tr_type_lookup(TrType *t, TrValue name); /* MRO lookup; 0 if absent, never sets error */
/* A type's namespace changed at the key of this hash (-1: any key, or an MRO changed):
 * drops tr_type_lookup's cached results for the names of that hash. */
void tr_type_ns_changed(int64_t hash);
/* The method cache is no root: tr_alloc_init makes it a cache block (object.c) */
void tr_method_cache_unroot(void);
/* Add C methods to a builtin type's dict (called from each file's ready function). */
typedef struct TrMethodDef {
    const char *name;
    TrCFunc fn;   /* args[0] is self (for class methods: the class) */
    int kind;     /* TR_METH_INSTANCE, TR_METH_STATIC, TR_METH_CLASS, TR_METH_COEXIST */
} TrMethodDef;
/* An instance method named like a slot (__add__, __len__, ...) becomes a slot wrapper,
 * TR_METH_SLOT, with CPython's wrapper checks; TR_METH_COEXIST keeps it a plain method,
 * as CPython's METH_COEXIST methods (list.__getitem__, dict.__contains__) are. */
enum { TR_METH_INSTANCE, TR_METH_STATIC, TR_METH_CLASS, TR_METH_COEXIST, TR_METH_SLOT };
void tr_type_add_methods(TrType *t, const TrMethodDef *defs); /* terminated by {0} */
void tr_type_add_getter(TrType *t, const char *name, TrUnaryFn get); /* read-only property */
void tr_type_add_getset(TrType *t, const char *name, TrUnaryFn get, int (*set)(TrValue obj, TrValue v)); /* v 0: del */
/* __dict__ of a type whose instances have one and whose base's do not (object.c) */
void tr_type_add_dict_getset(TrType *t);
/* obj's first weak reference (obj.__weakref__), or 0; set once _weakref is imported */
extern TrValue (*tr_first_weakref_fn)(TrValue obj);
void tr_type_note_class(TrType *t); /* a new user class, for type.__subclasses__ (held weakly) */
/* A list of objects held weakly (weak_list.c): an entry goes when its object is
 * collected.  Zero-initialised is empty. */
typedef struct TrWeakList { uintptr_t *slots; size_t len, cap; } TrWeakList;
void tr_weak_list_add(TrWeakList *l, TrValue v);
TrValue tr_weak_list_items(TrWeakList *l); /* the live objects, oldest first: a new list */
/* fn(c, ctx) for every live user class c, oldest first (a base before its subclasses) */
void tr_type_each_class(void (*fn)(TrType *c, void *ctx), void *ctx);
extern const char *const tr_nb_dunders[][3]; /* per TR_NB_*: "__add__", "__radd__", "__iadd__" */
extern const TrMethodDef tr_class_getitem_methods[]; /* list[int] (obj_generic_alias.c) */
/* __sizeof__ methods: the instance's fixed size plus extra bytes it owns (checks the arguments) */
TrValue tr_sizeof(TrValue *args, size_t nargs, TrValue kwnames, size_t extra);
TrValue tr_dir_default(TrValue obj, bool as_class); /* object/type.__dir__: unsorted names (builtins.c) */

/* ================================================================== singletons */

extern TrObject tr_none_obj, tr_notimplemented_obj, tr_ellipsis_obj;
typedef struct TrBool { TrObject ob; long value; } TrBool;
extern TrBool tr_true_obj, tr_false_obj;
#define tr_None (&tr_none_obj)
#define tr_NotImplemented (&tr_notimplemented_obj)
#define tr_Ellipsis (&tr_ellipsis_obj)
#define tr_True ((TrValue)&tr_true_obj)
#define tr_False ((TrValue)&tr_false_obj)
TR_FAST TrValue tr_bool(int b) TR_FAST_BODY({ return b ? tr_True : tr_False; })

/* ======================================================================= ints */
/* Small ints are tagged words; others are TrLong (GMP mpz).  A TrLong always holds a
 * value outside the small range (canonical form), so equal ints compare by tag first.
 * bool is a subclass of int: tr_int_check accepts True/False. */
#include <gmp.h>
typedef struct TrLong { TrObject ob; mpz_t z; } TrLong;

TrValue tr_int_from_i64(int64_t i);
TrValue tr_int_from_u64(uint64_t u);
TrValue tr_int_from_double(double d);                 /* int(float): truncates; errors on inf/nan */
TrValue tr_int_from_mpz(const mpz_t z);               /* copies, canonicalises */
TrValue tr_int_from_string(const char *s, size_t len, int base); /* int(str, base) rules */
TrValue tr_int_literal(const char *digits);           /* compiler literal, base prefix allowed */
int tr_int_check(TrValue v);                          /* int, bool or int subclass */
int tr_int_as_i64(TrValue v, int64_t *out);           /* -1 + OverflowError */
int tr_int_sign(TrValue v);
double tr_int_as_double(TrValue v, int *overflow);
void tr_int_as_mpz(TrValue v, mpz_t out);             /* out must be mpz_init'ed */
TrValue tr_int_divmod(TrValue a, TrValue b);          /* divmod of two ints (NotImplemented otherwise) */
/* __index__ protocol: int, bool, or an object with __index__; TypeError otherwise */
int tr_index(TrValue v, int64_t *out);                /* -1 + error (OverflowError if big) */
int tr_as_c_int(TrValue v, int *out);     /* through __index__; CPython's C int OverflowError text */
int tr_as_c_long(TrValue v, int64_t *out); /* ... C long (and long long, off_t) text */
int tr_as_id(TrValue v, const char *kind, uint32_t *out); /* a uid/gid ("uid" or "gid"): -1 is all ones */
TrValue tr_from_id(uint32_t id);          /* a uid/gid as an int: all ones is -1 */
TrValue tr_number_index(TrValue v);                   /* returns the int */
TrValue tr_int_slow_add(TrValue a, TrValue b);        /* generic paths behind fast paths */
TrValue tr_int_slow_sub(TrValue a, TrValue b);
TrValue tr_int_slow_mul(TrValue a, TrValue b);
TrValue tr_int_to_str_base(TrValue v, int base);      /* for hex/oct/bin/str */
TrValue tr_int_pow3(TrValue a, TrValue b, TrValue m); /* pow(a, b, m) */
/* int_str_limit.c: the digit limit of decimal (any non-power-of-two base) conversions */
#define TR_INT_DEFAULT_MAX_STR_DIGITS 4300
#define TR_INT_MAX_STR_DIGITS_THRESHOLD 640
extern int tr_int_max_str_digits;      /* 0: unlimited */
extern int tr_int_max_str_digits_env;  /* sys.flags.int_max_str_digits: PYTHONINTMAXSTRDIGITS or -1 */
void tr_int_str_limit_init(void);      /* reads PYTHONINTMAXSTRDIGITS; a bad value exits */
int tr_int_set_max_str_digits(int n);               /* -1 + ValueError */
TrValue tr_int_str_limit_error_to_int(size_t digits); /* raise; returns 0 */
TrValue tr_int_str_limit_error_to_str(void);

/* ===================================================================== floats */
typedef struct TrFloat { TrObject ob; double value; } TrFloat;
typedef struct TrComplex { TrObject ob; double real, imag; } TrComplex;
/* A new float: inline, a pop from alloc.c's free list of one-granule atomic cells
 * (empty, so every allocation takes the slow path, under TRC_GC_STRESS). */
extern void *tr_float_cells;
TrValue tr_float_new_slow(double d);
TR_FAST TrValue tr_float_new(double d) TR_FAST_BODY({
    TrFloat *f = (TrFloat *)tr_float_cells;
    if (TR_UNLIKELY(!f)) return tr_float_new_slow(d);
    tr_float_cells = *(void **)f;
    f->ob.type = &tr_float_type;
    f->value = d;
    return (TrValue)f;
})
int tr_float_check(TrValue v);
int tr_as_double(TrValue v, double *out); /* float, int, bool, __float__/__index__; -1 TypeError */
#define TR_FLOAT_VAL(v) (((TrFloat *)(v))->value)
#define TR_IS_EXACT_FLOAT(v) (!TR_IS_SMALL(v) && (v)->type == &tr_float_type) /* reads v twice */
TR_FAST int tr_is_exact_float(TrValue v) TR_FAST_BODY({ return TR_IS_EXACT_FLOAT(v); })
#ifdef __TINYC__
#define tr_is_exact_float TR_IS_EXACT_FLOAT /* inline: a call costs libtcc more (a variable's test) */
#endif
/* repr(float) as CPython: shortest round-tripping digits, 'inf', 'nan', '1e+16'. */
TrValue tr_float_repr(TrValue v);
size_t tr_double_repr(double d, char *buf, size_t cap);
TrValue tr_complex_new(double re, double im);
/* a op b on two complex numbers given by their parts, op TR_ADD, TR_SUB, TR_MUL or
 * TR_TRUEDIV (ZeroDivisionError for a zero divisor) */
TrValue tr_complex_arith(int op, double ar, double ai, double br, double bi);
TrValue tr_float_round(TrValue x, TrValue ndigits);   /* round(); ndigits None -> int */

/* ==================================================================== strings */
/* Immutable UTF-8.  len is in bytes, nchars in code points; ascii means len == nchars
 * (O(1) indexing).  hash is -1 until computed.  data is NUL-terminated and zero-padded
 * to a multiple of 8 bytes (data is 8-aligned), so it can be read a word at a time. */
typedef struct TrStr {
    TrObject ob;
    size_t len;
    size_t nchars;
    int64_t hash;
    uint8_t ascii;
    uint8_t interned;
    TrValue dict;    /* the instance __dict__ of str subclasses (0 for str) */
    char data[];
} TrStr;
#define TR_STR(v) ((TrStr *)(v))
TrValue tr_str_new(const char *utf8, size_t len);    /* copies; bytes must be valid UTF-8 */
TrValue tr_str_adopt(void *mem, size_t size, size_t len); /* the str made in atomic memory whose data is filled, or NULL */
TrValue tr_str_from_cstr(const char *s);
TrValue tr_str_intern(const char *s);                 /* unique object per content */
/* tr_str_intern of a string literal, looked up once per call site (interned strings
 * live forever in the intern table, so the cached pointer stays valid) */
#define TR_INTERN(lit) \
    ({ static TrValue tr_interned_; tr_interned_ ? tr_interned_ : (tr_interned_ = tr_str_intern(lit)); })
TrValue tr_str_fmt(const char *fmt, ...);             /* printf + %R repr, %S str, %T type name of a TrValue */
TrValue tr_str_vfmt(const char *fmt, va_list ap);
int tr_str_check(TrValue v);
TR_FAST const char *tr_str_cstr(TrValue s) TR_FAST_BODY({ return TR_STR(s)->data; })
int tr_str_eq(TrValue a, TrValue b);                  /* both str */
bool tr_str_compare(TrValue a, TrValue b, int op);    /* both str: a op b, op TR_LT..TR_GE */
/* The bytes of two strs of the same len are equal: word by word, exact thanks to the
 * zero padding, and without a call (memcmp is faster for long strings). */
TR_FAST bool tr_str_bytes_eq(const TrStr *x, const TrStr *y) TR_FAST_BODY({
    size_t n = x->len;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t a, b;
        memcpy(&a, x->data + i, 8);
        memcpy(&b, y->data + i, 8);
        if (a != b) return false;
    }
    return true;
})
int tr_str_eq_cstr(TrValue a, const char *s);
TrValue tr_str_concat(TrValue a, TrValue b);
TrValue tr_str_join_n(TrValue *parts, size_t n);      /* all str; for f-strings */
TrValue tr_str_getitem_index(TrValue s, int64_t i);   /* one code point */
int64_t tr_str_hash(TrValue s);
TrValue tr_str_percent(TrValue fmt, TrValue args);    /* fmt % args */
TrValue tr_str_format(TrValue fmt, TrValue args, TrValue kwargs); /* str.format */
TrValue tr_format(TrValue v, TrValue spec);           /* builtin format(); spec str or 0 */
/* Format-spec mini-language helpers shared by int/float/str __format__ */
TrValue tr_format_int(TrValue v, TrValue spec);
TrValue tr_format_float(double d, TrValue spec);
TrValue tr_format_complex(double re, double im, TrValue spec);
TrValue tr_format_str(TrValue s, TrValue spec);
/* Decode one code point from UTF-8 at p (returns bytes consumed) and encode. */
size_t tr_utf8_decode(const char *p, uint32_t *cp);
size_t tr_utf8_encode(uint32_t cp, char *out);

/* Growable byte buffer used to build strings. */
typedef struct TrBuf { char *data; size_t len, cap; } TrBuf;
void tr_buf_init(TrBuf *b);
void tr_buf_add(TrBuf *b, const char *s, size_t n);
void tr_buf_adds(TrBuf *b, const char *s);
void tr_buf_addc(TrBuf *b, char c);
void tr_buf_printf(TrBuf *b, const char *fmt, ...) TR_PRINTF(2, 3);
int tr_buf_add_str(TrBuf *b, TrValue v);   /* appends str(v); -1 on error */
int tr_buf_add_repr(TrBuf *b, TrValue v);  /* appends repr(v); -1 on error */
TrValue tr_buf_finish(TrBuf *b);           /* -> str (a large buffer becomes it: b is then empty) */

/* ====================================================================== bytes */
typedef struct TrBytes { TrObject ob; size_t len; int64_t hash; TrValue dict; /* subclasses' __dict__ */ char data[]; } TrBytes;
typedef struct TrByteArray { TrObject ob; size_t len, cap; char *data; } TrByteArray;
TrValue tr_bytes_new(const char *data, size_t len);
TrValue tr_bytearray_new(const char *data, size_t len);
int tr_bytes_check(TrValue v);
/* bytes.hex / binascii.hexlify: hex digits of d[0..n) with an optional separator (-1 + error) */
int tr_hex_digits(TrBuf *b, const unsigned char *d, size_t n, TrValue sep, TrValue bytes_per_sep, bool bytes_result);
/* The buffer protocol (obj_memoryview.c), CPython's reduced to one contiguous
 * dimension: the memory of a bytes-like object, len bytes of items of a struct format
 * ('B' for bytes and bytearray). It stays valid until the object changes size. */
struct TrBuffer { char *data; size_t len, itemsize; char format; bool readonly; TrValue obj; };
int tr_get_buffer(TrValue v, TrBuffer *view);      /* -1 + TypeError if v is not bytes-like */
const char *tr_buffer_view(TrValue v, size_t *len); /* its bytes, or NULL (no error) */
extern TrType tr_memoryview_type;

/* ============================================================== lists, tuples */
/* A list's slots hold its items as values, or, in the float strategy (obj_list_float.c:
 * float_boxes != NULL, exact lists of floats on 64-bit targets), as raw doubles with the
 * box of each (0: none yet) in float_boxes.  Code outside obj_list*.c and the inline
 * paths below reads and writes the items through tr_list_items. */
typedef struct TrList { TrObject ob; size_t len, cap; TrValue *slots; TrValue *float_boxes; } TrList;
typedef struct TrTuple { TrObject ob; size_t len; TrValue dict; /* subclasses' __dict__ */ TrValue items[]; } TrTuple;
/* Struct sequences (structseq.c): a static type made a tuple subclass whose items have
 * names; fields past `visible` are hidden (not in the tuple, by name only). */
typedef struct TrStructSeqFields {
    const char *const *names;
    size_t visible, all, unnamed; /* unnamed: how many visible fields CPython leaves without a name */
} TrStructSeqFields;
void tr_structseq_ready(TrType *type, const char *module, const TrStructSeqFields *fields);
TrValue tr_structseq_new(TrType *type); /* len = visible; the caller fills items[0..all) */
TrValue tr_structseq_getattr(TrValue self, TrValue name);
#define TR_LIST(v) ((TrList *)(v))
#define TR_TUPLE(v) ((TrTuple *)(v))
#define TR_FLOAT_LISTS (UINTPTR_MAX > 0xffffffffu) /* a double fits a slot */
typedef double tr_slot_double __attribute__((may_alias));
#define TR_LIST_DOUBLES(l) ((tr_slot_double *)(l)->slots)
TrValue *tr_list_generalize(TrList *l); /* boxes a float-strategy list's items for good */
/* The items as values (slots[0..len)), the list made generic first if it was not. */
static inline TrValue *tr_list_items(TrList *l) { return TR_UNLIKELY(l->float_boxes != NULL) ? tr_list_generalize(l) : l->slots; }
TrValue tr_list_float_get(TrList *l, size_t i);         /* item i of a float-strategy list, boxed once */
/* dst[k] = item start + k * step of a float-strategy list (boxed once, as tr_list_float_get) */
void tr_list_float_boxed(TrList *l, int64_t start, int64_t step, size_t n, TrValue *dst);
/* A list whose items are all exact floats takes the float strategy (exact lists, len > 0) */
void tr_list_float_enter(TrList *l);
void tr_list_float_set(TrList *l, size_t i, TrValue v); /* store v there, generalizing for a non-float */
TrValue tr_list_new(size_t cap);                  /* empty, with capacity */
TrValue tr_list_from(const TrValue *items, size_t n);
TrValue tr_list_literal(const TrValue *items, size_t n); /* [a, b, ...]: floats alone take the float strategy */
int tr_list_append(TrValue list, TrValue v);      /* -1 only on error */
int tr_list_extend(TrValue list, TrValue iterable);
TrValue tr_list_from_iterable(TrValue iterable);  /* list(x) */
/* make(items of x): list(x) with tr_list_from, tuple(x) with tr_tuple_from; a short
 * iterator's items are gathered first, so that the result is made once at its size */
TrValue tr_sequence_from_iterable(TrValue iterable, TrValue (*make)(const TrValue *items, size_t n));
int tr_list_sort(TrValue list, TrValue key, int reverse); /* stable, key may be 0 */
int tr_list_check(TrValue v);
TrValue tr_tuple_new(size_t n);                   /* items zeroed: fill before use */
TrValue tr_tuple_from(const TrValue *items, size_t n);
TrValue tr_tuple_pack(size_t n, ...);
TrValue tr_tuple_from_iterable(TrValue iterable);
int tr_tuple_check(TrValue v);
extern TrValue tr_empty_tuple;

/* ===================================================================== dicts */
/* Insertion-ordered: a compact index table plus an entries array (dict.c explains). */
typedef struct TrDictEntry { int64_t hash; TrValue key; TrValue value; } TrDictEntry;
typedef struct TrDict {
    TrObject ob;
    size_t used;       /* live entries */
    size_t nentries;   /* entries used incl. deleted (key 0) */
    size_t cap;        /* entries capacity */
    size_t mask;       /* index table size - 1 */
    void *index;       /* int32/int64 slots: -1 empty, -2 dummy, else entry number */
    TrDictEntry *entries;
    uint64_t version;  /* bumped on every mutation (iteration safety) */
    bool type_ns;      /* the namespace of a type: mutations call tr_type_ns_changed */
    bool builtins_ns;  /* the builtins: stores write through to modules' slots (tr_builtins_store) */
    struct TrModule *module; /* the namespace of a compiled module: mirrors its slots */
} TrDict;
TrValue tr_dict_new(void);
int tr_dict_check(TrValue v);
TrValue tr_dict_get(TrValue d, TrValue key);   /* 0 if absent (check tr_err_occurred for hash errors) */
TrDictEntry *tr_dict_get_entry(TrValue d, TrValue key); /* the same, its entry (valid until d changes) */
/* Code reading d->entries itself calls this first: a module namespace's copies of its
 * global slots made current (see obj_dict.c); nothing for other dicts. */
void tr_dict_sync(TrDict *d);
TrValue tr_dict_get_str(TrValue d, const char *key);
int tr_dict_set(TrValue d, TrValue key, TrValue v);
int tr_dict_set_str(TrValue d, const char *key, TrValue v);
int tr_dict_del(TrValue d, TrValue key);       /* KeyError if absent */
int tr_dict_next(TrValue d, size_t *pos, TrValue *key, TrValue *value); /* 1 while items remain */
size_t tr_dict_len(TrValue d);
int tr_dict_update(TrValue d, TrValue mapping); /* dict.update / {**m} */
/* f(**m): merge into kwargs dict, TypeError "got multiple values for keyword argument" */
int tr_dict_merge_kwargs(TrValue d, TrValue mapping, TrValue funcname);
TrValue tr_dict_copy(TrValue d);

/* ====================================================================== sets */
typedef struct TrSetEntry { int64_t hash; TrValue key; } TrSetEntry;
typedef struct TrSet { TrObject ob; size_t used, fill, mask; TrSetEntry *table; int64_t hash; } TrSet;
TrValue tr_set_new(TrValue iterable);        /* iterable may be 0 */
TrValue tr_frozenset_new(TrValue iterable);
int tr_set_add(TrValue s, TrValue key);
int tr_set_contains(TrValue s, TrValue key);
int tr_set_update(TrValue s, TrValue iterable);

/* ============================================================ range, slices */
typedef struct TrRange { TrObject ob; TrValue start, stop, step, length; } TrRange;
typedef struct TrSlice { TrObject ob; TrValue start, stop, step; } TrSlice;
TrValue tr_getslice(TrValue obj, TrValue lo, TrValue hi, TrValue step);        /* x[lo:hi:step]; 0 = None */
int tr_setslice(TrValue obj, TrValue lo, TrValue hi, TrValue step, TrValue v); /* x[lo:hi:step] = v */
TrValue tr_range_new(TrValue start, TrValue stop, TrValue step);
TrValue tr_slice_new(TrValue start, TrValue stop, TrValue step); /* None for missing */
/* Resolve a slice against a sequence length (CPython PySlice_GetIndicesEx). */
int tr_slice_indices(TrValue slice, int64_t len, int64_t *start, int64_t *stop,
                     int64_t *step, int64_t *slicelen);
/* list[lo:hi:step] and list[lo:hi:step] = v for an exact list (tr_getslice) */
TrValue tr_list_getslice(TrValue list, TrValue lo, TrValue hi, TrValue step);
int tr_list_setslice(TrValue list, TrValue lo, TrValue hi, TrValue step, TrValue v);
/* IR GETSLICE_TEMP / SETSLICE (compiler/opt/slice_access.c): `x[a:b] = y[c:d:e]` with
 * y[c:d:e] read into a list on the C stack when y is an exact list and the slice has at
 * most TR_SLICE_TEMP_MAX items (else the usual new object); tr_setslice_temp copies it
 * to the heap first if x is anything but an exact list (which could keep it). */
#define TR_SLICE_TEMP_MAX 16
typedef struct TrListTemp { TrList list; TrValue items[TR_SLICE_TEMP_MAX]; } TrListTemp;
TrValue tr_getslice_temp(TrListTemp *tmp, TrValue obj, TrValue lo, TrValue hi, TrValue step);
int tr_setslice_temp(TrValue obj, TrValue lo, TrValue hi, TrValue step, TrValue v, TrListTemp *tmp);

/* ============================================================== iterators */
TrValue tr_seq_iter_new(TrValue seq);   /* iterates seq[0], seq[1]... until IndexError */
TrValue tr_callable_iter_new(TrValue callable, TrValue sentinel); /* iter(f, sentinel) */
/* The builtins of these names: calling the type constructs the iterator. */
extern TrType tr_enumerate_type, tr_zip_type, tr_map_type, tr_filter_type, tr_reversed_type;
/* The pair an iterator's next would return, without the tuple: the first item, the
 * second in *second; 0 at the end or on an error (compiled `for a, b in it`). */
typedef TrValue (*TrPairStep)(TrValue it, TrValue *second);
TrPairStep tr_pair_stepper(TrValue it);      /* exact enumerate, two-iterator zip, dict items; else 0 */
TrPairStep tr_dict_pair_stepper(TrValue it); /* a dict's items iterator; else 0 */

/* ============================================================== functions */

enum TrCodeFlags {
    TR_CO_VARARGS = 1 << 0,
    TR_CO_VARKW = 1 << 1,
    TR_CO_GENERATOR = 1 << 2,
    TR_CO_COROUTINE = 1 << 3,
    TR_CO_ASYNC_GENERATOR = 1 << 4,
    TR_CO_NESTED = 1 << 5,  /* defined inside a function (CPython's CO_NESTED) */
    TR_CO_CLASS_BODY = 1 << 6, /* a class body of a traced program: its one parameter is the
                                  namespace (not shown: co_argcount 0, co_flags 0) */
};

struct TrFunc;
/* Static description of a compiled function, emitted as a constant. */
typedef struct TrCode {
    const char *name;
    const char *qualname;
    const char *filename;
    int firstline;
    TrValue (*impl)(struct TrFunc *fn, TrValue *args); /* args: bound parameters */
    uint16_t argcount;      /* positional parameters, posonly included */
    uint16_t posonlycount;
    uint16_t kwonlycount;
    uint16_t flags;         /* TrCodeFlags */
    /* parameter names: argcount positional, kwonlycount keyword-only, then *args name
     * if VARARGS, then **kwargs name if VARKW */
    const char *const *params;
    const char *const *varnames; /* co_varnames: parameters then plain locals, 0-ended */
    TrValue *module;             /* the module whose globals the code uses */
    /* co_freevars in closure order and co_cellvars, 0-ended (or 0: none) */
    const char *const *freevars;
    const char *const *cellvars;
} TrCode;
#define TR_CODE_NPARAMS(c) ((c)->argcount + (c)->kwonlycount + !!((c)->flags & TR_CO_VARARGS) + !!((c)->flags & TR_CO_VARKW))

typedef struct TrFunc {
    TrObject ob;
    const TrCode *code;
    TrValue name, qualname, module, doc; /* name, qualname: 0 until tr_func_name/qualname */
    TrValue defaults;    /* tuple of defaults for the last positional params, or 0 */
    TrValue kwdefaults;  /* dict name -> default for keyword-only params, or 0 */
    TrValue dict;        /* function attributes, or 0 */
    TrValue annotations; /* dict or 0 */
    size_t nclosure;
    TrValue *closure;    /* cells */
    TrValue *param_checks;      /* per parameter: tuple of admitted classes, or 0 (param_check.c) */
    TrValue *param_annotations; /* ... the annotation, for the error message */
    TrValue *param_defaults;    /* ... and the default, which is always admitted (or 0) */
} TrFunc;

/* Annotated parameters (param_check.c): the checks of fn, and one argument's check */
int tr_func_set_param_checks(TrValue fn, TrValue anns, const char *spec);
int tr_check_param_slow(TrFunc *fn, int k, TrValue v);
TR_FAST int tr_check_param(TrFunc *fn, int k, TrValue v) TR_FAST_BODY({
    TrValue classes = fn->param_checks[k];
    if (!classes || TR_TUPLE(classes)->items[0] == (TrValue)TR_TYPE(v)) return 0;
    return tr_check_param_slow(fn, k, v);
})

TrValue tr_func_new(const TrCode *code, TrValue module_name, TrValue defaults,
                    TrValue kwdefaults, size_t nclosure, const TrValue *cells);
TrValue tr_func_name(TrFunc *f);     /* __name__ (made on first use) */
TrValue tr_func_qualname(TrFunc *f); /* __qualname__ (made on first use) */
/* Bind vectorcall args to the parameters of code into out[TR_CODE_NPARAMS(code)]
 * (defaults, *args tuple, **kwargs dict), with CPython's TypeError messages. */
int tr_bind_args(TrFunc *fn, TrValue *args, size_t nargs, TrValue kwnames, TrValue *out);

/* A C function or a C method.  self == 0 for plain functions and unbound method
 * descriptors; a bound builtin method passes self as args[0]. */
typedef struct TrBuiltin {
    TrObject ob;
    const char *name;
    TrCFunc fn;
    TrValue self;
    TrType *owner;   /* for method descriptors: the type that defines it */
    TrValue module;  /* __module__: the name of the module a function belongs to; 0: None */
    int kind;        /* TR_METH_* */
    signed char slot_min, slot_max; /* TR_METH_SLOT: arguments after self (max -1: any, keywords too) */
} TrBuiltin;
TrValue tr_builtin_new(const char *name, TrCFunc fn);
const char *tr_method_doc(const TrBuiltin *b); /* method_docs.c: CPython's __doc__ of a slot wrapper or object method, or NULL */
typedef struct TrMethod { TrObject ob; TrValue func; TrValue self; } TrMethod;
TrValue tr_method_new(TrValue func, TrValue self);
TrValue tr_wrapped_function(TrValue w); /* an exact staticmethod's or classmethod's function, else 0 */

typedef struct TrCell { TrObject ob; TrValue value; /* 0 = empty */ } TrCell;
TrValue tr_cell_new(TrValue v);
#define TR_CELL(c) ((TrCell *)(c))

/* Parse the arguments of a C function.  kwlist: parameter names, NULL-terminated; a
 * name beginning with '$' is keyword-only, one beginning with '/' positional-only
 * (the prefix is not part of the name).  The first nrequired are required; missing
 * optional ones are left 0 in out.  Errors follow CPython's texts for fname: when every
 * parameter is positional-only, those of the calling convention Argument Clinic picks
 * (METH_NOARGS, METH_O: "binascii.a2b_uu() takes exactly one argument (0 given)";
 * METH_FASTCALL: "crc_hqx expected 2 arguments, got 1", no keywords), else those of its
 * keyword parser.  fname may be module-qualified as CPython names the function in the
 * convention's texts ("binascii.a2b_uu"); the keyword parser's texts use the name after
 * the last dot.  tr_check_nargs and tr_no_kwargs take fname the same way. */
int tr_parse_args(const char *fname, TrValue *args, size_t nargs, TrValue kwnames,
                  const char *const *kwlist, size_t nrequired, TrValue *out);
int tr_parse_args_keywords(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, /* keyword parser's texts */
                           const char *const *kwlist, size_t nrequired, TrValue *out);
int tr_parse_args_py(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, /* ... with a def's texts */
                     const char *const *kwlist, size_t nrequired, TrValue *out);
int tr_parse_args_old(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, /* PyArg_ParseTupleAndKeywords' */
                      const char *const *kwlist, size_t nrequired, TrValue *out);
int tr_no_kwargs(const char *fname, TrValue kwnames); /* -1 + TypeError if any */
/* v's type as CPython's argument converters name it in "argument 2 must be str, not
 * None" (_PyArg_BadArgument, getargs' converterr): None by itself, else the type's name */
const char *tr_arg_type_name(TrValue v);
int tr_check_nargs(const char *fname, size_t nargs, size_t min, size_t max);
/* The checks CPython makes of a builtin type's method taking min..max positional
 * arguments after self and no keywords (args[0] is self, nargs counts it): keywords, and
 * for min == max <= 1 (METH_NOARGS, METH_O) the count, are the method descriptor's, which
 * names the method after the type defining it ("str.center() takes no keyword
 * arguments"); other counts are Argument Clinic's ("center expected at least 1 argument,
 * got 0").  name may carry the defining type ("object.__format__"), for a method self's
 * own type does not define and for a static method; else the first builtin type in
 * self's MRO that has the name is taken.  -1 + TypeError, else 0. */
int tr_method_args(TrValue *args, size_t nargs, TrValue kwnames, const char *name, size_t min, size_t max);

/* The frame stack (frame_stack.c): per thread, one slot per active compiled function
 * call (its code, and the line it is executing: the generated code stores it before
 * each call it makes), and one with no code per runtime recursion guard (repr, str).
 * Slot k is call depth k; the main module's body is depth 1, as in CPython.
 * tr_frame_enter(code) is the prologue of every compiled function and generator resume:
 * it pushes a slot and returns it, or returns 0 with RecursionError set past
 * sys.getrecursionlimit() or when the thread's C stack is nearly used up; every slot
 * must be popped by tr_frame_leave().  Slots never move while they are in use, so a
 * function keeps its own slot's address for its line stores.
 * Inline except under libtcc, which has no thread-local storage: there calls, or on
 * x86-64 inline assembly through %fs (below). */
typedef struct TrFrameSlot {
    const TrCode *code; /* 0: a runtime recursion guard, not a frame */
    int line;           /* the frame's current line (its last call site) */
} TrFrameSlot;
extern int tr_recursion_limit;
int tr_recursion_set_limit(int64_t limit);  /* sys.setrecursionlimit; -1 + error */
TrFrameSlot *tr_frame_enter_slow(const TrCode *code); /* the limit, the stack room, the first slot */
TrFrameSlot *tr_frame_enter_call(const TrCode *code);
void tr_frame_leave_call(void);
int tr_call_depth(void);                    /* the thread's depth: its top slot's index */
void tr_frame_set_depth(int depth);         /* the main module's starts at 0 */
TrFrameSlot *tr_frame_slot(int depth);      /* the thread's slot at depth (1..tr_call_depth()) */
void tr_frame_stack_free(void);             /* a thread that ends gives its stack back */
/* tr_frames' distance from the thread pointer: the same in every thread, trc being the
 * executable that defines it (set by tr_runtime_init, read by libtcc's code below) */
extern intptr_t tr_frames_tp_offset;
void tr_frame_stack_init(void);
#ifdef __TINYC__
#ifdef __x86_64__
/* libtcc has no thread-local storage, but x86-64 code reaches it through %fs, whose
 * first word is the thread pointer: push and pop are the inline versions below in
 * assembly, not calls (tr_frames is {top, ceiling}, a slot 16 bytes, checked every
 * 32 slots: frame_stack.c asserts it).  As there, a push whose checks fail leaves
 * the slot pushed and returns tr_frame_enter_slow's answer. */
#define tr_frame_enter(code) ({                                                             \
    TrFrameSlot *slot_;                                                                     \
    __asm__ __volatile__("mov %%fs:0, %%rcx\n\tadd %1, %%rcx\n\tmov (%%rcx), %0\n\t"           \
                         "add $16, %0\n\tmov %0, (%%rcx)\n\tcmp 8(%%rcx), %0\n\tja 1f\n\t"         \
                         "test $0x1ff, %0\n\tjz 1f\n\tmov %2, (%0)\n\tjmp 2f\n1:\txor %0, %0\n2:"    \
                         : "=&r"(slot_) : "r"(tr_frames_tp_offset), "r"((const TrCode *)(code)) : "rcx", "cc", "memory"); \
    slot_ ? slot_ : tr_frame_enter_slow(code); })
#define tr_frame_leave() \
    __asm__ __volatile__("mov %%fs:0, %%rcx\n\tsubq $16, (%%rcx,%0)" : : "r"(tr_frames_tp_offset) : "rcx", "cc", "memory")
#else
#define tr_frame_enter tr_frame_enter_call
#define tr_frame_leave tr_frame_leave_call
#endif
#define tr_frame_room tr_frame_room_call
#else
/* top: the innermost slot; ceiling: the deepest one the inline path may push without a
 * check (side by side: one thread-local address for both) */
typedef struct TrFrameStack { TrFrameSlot *top, *ceiling; } TrFrameStack;
extern __thread TrFrameStack tr_frames;
/* the stack is checked every TR_STACK_CHECK_EVERY levels (frame_stack.c keeps the room
 * for them): the slow path runs whenever a slot's address is a multiple of this */
#define TR_STACK_CHECK_EVERY 32
#define TR_FRAME_CHECK_MASK (TR_STACK_CHECK_EVERY * sizeof(TrFrameSlot) - 1)
static inline TrFrameSlot *tr_frame_enter(const TrCode *code) {
    TrFrameSlot *f = ++tr_frames.top;
    if (TR_UNLIKELY(f > tr_frames.ceiling || !((uintptr_t)f & TR_FRAME_CHECK_MASK))) return tr_frame_enter_slow(code);
    f->code = code;
    return f;
}
static inline void tr_frame_leave(void) { tr_frames.top--; }
static inline int tr_frame_room(void) { return tr_frames.top < tr_frames.ceiling; }
#endif
/* A call that returns before it pushed its slot (compiler/emit_frameless.c: it ran nothing
 * that calls or raises) still counts for the recursion limit: tr_frame_room() is 1 while
 * tr_frame_enter would push inline; else the call returns tr_frameless_return_slow(code,
 * result), the push it skipped, which fails (0, RecursionError set) or passes (a stale
 * ceiling) and pops the slot again. */
int tr_frame_room_call(void);
TrValue tr_frameless_return_slow(const TrCode *code, TrValue result);
/* The call depth guard of recursive runtime code: 1 (RecursionError set) or 0, then
 * paired with tr_recursion_leave(). */
#define tr_recursion_enter() (!tr_frame_enter(0))
#define tr_recursion_leave() tr_frame_leave()
/* Pure runs (compiler/emit_pure.c): a self-recursive int function computing on C
 * integers with no frame slots.  tr_pure_room() is the number of calls deep the run
 * may go: the frame stack's room (pushes that would pass inline), fewer if the C stack
 * is nearer its end; tr_pure_bail() abandons the running run (a _longjmp to tr_pure_jb,
 * its entry's), which then calls again the ordinary way with tr_pure_off raised.
 * A run goes at most TR_PURE_ROOM_MAX calls deep, so a function that sums its own
 * results (`return f(n - 1) + f(n - 2)`) adds fewer than that many terms in one call;
 * each term and every result kept within +-TR_PURE_BOUND (tested where a value
 * enters the sum, TR_PURE_UNBOUNDED), the sum cannot overflow its int64_t and needs no
 * test of its own, which leaves cc free to unroll the recursion as it does C's.
 * Not under libtcc, which has no thread-local storage (the emitter writes no pure run
 * there). */
#include <setjmp.h>
#define TR_PURE_ROOM_MAX ((intptr_t)1 << 16)
#define TR_PURE_BOUND ((int64_t)1 << (sizeof(intptr_t) == 8 ? 47 : 31)) /* x ROOM_MAX: int64_t */
#define TR_PURE_UNBOUNDED(x) ((uint64_t)(int64_t)(x) + (uint64_t)TR_PURE_BOUND - 1 > 2 * (uint64_t)TR_PURE_BOUND - 2)
intptr_t tr_pure_room(void);
__attribute__((noreturn, cold)) void tr_pure_bail(void);
#ifndef __TINYC__
extern __thread int tr_pure_off;
extern __thread jmp_buf *tr_pure_jb;
#endif

/* ================================================================== calls */
TrValue tr_call(TrValue callable, TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_call0(TrValue callable);
TrValue tr_call1(TrValue callable, TrValue a);
TrValue tr_call2(TrValue callable, TrValue a, TrValue b);
/* obj.name(*args): args[0] is the receiver, nargs counts it.  Avoids a bound method. */
TrValue tr_call_method(TrValue name, TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_call_method_cstr(TrValue obj, const char *name, size_t nargs, ...);
/* f(*argtuple, **kwdict): argtuple a tuple, kwdict a dict or 0 */
TrValue tr_call_ex(TrValue callable, TrValue argtuple, TrValue kwdict);
int tr_callable(TrValue v);
/* out[0] = self, then the n values at args (which may be NULL when n is 0), for a call
 * that passes self first.  Two words a step: a loop gcc would turn into a memcpy call,
 * which costs more than the copy for the few values of a call. */
static inline void tr_args_with_self(TrValue *out, TrValue self, const TrValue *args, size_t n) {
    out[0] = self;
    out++;
    for (; n >= 2; n -= 2, out += 2, args += 2) {
        out[0] = args[0];
        out[1] = args[1];
    }
    if (n) out[0] = args[0];
}
/* f(a, b) without keywords, inlined by the emitter: a compiled function whose
 * parameters are exactly nargs positional ones is entered directly (the same test
 * function.__call__ makes first); anything else goes through tr_call. */
TR_FAST TrValue tr_call_positional(TrValue callable, TrValue *args, size_t nargs) TR_FAST_BODY({
    if (!TR_IS_SMALL(callable) && callable->type == &tr_function_type) {
        TrFunc *f = (TrFunc *)callable;
        const TrCode *c = f->code;
        if (nargs == c->argcount && !c->kwonlycount && !(c->flags & (TR_CO_VARARGS | TR_CO_VARKW)))
            return c->impl(f, args);
    }
    return tr_call(callable, args, nargs, 0);
})

/* ============================================================ attributes */
TrValue tr_getattr(TrValue obj, TrValue name);
TrValue tr_getattr_cstr(TrValue obj, const char *name);
TrValue tr_getattr_opt(TrValue obj, TrValue name); /* 0 without error when missing */
int tr_setattr(TrValue obj, TrValue name, TrValue v);
int tr_delattr(TrValue obj, TrValue name);
int tr_hasattr(TrValue obj, TrValue name);         /* -1 on non-AttributeError */
TrValue tr_generic_getattr(TrValue obj, TrValue name);       /* object.__getattribute__ */
/* Instance attributes by shape (obj_shape.c): the __dict__ slot of a TR_TF_SHAPED
 * class's instance holds 0, a TrAttrs (values in the order of the shape's names) or,
 * once anything asked for a real dict, a TrDict. */
typedef struct TrShape TrShape;
typedef struct TrAttrs { TrObject ob; TrShape *shape; uint32_t cap; TrValue values[]; } TrAttrs;
extern TrType tr_shape_type, tr_attrs_type;
intptr_t tr_shape_index(const TrShape *s, TrValue name); /* exact str name; -1 if absent */
TrValue tr_attrs_get(TrValue attrs, TrValue name);        /* 0 if absent */
/* Set name (exact str) in the TrAttrs or 0 at *slot of an instance of t; may replace
 * *slot by a bigger TrAttrs or by a dict; returns the new *slot, 0 on error */
TrValue tr_attrs_set(TrValue *slot, TrValue name, TrValue v, TrType *t);
TrValue tr_attrs_to_dict(TrValue attrs);                  /* a new dict, same order */
extern TrShape tr_shape_root; /* no attributes */
TrValue tr_attrs_new(TrType *t);  /* empty, sized for t's instances */
/* A new instance of shaped class t whose empty TrAttrs, sized for t's instances, is in
 * the same block (an allocation instead of two); a plain tr_object_alloc while t's
 * instances have had no attributes */
TrValue tr_shaped_instance_new(TrType *t);

/* An inline cache of one `obj.name` load or store site of generated code
 * (tr_getattr_fill / tr_setattr_fill fill it; one entry per class seen, up to
 * TR_ATTR_CACHE_WAYS).  An entry holds for instances of `type` while
 * the class-namespace epoch of the name's group is unchanged (no method, property or
 * class variable of that name appeared in the class or its bases since; changing a
 * class's __getattribute__/__setattr__ renews every group).  Shaped instances (`shape`
 * set): a load reads values[index] of a TrAttrs of that shape; a store to one of that
 * shape writes values[index] (within its capacity) and moves it to shape `next` (the
 * same shape, or the one adding the name).  Instance dicts (`shape` 0): a load reads
 * the dict's entry `index` when that entry's key is still `name` itself (interned).
 * A __slots__ member (`member_offset` set): a load reads the instance's word at that
 * offset unless it is unset, a store writes it (replacing the member descriptor in its
 * class renews the name's group).
 * Loads the class answers (`dict` set: a property, a class variable, a method read as
 * a value) read the class dict's entry afresh: a data descriptor's __get__ runs; other
 * values need an instance without attributes or of a shape known to lack the name.
 * Any other case takes the full path. */
typedef struct TrAttrCacheEntry {
    TrType *type;
    const uint64_t *group;
    uint64_t epoch;
    size_t index;
    const TrShape *shape, *next;
    TrDict *dict;  /* loads found in a class: its dict, `index` its entry, `key` the */
    TrValue key;   /* entry's key; `shape` a shape without the name (0: no attributes) */
    TrValue owner; /* loads and stores on a class object itself: the class (`type` is
                      its metaclass, `dict` the entry its MRO or its own dict has) */
    size_t member_offset; /* a __slots__ member's slot in the instance, 0: none */
} TrAttrCacheEntry;
#define TR_ATTR_CACHE_WAYS 4 /* classes per site: a base and its subclasses */
typedef struct TrAttrCache { TrAttrCacheEntry e[TR_ATTR_CACHE_WAYS]; unsigned next; } TrAttrCache;
/* An inline cache of one `obj.name(...)` call site: per class seen, where the class's
 * MRO has the method (a class dict entry, read afresh at each call), valid while the
 * epoch of the name's group holds, for instances without attributes or with a shape
 * known not to hold `name`.  Plain functions and builtin methods only.  Per module
 * seen, where the module keeps `name` (read afresh: reassignment is seen). */
typedef struct TrMethodCacheEntry {
    TrType *type;
    const uint64_t *group;
    uint64_t epoch;
    TrDict *dict;
    TrValue key;
    size_t index;
    const TrShape *shape; /* 0: instances without attributes */
    /* `mod.f(...)`: the module (type 0, group 0), and where f lives: a global slot of a
     * compiled module, or (slot 0) the module dict's entry dict/index/key.
     * `Cls.f(...)`: the class (type 0), group/epoch and dict/index/key as a class's */
    TrValue module, *slot;
} TrMethodCacheEntry;
typedef struct TrMethodCache { TrMethodCacheEntry e[TR_ATTR_CACHE_WAYS]; unsigned next; } TrMethodCache;
/* What a class's entry e (e->type is obj's type) has obj.name call, read afresh from
 * the class dict: a function or a builtin method; 0 when the entry no longer holds
 * (the name's epoch moved, obj's attributes may shadow it, the dict entry moved). */
TR_FAST TrValue tr_method_cache_entry_method(const TrMethodCacheEntry *e, TrValue obj) TR_FAST_BODY({
    if (*e->group != e->epoch) return 0;
    if (e->type->dictoffset) {
        TrValue held = *(TrValue *)((char *)obj + e->type->dictoffset);
        if (held && !(held->type == &tr_attrs_type && ((TrAttrs *)held)->shape == e->shape)) return 0;
    }
    if (e->index >= e->dict->nentries || e->dict->entries[e->index].key != e->key) return 0;
    return e->dict->entries[e->index].value;
})
/* The method a call site's first cache entry has obj.name(...) call, or 0: the callee
 * tr_call_method_cached would take (a method's call of its own name compares it with
 * fn, the function running, and then calls fn's direct entry: compiler/emit_c.c). */
TR_FAST TrValue tr_method_cache_peek(TrValue obj, const TrMethodCache *c) TR_FAST_BODY({
    if (TR_IS_SMALL(obj) || obj->type != c->e[0].type) return 0;
    return tr_method_cache_entry_method(&c->e[0], obj);
})
/* The method (unbound) obj.name calls when the class has it and obj does not shadow
 * it, filling c; 0 (no error) otherwise */
TrValue tr_method_cache_fill(TrValue obj, TrValue name, TrMethodCache *c);
/* m is a function, or a builtin method of obj's type: obj.m(...) is m(obj, ...) */
bool tr_is_plain_method(TrValue m, TrValue obj);
/* The C method builtin type t itself defines as name (an instance method descriptor),
 * or 0: compiled calls of obj.name(...) call it directly while obj's type is exactly t
 * (compiler/emit_method.c). */
TrValue tr_type_method_descriptor(TrType *t, const char *name);
/* Where module attribute name (exact str) lives, for caches: a global slot of a
 * compiled module (*slot), or else the module dict's entry (*entry); false if neither */
bool tr_module_attr_place(TrValue module, TrValue name, TrValue **slot, TrDictEntry **entry, TrDict **dict);
TrValue tr_call_method_cached(TrValue name, TrValue *args, size_t nargs, TrValue kwnames, TrMethodCache *c);
/* The attribute `name` of module obj through the call site's cache c (filling it), or
 * 0 without an error when obj is not a module or has no such attribute */
TrValue tr_module_attr_cached(TrValue obj, TrValue name, TrMethodCache *c);
TrValue tr_getattr_fill(TrValue obj, TrValue name, TrAttrCache *c);
TrValue tr_getattr_class_cached(TrValue obj, TrValue name, const TrAttrCacheEntry *e, TrAttrCache *c);
int tr_setattr_class_cached(TrValue obj, TrValue name, TrValue v, const TrAttrCacheEntry *e, TrAttrCache *c);
int tr_setattr_fill(TrValue obj, TrValue name, TrValue v, TrAttrCache *c);
int tr_generic_setattr(TrValue obj, TrValue name, TrValue v); /* object.__setattr__ */
TrValue *tr_instance_dict_slot(TrValue obj);        /* &__dict__ (made a dict) or 0 */
bool tr_instance_has_attr(TrValue obj, TrValue name); /* name (str) in its __dict__ */

/* ============================================================ operations */
TrValue tr_binop(int op, TrValue a, TrValue b);
TrValue tr_inplace_op(int op, TrValue a, TrValue b);
/* divmod(a, b) and pow(v, w, z) with a modulus z (number_protocol.c) */
TrValue tr_divmod(TrValue a, TrValue b);
TrValue tr_ternary_pow(TrValue v, TrValue w, TrValue z);
/* The divmod and modulus-power slots of builtin types: t's divmod(a, b) built from its
 * // and % (NotImplemented when t has no divmod), and pow(v, w, z) of the type whose
 * ** slot is pow_slot (int's, float's and complex's take a modulus; others answer
 * NotImplemented) */
TrValue tr_builtin_divmod(TrType *t, TrValue a, TrValue b);
TrValue tr_builtin_pow3(TrBinaryFn pow_slot, TrValue v, TrValue w, TrValue z);
TrValue tr_neg(TrValue a);
TrValue tr_pos(TrValue a);
TrValue tr_invert(TrValue a);
TrValue tr_not(TrValue a);
int tr_truthy(TrValue v);                             /* 1, 0, -1 on error */
TrValue tr_compare(TrValue a, TrValue b, int op);     /* rich compare with reflection */
int tr_compare_bool(TrValue a, TrValue b, int op);    /* 1, 0, -1 on error */
int tr_equal(TrValue a, TrValue b);                   /* identity shortcut then == */
int tr_contains(TrValue container, TrValue item);     /* `item in container` */
int64_t tr_hash(TrValue v);                           /* -1 + TypeError unhashable */
TrValue tr_getitem(TrValue obj, TrValue key);
int tr_setitem(TrValue obj, TrValue key, TrValue v);
int tr_delitem(TrValue obj, TrValue key);
intptr_t tr_len(TrValue v);                           /* -1 on error */
TrValue tr_repr(TrValue v);
TrValue tr_str(TrValue v);                            /* str(v) */
TrValue tr_ascii(TrValue v);
TrValue tr_iter(TrValue v);
/* Next item, or 0: then tr_err_occurred() tells error from exhaustion. */
TrValue tr_next(TrValue it);
/* it.__next__() of a builtin iterator slot: the next value, or StopIteration raised (a
 * generator's carries the value it returned). */
TrValue tr_next_or_stop(TrValue it, TrUnaryFn next);
/* for iterator types: the iter slot (returns self), and __iter__/__next__ methods made
 * from the iter and next slots */
TrValue tr_self_iter(TrValue self);
extern const TrMethodDef tr_iter_methods[];
/* a, b = seq / a, *b, c = seq (out gets before + 1 + after values, the star as list).
 * An exact tuple of the right length is copied at the site (n is a constant there: a
 * few moves, where the call and memcpy took a fifth of pyperformance nbody's time);
 * tr_unpack_any does the rest. */
int tr_unpack_any(TrValue seq, size_t n, TrValue *out);
TR_FAST int tr_unpack(TrValue seq, size_t n, TrValue *out) TR_FAST_BODY({
    if (TR_LIKELY(!TR_IS_SMALL(seq) && seq->type == &tr_tuple_type && TR_TUPLE(seq)->len == n)) {
        for (size_t i = 0; i < n; i++) out[i] = TR_TUPLE(seq)->items[i];
        return 0;
    }
    return tr_unpack_any(seq, n, out);
})
int tr_unpack_ex(TrValue seq, size_t before, size_t after, TrValue *out);
int tr_isinstance(TrValue v, TrValue cls_or_tuple);   /* -1 on error */
int tr_issubclass(TrValue cls, TrValue cls_or_tuple);
extern TrType tr_union_type;                 /* types.UnionType: int | None (obj_union.c) */
int tr_union_check(TrValue v);
TrValue tr_union_args(TrValue u);            /* tuple of the member classes */
extern TrType tr_generic_alias_type;         /* types.GenericAlias: list[int] (obj_generic_alias.c) */
int tr_generic_alias_check(TrValue v);
TrValue tr_generic_alias_new(TrValue origin, TrValue args);
int tr_type_repr_short(struct TrBuf *b, TrValue v); /* int, __main__.Point, None, ..., list[int] */

/* Fast paths the emitter inlines for operators (op is a constant at every call site).
 * They apply only when both operands are small ints or exact floats, and give exactly
 * what the generic path would; anything else (big ints, overflow, subclasses, zero
 * divisors, negative shift counts, other types) falls back to tr_binop/tr_compare.
 * Small ints have one bit less than intptr_t, so a sum, difference, quotient or shift
 * by less than the word size never overflows intptr_t itself; products use the
 * overflow builtin (cc's: libtcc calls these out of line, see TR_FAST). */
/* v as a double when it is an exact float or a small int (exactly, as float(v)) */
TR_FAST int tr_float_or_small(TrValue v, double *x) TR_FAST_BODY({
    if (TR_IS_SMALL(v)) { *x = (double)TR_SMALL_VAL(v); return 1; }
    if (v->type == &tr_float_type) { *x = TR_FLOAT_VAL(v); return 1; }
    return 0;
})
#ifdef __TINYC__
/* inline, as tr_is_exact_float: the emitter passes a variable and a local's address */
#define tr_float_or_small(v, x) (TR_IS_SMALL(v) ? (*(x) = (double)TR_SMALL_VAL(v), 1)   \
                                 : (v)->type == &tr_float_type ? (*(x) = TR_FLOAT_VAL(v), 1) : 0)
#endif
/* an integer a double holds exactly (a function of int64_t: on 32-bit targets every
 * intptr_t is, and a macro's comparison would warn "always true" there) */
static inline int tr_int_exact_double(int64_t x) { return x >= -(INT64_C(1) << 53) && x <= (INT64_C(1) << 53); }
#define TR_INT_EXACT_DOUBLE(x) tr_int_exact_double((int64_t)(x))
/* a small int whose conversion to double is exact (|i| <= 2**53) */
#define TR_SMALL_EXACT_DOUBLE(v) TR_INT_EXACT_DOUBLE(TR_SMALL_VAL(v))

TR_FAST TrValue tr_small_binop(int op, intptr_t x, intptr_t y) TR_FAST_BODY({
    intptr_t r;
    switch (op) {
    case TR_ADD: r = x + y; break;
    case TR_SUB: r = x - y; break;
    case TR_MUL:
        if (__builtin_mul_overflow(x, y, &r)) return 0;
        break;
    case TR_FLOORDIV:
        if (y == 0) return 0;
        r = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0))) r--;
        break;
    case TR_MOD:
        if (y == 0) return 0;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        break;
    case TR_TRUEDIV: /* exact operands: one correctly rounded division, as CPython */
        if (y == 0 || !TR_INT_EXACT_DOUBLE(x) || !TR_INT_EXACT_DOUBLE(y)) return 0;
        return tr_float_new((double)x / (double)y);
    case TR_LSHIFT:
        if (y < 0 || y >= (intptr_t)(sizeof(intptr_t) * 8 - 1)) return 0;
        r = (intptr_t)((uintptr_t)x << y);
        if ((r >> y) != x) return 0;
        break;
    case TR_RSHIFT:
        if (y < 0) return 0;
        r = x >> (y < (intptr_t)(sizeof(intptr_t) * 8 - 1) ? y : (intptr_t)(sizeof(intptr_t) * 8 - 1));
        break;
    case TR_AND: r = x & y; break;
    case TR_OR: r = x | y; break;
    case TR_XOR: r = x ^ y; break;
    default: return 0;
    }
    return TR_FITS_SMALL(r) ? TR_FROM_SMALL(r) : 0;
})

/* float op float, or a float with a small int (converted as float.__op__ does) */
TR_FAST TrValue tr_float_binop(int op, double x, double y) TR_FAST_BODY({
    switch (op) {
    case TR_ADD: return tr_float_new(x + y);
    case TR_SUB: return tr_float_new(x - y);
    case TR_MUL: return tr_float_new(x * y);
    case TR_TRUEDIV: return y != 0.0 ? tr_float_new(x / y) : 0;
    default: return 0;
    }
})

/* The rest of tr_op_fast after two small ints: floats and a float with a small int,
 * then the generic operator.  Out of line (ops.c): inlined at every operator it
 * made cc's work on float-heavy programs grow past issue 4's 2-second build, and the
 * hot float arithmetic is unboxed by the emitter anyway (docs/architecture.md).  One
 * function per operator with a float case, so that boxed float arithmetic tests no
 * operator at run time; the switch below folds on the constant `op`. */
TrValue tr_add_float_or_generic(TrValue a, TrValue b, int inplace);
TrValue tr_sub_float_or_generic(TrValue a, TrValue b, int inplace);
TrValue tr_mul_float_or_generic(TrValue a, TrValue b, int inplace);
TrValue tr_truediv_float_or_generic(TrValue a, TrValue b, int inplace);
TrValue tr_op_generic(int op, TrValue a, TrValue b, int inplace);
TR_FAST TrValue tr_op_fast(int op, TrValue a, TrValue b, int inplace) TR_FAST_BODY({
    if (TR_LIKELY(TR_IS_SMALL(a) && TR_IS_SMALL(b))) {
        /* + and - on the tagged words: (2x+1) +- ((2y+1) - 1) is 2(x+-y)+1, and it
         * overflows intptr_t exactly when x+-y leaves the small range (no untag, no
         * retag, one overflow flag: the sum of two recursive results, fib's) */
        intptr_t t;
        if (op == TR_ADD) {
            if (!__builtin_add_overflow((intptr_t)a, (intptr_t)b - 1, &t)) return (TrValue)t;
        } else if (op == TR_SUB) {
            if (!__builtin_sub_overflow((intptr_t)a, (intptr_t)b - 1, &t)) return (TrValue)t;
        } else {
            TrValue r = tr_small_binop(op, TR_SMALL_VAL(a), TR_SMALL_VAL(b));
            if (r) return r;
        }
    }
    switch (op) {
    case TR_ADD: return tr_add_float_or_generic(a, b, inplace);
    case TR_SUB: return tr_sub_float_or_generic(a, b, inplace);
    case TR_MUL: return tr_mul_float_or_generic(a, b, inplace);
    case TR_TRUEDIV: return tr_truediv_float_or_generic(a, b, inplace);
    default: return tr_op_generic(op, a, b, inplace);
    }
})
TR_FAST TrValue tr_add(TrValue a, TrValue b) TR_FAST_BODY({ return tr_op_fast(TR_ADD, a, b, 0); })
TR_FAST TrValue tr_sub(TrValue a, TrValue b) TR_FAST_BODY({ return tr_op_fast(TR_SUB, a, b, 0); })

/* One comparison operator applied to two C numbers of the same type. */
#define TR_COMPARE_C(x, y, op)                                                            \
    ((op) == TR_LT ? (x) < (y) : (op) == TR_LE ? (x) <= (y) : (op) == TR_EQ ? (x) == (y) \
     : (op) == TR_NE ? (x) != (y) : (op) == TR_GT ? (x) > (y) : (x) >= (y))
TR_FAST int tr_compare_doubles(double x, double y, int op) TR_FAST_BODY({
    return TR_COMPARE_C(x, y, op); /* C's comparisons treat nan as Python does */
})
/* 1, 0, or -1 on error; ints and floats compare exactly (an int beyond 2**53 takes the
 * generic path, which does not round it) */
TR_FAST int tr_compare_bool_fast(TrValue a, TrValue b, int op) TR_FAST_BODY({
    if (TR_LIKELY(TR_IS_SMALL(a) && TR_IS_SMALL(b))) {
        intptr_t x = TR_SMALL_VAL(a), y = TR_SMALL_VAL(b);
        return TR_COMPARE_C(x, y, op);
    }
    if ((TR_IS_SMALL(a) ? TR_SMALL_EXACT_DOUBLE(a) : a->type == &tr_float_type) &&
        (TR_IS_SMALL(b) ? TR_SMALL_EXACT_DOUBLE(b) : b->type == &tr_float_type)) {
        double x = TR_IS_SMALL(a) ? (double)TR_SMALL_VAL(a) : TR_FLOAT_VAL(a);
        double y = TR_IS_SMALL(b) ? (double)TR_SMALL_VAL(b) : TR_FLOAT_VAL(b);
        return tr_compare_doubles(x, y, op);
    }
    return tr_compare_bool(a, b, op);
})
TR_FAST int tr_lt_bool(TrValue a, TrValue b) TR_FAST_BODY({ return tr_compare_bool_fast(a, b, TR_LT); })
TR_FAST TrValue tr_compare_fast(TrValue a, TrValue b, int op) TR_FAST_BODY({
    if ((TR_IS_SMALL(a) || a->type == &tr_float_type) && (TR_IS_SMALL(b) || b->type == &tr_float_type)) {
        int r = tr_compare_bool_fast(a, b, op);
        return r < 0 ? 0 : tr_bool(r);
    }
    return tr_compare(a, b, op);
})

/* the truth of v: True, False, None and small ints inline (IR TRUTH) */
TR_FAST int tr_truthy_fast(TrValue v) TR_FAST_BODY({
    if (TR_IS_SMALL(v)) return TR_SMALL_VAL(v) != 0;
    if (v == tr_True) return 1;
    if (v == tr_False || v == tr_None) return 0;
    return tr_truthy(v);
})

/* -a */
TR_FAST TrValue tr_neg_fast(TrValue a) TR_FAST_BODY({
    if (TR_IS_SMALL(a) && TR_SMALL_VAL(a) != TR_SMALL_MIN) return TR_FROM_SMALL(-TR_SMALL_VAL(a));
    if (!TR_IS_SMALL(a) && a->type == &tr_float_type) return tr_float_new(-TR_FLOAT_VAL(a));
    return tr_neg(a);
})

/* list[i] and tuple[i] with a small int index; other subscripts go to tr_getitem */
TR_FAST TrValue tr_getitem_fast(TrValue obj, TrValue key) TR_FAST_BODY({
    if (TR_IS_SMALL(key) && !TR_IS_SMALL(obj)) {
        intptr_t i = TR_SMALL_VAL(key);
        if (obj->type == &tr_list_type) {
            TrList *l = TR_LIST(obj);
            if (i < 0) i += (intptr_t)l->len;
            if (i >= 0 && (size_t)i < l->len) return TR_LIKELY(!l->float_boxes) ? l->slots[i] : tr_list_float_get(l, i);
        } else if (obj->type == &tr_tuple_type) {
            TrTuple *t = TR_TUPLE(obj);
            if (i < 0) i += (intptr_t)t->len;
            if (i >= 0 && (size_t)i < t->len) return t->items[i];
        }
    }
    return tr_getitem(obj, key);
})
TR_FAST int tr_setitem_fast(TrValue obj, TrValue key, TrValue v) TR_FAST_BODY({
    if (TR_IS_SMALL(key) && !TR_IS_SMALL(obj) && obj->type == &tr_list_type) {
        TrList *l = TR_LIST(obj);
        intptr_t i = TR_SMALL_VAL(key);
        if (i < 0) i += (intptr_t)l->len;
        if (i >= 0 && (size_t)i < l->len) {
            if (TR_LIKELY(!l->float_boxes)) l->slots[i] = v;
            else tr_list_float_set(l, i, v);
            return 0;
        }
    }
    return tr_setitem(obj, key, v);
})
/* obj[i] and obj[i] = v with i a small int held as a C integer (key, its tagged value,
 * for every case but an in-range index of a generic list: compiler/emit_int.c) */
TR_FAST TrValue tr_getitem_small(TrValue obj, intptr_t i, TrValue key) TR_FAST_BODY({
    if (!TR_IS_SMALL(obj) && obj->type == &tr_list_type) {
        TrList *l = TR_LIST(obj);
        if ((uintptr_t)i < l->len && TR_LIKELY(!l->float_boxes)) return l->slots[i];
    }
    return tr_getitem_fast(obj, key);
})
TR_FAST int tr_setitem_small(TrValue obj, intptr_t i, TrValue key, TrValue v) TR_FAST_BODY({
    if (!TR_IS_SMALL(obj) && obj->type == &tr_list_type) {
        TrList *l = TR_LIST(obj);
        if ((uintptr_t)i < l->len && TR_LIKELY(!l->float_boxes)) {
            l->slots[i] = v;
            return 0;
        }
    }
    return tr_setitem_fast(obj, key, v);
})
/* The slot obj[key] selects when obj is a float-strategy list and key a small int in
 * range (a negative one counting from the end), else -1.  *known spares the type test:
 * the generated code keeps one per list value (kl<id>, 0 at first, opt/unbox_float.c's
 * reads and stores of that value share it), set when obj was found to be a list, which
 * it stays (a list's type cannot change); obj is never 0 here. */
static inline intptr_t tr_float_list_slot(TrValue obj, TrValue key, TrValue *known) {
    if (obj != *known) {
        if (TR_IS_SMALL(obj) || obj->type != &tr_list_type) return -1;
        *known = obj;
    }
    if (!TR_IS_SMALL(key) || !TR_LIST(obj)->float_boxes) return -1;
    intptr_t i = TR_SMALL_VAL(key), len = (intptr_t)TR_LIST(obj)->len;
    if (i < 0) i += len;
    return i >= 0 && i < len ? i : -1;
}
/* list[key] of a float-strategy list, when it is one and key a small int in range: its
 * double in *d and its box, or 0, in *box (opt/unbox_float.c's unboxed list reads). */
TR_FAST int tr_float_list_read(TrValue obj, TrValue key, TrValue *known, TrValue *box, double *d) TR_FAST_BODY({
    intptr_t i = tr_float_list_slot(obj, key, known);
    if (i < 0) return 0;
    *box = TR_LIST(obj)->float_boxes[i];
    *d = TR_LIST_DOUBLES(TR_LIST(obj))[i];
    return 1;
})
/* list[key] = d without a box, when list is a float-strategy list and key a small int
 * in range; 0 when not (the caller boxes d and stores it the generic way). */
TR_FAST int tr_float_list_write(TrValue obj, TrValue key, TrValue *known, double d) TR_FAST_BODY({
    intptr_t i = tr_float_list_slot(obj, key, known);
    if (i < 0) return 0;
    TR_LIST_DOUBLES(TR_LIST(obj))[i] = d;
    TR_LIST(obj)->float_boxes[i] = 0;
    return 1;
})
/* sqrt of x >= 0 or a NaN, which sets no errno: the instruction itself.  cc expands
 * C's sqrt to the instruction plus a call for errno's sake, and made the call alone
 * where it judged the code cold (nbody's speculative copy: a libm call per pair). */
static inline double tr_sqrt_nonneg(double x) {
#if defined(__x86_64__) && !defined(__TINYC__)
    double r;
    __asm__("sqrtsd %1, %0" : "=x"(r) : "x"(x));
    return r;
#elif defined(__aarch64__) && !defined(__TINYC__)
    double r;
    __asm__("fsqrt %d0, %d1" : "=w"(r) : "w"(x));
    return r;
#else
    extern double sqrt(double); /* math.h's; tr.h does not include it */
    return sqrt(x);
#endif
}
/* A speculative loop copy's one test of a list it reads and stores only as doubles at
 * indices below need (compiler/opt/spec_lists.c): obj is a float-strategy list that
 * long; its doubles and boxes in *d and *boxes, which stay valid while the copy runs
 * (nothing in it can change the list's strategy, length or storage). */
static inline __attribute__((always_inline)) int tr_float_list_ready(TrValue obj, intptr_t need, tr_slot_double **d, TrValue **boxes) {
    if (!obj || TR_IS_SMALL(obj) || obj->type != &tr_list_type || !TR_LIST(obj)->float_boxes ||
        TR_LIST(obj)->len < (size_t)need)
        return 0;
    *d = TR_LIST_DOUBLES(TR_LIST(obj));
    *boxes = TR_LIST(obj)->float_boxes;
    return 1;
}
/* The same for a list the copy only reads items of: an exact list holding objects (not
 * float-strategy) or an exact tuple, its items and length in *items and *len. */
static inline int tr_seq_plain_ready(TrValue obj, TrValue **items, intptr_t *len) {
    if (!obj || TR_IS_SMALL(obj)) return 0;
    if (obj->type == &tr_list_type && !TR_LIST(obj)->float_boxes) {
        *items = TR_LIST(obj)->slots;
        *len = (intptr_t)TR_LIST(obj)->len;
        return 1;
    }
    if (obj->type != &tr_tuple_type) return 0;
    *items = TR_TUPLE(obj)->items;
    *len = (intptr_t)TR_TUPLE(obj)->len;
    return 1;
}
/* The box of a double tr_float_list_read gave: the item's own if list[key] still holds
 * that float (and is then the item for good), else a new one. */
TrValue tr_float_list_box(TrValue list, TrValue key, double d);
/* obj[key] and obj[key] = v (tr_getitem_fast, tr_setitem_fast) out of line: the other
 * side of an unboxed list read or store, taken when the list is not a float-strategy
 * one.  Inlined at each such access they were a fifth of cc's time on nbody's C. */
#if TR_FLOAT_LISTS
TrValue tr_getitem_outlined(TrValue obj, TrValue key);
int tr_setitem_outlined(TrValue obj, TrValue key, TrValue v);
#else /* no list has the strategy: that side is every access */
#define tr_getitem_outlined tr_getitem_fast
#define tr_setitem_outlined tr_setitem_fast
#endif

/* The operator fast paths for one literal operator each (the emitter writes op and
 * inplace as numbers): libtcc's calls of tr_op_fast, tr_compare_bool_fast and
 * tr_compare_fast go to these copies of them, specialized by cc (fast_paths.c), instead
 * of switching on op at every operation. */
#define TR_BINOP_CODES(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12)
#define TR_COMPARE_CODES(X) X(0) X(1) X(2) X(3) X(4) X(5)
#define TR_DECLARE_OP_FAST(op) \
    TrValue tr_op_fast_##op##_0(TrValue a, TrValue b); TrValue tr_op_fast_##op##_1(TrValue a, TrValue b);
#define TR_DECLARE_COMPARE_FAST(op) \
    int tr_compare_bool_fast_##op(TrValue a, TrValue b); TrValue tr_compare_fast_##op(TrValue a, TrValue b);
TR_BINOP_CODES(TR_DECLARE_OP_FAST)
TR_COMPARE_CODES(TR_DECLARE_COMPARE_FAST)
#ifdef __TINYC__
#define tr_op_fast(op, a, b, inplace) tr_op_fast_##op##_##inplace(a, b)
#define tr_compare_bool_fast(a, b, op) tr_compare_bool_fast_##op(a, b)
#define tr_compare_fast(a, b, op) tr_compare_fast_##op(a, b)
#ifdef __x86_64__
/* libtcc's code reaches even these copies through a call, a PLT jump and back, and
 * keeps every argument and result in memory around them: on x86-64 the small-int and
 * list cases most loops and recursions spend their operations in are inline assembly
 * here, each falling back to the call (the same cc copy, so the same result) on
 * anything else.  The arguments are read twice on that path: the emitter passes
 * variables.  Small ints are 2x+1, so a+b is (a-1)+b, a-b is (a-b)|1, and tagged
 * words compare as their values; list offsets: fast_paths.c asserts them.  The call
 * is a statement after the assembly, not a ?: around it: libtcc jumps less. */
#define TR_ASM_SMALL_BOTH "mov %1, %0\n\tand %2, %0\n\ttest $1, %0\n\tjz 1f\n\t"
#define TR_ASM_ADD(a, b, call) ({                                                           \
    TrValue r_;                                                                             \
    __asm__(TR_ASM_SMALL_BOTH "lea -1(%1), %0\n\tadd %2, %0\n\tjno 2f\n1:\txor %0, %0\n2:"  \
            : "=&r"(r_) : "r"(a), "r"(b) : "cc");                                           \
    if (!r_) r_ = call(a, b);                                                               \
    r_; })
#define TR_ASM_SUB(a, b, call) ({                                                           \
    TrValue r_;                                                                             \
    __asm__(TR_ASM_SMALL_BOTH "mov %1, %0\n\tsub %2, %0\n\tjo 1f\n\tor $1, %0\n\tjmp 2f\n"  \
            "1:\txor %0, %0\n2:" : "=&r"(r_) : "r"(a), "r"(b) : "cc");                       \
    if (!r_) r_ = call(a, b);                                                               \
    r_; })
#define tr_op_fast_0_0(a, b) TR_ASM_ADD(a, b, tr_op_fast_0_0)
#define tr_op_fast_0_1(a, b) TR_ASM_ADD(a, b, tr_op_fast_0_1)
#define tr_op_fast_1_0(a, b) TR_ASM_SUB(a, b, tr_op_fast_1_0)
#define tr_op_fast_1_1(a, b) TR_ASM_SUB(a, b, tr_op_fast_1_1)
/* 1 or 0 by a conditional move of condition cc; 2 when not both small ints */
#define TR_ASM_COMPARE(a, b, cc, call) ({                                                   \
    intptr_t r_;                                                                            \
    __asm__(TR_ASM_SMALL_BOTH "mov $1, %%ecx\n\txor %0, %0\n\tcmp %2, %1\n\tcmov" cc " %%rcx, %0\n\t" \
            "jmp 2f\n1:\tmov $2, %0\n2:" : "=&r"(r_) : "r"(a), "r"(b) : "rcx", "cc");           \
    if (r_ == 2) r_ = call(a, b);                                                           \
    (int)r_; })
#define tr_compare_bool_fast_0(a, b) TR_ASM_COMPARE(a, b, "l", tr_compare_bool_fast_0)
#define tr_compare_bool_fast_1(a, b) TR_ASM_COMPARE(a, b, "le", tr_compare_bool_fast_1)
#define tr_compare_bool_fast_2(a, b) TR_ASM_COMPARE(a, b, "e", tr_compare_bool_fast_2)
#define tr_compare_bool_fast_3(a, b) TR_ASM_COMPARE(a, b, "ne", tr_compare_bool_fast_3)
#define tr_compare_bool_fast_4(a, b) TR_ASM_COMPARE(a, b, "g", tr_compare_bool_fast_4)
#define tr_compare_bool_fast_5(a, b) TR_ASM_COMPARE(a, b, "ge", tr_compare_bool_fast_5)
/* %0 = the address of list[i] for 0 <= i < len of a generic list (float_boxes 0),
 * else a jump to 1: (no scratch register: libtcc has few to give an asm statement,
 * and saves rbx around it) */
#define TR_ASM_LIST_SLOT "test $1, %2\n\tjz 1f\n\ttest $1, %1\n\tjnz 1f\n\tcmp %3, (%1)\n\tjne 1f\n\tcmpq $0, 32(%1)\n\tjne 1f\n\t" \
    "mov %2, %0\n\tsar $1, %0\n\tjs 1f\n\tcmp 8(%1), %0\n\tjae 1f\n\tshl $3, %0\n\tadd 24(%1), %0\n\t"
#define tr_getitem_fast(obj, key) ({                                                        \
    TrValue r_;                                                                             \
    __asm__(TR_ASM_LIST_SLOT "mov (%0), %0\n\tjmp 2f\n1:\txor %0, %0\n2:"                      \
            : "=&r"(r_) : "r"(obj), "r"(key), "r"(&tr_list_type) : "cc", "memory");         \
    if (!r_) r_ = tr_getitem_fast(obj, key);                                                \
    r_; })
#define tr_setitem_fast(obj, key, v) ({                                                     \
    intptr_t r_;                                                                            \
    __asm__(TR_ASM_LIST_SLOT "mov %4, (%0)\n\txor %0, %0\n\tjmp 2f\n1:\tmov $1, %0\n2:"        \
            : "=&r"(r_) : "r"(obj), "r"(key), "r"(&tr_list_type), "r"(v) : "cc", "memory"); \
    if (r_) r_ = tr_setitem_fast(obj, key, v);                                              \
    (int)r_; })
/* The same with the key a literal i, 0 <= i < 2**20, written by the emitter (key holds
 * it tagged, for the fallback): the bound test and the offset are immediates. */
#define TR_ASM_LIST_ITEMS(i) "test $1, %1\n\tjnz 1f\n\tcmp %2, (%1)\n\tjne 1f\n\tcmpq $0, 32(%1)\n\tjne 1f\n\tcmpq $" #i ", 8(%1)\n\t" \
    "jbe 1f\n\tmov 24(%1), %0\n\t"
#define tr_getitem_fast_at(obj, key, i) ({                                                  \
    TrValue r_;                                                                             \
    __asm__(TR_ASM_LIST_ITEMS(i) "mov " #i "*8(%0), %0\n\tjmp 2f\n1:\txor %0, %0\n2:"         \
            : "=&r"(r_) : "r"(obj), "r"(&tr_list_type) : "cc", "memory");                   \
    if (!r_) r_ = (tr_getitem_fast)(obj, key);                                              \
    r_; })
#define tr_setitem_fast_at(obj, key, i, v) ({                                               \
    intptr_t r_;                                                                            \
    __asm__(TR_ASM_LIST_ITEMS(i) "mov %3, " #i "*8(%0)\n\txor %0, %0\n\tjmp 2f\n1:\tmov $1, %0\n2:" \
            : "=&r"(r_) : "r"(obj), "r"(&tr_list_type), "r"(v) : "cc", "memory");          \
    if (r_) r_ = (tr_setitem_fast)(obj, key, v);                                            \
    (int)r_; })
/* tr_float_list_read/write with the key the literal i: the float-strategy list's double
 * and box at i < len moved by the assembly (%0 = 1), else %0 = 0 and the call (a generic
 * list, float_boxes 0, among those); %3 the list, %4 its type, the double through
 * memory (libtcc gives an asm statement no SSE register).  *known is left to the call:
 * it only spares the call its type test. */
#define TR_ASM_FLOAT_LIST_AT(i, move) "test $1, %3\n\tjnz 1f\n\tcmp %4, (%3)\n\tjne 1f\n\tcmpq $" #i ", 8(%3)\n\t" \
    "jbe 1f\n\tmov 32(%3), %0\n\ttest %0, %0\n\tjz 1f\n\t" move "mov $1, %0\n\tjmp 2f\n1:\txor %0, %0\n2:"
#define tr_float_list_read_at(obj, key, i, known, box, d) ({                                \
    intptr_t r_;                                                                            \
    __asm__(TR_ASM_FLOAT_LIST_AT(i, "mov " #i "*8(%0), %0\n\tmov %0, %1\n\tmov 24(%3), %0\n\tmov " #i "*8(%0), %0\n\tmov %0, %2\n\t") \
            : "=&r"(r_), "=m"(*(box)), "=m"(*(d)) : "r"(obj), "r"(&tr_list_type) : "cc", "memory"); \
    if (!r_) r_ = tr_float_list_read(obj, key, known, box, d);                              \
    (int)r_; })
#define tr_float_list_write_at(obj, key, i, known, d) ({                                    \
    intptr_t r_, t_;                                                                        \
    __asm__(TR_ASM_FLOAT_LIST_AT(i, "movq $0, " #i "*8(%0)\n\tmov 24(%3), %0\n\tmov %2, %1\n\tmov %1, " #i "*8(%0)\n\t") \
            : "=&r"(r_), "=&r"(t_) : "m"(d), "r"(obj), "r"(&tr_list_type) : "cc", "memory"); \
    if (!r_) r_ = tr_float_list_write(obj, key, known, d);                                  \
    (int)r_; })
#else
#define tr_getitem_fast_at(obj, key, i) tr_getitem_fast(obj, key)
#define tr_setitem_fast_at(obj, key, i, v) tr_setitem_fast(obj, key, v)
#define tr_float_list_read_at(obj, key, i, known, box, d) tr_float_list_read(obj, key, known, box, d)
#define tr_float_list_write_at(obj, key, i, known, d) tr_float_list_write(obj, key, known, d)
#endif
#endif

/* ============================================================ exceptions */
/* Every exception instance has this layout (subclass-specific data lives in dict). */
/* A `traceback` object (obj_traceback.c): one frame an exception has left, as CPython
 * links them: an exception's __traceback__ is the outermost frame so far, tb_next leads
 * inward to the frame that raised. */
typedef struct TrTraceback {
    TrObject ob;
    struct TrTraceback *next;  /* tb_next: toward the innermost frame */
    const TrCode *code;        /* the frame's code: file, function, names */
    int line;
    uint64_t span;             /* the columns the printer marks (TR_SPAN_*), 0: none */
    int depth;                 /* the frame's call depth */
    struct TrTraceback *back;  /* the entry of the frame's caller, once the exception left it */
    TrValue frame;             /* tb_frame, made on first use (0 until then) */
} TrTraceback;
extern TrType tr_traceback_type, tr_frame_type;
/* A frame object: a snapshot made on demand, or the frame of a traced call (trace.c) */
typedef struct TrFrame {
    TrObject ob;
    const TrCode *code;
    int line;                /* when it was made (a traced frame: when it last ran) */
    TrValue back;            /* f_back: a frame or None; 0: a traced frame's, found while it runs */
    const TrFrameSlot *slot; /* its slot on the frame stack, 0 for a traceback's */
    /* traced frames only (sys.settrace) */
    TrValue trace;           /* f_trace: the local trace function (0: none) */
    TrValue namespace;       /* a class body's: its namespace, which is its f_locals (else 0) */
    TrValue local_names;     /* during a line event: its locals (tr_trace_line_locals), else 0 */
    const TrValue *local_values;
    const char *local_cells;
    struct TrFrame *outer;   /* while it runs: the next traced frame out on this thread */
    int last_line;           /* the line of the last line check (-1: report the next line) */
    bool trace_lines;        /* f_trace_lines */
    bool running;            /* between its 'call' and 'return' events */
} TrFrame;
TrValue tr_frame_new(const TrCode *code, int line, TrValue back, const TrFrameSlot *slot); /* obj_traceback.c */
bool tr_frame_slot_live(const TrFrameSlot *slot, const TrCode *code); /* still a call of code on this thread's stack */
TrValue tr_frame_chain(int depth);  /* frame objects of the thread's frames 1..depth: the innermost, or None */
TrValue tr_frame_caller(const TrFrameSlot *slot); /* the frame object of the frame below a live slot, or None */
TrValue tr_getframe(int64_t skip);  /* sys._getframe(skip); ValueError past the outermost */
/* sys.settrace, sys.setprofile (trace.c).  A program that names either is compiled with these hooks
 * in every function of its own modules; tf is the function's frame object while traced
 * (0: not traced).  The hooks return -1 when the trace function raised. */
TrValue tr_trace_get(void);                 /* sys.gettrace() */
void tr_trace_set(TrValue func);           /* sys.settrace(func): None or 0 stops */
TrValue tr_profile_get(void);               /* sys.getprofile() */
bool tr_trace_hooked(void);                /* a trace or profile function is set on this thread */
void tr_profile_set(TrValue func);         /* sys.setprofile(func): 'call' and 'return' events */
int tr_frame_set_lineno(TrValue frame, TrValue v); /* f_lineno = v: CPython's refusals (no jumps) */
int tr_trace_call(TrValue *tf, TrFrameSlot *slot, const TrCode *code, int line, const TrValue *args); /* prologue / resume */
int tr_trace_line(TrValue tf, int line);   /* before the code of a line */
void tr_trace_back_edge(TrValue tf);       /* a loop jumps back: its header line is reported again */
int tr_trace_return(TrValue tf, TrValue v); /* return or yield v; 0: leaving by the current exception */
int tr_trace_exception(TrValue tf);        /* the current exception passes through the frame */
int tr_trace_loop_exhausted(TrValue tf, TrValue it); /* a for loop's iterator ended: by StopIteration(v)? */
/* tr_trace_line with the frame's locals for f_locals during the event: their names
 * (a tuple), values (0: unbound) and per name 'C' if the value is its cell (cells 0:
 * none is) */
int tr_trace_line_locals(TrValue tf, int line, TrValue names, const TrValue *values, const char *cells);
TrValue tr_frame_locals(TrValue frame); /* f_locals of a traced frame, as a new dict */
TrValue tr_trace_frame_at(const TrFrameSlot *slot); /* the traced frame running in slot, or 0 */
/* A traced program's calls: tr_call, tr_call_method and tr_call_ex with the profile
 * function's 'c_call', 'c_return' and 'c_exception' events when they call C functions */
TrValue tr_call_profiled(TrValue callable, TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_call_method_profiled(TrValue name, TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_call_ex_profiled(TrValue callable, TrValue argtuple, TrValue kwdict);
typedef struct TrException {
    TrObject ob;
    TrValue dict;
    TrValue args;          /* tuple */
    TrTraceback *tb;       /* __traceback__: outermost frame first (0 = None) */
    TrValue cause, context;
    int suppress_context;
    /* NameError raised in a comprehension or class body: that scope's co_varnames (the
     * traceback entry's code has its enclosing function's); 0 otherwise */
    const char *const *scope_varnames;
    /* the fields of the type's family (OSError.errno, SyntaxError.msg, ...: exc_attrs.c),
     * as many as its basicsize holds; 0 reads as None */
    TrValue fields[];
} TrException;
#define TR_EXC(v) ((TrException *)(v))
/* The fields and descriptors of exceptions (exc_attrs.c) */
size_t tr_exc_basicsize(TrType *t);                    /* a builtin exception type's instance size */
TrValue *tr_exc_field(TrValue exc, const char *name);  /* a field of exc's family, NULL if none */
int tr_exc_init_keywords(TrValue self, TrValue *values, TrValue kwnames); /* __init__'s keywords */
int tr_exc_set_traceback(TrValue exc, TrValue tb);     /* __traceback__ = tb (0: del) */
void tr_exc_add_descriptors(void);

#define TR_EXCEPTIONS(X) \
    X(BaseException) X(SystemExit) X(KeyboardInterrupt) X(GeneratorExit) X(Exception) \
    X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) X(FloatingPointError) \
    X(OverflowError) X(ZeroDivisionError) X(AssertionError) X(AttributeError) \
    X(BufferError) X(EOFError) X(ImportError) X(ModuleNotFoundError) X(LookupError) \
    X(IndexError) X(KeyError) X(MemoryError) X(NameError) X(UnboundLocalError) \
    X(OSError) X(BlockingIOError) X(ChildProcessError) X(ConnectionError) \
    X(BrokenPipeError) X(ConnectionAbortedError) X(ConnectionRefusedError) \
    X(ConnectionResetError) X(FileExistsError) X(FileNotFoundError) X(InterruptedError) \
    X(IsADirectoryError) X(NotADirectoryError) X(PermissionError) X(ProcessLookupError) \
    X(TimeoutError) X(ReferenceError) X(RuntimeError) X(NotImplementedError) \
    X(RecursionError) X(SyntaxError) X(IndentationError) X(TabError) X(SystemError) \
    X(TypeError) X(ValueError) X(UnicodeError) X(UnicodeDecodeError) \
    X(UnicodeEncodeError) X(UnicodeTranslateError) X(Warning) X(DeprecationWarning) \
    X(PendingDeprecationWarning) X(RuntimeWarning) X(SyntaxWarning) X(UserWarning) \
    X(FutureWarning) X(ImportWarning) X(UnicodeWarning) X(BytesWarning) \
    X(ResourceWarning) X(EncodingWarning)
#define TR_DECLARE_EXC(name) extern TrType tr_exc_##name;
TR_EXCEPTIONS(TR_DECLARE_EXC)
#undef TR_DECLARE_EXC
#define TR_EXC_TYPE(name) (&tr_exc_##name)

/* Raising: each returns 0 (or use the int variants' -1) so callers can `return tr_err(...)` */
TrValue tr_err(TrType *type, const char *fmt, ...);   /* message via tr_str_fmt */
TrValue tr_err_value(TrType *type, TrValue arg);      /* type(arg) */
TrValue tr_err_nomem(void);
TrValue tr_err_errno(TrType *fallback, TrValue filename); /* OSError subclass from errno */
TrValue tr_err_errno2(TrType *fallback, TrValue filename, TrValue filename2); /* ... 'a' -> 'b' */
/* UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end, reason) */
TrValue tr_err_unicode(TrType *type, const char *encoding, TrValue object, size_t start, size_t end, const char *reason);
TrValue tr_unicode_error_new(TrType *type, const char *encoding, TrValue object, size_t start, size_t end, const char *reason); /* not raised */
/* codecs.c: the text encodings.  A codec is one of these, TR_CODEC_CHARMAP + the
 * index of a single-byte codec or TR_CODEC_CJK + the index of a multibyte one
 * (codec_cjk.c); wrap_name is the name as given where CPython's codec is
 * Python code (its error handler's errors read "encoding with 'NAME' codec failed (...)"),
 * 0 on CPython's C fast paths (utf-8, ascii, latin-1, utf-16, utf-32 by those names). */
enum {
    TR_CODEC_UTF8, TR_CODEC_ASCII, TR_CODEC_LATIN1,
    /* the wide UTFs: plain names write a BOM and read one (little-endian without) */
    TR_CODEC_UTF16, TR_CODEC_UTF16LE, TR_CODEC_UTF16BE, TR_CODEC_UTF32, TR_CODEC_UTF32LE, TR_CODEC_UTF32BE,
    TR_CODEC_UTF8SIG, TR_CODEC_UNICODE_ESCAPE, TR_CODEC_RAW_UNICODE_ESCAPE, /* codec_escape.c */
    TR_CODEC_CHARMAP, TR_CODEC_CJK = 0x1000
};
typedef struct TrCodec { int id; TrValue wrap_name; } TrCodec;
/* fname: the method for the TypeError of a non-str name ("encode"), NULL for
 * codecs.lookup (whose names always wrap); -1 with TypeError/LookupError */
int tr_codec_lookup(const char *fname, TrValue encoding, TrCodec *codec);
TrValue tr_codec_encode(TrCodec codec, TrValue str, const char *errors); /* -> bytes; errors NULL: strict */
/* -> str; obj: the bytes object of d[0..n) for a UnicodeDecodeError, or 0 (made then) */
TrValue tr_codec_decode(TrCodec codec, const char *d, size_t n, TrValue obj, const char *errors);
const char *tr_codec_name(int id);  /* codecs.lookup(...).name: 'utf-8', 'iso8859-1', 'cp1252' */
bool tr_codec_ascii_lines(int id);  /* '\n' and '\r' are themselves, one byte a character */
/* file names (os.fsencode/os.fsdecode): UTF-8 with 'surrogateescape'.  tr_fs_encode: the
 * bytes of a str name, NUL-terminated, n set (NULL + UnicodeEncodeError for another lone
 * surrogate) */
const char *tr_fs_encode(TrValue str, size_t *n);
TrValue tr_fs_decode(const char *s, size_t n);
void tr_raise(TrValue exc_or_type);   /* instantiate a class; set __context__; sets current */
void tr_raise_from(TrValue exc, TrValue cause); /* raise exc from cause (cause may be None) */
int tr_err_occurred(void);
TrValue tr_err_current(void);          /* borrowed, 0 if none */
TrValue tr_err_fetch(void);            /* take and clear the current exception */
void tr_err_restore(TrValue exc);      /* make exc current again, unchanged (re-raise) */
void tr_err_clear(void);
int tr_err_matches(TrValue exc, TrValue type_or_tuple); /* -1 if the tuple holds a non-class */
int tr_err_is(TrType *type);           /* current exception is an instance of type */
/* The exception being handled (sys.exc_info()[1]): saved/restored around except blocks. */
TrValue tr_exc_handled(void);
TrValue tr_exc_handled_swap(TrValue exc); /* sets, returns the previous one (or 0) */
/* Add a frame to the current exception's traceback as it propagates. */
void tr_tb_add(const TrCode *code, int line);
/* ... marking a span of the line: a constant the compiler packs (compiler/span.c) for
 * the raising site, what CPython 3.11 marks with carets.  Columns count code points
 * from 1 (0: no span); the anchors are offsets into the span: `~` before ANCHOR_L, `^`
 * up to ANCHOR_R and `~` after it (a binary operator, a subscript).  With TR_SPAN_METHOD
 * the span is a method call `obj.name(...)` and ANCHOR_R the end of `obj.name`: the
 * part an AttributeError of the lookup marks. */
void tr_tb_add_at(const TrCode *code, int line, uint64_t span);
#define TR_SPAN_COL(s) ((int)((s) & 0x3fff))
#define TR_SPAN_END_COL(s) ((int)((s) >> 14 & 0x3fff))
#define TR_SPAN_LINES(s) ((int)((s) >> 28 & 0x7f)) /* end line - line, at most 127 */
#define TR_SPAN_METHOD ((uint64_t)1 << 35)
/* "    ~~^~~\n" under a source line (its text without the line end), 0 for none; the
 * traceback module's rules or the uncaught-exception printer's (traceback.c) */
TrValue tr_caret_line(const char *line, uint64_t span, bool module_rules);
#define TR_SPAN(col, end_col, lines) ((uint64_t)(col) | (uint64_t)(end_col) << 14 | (uint64_t)(lines) << 28)
#define TR_SPAN_ANCHOR_L(s) ((int)((s) >> 36 & 0x3fff))
#define TR_SPAN_ANCHOR_R(s) ((int)((s) >> 50 & 0x3fff))
TrValue tr_traceback_new(const TrCode *code, int line, uint64_t span, TrTraceback *next); /* obj_traceback.c */
void tr_init_traceback(void);
void tr_print_exception(TrValue exc);  /* Python-style traceback on stderr */
/* the same text as a str; limit (0 or None: sys.tracebacklimit's) as the traceback module's */
TrValue tr_format_exception(TrValue exc, bool chain, TrValue limit);
/* Signals (signals.c): a caught signal sets tr_signal_pending; polling points call
 * tr_handle_signals, which runs the Python handlers of the signals that came (main
 * thread only; SIGINT without one raises KeyboardInterrupt): -1 if one raised. */
extern volatile sig_atomic_t tr_signal_pending;
void tr_init_signals(void);
int tr_handle_signals(void);
int tr_signal_catch(int sig, TrValue handler); /* sigaction; handler(sig, None) runs later; -1 errno */
void tr_signal_forget(int sig);        /* drop the Python handler (the caller sets SIG_DFL/SIG_IGN) */
TrValue tr_signal_handler(int sig);    /* the Python handler, 0 if none */
void tr_signal_simulate(int sig);      /* as if sig came, if the runtime catches it (else nothing) */
int tr_signal_set_wakeup_fd(int fd);   /* the byte of each signal goes there (-1: nowhere); returns the old */
void tr_restore_child_signals(void);   /* in a child before exec: SIGPIPE, SIGXFSZ back to default */
void tr_exit_by_sigint(void);          /* after an uncaught KeyboardInterrupt */
/* Work queued where Python code cannot run (a collector finalizer, inside an
 * allocation): tr_schedule_pending_calls, which only sets flags, makes the next safe
 * point (tr_handle_signals, gc.collect()) call tr_pending_calls_fn (weak reference
 * callbacks, _weakref); tr_run_pending_calls returns whether it ran any work. */
extern bool (*tr_pending_calls_fn)(void);
void tr_schedule_pending_calls(void);
bool tr_run_pending_calls(void);
/* The global interpreter lock (gil.c).  Code holding it that is about to block
 * (sleep, a lock wait, a read or write of a file, pipe or socket, waitpid) brackets the
 * blocking call with tr_gil_release()/tr_gil_acquire() and touches no runtime object in
 * between; both are a flag test until a second thread has been started. */
extern bool tr_threads_started;
extern volatile sig_atomic_t tr_gil_drop_request;
void tr_gil_init(void);          /* in the main thread, at start-up */
void tr_gil_enable(void);        /* before starting the first thread: the caller holds the GIL */
void tr_gil_release(void);
void tr_gil_acquire(void);
/* The value of the blocking call `call`, made without the GIL, with its errno kept. */
#define TR_WITHOUT_GIL(type, call)                                       \
    ({                                                                   \
        tr_gil_release();                                                \
        type r_ = (call);                                                \
        int saved_errno_ = errno;                                        \
        tr_gil_acquire();                                                \
        errno = saved_errno_;                                            \
        r_;                                                              \
    })
void tr_gil_yield(void);         /* drop the GIL and let a waiting thread take it */
void tr_gil_thread_enter(void);  /* a new thread, before running Python code */
void tr_gil_thread_exit(void);   /* and when it is done */
void tr_gil_after_fork_child(void); /* in the child of os.fork */
bool tr_is_main_thread(void);
double tr_gil_get_switch_interval(void);
void tr_gil_set_switch_interval(double seconds);
/* The ". Did you mean: 'x'?" trailer CPython 3.11 prints after an uncaught NameError
 * or AttributeError that carries the failed name (suggest.c), or 0. */
TrValue tr_exc_suggestion(TrValue exc);
TrValue tr_exception_new(TrType *type, TrValue *args, size_t nargs);
/* Exception groups and except* (exc_group.c). */
extern TrType tr_exc_BaseExceptionGroup;
extern TrType *tr_exc_group_type;       /* ExceptionGroup */
void tr_init_exception_groups(void);    /* after tr_init_builtins */
int tr_is_exception_group(TrValue v);
TrValue tr_exc_group_exceptions(TrValue eg); /* the tuple */
TrValue tr_exc_star_begin(TrValue exc);      /* state of one except* statement */
TrValue tr_exc_star_match(TrValue state, TrValue type); /* matched group, None, or 0 */
void tr_exc_star_raised(TrValue state, TrValue matched, TrValue exc);
TrValue tr_exc_star_finish(TrValue state);   /* what to raise, None for nothing, 0 error */

/* ============================================================ modules */
typedef struct TrModule {
    TrObject ob;
    TrValue name;
    TrValue dict;        /* its namespace: globals() and __dict__ (obj_dict.c keeps the
                            slots' names in it up to date, stores write through) */
    size_t nslots;       /* compiled modules keep globals in a C array */
    TrValue *slots;
    const char *const *slot_names;
    TrValue slot_index;  /* dict name -> small int index, or 0 */
    int initialized;
} TrModule;
TrValue tr_module_new(const char *name, size_t nslots, TrValue *slots, const char *const *slot_names);
TrValue tr_module_add(TrValue module, const char *name, TrValue v); /* returns v or 0 */
/* A C module's integer constants, {"O_RDONLY", O_RDONLY}: added as ints; 0, or -1 + error */
typedef struct TrIntConstant { const char *name; long long value; } TrIntConstant;
int tr_module_add_int_constants(TrValue module, const TrIntConstant *constants, size_t n);
/* A namespace package (PEP 420: a directory without __init__), as CPython's: __file__
 * None, __path__ _NamespacePath([dir]), a NamespaceLoader as __loader__, which its repr shows; -1 + error */
int tr_module_make_namespace(TrValue module, const char *dir);
TrValue tr_namespace_path_new(TrValue paths); /* a namespace package's __path__ over a list (namespace_path.c) */
int tr_module_add_functions(TrValue module, const struct TrMethodDef *defs);
/* The closed world links every module; an import of a name that is not in it fails. */
typedef struct TrModuleInit { const char *name; TrValue (*init)(void); } TrModuleInit;
TrValue tr_import(const char *name, TrValue (*init)(void)); /* caches in sys.modules */
TrValue tr_import_from(TrValue module, TrValue name);        /* from m import name */
int tr_import_star(TrValue src, TrValue into);               /* from m import * */

/* ============================================================ builtins */
TrValue tr_builtin_lookup(const char *name);  /* 0 + NameError if not a builtin */
/* input()'s line editor, set when the readline module is imported: used when sys.stdin
 * and sys.stdout are the terminal on fds 0 and 1; returns the line without its newline,
 * or 0 (no error: EOF; with one: it failed) */
extern TrValue (*tr_input_hook)(TrValue prompt);
extern TrValue tr_builtins_dict;
void tr_builtins_bind(TrValue *slots, const char *const *names); /* a module's BI (builtins.c) */
void tr_builtins_store(TrValue key, TrValue v); /* builtins[key] is now v (0: deleted; key 0: all) */
extern TrValue tr_sys_modules;      /* name -> module */
extern TrValue tr_argv;             /* sys.argv */
TrValue tr_print_value(TrValue v);            /* print(v) fast path */
/* Builtins compiled calls reach directly (direct_builtins.h). */
enum {
#define TR_DIRECT_BUILTIN_INDEX(name, n) TR_DIRECT_##name,
    TR_DIRECT_BUILTINS(TR_DIRECT_BUILTIN_INDEX)
#undef TR_DIRECT_BUILTIN_INDEX
    TR_DIRECT_COUNT
};
extern TrValue tr_direct_builtins[TR_DIRECT_COUNT]; /* the original function objects */
TrValue tr_builtin_len(TrValue v);
TrValue tr_builtin_ord(TrValue v);
TrValue tr_builtin_chr(TrValue v);
TrValue tr_builtin_abs(TrValue v);
TrValue tr_builtin_hash(TrValue v);
TrValue tr_builtin_repr(TrValue v);
TrValue tr_builtin_isinstance(TrValue v, TrValue types);
TrValue tr_builtin_min(TrValue a, TrValue b);
TrValue tr_builtin_max(TrValue a, TrValue b);
TrValue tr_builtin_sum(TrValue iterable);
TrValue tr_builtin_any(TrValue iterable);
TrValue tr_builtin_all(TrValue iterable);
TrValue tr_builtin_sorted(TrValue iterable);
TrValue tr_builtin_getattr(TrValue obj, TrValue name, TrValue dflt);
TrValue tr_builtin_setattr(TrValue obj, TrValue name, TrValue v);
TrValue tr_builtin_hasattr(TrValue obj, TrValue name);
/* A start sum() rejects with a TypeError (str, bytes, bytearray): compiled code folding
 * sum(genexpr, start) into a loop (compiler/irgen_reduce.c) calls the builtin then. */
bool tr_sum_refuses_start(TrValue start);

/* ============================================================ classes */
/* class NAME(BASES, **KW): NS — calls the metaclass (type by default). */
TrValue tr_class_new(TrValue name, TrValue bases, TrValue ns, TrValue kwnames, TrValue *kwvalues);
/* The namespace its body fills: the metaclass's __prepare__(name, bases, **KW), or a dict */
TrValue tr_class_prepare(TrValue name, TrValue bases, TrValue kwnames, TrValue *kwvalues);
TrValue tr_super_new(TrValue type, TrValue obj);  /* super(type, obj) */
/* The plain function super(type, obj).name finds for an instance obj (and obj as
 * *receiver), or 0: anything else, or an error set */
TrValue tr_super_function(TrValue super, TrValue name, TrValue *receiver);
/* A `super().name(...)` call site (opt/super_call.c): per class of the instance and
 * class `super` starts after, the class dict entry holding the function (read afresh),
 * valid while the epoch of the name's group holds. */
typedef struct TrSuperCacheEntry {
    TrType *obj_type, *start;
    const uint64_t *group;
    uint64_t epoch;
    TrDict *dict;
    TrValue key;
    size_t index;
} TrSuperCacheEntry;
typedef struct TrSuperCache { TrSuperCacheEntry e[TR_ATTR_CACHE_WAYS]; unsigned next; } TrSuperCache;
/* The plain function super(start, obj).name finds for obj, an instance (not a class)
 * of a subclass of start, through c (filling it); 0 without an error otherwise */
TrValue tr_super_method_cached(TrValue start, TrValue obj, TrValue name, TrSuperCache *c);
/* super(start, obj).name(args[1..]) without a super object when the cache allows, with
 * one otherwise (CPython's errors); args[0] is free for the receiver */
TrValue tr_call_super_method(TrValue start, TrValue obj, TrValue name, TrValue *args, size_t nargs,
                             TrValue kwnames, TrSuperCache *c);
/* the same in a traced program: 'c_call' / 'c_return' around a builtin method (trace.c) */
TrValue tr_call_super_method_profiled(TrValue start, TrValue obj, TrValue name, TrValue *args, size_t nargs,
                                      TrValue kwnames, TrSuperCache *c);
TrValue tr_object_new_instance(TrType *type);
TrValue tr_class_new_with_meta(TrType *meta, TrValue name, TrValue bases, TrValue ns, TrValue kwnames,
                               TrValue *kwvalues);
void tr_class_update_slot(TrType *t, TrValue name); /* a dunder was set on a class */
/* The nearest non-user type in t's MRO (whose slots a class falls back to) */
TrType *tr_builtin_base(TrType *t);
/* The wrapper a class's nb[op] slot holds when its MRO defines the dunder in a user class */
TrBinaryFn tr_class_nb_slot(int op);
/* divmod and pow with a modulus for classes (CPython's slot_nb_divmod, slot_nb_power):
 * whether t's MRO defines __divmod__ or __rdivmod__ in a user class, a.__divmod__(b) or
 * b.__rdivmod__(a) with a subclass's reflected method first, and v.__pow__(w, z) when
 * v's class defines ** (__rpow__ takes no modulus) */
bool tr_class_defines_divmod(TrType *t);
TrValue tr_class_divmod(TrValue a, TrValue b);
TrValue tr_class_pow3(TrValue v, TrValue w, TrValue z);
/* The __init__ slot of a class whose MRO defines __init__ in a user class */
int tr_class_slot_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames);
/* The __new__ slot of a class whose MRO defines __new__ in a user class */
TrValue tr_class_slot_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames);
/* t(args) for a class t whose __new__ is object's and whose __init__ slot is
 * tr_class_slot_init: the instance, or 0 with the error set */
TrValue tr_class_construct(TrType *t, TrValue *args, size_t nargs, TrValue kwnames);
/* The descriptor of one __slots__ name: the instance's value at byte offset `offset`. */
TrValue tr_member_new(TrType *owner, TrValue name, size_t offset);
/* A member of a builtin type (descr.c): a __slots__ name, a TrValue field that reads
 * None while unset, or an int flag read and written as a bool */
typedef enum { TR_MEMBER_SLOT, TR_MEMBER_OBJECT, TR_MEMBER_BOOL } TrMemberKind;
TrValue tr_member_new_kind(TrType *owner, TrValue name, size_t offset, TrMemberKind kind);
extern TrType tr_member_type; /* member_descriptor */
/* The offset of the slot member descriptor descr reads in obj, 0 when descr is no member
 * or obj no instance of its class (attribute caches, which then read the slot directly) */
size_t tr_member_offset(TrValue descr, TrValue obj);

/* ============================================================ generators */
/* Generators, coroutines and async generators share one object layout and one
 * lowering: the body is emitted as a resumable function over a heap frame that returns
 * the next yielded value, or with state -1 the return value, or 0 on error.  A resume
 * with sent == 0 means "an exception was thrown in" (it is the current exception).
 * In a coroutine `await x` is `yield from tr_awaitable(x)`; in an async generator a
 * `yield v` sets agen_yielded before it returns v, so values for the consumer are told
 * apart from values an awaited future passes up to the event loop. */
typedef struct TrGen {
    TrObject ob;        /* type: tr_generator_type, tr_coroutine_type or tr_async_generator_type */
    TrValue (*resume)(struct TrGen *gen, TrValue sent);
    void *frame;        /* emitted frame struct: bound args and every SSA value */
    TrFunc *func;
    TrValue retval;     /* set when finished: the return value (yield from) */
    TrValue yieldfrom;  /* suspended in yield from/await: the iterator it delegates to (gi_yieldfrom) */
    TrValue handled;    /* suspended inside an except block: the exception it handles (its
                           own sys.exc_info(), CPython's gi_exc_state), else 0 */
    int state;          /* 0 not started, > 0 suspended at that yield, -1 finished */
    int yieldfrom_line; /* suspended in yield from: its line (the frame slot a chain resume pushes) */
    /* flags in bytes: 72 bytes before the frame on 64-bit targets, not 88 */
    uint8_t running;
    uint8_t running_async;  /* async generators: an asend/athrow awaitable is in progress */
    uint8_t closed;         /* async generators: finished or aclose()d */
    uint8_t hooks_inited;   /* async generators: tr_agen_firstiter_hook was called */
    uint8_t iterable_coroutine; /* a generator made awaitable by types.coroutine */
    uint8_t delegate_done;  /* resumed with its delegate's outcome pending (throw(), chains: obj_gen.c) */
    uint8_t agen_yielded;   /* async generators: the value the body just returned is a `yield`'s */
    uint8_t finalizable;    /* has suspended inside a try/with: closed when collected (finalize.c) */
} TrGen;
extern TrType tr_generator_type, tr_coroutine_type, tr_async_generator_type;
TrValue tr_gen_new(TrType *type, TrFunc *fn, TrValue (*resume)(TrGen *, TrValue), size_t frame_size);
/* One step of `yield from it` in gen (0 outside a generator): 1 = *out is a value to
 * yield, 0 = finished with *out as the result, -1 = error.  sent == 0: throw the
 * current exception into it. */
int tr_gen_delegate(TrGen *gen, TrValue it, TrValue sent, TrValue *out);
/* The iterator `await v` delegates to (CPython's GET_AWAITABLE); ctx 0 for `await`,
 * 1/2 for the results of __aenter__/__aexit__ (error texts differ). */
TrValue tr_awaitable(TrValue v, int ctx);
TrValue tr_yield_from_iter(TrValue v);    /* iter(v) for `yield from`, refusing coroutines */
/* After next() found it exhausted: the value a generator (or a coroutine's __await__()
 * iterator) returned, handed out once; 0 when there is none (or it was None). */
TrValue tr_gen_take_retval(TrValue it);
TrValue tr_aiter(TrValue v);              /* `async for`: type(v).__aiter__(v), checked */
TrValue tr_anext_awaitable(TrValue ait);  /* `async for`: awaitable of ait.__anext__() */
TrValue tr_aiter_builtin(TrValue v);      /* aiter(v) */
TrValue tr_anext_builtin(TrValue ait, TrValue dflt); /* anext(ait[, dflt]); dflt 0: none */
/* Called with an async generator when it is first iterated (CPython's firstiter hook of
 * sys.set_asyncgen_hooks): the asyncio loop tracks them to aclose() them at shutdown. */
extern void (*tr_agen_firstiter_hook)(TrValue agen);
/* Called with a first-iterated async generator its owner dropped unfinished (CPython's
 * finalizer hook): the asyncio loop schedules its aclose(). */
extern void (*tr_agen_finalizer_hook)(TrValue agen);
TrValue tr_gen_close(TrValue gen);        /* generator.close() */
/* Finalisation (finalize.c).  tr_del_track: obj's class has __del__, call it when obj is
 * found dead; tr_gen_track: close g when found dead (TR_GEN_SUSPEND_IN_TRY, emitted at a
 * yield inside a try/with block).  tr_run_finalizers runs what the collector found dead
 * (a safe point: tr_run_pending_calls); tr_gc_collect is gc.collect() (full collection,
 * then finalizers and weak reference callbacks), returning how many objects with
 * finalizers it found dead; tr_finalize_at_exit runs after the atexit handlers. */
void tr_del_track(TrValue obj);
void tr_gen_track(TrGen *g);
#define TR_GEN_SUSPEND_IN_TRY(g) do { if (TR_UNLIKELY(!(g)->finalizable)) tr_gen_track(g); } while (0)
bool tr_run_finalizers(void);
bool tr_is_finalized(TrValue obj);
size_t tr_gc_collect(void);
void tr_finalize_at_exit(void);
void tr_init_gen(void);

/* For loops over a generator they own (iter_owned.c).  A loop whose iterable is a call
 * of a generator function holds the only reference to the generator it gets, so when
 * the loop ends early (break, return) it closes it, where CPython's reference count
 * would: a `finally` or `with` in the generator runs at that point. */
bool tr_calls_genfunc(TrValue callee);                 /* f(...) makes a new generator */
bool tr_method_calls_genfunc(TrValue obj, TrValue name); /* obj.name(...) does */
void tr_close_owned_iter(TrValue it);  /* errors are reported as CPython's unraisable ones */
void tr_close_main_generators(void); /* at exit: the main module's suspended generators */

/* ============================================================ the program */
typedef struct TrRuntimeArgs { int argc; char **argv; } TrRuntimeArgs;
/* Initialise the runtime, run the main module's init, print uncaught exceptions,
 * handle SystemExit, flush stdio; returns the process exit status. */
int tr_main(int argc, char **argv, TrValue (*main_init)(void));
void tr_runtime_init(int argc, char **argv);
int tr_runtime_finish(TrValue result); /* result of main init (0 = exception) -> exit code */
/* Set by the atexit module when a program imports it: runs its callbacks, newest first,
 * reporting those that raise; tr_runtime_finish calls it after the threads are joined. */
extern void (*tr_atexit_hook)(void);
/* Register static storage holding TrValues (module globals, constants) with the GC;
 * needed for code compiled in memory by libtcc. */
void tr_add_roots(void *start, size_t size);
/* Static data in [start, end) holds no TrValues: the GC is not to scan it as a root.  May
 * be called before the runtime starts (trc names libtcc's data so); a range may not
 * overlap one already excluded. */
void tr_exclude_roots(void *start, void *end);
/* Static storage [start, start + size) of caches (generated code's inline caches, the
 * method cache): no root, emptied (zeroed) whenever a collection starts marking, so
 * an entry can only name objects reached since the last collection began, none of
 * which can have been freed and reused.  Code reading an entry must not allocate
 * between its reads. */
void tr_add_cache_block(void *start, size_t size);
/* Each runtime file with types has a ready function run by tr_runtime_init. */
void tr_init_object(void);
void tr_init_union(void);
void tr_init_mappingproxy(void);      /* obj_mappingproxy.c */
void tr_init_code(void);              /* obj_code.c: types.CodeType, f.__code__ */
extern TrType tr_code_type;
TrValue tr_code_object(const TrCode *code);     /* the one code object of code */
const TrCode *tr_code_of(TrValue codeobj);
size_t tr_code_nfree(const TrCode *code);       /* len(co_freevars) */
void tr_code_free_order(const TrCode *code, size_t *order); /* closure index per co_freevars name */
extern TrType tr_mappingproxy_type;
TrValue tr_mappingproxy_new(TrValue mapping); /* types.MappingProxyType(mapping) */            /* obj_union.c: after str */
void tr_init_generic_alias(void);    /* obj_generic_alias.c: after str */
void tr_init_object_methods(void);   /* after str and the descriptor types */
void tr_init_slot_wrappers(void);    /* dunder methods of builtin slots, once types exist */
void tr_init_type_docs(void);        /* type_docs.c: before tr_init_slot_wrappers */
TrValue tr_builtin_doc(TrType *t);   /* a builtin type's docstring (str) or 0 */
void tr_init_tuple_methods(void);
void tr_init_dict_methods(void);
void tr_init_descr(void);
void tr_init_module(void);
void tr_init_int(void);
void tr_init_bool(void);
void tr_init_float(void);
void tr_init_str(void);
void tr_init_str_methods(void);
void tr_init_bytes(void);
void tr_init_memoryview(void);
void tr_init_list(void);
void tr_init_tuple(void);
void tr_init_dict(void);
void tr_init_set(void);
void tr_init_range(void);
void tr_init_slice(void);     /* called by tr_init_range */
void tr_init_iter(void);
void tr_init_func(void);
void tr_init_exceptions(void);
void tr_init_builtins(void);
void tr_init_file(void);

/* Files (open()) and the standard streams */
TrValue tr_file_from_fd(int fd, const char *name, const char *mode);
TrValue tr_file_open(TrValue *args, size_t nargs, TrValue kwnames); /* open(...) */
int tr_object_fd(TrValue obj, int *fd); /* an int or an object with fileno(): 0, or -1 + error */
extern TrType *tr_io_unsupported_operation; /* io.UnsupportedOperation (file.c) */
/* the io classes (iobase.c, file.c): the abstract bases and open()'s classes */
extern TrType tr_iobase_type, tr_rawiobase_type, tr_bufferediobase_type, tr_textiobase_type;
extern TrType tr_fileio_type, tr_bufreader_type, tr_bufwriter_type, tr_bufrandom_type;
enum { TR_DEFAULT_BUFFER_SIZE = 8192 };
void tr_init_iobase(void);
extern TrValue tr_sys_stdout, tr_sys_stderr, tr_sys_stdin;
/* breakpoint() and sys.breakpointhook's default (breakpoint.c); help (help.c) */
TrValue tr_builtin_breakpoint(TrValue *args, size_t nargs, TrValue kwnames);
TrValue tr_default_breakpointhook(void);
TrValue tr_help_new(void);
int tr_file_write_str(TrValue file, TrValue s); /* text file: newline, codec; -1 + error */
int tr_flush_stdout(void); /* -1 (errno) if this or an earlier flush failed: CPython keeps the data */

#endif
