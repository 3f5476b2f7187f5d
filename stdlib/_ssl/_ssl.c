/* _ssl.c — the C core of `ssl` on OpenSSL 3: contexts (SSL_CTX: verify mode, options,
 * protocol versions, certificates, CA locations, ciphers, ALPN) and TLS connections
 * (SSL over a socket's descriptor: handshake, read, write, shutdown, the peer's
 * certificate as DER or as CPython's getpeercert() dict, cipher, version, ALPN).
 * The classes users see (SSLContext, SSLSocket, the SSLError hierarchy) are written in
 * Tauraro (stdlib/ssl/ssl.tr), which hands its exception classes to set_errors() once;
 * errors are raised with CPython 3.11's texts, "[LIB: REASON] reason (_ssl.c:LINE)"
 * with the line numbers of CPython 3.11's _ssl.c, the REASON mnemonic being OpenSSL's
 * reason string upper-cased with '_' for ' ' (CPython looks it up in a table).
 * Timeouts as the socket module's: < 0 blocking, 0 non-blocking (SSLWantReadError...),
 * > 0 non-blocking calls and a poll(2) before retrying, TimeoutError when it expires. Every call that may
 * block on the network runs without the GIL. Objects are freed by collector finalisers. */
#include "tr.h"
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <ctype.h>
#include <gc.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#include <poll.h>
#include <string.h>

typedef struct { TrObject ob; SSL_CTX *ctx; TrValue alpn; bool server; } Context; /* alpn: what the server picks from */
typedef struct { TrObject ob; SSL *ssl; TrValue ctx; int fd; bool handshake_done; } Connection;
static TrType context_type, connection_type;

/* the classes of ssl.tr: SSLError and its subclasses, by PY_SSL_ERROR_* code */
enum { E_SSL, E_ZERO, E_WANT_READ, E_WANT_WRITE, E_EOF, E_CERT, E_COUNT };
static TrValue errors[E_COUNT];
static const int error_codes[E_COUNT] = {1, 6, 2, 3, 8, 1};

/* CPython 3.11.2's _ssl.c lines where each kind of failure is raised */
enum { LINE_HANDSHAKE = 992, LINE_READ = 2546, LINE_WRITE = 2393, LINE_SHUTDOWN = 2672, LINE_CTX = 3900 };

static const struct { int lib; const char *name; } lib_names[] = {
    {ERR_LIB_SSL, "SSL"}, {ERR_LIB_X509, "X509"}, {ERR_LIB_PEM, "PEM"}, {ERR_LIB_ASN1, "ASN1"},
    {ERR_LIB_EVP, "EVP"}, {ERR_LIB_SYS, "SYS"}, {ERR_LIB_BIO, "BIO"}, {ERR_LIB_X509V3, "X509V3"},
    {ERR_LIB_RSA, "RSA"}, {ERR_LIB_EC, "EC"}, {ERR_LIB_PKCS12, "PKCS12"}, {ERR_LIB_OSSL_DECODER, "DECODER"}, {0, NULL},
};

/* raises errors[kind](code, message) with library and reason set, and for a certificate
 * verification failure (vmsg not 0) verify_code and verify_message */
static TrValue raise_verify(int kind, const char *lib, const char *reason, long vcode, TrValue vmsg, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    TrValue msg = tr_str_vfmt(fmt, ap);
    va_end(ap);
    if (!msg) return 0;
    TrValue exc = tr_call2(errors[kind], TR_FROM_SMALL(error_codes[kind]), msg);
    if (!exc) return 0;
    if (tr_setattr(exc, TR_INTERN("library"), lib ? tr_str_from_cstr(lib) : tr_None) < 0 ||
        tr_setattr(exc, TR_INTERN("reason"), reason ? tr_str_from_cstr(reason) : tr_None) < 0)
        return 0;
    if (vmsg && (tr_setattr(exc, TR_INTERN("verify_code"), tr_int_from_i64(vcode)) < 0 ||
                 tr_setattr(exc, TR_INTERN("verify_message"), vmsg) < 0))
        return 0;
    tr_raise(exc);
    return 0;
}
#define raise_error(kind, lib, reason, ...) raise_verify(kind, lib, reason, 0, 0, __VA_ARGS__)

/* the error OpenSSL queued last, as CPython's fill_and_set_sslerror words it; conn (or
 * NULL) gives a certificate verification failure its verify_code and message */
