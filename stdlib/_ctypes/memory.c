/* memory.c — `_ctypes`' raw memory: values of the type codes read and written at an
 * address (with CPython's conversions: ints truncated to the C width, the TypeError
 * texts of its setters), memmove/memset, string_at/wstring_at and the address of a
 * bytes-like object's memory.  Addresses are Python ints; nothing here checks them (as
 * CPython does not).  Assumes: wchar_t is 4 bytes (UTF-32 in host order). */
#include "ctypes_shared.h"
#include <float.h>
#include <math.h>
#include <string.h>
#include <wchar.h>

static const TrCodec utf32 = {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    TR_CODEC_UTF32LE,
#else
    TR_CODEC_UTF32BE,
#endif
    0};

ffi_type *tr_ctypes_ffi_type(char code) {
    switch (code) {
    case 'b': case 'c': return &ffi_type_sint8;
    case 'B': case '?': return &ffi_type_uint8;
    case 'h': return &ffi_type_sint16;
    case 'H': return &ffi_type_uint16;
    case 'i': return &ffi_type_sint;
    case 'I': return &ffi_type_uint;
    case 'l': return &ffi_type_slong;
    case 'L': return &ffi_type_ulong;
    case 'q': return &ffi_type_sint64;
    case 'Q': return &ffi_type_uint64;
    case 'u': return sizeof(wchar_t) == 4 ? &ffi_type_sint32 : &ffi_type_uint16;
    case 'f': return &ffi_type_float;
    case 'd': return &ffi_type_double;
    case 'g': return &ffi_type_longdouble;
    case 'z': case 'Z': case 'P': return &ffi_type_pointer;
    case 'v': return &ffi_type_void;
    default: return NULL;
    }
}

TrValue tr_ctypes_get(const void *addr, char code) {
    switch (code) {
#define INT(c, T) case c: { T x; memcpy(&x, addr, sizeof x); return tr_int_from_i64(x); }
#define UINT(c, T) case c: { T x; memcpy(&x, addr, sizeof x); return tr_int_from_u64(x); }
    INT('b', int8_t) UINT('B', uint8_t) INT('h', short) UINT('H', unsigned short) INT('i', int)
    UINT('I', unsigned) INT('l', long) UINT('L', unsigned long) INT('q', long long) UINT('Q', unsigned long long)
#undef INT
#undef UINT
    case '?': return tr_bool(*(const uint8_t *)addr != 0);
    case 'f': { float x; memcpy(&x, addr, sizeof x); return tr_float_new(x); }
    case 'd': { double x; memcpy(&x, addr, sizeof x); return tr_float_new(x); }
    case 'g': { long double x; memcpy(&x, addr, sizeof x); return tr_float_new((double)x); }
    case 'c': return tr_bytes_new(addr, 1);
    case 'u': return tr_codec_decode(utf32, addr, sizeof(wchar_t), 0, "strict");
    case 'P': case 'z': case 'Z': {
        void *p;
        memcpy(&p, addr, sizeof p);
        if (!p) return tr_None;
        if (code == 'P') return tr_int_from_u64((uintptr_t)p);
        if (code == 'z') return tr_bytes_new(p, strlen(p));
        return tr_codec_decode(utf32, p, wcslen(p) * sizeof(wchar_t), 0, "strict");
    }
    default: return tr_err(TR_EXC_TYPE(ValueError), "unknown ctypes type code '%c'", code);
    }
}

/* the low 64 bits of an int (through __index__), as C's conversion to a narrower
 * unsigned type keeps them */
static int low_bits(TrValue v, uint64_t *out) {
    TrValue i = tr_number_index(v);
    if (!i) return -1;
    int64_t small;
    if (tr_int_as_i64(i, &small) == 0) {
        *out = (uint64_t)small;
        return 0;
    }
    tr_err_clear();
    mpz_t z;
    mpz_init(z);
    tr_int_as_mpz(i, z);
    mpz_fdiv_r_2exp(z, z, 64);
    *out = mpz_get_ui(z);
    mpz_clear(z);
    return 0;
}

int tr_ctypes_addr(TrValue v, void **out) {
    uint64_t bits = 0;
    if (v != tr_None && low_bits(v, &bits) < 0) return -1;
    *out = (void *)(uintptr_t)bits;
    return 0;
}

