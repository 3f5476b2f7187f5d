/* struct.c — the `struct` module: pack, unpack, calcsize, pack_into, unpack_from,
 * iter_unpack and struct.error over bytes-like buffers (tr_get_buffer). Formats: byte order
 * @ (native sizes and alignment), = < > ! (standard sizes, no alignment); codes
 * x c b B ? h H i I l L q Q n N P e f d s p, each with an optional repeat count. */
#include "tr.h"
#include <math.h>

static TrValue struct_error;

#define ERR(...) tr_err((TrType *)struct_error, __VA_ARGS__)

typedef struct Code {
    char c;
    size_t count;          /* repeat count (length for s and p) */
    size_t size, offset;   /* bytes of one item, offset of the first */
} Code;

typedef struct Format {
    bool native, little;
    size_t ncodes, size, nitems; /* nitems: values packed or unpacked */
    Code *codes;
} Format;

static size_t native_size(char c, size_t *align) {
    size_t s;
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': s = 1; break;
    case 'h': case 'H': case 'e': s = 2; break;
    case 'i': case 'I': case 'f': s = 4; break;
    case 'l': case 'L': s = sizeof(long); break;
    case 'q': case 'Q': case 'd': s = 8; break;
    case 'n': case 'N': s = sizeof(size_t); break;
    case 'P': s = sizeof(void *); break;
    default: return 0;
    }
    *align = (c == 's' || c == 'p' || c == 'x') ? 1 : s;
    return s;
}

static size_t standard_size(char c) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'l': case 'L': case 'f': return 4;
    case 'q': case 'Q': case 'd': return 8;
    default: return 0; /* n, N and P are native only */
    }
}

static int parse_format(TrValue fmtv, Format *f) {
    if (tr_bytes_check(fmtv)) fmtv = tr_str_new(((TrBytes *)fmtv)->data, ((TrBytes *)fmtv)->len);
    else if (!tr_str_check(fmtv)) {
        tr_err(TR_EXC_TYPE(TypeError), "Struct() argument 1 must be a str or bytes object, not %s", TR_TYPE_NAME(fmtv));
        return -1;
    }
    const char *s = tr_str_cstr(fmtv);
    size_t n = TR_STR(fmtv)->len, i = 0;
    memset(f, 0, sizeof *f);
    f->native = true;
    f->little = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
    if (n && strchr("@=<>!", s[0])) {
        f->native = s[0] == '@';
        if (s[0] == '<') f->little = true;
        else if (s[0] == '>' || s[0] == '!') f->little = false;
        i = 1;
    }
    f->codes = tr_alloc_atomic(sizeof(Code) * (n + 1));
    size_t size = 0;
    while (i < n) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f') { i++; continue; }
        size_t count = 1;
        if (s[i] >= '0' && s[i] <= '9') {
            count = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') {
                if (count > (SIZE_MAX - 9) / 10) { ERR("total struct size too long"); return -1; }
                count = count * 10 + (size_t)(s[i++] - '0');
            }
            if (i == n) { ERR("repeat count given without format specifier"); return -1; }
        }
        char c = s[i++];
        size_t align = 1, sz = f->native ? native_size(c, &align) : standard_size(c);
        if (!sz) { ERR("bad char in struct format"); return -1; }
        if (f->native && align > 1) size = (size + align - 1) / align * align;
        Code *code = &f->codes[f->ncodes++];
        code->c = c;
        code->count = count;
        code->size = sz;
        code->offset = size;
        size += sz * count;
        f->nitems += c == 'x' ? 0 : (c == 's' || c == 'p') ? 1 : count;
    }
    f->size = size;
    return 0;
}

/* ---------------------------------------------------------------- packing */

static void put_uint(char *p, uint64_t v, size_t size, bool little) {
    for (size_t k = 0; k < size; k++) p[little ? k : size - 1 - k] = (char)(v >> (8 * k));
}