static TrValue raise_queued(Connection *conn, int line, const char *fallback) {
    unsigned long e = ERR_peek_last_error();
    ERR_clear_error();
    if (!e) return raise_error(E_SSL, NULL, NULL, "%s (_ssl.c:%d)", fallback, line);
    const char *lib = NULL, *rstr = ERR_reason_error_string(e);
    for (int i = 0; lib_names[i].name; i++)
        if (lib_names[i].lib == ERR_GET_LIB(e)) lib = lib_names[i].name;
    char mnemonic[128] = "";
    if (rstr && !(ERR_GET_RFLAGS(e) & ERR_RFLAG_COMMON)) {
        size_t i = 0;
        for (; rstr[i] && i < sizeof mnemonic - 1; i++) mnemonic[i] = rstr[i] == ' ' ? '_' : (char)toupper((unsigned char)rstr[i]);
        mnemonic[i] = 0;
    }
    if (!rstr) rstr = fallback;
    const char *reason = *mnemonic ? mnemonic : NULL;
    if (ERR_GET_LIB(e) == ERR_LIB_SSL && ERR_GET_REASON(e) == SSL_R_UNEXPECTED_EOF_WHILE_READING)
        return raise_error(E_EOF, lib, reason, "[%s: %s] EOF occurred in violation of protocol (_ssl.c:%d)", lib, reason, line);
    if (conn && ERR_GET_LIB(e) == ERR_LIB_SSL && ERR_GET_REASON(e) == SSL_R_CERTIFICATE_VERIFY_FAILED) {
        long code = SSL_get_verify_result(conn->ssl);
        X509_VERIFY_PARAM *param = SSL_get0_param(conn->ssl);
        TrValue vmsg;
        char *ip = X509_VERIFY_PARAM_get1_ip_asc(param);
        if (code == X509_V_ERR_HOSTNAME_MISMATCH)
            vmsg = tr_str_fmt("Hostname mismatch, certificate is not valid for '%s'.", X509_VERIFY_PARAM_get0_host(param, 0));
        else if (code == X509_V_ERR_IP_ADDRESS_MISMATCH)
            vmsg = tr_str_fmt("IP address mismatch, certificate is not valid for '%s'.", ip ? ip : "");
        else
            vmsg = tr_str_from_cstr(X509_verify_cert_error_string(code));
        OPENSSL_free(ip);
        if (!vmsg) return 0;
        return raise_verify(E_CERT, lib, reason, code, vmsg, "[%s: %s] %s: %s (_ssl.c:%d)", lib, reason, rstr,
                            tr_str_cstr(vmsg), line);
    }
    if (lib && reason) return raise_error(E_SSL, lib, reason, "[%s: %s] %s (_ssl.c:%d)", lib, reason, rstr, line);
    if (lib) return raise_error(E_SSL, lib, NULL, "[%s] %s (_ssl.c:%d)", lib, rstr, line);
    return raise_error(E_SSL, NULL, NULL, "%s (_ssl.c:%d)", rstr, line);
}

/* ------------------------------------------------------------------ arguments */

static Context *context_arg(TrValue v) {
    if (TR_TYPE(v) != &context_type) { tr_err(TR_EXC_TYPE(TypeError), "expected an _ssl context"); return NULL; }
    return (Context *)v;
}

static Connection *connection_arg(TrValue v) {
    if (TR_TYPE(v) != &connection_type) { tr_err(TR_EXC_TYPE(TypeError), "expected an _ssl connection"); return NULL; }
    Connection *c = (Connection *)v;
    if (!c->ssl) { tr_err(TR_EXC_TYPE(ValueError), "the TLS connection is closed"); return NULL; }
    return c;
}

/* a str or bytes path argument as a C string, NULL for None (no error) */
static const char *path_arg(TrValue v) {
    if (v == tr_None) return NULL;
    if (tr_str_check(v)) return tr_str_cstr(v);
    size_t n;
    const char *b = tr_buffer_view(v, &n);
    return b ? tr_str_cstr(tr_str_new(b, n)) : NULL;
}

/* --------------------------------------------------------------------- contexts */

static void context_finalize(void *obj, void *cd) {
    Context *c = obj;
    if (c->ctx) SSL_CTX_free(c->ctx);
    c->ctx = NULL;
}

/* ctx_new(server) -> a context with CPython 3.11's defaults for PROTOCOL_TLS_CLIENT/SERVER */
static TrValue f_ctx_new(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("ctx_new", nargs, 1, 1) < 0) return 0;
    int server = tr_truthy(args[0]);
    SSL_CTX *ctx = SSL_CTX_new(server ? TLS_server_method() : TLS_client_method());
    if (!ctx) return raise_queued(NULL, LINE_CTX, "failed to allocate SSL context");
    Context *c = (Context *)tr_object_alloc(&context_type, sizeof(Context));
    c->ctx = ctx;
    c->server = server;
    GC_register_finalizer(c, context_finalize, NULL, NULL, NULL);
    SSL_CTX_set_verify(ctx, server ? SSL_VERIFY_NONE : SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT, NULL);
    uint64_t options = (SSL_OP_ALL & ~SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS) | SSL_OP_NO_SSLv2 | SSL_OP_NO_SSLv3 |
                       SSL_OP_NO_COMPRESSION | SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_SINGLE_DH_USE |
                       SSL_OP_SINGLE_ECDH_USE;
    SSL_CTX_set_options(ctx, options);
    SSL_CTX_set_mode(ctx, SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER | SSL_MODE_AUTO_RETRY);
    X509_VERIFY_PARAM_set_flags(SSL_CTX_get0_param(ctx), X509_V_FLAG_TRUSTED_FIRST);
    X509_VERIFY_PARAM_set_hostflags(SSL_CTX_get0_param(ctx), X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    return (TrValue)c;
}