int tr_ctypes_set(void *addr, char code, TrValue v) {
    uint64_t bits;
    double d;
    switch (code) {
#define INT(c, T) case c: { if (low_bits(v, &bits) < 0) return -1; T x = (T)bits; memcpy(addr, &x, sizeof x); return 0; }
    INT('b', int8_t) INT('B', uint8_t) INT('h', short) INT('H', unsigned short) INT('i', int) INT('I', unsigned)
    INT('l', long) INT('L', unsigned long) INT('q', long long) INT('Q', unsigned long long)
#undef INT
    case '?': {
        int t = tr_truthy(v);
        if (t < 0) return -1;
        *(uint8_t *)addr = (uint8_t)t;
        return 0;
    }
    case 'f': case 'd': case 'g':
        if (tr_as_double(v, &d) < 0) return -1;
        if (code == 'f') { /* out of float's range: infinity (C leaves the conversion undefined) */
            float x = isfinite(d) && fabs(d) > FLT_MAX ? (float)copysign(INFINITY, d) : (float)d;
            memcpy(addr, &x, sizeof x);
        }
        else if (code == 'd') memcpy(addr, &d, sizeof d);
        else { long double x = d; memcpy(addr, &x, sizeof x); }
        return 0;
    case 'c': {
        const char *data;
        size_t n;
        int64_t i;
        if (!TR_IS_SMALL(v) && (tr_bytes_check(v) || tr_isinstance_type(v, &tr_bytearray_type)) &&
            (data = tr_buffer_view(v, &n)) && n == 1) {
            *(char *)addr = data[0];
            return 0;
        }
        if (tr_int_check(v) && tr_int_as_i64(v, &i) == 0 && i >= 0 && i < 256) {
            *(char *)addr = (char)i;
            return 0;
        }
        tr_err_clear();
        tr_err(TR_EXC_TYPE(TypeError), "one character bytes, bytearray or integer expected");
        return -1;
    }
    case 'u': {
        TrValue b = tr_str_check(v) ? tr_codec_encode(utf32, v, "strict") : 0;
        if (tr_str_check(v) && !b) return -1;
        if (!b || ((TrBytes *)b)->len != sizeof(wchar_t)) {
            tr_err(TR_EXC_TYPE(TypeError), "one character unicode string expected");
            return -1;
        }
        memcpy(addr, ((TrBytes *)b)->data, sizeof(wchar_t));
        return 0;
    }
    case 'P': case 'z': case 'Z': {
        void *p;
        if (tr_ctypes_addr(v, &p) < 0) return -1;
        memcpy(addr, &p, sizeof p);
        return 0;
    }
    default:
        tr_err(TR_EXC_TYPE(ValueError), "unknown ctypes type code '%c'", code);
        return -1;
    }
}

/* a one-letter type code argument */
static int code_arg(TrValue v, char *out) {
    if (!tr_str_check(v) || TR_STR(v)->len != 1 || !tr_ctypes_ffi_type(tr_str_cstr(v)[0])) {
        tr_err(TR_EXC_TYPE(ValueError), "bad ctypes type code");
        return -1;
    }
    *out = tr_str_cstr(v)[0];
    return 0;
}

/* get(address, code) */
static TrValue py_get(TrValue *args, size_t nargs, TrValue kwnames) {
    void *p;
    char code;
    if (tr_no_kwargs("get", kwnames) < 0 || tr_check_nargs("get", nargs, 2, 2) < 0 ||
        tr_ctypes_addr(args[0], &p) < 0 || code_arg(args[1], &code) < 0)
        return 0;
    return tr_ctypes_get(p, code);
}

/* set(address, code, value) */
static TrValue py_set(TrValue *args, size_t nargs, TrValue kwnames) {
    void *p;
    char code;
    if (tr_no_kwargs("set", kwnames) < 0 || tr_check_nargs("set", nargs, 3, 3) < 0 ||
        tr_ctypes_addr(args[0], &p) < 0 || code_arg(args[1], &code) < 0 || tr_ctypes_set(p, code, args[2]) < 0)
        return 0;
    return tr_None;
}

