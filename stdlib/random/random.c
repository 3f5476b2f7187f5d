/* random.c — the `random` module: CPython 3.11's Mersenne Twister (Modules/_randommodule.c)
 * and the algorithms of Lib/random.py, so a seeded program draws exactly the numbers
 * CPython draws.  As in CPython, random.Random (random.py's methods, written here in C)
 * derives from _random.Random (the generator: random, getrandbits, the raw seed and
 * state); both are subclassable.  The methods reach randomness only through random(),
 * getrandbits() and _randbelow(), and for a subclass (or an instance with attributes)
 * these are looked up on the instance as random.py does, so a subclass overriding
 * random() changes every distribution.  For a plain Random they are direct C calls.
 * SystemRandom draws from the kernel (getrandom / /dev/urandom). */
#include "tr.h"
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <time.h>
#include <unistd.h>
#include <sys/random.h>

void trrandom_sha512(const unsigned char *data, size_t len, unsigned char out[64]);

#define MT_N 624
#define MT_M 397

typedef struct RandomObj {
    TrObject ob;
    TrValue dict;        /* instance __dict__ (random.Random instances have one) */
    TrValue gauss_next;  /* None or a float */
    int mti;
    uint32_t mt[MT_N];
} RandomObj;
#define R(v) ((RandomObj *)(v))

static TrType base_type, random_type, sysrandom_type; /* _random.Random, random.Random, random.SystemRandom */
static TrValue inst;     /* random._inst: the module-level functions' generator */

/* ------------------------------------------------------------ the generator */

static void init_genrand(RandomObj *r, uint32_t s) {
    uint32_t *mt = r->mt;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    r->mti = MT_N;
}

static void init_by_array(RandomObj *r, const uint32_t *key, size_t len) {
    uint32_t *mt = r->mt;
    init_genrand(r, 19650218U);
    size_t i = 1, j = 0, k = MT_N > len ? MT_N : len;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++; j++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
        if (j >= len) j = 0;
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) { mt[0] = mt[MT_N - 1]; i = 1; }
    }
    mt[0] = 0x80000000U;
}

/* Regenerate the 624 words (the out-of-line part of genrand) */
static __attribute__((noinline)) void twist(RandomObj *r) {
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t y, *mt = r->mt;
    int kk;
    for (kk = 0; kk < MT_N - MT_M; kk++) {
        y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
        mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1];
    }
    for (; kk < MT_N - 1; kk++) {
        y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
        mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1];
    }
    y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
    mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1];
    r->mti = 0;
}

/* genrand_uint32: the next 32-bit output */
static inline uint32_t genrand(RandomObj *r) {
    if (TR_UNLIKELY(r->mti >= MT_N)) twist(r);
    uint32_t y = r->mt[r->mti++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

static inline double res53(RandomObj *r) {
    uint32_t a = genrand(r) >> 5, b = genrand(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

/* getrandbits(k) for k <= 64 */
static uint64_t bits64(RandomObj *r, int k) {
    if (k <= 32) return k ? genrand(r) >> (32 - k) : 0;
    uint64_t lo = genrand(r);
    return lo | ((uint64_t)(genrand(r) >> (64 - k)) << 32);
}

/* getrandbits(k), any k >= 0: 32-bit words from the least significant up, the last
 * one shifted down to the bits left (CPython's _random_Random_getrandbits_impl) */
static TrValue bits_int(RandomObj *r, uint64_t k) {
    if (k <= 63) return tr_int_from_u64(bits64(r, (int)k));
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *w = tr_alloc_atomic(words * 4);
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t x = genrand(r);
        if (k < 32) x >>= 32 - k;
        w[i] = x;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, 4, 0, 0, w);
    TrValue v = tr_int_from_mpz(z);
    mpz_clear(z);
    return v;
}

static int urandom(void *buf, size_t n) {
    char *p = buf;
    while (n) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0) {
            if (errno == EINTR) continue;
            int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
            if (fd < 0) { tr_err_errno(TR_EXC_TYPE(OSError), 0); return -1; }
            while (n) {
                got = read(fd, p, n);
                if (got <= 0) {
                    if (got < 0 && errno == EINTR) continue;
                    close(fd);
                    tr_err_errno(TR_EXC_TYPE(OSError), 0);
                    return -1;
                }
                p += got; n -= (size_t)got;
            }
            close(fd);
            return 0;
        }
        p += got; n -= (size_t)got;
    }
    return 0;
}

/* The C-level seed (_random.Random.seed): None -> 624 words of OS entropy; an int ->
 * its absolute value as 32-bit words, least significant first; anything else -> its
 * hash as an unsigned machine word. */
static int seed_mpz(RandomObj *r, mpz_t z) {
    mpz_abs(z, z);
    size_t bits = mpz_sizeinbase(z, 2);
    size_t used = mpz_sgn(z) == 0 ? 1 : (bits - 1) / 32 + 1;
    uint32_t *key = tr_alloc_atomic(used * 4);
    memset(key, 0, used * 4);
    size_t count = 0;
    mpz_export(key, &count, -1, 4, 0, 0, z);
    init_by_array(r, key, used);
    return 0;
}

static int c_seed(RandomObj *r, TrValue a) {
    if (!a || a == tr_None) {
        uint32_t key[MT_N];
        if (urandom(key, sizeof key) < 0) {
            tr_err_clear();
            struct timespec ts;
            clock_gettime(CLOCK_REALTIME, &ts);
            uint32_t k2[4] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec, (uint32_t)getpid(), (uint32_t)clock()};
            init_by_array(r, k2, 4);
            return 0;
        }
        init_by_array(r, key, MT_N);
        return 0;
    }
    mpz_t z;
    mpz_init(z);
    if (tr_int_check(a)) {
        tr_int_as_mpz(a, z);
    } else {
        int64_t h = tr_hash(a);
        if (h == -1 && tr_err_occurred()) { mpz_clear(z); return -1; }
        uint64_t u = (uint64_t)h;
        if (sizeof(size_t) < 8) u &= 0xffffffffu;
        mpz_import(z, 1, -1, 8, 0, 0, &u);
    }
    seed_mpz(r, z);
    mpz_clear(z);
    return 0;
}

/* ------------------------------------------------------------ dispatch */

/* A plain Random whose methods are all the C ones: no subclass, and no instance
 * attribute that could shadow a method (r.random = f makes r.uniform use f, as in
 * random.py).  Anything else looks its methods up. */
static inline int exact(TrValue self) {
    return TR_TYPE(self) == &random_type && (!R(self)->dict || tr_dict_len(R(self)->dict) == 0);
}

static int check_base(TrValue *args, size_t nargs, const char *name);
static TrValue b_getstate(TrValue *args, size_t nargs, TrValue kwnames);

static int check_self(TrValue *args, size_t nargs, const char *name) {
    if (nargs == 0 || !tr_isinstance_type(args[0], &random_type)) {
        tr_err(TR_EXC_TYPE(TypeError), "descriptor '%s' requires a 'Random' object", name);
        return -1;
    }
    return 0;
}

/* self.random() as a C double */
static int self_random(TrValue self, double *out) {
    if (TR_LIKELY(exact(self))) { *out = res53(R(self)); return 0; }
    TrValue v = tr_call_method_cstr(self, "random", 0);
    if (!v) return -1;
    if (tr_is_exact_float(v)) { *out = TR_FLOAT_VAL(v); return 0; }
    return tr_as_double(v, out);
}


/* self.getrandbits(k) */
static TrValue self_getrandbits(TrValue self, uint64_t k) {
    if (exact(self)) return bits_int(R(self), k);
    return tr_call_method_cstr(self, "getrandbits", 1, tr_int_from_u64(k));
}

static size_t int_bit_length(TrValue n) {
    if (TR_IS_SMALL(n)) {
        intptr_t v = TR_SMALL_VAL(n);
        uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
        return u ? 64 - __builtin_clzll(u) : 0;
    }
    mpz_t z;
    mpz_init(z);
    tr_int_as_mpz(n, z);
    size_t b = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    mpz_clear(z);
    return b;
}

/* Random._randbelow_with_getrandbits(n), n > 0 */
static TrValue randbelow_bits(TrValue self, TrValue n) {
    size_t k = int_bit_length(n);
    if (exact(self) && TR_IS_SMALL(n)) {
        uint64_t un = (uint64_t)TR_SMALL_VAL(n), x = bits64(R(self), (int)k);
        while (x >= un) { /* n == 0 loops forever, as in CPython: let Ctrl-C through */
            if (TR_UNLIKELY(tr_signal_pending) && tr_handle_signals() < 0) return 0;
            x = bits64(R(self), (int)k);
        }
        return TR_FROM_SMALL((intptr_t)x);
    }
    for (;;) {
        TrValue r = self_getrandbits(self, k);
        if (!r) return 0;
        int ge = tr_compare_bool(r, n, TR_GE);
        if (ge < 0) return 0;
        if (!ge) return r;
        if (TR_UNLIKELY(tr_signal_pending) && tr_handle_signals() < 0) return 0;
    }
}