/* ctx_verify(ctx, mode or None) -> the mode (0 none, 1 optional, 2 required) */
static TrValue f_ctx_verify(TrValue *args, size_t nargs, TrValue kwnames) {
    Context *c;
    if (tr_check_nargs("ctx_verify", nargs, 2, 2) < 0 || !(c = context_arg(args[0]))) return 0;
    if (args[1] != tr_None) {
        int64_t m;
        if (tr_index(args[1], &m) < 0) return 0;
        int mode = m == 0 ? SSL_VERIFY_NONE : m == 1 ? SSL_VERIFY_PEER : SSL_VERIFY_PEER | SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
        if (m < 0 || m > 2) return tr_err(TR_EXC_TYPE(ValueError), "invalid value for verify_mode");
        SSL_CTX_set_verify(c->ctx, mode, NULL);
    }
    int mode = SSL_CTX_get_verify_mode(c->ctx);
    return TR_FROM_SMALL(!(mode & SSL_VERIFY_PEER) ? 0 : (mode & SSL_VERIFY_FAIL_IF_NO_PEER_CERT) ? 2 : 1);
}

/* ctx_options(ctx, set, clear) -> the options after setting and clearing those bits */
static TrValue f_ctx_options(TrValue *args, size_t nargs, TrValue kwnames) {
    Context *c;
    int64_t set, clear;
    if (tr_check_nargs("ctx_options", nargs, 3, 3) < 0 || !(c = context_arg(args[0])) || tr_index(args[1], &set) < 0 ||
        tr_index(args[2], &clear) < 0)
        return 0;
    if (clear) SSL_CTX_clear_options(c->ctx, (uint64_t)clear);
    if (set) SSL_CTX_set_options(c->ctx, (uint64_t)set);
    return tr_int_from_u64(SSL_CTX_get_options(c->ctx));
}

/* ctx_version(ctx, is_max, version or None) -> the bound (-2/-1: MINIMUM/MAXIMUM_SUPPORTED) */
static TrValue f_ctx_version(TrValue *args, size_t nargs, TrValue kwnames) {
    Context *c;
    if (tr_check_nargs("ctx_version", nargs, 3, 3) < 0 || !(c = context_arg(args[0]))) return 0;
    int is_max = tr_truthy(args[1]);
    if (args[2] != tr_None) {
        int64_t v;
        if (tr_index(args[2], &v) < 0) return 0;
        if (v == -2 || v == -1) v = 0;
        else if (v != SSL3_VERSION && v != TLS1_VERSION && v != TLS1_1_VERSION && v != TLS1_2_VERSION && v != TLS1_3_VERSION)
            return tr_err(TR_EXC_TYPE(ValueError), "Unsupported TLS/SSL version 0x%x", (unsigned)v);
        int ok = is_max ? SSL_CTX_set_max_proto_version(c->ctx, (int)v) : SSL_CTX_set_min_proto_version(c->ctx, (int)v);
        if (!ok) return tr_err(TR_EXC_TYPE(ValueError), "Unsupported protocol version 0x%x", (unsigned)v);
    }
    long v = is_max ? SSL_CTX_get_max_proto_version(c->ctx) : SSL_CTX_get_min_proto_version(c->ctx);
    return TR_FROM_SMALL(v ? v : is_max ? -1 : -2);
}

static int password_cb(char *buf, int size, int rwflag, void *userdata) {
    const char *pw = userdata;
    if (!pw) return -1;
    int n = (int)strlen(pw);
    if (n > size) return -1;
    memcpy(buf, pw, n);
    return n;
}

/* ctx_load_cert_chain(ctx, certfile, keyfile or None, password bytes or None) */
static TrValue f_ctx_load_cert_chain(TrValue *args, size_t nargs, TrValue kwnames) {
    Context *c;
    if (tr_check_nargs("ctx_load_cert_chain", nargs, 4, 4) < 0 || !(c = context_arg(args[0]))) return 0;
    const char *cert = path_arg(args[1]), *key = path_arg(args[2]), *pw = path_arg(args[3]);
    SSL_CTX_set_default_passwd_cb(c->ctx, password_cb);
    SSL_CTX_set_default_passwd_cb_userdata(c->ctx, (void *)pw);
    errno = 0;
    int ok = SSL_CTX_use_certificate_chain_file(c->ctx, cert);
    if (ok == 1) {
        errno = 0;
        ok = SSL_CTX_use_PrivateKey_file(c->ctx, key ? key : cert, SSL_FILETYPE_PEM);
        if (ok == 1 && SSL_CTX_check_private_key(c->ctx) != 1) ok = 0;
    }
    SSL_CTX_set_default_passwd_cb_userdata(c->ctx, NULL);
    if (ok == 1) return tr_None;
    if (errno) {
        ERR_clear_error();
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    }
    return raise_queued(NULL, LINE_CTX, "PEM lib");
}