static uint64_t get_uint(const char *p, size_t size, bool little) {
    uint64_t v = 0;
    for (size_t k = 0; k < size; k++) v |= (uint64_t)(uint8_t)p[little ? k : size - 1 - k] << (8 * k);
    return v;
}

static int get_integer(TrValue v, TrValue *out) {
    if (!tr_int_check(v) && !TR_TYPE(v)->index) {
        ERR("required argument is not an integer");
        return -1;
    }
    return (*out = tr_number_index(v)) ? 0 : -1;
}

static int pack_int(char *p, const Code *code, TrValue v, bool native, bool little) {
    TrValue iv;
    if (get_integer(v, &iv) < 0) return -1;
    char c = code->c;
    bool is_signed = c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n';
    size_t size = code->size;
    mpz_t z, lim;
    mpz_init(z);
    tr_int_as_mpz(iv, z);
    bool fits;
    if (is_signed) { /* -2**(8*size-1) <= z < 2**(8*size-1) */
        mpz_init_set_ui(lim, 1);
        mpz_mul_2exp(lim, lim, 8 * size - 1);
        fits = mpz_cmp(z, lim) < 0 && (mpz_sgn(z) >= 0 || mpz_cmpabs(z, lim) <= 0);
        mpz_clear(lim);
    } else {
        fits = mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= 8 * size;
    }
    if (!fits) {
        static const char *const names[] = {"byte", "ubyte", "short", "ushort"};
        int k = c == 'b' ? 0 : c == 'B' ? 1 : c == 'h' ? 2 : c == 'H' ? 3 : -1;
        mpz_clear(z);
        if (k >= 0 && is_signed)
            return ERR("%s format requires %lld <= number <= %lld", names[k], -(1LL << (8 * size - 1)), (1LL << (8 * size - 1)) - 1), -1;
        if (k >= 0) return ERR("%s format requires 0 <= number <= %llu", names[k], (1ULL << (8 * size)) - 1), -1;
        bool neg = tr_int_sign(iv) < 0;
        if (size < 8 && is_signed && (c == 'i' || !native))
            return ERR("'%c' format requires %lld <= number <= %lld", c, -(1LL << (8 * size - 1)), (1LL << (8 * size - 1)) - 1), -1;
        if (size < 8 && !is_signed && !neg && !native)
            return ERR("'%c' format requires 0 <= number <= %llu", c, (1ULL << (8 * size)) - 1), -1;
        return ERR("argument out of range"), -1;
    }
    uint64_t u;
    if (mpz_sgn(z) >= 0) u = mpz_get_ui(z);
    else u = (uint64_t)mpz_get_si(z);
    mpz_clear(z);
    put_uint(p, u, size, little);
    return 0;
}

/* IEEE 754 binary16, round half to even (CPython's PyFloat_Pack2) */
static int pack_half(char *p, double x, bool little) {
    uint16_t bits;
    if (isnan(x)) bits = 0x7e00 | (signbit(x) ? 0x8000 : 0);
    else {
        uint16_t sign = signbit(x) ? 0x8000 : 0;
        double a = fabs(x);
        if (isinf(a)) bits = sign | 0x7c00;
        else if (a == 0) bits = sign;
        else {
            int e;
            double m = frexp(a, &e); /* a = m * 2**e, 0.5 <= m < 1 */
            int exp = e + 14;        /* the biased exponent of a normal half */
            double r;
            if (exp <= 0) { /* subnormal: units of 2**-24; a rounding up to 1024 is the least normal */
                r = nearbyint(ldexp(a, 24));
                exp = 0;
            } else {
                r = nearbyint(ldexp(m, 11) - 1024); /* 10 fraction bits, ties to even */
                if (r == 1024) { r = 0; exp++; }
            }
            if (exp >= 31) { tr_err(TR_EXC_TYPE(OverflowError), "float too large to pack with e format"); return -1; }
            bits = sign | (uint16_t)((exp << 10) + (int)r);
        }
    }
    put_uint(p, bits, 2, little);
    return 0;
}

