/* random.c — the `random` module: CPython's Mersenne Twister (MT19937, seeded with
 * init_by_array from the words of an int seed), so a seeded program draws the same
 * numbers as under CPython: random, getrandbits, randrange, randint, choice, shuffle,
 * uniform, sample. seed() without argument (and at start) uses the clock and pid. */
#include "tr.h"
#include <math.h>
#include <time.h>
#include <unistd.h>

enum { N = 624, M = 397 };
static uint32_t mt[N];
static int mti = N + 1;

static void init_genrand(uint32_t s) {
    mt[0] = s;
    for (mti = 1; mti < N; mti++) mt[mti] = 1812433253u * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint32_t)mti;
}

static void init_by_array(const uint32_t *key, size_t len) {
    init_genrand(19650218u);
    size_t i = 1, j = 0;
    for (size_t k = N > len ? N : len; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
        i++, j++;
        if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        if (j >= len) j = 0;
    }
    for (size_t k = N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000u;
}

static uint32_t genrand(void) {
    static const uint32_t mag01[2] = {0, 0x9908b0dfu};
    uint32_t y;
    if (mti >= N) {
        if (mti == N + 1) init_genrand(5489u);
        int kk;
        for (kk = 0; kk < N - M; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01[y & 1];
        }
        for (; kk < N - 1; kk++) {
            y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ mag01[y & 1];
        }
        y = (mt[N - 1] & 0x80000000u) | (mt[0] & 0x7fffffffu);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01[y & 1];
        mti = 0;
    }
    y = mt[mti++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

static double random_double(void) { /* 53 random bits, as CPython's random_random */
    uint32_t a = genrand() >> 5, b = genrand() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

static void seed_from_time(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint32_t key[4] = {(uint32_t)ts.tv_sec, (uint32_t)ts.tv_nsec, (uint32_t)getpid(), (uint32_t)((uint64_t)ts.tv_sec >> 32)};
    init_by_array(key, 4);
}

static int seed_with(TrValue v) {
    if (!v || v == tr_None) { seed_from_time(); return 0; }
    if (!tr_int_check(v)) {
        tr_err(TR_EXC_TYPE(TypeError), "random.seed() supports only None and int seeds in trc, not %s", TR_TYPE_NAME(v));
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    tr_int_as_mpz(v, z);
    mpz_abs(z, z);
    size_t n = mpz_sgn(z) ? (mpz_sizeinbase(z, 2) + 31) / 32 : 1;
    uint32_t *key = tr_alloc_atomic(n * sizeof(uint32_t));
    memset(key, 0, n * sizeof(uint32_t));
    size_t count = 0;
    if (mpz_sgn(z)) mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, z);
    mpz_clear(z);
    init_by_array(key, n);
    return 0;
}

/* k random bits as an int (CPython's getrandbits: 32-bit words, least significant first) */
static TrValue randbits(uint64_t k) {
    if (k <= 32) return tr_int_from_u64(k ? genrand() >> (32 - k) : 0);
    size_t words = (size_t)((k + 31) / 32);
    uint32_t *w = tr_alloc_atomic(words * sizeof(uint32_t));
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand();
        if (k < 32) r >>= 32 - k;
        w[i] = r;
        if (k < 32) break;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    TrValue r = tr_int_from_mpz(z);
    mpz_clear(z);
    return r;
}

/* a random int in [0, n), n > 0: getrandbits(n.bit_length()) until below n */
static TrValue randbelow(TrValue n) {
    mpz_t z;
    mpz_init(z);
    tr_int_as_mpz(n, z);
    uint64_t k = mpz_sizeinbase(z, 2);
    mpz_clear(z);
    for (;;) {
        TrValue r = randbits(k);
        int lt = tr_compare_bool(r, n, TR_LT);
        if (lt) return lt < 0 ? 0 : r;
    }
}

static TrValue r_seed(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"a", "version", NULL};
    TrValue a[2];
    if (tr_parse_args("seed", args, nargs, kwnames, kw, 0, a) < 0) return 0;
    return seed_with(a[0]) < 0 ? 0 : tr_None;
}

static TrValue r_random(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("random", nargs, 0, 0) < 0) return 0;
    return tr_float_new(random_double());
}

static TrValue r_getrandbits(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("getrandbits", nargs, 1, 1) < 0) return 0;
    int64_t k;
    if (tr_index(args[0], &k) < 0) return 0;
    if (k < 0) return tr_err(TR_EXC_TYPE(ValueError), "number of bits must be non-negative");
    return randbits((uint64_t)k);
}

/* an integer argument of randrange; CPython 3.11 still takes integral floats */
static TrValue int_arg(TrValue v, const char *what) {
    if (tr_int_check(v) || TR_TYPE(v)->index) return tr_number_index(v);
    if (tr_float_check(v)) {
        double d = TR_FLOAT_VAL(v);
        if (d == floor(d) && isfinite(d)) return tr_int_from_double(d);
        return tr_err(TR_EXC_TYPE(ValueError), "non-integer %s for randrange()", what);
    }
    return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(v));
}