/* ctx_load_verify(ctx, cafile, capath, cadata str/bytes or None) */
static TrValue f_ctx_load_verify(TrValue *args, size_t nargs, TrValue kwnames) {
    Context *c;
    if (tr_check_nargs("ctx_load_verify", nargs, 4, 4) < 0 || !(c = context_arg(args[0]))) return 0;
    if (args[3] != tr_None) {
        bool pem = tr_str_check(args[3]);
        size_t len;
        const char *data = pem ? tr_str_cstr(args[3]) : tr_buffer_view(args[3], &len);
        if (pem) len = strlen(data);
        BIO *bio = BIO_new_mem_buf(data, (int)len);
        X509_STORE *store = SSL_CTX_get_cert_store(c->ctx);
        int loaded = 0;
        for (;;) {
            X509 *x = pem ? PEM_read_bio_X509(bio, NULL, NULL, NULL) : d2i_X509_bio(bio, NULL);
            if (!x) break;
            X509_STORE_add_cert(store, x);
            X509_free(x);
            loaded++;
        }
        BIO_free(bio);
        unsigned long e = ERR_peek_last_error();
        bool at_end = loaded && ((pem && ERR_GET_LIB(e) == ERR_LIB_PEM && ERR_GET_REASON(e) == PEM_R_NO_START_LINE) ||
                                 (!pem && ERR_GET_LIB(e) == ERR_LIB_ASN1));
        if (loaded == 0 || (e && !at_end)) {
            ERR_clear_error();
            const char *what = pem ? "no start line: cadata does not contain a certificate"
                                   : "not enough data: cadata does not contain a certificate";
            return raise_error(E_SSL, NULL, NULL, "%s (_ssl.c:%d)", what, pem ? 4011 : 4016);
        }
        ERR_clear_error();
    }
    const char *cafile = path_arg(args[1]), *capath = path_arg(args[2]);
    if (cafile || capath) {
        errno = 0;
        if (SSL_CTX_load_verify_locations(c->ctx, cafile, capath) != 1) {
            if (errno) {
                ERR_clear_error();
                return tr_err_errno(TR_EXC_TYPE(OSError), 0);
            }
            return raise_queued(NULL, 4091, "unknown error");
        }
    }
    return tr_None;
}

static TrValue f_ctx_default_paths(TrValue *args, size_t nargs, TrValue kwnames) {
    Context *c;
    if (tr_check_nargs("ctx_default_paths", nargs, 1, 1) < 0 || !(c = context_arg(args[0]))) return 0;
    if (!SSL_CTX_set_default_verify_paths(c->ctx)) return raise_queued(NULL, LINE_CTX, "unknown error");
    return tr_None;
}

/* ctx_set_ciphers(ctx, spec) -> False when no cipher matches (ssl.tr raises CPython's
 * one-argument SSLError) */
static TrValue f_ctx_set_ciphers(TrValue *args, size_t nargs, TrValue kwnames) {
    Context *c;
    if (tr_check_nargs("ctx_set_ciphers", nargs, 2, 2) < 0 || !(c = context_arg(args[0]))) return 0;
    if (!SSL_CTX_set_cipher_list(c->ctx, tr_str_cstr(args[1]))) {
        ERR_clear_error();
        return tr_False;
    }
    return tr_True;
}

static int alpn_select_cb(SSL *s, const unsigned char **out, unsigned char *outlen, const unsigned char *in,
                          unsigned int inlen, void *arg) {
    TrValue protos = (TrValue)arg;
    size_t n;
    const char *p = tr_buffer_view(protos, &n);
    unsigned char *o;
    if (SSL_select_next_proto(&o, outlen, (const unsigned char *)p, (unsigned)n, in, inlen) != OPENSSL_NPN_NEGOTIATED)
        return SSL_TLSEXT_ERR_NOACK;
    *out = o;
    return SSL_TLSEXT_ERR_OK;
}

/* ctx_set_alpn(ctx, wire-format bytes): offered by a client, chosen from by a server */
static TrValue f_ctx_set_alpn(TrValue *args, size_t nargs, TrValue kwnames) {
    Context *c;
    if (tr_check_nargs("ctx_set_alpn", nargs, 2, 2) < 0 || !(c = context_arg(args[0]))) return 0;
    size_t n;
    const char *p = tr_buffer_view(args[1], &n);
    if (!p) return tr_err(TR_EXC_TYPE(TypeError), "ALPN protocols must be bytes");
    c->alpn = args[1];
    if (c->server) SSL_CTX_set_alpn_select_cb(c->ctx, alpn_select_cb, (void *)args[1]);
    else if (SSL_CTX_set_alpn_protos(c->ctx, (const unsigned char *)p, (unsigned)n)) return tr_err_nomem();
    return tr_None;
}

/* ctx_ca_certs(ctx) -> the DER bytes of each CA certificate of the store, and the count of CRLs */
static TrValue f_ctx_ca_certs(TrValue *args, size_t nargs, TrValue kwnames) {
    Context *c;
    if (tr_check_nargs("ctx_ca_certs", nargs, 1, 1) < 0 || !(c = context_arg(args[0]))) return 0;
    STACK_OF(X509_OBJECT) *objs = X509_STORE_get0_objects(SSL_CTX_get_cert_store(c->ctx));
    TrValue certs = tr_list_new(0);
    int64_t crls = 0;
    for (int i = 0; i < sk_X509_OBJECT_num(objs); i++) {
        X509_OBJECT *o = sk_X509_OBJECT_value(objs, i);
        if (X509_OBJECT_get_type(o) == X509_LU_CRL) crls++;
        X509 *x = X509_OBJECT_get0_X509(o);
        if (!x) continue;
        unsigned char *der = NULL;
        int len = i2d_X509(x, &der);
        if (len < 0) continue;
        tr_list_append(certs, tr_tuple_pack(2, tr_bytes_new((char *)der, len), tr_bool(X509_check_ca(x))));
        OPENSSL_free(der);
    }
    return tr_tuple_pack(2, certs, tr_int_from_i64(crls));
}

