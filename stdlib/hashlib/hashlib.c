/* hashlib.c — the `hashlib` and `hmac` modules on OpenSSL's libcrypto (EVP digests),
 * with CPython 3.11's names, sizes and error texts: md5, sha1, sha2, sha3 and shake
 * (`_hashlib.HASH` / `_hashlib.HASHXOF` objects), new(), pbkdf2_hmac, and
 * blake2b/blake2s (`_blake2` types, implemented in blake2.h for digest_size, key,
 * salt and person).  hmac.HMAC is RFC 2104 over two of these hash objects (CPython's
 * _init_old path; the results equal OpenSSL's HMAC).  Programs importing either module
 * link -lcrypto (compiler/stdlib_registry.c). */
#include "tr.h"
#include "blake2.h"
#include <gc.h>
#include <limits.h>
#include <stdio.h>
#include <openssl/evp.h>
#include <openssl/crypto.h>

enum { K_EVP, K_B2B, K_B2S };

typedef struct Algo {
    const char *name;                /* Python's name */
    const EVP_MD *(*md)(void);       /* 0 for blake2 */
    int kind;
    bool xof, guaranteed;
    bool available;                  /* computed at import */
} Algo;

static Algo algos[] = {
    {"md5", EVP_md5, K_EVP, false, true},
    {"sha1", EVP_sha1, K_EVP, false, true},
    {"sha224", EVP_sha224, K_EVP, false, true},
    {"sha256", EVP_sha256, K_EVP, false, true},
    {"sha384", EVP_sha384, K_EVP, false, true},
    {"sha512", EVP_sha512, K_EVP, false, true},
    {"sha3_224", EVP_sha3_224, K_EVP, false, true},
    {"sha3_256", EVP_sha3_256, K_EVP, false, true},
    {"sha3_384", EVP_sha3_384, K_EVP, false, true},
    {"sha3_512", EVP_sha3_512, K_EVP, false, true},
    {"shake_128", EVP_shake128, K_EVP, true, true},
    {"shake_256", EVP_shake256, K_EVP, true, true},
    {"blake2b", 0, K_B2B, false, true},
    {"blake2s", 0, K_B2S, false, true},
    {"sha512_224", EVP_sha512_224, K_EVP, false, false},
    {"sha512_256", EVP_sha512_256, K_EVP, false, false},
    {"md5-sha1", EVP_md5_sha1, K_EVP, false, false},
    {"ripemd160", EVP_ripemd160, K_EVP, false, false},
    {"sm3", EVP_sm3, K_EVP, false, false},
    {0},
};

typedef struct Hash {
    TrObject ob;
    const Algo *algo;
    EVP_MD_CTX *ctx;       /* K_EVP, freed by a finalizer */
    union { B2b b; B2s s; } b2;
} Hash;

static TrType hash_type, hashxof_type, blake2b_type, blake2s_type, hmac_type;
#define HASH(v) ((Hash *)(v))

static bool is_hash(TrValue v) {
    if (TR_IS_SMALL(v)) return false;
    TrType *t = TR_TYPE(v);
    return t == &hash_type || t == &hashxof_type || tr_isinstance_type(v, &blake2b_type) ||
           tr_isinstance_type(v, &blake2s_type);
}

/* ---------------------------------------------------------------- helpers */

/* the bytes of a value to hash (GET_BUFFER_VIEW_OR_ERROUT) */
static int hash_data(TrValue v, const char **p, size_t *n) {
    if (tr_str_check(v)) {
        tr_err(TR_EXC_TYPE(TypeError), "Strings must be encoded before hashing");
        return -1;
    }
    if ((*p = tr_buffer_view(v, n))) return 0;
    if (!tr_err_occurred()) tr_err(TR_EXC_TYPE(TypeError), "object supporting the buffer API required");
    return -1;
}

static TrValue openssl_error(void) {
    return tr_err(TR_EXC_TYPE(ValueError), "[digital envelope routines] unsupported");
}

