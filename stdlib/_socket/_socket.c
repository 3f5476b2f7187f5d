/* _socket.c — the C core of `socket`: BSD socket calls on plain descriptors, address
 * conversion between Python tuples/strings and sockaddr (AF_INET, AF_INET6, AF_UNIX),
 * name resolution (getaddrinfo & co.), byte-order and inet_* helpers, and the
 * socket.gaierror / socket.herror exception classes. The socket object itself is
 * written in Tauraro (stdlib/socket/socket.tr) and passes its descriptor, family and
 * timeout to these functions.
 *
 * Timeouts: a timeout < 0 means blocking, 0 non-blocking (the descriptor is O_NONBLOCK
 * then, set by setblocking), > 0 a poll(2) before each operation, which raises
 * TimeoutError('timed out') when it expires (connect() does its own non-blocking
 * connect and waits for it). Every blocking call (poll, accept, connect's wait, send,
 * recv) sits behind one small function so that a GIL release can wrap it later.
 * Sends use MSG_NOSIGNAL: a peer that is gone raises BrokenPipeError, no SIGPIPE. */
#include "tr.h"
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static TrType *gaierror_type, *herror_type;

/* ---------------------------------------------------------------- blocking calls */

/* Each drops the GIL while it waits: other threads run meanwhile. */
static int blocking_poll(struct pollfd *p, int ms) { return TR_WITHOUT_GIL(int, poll(p, 1, ms)); }
static int blocking_accept(int fd, struct sockaddr *a, socklen_t *len) {
    return TR_WITHOUT_GIL(int, accept4(fd, a, len, SOCK_CLOEXEC));
}
static int blocking_connect(int fd, const struct sockaddr *a, socklen_t len) { return TR_WITHOUT_GIL(int, connect(fd, a, len)); }
static ssize_t blocking_send(int fd, const void *b, size_t n, int flags, const struct sockaddr *a, socklen_t len) {
    return TR_WITHOUT_GIL(ssize_t, sendto(fd, b, n, flags | MSG_NOSIGNAL, a, len));
}
static ssize_t blocking_recv(int fd, void *b, size_t n, int flags, struct sockaddr *a, socklen_t *len) {
    return TR_WITHOUT_GIL(ssize_t, recvfrom(fd, b, n, flags, a, len));
}

/* ---------------------------------------------------------------- errors and args */

static TrValue raise_errno(void) { return tr_err_errno(TR_EXC_TYPE(OSError), 0); }

static TrValue raise_gai(int code) {
    if (code == EAI_SYSTEM) return raise_errno();
    TrValue args[2] = {TR_FROM_SMALL(code), tr_str_from_cstr(gai_strerror(code))};
    TrValue exc = tr_call((TrValue)gaierror_type, args, 2, 0);
    if (exc) tr_raise(exc);
    return 0;
}

static TrValue raise_timeout(void) { return tr_err(TR_EXC_TYPE(TimeoutError), "timed out"); }