/* ------------------------------------------------------------------ connections */

static void connection_finalize(void *obj, void *cd) {
    Connection *c = obj;
    if (c->ssl) SSL_free(c->ssl);
    c->ssl = NULL;
}

/* conn_new(ctx, fd, server_side, server_hostname or None, check_hostname) */
static TrValue f_conn_new(TrValue *args, size_t nargs, TrValue kwnames) {
    Context *ctx;
    int64_t fd;
    if (tr_check_nargs("conn_new", nargs, 5, 5) < 0 || !(ctx = context_arg(args[0])) || tr_index(args[1], &fd) < 0) return 0;
    SSL *ssl = SSL_new(ctx->ctx);
    if (!ssl) return raise_queued(NULL, LINE_CTX, "failed to allocate SSL object");
    Connection *c = (Connection *)tr_object_alloc(&connection_type, sizeof(Connection));
    c->ssl = ssl;
    c->ctx = (TrValue)ctx;
    c->fd = (int)fd;
    GC_register_finalizer(c, connection_finalize, NULL, NULL, NULL);
    SSL_set_fd(ssl, (int)fd);
    if (tr_truthy(args[2])) SSL_set_accept_state(ssl);
    else SSL_set_connect_state(ssl);
    if (args[3] != tr_None) {
        const char *host = tr_str_cstr(args[3]);
        unsigned char ip[16];
        bool is_ip = inet_pton(AF_INET, host, ip) == 1 || inet_pton(AF_INET6, host, ip) == 1;
        if (!is_ip && !SSL_set_tlsext_host_name(ssl, host)) return raise_queued(NULL, LINE_CTX, "invalid hostname");
        if (tr_truthy(args[4])) {
            X509_VERIFY_PARAM *param = SSL_get0_param(ssl);
            if (!(is_ip ? X509_VERIFY_PARAM_set1_ip_asc(param, host) : X509_VERIFY_PARAM_set1_host(param, host, 0)))
                return raise_queued(NULL, LINE_CTX, "invalid hostname");
        }
    }
    return (TrValue)c;
}

/* waits for fd to be readable (or writable) within timeout seconds; false when it expires */
static bool wait_fd(int fd, bool writing, double timeout) {
    struct pollfd p = {.fd = fd, .events = writing ? POLLOUT : POLLIN};
    int ms = timeout < 0 ? -1 : (int)(timeout * 1000 + 0.5);
    int r;
    do r = TR_WITHOUT_GIL(int, poll(&p, 1, ms));
    while (r < 0 && errno == EINTR);
    return r != 0;
}

enum { OP_HANDSHAKE, OP_READ, OP_WRITE, OP_SHUTDOWN };

/* one SSL call, without the GIL */
static int ssl_call(SSL *ssl, int op, void *buf, int len) {
    switch (op) {
    case OP_HANDSHAKE: return TR_WITHOUT_GIL(int, SSL_do_handshake(ssl));
    case OP_READ: return TR_WITHOUT_GIL(int, SSL_read(ssl, buf, len));
    case OP_WRITE: return TR_WITHOUT_GIL(int, SSL_write(ssl, buf, len));
    default: return TR_WITHOUT_GIL(int, SSL_shutdown(ssl));
    }
}

static int retry_op(Connection *c, int op, void *buf, int len, double timeout);

/* runs op until it completes, retrying while the socket is not ready within timeout;
 * its result (> 0), 0 at a clean end of stream (read), or -1 with an exception. The
 * socket module keeps a descriptor with a positive timeout blocking (it polls before
 * each call); OpenSSL may read several times per call, so the descriptor is made
 * non-blocking for the call's duration instead. */
static int run_op(Connection *c, int op, void *buf, int len, double timeout) {
    int flags = timeout > 0 ? fcntl(c->fd, F_GETFL) : -1;
    bool switched = flags >= 0 && !(flags & O_NONBLOCK) && fcntl(c->fd, F_SETFL, flags | O_NONBLOCK) == 0;
    int r = retry_op(c, op, buf, len, timeout);
    if (switched) {
        int saved = errno;
        fcntl(c->fd, F_SETFL, flags);
        errno = saved;
    }
    return r;
}