static const Algo *find_algo(const char *name) {
    for (const Algo *a = algos; a->name; a++)
        if (!strcasecmp(a->name, name)) return a;
    /* OpenSSL's spellings hashlib.new also takes */
    static const struct { const char *alias, *name; } aliases[] = {
        {"sha-1", "sha1"}, {"sha-224", "sha224"}, {"sha-256", "sha256"}, {"sha-384", "sha384"},
        {"sha-512", "sha512"}, {"sha3-224", "sha3_224"}, {"sha3-256", "sha3_256"}, {"sha3-384", "sha3_384"},
        {"sha3-512", "sha3_512"}, {"shake128", "shake_128"}, {"shake256", "shake_256"},
        {"sha512-224", "sha512_224"}, {"sha512-256", "sha512_256"}, {"blake2b512", "blake2b"},
        {"blake2s256", "blake2s"}, {0, 0},
    };
    for (int i = 0; aliases[i].alias; i++)
        if (!strcasecmp(aliases[i].alias, name)) return find_algo(aliases[i].name);
    return 0;
}

static void hash_finalize(void *obj, void *cd) {
    (void)cd;
    Hash *h = obj;
    if (h->ctx) EVP_MD_CTX_free(h->ctx);
    h->ctx = 0;
}

static Hash *hash_alloc(const Algo *a, TrType *type) {
    Hash *h = (Hash *)tr_object_alloc(type, sizeof(Hash));
    h->algo = a;
    if (a->kind == K_EVP) {
        h->ctx = EVP_MD_CTX_new();
        if (!h->ctx) return (Hash *)tr_err_nomem();
        GC_register_finalizer(h, hash_finalize, NULL, NULL, NULL);
    }
    return h;
}

static int hash_update(Hash *h, const char *p, size_t n) {
    switch (h->algo->kind) {
    case K_B2B: b2b_update(&h->b2.b, (const uint8_t *)p, n); return 0;
    case K_B2S: b2s_update(&h->b2.s, (const uint8_t *)p, n); return 0;
    }
    if (n && !EVP_DigestUpdate(h->ctx, p, n)) {
        openssl_error();
        return -1;
    }
    return 0;
}

static size_t digest_size(Hash *h) {
    switch (h->algo->kind) {
    case K_B2B: return h->b2.b.outlen;
    case K_B2S: return h->b2.s.outlen;
    }
    return h->algo->xof ? 0 : (size_t)EVP_MD_CTX_get_size(h->ctx);
}

static size_t block_size(Hash *h) {
    switch (h->algo->kind) {
    case K_B2B: return 128;
    case K_B2S: return 64;
    }
    return (size_t)EVP_MD_CTX_get_block_size(h->ctx);
}

/* the digest (xof: of length n) into out, leaving h usable */
static int hash_final(Hash *h, unsigned char *out, size_t n) {
    switch (h->algo->kind) {
    case K_B2B: b2b_final(&h->b2.b, out); return 0;
    case K_B2S: b2s_final(&h->b2.s, out); return 0;
    }
    EVP_MD_CTX *c = EVP_MD_CTX_new();
    if (!c) { tr_err_nomem(); return -1; }
    int ok = EVP_MD_CTX_copy_ex(c, h->ctx);
    unsigned int len;
    if (ok) ok = h->algo->xof ? EVP_DigestFinalXOF(c, out, n) : EVP_DigestFinal_ex(c, out, &len);
    EVP_MD_CTX_free(c);
    if (!ok) { openssl_error(); return -1; }
    return 0;
}

static Hash *hash_copy(Hash *h) {
    Hash *c = hash_alloc(h->algo, TR_TYPE((TrValue)h));
    if (!c) return 0;
    if (h->algo->kind != K_EVP) c->b2 = h->b2;
    else if (!EVP_MD_CTX_copy_ex(c->ctx, h->ctx)) return (Hash *)openssl_error();
    return c;
}

/* a new hash object of an EVP algorithm over data (or 0) */
static TrValue evp_new(const Algo *a, TrValue data) {
    const char *p = 0;
    size_t n = 0;
    if (data && data != tr_None && hash_data(data, &p, &n) < 0) return 0;
    Hash *h = hash_alloc(a, a->xof ? &hashxof_type : &hash_type);
    if (!h) return 0;
    if (!EVP_DigestInit_ex(h->ctx, a->md(), NULL)) return openssl_error();
    if (hash_update(h, p, n) < 0) return 0;
    return (TrValue)h;
}