static int int_arg(TrValue v, int *out) {
    int64_t i;
    if (tr_index(v, &i) < 0) return -1;
    if (i < INT32_MIN || i > INT32_MAX) {
        tr_err(TR_EXC_TYPE(OverflowError), "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)i;
    return 0;
}

/* A timeout argument: None is -1 (blocking), else seconds as a double. */
static int timeout_arg(TrValue v, double *out) {
    if (v == tr_None) { *out = -1; return 0; }
    return tr_as_double(v, out);
}

/* Wait until fd is ready for `events` within timeout (> 0 only): 1 ready, -1 error
 * (TimeoutError or OSError). */
static int wait_for(int fd, short events, double timeout) {
    if (timeout <= 0) return 1;
    if (fd < 0) { /* a closed socket: the operation's own error, not a timeout */
        errno = EBADF;
        raise_errno();
        return -1;
    }
    struct pollfd p = {.fd = fd, .events = events};
    int ms = (int)ceil(timeout * 1000);
    for (;;) {
        int r = blocking_poll(&p, ms);
        if (r > 0) return 1;
        if (r == 0) { raise_timeout(); return -1; }
        if (errno != EINTR) { raise_errno(); return -1; }
        if (tr_handle_signals() < 0) return -1;
    }
}

/* ---------------------------------------------------------------- addresses */

typedef union SockAddr {
    struct sockaddr sa;
    struct sockaddr_in in4;
    struct sockaddr_in6 in6;
    struct sockaddr_un un;
    struct sockaddr_storage storage;
} SockAddr;

/* The IPv4/IPv6 address of a host name or numeric string (resolving names). */
static int resolve_host(TrValue host, int family, SockAddr *out) {
    const char *name;
    if (tr_str_check(host)) name = tr_str_cstr(host);
    else if (tr_bytes_check(host)) name = ((TrBytes *)host)->data;
    else {
        tr_err(TR_EXC_TYPE(TypeError), "str, bytes or bytearray expected, not %s", TR_TYPE_NAME(host));
        return -1;
    }
    if (family == AF_INET) {
        if (!*name) { out->in4.sin_addr.s_addr = htonl(INADDR_ANY); return 0; }
        if (!strcmp(name, "<broadcast>")) { out->in4.sin_addr.s_addr = htonl(INADDR_BROADCAST); return 0; }
        if (inet_pton(AF_INET, name, &out->in4.sin_addr) == 1) return 0;
    } else {
        if (!*name) { out->in6.sin6_addr = in6addr_any; return 0; }
        if (inet_pton(AF_INET6, name, &out->in6.sin6_addr) == 1) return 0;
    }
    struct addrinfo hints = {.ai_family = family}, *res;
    int code = getaddrinfo(name, NULL, &hints, &res);
    if (code) { raise_gai(code); return -1; }
    if (family == AF_INET) out->in4.sin_addr = ((struct sockaddr_in *)res->ai_addr)->sin_addr;
    else out->in6.sin6_addr = ((struct sockaddr_in6 *)res->ai_addr)->sin6_addr;
    freeaddrinfo(res);
    return 0;
}

static int port_arg(TrValue v, const char *caller, uint16_t *port) {
    if (!tr_int_check(v)) {
        tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(v));
        return -1;
    }
    int64_t p;
    if (tr_int_as_i64(v, &p) < 0 || p < 0 || p > 65535) {
        tr_err_clear();
        tr_err(TR_EXC_TYPE(OverflowError), "%s(): port must be 0-65535.", caller);
        return -1;
    }
    *port = htons((uint16_t)p);
    return 0;
}

/* A Python address for `family` as a sockaddr; caller names the method in errors. */
static int parse_address(int family, TrValue addr, const char *caller, SockAddr *out, socklen_t *len) {
    memset(out, 0, sizeof *out);
    if (family == AF_UNIX) {
        const char *path;
        size_t n;
        if (tr_str_check(addr)) { path = tr_str_cstr(addr); n = TR_STR(addr)->len; }
        else if (tr_bytes_check(addr)) { path = ((TrBytes *)addr)->data; n = ((TrBytes *)addr)->len; }
        else {
            TrValue p = tr_getattr_opt(addr, TR_INTERN("__fspath__"));
            if (!p) {
                tr_err(TR_EXC_TYPE(TypeError), "a bytes-like object is required, not '%s'", TR_TYPE_NAME(addr));
                return -1;
            }
            if (!(addr = tr_call0(p))) return -1;
            return parse_address(family, addr, caller, out, len);
        }
        if (n >= sizeof out->un.sun_path) {
            tr_err(TR_EXC_TYPE(OSError), "AF_UNIX path too long");
            return -1;
        }
        out->un.sun_family = AF_UNIX;
        memcpy(out->un.sun_path, path, n);
        *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + (n && path[0] ? 1 : 0));
        return 0;
    }
    if (family != AF_INET && family != AF_INET6) {
        tr_err(TR_EXC_TYPE(OSError), "%s(): bad family", caller);
        return -1;
    }
    const char *fam = family == AF_INET ? "AF_INET" : "AF_INET6";
    if (!tr_tuple_check(addr)) {
        tr_err(TR_EXC_TYPE(TypeError), "%s(): %s address must be tuple, not %s", caller, fam, TR_TYPE_NAME(addr));
        return -1;
    }
    size_t n = TR_TUPLE(addr)->len;
    if (family == AF_INET ? n != 2 : (n < 2 || n > 4)) {
        if (family == AF_INET) tr_err(TR_EXC_TYPE(TypeError), "AF_INET address must be a pair (host, port)");
        else tr_err(TR_EXC_TYPE(TypeError), "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
        return -1;
    }
    TrValue *it = TR_TUPLE(addr)->items;
    uint16_t port;
    if (resolve_host(it[0], family, out) < 0 || port_arg(it[1], caller, &port) < 0) return -1;
    if (family == AF_INET) {
        out->in4.sin_family = AF_INET;
        out->in4.sin_port = port;
        *len = sizeof out->in4;
    } else {
        int64_t flow = 0, scope = 0;
        if ((n > 2 && tr_index(it[2], &flow) < 0) || (n > 3 && tr_index(it[3], &scope) < 0)) return -1;
        if (flow < 0 || flow > 0xfffff) {
            tr_err(TR_EXC_TYPE(OverflowError), "%s(): flowinfo must be 0-1048575.", caller);
            return -1;
        }
        out->in6.sin6_family = AF_INET6;
        out->in6.sin6_port = port;
        out->in6.sin6_flowinfo = htonl((uint32_t)flow);
        out->in6.sin6_scope_id = (uint32_t)scope;
        *len = sizeof out->in6;
    }
    return 0;
}

/* A sockaddr as Python: (host, port), (host, port, flowinfo, scope_id) or a path. */
static TrValue make_address(const SockAddr *a, socklen_t len) {
    char host[INET6_ADDRSTRLEN];
    if (len == 0) return tr_None;
    switch (a->sa.sa_family) {
    case AF_INET:
        inet_ntop(AF_INET, &a->in4.sin_addr, host, sizeof host);
        return tr_tuple_pack(2, tr_str_from_cstr(host), TR_FROM_SMALL(ntohs(a->in4.sin_port)));
    case AF_INET6:
        inet_ntop(AF_INET6, &a->in6.sin6_addr, host, sizeof host);
        return tr_tuple_pack(4, tr_str_from_cstr(host), TR_FROM_SMALL(ntohs(a->in6.sin6_port)),
                             tr_int_from_u64(ntohl(a->in6.sin6_flowinfo)), tr_int_from_u64(a->in6.sin6_scope_id));
    case AF_UNIX: {
        size_t n = len - offsetof(struct sockaddr_un, sun_path);
        if (n > 0 && a->un.sun_path[0] == 0) return tr_bytes_new(a->un.sun_path, n); /* abstract */
        return tr_str_from_cstr(a->un.sun_path);                                  /* NUL-terminated */
    }
    default:
        return tr_tuple_pack(2, TR_FROM_SMALL(a->sa.sa_family), tr_bytes_new(a->sa.sa_data, sizeof a->sa.sa_data));
    }
}

/* ---------------------------------------------------------------- socket calls */

#define ARGS(name, min, max) \
    if (tr_no_kwargs(name, kwnames) < 0 || tr_check_nargs(name, nargs, min, max) < 0) return 0

/* socket(family, type, proto) -> fd (close-on-exec) */
static TrValue s_socket(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("socket", 3, 3);
    int family, type, proto;
    if (int_arg(args[0], &family) < 0 || int_arg(args[1], &type) < 0 || int_arg(args[2], &proto) < 0) return 0;
    int fd = socket(family, type | SOCK_CLOEXEC, proto);
    if (fd < 0) return raise_errno();
    return TR_FROM_SMALL(fd);
}

/* sockinfo(fd) -> (family, type, proto) of an existing socket descriptor */
static TrValue s_sockinfo(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("sockinfo", 1, 1);
    int fd, v[3];
    static const int opts[3] = {SO_DOMAIN, SO_TYPE, SO_PROTOCOL};
    if (int_arg(args[0], &fd) < 0) return 0;
    for (int i = 0; i < 3; i++) {
        socklen_t len = sizeof v[i];
        if (getsockopt(fd, SOL_SOCKET, opts[i], &v[i], &len) < 0) return raise_errno();
    }
    return tr_tuple_pack(3, TR_FROM_SMALL(v[0]), TR_FROM_SMALL(v[1]), TR_FROM_SMALL(v[2]));
}

/* socketpair(family, type, proto) -> (fd, fd) */
static TrValue s_socketpair(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("socketpair", 3, 3);
    int family, type, proto, fds[2];
    if (int_arg(args[0], &family) < 0 || int_arg(args[1], &type) < 0 || int_arg(args[2], &proto) < 0) return 0;
    if (socketpair(family, type | SOCK_CLOEXEC, proto, fds) < 0) return raise_errno();
    return tr_tuple_pack(2, TR_FROM_SMALL(fds[0]), TR_FROM_SMALL(fds[1]));
}

/* bind(fd, family, address) */
static TrValue s_bind(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("bind", 3, 3);
    int fd, family;
    SockAddr a;
    socklen_t len;
    if (int_arg(args[0], &fd) < 0 || int_arg(args[1], &family) < 0) return 0;
    if (parse_address(family, args[2], "bind", &a, &len) < 0) return 0;
    if (bind(fd, &a.sa, len) < 0) return raise_errno();
    return tr_None;
}

/* connect(fd, family, address, timeout, raise) -> 0 or the errno (raise false) */
static TrValue s_connect(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("connect", 5, 5);
    int fd, family;
    double timeout;
    SockAddr a;
    socklen_t len;
    if (int_arg(args[0], &fd) < 0 || int_arg(args[1], &family) < 0 || timeout_arg(args[3], &timeout) < 0) return 0;
    bool raise = tr_truthy(args[4]);
    if (parse_address(family, args[2], raise ? "connect" : "connect_ex", &a, &len) < 0) return 0;
    int flags = fcntl(fd, F_GETFL);
    if (timeout > 0) fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    int r = blocking_connect(fd, &a.sa, len), err = r < 0 ? errno : 0;
    while (err == EINTR) {
        if (tr_handle_signals() < 0) return 0;
        r = blocking_connect(fd, &a.sa, len);
        err = r < 0 ? errno : 0;
    }
    if (err == EINPROGRESS && timeout > 0) {
        if (wait_for(fd, POLLOUT, timeout) < 0) {
            fcntl(fd, F_SETFL, flags);
            if (!raise && tr_err_is(TR_EXC_TYPE(TimeoutError))) {
                tr_err_clear();
                return TR_FROM_SMALL(EWOULDBLOCK);
            }
            return 0;
        }
        socklen_t elen = sizeof err;
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &elen);
    }
    if (timeout > 0) fcntl(fd, F_SETFL, flags);
    if (err && raise) {
        errno = err;
        return raise_errno();
    }
    return TR_FROM_SMALL(err);
}