static int retry_op(Connection *c, int op, void *buf, int len, double timeout) {
    static const int lines[] = {LINE_HANDSHAKE, LINE_READ, LINE_WRITE, LINE_SHUTDOWN};
    static const char *const names[] = {"handshake", "read", "write", "read"};
    for (;;) {
        ERR_clear_error();
        errno = 0;
        int r = ssl_call(c->ssl, op, buf, len);
        if (r > 0) return r;
        int err = SSL_get_error(c->ssl, r), saved_errno = errno;
        if (op == OP_SHUTDOWN && r == 0 && err == SSL_ERROR_SYSCALL) return 0; /* sent ours, theirs not yet wanted */
        if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
            bool writing = err == SSL_ERROR_WANT_WRITE;
            if (timeout == 0)
                return raise_error(writing ? E_WANT_WRITE : E_WANT_READ, NULL, NULL,
                                   "The operation did not complete (%s) (_ssl.c:%d)", writing ? "write" : "read", lines[op]), -1;
            if (!wait_fd(c->fd, writing, timeout))
                return tr_err(TR_EXC_TYPE(TimeoutError), "The %s operation timed out", op == OP_HANDSHAKE ? "handshake" : names[op]), -1;
            continue;
        }
        if (err == SSL_ERROR_ZERO_RETURN) {
            if (op == OP_READ && SSL_get_shutdown(c->ssl) & SSL_RECEIVED_SHUTDOWN) return 0;
            return raise_error(E_ZERO, NULL, NULL, "TLS/SSL connection has been closed (EOF) (_ssl.c:%d)", lines[op]), -1;
        }
        if (err == SSL_ERROR_SYSCALL) {
            if (ERR_peek_last_error()) return raise_queued(c, lines[op], "unknown error"), -1;
            if (saved_errno) {
                errno = saved_errno;
                return tr_err_errno(TR_EXC_TYPE(OSError), 0), -1;
            }
            return raise_error(E_EOF, NULL, NULL, "EOF occurred in violation of protocol (_ssl.c:%d)", lines[op]), -1;
        }
        return raise_queued(c, lines[op], "unknown error"), -1;
    }
}

static int timeout_arg(TrValue v, double *out) {
    if (v == tr_None) { *out = -1; return 0; }
    return tr_as_double(v, out);
}

/* conn_handshake(conn, timeout) */
static TrValue f_conn_handshake(TrValue *args, size_t nargs, TrValue kwnames) {
    Connection *c;
    double timeout;
    if (tr_check_nargs("conn_handshake", nargs, 2, 2) < 0 || !(c = connection_arg(args[0])) || timeout_arg(args[1], &timeout) < 0) return 0;
    if (run_op(c, OP_HANDSHAKE, NULL, 0, timeout) < 0) return 0;
    c->handshake_done = true;
    return tr_None;
}

/* conn_read(conn, n, timeout, buffer or None) -> bytes (b'' at the peer's close_notify),
 * or the count read into buffer */
static TrValue f_conn_read(TrValue *args, size_t nargs, TrValue kwnames) {
    Connection *c;
    int64_t n;
    double timeout;
    if (tr_check_nargs("conn_read", nargs, 4, 4) < 0 || !(c = connection_arg(args[0])) || tr_index(args[1], &n) < 0 ||
        timeout_arg(args[2], &timeout) < 0)
        return 0;
    TrBuffer view;
    bool into = args[3] != tr_None;
    if (into) {
        if (tr_get_buffer(args[3], &view) < 0) return 0;
        if (n <= 0 || (size_t)n > view.len) n = (int64_t)view.len;
    }
    if (n < 0) return tr_err(TR_EXC_TYPE(ValueError), "size should not be negative");
    if (n > INT32_MAX) n = INT32_MAX;
    if (n == 0) return into ? TR_FROM_SMALL(0) : tr_bytes_new("", 0);
    char *buf = into ? view.data : GC_malloc_atomic((size_t)n);
    int r = run_op(c, OP_READ, buf, (int)n, timeout);
    if (r < 0) return 0;
    return into ? TR_FROM_SMALL(r) : tr_bytes_new(buf, (size_t)r);
}

/* conn_write(conn, data, timeout) -> bytes written */
static TrValue f_conn_write(TrValue *args, size_t nargs, TrValue kwnames) {
    Connection *c;
    double timeout;
    TrBuffer b;
    if (tr_check_nargs("conn_write", nargs, 3, 3) < 0 || !(c = connection_arg(args[0])) || tr_get_buffer(args[1], &b) < 0 ||
        timeout_arg(args[2], &timeout) < 0)
        return 0;
    if (b.len == 0) return TR_FROM_SMALL(0);
    int r = run_op(c, OP_WRITE, b.data, b.len > INT32_MAX ? INT32_MAX : (int)b.len, timeout);
    return r < 0 ? 0 : TR_FROM_SMALL(r);
}

/* conn_shutdown(conn, timeout): close_notify both ways, as CPython's (two SSL_shutdown calls) */
static TrValue f_conn_shutdown(TrValue *args, size_t nargs, TrValue kwnames) {
    Connection *c;
    double timeout;
    if (tr_check_nargs("conn_shutdown", nargs, 2, 2) < 0 || !(c = connection_arg(args[0])) || timeout_arg(args[1], &timeout) < 0) return 0;
    for (int i = 0; i < 2; i++) {
        int r = run_op(c, OP_SHUTDOWN, NULL, 0, timeout);
        if (r < 0) return 0;
        if (r > 0) break;
    }
    return tr_None;
}

static TrValue f_conn_pending(TrValue *args, size_t nargs, TrValue kwnames) {
    Connection *c;
    if (tr_check_nargs("conn_pending", nargs, 1, 1) < 0 || !(c = connection_arg(args[0]))) return 0;
    return TR_FROM_SMALL(SSL_pending(c->ssl));
}