/* ---------------------------------------------------------------- blake2 */

static int opt_bytes(TrValue v, const char **p, size_t *n) {
    *p = "";
    *n = 0;
    if (!v) return 0;
    if ((*p = tr_buffer_view(v, n))) return 0;
    if (!tr_err_occurred()) tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(v));
    return -1;
}

static TrValue blake2_make(TrType *type, bool big, TrValue data, TrValue ds, TrValue key, TrValue salt, TrValue person) {
    size_t maxd = big ? 64 : 32, maxs = big ? 16 : 8;
    const char *p = 0, *k, *s, *pe;
    size_t n = 0, kn, sn, pn;
    if (data && hash_data(data, &p, &n) < 0) return 0;
    int64_t d = (int64_t)maxd;
    if (ds && tr_index(ds, &d) < 0) return 0;
    if (d < 1 || d > (int64_t)maxd) return tr_err(TR_EXC_TYPE(ValueError), "digest_size must be between 1 and %zu bytes", maxd);
    if (opt_bytes(key, &k, &kn) < 0 || opt_bytes(salt, &s, &sn) < 0 || opt_bytes(person, &pe, &pn) < 0) return 0;
    if (kn > maxd) return tr_err(TR_EXC_TYPE(ValueError), "maximum key length is %zu bytes", maxd);
    if (sn > maxs) return tr_err(TR_EXC_TYPE(ValueError), "maximum salt length is %zu bytes", maxs);
    if (pn > maxs) return tr_err(TR_EXC_TYPE(ValueError), "maximum person length is %zu bytes", maxs);
    Hash *h = hash_alloc(big ? &algos[12] : &algos[13], type);
    if (big) b2b_init(&h->b2.b, (size_t)d, (const uint8_t *)k, kn, (const uint8_t *)s, sn, (const uint8_t *)pe, pn);
    else b2s_init(&h->b2.s, (size_t)d, (const uint8_t *)k, kn, (const uint8_t *)s, sn, (const uint8_t *)pe, pn);
    if (hash_update(h, p, n) < 0) return 0;
    return (TrValue)h;
}

static const char *const blake2_kw[] = {"/data", "$digest_size", "$key", "$salt", "$person", "$fanout", "$depth",
                                        "$leaf_size", "$node_offset", "$node_depth", "$inner_size", "$last_node",
                                        "$usedforsecurity", NULL};

static TrValue blake2_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames, bool big) {
    TrValue a[13];
    if (tr_parse_args(big ? "blake2b" : "blake2s", args, nargs, kwnames, blake2_kw, 0, a) < 0) return 0;
    for (int i = 5; i < 12; i++)
        if (a[i]) return tr_err(TR_EXC_TYPE(NotImplementedError), "blake2: the tree hashing parameters are not supported");
    return blake2_make(type, big, a[0], a[1], a[2], a[3], a[4]);
}

static TrValue blake2b_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    return blake2_new(type, args, nargs, kwnames, true);
}
static TrValue blake2s_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    return blake2_new(type, args, nargs, kwnames, false);
}

/* ---------------------------------------------------------------- hash methods */