/* listen(fd, backlog) */
static TrValue s_listen(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("listen", 2, 2);
    int fd, backlog;
    if (int_arg(args[0], &fd) < 0 || int_arg(args[1], &backlog) < 0) return 0;
    if (listen(fd, backlog < 0 ? 0 : backlog) < 0) return raise_errno();
    return tr_None;
}

/* accept(fd, timeout) -> (new fd, address) */
static TrValue s_accept(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("accept", 2, 2);
    int fd;
    double timeout;
    if (int_arg(args[0], &fd) < 0 || timeout_arg(args[1], &timeout) < 0) return 0;
    SockAddr a;
    for (;;) {
        if (wait_for(fd, POLLIN, timeout) < 0) return 0;
        socklen_t len = sizeof a;
        int nfd = blocking_accept(fd, &a.sa, &len);
        if (nfd >= 0) return tr_tuple_pack(2, TR_FROM_SMALL(nfd), make_address(&a, len));
        if (errno != EINTR) return raise_errno();
        if (tr_handle_signals() < 0) return 0;
    }
}

/* send(fd, data, flags, timeout, family, address or None) -> bytes sent */
static TrValue s_send(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("send", 6, 6);
    int fd, flags, family;
    double timeout;
    TrBuffer b;
    if (int_arg(args[0], &fd) < 0 || tr_get_buffer(args[1], &b) < 0 || int_arg(args[2], &flags) < 0 ||
        timeout_arg(args[3], &timeout) < 0 || int_arg(args[4], &family) < 0)
        return 0;
    SockAddr a;
    socklen_t len = 0;
    if (args[5] != tr_None && parse_address(family, args[5], "sendto", &a, &len) < 0) return 0;
    for (;;) {
        if (wait_for(fd, POLLOUT, timeout) < 0) return 0;
        ssize_t r = blocking_send(fd, b.data, b.len, flags, len ? &a.sa : NULL, len);
        if (r >= 0) return tr_int_from_i64(r);
        if (errno != EINTR) return raise_errno();
        if (tr_handle_signals() < 0) return 0;
    }
}