/* randrange(start[, stop[, step]]) as CPython 3.11 (integer arguments) */
static TrValue randrange(TrValue start, TrValue stop, TrValue step) {
    if (!(start = int_arg(start, "arg 1"))) return 0;
    if (!stop || stop == tr_None) {
        if (tr_int_sign(start) <= 0) return tr_err(TR_EXC_TYPE(ValueError), "empty range for randrange()");
        return randbelow(start);
    }
    if (!(stop = int_arg(stop, "stop"))) return 0;
    TrValue width = tr_binop(TR_SUB, stop, start);
    if (!width) return 0;
    if (!step || (TR_IS_SMALL(step) && TR_SMALL_VAL(step) == 1)) {
        if (tr_int_sign(width) <= 0)
            return tr_err(TR_EXC_TYPE(ValueError), "empty range for randrange() (%S, %S, %S)", start, stop, width);
        TrValue r = randbelow(width);
        return r ? tr_binop(TR_ADD, start, r) : 0;
    }
    if (!(step = int_arg(step, "step"))) return 0;
    int ss = tr_int_sign(step);
    if (!ss) return tr_err(TR_EXC_TYPE(ValueError), "zero step for randrange()");
    TrValue n = ss > 0 ? tr_binop(TR_FLOORDIV, tr_binop(TR_ADD, width, tr_binop(TR_SUB, step, TR_FROM_SMALL(1))), step)
                       : tr_binop(TR_FLOORDIV, tr_binop(TR_ADD, width, tr_binop(TR_ADD, step, TR_FROM_SMALL(1))), step);
    if (!n) return 0;
    if (tr_int_sign(n) <= 0) return tr_err(TR_EXC_TYPE(ValueError), "empty range for randrange()");
    TrValue r = randbelow(n);
    return r ? tr_binop(TR_ADD, start, tr_binop(TR_MUL, step, r)) : 0;
}

static TrValue r_randrange(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"start", "stop", "step", NULL};
    TrValue a[3];
    if (tr_parse_args("randrange", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return randrange(a[0], a[1], a[2]);
}

static TrValue r_randint(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("randint", nargs, 2, 2) < 0) return 0;
    TrValue b = int_arg(args[1], "stop");
    return b ? randrange(args[0], tr_binop(TR_ADD, b, TR_FROM_SMALL(1)), 0) : 0;
}

static TrValue r_choice(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("choice", nargs, 1, 1) < 0) return 0;
    intptr_t n = tr_len(args[0]);
    if (n < 0) return 0;
    if (!n) return tr_err(TR_EXC_TYPE(IndexError), "Cannot choose from an empty sequence");
    TrValue i = randbelow(TR_FROM_SMALL(n));
    return i ? tr_getitem(args[0], i) : 0;
}

static TrValue r_shuffle(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("shuffle", nargs, 1, 1) < 0) return 0;
    TrValue x = args[0];
    intptr_t n = tr_len(x);
    if (n < 0) return 0;
    for (intptr_t i = n - 1; i > 0; i--) {
        TrValue j = randbelow(TR_FROM_SMALL(i + 1));
        TrValue a = j ? tr_getitem(x, TR_FROM_SMALL(i)) : 0, b = a ? tr_getitem(x, j) : 0;
        if (!b || tr_setitem(x, TR_FROM_SMALL(i), b) < 0 || tr_setitem(x, j, a) < 0) return 0;
    }
    return tr_None;
}

static TrValue r_uniform(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("uniform", nargs, 2, 2) < 0) return 0;
    double a, b;
    if (tr_as_double(args[0], &a) < 0 || tr_as_double(args[1], &b) < 0) return 0;
    return tr_float_new(a + (b - a) * random_double());
}

static const TrMethodDef random_functions[] = {
    {"seed", r_seed}, {"random", r_random}, {"getrandbits", r_getrandbits}, {"randrange", r_randrange},
    {"randint", r_randint}, {"choice", r_choice}, {"shuffle", r_shuffle}, {"uniform", r_uniform},
    {0},
};

TrValue trmod_random_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("random", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, random_functions);
    seed_from_time();
    return m;
}
