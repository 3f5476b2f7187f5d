/* struct_format.c — struct's format strings and packing engine: byte order
 * @ (native sizes and alignment), = < > ! (standard sizes, no alignment); codes
 * x c b B ? h H i I l L q Q n N P e f d s p, each with an optional repeat count, with
 * CPython 3.11's range checks and error texts.  Assumes the host is little- or
 * big-endian with IEEE doubles. */
#include "struct_format.h"
#include <math.h>

TrValue tr_struct_error;

#define ERR(...) tr_err((TrType *)tr_struct_error, __VA_ARGS__)

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

int tr_struct_parse(TrValue fmtv, TrStructFormat *f) {
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
    f->codes = tr_alloc_atomic(sizeof(TrStructCode) * (n + 1));
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
        TrStructCode *code = &f->codes[f->ncodes++];
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

static int pack_int(char *p, const TrStructCode *code, TrValue v, bool native, bool little) {
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

static int pack_one(char *p, const TrStructCode *code, TrValue v, const TrStructFormat *f) {
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
        return pack_int(p, &(TrStructCode){.c = 'N', .size = code->size}, v, true, f->little);
    default:
        return pack_int(p, code, v, f->native, f->little);
    }
}

int tr_struct_pack(const TrStructFormat *f, char *out, TrValue *vals) {
    memset(out, 0, f->size);
    size_t vi = 0;
    for (size_t k = 0; k < f->ncodes; k++) {
        const TrStructCode *code = &f->codes[k];
        char *p = out + code->offset;
        if (code->c == 'x') continue;
        if (code->c == 's' || code->c == 'p') {
            TrValue v = vals[vi++];
            const char *data;
            size_t len;
            if (tr_bytes_check(v)) data = ((TrBytes *)v)->data, len = ((TrBytes *)v)->len;
            else if (TR_TYPE(v) == &tr_bytearray_type) data = ((TrByteArray *)v)->data, len = ((TrByteArray *)v)->len;
            else {
                ERR("argument for '%c' must be a bytes object", code->c);
                return -1;
            }
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

TrValue tr_struct_unpack(const TrStructFormat *f, const char *data) {
    TrValue t = tr_tuple_new(f->nitems);
    size_t vi = 0;
    for (size_t k = 0; k < f->ncodes; k++) {
        const TrStructCode *code = &f->codes[k];
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