/* conn_info(conn) -> (version, (cipher name, protocol, bits), alpn or None), after the handshake */
static TrValue f_conn_info(TrValue *args, size_t nargs, TrValue kwnames) {
    Connection *c;
    if (tr_check_nargs("conn_info", nargs, 1, 1) < 0 || !(c = connection_arg(args[0]))) return 0;
    if (!c->handshake_done) return tr_None;
    const SSL_CIPHER *ci = SSL_get_current_cipher(c->ssl);
    TrValue cipher = ci ? tr_tuple_pack(3, tr_str_from_cstr(SSL_CIPHER_get_name(ci)), tr_str_from_cstr(SSL_CIPHER_get_version(ci)),
                                        TR_FROM_SMALL(SSL_CIPHER_get_bits(ci, NULL)))
                        : tr_None;
    const unsigned char *alpn;
    unsigned len;
    SSL_get0_alpn_selected(c->ssl, &alpn, &len);
    return tr_tuple_pack(3, tr_str_from_cstr(SSL_get_version(c->ssl)), cipher,
                         alpn && len ? tr_str_new((const char *)alpn, len) : tr_None);
}

/* conn_peer_cert(conn) -> the peer's certificate as DER bytes, or None */
static TrValue f_conn_peer_cert(TrValue *args, size_t nargs, TrValue kwnames) {
    Connection *c;
    if (tr_check_nargs("conn_peer_cert", nargs, 1, 1) < 0 || !(c = connection_arg(args[0]))) return 0;
    X509 *x = SSL_get1_peer_certificate(c->ssl);
    if (!x) return tr_None;
    unsigned char *der = NULL;
    int len = i2d_X509(x, &der);
    X509_free(x);
    if (len < 0) return raise_queued(NULL, LINE_CTX, "unknown error");
    TrValue b = tr_bytes_new((char *)der, len);
    OPENSSL_free(der);
    return b;
}

/* ----------------------------------------------------------- certificate decoding */

/* a name as CPython's: a tuple of RDNs, each a tuple of (long name, value) pairs */
static TrValue decode_name(X509_NAME *name) {
    TrValue rdns = tr_list_new(0), rdn = 0;
    int last_set = -1;
    for (int i = 0; i < X509_NAME_entry_count(name); i++) {
        X509_NAME_ENTRY *e = X509_NAME_get_entry(name, i);
        if (X509_NAME_ENTRY_set(e) != last_set) {
            if (rdn) tr_list_append(rdns, tr_tuple_from_iterable(rdn));
            rdn = tr_list_new(0);
            last_set = X509_NAME_ENTRY_set(e);
        }
        ASN1_OBJECT *obj = X509_NAME_ENTRY_get_object(e);
        int nid = OBJ_obj2nid(obj);
        char key[128];
        if (nid != NID_undef) snprintf(key, sizeof key, "%s", OBJ_nid2ln(nid));
        else OBJ_obj2txt(key, sizeof key, obj, 1);
        unsigned char *utf8;
        int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(e));
        if (len < 0) return raise_queued(NULL, LINE_CTX, "unknown error");
        tr_list_append(rdn, tr_tuple_pack(2, tr_str_from_cstr(key), tr_str_new((char *)utf8, len)));
        OPENSSL_free(utf8);
    }
    if (rdn) tr_list_append(rdns, tr_tuple_from_iterable(rdn));
    return tr_tuple_from_iterable(rdns);
}

static TrValue asn1_time(const ASN1_TIME *t) {
    BIO *bio = BIO_new(BIO_s_mem());
    ASN1_TIME_print(bio, t);
    char buf[64];
    int n = BIO_gets(bio, buf, sizeof buf);
    BIO_free(bio);
    return tr_str_new(buf, n > 0 ? (size_t)n : 0);
}

/* the subjectAltName entries CPython decodes: DNS, email, URI, IP Address, DirName */
static TrValue decode_san(X509 *x) {
    GENERAL_NAMES *names = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
    if (!names) return 0;
    TrValue out = tr_list_new(0);
    for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
        GENERAL_NAME *g = sk_GENERAL_NAME_value(names, i);
        const char *kind = NULL;
        TrValue value = 0;
        if (g->type == GEN_DNS || g->type == GEN_EMAIL || g->type == GEN_URI) {
            kind = g->type == GEN_DNS ? "DNS" : g->type == GEN_EMAIL ? "email" : "URI";
            ASN1_IA5STRING *s = g->d.ia5;
            value = tr_str_new((const char *)ASN1_STRING_get0_data(s), ASN1_STRING_length(s));
        } else if (g->type == GEN_IPADD) {
            kind = "IP Address";
            const unsigned char *p = ASN1_STRING_get0_data(g->d.ip);
            int len = ASN1_STRING_length(g->d.ip);
            char buf[64];
            if (len == 4) snprintf(buf, sizeof buf, "%d.%d.%d.%d", p[0], p[1], p[2], p[3]);
            else if (len == 16) {
                int n = 0;
                for (int j = 0; j < 16; j += 2) n += snprintf(buf + n, sizeof buf - n, "%s%X", j ? ":" : "", p[j] << 8 | p[j + 1]);
            } else snprintf(buf, sizeof buf, "<invalid>");
            value = tr_str_from_cstr(buf);
        } else if (g->type == GEN_DIRNAME) {
            kind = "DirName";
            value = decode_name(g->d.dirn);
        }
        if (kind && value) tr_list_append(out, tr_tuple_pack(2, tr_str_from_cstr(kind), value));
    }
    GENERAL_NAMES_free(names);
    return tr_tuple_from_iterable(out);
}