/* Random._randbelow_without_getrandbits(n): only random() */
static TrValue randbelow_float(TrValue self, TrValue n) {
    const double maxsize = 9007199254740992.0; /* 1 << BPF */
    TrValue maxv = tr_int_from_i64(INT64_C(1) << 53);
    double r;
    int big = tr_compare_bool(n, maxv, TR_GE);
    if (big < 0) return 0;
    if (big) {
        fprintf(stderr, "UserWarning: Underlying random() generator does not supply \n"
                        "enough bits to choose from a population range this large.\n"
                        "To remove the range limitation, add a getrandbits() method.\n");
        if (self_random(self, &r) < 0) return 0;
        TrValue prod = tr_binop(TR_MUL, tr_float_new(r), n);
        if (!prod) return 0;
        double d = TR_FLOAT_VAL(prod);
        return tr_int_from_double(floor(d));
    }
    int64_t in;
    if (tr_int_as_i64(n, &in) < 0) return 0; /* |n| < 2**53 here */
    if (in == 0) return tr_err(TR_EXC_TYPE(ZeroDivisionError), "integer modulo by zero");
    int64_t rem = (INT64_C(1) << 53) % in;
    if (rem && (rem < 0) != (in < 0)) rem += in; /* Python's modulo: the sign of n */
    double limit = (double)((INT64_C(1) << 53) - rem) / maxsize;
    do {
        if (self_random(self, &r) < 0) return 0;
    } while (r >= limit);
    int64_t m = (int64_t)floor(r * maxsize) % in;
    if (m && (m < 0) != (in < 0)) m += in;
    return TR_FROM_SMALL(m);
}

static int has_own(TrType *t, const char *name) { return t->dict && tr_dict_get_str(t->dict, name) != 0; }

/* self._randbelow(n): which algorithm random.py's __init_subclass__ would have given
 * the class (the first class of the MRO defining _randbelow, getrandbits or random) */
static TrValue randbelow(TrValue self, TrValue n) {
    if (TR_LIKELY(exact(self))) return randbelow_bits(self, n);
    TrValue mro = TR_TYPE(self)->mro;
    for (size_t i = 0; i < TR_TUPLE(mro)->len; i++) {
        TrType *c = (TrType *)TR_TUPLE(mro)->items[i];
        if (c == &random_type || c == &sysrandom_type) return randbelow_bits(self, n);
        if (has_own(c, "_randbelow")) return tr_call_method_cstr(self, "_randbelow", 1, n);
        if (has_own(c, "getrandbits")) return randbelow_bits(self, n);
        if (has_own(c, "random")) return randbelow_float(self, n);
    }
    return randbelow_bits(self, n);
}

/* The arguments of a method random.py defines in Python: CPython's texts for a Python
 * function ("Random.randint() missing 1 required positional argument: 'b'").  kw holds
 * the parameter names after self ('$' prefix: keyword-only), args[0] is self. */