/* sendall(fd, data, flags, timeout): everything, or an error */
static TrValue s_sendall(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("sendall", 4, 4);
    int fd, flags;
    double timeout;
    TrBuffer b;
    if (int_arg(args[0], &fd) < 0 || tr_get_buffer(args[1], &b) < 0 || int_arg(args[2], &flags) < 0 ||
        timeout_arg(args[3], &timeout) < 0)
        return 0;
    size_t done = 0;
    while (done < b.len) {
        if (wait_for(fd, POLLOUT, timeout) < 0) return 0;
        ssize_t r = blocking_send(fd, b.data + done, b.len - done, flags, NULL, 0);
        if (r >= 0) done += (size_t)r;
        else if (errno != EINTR) return raise_errno();
        if (tr_handle_signals() < 0) return 0;
    }
    return tr_None;
}

/* The common part of recv, recv_into and recvfrom: up to n bytes into buf. */
static ssize_t receive(int fd, char *buf, size_t n, int flags, double timeout, SockAddr *from, socklen_t *fromlen) {
    for (;;) {
        if (wait_for(fd, POLLIN, timeout) < 0) return -1;
        if (fromlen) *fromlen = sizeof *from;
        ssize_t r = blocking_recv(fd, buf, n, flags, from ? &from->sa : NULL, fromlen);
        if (r >= 0) return r;
        if (errno != EINTR) { raise_errno(); return -1; }
        if (tr_handle_signals() < 0) return -1;
    }
}

/* recv(fd, bufsize, flags, timeout) -> bytes */
static TrValue s_recv(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("recv", 4, 4);
    int fd, flags;
    int64_t want;
    double timeout;
    if (int_arg(args[0], &fd) < 0 || tr_index(args[1], &want) < 0 || int_arg(args[2], &flags) < 0 ||
        timeout_arg(args[3], &timeout) < 0)
        return 0;
    if (want < 0) return tr_err(TR_EXC_TYPE(ValueError), "negative buffersize in recv");
    char *buf = tr_alloc_atomic((size_t)want + 1);
    ssize_t r = receive(fd, buf, (size_t)want, flags, timeout, NULL, NULL);
    return r < 0 ? 0 : tr_bytes_new(buf, (size_t)r);
}

/* recvfrom(fd, bufsize, flags, timeout) -> (bytes, address) */
static TrValue s_recvfrom(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("recvfrom", 4, 4);
    int fd, flags;
    int64_t want;
    double timeout;
    if (int_arg(args[0], &fd) < 0 || tr_index(args[1], &want) < 0 || int_arg(args[2], &flags) < 0 ||
        timeout_arg(args[3], &timeout) < 0)
        return 0;
    if (want < 0) return tr_err(TR_EXC_TYPE(ValueError), "negative buffersize in recvfrom");
    char *buf = tr_alloc_atomic((size_t)want + 1);
    SockAddr from;
    socklen_t fromlen;
    ssize_t r = receive(fd, buf, (size_t)want, flags, timeout, &from, &fromlen);
    return r < 0 ? 0 : tr_tuple_pack(2, tr_bytes_new(buf, (size_t)r), make_address(&from, fromlen));
}

/* recv_into(fd, buffer, nbytes, flags, timeout, with_address) -> n or (n, address) */
static TrValue s_recv_into(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("recv_into", 6, 6);
    int fd, flags;
    int64_t want;
    double timeout;
    TrBuffer b;
    if (int_arg(args[0], &fd) < 0 || tr_get_buffer(args[1], &b) < 0 || tr_index(args[2], &want) < 0 ||
        int_arg(args[3], &flags) < 0 || timeout_arg(args[4], &timeout) < 0)
        return 0;
    bool with_address = tr_truthy(args[5]);
    const char *fname = with_address ? "recvfrom_into" : "recv_into";
    if (b.readonly) return tr_err(TR_EXC_TYPE(TypeError), "%s() argument 'buffer' must be read-write bytes-like object, not %s", fname, TR_TYPE_NAME(args[1]));
    if (want < 0) return tr_err(TR_EXC_TYPE(ValueError), "negative buffersize in %s", fname);
    if (want == 0) want = (int64_t)b.len;
    else if ((size_t)want > b.len) return tr_err(TR_EXC_TYPE(ValueError), "buffer too small for requested bytes");
    SockAddr from;
    socklen_t fromlen;
    ssize_t r = receive(fd, b.data, (size_t)want, flags, timeout, with_address ? &from : NULL, with_address ? &fromlen : NULL);
    if (r < 0) return 0;
    if (!with_address) return tr_int_from_i64(r);
    return tr_tuple_pack(2, tr_int_from_i64(r), make_address(&from, fromlen));
}