/* type_info(code) -> (size, alignment) */
static TrValue py_type_info(TrValue *args, size_t nargs, TrValue kwnames) {
    char code;
    if (tr_no_kwargs("type_info", kwnames) < 0 || tr_check_nargs("type_info", nargs, 1, 1) < 0 ||
        code_arg(args[0], &code) < 0)
        return 0;
    ffi_type *t = tr_ctypes_ffi_type(code);
    TrValue r = tr_tuple_new(2);
    TR_TUPLE(r)->items[0] = tr_int_from_i64((int64_t)t->size);
    TR_TUPLE(r)->items[1] = tr_int_from_i64(t->alignment);
    return r;
}

/* memmove(dst, src, count) / memset(dst, c, count): dst returned, as by CPython */
static TrValue py_memmove(TrValue *args, size_t nargs, TrValue kwnames) {
    void *dst, *src;
    int64_t n;
    if (tr_no_kwargs("memmove", kwnames) < 0 || tr_check_nargs("memmove", nargs, 3, 3) < 0 ||
        tr_ctypes_addr(args[0], &dst) < 0 || tr_ctypes_addr(args[1], &src) < 0 || tr_as_c_long(args[2], &n) < 0)
        return 0;
    memmove(dst, src, (size_t)n);
    return tr_int_from_u64((uintptr_t)dst);
}

static TrValue py_memset(TrValue *args, size_t nargs, TrValue kwnames) {
    void *dst;
    int c;
    int64_t n;
    if (tr_no_kwargs("memset", kwnames) < 0 || tr_check_nargs("memset", nargs, 3, 3) < 0 ||
        tr_ctypes_addr(args[0], &dst) < 0 || tr_as_c_int(args[1], &c) < 0 || tr_as_c_long(args[2], &n) < 0)
        return 0;
    memset(dst, c, (size_t)n);
    return tr_int_from_u64((uintptr_t)dst);
}

/* string_at(address, size=-1): the bytes there, up to the NUL when size is -1 */
static TrValue py_string_at(TrValue *args, size_t nargs, TrValue kwnames) {
    void *p;
    int64_t n = -1;
    if (tr_no_kwargs("string_at", kwnames) < 0 || tr_check_nargs("string_at", nargs, 1, 2) < 0 ||
        tr_ctypes_addr(args[0], &p) < 0 || (nargs > 1 && tr_as_c_long(args[1], &n) < 0))
        return 0;
    return tr_bytes_new(p, n < 0 ? strlen(p) : (size_t)n);
}

/* wstring_at(address, size=-1): the str of the wchar_t there */
static TrValue py_wstring_at(TrValue *args, size_t nargs, TrValue kwnames) {
    void *p;
    int64_t n = -1;
    if (tr_no_kwargs("wstring_at", kwnames) < 0 || tr_check_nargs("wstring_at", nargs, 1, 2) < 0 ||
        tr_ctypes_addr(args[0], &p) < 0 || (nargs > 1 && tr_as_c_long(args[1], &n) < 0))
        return 0;
    size_t len = n < 0 ? wcslen(p) : (size_t)n;
    return tr_codec_decode(utf32, p, len * sizeof(wchar_t), 0, "strict");
}

/* buffer_info(obj) -> (address, length, readonly) of a bytes-like object's memory */
static TrValue py_buffer_info(TrValue *args, size_t nargs, TrValue kwnames) {
    TrBuffer view;
    if (tr_no_kwargs("buffer_info", kwnames) < 0 || tr_check_nargs("buffer_info", nargs, 1, 1) < 0 ||
        tr_get_buffer(args[0], &view) < 0)
        return 0;
    TrValue r = tr_tuple_new(3);
    TR_TUPLE(r)->items[0] = tr_int_from_u64((uintptr_t)view.data);
    TR_TUPLE(r)->items[1] = tr_int_from_u64(view.len * (view.itemsize ? view.itemsize : 1));
    TR_TUPLE(r)->items[2] = tr_bool(view.readonly);
    return r;
}

const TrMethodDef tr_ctypes_memory_functions[] = {
    {"get", py_get}, {"set", py_set}, {"type_info", py_type_info}, {"memmove", py_memmove},
    {"memset", py_memset}, {"string_at", py_string_at}, {"wstring_at", py_wstring_at},
    {"buffer_info", py_buffer_info}, {0},
};