static TrValue m_update(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"self", "/obj", NULL};
    TrValue a[2];
    if (tr_parse_args("update", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    const char *p;
    size_t n;
    if (hash_data(a[1], &p, &n) < 0) return 0;
    if (hash_update(HASH(a[0]), p, n) < 0) return 0;
    return tr_None;
}

static TrValue get_digest(TrValue self, TrValue *args, size_t nargs, TrValue kwnames, const char *fname) {
    Hash *h = HASH(self);
    size_t n;
    if (h->algo->xof) {
        static const char *const kw[] = {"length", NULL};
        TrValue a[1];
        if (tr_parse_args(fname, args + 1, nargs - 1, kwnames, kw, 1, a) < 0) return 0;
        int64_t len;
        if (tr_index(a[0], &len) < 0) return 0;
        if (len < 0) return tr_err_nomem();
        n = (size_t)len;
    } else {
        if (tr_check_nargs(fname, nargs, 1, 1) < 0 || tr_no_kwargs(fname, kwnames) < 0) return 0;
        n = digest_size(h);
    }
    unsigned char *out = tr_alloc_atomic(n ? n : 1);
    if (n && hash_final(h, out, n) < 0) return 0;
    return tr_bytes_new((const char *)out, n);
}

static TrValue to_hex(TrValue digest, bool str) {
    static const char hexd[] = "0123456789abcdef";
    TrBytes *b = (TrBytes *)digest;
    char *s = tr_alloc_atomic(2 * b->len + 1);
    for (size_t i = 0; i < b->len; i++) {
        s[2 * i] = hexd[(unsigned char)b->data[i] >> 4];
        s[2 * i + 1] = hexd[b->data[i] & 15];
    }
    return str ? tr_str_new(s, 2 * b->len) : tr_bytes_new(s, 2 * b->len);
}

static TrValue m_digest(TrValue *args, size_t nargs, TrValue kwnames) {
    return get_digest(args[0], args, nargs, kwnames, "digest");
}

static TrValue m_hexdigest(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue d = get_digest(args[0], args, nargs, kwnames, "hexdigest");
    return d ? to_hex(d, true) : 0;
}

static TrValue m_copy(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("copy", nargs, 1, 1) < 0 || tr_no_kwargs("copy", kwnames) < 0) return 0;
    return (TrValue)hash_copy(HASH(args[0]));
}

static TrValue get_name(TrValue self) { return tr_str_from_cstr(HASH(self)->algo->name); }
static TrValue get_digest_size(TrValue self) { return tr_int_from_u64(digest_size(HASH(self))); }
static TrValue get_block_size(TrValue self) { return tr_int_from_u64(block_size(HASH(self))); }

static TrValue hash_repr(TrValue self) {
    Hash *h = HASH(self);
    if (h->algo->kind != K_EVP) return tr_str_fmt("<_blake2.%s object at %p>", h->algo->name, (void *)self);
    return tr_str_fmt("<%s _hashlib.%s object @ %p>", h->algo->name, TR_TYPE_NAME(self), (void *)self);
}

static const TrMethodDef hash_methods[] = {
    {"update", m_update}, {"digest", m_digest}, {"hexdigest", m_hexdigest}, {"copy", m_copy}, {0},
};

static TrType hash_type = {
    .ob = {&tr_type_type}, .name = "HASH", .basicsize = sizeof(Hash), .repr = hash_repr,
};
static TrType hashxof_type = {
    .ob = {&tr_type_type}, .name = "HASHXOF", .basicsize = sizeof(Hash), .repr = hash_repr, .base = &hash_type,
};
static TrType blake2b_type = {
    .ob = {&tr_type_type}, .name = "blake2b", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Hash), .repr = hash_repr,
    .new_ = blake2b_new,
};
static TrType blake2s_type = {
    .ob = {&tr_type_type}, .name = "blake2s", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Hash), .repr = hash_repr,
    .new_ = blake2s_new,
};

/* ---------------------------------------------------------------- module functions */