/* shutdown(fd, how) */
static TrValue s_shutdown(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("shutdown", 2, 2);
    int fd, how;
    if (int_arg(args[0], &fd) < 0 || int_arg(args[1], &how) < 0) return 0;
    if (shutdown(fd, how) < 0) return raise_errno();
    return tr_None;
}

/* close(fd); ECONNRESET is ignored as CPython does */
static TrValue s_close(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("close", 1, 1);
    int fd;
    if (int_arg(args[0], &fd) < 0) return 0;
    if (close(fd) < 0 && errno != ECONNRESET) return raise_errno();
    return tr_None;
}

/* dup(fd) -> a close-on-exec copy, never 0-2 (a file over it must not be taken for a
 * standard stream) */
static TrValue s_dup(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("dup", 1, 1);
    int fd;
    if (int_arg(args[0], &fd) < 0) return 0;
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 3);
    if (r < 0) return raise_errno();
    return TR_FROM_SMALL(r);
}

/* set_blocking(fd, flag) */
static TrValue s_set_blocking(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("set_blocking", 2, 2);
    int fd;
    if (int_arg(args[0], &fd) < 0) return 0;
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, tr_truthy(args[1]) ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0)
        return raise_errno();
    return tr_None;
}

/* setsockopt(fd, level, option, value, optlen): value an int, a bytes-like, or None
 * with optlen */
static TrValue s_setsockopt(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("setsockopt", 5, 5);
    int fd, level, opt, r;
    if (int_arg(args[0], &fd) < 0 || int_arg(args[1], &level) < 0 || int_arg(args[2], &opt) < 0) return 0;
    if (args[3] == tr_None) {
        int optlen;
        if (int_arg(args[4], &optlen) < 0) return 0;
        r = setsockopt(fd, level, opt, NULL, (socklen_t)optlen);
    } else if (tr_int_check(args[3])) {
        int v;
        if (int_arg(args[3], &v) < 0) return 0;
        r = setsockopt(fd, level, opt, &v, sizeof v);
    } else {
        TrBuffer b;
        if (tr_get_buffer(args[3], &b) < 0) return 0;
        r = setsockopt(fd, level, opt, b.data, (socklen_t)b.len);
    }
    if (r < 0) return raise_errno();
    return tr_None;
}

/* getsockopt(fd, level, option, buflen or None) -> int, or bytes with a buflen */
static TrValue s_getsockopt(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("getsockopt", 4, 4);
    int fd, level, opt;
    if (int_arg(args[0], &fd) < 0 || int_arg(args[1], &level) < 0 || int_arg(args[2], &opt) < 0) return 0;
    if (args[3] == tr_None) {
        int v = 0;
        socklen_t len = sizeof v;
        if (getsockopt(fd, level, opt, &v, &len) < 0) return raise_errno();
        return TR_FROM_SMALL(v);
    }
    int buflen;
    if (int_arg(args[3], &buflen) < 0) return 0;
    if (buflen <= 0 || buflen > 1024) {
        errno = EINVAL;
        return tr_err(TR_EXC_TYPE(OSError), "getsockopt buflen out of range");
    }
    char *buf = tr_alloc_atomic((size_t)buflen);
    socklen_t len = (socklen_t)buflen;
    if (getsockopt(fd, level, opt, buf, &len) < 0) return raise_errno();
    return tr_bytes_new(buf, len);
}

static TrValue name_of(TrValue *args, size_t nargs, TrValue kwnames, const char *fname,
                       int (*call)(int, struct sockaddr *, socklen_t *)) {
    ARGS(fname, 1, 1);
    int fd;
    if (int_arg(args[0], &fd) < 0) return 0;
    SockAddr a;
    memset(&a, 0, sizeof a);
    socklen_t len = sizeof a;
    if (call(fd, &a.sa, &len) < 0) return raise_errno();
    if (a.sa.sa_family == AF_UNIX && len <= offsetof(struct sockaddr_un, sun_path)) return tr_str_from_cstr("");
    return make_address(&a, len);
}

static TrValue s_getsockname(TrValue *args, size_t nargs, TrValue kwnames) {
    return name_of(args, nargs, kwnames, "getsockname", getsockname);
}
static TrValue s_getpeername(TrValue *args, size_t nargs, TrValue kwnames) {
    return name_of(args, nargs, kwnames, "getpeername", getpeername);
}

/* fdopen(fd, mode, name) -> a file object over fd (for makefile) */
static TrValue s_fdopen(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("fdopen", 3, 3);
    int fd;
    if (int_arg(args[0], &fd) < 0) return 0;
    if (!tr_str_check(args[1]) || !tr_str_check(args[2])) return tr_err(TR_EXC_TYPE(TypeError), "mode and name must be str");
    return tr_file_from_fd(fd, tr_str_cstr(args[2]), tr_str_cstr(args[1]));
}

/* ---------------------------------------------------------------- name resolution */