static int pyargs(const char *fname, TrValue *args, size_t nargs, TrValue kwnames, const char *const *kw,
                  size_t nreq, TrValue *out) {
    size_t total = 0, npos = 0;
    while (kw[total]) {
        if (kw[total][0] != '$') npos++;
        total++;
    }
    for (size_t i = 0; i < total; i++) out[i] = 0;
    size_t given = nargs - 1, nkw = kwnames ? TR_TUPLE(kwnames)->len : 0;
    for (size_t i = 0; i < given && i < npos; i++) out[i] = args[1 + i];
    for (size_t j = 0; j < nkw; j++) {
        TrValue key = TR_TUPLE(kwnames)->items[j];
        size_t i = 0;
        for (; i < total; i++) {
            const char *nm = kw[i][0] == '$' ? kw[i] + 1 : kw[i];
            if (tr_str_eq_cstr(key, nm)) break;
        }
        if (i == total) {
            tr_err(TR_EXC_TYPE(TypeError), "Random.%s() got an unexpected keyword argument '%s'", fname, tr_str_cstr(key));
            return -1;
        }
        if (out[i] || (i < npos && i < given)) {
            tr_err(TR_EXC_TYPE(TypeError), "Random.%s() got multiple values for argument '%s'", fname, tr_str_cstr(key));
            return -1;
        }
        out[i] = args[nargs + j];
    }
    if (given > npos) {
        size_t kwonly = 0;
        for (size_t j = 0; j < nkw; j++)
            for (size_t i = npos; i < total; i++)
                if (tr_str_eq_cstr(TR_TUPLE(kwnames)->items[j], kw[i] + 1)) kwonly++;
        if (kwonly)
            tr_err(TR_EXC_TYPE(TypeError),
                   "Random.%s() takes %zu positional argument%s but %zu positional argument%s (and %zu keyword-only "
                   "argument%s) were given", fname, npos + 1, npos ? "s" : "", given + 1, given ? "s" : "", kwonly,
                   kwonly == 1 ? "" : "s");
        else if (nreq == npos)
            tr_err(TR_EXC_TYPE(TypeError), "Random.%s() takes %zu positional argument%s but %zu %s given", fname,
                   npos + 1, npos ? "s" : "", given + 1, given + 1 == 1 ? "was" : "were");
        else
            tr_err(TR_EXC_TYPE(TypeError), "Random.%s() takes from %zu to %zu positional arguments but %zu were given",
                   fname, nreq + 1, npos + 1, given + 1);
        return -1;
    }
    size_t missing = 0;
    for (size_t i = 0; i < nreq; i++) missing += !out[i];
    if (missing) {
        TrBuf b;
        tr_buf_init(&b);
        size_t seen = 0;
        for (size_t i = 0; i < nreq; i++) {
            if (out[i]) continue;
            seen++;
            if (seen > 1) tr_buf_adds(&b, missing == 2 ? " and " : seen == missing ? ", and " : ", ");
            tr_buf_printf(&b, "'%s'", kw[i]);
        }
        TrValue names = tr_buf_finish(&b);
        tr_err(TR_EXC_TYPE(TypeError), "Random.%s() missing %zu required positional argument%s: %s", fname, missing,
               missing == 1 ? "" : "s", tr_str_cstr(names));
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------ methods */

#define SELF args[0]
#define CHECK_SELF(name) if (check_self(args, nargs, name) < 0) return 0

static TrValue r_random(TrValue *args, size_t nargs, TrValue kwnames) {
    if (TR_LIKELY(nargs == 1 && !kwnames && !TR_IS_SMALL(args[0]) &&
                  (args[0]->type == &random_type || tr_isinstance_type(args[0], &base_type))))
        return tr_float_new(res53(R(args[0])));
    if (check_base(args, nargs, "random") < 0) return 0;
    if (kwnames && TR_TUPLE(kwnames)->len) return tr_err(TR_EXC_TYPE(TypeError), "Random.random() takes no keyword arguments");
    if (nargs != 1) return tr_err(TR_EXC_TYPE(TypeError), "Random.random() takes no arguments (%zu given)", nargs - 1);
    return tr_float_new(res53(R(SELF)));
}

/* getrandbits' k: a C int, as CPython's argument clinic converts it */
static int arg_bits(TrValue v, int64_t *k) {
    if (tr_index(v, k) < 0) {
        if (!tr_err_is(TR_EXC_TYPE(OverflowError))) return -1;
        tr_err_clear();
        *k = INT64_MAX;
    }
    if (*k > INT32_MAX || *k < INT32_MIN) {
        tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to C int");
        return -1;
    }
    if (*k < 0) { tr_err(TR_EXC_TYPE(ValueError), "number of bits must be non-negative"); return -1; }
    return 0;
}

static TrValue r_getrandbits(TrValue *args, size_t nargs, TrValue kwnames) {
    if (check_base(args, nargs, "getrandbits") < 0) return 0;
    if (kwnames && TR_TUPLE(kwnames)->len) return tr_err(TR_EXC_TYPE(TypeError), "Random.getrandbits() takes no keyword arguments");
    if (nargs != 2) return tr_err(TR_EXC_TYPE(TypeError), "Random.getrandbits() takes exactly one argument (%zu given)", nargs - 1);
    int64_t k;
    if (arg_bits(args[1], &k) < 0) return 0;
    return bits_int(R(SELF), (uint64_t)k);
}

static TrValue r_randbelow(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("_randbelow");
    if (tr_check_nargs("_randbelow", nargs - 1, 1, 1) < 0) return 0;
    TrValue n = tr_number_index(args[1]);
    if (!n) return 0;
    return randbelow_bits(SELF, n);
}
static TrValue r_randbelow_bits(TrValue *args, size_t nargs, TrValue kwnames) { return r_randbelow(args, nargs, kwnames); }
static TrValue r_randbelow_float(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("_randbelow_without_getrandbits");
    if (tr_check_nargs("_randbelow_without_getrandbits", nargs - 1, 1, 1) < 0) return 0;
    TrValue n = tr_number_index(args[1]);
    if (!n) return 0;
    return randbelow_float(SELF, n);
}

/* random.py's seed(a=None, version=2) over the C seed */
static TrValue do_seed(TrValue self, TrValue a, TrValue version) {
    int64_t ver = 2;
    int ver_known = 1;
    if (version && version != TR_FROM_SMALL(2)) {
        if (tr_int_check(version) && !TR_IS_SMALL(version)) ver_known = 0;
        else if (tr_is_exact_float(version)) ver = (int64_t)TR_FLOAT_VAL(version) == TR_FLOAT_VAL(version) ? (int64_t)TR_FLOAT_VAL(version) : -1;
        else if (TR_IS_SMALL(version) || version == tr_True || version == tr_False) tr_index(version, &ver);
        else ver_known = 0;
    }
    int is_str = a && tr_str_check(a), is_bytes = a && tr_bytes_check(a);
    int is_ba = a && tr_isinstance_type(a, &tr_bytearray_type);
    RandomObj *r = R(self);
    if (ver_known && ver == 1 && (is_str || is_bytes)) {
        uint64_t x = 0;
        size_t len = 0;
        if (is_str) {
            const char *p = tr_str_cstr(a), *e = p + TR_STR(a)->len;
            len = TR_STR(a)->nchars;
            int first = 1;
            while (p < e) {
                uint32_t c;
                p += tr_utf8_decode(p, &c);
                if (first) { x = (uint64_t)c << 7; first = 0; }
                x = (1000003 * x) ^ c;
            }
        } else {
            const unsigned char *p = (const unsigned char *)((TrBytes *)a)->data;
            len = ((TrBytes *)a)->len;
            if (len) x = (uint64_t)p[0] << 7;
            for (size_t i = 0; i < len; i++) x = (1000003 * x) ^ p[i];
        }
        x ^= len;
        mpz_t z;
        mpz_init(z);
        mpz_import(z, 1, -1, 8, 0, 0, &x);
        seed_mpz(r, z);
        mpz_clear(z);
    } else if (ver_known && ver == 2 && (is_str || is_bytes || is_ba)) {
        const char *data;
        size_t len;
        if (is_str) { data = tr_str_cstr(a); len = TR_STR(a)->len; }
        else if (is_bytes) { data = ((TrBytes *)a)->data; len = ((TrBytes *)a)->len; }
        else { data = ((TrByteArray *)a)->data; len = ((TrByteArray *)a)->len; }
        unsigned char *buf = tr_alloc_atomic(len + 64);
        memcpy(buf, data, len);
        trrandom_sha512((const unsigned char *)data, len, buf + len);
        mpz_t z;
        mpz_init(z);
        mpz_import(z, len + 64, 1, 1, 0, 0, buf);
        seed_mpz(r, z);
        mpz_clear(z);
    } else {
        if (a && a != tr_None && !tr_int_check(a) && !tr_float_check(a) && !is_str && !is_bytes && !is_ba)
            return tr_err(TR_EXC_TYPE(TypeError), "The only supported seed types are: None,\n"
                                                  "int, float, str, bytes, and bytearray.");
        if (c_seed(r, a) < 0) return 0;
    }
    r->gauss_next = tr_None;
    return tr_None;
}

static TrValue r_seed(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("seed");
    static const char *const kw[] = {"a", "version", 0};
    TrValue a[2] = {0, 0};
    if (pyargs("seed", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    return do_seed(SELF, a[0], a[1]);
}

/* Random.__init__(self, x=None): self.seed(x); self.gauss_next = None */
static int random_init(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"x", 0};
    TrValue a[1] = {0};
    size_t n = nargs + (kwnames ? TR_TUPLE(kwnames)->len : 0);
    TrValue buf[8], *full = n < 8 ? buf : tr_alloc((n + 1) * sizeof(TrValue));
    full[0] = self; /* pyargs wants self first, as for the methods */
    if (n) memcpy(full + 1, args, n * sizeof(TrValue));
    if (pyargs("__init__", full, nargs + 1, kwnames, kw, 0, a) < 0) return -1;
    TrValue x = a[0] ? a[0] : tr_None;
    if (exact(self)) {
        if (!do_seed(self, x, 0)) return -1;
    } else if (!tr_call_method_cstr(self, "seed", 1, x)) {
        return -1;
    }
    R(self)->gauss_next = tr_None;
    return 0;
}

static TrValue r_init(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("__init__");
    return random_init(SELF, args + 1, nargs - 1, kwnames) < 0 ? 0 : tr_None;
}

static TrValue random_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    RandomObj *r = (RandomObj *)tr_object_alloc(type, type->basicsize);
    r->gauss_next = tr_None;
    /* all-zero state, index 0, as CPython's until __init__ seeds it (a subclass whose
     * __init__ does not call Random.__init__ draws zeros there too) */
    return (TrValue)r;
}

static TrValue r_getstate(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("getstate");
    static const char *const kw[] = {0};
    if (pyargs("getstate", args, nargs, kwnames, kw, 0, 0) < 0) return 0;
    /* self.VERSION, super().getstate(), self.gauss_next */
    TrValue version = exact(SELF) ? TR_FROM_SMALL(3) : tr_getattr_cstr(SELF, "VERSION");
    if (!version) return 0;
    TrValue t = b_getstate(args, 1, 0);
    return t ? tr_tuple_pack(3, version, t, R(SELF)->gauss_next) : 0;
}

static int c_setstate(RandomObj *r, TrValue state, int version2) {
    if (!tr_tuple_check(state)) { tr_err(TR_EXC_TYPE(TypeError), "state vector must be a tuple"); return -1; }
    if (TR_TUPLE(state)->len != MT_N + 1) { tr_err(TR_EXC_TYPE(ValueError), "state vector is the wrong size"); return -1; }
    uint32_t mt[MT_N];
    for (int i = 0; i < MT_N; i++) {
        TrValue v = TR_TUPLE(state)->items[i];
        if (!tr_int_check(v)) {
            tr_err(TR_EXC_TYPE(TypeError), "an integer is required");
            return -1;
        }
        mpz_t z;
        mpz_init(z);
        tr_int_as_mpz(v, z);
        if (version2) mpz_fdiv_r_2exp(z, z, 32);
        if (mpz_sgn(z) < 0) {
            mpz_clear(z);
            tr_err(TR_EXC_TYPE(OverflowError), "can't convert negative value to unsigned int");
            return -1;
        }
        if (mpz_sizeinbase(z, 2) > 64) {
            mpz_clear(z);
            tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to C unsigned long");
            return -1;
        }
        mt[i] = (uint32_t)mpz_get_ui(z);
        mpz_clear(z);
    }
    int64_t index;
    if (tr_index(TR_TUPLE(state)->items[MT_N], &index) < 0) return -1;
    if (version2) index = ((index % (INT64_C(1) << 32)) + (INT64_C(1) << 32)) % (INT64_C(1) << 32);
    if (index < 0 || index > MT_N) { tr_err(TR_EXC_TYPE(ValueError), "invalid state"); return -1; }
    memcpy(r->mt, mt, sizeof mt);
    r->mti = (int)index;
    return 0;
}

static TrValue r_setstate(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("setstate");
    static const char *const kw[] = {"state", 0};
    TrValue a_[1];
    if (pyargs("setstate", args, nargs, kwnames, kw, 1, a_) < 0) return 0;
    TrValue state = a_[0];
    TrValue version = tr_getitem(state, TR_FROM_SMALL(0));
    if (!version) return 0;
    int v3 = tr_equal(version, TR_FROM_SMALL(3)), v2 = v3 == 1 ? 0 : tr_equal(version, TR_FROM_SMALL(2));
    if (v3 < 0 || v2 < 0) return 0;
    if (v3 || v2) {
        TrValue parts[3];
        if (tr_unpack(state, 3, parts) < 0) return 0;
        R(SELF)->gauss_next = parts[2];
        if (c_setstate(R(SELF), parts[1], v2) < 0) return 0;
        return tr_None;
    }
    return tr_err(TR_EXC_TYPE(ValueError), "state with version %S passed to Random.setstate() of version 3", version);
}

/* ---- _random.Random's own methods: the generator's C interface */

static int check_base(TrValue *args, size_t nargs, const char *name) {
    if (nargs == 0 || !tr_isinstance_type(args[0], &base_type)) {
        tr_err(TR_EXC_TYPE(TypeError), "descriptor '%s' requires a '_random.Random' object", name);
        return -1;
    }
    return 0;
}

/* _random.Random.seed(n=None, /): None, an int (absolute value) or hash(n) */
static TrValue b_seed(TrValue *args, size_t nargs, TrValue kwnames) {
    if (check_base(args, nargs, "seed") < 0 || tr_no_kwargs("seed", kwnames) < 0) return 0;
    if (nargs > 2) return tr_err(TR_EXC_TYPE(TypeError), "seed expected at most 1 argument, got %zu", nargs - 1);
    return c_seed(R(args[0]), nargs == 2 ? args[1] : tr_None) < 0 ? 0 : tr_None;
}

/* _random.Random.getstate(): the 624 words and the index */
static TrValue b_getstate(TrValue *args, size_t nargs, TrValue kwnames) {
    if (check_base(args, nargs, "getstate") < 0 || tr_no_kwargs("getstate", kwnames) < 0) return 0;
    if (nargs != 1) return tr_err(TR_EXC_TYPE(TypeError), "Random.getstate() takes no arguments (%zu given)", nargs - 1);
    RandomObj *r = R(args[0]);
    TrValue t = tr_tuple_new(MT_N + 1);
    for (int i = 0; i < MT_N; i++) TR_TUPLE(t)->items[i] = tr_int_from_u64(r->mt[i]);
    TR_TUPLE(t)->items[MT_N] = TR_FROM_SMALL(r->mti);
    return t;
}

static TrValue b_setstate(TrValue *args, size_t nargs, TrValue kwnames) {
    if (check_base(args, nargs, "setstate") < 0 || tr_no_kwargs("setstate", kwnames) < 0) return 0;
    if (nargs != 2) return tr_err(TR_EXC_TYPE(TypeError), "Random.setstate() takes exactly one argument (%zu given)", nargs - 1);
    return c_setstate(R(args[0]), args[1], 0) < 0 ? 0 : tr_None;
}

/* pickle support of random.py: __reduce__ -> (class, (), state) */
static TrValue r_getstate_dunder(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("__getstate__");
    static const char *const kw[] = {0};
    if (pyargs("__getstate__", args, nargs, kwnames, kw, 0, 0) < 0) return 0;
    return tr_call_method_cstr(SELF, "getstate", 0);
}
static TrValue r_setstate_dunder(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("__setstate__");
    static const char *const kw[] = {"state", 0};
    TrValue st;
    if (pyargs("__setstate__", args, nargs, kwnames, kw, 1, &st) < 0) return 0;
    return tr_call_method_cstr(SELF, "setstate", 1, st);
}
static TrValue r_reduce(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("__reduce__");
    static const char *const kw[] = {0};
    if (pyargs("__reduce__", args, nargs, kwnames, kw, 0, 0) < 0) return 0;
    TrValue st = tr_call_method_cstr(SELF, "getstate", 0);
    return st ? tr_tuple_pack(3, (TrValue)TR_TYPE(SELF), tr_empty_tuple, st) : 0;
}

static TrValue r_randbytes(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("randbytes");
    static const char *const kw[] = {"n", 0};
    TrValue a_[1];
    if (pyargs("randbytes", args, nargs, kwnames, kw, 1, a_) < 0) return 0;
    TrValue self = SELF;
    TrValue nbits = tr_binop(TR_MUL, a_[0], TR_FROM_SMALL(8));
    if (!nbits) return 0;
    int64_t k;
    if (exact(self)) {
        if (arg_bits(nbits, &k) < 0) return 0;
        size_t n = (size_t)(k / 8);
        char *buf = tr_alloc_atomic(n + 4);
        RandomObj *r = R(self);
        for (size_t i = 0; i < n; i += 4) {
            uint32_t w = genrand(r);
            size_t left = n - i;
            if (left < 4) w >>= 32 - 8 * left;
            for (int j = 0; j < 4; j++) buf[i + j] = (char)(w >> (8 * j));
        }
        return tr_bytes_new(buf, n);
    }
    TrValue v = tr_call_method_cstr(self, "getrandbits", 1, nbits);
    if (!v) return 0;
    return tr_call_method_cstr(v, "to_bytes", 2, a_[0], TR_INTERN("little"));
}

/* ---------------------------------------------------------------- integers */

/* operator.index(v), or for a non-integer (3.10's deprecated path) int(v) when it is
 * equal to v, else ValueError("non-integer <what> for randrange()") */
static TrValue rr_index(TrValue v, const char *what) {
    TrValue i = tr_number_index(v);
    if (i || !tr_err_is(TR_EXC_TYPE(TypeError))) return i;
    tr_err_clear();
    i = tr_call1((TrValue)&tr_int_type, v);
    if (!i) return 0;
    int ne = tr_compare_bool(i, v, TR_NE);
    if (ne < 0) return 0;
    if (ne) return tr_err(TR_EXC_TYPE(ValueError), "non-integer %s for randrange()", what);
    return i;
}

static TrValue randrange(TrValue self, TrValue start, TrValue stop, TrValue step) {
    TrValue istart = rr_index(start, "arg 1");
    if (!istart) return 0;
    if (!stop || stop == tr_None) {
        if (step && step != TR_FROM_SMALL(1))
            return tr_err(TR_EXC_TYPE(TypeError), "Missing a non-None stop argument");
        int pos = tr_compare_bool(istart, TR_FROM_SMALL(0), TR_GT);
        if (pos < 0) return 0;
        if (pos) return randbelow(self, istart);
        return tr_err(TR_EXC_TYPE(ValueError), "empty range for randrange()");
    }
    TrValue istop = rr_index(stop, "stop");
    if (!istop) return 0;
    TrValue width = tr_sub(istop, istart);
    if (!width) return 0;
    TrValue istep = step ? rr_index(step, "step") : TR_FROM_SMALL(1);
    if (!istep) return 0;
    if (istep == TR_FROM_SMALL(1)) {
        int pos = tr_compare_bool(width, TR_FROM_SMALL(0), TR_GT);
        if (pos < 0) return 0;
        if (pos) {
            TrValue r = randbelow(self, width);
            return r ? tr_add(istart, r) : 0;
        }
        return tr_err(TR_EXC_TYPE(ValueError), "empty range for randrange() (%S, %S, %S)", istart, istop, width);
    }
    int sign = tr_int_sign(istep);
    TrValue n;
    if (sign > 0) n = tr_binop(TR_FLOORDIV, tr_sub(tr_add(width, istep), TR_FROM_SMALL(1)), istep);
    else if (sign < 0) n = tr_binop(TR_FLOORDIV, tr_add(tr_add(width, istep), TR_FROM_SMALL(1)), istep);
    else return tr_err(TR_EXC_TYPE(ValueError), "zero step for randrange()");
    if (!n) return 0;
    if (tr_int_sign(n) <= 0) return tr_err(TR_EXC_TYPE(ValueError), "empty range for randrange()");
    TrValue r = randbelow(self, n);
    if (!r) return 0;
    TrValue off = tr_binop(TR_MUL, istep, r);
    return off ? tr_add(istart, off) : 0;
}

static TrValue r_randrange(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("randrange");
    static const char *const kw[] = {"start", "stop", "step", 0};
    TrValue a[3] = {0, 0, 0};
    if (pyargs("randrange", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return randrange(SELF, a[0], a[1], a[2]);
}

static TrValue r_randint(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("randint");
    static const char *const kw[] = {"a", "b", 0};
    TrValue a[2] = {0, 0};
    if (pyargs("randint", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    TrValue self = SELF;
    /* fast path: small ints, exact Random */
    if (exact(self) && TR_IS_SMALL(a[0]) && TR_IS_SMALL(a[1])) {
        int64_t lo = TR_SMALL_VAL(a[0]), hi = TR_SMALL_VAL(a[1]);
        if (hi >= lo && hi - lo + 1 <= TR_SMALL_MAX) {
            TrValue r = randbelow_bits(self, TR_FROM_SMALL(hi - lo + 1));
            return TR_FROM_SMALL(lo + TR_SMALL_VAL(r));
        }
    }
    TrValue b1 = tr_add(a[1], TR_FROM_SMALL(1));
    if (!b1) return 0;
    if (exact(self)) return randrange(self, a[0], b1, 0);
    return tr_call_method_cstr(self, "randrange", 2, a[0], b1);
}

/* ---------------------------------------------------------------- sequences */

static TrValue r_choice(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("choice");
    static const char *const kw[] = {"seq", 0};
    TrValue a_[1];
    if (pyargs("choice", args, nargs, kwnames, kw, 1, a_) < 0) return 0;
    TrValue seq = a_[0];
    intptr_t n = tr_len(seq);
    if (n < 0) return 0;
    if (n == 0) return tr_err(TR_EXC_TYPE(IndexError), "Cannot choose from an empty sequence");
    TrValue i = randbelow(SELF, tr_int_from_i64(n));
    if (!i) return 0;
    return tr_getitem_fast(seq, i);
}

static TrValue r_shuffle(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("shuffle");
    static const char *const kw[] = {"x", 0};
    TrValue a_[1];
    if (pyargs("shuffle", args, nargs, kwnames, kw, 1, a_) < 0) return 0;
    TrValue x = a_[0], self = SELF;
    intptr_t n = tr_len(x);
    if (n < 0) return 0;
    for (intptr_t i = n - 1; i >= 1; i--) {
        TrValue jv = randbelow(self, TR_FROM_SMALL(i + 1));
        if (!jv) return 0;
        intptr_t j = TR_SMALL_VAL(jv);
        if (!TR_IS_SMALL(x) && x->type == &tr_list_type && (size_t)i < TR_LIST(x)->len) {
            TrValue *it = tr_list_items(TR_LIST(x)), t = it[i];
            it[i] = it[j];
            it[j] = t;
            continue;
        }
        TrValue xj = tr_getitem(x, jv), xi = xj ? tr_getitem(x, TR_FROM_SMALL(i)) : 0;
        if (!xi || tr_setitem(x, TR_FROM_SMALL(i), xj) < 0 || tr_setitem(x, jv, xi) < 0) return 0;
    }
    return tr_None;
}

/* bisect.bisect_right(a, x, lo, hi) */
static int bisect_right(TrValue a, TrValue x, intptr_t lo, intptr_t hi, intptr_t *out) {
    while (lo < hi) {
        intptr_t mid = (lo + hi) / 2;
        TrValue am = tr_getitem_fast(a, TR_FROM_SMALL(mid));
        if (!am) return -1;
        int lt = tr_compare_bool_fast(x, am, TR_LT);
        if (lt < 0) return -1;
        if (lt) hi = mid; else lo = mid + 1;
    }
    *out = lo;
    return 0;
}

/* list(itertools.accumulate(it)) */
static TrValue accumulate(TrValue it) {
    TrValue iter = tr_iter(it);
    if (!iter) return 0;
    TrValue out = tr_list_new(0), total = 0, v;
    while ((v = tr_next(iter))) {
        total = total ? tr_add(total, v) : v;
        if (!total || tr_list_append(out, total) < 0) return 0;
    }
    return tr_err_occurred() ? 0 : out;
}

static int is_sequence(TrValue v) {
    static TrType *const seqs[] = {&tr_list_type, &tr_tuple_type, &tr_str_type, &tr_range_type, &tr_bytes_type,
                                   &tr_bytearray_type};
    for (size_t i = 0; i < sizeof seqs / sizeof seqs[0]; i++)
        if (tr_isinstance_type(v, seqs[i])) return 1;
    return 0;
}

static TrValue sample(TrValue self, TrValue population, TrValue k, TrValue counts) {
    if (!is_sequence(population))
        return tr_err(TR_EXC_TYPE(TypeError), "Population must be a sequence.  For dicts or sets, use sorted(d).");
    intptr_t n = tr_len(population);
    if (n < 0) return 0;
    if (counts && counts != tr_None) {
        TrValue cum = accumulate(counts);
        if (!cum) return 0;
        if ((intptr_t)TR_LIST(cum)->len != n)
            return tr_err(TR_EXC_TYPE(ValueError), "The number of counts does not match the population");
        if (TR_LIST(cum)->len == 0) return tr_err(TR_EXC_TYPE(IndexError), "pop from empty list");
        TrValue total = tr_list_items(TR_LIST(cum))[TR_LIST(cum)->len - 1];
        TR_LIST(cum)->len--;
        if (!tr_int_check(total)) return tr_err(TR_EXC_TYPE(TypeError), "Counts must be integers");
        if (tr_int_sign(total) <= 0) return tr_err(TR_EXC_TYPE(ValueError), "Total of counts must be greater than zero");
        TrValue rng = tr_range_new(TR_FROM_SMALL(0), total, TR_FROM_SMALL(1));
        if (!rng) return 0;
        TrValue sel;
        if (exact(self)) sel = sample(self, rng, k, 0);
        else {
            TrValue a[3] = {self, rng, k};
            sel = tr_call_method(TR_INTERN("sample"), a, 2, tr_tuple_pack(1, TR_INTERN("k")));
        }
        if (!sel) return 0;
        TrValue it = tr_iter(sel), s, out = tr_list_new(0);
        if (!it) return 0;
        while ((s = tr_next(it))) {
            intptr_t pos;
            if (bisect_right(cum, s, 0, (intptr_t)TR_LIST(cum)->len, &pos) < 0) return 0;
            TrValue item = tr_getitem(population, TR_FROM_SMALL(pos));
            if (!item || tr_list_append(out, item) < 0) return 0;
        }
        return tr_err_occurred() ? 0 : out;
    }
    int ok = tr_compare_bool(TR_FROM_SMALL(0), k, TR_LE);
    if (ok > 0) ok = tr_compare_bool(k, tr_int_from_i64(n), TR_LE);
    if (ok < 0) return 0;
    if (!ok) return tr_err(TR_EXC_TYPE(ValueError), "Sample larger than population or is negative");
    if (!tr_int_check(k))
        return tr_err(TR_EXC_TYPE(TypeError), "can't multiply sequence by non-int of type '%s'", TR_TYPE_NAME(k));
    intptr_t kk = TR_SMALL_VAL(tr_number_index(k));
    TrValue result = tr_list_new((size_t)kk);
    TR_LIST(result)->len = (size_t)kk;
    for (intptr_t i = 0; i < kk; i++) tr_list_items(TR_LIST(result))[i] = tr_None;
    int64_t setsize = 21;
    if (kk > 5) setsize += (int64_t)pow(4.0, ceil(log((double)(kk * 3)) / log(4.0)));
    if (n <= setsize) {
        TrValue pool = tr_list_from_iterable(population);
        if (!pool) return 0;
        for (intptr_t i = 0; i < kk; i++) {
            TrValue jv = randbelow(self, TR_FROM_SMALL(n - i));
            if (!jv) return 0;
            intptr_t j = TR_SMALL_VAL(jv);
            TrValue *p = tr_list_items(TR_LIST(pool));
            tr_list_items(TR_LIST(result))[i] = p[j];
            p[j] = p[n - i - 1];
        }
    } else {
        TrValue selected = tr_set_new(0);
        for (intptr_t i = 0; i < kk; i++) {
            TrValue jv;
            for (;;) {
                jv = randbelow(self, tr_int_from_i64(n));
                if (!jv) return 0;
                int in = tr_set_contains(selected, jv);
                if (in < 0) return 0;
                if (!in) break;
            }
            if (tr_set_add(selected, jv) < 0) return 0;
            TrValue item = tr_getitem_fast(population, jv);
            if (!item) return 0;
            tr_list_items(TR_LIST(result))[i] = item;
        }
    }
    return result;
}

static TrValue r_sample(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("sample");
    static const char *const kw[] = {"population", "k", "$counts", 0};
    TrValue a[3] = {0, 0, 0};
    if (pyargs("sample", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    return sample(SELF, a[0], a[1], a[2]);
}

static TrValue r_choices(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("choices");
    static const char *const kw[] = {"population", "weights", "$cum_weights", "$k", 0};
    TrValue a[4] = {0, 0, 0, 0};
    if (pyargs("choices", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue self = SELF, population = a[0], weights = a[1] ? a[1] : tr_None;
    TrValue cum = a[2] ? a[2] : tr_None, kv = a[3] ? a[3] : TR_FROM_SMALL(1);
    intptr_t n = tr_len(population);
    if (n < 0) return 0;
    if (cum == tr_None) {
        if (weights == tr_None) {
            int64_t k;
            if (tr_index(kv, &k) < 0) return 0;
            if (k < 0) k = 0;
            TrValue out = tr_list_new((size_t)k);
            double dn = (double)n;
            for (int64_t i = 0; i < k; i++) {
                double r;
                if (self_random(self, &r) < 0) return 0;
                TrValue item = tr_getitem_fast(population, tr_int_from_double(floor(r * dn)));
                if (!item) return 0;
                tr_list_items(TR_LIST(out))[TR_LIST(out)->len++] = item;
            }
            return out;
        }
        cum = accumulate(weights);
        if (!cum) {
            if (!tr_err_is(TR_EXC_TYPE(TypeError)) || !tr_int_check(weights)) return 0;
            tr_err_clear();
            TrValue r = tr_repr(weights);
            if (!r) return 0;
            return tr_err(TR_EXC_TYPE(TypeError), "The number of choices must be a keyword argument: k=%s", tr_str_cstr(r));
        }
    } else if (weights != tr_None) {
        return tr_err(TR_EXC_TYPE(TypeError), "Cannot specify both weights and cumulative weights");
    }
    intptr_t cn = tr_len(cum);
    if (cn < 0) return 0;
    if (cn != n) return tr_err(TR_EXC_TYPE(ValueError), "The number of weights does not match the population");
    TrValue last = tr_getitem(cum, TR_FROM_SMALL(-1));
    if (!last) return 0;
    TrValue totalv = tr_add(last, tr_float_new(0.0));
    if (!totalv) return 0;
    double total;
    if (tr_as_double(totalv, &total) < 0) return 0;
    if (total <= 0.0) return tr_err(TR_EXC_TYPE(ValueError), "Total of weights must be greater than zero");
    if (!isfinite(total)) return tr_err(TR_EXC_TYPE(ValueError), "Total of weights must be finite");
    int64_t k;
    if (tr_index(kv, &k) < 0) return 0;
    if (k < 0) k = 0;
    TrValue out = tr_list_new((size_t)k);
    intptr_t hi = n - 1;
    for (int64_t i = 0; i < k; i++) {
        double r;
        if (self_random(self, &r) < 0) return 0;
        intptr_t pos;
        if (bisect_right(cum, tr_float_new(r * total), 0, hi, &pos) < 0) return 0;
        TrValue item = tr_getitem_fast(population, TR_FROM_SMALL(pos));
        if (!item) return 0;
        tr_list_items(TR_LIST(out))[TR_LIST(out)->len++] = item;
    }
    return out;
}

/* ---------------------------------------------------------------- real distributions */

#define TWOPI (2.0 * M_PI)
#define NV_MAGICCONST (4 * exp(-0.5) / sqrt(2.0))
#define LOG4 log(4.0)
#define SG_MAGICCONST (1.0 + log(4.5))

static TrValue float_div_zero(void) { return tr_err(TR_EXC_TYPE(ZeroDivisionError), "float division by zero"); }

/* float ** float as Python computes it for the cases these distributions reach */
static int py_pow(double x, double y, double *out) {
    if (x == 0.0 && y < 0.0) {
        tr_err(TR_EXC_TYPE(ZeroDivisionError), "0.0 cannot be raised to a negative power");
        return -1;
    }
    if (x < 0.0 && y != floor(y) && isfinite(x) && isfinite(y)) {
        tr_err(TR_EXC_TYPE(ValueError), "negative number cannot be raised to a fractional power");
        return -1;
    }
    *out = pow(x, y);
    if (isinf(*out) && isfinite(x) && isfinite(y)) {
        tr_err(TR_EXC_TYPE(OverflowError), "(34, 'Numerical result out of range')");
        return -1;
    }
    return 0;
}

static double py_fmod(double x, double y) {
    double m = fmod(x, y);
    if (m) { if ((y < 0) != (m < 0)) m += y; }
    else m = copysign(0.0, y);
    return m;
}

/* v is an int of at most 53 bits, a bool or a float: Python's arithmetic on it equals
 * C's on doubles.  Other parameters take the paths written with Python's operators, so
 * errors (and results for other number types) come out as random.py's. */
static int plain(TrValue v, double *d) {
    if (tr_is_exact_float(v)) { *d = TR_FLOAT_VAL(v); return 1; }
    if (TR_IS_SMALL(v) && TR_SMALL_EXACT_DOUBLE(v)) { *d = (double)TR_SMALL_VAL(v); return 1; }
    if (v == tr_True || v == tr_False) { *d = v == tr_True; return 1; }
    return 0;
}

/* math.sqrt/exp/log's argument conversion */
static int to_double(TrValue v, double *d) { return v ? tr_as_double(v, d) : -1; }

static TrValue r_uniform(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("uniform");
    static const char *const kw[] = {"a", "b", 0};
    TrValue a[2] = {0, 0};
    if (pyargs("uniform", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    double r;
    if (tr_is_exact_float(a[0]) && tr_is_exact_float(a[1])) {
        if (self_random(SELF, &r) < 0) return 0;
        double x = TR_FLOAT_VAL(a[0]), y = TR_FLOAT_VAL(a[1]);
        return tr_float_new(x + (y - x) * r);
    }
    /* a + (b - a) * self.random(): b - a is computed (and may fail) before the draw */
    TrValue d = tr_sub(a[1], a[0]);
    if (!d || self_random(SELF, &r) < 0) return 0;
    TrValue p = tr_binop(TR_MUL, d, tr_float_new(r));
    return p ? tr_add(a[0], p) : 0;
}

static TrValue r_triangular(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("triangular");
    static const char *const kw[] = {"low", "high", "mode", 0};
    TrValue a[3] = {0, 0, 0};
    if (pyargs("triangular", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    TrValue lowv = a[0] ? a[0] : tr_float_new(0.0), highv = a[1] ? a[1] : tr_float_new(1.0);
    TrValue modev = a[2] ? a[2] : tr_None;
    double u, low, high, mode = 0, c = 0.5;
    if (self_random(SELF, &u) < 0) return 0;
    if (plain(lowv, &low) && plain(highv, &high) && (modev == tr_None || plain(modev, &mode))) {
        if (modev != tr_None) {
            if (high - low == 0.0) return lowv;
            c = (mode - low) / (high - low);
        }
        if (u > c) {
            u = 1.0 - u;
            c = 1.0 - c;
            double t = low; low = high; high = t;
        }
        return tr_float_new(low + (high - low) * sqrt(u * c));
    }
    /* c = 0.5 if mode is None else (mode - low) / (high - low), with Python's operators */
    TrValue cv = tr_float_new(0.5), uv = tr_float_new(u);
    if (modev != tr_None) {
        TrValue num = tr_sub(modev, lowv), den = num ? tr_sub(highv, lowv) : 0;
        cv = den ? tr_binop(TR_TRUEDIV, num, den) : 0;
        if (!cv) {
            if (!tr_err_is(TR_EXC_TYPE(ZeroDivisionError))) return 0;
            tr_err_clear();
            return lowv;
        }
    }
    int gt = tr_compare_bool(uv, cv, TR_GT);
    if (gt < 0) return 0;
    if (gt) {
        uv = tr_float_new(1.0 - u);
        cv = tr_sub(tr_float_new(1.0), cv);
        if (!cv) return 0;
        TrValue t = lowv; lowv = highv; highv = t;
    }
    TrValue width = tr_sub(highv, lowv);
    double uc;
    if (!width || to_double(tr_binop(TR_MUL, uv, cv), &uc) < 0) return 0;
    if (uc < 0) return tr_err(TR_EXC_TYPE(ValueError), "math domain error");
    TrValue p = tr_binop(TR_MUL, width, tr_float_new(sqrt(uc)));
    return p ? tr_add(lowv, p) : 0;
}

static double normalvariate(TrValue self, double mu, double sigma, int *err) {
    double z;
    for (;;) {
        double u1, u2;
        if (self_random(self, &u1) < 0 || self_random(self, &u2) < 0) { *err = 1; return 0; }
        u2 = 1.0 - u2;
        z = NV_MAGICCONST * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -log(u2)) break;
    }
    return mu + z * sigma;
}

static const char *const kw_mu_sigma[] = {"mu", "sigma", 0};

/* (mu=0.0, sigma=1.0); *plain: both are ints or floats, computed in doubles */
static int mu_sigma(const char *name, TrValue *args, size_t nargs, TrValue kwnames, TrValue raw[2], double p[2],
                    int *plain) {
    if (check_self(args, nargs, name) < 0 || pyargs(name, args, nargs, kwnames, kw_mu_sigma, 0, raw) < 0) return -1;
    if (!raw[0]) raw[0] = tr_float_new(0.0);
    if (!raw[1]) raw[1] = tr_float_new(1.0);
    *plain = 1;
    for (int i = 0; i < 2; i++) {
        if (tr_is_exact_float(raw[i])) p[i] = TR_FLOAT_VAL(raw[i]);
        else if (TR_IS_SMALL(raw[i])) p[i] = (double)TR_SMALL_VAL(raw[i]);
        else *plain = 0;
    }
    return 0;
}

/* mu + z * sigma, with Python's operators when mu or sigma is not a plain number */
static TrValue mu_plus(double z, TrValue raw[2], double p[2], int plain) {
    if (plain) return tr_float_new(p[0] + z * p[1]);
    TrValue t = tr_binop(TR_MUL, tr_float_new(z), raw[1]);
    return t ? tr_binop(TR_ADD, raw[0], t) : 0;
}

static TrValue r_normalvariate(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue raw[2];
    double p[2];
    int plain, err = 0;
    if (mu_sigma("normalvariate", args, nargs, kwnames, raw, p, &plain) < 0) return 0;
    double z = normalvariate(SELF, 0.0, 1.0, &err);
    return err ? 0 : mu_plus(z, raw, p, plain);
}

static TrValue r_lognormvariate(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue raw[2], v;
    double p[2], d;
    int plain_args, err = 0;
    if (check_self(args, nargs, "lognormvariate") < 0 ||
        pyargs("lognormvariate", args, nargs, kwnames, kw_mu_sigma, 2, raw) < 0)
        return 0;
    plain_args = plain(raw[0], &p[0]) && plain(raw[1], &p[1]);
    if (!exact(SELF)) {
        v = tr_call_method_cstr(SELF, "normalvariate", 2, raw[0], raw[1]);
    } else {
        double z = normalvariate(SELF, 0.0, 1.0, &err);
        if (err) return 0;
        if (plain_args) {
            d = p[0] + z * p[1];
            goto done;
        }
        v = mu_plus(z, raw, p, 0);
    }
    if (to_double(v, &d) < 0) return 0;
done:
    if (isinf(exp(d)) && isfinite(d)) return tr_err(TR_EXC_TYPE(OverflowError), "math range error");
    return tr_float_new(exp(d));
}

static TrValue r_gauss(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue raw[2];
    double p[2];
    int plain;
    if (mu_sigma("gauss", args, nargs, kwnames, raw, p, &plain) < 0) return 0;
    RandomObj *r = R(SELF);
    TrValue zv = r->gauss_next;
    r->gauss_next = tr_None;
    double z;
    if (zv == tr_None) {
        double u1, u2;
        if (self_random(SELF, &u1) < 0) return 0;
        double x2pi = u1 * TWOPI;
        if (self_random(SELF, &u2) < 0) return 0;
        double g2rad = sqrt(-2.0 * log(1.0 - u2));
        z = cos(x2pi) * g2rad;
        r->gauss_next = tr_float_new(sin(x2pi) * g2rad);
    } else if (tr_as_double(zv, &z) < 0) {
        return 0;
    }
    return mu_plus(z, raw, p, plain);
}

static TrValue r_expovariate(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"lambd", 0};
    TrValue lv;
    double u;
    if (check_self(args, nargs, "expovariate") < 0 || pyargs("expovariate", args, nargs, kwnames, kw, 1, &lv) < 0)
        return 0;
    if (self_random(SELF, &u) < 0) return 0;
    double num = -log(1.0 - u), lambd;
    if (tr_is_exact_float(lv)) lambd = TR_FLOAT_VAL(lv);
    else if (TR_IS_SMALL(lv)) lambd = (double)TR_SMALL_VAL(lv);
    else return tr_binop(TR_TRUEDIV, tr_float_new(num), lv);
    if (lambd == 0.0) return float_div_zero();
    return tr_float_new(num / lambd);
}

static TrValue r_vonmisesvariate(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"mu", "kappa", 0};
    double p[2], u1, u2, u3, z;
    TrValue raw[2];
    if (check_self(args, nargs, "vonmisesvariate") < 0 || pyargs("vonmisesvariate", args, nargs, kwnames, kw, 2, raw) < 0)
        return 0;
    int mu_plain = plain(raw[0], &p[0]);
    if (!plain(raw[1], &p[1])) {
        int small = tr_compare_bool(raw[1], tr_float_new(1e-6), TR_LE);
        if (small < 0) return 0;
        if (small) p[1] = 0.0;
        else if (to_double(raw[1], &p[1]) < 0) return 0;
    }
    double mu = p[0], kappa = p[1];
    TrValue self = SELF;
    if (kappa <= 1e-6) {
        if (self_random(self, &u1) < 0) return 0;
        return tr_float_new(TWOPI * u1);
    }
    double s = 0.5 / kappa;
    double r = s + sqrt(1.0 + s * s);
    for (;;) {
        if (self_random(self, &u1) < 0) return 0;
        z = cos(M_PI * u1);
        double d = z / (r + z);
        if (self_random(self, &u2) < 0) return 0;
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * exp(d)) break;
    }
    double q = 1.0 / r;
    double f = (q + z) / (1.0 + q * z);
    if (self_random(self, &u3) < 0) return 0;
    if (!mu_plain) {
        TrValue t = u3 > 0.5 ? tr_add(raw[0], tr_float_new(acos(f))) : tr_sub(raw[0], tr_float_new(acos(f)));
        return t ? tr_binop(TR_MOD, t, tr_float_new(TWOPI)) : 0;
    }
    if (u3 > 0.5) return tr_float_new(py_fmod(mu + acos(f), TWOPI));
    return tr_float_new(py_fmod(mu - acos(f), TWOPI));
}

static int gammavariate(TrValue self, double alpha, double beta, double *out) {
    if (alpha <= 0.0 || beta <= 0.0) {
        tr_err(TR_EXC_TYPE(ValueError), "gammavariate: alpha and beta must be > 0.0");
        return -1;
    }
    double u, u1, u2;
    if (alpha > 1.0) {
        double ainv = sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - LOG4;
        double ccc = alpha + ainv;
        for (;;) {
            if (self_random(self, &u1) < 0) return -1;
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            if (self_random(self, &u2) < 0) return -1;
            u2 = 1.0 - u2;
            double v = log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * exp(v);
            double z = u1 * u1 * u2;
            double r = bbb + ccc * v - x;
            if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= log(z)) { *out = x * beta; return 0; }
        }
    } else if (alpha == 1.0) {
        if (self_random(self, &u) < 0) return -1;
        *out = -log(1.0 - u) * beta;
        return 0;
    }
    double x;
    for (;;) {
        if (self_random(self, &u) < 0) return -1;
        double b = (M_E + alpha) / M_E;
        double p = b * u;
        if (p <= 1.0) {
            if (py_pow(p, 1.0 / alpha, &x) < 0) return -1;
        } else {
            x = -log((b - p) / alpha);
        }
        if (self_random(self, &u1) < 0) return -1;
        if (p > 1.0) {
            double t;
            if (py_pow(x, alpha - 1.0, &t) < 0) return -1;
            if (u1 <= t) break;
        } else if (u1 <= exp(-x)) {
            break;
        }
    }
    *out = x * beta;
    return 0;
}

static const char *const kw_alpha_beta[] = {"alpha", "beta", 0};

/* gammavariate's parameters: `alpha <= 0.0 or beta <= 0.0` with Python's comparisons
 * for non-plain values, then as doubles */
static int gamma_raw(TrValue self, TrValue alpha, TrValue beta, double *out) {
    double a, b;
    int pa = plain(alpha, &a), pb = plain(beta, &b);
    if (!pa || !pb) {
        TrValue zero = tr_float_new(0.0);
        int bad = tr_compare_bool(alpha, zero, TR_LE);
        if (bad == 0) bad = tr_compare_bool(beta, zero, TR_LE);
        if (bad < 0) return -1;
        if (bad) {
            tr_err(TR_EXC_TYPE(ValueError), "gammavariate: alpha and beta must be > 0.0");
            return -1;
        }
        if ((!pa && to_double(alpha, &a) < 0) || (!pb && to_double(beta, &b) < 0)) return -1;
    }
    return gammavariate(self, a, b, out);
}

static TrValue r_gammavariate(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue raw[2];
    double v;
    if (check_self(args, nargs, "gammavariate") < 0 ||
        pyargs("gammavariate", args, nargs, kwnames, kw_alpha_beta, 2, raw) < 0)
        return 0;
    if (gamma_raw(SELF, raw[0], raw[1], &v) < 0) return 0;
    return tr_float_new(v);
}

/* self.gammavariate(alpha, 1.0) as a double */
static int self_gamma(TrValue self, TrValue alpha, double *out) {
    if (exact(self)) return gamma_raw(self, alpha, tr_float_new(1.0), out);
    TrValue v = tr_call_method_cstr(self, "gammavariate", 2, alpha, tr_float_new(1.0));
    return to_double(v, out);
}

static TrValue r_betavariate(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue raw[2];
    double y, y2;
    if (check_self(args, nargs, "betavariate") < 0 ||
        pyargs("betavariate", args, nargs, kwnames, kw_alpha_beta, 2, raw) < 0)
        return 0;
    if (self_gamma(SELF, raw[0], &y) < 0) return 0;
    if (y) {
        if (self_gamma(SELF, raw[1], &y2) < 0) return 0;
        return tr_float_new(y / (y + y2));
    }
    return tr_float_new(0.0);
}

static TrValue r_paretovariate(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"alpha", 0};
    TrValue av;
    double alpha, u, v;
    if (check_self(args, nargs, "paretovariate") < 0 || pyargs("paretovariate", args, nargs, kwnames, kw, 1, &av) < 0)
        return 0;
    if (self_random(SELF, &u) < 0) return 0;
    u = 1.0 - u;
    if (!plain(av, &alpha)) {
        TrValue e = tr_binop(TR_TRUEDIV, tr_float_new(-1.0), av);
        return e ? tr_binop(TR_POW, tr_float_new(u), e) : 0;
    }
    if (alpha == 0.0) return float_div_zero();
    if (py_pow(u, -1.0 / alpha, &v) < 0) return 0;
    return tr_float_new(v);
}

static TrValue r_weibullvariate(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue raw[2];
    double p[2], u, v;
    if (check_self(args, nargs, "weibullvariate") < 0 ||
        pyargs("weibullvariate", args, nargs, kwnames, kw_alpha_beta, 2, raw) < 0)
        return 0;
    if (self_random(SELF, &u) < 0) return 0;
    u = 1.0 - u;
    if (!plain(raw[0], &p[0]) || !plain(raw[1], &p[1])) {
        TrValue e = tr_binop(TR_TRUEDIV, tr_float_new(1.0), raw[1]);
        TrValue pw = e ? tr_binop(TR_POW, tr_float_new(-log(u)), e) : 0;
        return pw ? tr_binop(TR_MUL, raw[0], pw) : 0;
    }
    if (p[1] == 0.0) return float_div_zero();
    if (py_pow(-log(u), 1.0 / p[1], &v) < 0) return 0;
    return tr_float_new(p[0] * v);
}

static TrValue get_gauss_next(TrValue self) { return R(self)->gauss_next; }
static int set_gauss_next(TrValue self, TrValue v) {
    R(self)->gauss_next = v ? v : tr_None;
    return 0;
}

/* ---------------------------------------------------------------- SystemRandom */

static TrValue sr_random(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("random");
    if (tr_check_nargs("random", nargs - 1, 0, 0) < 0) return 0;
    unsigned char b[7];
    if (urandom(b, 7) < 0) return 0;
    uint64_t x = 0;
    for (int i = 0; i < 7; i++) x = (x << 8) | b[i];
    return tr_float_new((double)(x >> 3) * (1.0 / 9007199254740992.0));
}

static TrValue sr_getrandbits(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("getrandbits");
    if (tr_check_nargs("getrandbits", nargs - 1, 1, 1) < 0) return 0;
    int64_t k;
    if (arg_bits(args[1], &k) < 0) return 0;
    size_t nbytes = (size_t)((k + 7) / 8);
    unsigned char *b = tr_alloc_atomic(nbytes + 1);
    if (urandom(b, nbytes) < 0) return 0;
    mpz_t z;
    mpz_init(z);
    if (nbytes) mpz_import(z, nbytes, 1, 1, 0, 0, b);
    mpz_fdiv_q_2exp(z, z, nbytes * 8 - (size_t)k);
    TrValue v = tr_int_from_mpz(z);
    mpz_clear(z);
    return v;
}

static TrValue sr_randbytes(TrValue *args, size_t nargs, TrValue kwnames) {
    CHECK_SELF("randbytes");
    if (tr_check_nargs("randbytes", nargs - 1, 1, 1) < 0) return 0;
    int64_t n;
    if (tr_index(args[1], &n) < 0) return 0;
    if (n < 0) return tr_err(TR_EXC_TYPE(ValueError), "negative argument not allowed");
    char *b = tr_alloc_atomic((size_t)n + 1);
    if (urandom(b, (size_t)n) < 0) return 0;
    return tr_bytes_new(b, (size_t)n);
}

static TrValue sr_seed(TrValue *args, size_t nargs, TrValue kwnames) { return tr_None; }
static TrValue sr_notimplemented(TrValue *args, size_t nargs, TrValue kwnames) {
    return tr_err(TR_EXC_TYPE(NotImplementedError), "System entropy source does not have state.");
}

/* ---------------------------------------------------------------- the module */

static const TrMethodDef base_methods[] = {
    {"random", r_random}, {"getrandbits", r_getrandbits}, {"seed", b_seed}, {"getstate", b_getstate},
    {"setstate", b_setstate},
    {0},
};

static const TrMethodDef random_methods[] = {
    {"__init__", r_init}, {"seed", r_seed},
    {"getstate", r_getstate}, {"setstate", r_setstate}, {"randbytes", r_randbytes},
    {"__getstate__", r_getstate_dunder}, {"__setstate__", r_setstate_dunder}, {"__reduce__", r_reduce},
    {"_randbelow", r_randbelow}, {"_randbelow_with_getrandbits", r_randbelow_bits},
    {"_randbelow_without_getrandbits", r_randbelow_float},
    {"randrange", r_randrange}, {"randint", r_randint}, {"choice", r_choice}, {"shuffle", r_shuffle},
    {"sample", r_sample}, {"choices", r_choices}, {"uniform", r_uniform}, {"triangular", r_triangular},
    {"normalvariate", r_normalvariate}, {"gauss", r_gauss}, {"lognormvariate", r_lognormvariate},
    {"expovariate", r_expovariate}, {"vonmisesvariate", r_vonmisesvariate}, {"gammavariate", r_gammavariate},
    {"betavariate", r_betavariate}, {"paretovariate", r_paretovariate}, {"weibullvariate", r_weibullvariate},
    {0},
};

static const TrMethodDef sysrandom_methods[] = {
    {"random", sr_random}, {"getrandbits", sr_getrandbits}, {"randbytes", sr_randbytes}, {"seed", sr_seed},
    {"getstate", sr_notimplemented}, {"setstate", sr_notimplemented},
    {0},
};

static const char *const exported[] = {
    "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle",
    "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "gauss",
    "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes", 0,
};

static TrType base_type = {
    .ob = {&tr_type_type}, .name = "Random", .flags = TR_TF_BASETYPE, .basicsize = sizeof(RandomObj),
    .dictoffset = offsetof(RandomObj, dict),
};
static TrType random_type = {
    .ob = {&tr_type_type}, .name = "Random", .flags = TR_TF_BASETYPE, .basicsize = sizeof(RandomObj),
    .dictoffset = offsetof(RandomObj, dict),
};
static TrType sysrandom_type = {
    .ob = {&tr_type_type}, .name = "SystemRandom", .flags = TR_TF_BASETYPE, .basicsize = sizeof(RandomObj),
    .dictoffset = offsetof(RandomObj, dict),
};

TrValue trmod_random_init(void) {
    static TrValue m;
    if (m) return m;
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&inst, sizeof inst);
    TrValue mod = TR_INTERN("random");
    random_type.module = sysrandom_type.module = mod;
    base_type.module = TR_INTERN("_random");
    base_type.new_ = random_new;
    random_type.init = random_init;
    random_type.base = &base_type;
    sysrandom_type.base = &random_type;
    tr_type_ready(&base_type);
    tr_type_ready(&random_type);
    tr_type_ready(&sysrandom_type);
    tr_type_add_methods(&base_type, base_methods);
    tr_type_add_methods(&random_type, random_methods);
    tr_type_add_methods(&sysrandom_type, sysrandom_methods);
    tr_type_add_getset(&random_type, "gauss_next", get_gauss_next, set_gauss_next);
    tr_dict_set_str(random_type.dict, "VERSION", TR_FROM_SMALL(3));

    inst = tr_call0((TrValue)&random_type);
    if (!inst) return 0;
    m = tr_module_new("random", 0, NULL, NULL);
    for (int i = 0; exported[i]; i++) {
        TrValue f = tr_getattr_cstr(inst, exported[i]);
        if (!f) return 0;
        tr_module_add(m, exported[i], f);
    }
    static const char *const all[] = {
        "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss",
        "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint",
        "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
        "vonmisesvariate", "weibullvariate", 0,
    };
    TrValue allv = tr_list_new(0);
    for (int i = 0; all[i]; i++) tr_list_append(allv, tr_str_intern(all[i]));
    tr_module_add(m, "__all__", allv);
    tr_module_add(m, "Random", (TrValue)&random_type);
    tr_module_add(m, "SystemRandom", (TrValue)&sysrandom_type);
    tr_module_add(m, "_inst", inst);
    tr_module_add(m, "BPF", TR_FROM_SMALL(53));
    tr_module_add(m, "RECIP_BPF", tr_float_new(1.0 / 9007199254740992.0));
    tr_module_add(m, "TWOPI", tr_float_new(TWOPI));
    tr_module_add(m, "LOG4", tr_float_new(LOG4));
    tr_module_add(m, "NV_MAGICCONST", tr_float_new(NV_MAGICCONST));
    tr_module_add(m, "SG_MAGICCONST", tr_float_new(SG_MAGICCONST));
    return m;
}