/* openssl_md5(string=None, *, usedforsecurity=True) and friends */
#define CONSTRUCTOR(NAME, IDX) \
    static TrValue py_##NAME(TrValue *args, size_t nargs, TrValue kwnames) { \
        static const char *const kw[] = {"string", "$usedforsecurity", NULL}; \
        TrValue a[2]; \
        if (tr_parse_args("openssl_" #NAME, args, nargs, kwnames, kw, 0, a) < 0) return 0; \
        return evp_new(&algos[IDX], a[0]); \
    }
CONSTRUCTOR(md5, 0)
CONSTRUCTOR(sha1, 1)
CONSTRUCTOR(sha224, 2)
CONSTRUCTOR(sha256, 3)
CONSTRUCTOR(sha384, 4)
CONSTRUCTOR(sha512, 5)
CONSTRUCTOR(sha3_224, 6)
CONSTRUCTOR(sha3_256, 7)
CONSTRUCTOR(sha3_384, 8)
CONSTRUCTOR(sha3_512, 9)
CONSTRUCTOR(shake_128, 10)
CONSTRUCTOR(shake_256, 11)

static const Algo *algo_by_name(TrValue name) {
    if (!tr_str_check(name)) return (const Algo *)tr_err(TR_EXC_TYPE(TypeError), "name must be a string");
    const Algo *a = find_algo(tr_str_cstr(name));
    if (!a || !a->available) return (const Algo *)tr_err(TR_EXC_TYPE(ValueError), "unsupported hash type %S", name);
    return a;
}

/* hash object of the named algorithm over data (0: none) */
static TrValue new_by_name(TrValue name, TrValue data) {
    const Algo *a = algo_by_name(name);
    if (!a) return 0;
    if (a->kind == K_EVP) return evp_new(a, data);
    return blake2_make(a->kind == K_B2B ? &blake2b_type : &blake2s_type, a->kind == K_B2B, data, 0, 0, 0, 0);
}

/* __hash_new(name, data=b'', **kwargs) */
static TrValue py_new(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"name", "data", "$string", "$usedforsecurity", "$digest_size", "$key", "$salt",
                                     "$person", NULL};
    TrValue a[8];
    if (tr_parse_args("__hash_new", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue data = a[1] ? a[1] : a[2];
    if (!tr_str_check(a[0])) return tr_err(TR_EXC_TYPE(TypeError), "name must be a string");
    const Algo *al = algo_by_name(a[0]);
    if (!al) return 0;
    if (al->kind != K_EVP)
        return blake2_make(al->kind == K_B2B ? &blake2b_type : &blake2s_type, al->kind == K_B2B, data, a[4], a[5], a[6], a[7]);
    for (int i = 4; i < 8; i++)
        if (a[i]) return tr_err(TR_EXC_TYPE(TypeError), "'%s' is an invalid keyword argument for new()", kw[i] + 1);
    return evp_new(al, data);
}

static TrValue py_pbkdf2_hmac(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"hash_name", "password", "salt", "iterations", "dklen", NULL};
    TrValue a[5];
    if (tr_parse_args("pbkdf2_hmac", args, nargs, kwnames, kw, 4, a) < 0) return 0;
    if (!tr_str_check(a[0]))
        return tr_err(TR_EXC_TYPE(TypeError), "pbkdf2_hmac() argument 'hash_name' must be str, not %s", TR_TYPE_NAME(a[0]));
    TrBuffer pw, salt;
    if (tr_get_buffer(a[1], &pw) < 0 || tr_get_buffer(a[2], &salt) < 0) return 0;
    int64_t iters, dklen;
    if (tr_index(a[3], &iters) < 0) return 0;
    const Algo *al = find_algo(tr_str_cstr(a[0]));
    if (!al || al->kind != K_EVP || al->xof || !al->available) return openssl_error();
    const EVP_MD *md = al->md();
    if (iters < 1) return tr_err(TR_EXC_TYPE(ValueError), "iteration value must be greater than 0.");
    if (iters > INT_MAX) return tr_err(TR_EXC_TYPE(OverflowError), "iteration value is too great.");
    if (!a[4] || a[4] == tr_None) dklen = EVP_MD_get_size(md);
    else if (tr_index(a[4], &dklen) < 0) return 0;
    if (dklen < 1) return tr_err(TR_EXC_TYPE(ValueError), "key length must be greater than 0.");
    if (dklen > INT_MAX) return tr_err(TR_EXC_TYPE(OverflowError), "key length is too great.");
    unsigned char *out = tr_alloc_atomic((size_t)dklen);
    if (!PKCS5_PBKDF2_HMAC(pw.data, (int)pw.len, (const unsigned char *)salt.data, (int)salt.len, (int)iters, md,
                           (int)dklen, out))
        return openssl_error();
    return tr_bytes_new((const char *)out, (size_t)dklen);
}

static const TrMethodDef hashlib_functions[] = {{"new", py_new}, {"pbkdf2_hmac", py_pbkdf2_hmac}, {0}};

/* the named constructors, which CPython's repr calls openssl_NAME */
static const TrMethodDef openssl_constructors[] = {
    {"md5", py_md5}, {"sha1", py_sha1}, {"sha224", py_sha224}, {"sha256", py_sha256},
    {"sha384", py_sha384}, {"sha512", py_sha512}, {"sha3_224", py_sha3_224}, {"sha3_256", py_sha3_256},
    {"sha3_384", py_sha3_384}, {"sha3_512", py_sha3_512}, {"shake_128", py_shake_128}, {"shake_256", py_shake_256},
    {0},
};

static void ready_type(TrType *t, const char *module, bool getters) {
    t->module = tr_str_intern(module);
    tr_type_ready(t);
    tr_type_add_methods(t, hash_methods);
    if (getters) {
        tr_type_add_getter(t, "name", get_name);
        tr_type_add_getter(t, "digest_size", get_digest_size);
        tr_type_add_getter(t, "block_size", get_block_size);
    }
}

static bool types_ready;

static void init_types(void) {
    if (types_ready) return;
    types_ready = true;
    ready_type(&hash_type, "_hashlib", true);
    ready_type(&hashxof_type, "_hashlib", false); /* inherits HASH's */
    ready_type(&blake2b_type, "_blake2", true);
    ready_type(&blake2s_type, "_blake2", true);
    for (Algo *a = algos; a->name; a++) {
        if (a->kind != K_EVP) { a->available = true; continue; }
        const EVP_MD *md = a->md();
        EVP_MD_CTX *c = md ? EVP_MD_CTX_new() : 0;
        a->available = c && EVP_DigestInit_ex(c, md, NULL);
        EVP_MD_CTX_free(c);
    }
}

TrValue trmod_hashlib_init(void) {
    static TrValue m;
    if (m) return m;
    init_types();
    m = tr_module_new("hashlib", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, hashlib_functions);
    for (const TrMethodDef *d = openssl_constructors; d->name; d++) {
        char name[32];
        snprintf(name, sizeof name, "openssl_%s", d->name);
        tr_module_add(m, d->name, tr_builtin_new(tr_str_cstr(tr_str_intern(name)), d->fn));
    }
    tr_module_add(m, "blake2b", (TrValue)&blake2b_type);
    tr_module_add(m, "blake2s", (TrValue)&blake2s_type);
    /* sets, as in CPython (hashlib.algorithms_available |= ... is allowed) */
    TrValue g = tr_set_new(0), av = tr_set_new(0);
    for (Algo *a = algos; a->name; a++) {
        TrValue s = tr_str_from_cstr(a->name);
        if (a->guaranteed) tr_set_add(g, s);
        if (a->available) tr_set_add(av, s);
    }
    tr_module_add(m, "algorithms_guaranteed", g);
    tr_module_add(m, "algorithms_available", av);
    return m;
}

/* ================================================================ hmac */

typedef struct Hmac {
    TrObject ob;
    TrValue inner, outer; /* Hash objects */
} Hmac;
#define HMAC_(v) ((Hmac *)(v))

/* a fresh hash object from digestmod: a name, a constructor, or a module with new() */
static TrValue digest_cons(TrValue digestmod, TrValue data) {
    TrValue h;
    if (tr_str_check(digestmod)) {
        const Algo *a = find_algo(tr_str_cstr(digestmod));
        if (!a || !a->available) return openssl_error();
        h = new_by_name(digestmod, data);
    } else if (tr_isinstance_exact(digestmod, &tr_module_type)) {
        TrValue args[2] = {digestmod, data};
        h = tr_call_method(TR_INTERN("new"), args, data ? 2 : 1, 0);
    } else {
        h = tr_call(digestmod, &data, data ? 1 : 0, 0);
    }
    if (h && !is_hash(h))
        return tr_err(TR_EXC_TYPE(TypeError), "hmac: digestmod must make hashlib hash objects, not '%s'", TR_TYPE_NAME(h));
    return h;
}

static TrValue hmac_make(TrValue key, TrValue msg, TrValue digestmod) {
    if (!tr_isinstance_type(key, &tr_bytes_type) && !tr_isinstance_type(key, &tr_bytearray_type))
        return tr_err(TR_EXC_TYPE(TypeError), "key: expected bytes or bytearray, but got '%s'", TR_TYPE_NAME(key));
    int t = digestmod ? tr_truthy(digestmod) : 0;
    if (t < 0) return 0;
    if (!t) return tr_err(TR_EXC_TYPE(TypeError), "Missing required parameter 'digestmod'.");
    TrValue inner = digest_cons(digestmod, 0), outer = inner ? digest_cons(digestmod, 0) : 0;
    if (!outer) return 0;
    size_t bs = block_size(HASH(inner));
    size_t klen;
    const char *k = tr_buffer_view(key, &klen);
    TrValue kd = 0;
    if (klen > bs) {
        TrValue kh = digest_cons(digestmod, key);
        if (!kh) return 0;
        size_t n = digest_size(HASH(kh));
        unsigned char *out = tr_alloc_atomic(n ? n : 1);
        if (hash_final(HASH(kh), out, n) < 0) return 0;
        kd = tr_bytes_new((const char *)out, n);
        k = ((TrBytes *)kd)->data;
        klen = n;
    }
    unsigned char *ipad = tr_alloc_atomic(bs), *opad = tr_alloc_atomic(bs);
    for (size_t i = 0; i < bs; i++) {
        unsigned char c = i < klen ? (unsigned char)k[i] : 0;
        ipad[i] = c ^ 0x36;
        opad[i] = c ^ 0x5c;
    }
    if (hash_update(HASH(inner), (const char *)ipad, bs) < 0 || hash_update(HASH(outer), (const char *)opad, bs) < 0)
        return 0;
    Hmac *h = (Hmac *)tr_object_alloc(&hmac_type, sizeof(Hmac));
    h->inner = inner;
    h->outer = outer;
    if (msg && msg != tr_None) {
        const char *p;
        size_t n;
        if (hash_data(msg, &p, &n) < 0 || hash_update(HASH(inner), p, n) < 0) return 0;
    }
    return (TrValue)h;
}

static TrValue hmac_new_fn(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"key", "msg", "digestmod", NULL};
    TrValue a[3];
    if (tr_parse_args_py("new", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    return hmac_make(a[0], a[1], a[2]);
}

/* HMAC(...): parsed as CPython's HMAC.__init__(self, key, msg=None, digestmod=''), the
 * class standing in for self, so the argument counts in its messages include self */
static TrValue hmac_type_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"self", "key", "msg", "digestmod", NULL};
    size_t n = nargs + (kwnames ? TR_TUPLE(kwnames)->len : 0);
    TrValue *all = tr_alloc(sizeof(TrValue) * (n + 1)), a[4];
    all[0] = (TrValue)type;
    memcpy(all + 1, args, sizeof(TrValue) * n);
    if (tr_parse_args_py("HMAC.__init__", all, nargs + 1, kwnames, kw, 2, a) < 0) return 0;
    return hmac_make(a[1], a[2], a[3]);
}