static double unpack_half(const char *p, bool little) {
    uint16_t bits = (uint16_t)get_uint(p, 2, little);
    int exp = (bits >> 10) & 0x1f, frac = bits & 0x3ff;
    double v;
    if (exp == 0) v = ldexp(frac, -24);
    else if (exp == 31) v = frac ? NAN : INFINITY;
    else v = ldexp(frac + 1024, exp - 25);
    return bits & 0x8000 ? -v : v;
}

static int pack_one(char *p, const Code *code, TrValue v, const Format *f) {
    switch (code->c) {
    case 'c':
        if (!tr_bytes_check(v) || ((TrBytes *)v)->len != 1) {
            if (TR_TYPE(v) == &tr_bytearray_type && ((TrByteArray *)v)->len == 1) { *p = ((TrByteArray *)v)->data[0]; return 0; }
            ERR("char format requires a bytes object of length 1");
            return -1;
        }
        *p = ((TrBytes *)v)->data[0];
        return 0;
    case '?': {
        int t = tr_truthy(v);
        if (t < 0) return -1;
        *p = (char)t;
        return 0;
    }
    case 'e': case 'f': case 'd': {
        double x;
        if (!tr_float_check(v) && !tr_int_check(v) && !TR_TYPE(v)->to_float && !TR_TYPE(v)->index) {
            ERR("required argument is not a float");
            return -1;
        }
        if (tr_as_double(v, &x) < 0) return -1;
        if (code->c == 'e') return pack_half(p, x, f->little);
        if (code->c == 'f') {
            float y = (float)x;
            if (isinf(y) && !isinf(x)) {
                tr_err(TR_EXC_TYPE(OverflowError), "float too large to pack with f format");
                return -1;
            }
            uint32_t u;
            memcpy(&u, &y, 4);
            put_uint(p, u, 4, f->little);
        } else {
            uint64_t u;
            memcpy(&u, &x, 8);
            put_uint(p, u, 8, f->little);
        }
        return 0;
    }
    case 'P':
        return pack_int(p, &(Code){.c = 'N', .size = code->size}, v, true, f->little);
    default:
        return pack_int(p, code, v, f->native, f->little);
    }
}

/* the bytes of a bytes-like argument (bytes, bytearray, array, memoryview) */
static int buffer_of(TrValue v, char **data, size_t *len, bool writable) {
    TrBuffer b;
    if (tr_get_buffer(v, &b) < 0) {
        if (!writable) return -1;
        tr_err_clear();
        b.readonly = true;
    }
    if (writable && b.readonly) {
        tr_err(TR_EXC_TYPE(TypeError), "argument must be read-write bytes-like object, not %s", TR_TYPE_NAME(v));
        return -1;
    }
    *data = b.data;
    *len = b.len;
    return 0;
}

static int pack_all(const Format *f, char *out, TrValue *vals, size_t nvals, const char *what) {
    if (nvals != f->nitems) {
        ERR("%s expected %zu items for packing (got %zu)", what, f->nitems, nvals);
        return -1;
    }
    size_t vi = 0;
    for (size_t k = 0; k < f->ncodes; k++) {
        const Code *code = &f->codes[k];
        char *p = out + code->offset;
        if (code->c == 'x') continue;
        if (code->c == 's' || code->c == 'p') {
            TrValue v = vals[vi++];
            char *data = NULL;
            size_t len = 0;
            if (!tr_bytes_check(v) && TR_TYPE(v) != &tr_bytearray_type) {
                ERR("argument for '%c' must be a bytes object", code->c);
                return -1;
            }
            buffer_of(v, &data, &len, false);
            size_t room = code->count;
            if (code->c == 'p' && room) { /* a length byte (at most 255), then the data */
                size_t n = len < room - 1 ? len : room - 1;
                p[0] = (char)(n < 255 ? n : 255);
                memcpy(p + 1, data, n);
            } else memcpy(p, data, len < room ? len : room);
            continue;
        }
        for (size_t r = 0; r < code->count; r++)
            if (pack_one(p + r * code->size, code, vals[vi++], f) < 0) return -1;
    }
    return 0;
}