/* A host or port argument of getaddrinfo as a C string (NULL for None). */
static int gai_text(TrValue v, bool is_port, char *small, size_t cap, const char **out) {
    if (v == tr_None) { *out = NULL; return 0; }
    if (tr_str_check(v)) { *out = tr_str_cstr(v); return 0; }
    if (tr_bytes_check(v)) { *out = ((TrBytes *)v)->data; return 0; }
    if (is_port && tr_int_check(v)) {
        int64_t p;
        if (tr_int_as_i64(v, &p) < 0) return -1;
        snprintf(small, cap, "%lld", (long long)p);
        *out = small;
        return 0;
    }
    if (is_port) tr_err(TR_EXC_TYPE(OSError), "Int or String expected");
    else tr_err(TR_EXC_TYPE(TypeError), "getaddrinfo() argument 1 must be string or None");
    return -1;
}

/* getaddrinfo(host, port, family, type, proto, flags) -> [(family, type, proto, canonname, sockaddr)] */
static TrValue s_getaddrinfo(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("getaddrinfo", 6, 6);
    char portbuf[32];
    const char *host, *port;
    if (gai_text(args[0], false, NULL, 0, &host) < 0 || gai_text(args[1], true, portbuf, sizeof portbuf, &port) < 0)
        return 0;
    struct addrinfo hints = {0}, *res;
    if (int_arg(args[2], &hints.ai_family) < 0 || int_arg(args[3], &hints.ai_socktype) < 0 ||
        int_arg(args[4], &hints.ai_protocol) < 0 || int_arg(args[5], &hints.ai_flags) < 0)
        return 0;
    int code = getaddrinfo(host, port, &hints, &res);
    if (code) return raise_gai(code);
    TrValue out = tr_list_new(0);
    for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        SockAddr a;
        memcpy(&a, ai->ai_addr, ai->ai_addrlen);
        tr_list_append(out, tr_tuple_pack(5, TR_FROM_SMALL(ai->ai_family), TR_FROM_SMALL(ai->ai_socktype),
                                          TR_FROM_SMALL(ai->ai_protocol),
                                          tr_str_from_cstr(ai->ai_canonname ? ai->ai_canonname : ""),
                                          make_address(&a, ai->ai_addrlen)));
    }
    freeaddrinfo(res);
    return out;
}

/* getnameinfo(sockaddr, flags) -> (host, port) */
static TrValue s_getnameinfo(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("getnameinfo", 2, 2);
    int flags;
    if (int_arg(args[1], &flags) < 0) return 0;
    TrValue sa = args[0];
    if (!tr_tuple_check(sa)) return tr_err(TR_EXC_TYPE(TypeError), "getnameinfo() argument 1 must be a tuple");
    size_t n = TR_TUPLE(sa)->len;
    if (n < 2 || n > 4) return tr_err(TR_EXC_TYPE(TypeError), "getnameinfo(): illegal sockaddr argument");
    SockAddr a;
    socklen_t len;
    memset(&a, 0, sizeof a);
    const char *host = tr_str_check(TR_TUPLE(sa)->items[0]) ? tr_str_cstr(TR_TUPLE(sa)->items[0]) : "";
    int family = strchr(host, ':') ? AF_INET6 : AF_INET;
    if (n > 2 && family == AF_INET) family = AF_INET6;
    if (parse_address(family, sa, "getnameinfo", &a, &len) < 0) return 0;
    char hbuf[NI_MAXHOST], sbuf[NI_MAXSERV];
    int code = getnameinfo(&a.sa, len, hbuf, sizeof hbuf, sbuf, sizeof sbuf, flags);
    if (code) return raise_gai(code);
    return tr_tuple_pack(2, tr_str_from_cstr(hbuf), tr_str_from_cstr(sbuf));
}

static TrValue s_gethostname(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("gethostname", 0, 0);
    char buf[256];
    if (gethostname(buf, sizeof buf) < 0) return raise_errno();
    buf[sizeof buf - 1] = 0;
    return tr_str_from_cstr(buf);
}

/* gethostbyname(name) -> 'a.b.c.d' */
static TrValue s_gethostbyname(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("gethostbyname", 1, 1);
    SockAddr a;
    memset(&a, 0, sizeof a);
    if (resolve_host(args[0], AF_INET, &a) < 0) return 0;
    char host[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, &a.in4.sin_addr, host, sizeof host);
    return tr_str_from_cstr(host);
}

static TrValue raise_herror(int code) {
    TrValue args[2] = {TR_FROM_SMALL(code), tr_str_from_cstr(hstrerror(code))};
    TrValue exc = tr_call((TrValue)herror_type, args, 2, 0);
    if (exc) tr_raise(exc);
    return 0;
}

/* The (name, aliases, addresses) triple of a hostent. */
static TrValue hostent_triple(struct hostent *h) {
    TrValue aliases = tr_list_new(0), addrs = tr_list_new(0);
    for (char **p = h->h_aliases; p && *p; p++) tr_list_append(aliases, tr_str_from_cstr(*p));
    for (char **p = h->h_addr_list; p && *p; p++) {
        char buf[INET6_ADDRSTRLEN];
        inet_ntop(h->h_addrtype, *p, buf, sizeof buf);
        tr_list_append(addrs, tr_str_from_cstr(buf));
    }
    return tr_tuple_pack(3, tr_str_from_cstr(h->h_name), aliases, addrs);
}