static TrValue hmac_final(Hmac *h) {
    Hash *in = HASH(h->inner);
    size_t n = digest_size(in);
    unsigned char *d = tr_alloc_atomic(n ? n : 1);
    if (hash_final(in, d, n) < 0) return 0;
    Hash *out = hash_copy(HASH(h->outer));
    if (!out || hash_update(out, (const char *)d, n) < 0) return 0;
    size_t m = digest_size(out);
    unsigned char *r = tr_alloc_atomic(m ? m : 1);
    if (hash_final(out, r, m) < 0) return 0;
    return tr_bytes_new((const char *)r, m);
}

static TrValue hm_update(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"self", "msg", NULL};
    TrValue a[2];
    if (tr_parse_args("update", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    const char *p;
    size_t n;
    if (hash_data(a[1], &p, &n) < 0 || hash_update(HASH(HMAC_(a[0])->inner), p, n) < 0) return 0;
    return tr_None;
}

static TrValue hm_digest(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("digest", nargs, 1, 1) < 0 || tr_no_kwargs("digest", kwnames) < 0) return 0;
    return hmac_final(HMAC_(args[0]));
}

static TrValue hm_hexdigest(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("hexdigest", nargs, 1, 1) < 0 || tr_no_kwargs("hexdigest", kwnames) < 0) return 0;
    TrValue d = hmac_final(HMAC_(args[0]));
    return d ? to_hex(d, true) : 0;
}