static TrValue unpack_all(const Format *f, const char *data) {
    TrValue t = tr_tuple_new(f->nitems);
    size_t vi = 0;
    for (size_t k = 0; k < f->ncodes; k++) {
        const Code *code = &f->codes[k];
        const char *p = data + code->offset;
        switch (code->c) {
        case 'x': continue;
        case 's': TR_TUPLE(t)->items[vi++] = tr_bytes_new(p, code->count); continue;
        case 'p': {
            size_t n = code->count ? (uint8_t)p[0] : 0;
            if (code->count && n > code->count - 1) n = code->count - 1;
            TR_TUPLE(t)->items[vi++] = tr_bytes_new(p + 1, n);
            continue;
        }
        }
        for (size_t r = 0; r < code->count; r++, p += code->size) {
            TrValue v;
            uint64_t u = code->c == 'e' ? 0 : get_uint(p, code->size, f->little);
            switch (code->c) {
            case 'c': v = tr_bytes_new(p, 1); break;
            case '?': v = tr_bool(*p != 0); break;
            case 'e': v = tr_float_new(unpack_half(p, f->little)); break;
            case 'f': { uint32_t w = (uint32_t)u; float y; memcpy(&y, &w, 4); v = tr_float_new(y); break; }
            case 'd': { double y; memcpy(&y, &u, 8); v = tr_float_new(y); break; }
            case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
                int shift = 64 - 8 * (int)code->size; /* sign-extend */
                v = tr_int_from_i64(shift ? (int64_t)(u << shift) >> shift : (int64_t)u);
                break;
            }
            default: v = tr_int_from_u64(u); break;
            }
            TR_TUPLE(t)->items[vi++] = v;
        }
    }
    return t;
}

/* ---------------------------------------------------------------- module functions */

static TrValue st_calcsize(TrValue *args, size_t nargs, TrValue kwnames) {
    Format f;
    if (tr_no_kwargs("_struct.calcsize", kwnames) < 0 || tr_check_nargs("_struct.calcsize", nargs, 1, 1) < 0 || parse_format(args[0], &f) < 0) return 0;
    return tr_int_from_u64(f.size);
}

static TrValue st_pack(TrValue *args, size_t nargs, TrValue kwnames) {
    Format f;
    if (tr_no_kwargs("_struct.pack", kwnames) < 0) return 0;
    if (!nargs) return tr_err(TR_EXC_TYPE(TypeError), "pack expected at least 1 argument, got 0");
    if (parse_format(args[0], &f) < 0) return 0;
    char *buf = tr_alloc_atomic(f.size + 1);
    memset(buf, 0, f.size + 1);
    if (pack_all(&f, buf, args + 1, nargs - 1, "pack") < 0) return 0;
    return tr_bytes_new(buf, f.size);
}

static int64_t get_offset(TrValue v, size_t buflen, const char *what) {
    int64_t off;
    if (tr_index(v, &off) < 0) return INT64_MIN;
    if (off < 0) {
        if (off + (int64_t)buflen < 0) {
            ERR("offset %lld out of range for %zu-byte buffer", (long long)off, buflen);
            return INT64_MIN;
        }
        off += (int64_t)buflen;
    }
    return off;
}

