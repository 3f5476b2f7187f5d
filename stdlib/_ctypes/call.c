/* call.c — `_ctypes`' calls through libffi.  call(): a C function at an address called
 * with arguments already stored in memory (one address per argument, its type code
 * beside it: a letter, or "{...}" for a structure passed by value) and its result stored at another address, optionally swapping the C errno
 * with ctypes' private copy (use_errno) and releasing the GIL (CDLL; not PyDLL).
 * closure(): a C function pointer (a libffi closure) whose calls run a Python wrapper
 * with the addresses of the arguments and of the result to fill; its exceptions are
 * printed as CPython's "Exception ignored on calling ctypes callback function" and the
 * result left zero.  Assumes: callbacks run on the thread that made the call into C (or
 * the main thread with no call in progress), never on a foreign thread. */
#include "ctypes_shared.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>

static __thread int ctypes_errno;       /* get_errno()/set_errno() */
static __thread bool gil_released;      /* inside a call made without the GIL */

/* The libffi type of the code at *p, advancing *p: a letter, or "{...}" a structure
 * of the codes inside (the structure's, tr_alloc'd, as collected memory the cif refers
 * to); NULL + ValueError for a bad code, void inside a list or an empty structure. */
static ffi_type *parse_type(const char **p) {
    if (**p != '{') {
        ffi_type *t = tr_ctypes_ffi_type(**p);
        if (!t) return tr_err(TR_EXC_TYPE(ValueError), "bad ctypes type code"), NULL;
        (*p)++;
        return t;
    }
    (*p)++;
    size_t n = 0, cap = 8;
    ffi_type **elements = tr_alloc(cap * sizeof *elements);
    while (**p && **p != '}') {
        if (n + 1 >= cap) {
            ffi_type **grown = tr_alloc(2 * cap * sizeof *grown);
            memcpy(grown, elements, n * sizeof *grown);
            elements = grown;
            cap *= 2;
        }
        if (!(elements[n] = parse_type(p))) return NULL;
        if (elements[n++] == &ffi_type_void) return tr_err(TR_EXC_TYPE(ValueError), "bad ctypes type code"), NULL;
    }
    if (**p != '}' || !n) return tr_err(TR_EXC_TYPE(ValueError), "bad ctypes structure code"), NULL;
    (*p)++;
    ffi_type *st = tr_alloc(sizeof *st); /* size and alignment: ffi_prep_cif computes them */
    st->type = FFI_TYPE_STRUCT;
    st->elements = elements;
    return st;
}

/* the argument type codes of a str as libffi types, tr_alloc'd */
static ffi_type **ffi_types(TrValue codes, size_t *n) {
    if (!tr_str_check(codes)) return tr_err(TR_EXC_TYPE(TypeError), "type codes must be a str"), NULL;
    const char *p = tr_str_cstr(codes);
    size_t cap = strlen(p) + 1;
    ffi_type **t = tr_alloc(cap * sizeof *t);
    for (*n = 0; *p; (*n)++) {
        if (!(t[*n] = parse_type(&p))) return NULL;
        if (t[*n] == &ffi_type_void) return tr_err(TR_EXC_TYPE(ValueError), "bad ctypes type code"), NULL;
    }
    return t;
}

/* the result type code of a str ("v": void) */
static ffi_type *result_type(TrValue v) {
    if (!tr_str_check(v)) return tr_err(TR_EXC_TYPE(TypeError), "type codes must be a str"), NULL;
    const char *p = tr_str_cstr(v);
    ffi_type *t = parse_type(&p);
    if (t && *p) return tr_err(TR_EXC_TYPE(ValueError), "bad ctypes type code"), NULL;
    return t;
}

/* a result as libffi returns it (integers narrower than ffi_arg widened) moved to the
 * plain C object of its type at dst, or back (to_ffi) */