static TrValue hm_copy(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("copy", nargs, 1, 1) < 0 || tr_no_kwargs("copy", kwnames) < 0) return 0;
    Hmac *h = HMAC_(args[0]);
    Hmac *c = (Hmac *)tr_object_alloc(TR_TYPE(args[0]), sizeof(Hmac));
    if (!(c->inner = (TrValue)hash_copy(HASH(h->inner))) || !(c->outer = (TrValue)hash_copy(HASH(h->outer)))) return 0;
    return (TrValue)c;
}

static TrValue hm_name(TrValue self) { return tr_str_fmt("hmac-%s", HASH(HMAC_(self)->inner)->algo->name); }
static TrValue hm_digest_size(TrValue self) { return tr_int_from_u64(digest_size(HASH(HMAC_(self)->inner))); }
static TrValue hm_block_size(TrValue self) { return tr_int_from_u64(block_size(HASH(HMAC_(self)->inner))); }
static TrValue hm_repr(TrValue self) { return tr_str_fmt("<hmac.HMAC object at %p>", (void *)self); }

static const TrMethodDef hmac_methods[] = {
    {"update", hm_update}, {"digest", hm_digest}, {"hexdigest", hm_hexdigest}, {"copy", hm_copy}, {0},
};

static TrType hmac_type = {
    .ob = {&tr_type_type}, .name = "HMAC", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Hmac), .repr = hm_repr,
    .new_ = hmac_type_new,
};