/* gethostbyaddr(ip_or_name) -> (hostname, aliases, addresses) */
static TrValue s_gethostbyaddr(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("gethostbyaddr", 1, 1);
    if (!tr_str_check(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "gethostbyaddr() argument 1 must be str, bytes or bytearray, not %s", TR_TYPE_NAME(args[0]));
    SockAddr a;
    memset(&a, 0, sizeof a);
    int family = strchr(tr_str_cstr(args[0]), ':') ? AF_INET6 : AF_INET;
    if (resolve_host(args[0], family, &a) < 0) return 0;
    struct hostent h, *res = NULL;
    char buf[8192];
    int herr = 0;
    const void *addr = family == AF_INET ? (const void *)&a.in4.sin_addr : (const void *)&a.in6.sin6_addr;
    socklen_t alen = family == AF_INET ? sizeof a.in4.sin_addr : sizeof a.in6.sin6_addr;
    gethostbyaddr_r(addr, alen, family, &h, buf, sizeof buf, &res, &herr);
    if (!res) return raise_herror(herr ? herr : HOST_NOT_FOUND);
    return hostent_triple(res);
}

/* gethostbyname_ex(name) -> (hostname, aliases, addresses) */
static TrValue s_gethostbyname_ex(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("gethostbyname_ex", 1, 1);
    if (!tr_str_check(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "gethostbyname_ex() argument 1 must be str, bytes or bytearray, not %s", TR_TYPE_NAME(args[0]));
    struct hostent h, *res = NULL;
    char buf[8192];
    int herr = 0;
    gethostbyname_r(tr_str_cstr(args[0]), &h, buf, sizeof buf, &res, &herr);
    if (!res) return raise_gai(EAI_NONAME);
    return hostent_triple(res);
}

/* ---------------------------------------------------------------- conversions */

static TrValue s_inet_aton(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("inet_aton", 1, 1);
    if (!tr_str_check(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "inet_aton() argument 1 must be str, not %s", TR_TYPE_NAME(args[0]));
    struct in_addr in;
    if (!inet_aton(tr_str_cstr(args[0]), &in)) return tr_err(TR_EXC_TYPE(OSError), "illegal IP address string passed to inet_aton");
    return tr_bytes_new((const char *)&in, 4);
}

static TrValue s_inet_ntoa(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("inet_ntoa", 1, 1);
    TrBuffer b;
    if (tr_get_buffer(args[0], &b) < 0) return 0;
    if (b.len != 4) return tr_err(TR_EXC_TYPE(OSError), "packed IP wrong length for inet_ntoa");
    char buf[INET_ADDRSTRLEN];
    inet_ntop(AF_INET, b.data, buf, sizeof buf);
    return tr_str_from_cstr(buf);
}

static TrValue s_inet_pton(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("inet_pton", 2, 2);
    int family;
    if (int_arg(args[0], &family) < 0) return 0;
    if (!tr_str_check(args[1])) return tr_err(TR_EXC_TYPE(TypeError), "inet_pton() argument 2 must be str, not %s", TR_TYPE_NAME(args[1]));
    unsigned char buf[16];
    int r = inet_pton(family, tr_str_cstr(args[1]), buf);
    if (r < 0) return raise_errno();
    if (r == 0) return tr_err(TR_EXC_TYPE(OSError), "illegal IP address string passed to inet_pton");
    return tr_bytes_new((const char *)buf, family == AF_INET ? 4 : 16);
}

static TrValue s_inet_ntop(TrValue *args, size_t nargs, TrValue kwnames) {
    ARGS("inet_ntop", 2, 2);
    int family;
    TrBuffer b;
    if (int_arg(args[0], &family) < 0 || tr_get_buffer(args[1], &b) < 0) return 0;
    if (family != AF_INET && family != AF_INET6) return tr_err(TR_EXC_TYPE(ValueError), "unknown address family %d", family);
    if (b.len != (family == AF_INET ? 4u : 16u)) return tr_err(TR_EXC_TYPE(ValueError), "invalid length of packed IP address string");
    char buf[INET6_ADDRSTRLEN];
    inet_ntop(family, b.data, buf, sizeof buf);
    return tr_str_from_cstr(buf);
}

/* htons/ntohs/htonl/ntohl: the argument must fit 16 or 32 unsigned bits */
static TrValue byte_order(TrValue *args, size_t nargs, TrValue kwnames, const char *fname, int bits) {
    ARGS(fname, 1, 1);
    if (!tr_int_check(args[0])) return tr_err(TR_EXC_TYPE(TypeError), "'%s' object cannot be interpreted as an integer", TR_TYPE_NAME(args[0]));
    int64_t v;
    if (tr_int_as_i64(args[0], &v) < 0) return 0;
    if (v < 0) return tr_err(TR_EXC_TYPE(OverflowError), "%s: can't convert negative Python int to C %d-bit unsigned integer", fname, bits);
    if (bits == 16 && v > 0xffff) return tr_err(TR_EXC_TYPE(OverflowError), "%s: Python int too large to convert to C 16-bit unsigned integer", fname);
    if (bits == 32 && v > 0xffffffffLL) return tr_err(TR_EXC_TYPE(OverflowError), "int larger than 32 bits");
    return tr_int_from_u64(bits == 16 ? htons((uint16_t)v) : htonl((uint32_t)v));
}

static TrValue s_htons(TrValue *a, size_t n, TrValue k) { return byte_order(a, n, k, "htons", 16); }
static TrValue s_ntohs(TrValue *a, size_t n, TrValue k) { return byte_order(a, n, k, "ntohs", 16); }
static TrValue s_htonl(TrValue *a, size_t n, TrValue k) { return byte_order(a, n, k, "htonl", 32); }
static TrValue s_ntohl(TrValue *a, size_t n, TrValue k) { return byte_order(a, n, k, "ntohl", 32); }

static const TrMethodDef socket_functions[] = {
    {"socket", s_socket}, {"sockinfo", s_sockinfo}, {"socketpair", s_socketpair}, {"bind", s_bind},
    {"connect", s_connect}, {"listen", s_listen}, {"accept", s_accept}, {"send", s_send},
    {"sendall", s_sendall}, {"recv", s_recv}, {"recvfrom", s_recvfrom}, {"recv_into", s_recv_into},
    {"shutdown", s_shutdown}, {"close", s_close}, {"dup", s_dup}, {"set_blocking", s_set_blocking},
    {"setsockopt", s_setsockopt}, {"getsockopt", s_getsockopt}, {"getsockname", s_getsockname},
    {"getpeername", s_getpeername}, {"fdopen", s_fdopen}, {"getaddrinfo", s_getaddrinfo},
    {"getnameinfo", s_getnameinfo}, {"gethostname", s_gethostname}, {"gethostbyname", s_gethostbyname},
    {"gethostbyname_ex", s_gethostbyname_ex}, {"gethostbyaddr", s_gethostbyaddr},
    {"inet_aton", s_inet_aton}, {"inet_ntoa", s_inet_ntoa}, {"inet_pton", s_inet_pton},
    {"inet_ntop", s_inet_ntop}, {"htons", s_htons}, {"ntohs", s_ntohs}, {"htonl", s_htonl},
    {"ntohl", s_ntohl}, {0},
};

/* class NAME(OSError) in module socket */
static TrType *make_oserror_class(const char *name) {
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr("socket"));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr(name));
    return (TrType *)tr_class_new(tr_str_from_cstr(name), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(OSError)), ns, 0, 0);
}