static TrValue st_pack_into(TrValue *args, size_t nargs, TrValue kwnames) {
    Format f;
    if (tr_no_kwargs("_struct.pack_into", kwnames) < 0) return 0;
    if (nargs < 3) return tr_err(TR_EXC_TYPE(TypeError), "pack_into expected at least 3 arguments, got %zu", nargs);
    if (parse_format(args[0], &f) < 0) return 0;
    char *data;
    size_t len;
    if (buffer_of(args[1], &data, &len, true) < 0) return 0;
    int64_t off = get_offset(args[2], len, "pack_into");
    if (off == INT64_MIN) return 0;
    if (nargs - 3 != f.nitems) return ERR("pack_into expected %zu items for packing (got %zu)", f.nitems, nargs - 3);
    if ((uint64_t)off + f.size > len)
        return ERR("pack_into requires a buffer of at least %llu bytes for packing %zu bytes at offset %lld (actual buffer size is %zu)",
                   (unsigned long long)(off + f.size), f.size, (long long)off, len);
    char *tmp = tr_alloc_atomic(f.size + 1);
    memset(tmp, 0, f.size + 1);
    if (pack_all(&f, tmp, args + 3, nargs - 3, "pack_into") < 0) return 0;
    memcpy(data + off, tmp, f.size);
    return tr_None;
}

static TrValue st_unpack(TrValue *args, size_t nargs, TrValue kwnames) {
    Format f;
    if (tr_no_kwargs("_struct.unpack", kwnames) < 0 || tr_check_nargs("_struct.unpack", nargs, 2, 2) < 0) return 0;
    if (parse_format(args[0], &f) < 0) return 0;
    char *data;
    size_t len;
    if (buffer_of(args[1], &data, &len, false) < 0) return 0;
    if (len != f.size) return ERR("unpack requires a buffer of %zu bytes", f.size);
    return unpack_all(&f, data);
}

static TrValue st_unpack_from(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"format", "/buffer", "offset", NULL};
    TrValue a[3];
    if (tr_parse_args("unpack_from", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    Format f;
    if (parse_format(a[0], &f) < 0) return 0;
    char *data;
    size_t len;
    if (buffer_of(a[1], &data, &len, false) < 0) return 0;
    int64_t off = 0;
    if (a[2] && (off = get_offset(a[2], len, "unpack_from")) == INT64_MIN) return 0;
    if ((uint64_t)off + f.size > len) {
        if (!off) return ERR("unpack_from requires a buffer of at least %zu bytes for unpacking %zu bytes at offset 0 (actual buffer size is %zu)", f.size, f.size, len);
        return ERR("unpack_from requires a buffer of at least %llu bytes for unpacking %zu bytes at offset %lld (actual buffer size is %zu)",
                   (unsigned long long)(off + f.size), f.size, (long long)off, len);
    }
    return unpack_all(&f, data + off);
}

static TrValue st_iter_unpack(TrValue *args, size_t nargs, TrValue kwnames) {
    Format f;
    if (tr_no_kwargs("_struct.iter_unpack", kwnames) < 0 || tr_check_nargs("_struct.iter_unpack", nargs, 2, 2) < 0) return 0;
    if (parse_format(args[0], &f) < 0) return 0;
    char *data;
    size_t len;
    if (buffer_of(args[1], &data, &len, false) < 0) return 0;
    if (!f.size) return ERR("cannot iteratively unpack with a struct of length 0");
    if (len % f.size)
        return ERR("iterative unpacking requires a buffer of a multiple of %zu bytes", f.size);
    TrValue l = tr_list_new(len / f.size);
    for (size_t off = 0; off < len; off += f.size) tr_list_append(l, unpack_all(&f, data + off));
    return tr_iter(l);
}

static const TrMethodDef struct_functions[] = {
    {"calcsize", st_calcsize}, {"pack", st_pack}, {"pack_into", st_pack_into}, {"unpack", st_unpack},
    {"unpack_from", st_unpack_from}, {"iter_unpack", st_iter_unpack},
    {0},
};

TrValue trmod_struct_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("struct", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&struct_error, sizeof struct_error);
    tr_module_add_functions(m, struct_functions);
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", TR_INTERN("struct"));
    struct_error = tr_class_new(TR_INTERN("error"), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(Exception)), ns, 0, 0);
    if (!struct_error) return 0;
    tr_module_add(m, "error", struct_error);
    return m;
}