static void move_result(ffi_type *t, void *ffi_ret, void *dst, bool to_ffi) {
    if (t == &ffi_type_void) return;
    bool narrow = t->type != FFI_TYPE_FLOAT && t->type != FFI_TYPE_DOUBLE && t->type != FFI_TYPE_LONGDOUBLE &&
                  t->type != FFI_TYPE_POINTER && t->type != FFI_TYPE_STRUCT && t->size < sizeof(ffi_arg);
    if (!narrow) {
        if (to_ffi) memcpy(ffi_ret, dst, t->size);
        else memcpy(dst, ffi_ret, t->size);
        return;
    }
    if (!to_ffi) { /* the low bytes of the ffi_arg, in host order */
        ffi_arg a;
        memcpy(&a, ffi_ret, sizeof a);
        switch (t->size) {
        case 1: { uint8_t x = (uint8_t)a; memcpy(dst, &x, 1); break; }
        case 2: { uint16_t x = (uint16_t)a; memcpy(dst, &x, 2); break; }
        default: { uint32_t x = (uint32_t)a; memcpy(dst, &x, 4); break; }
        }
        return;
    }
    bool sign = t->type == FFI_TYPE_SINT8 || t->type == FFI_TYPE_SINT16 || t->type == FFI_TYPE_SINT32;
    int64_t v = 0;
    switch (t->size) {
    case 1: { uint8_t x; memcpy(&x, dst, 1); v = sign ? (int8_t)x : x; break; }
    case 2: { uint16_t x; memcpy(&x, dst, 2); v = sign ? (int16_t)x : x; break; }
    default: { uint32_t x; memcpy(&x, dst, 4); v = sign ? (int32_t)x : x; break; }
    }
    ffi_arg a = (ffi_arg)v;
    memcpy(ffi_ret, &a, sizeof a);
}

typedef union { ffi_arg a; long double g; void *p; char bytes[32]; } ResultBuf;

/* call(function, argcodes, argaddresses, rescode, resaddress, use_errno, release_gil,
 * keep): keep holds the objects whose memory the addresses point into, so that they
 * live (in this call's arguments) until the C function has returned */
static TrValue py_call(TrValue *args, size_t nargs, TrValue kwnames) {
    void *fn, *res;
    ffi_type *rtype;
    size_t n;
    if (tr_no_kwargs("call", kwnames) < 0 || tr_check_nargs("call", nargs, 8, 8) < 0 ||
        tr_ctypes_addr(args[0], &fn) < 0 || !(rtype = result_type(args[3])) || tr_ctypes_addr(args[4], &res) < 0)
        return 0;
    ffi_type **atypes = ffi_types(args[1], &n);
    if (!atypes) return 0;
    TrValue addrs = args[2];
    if (!tr_isinstance_type(addrs, &tr_tuple_type) || TR_TUPLE(addrs)->len != n)
        return tr_err(TR_EXC_TYPE(TypeError), "argument addresses must be a tuple of one per type code");
    void **avalues = tr_alloc((n + 1) * sizeof *avalues);
    for (size_t i = 0; i < n; i++)
        if (tr_ctypes_addr(TR_TUPLE(addrs)->items[i], &avalues[i]) < 0) return 0;
    ffi_cif cif;
    if (ffi_prep_cif(&cif, FFI_DEFAULT_ABI, (unsigned)n, rtype, atypes) != FFI_OK)
        return tr_err(TR_EXC_TYPE(RuntimeError), "ffi_prep_cif failed");
    bool use_errno = args[5] == tr_True, release = args[6] == tr_True;
    ResultBuf small = {0};
    void *rbuf = rtype->size > sizeof small ? tr_alloc(rtype->size) : &small;
    bool was_released = gil_released;
    if (release) {
        gil_released = true;
        tr_gil_release();
    }
    if (use_errno) {
        int saved = errno;
        errno = ctypes_errno;
        ffi_call(&cif, FFI_FN(fn), rbuf, avalues);
        ctypes_errno = errno;
        errno = saved;
    } else ffi_call(&cif, FFI_FN(fn), rbuf, avalues);
    if (release) {
        tr_gil_acquire();
        gil_released = was_released;
    }
    move_result(rtype, rbuf, res, false);
    return tr_None;
}

/* --------------------------------------------------------------- callbacks */
typedef struct {
    TrObject ob;
    TrValue wrapper;   /* wrapper(argaddresses, resaddress) */
    TrValue func;      /* the Python function it calls, named when it raises */
    ffi_cif cif;
    ffi_type **atypes, *rtype; /* the cif's, kept here for the collector */
    ffi_closure *closure;
    void *code;        /* the C function pointer */
} Thunk;

static TrType thunk_type = {
    .ob = {&tr_type_type}, .name = "CThunkObject", .basicsize = sizeof(Thunk),
};