/* hmac.digest(key, msg, digest) */
static TrValue hmac_digest_fn(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"key", "msg", "digest", NULL};
    TrValue a[3];
    if (tr_parse_args_py("digest", args, nargs, kwnames, kw, 3, a) < 0) return 0;
    TrValue h = hmac_make(a[0], a[1], a[2]);
    return h ? hmac_final(HMAC_(h)) : 0;
}

/* _tscmp: constant-time comparison of two bytes-like objects or two ASCII strs */
static TrValue compare_digest_fn(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/a", "/b", NULL};
    TrValue a[2];
    if (tr_parse_args("_hashlib.compare_digest", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    const char *p, *q;
    size_t n, m;
    if (tr_str_check(a[0]) && tr_str_check(a[1])) {
        if (!TR_STR(a[0])->ascii || !TR_STR(a[1])->ascii)
            return tr_err(TR_EXC_TYPE(TypeError), "comparing strings with non-ASCII characters is not supported");
        p = tr_str_cstr(a[0]); n = TR_STR(a[0])->len;
        q = tr_str_cstr(a[1]); m = TR_STR(a[1])->len;
    } else {
        if (tr_str_check(a[0]) || tr_str_check(a[1]) || !tr_buffer_view(a[0], &n) || !tr_buffer_view(a[1], &m)) {
            if (tr_buffer_view(a[0], &n) || tr_buffer_view(a[1], &m)) {
                TrBuffer b;
                if (tr_get_buffer(a[0], &b) < 0 || tr_get_buffer(a[1], &b) < 0) return 0;
            }
            return tr_err(TR_EXC_TYPE(TypeError), "unsupported operand types(s) or combination of types: '%s' and '%s'",
                          TR_TYPE_NAME(a[0]), TR_TYPE_NAME(a[1]));
        }
        p = tr_buffer_view(a[0], &n);
        q = tr_buffer_view(a[1], &m);
    }
    return tr_bool(n == m && CRYPTO_memcmp(p, q, n) == 0);
}

static const TrMethodDef hmac_functions[] = {
    {"new", hmac_new_fn}, {"digest", hmac_digest_fn}, {"compare_digest", compare_digest_fn}, {0},
};

TrValue trmod_hmac_init(void) {
    static TrValue m;
    if (m) return m;
    init_types();
    hmac_type.module = TR_INTERN("hmac");
    tr_type_ready(&hmac_type);
    tr_type_add_methods(&hmac_type, hmac_methods);
    tr_type_add_getter(&hmac_type, "name", hm_name);
    tr_type_add_getter(&hmac_type, "digest_size", hm_digest_size);
    tr_type_add_getter(&hmac_type, "block_size", hm_block_size);
    m = tr_module_new("hmac", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, hmac_functions);
    tr_module_add(m, "HMAC", (TrValue)&hmac_type);
    return m;
}