#define C(name) {#name, (long long)(name)},
static const TrIntConstant constants[] = {
    C(AF_INET) C(AF_INET6) C(AF_UNIX) C(AF_UNSPEC) C(SOCK_STREAM) C(SOCK_DGRAM) C(SOCK_RAW)
    C(SOCK_SEQPACKET) C(SOCK_RDM) C(SOCK_NONBLOCK) C(SOCK_CLOEXEC)
    C(SOL_SOCKET) C(SO_REUSEADDR) C(SO_REUSEPORT) C(SO_KEEPALIVE) C(SO_BROADCAST) C(SO_LINGER)
    C(SO_RCVBUF) C(SO_SNDBUF) C(SO_ERROR) C(SO_TYPE) C(SO_RCVLOWAT) C(SO_SNDLOWAT) C(SO_RCVTIMEO)
    C(SO_SNDTIMEO) C(SO_OOBINLINE) C(SO_DONTROUTE) C(SO_ACCEPTCONN) C(SO_DOMAIN) C(SO_PROTOCOL)
    C(SOMAXCONN) C(IPPROTO_IP) C(IPPROTO_TCP) C(IPPROTO_UDP) C(IPPROTO_IPV6) C(IPPROTO_ICMP) C(IPPROTO_RAW)
    C(SOL_TCP) {"SOL_UDP", IPPROTO_UDP}, C(SOL_IP) C(TCP_NODELAY) C(TCP_MAXSEG) C(TCP_KEEPIDLE) C(TCP_KEEPINTVL)
    C(TCP_KEEPCNT) C(TCP_QUICKACK) C(TCP_FASTOPEN) C(IP_TTL) C(IP_TOS) C(IP_MULTICAST_TTL)
    C(IP_MULTICAST_LOOP) C(IP_ADD_MEMBERSHIP) C(IP_DROP_MEMBERSHIP) C(IPV6_V6ONLY)
    C(MSG_PEEK) C(MSG_WAITALL) C(MSG_DONTWAIT) C(MSG_OOB) C(MSG_TRUNC) C(MSG_NOSIGNAL)
    C(SHUT_RD) C(SHUT_WR) C(SHUT_RDWR) C(AI_PASSIVE) C(AI_CANONNAME) C(AI_NUMERICHOST)
    C(AI_NUMERICSERV) C(AI_ADDRCONFIG) C(AI_V4MAPPED) C(AI_ALL) C(NI_NUMERICHOST) C(NI_NUMERICSERV)
    C(NI_NAMEREQD) C(NI_DGRAM) C(NI_NOFQDN) C(NI_MAXHOST) C(NI_MAXSERV) C(EAI_AGAIN) C(EAI_BADFLAGS)
    C(EAI_FAIL) C(EAI_FAMILY) C(EAI_MEMORY) C(EAI_NONAME) C(EAI_SERVICE) C(EAI_SOCKTYPE)
    C(EAI_SYSTEM) C(INADDR_ANY) C(INADDR_LOOPBACK) C(INADDR_NONE)
};
#undef C

TrValue trmod___socket_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_socket", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&gaierror_type, sizeof gaierror_type);
    tr_add_roots(&herror_type, sizeof herror_type);
    if (!(gaierror_type = make_oserror_class("gaierror")) || !(herror_type = make_oserror_class("herror"))) return 0;
    tr_module_add(m, "gaierror", (TrValue)gaierror_type);
    tr_module_add(m, "herror", (TrValue)herror_type);
    tr_module_add_functions(m, socket_functions);
    tr_module_add_int_constants(m, constants, sizeof constants / sizeof *constants);
    return m;
}