static void thunk_run(ffi_cif *cif, void *ret, void **args, void *data) {
    Thunk *t = data;
    bool reacquire = gil_released;
    if (reacquire) {
        tr_gil_acquire();
        gil_released = false;
    }
    TrValue addrs = tr_tuple_new(cif->nargs);
    for (unsigned i = 0; i < cif->nargs; i++) TR_TUPLE(addrs)->items[i] = tr_int_from_u64((uintptr_t)args[i]);
    ResultBuf small = {0};
    size_t size = cif->rtype->size > sizeof small ? cif->rtype->size : sizeof small;
    void *res = size > sizeof small ? tr_alloc(size) : &small;
    if (!tr_call2(t->wrapper, addrs, tr_int_from_u64((uintptr_t)res))) {
        TrValue exc = tr_err_fetch();
        TrValue r = tr_repr(t->func);
        tr_err_clear();
        TrValue text = tr_format_exception(exc, false, 0);
        tr_err_clear();
        tr_flush_stdout();
        fprintf(stderr, "Exception ignored on calling ctypes callback function: %s\n%s",
                r ? tr_str_cstr(r) : "<object repr() failed>", text ? tr_str_cstr(text) : "");
        memset(res, 0, size);
    }
    move_result(cif->rtype, ret, res, true);
    if (reacquire) {
        gil_released = true;
        tr_gil_release();
    }
}

static void thunk_finalize(void *obj, void *data) {
    (void)data;
    ffi_closure_free(((Thunk *)obj)->closure);
}

/* closure(wrapper, rescode, argcodes, func) -> (thunk, address of the C function) */
static TrValue py_closure(TrValue *args, size_t nargs, TrValue kwnames) {
    ffi_type *rtype;
    size_t n;
    if (tr_no_kwargs("closure", kwnames) < 0 || tr_check_nargs("closure", nargs, 4, 4) < 0 ||
        !(rtype = result_type(args[1])))
        return 0;
    ffi_type **atypes = ffi_types(args[2], &n);
    if (!atypes) return 0;
    Thunk *t = (Thunk *)tr_object_alloc(&thunk_type, sizeof(Thunk));
    t->wrapper = args[0];
    t->func = args[3];
    t->atypes = atypes;
    t->rtype = rtype;
    if (ffi_prep_cif(&t->cif, FFI_DEFAULT_ABI, (unsigned)n, rtype, atypes) != FFI_OK)
        return tr_err(TR_EXC_TYPE(RuntimeError), "ffi_prep_cif failed");
    t->closure = ffi_closure_alloc(sizeof(ffi_closure), &t->code);
    if (!t->closure) return tr_err_nomem();
    if (ffi_prep_closure_loc(t->closure, &t->cif, thunk_run, t, t->code) != FFI_OK) {
        ffi_closure_free(t->closure);
        return tr_err(TR_EXC_TYPE(RuntimeError), "ffi_prep_closure failed");
    }
    GC_register_finalizer_no_order(t, thunk_finalize, NULL, NULL, NULL); /* it is in a cycle: thunk, wrapper, CFuncPtr */
    TrValue r = tr_tuple_new(2);
    TR_TUPLE(r)->items[0] = (TrValue)t;
    TR_TUPLE(r)->items[1] = tr_int_from_u64((uintptr_t)t->code);
    return r;
}

static TrValue py_get_errno(TrValue *args, size_t nargs, TrValue kwnames) {
    (void)args;
    if (tr_no_kwargs("get_errno", kwnames) < 0 || tr_check_nargs("get_errno", nargs, 0, 0) < 0) return 0;
    return tr_int_from_i64(ctypes_errno);
}

/* set_errno(value) -> the old value */
static TrValue py_set_errno(TrValue *args, size_t nargs, TrValue kwnames) {
    int v;
    if (tr_no_kwargs("set_errno", kwnames) < 0 || tr_check_nargs("set_errno", nargs, 1, 1) < 0 ||
        tr_as_c_int(args[0], &v) < 0)
        return 0;
    int old = ctypes_errno;
    ctypes_errno = v;
    return tr_int_from_i64(old);
}

static const TrMethodDef call_functions[] = {
    {"call", py_call}, {"closure", py_closure}, {"get_errno", py_get_errno},
    {"set_errno", py_set_errno}, {0},
};

void tr_ctypes_call_ready(TrValue module) {
    thunk_type.module = TR_INTERN("_ctypes");
    tr_type_ready(&thunk_type);
    tr_module_add_functions(module, call_functions);
}