/* decode_cert(der) -> CPython's getpeercert() dict */
static TrValue f_decode_cert(TrValue *args, size_t nargs, TrValue kwnames) {
    TrBuffer b;
    if (tr_check_nargs("decode_cert", nargs, 1, 1) < 0 || tr_get_buffer(args[0], &b) < 0) return 0;
    const unsigned char *p = (const unsigned char *)b.data;
    X509 *x = d2i_X509(NULL, &p, (long)b.len);
    if (!x) return raise_queued(NULL, LINE_CTX, "unknown error");
    TrValue d = tr_dict_new();
    tr_dict_set_str(d, "subject", decode_name(X509_get_subject_name(x)));
    tr_dict_set_str(d, "issuer", decode_name(X509_get_issuer_name(x)));
    tr_dict_set_str(d, "version", tr_int_from_i64(X509_get_version(x) + 1));
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
    char *hex = BN_bn2hex(bn);
    tr_dict_set_str(d, "serialNumber", tr_str_from_cstr(hex));
    OPENSSL_free(hex);
    BN_free(bn);
    tr_dict_set_str(d, "notBefore", asn1_time(X509_get0_notBefore(x)));
    tr_dict_set_str(d, "notAfter", asn1_time(X509_get0_notAfter(x)));
    TrValue san = decode_san(x);
    if (san) tr_dict_set_str(d, "subjectAltName", san);
    X509_free(x);
    return d;
}

/* set_errors(SSLError, SSLZeroReturnError, SSLWantReadError, SSLWantWriteError,
 * SSLEOFError, SSLCertVerificationError): the classes this module raises */
static TrValue f_set_errors(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("set_errors", nargs, E_COUNT, E_COUNT) < 0) return 0;
    for (int i = 0; i < E_COUNT; i++) errors[i] = args[i];
    return tr_None;
}

/* default_verify_paths() -> (cafile env name, cafile, capath env name, capath) */
static TrValue f_default_verify_paths(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("default_verify_paths", nargs, 0, 0) < 0) return 0;
    return tr_tuple_pack(4, tr_str_from_cstr(X509_get_default_cert_file_env()), tr_str_from_cstr(X509_get_default_cert_file()),
                         tr_str_from_cstr(X509_get_default_cert_dir_env()), tr_str_from_cstr(X509_get_default_cert_dir()));
}

static TrType context_type = {.ob = {&tr_type_type}, .name = "_SSLContext", .basicsize = sizeof(Context)};
static TrType connection_type = {.ob = {&tr_type_type}, .name = "_SSLConnection", .basicsize = sizeof(Connection)};

static const TrMethodDef functions[] = {
    {"ctx_new", f_ctx_new}, {"ctx_verify", f_ctx_verify}, {"ctx_options", f_ctx_options},
    {"ctx_version", f_ctx_version}, {"ctx_load_cert_chain", f_ctx_load_cert_chain},
    {"ctx_load_verify", f_ctx_load_verify}, {"ctx_default_paths", f_ctx_default_paths},
    {"ctx_set_ciphers", f_ctx_set_ciphers}, {"ctx_set_alpn", f_ctx_set_alpn}, {"ctx_ca_certs", f_ctx_ca_certs},
    {"conn_new", f_conn_new}, {"conn_handshake", f_conn_handshake}, {"conn_read", f_conn_read},
    {"conn_write", f_conn_write}, {"conn_shutdown", f_conn_shutdown}, {"conn_pending", f_conn_pending},
    {"conn_info", f_conn_info}, {"conn_peer_cert", f_conn_peer_cert}, {"decode_cert", f_decode_cert},
    {"set_errors", f_set_errors}, {"default_verify_paths", f_default_verify_paths}, {0},
};

#define C(name) {#name, (long long)(name)},
static const TrIntConstant constants[] = {
    C(SSL_OP_ALL) C(SSL_OP_NO_SSLv2) C(SSL_OP_NO_SSLv3) C(SSL_OP_NO_TLSv1) C(SSL_OP_NO_TLSv1_1)
    C(SSL_OP_NO_TLSv1_2) C(SSL_OP_NO_TLSv1_3) C(SSL_OP_NO_COMPRESSION) C(SSL_OP_CIPHER_SERVER_PREFERENCE)
    C(SSL_OP_SINGLE_DH_USE) C(SSL_OP_SINGLE_ECDH_USE) C(SSL_OP_NO_TICKET) C(SSL_OP_NO_RENEGOTIATION)
    C(SSL_OP_ENABLE_MIDDLEBOX_COMPAT) C(SSL_OP_IGNORE_UNEXPECTED_EOF) C(OPENSSL_VERSION_NUMBER)
};
#undef C

TrValue trmod___ssl_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_ssl", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(errors, sizeof errors);
    tr_type_ready(&context_type);
    tr_type_ready(&connection_type);
    context_type.module = connection_type.module = TR_INTERN("_ssl");
    tr_module_add_functions(m, functions);
    tr_module_add_int_constants(m, constants, sizeof constants / sizeof *constants);
    tr_module_add(m, "OPENSSL_VERSION", tr_str_from_cstr(OpenSSL_version(OPENSSL_VERSION)));
    return m;
}
