/* _curl.c — the `_curl` module: HTTP exchanges on libcurl, the transport under
 * urllib.request and httpx (both written in Tauraro on top of it).
 *
 * Blocking, one exchange at a time (Client, urllib.request):
 *   _curl.Handle()                  an easy handle; its connections are kept between
 *                                   perform() calls (keep-alive reuse by a Client)
 *   handle.perform(method, url, headers, body, timeout, accept_encoding, connect_timeout,
 *                  verify=True, proxy=None)
 *       -> (status, http_version, header_lines, body, elapsed)
 *   handle.close()
 *
 * Driven by an event loop (AsyncClient), through libcurl's multi socket interface:
 *   _curl.Multi()                   a multi handle; its transfers share its connections
 *   multi.add(transfer)             start a transfer
 *   multi.socket_action(fd, what)   tell curl fd is ready (what: 1 in, 2 out, 3 both) or,
 *                                   with fd -1, that its timer expired
 *   multi.events() -> (changes, timer, finished)   what curl asked for since the last
 *                                   call: changes a list of (fd, what) to watch (what 0:
 *                                   stop watching), timer None (unchanged) or the delay
 *                                   in ms before socket_action(-1, 0) (-1: no timer),
 *                                   finished the transfers that ended (detached)
 *   multi.close()                   (its unfinished transfers are abandoned)
 *   _curl.Transfer(method, url, headers, body, accept_encoding, connect_timeout, verify=True,
 *                  proxy=None)
 *   transfer.head()                 None until the final response head is complete, then
 *                                   (status, http_version, header_lines)
 *   transfer.take_body()            the body bytes received since the last call
 *   transfer.finished()             whether curl is done with it (then check() raises
 *                                   the _curl.error of a failure)
 *   transfer.stop()                 detach it from its multi (an unfinished exchange is
 *                                   abandoned and its connection closed); a transfer
 *                                   collected while attached is detached likewise
 *   A transfer pauses once a megabyte of body is waiting to be taken, and goes on when
 *   take_body() empties it, so a slow reader holds back the server.
 *
 *   _curl.error(code, message, phase, os_errno)   raised on transport failures;
 *                                   phase is "resolve", "connect", "connect-timeout",
 *                                   "read-timeout" or "transfer"; os_errno is the
 *                                   errno of the failed system call, or 0
 *
 * Redirects are never followed here (the callers implement their own rules), headers
 * are sent exactly as given ("Name:" removes one curl would add). perform()'s timeout
 * bounds the whole exchange and connect_timeout the connection (None: no limit).
 * header_lines are the raw lines of the last response head (status line first, without
 * CRLF). accept_encoding not None is CURLOPT_ACCEPT_ENCODING: curl sends it (unless the
 * headers have their own Accept-Encoding; "" = every encoding curl knows) and decodes
 * the response's Content-Encoding. verify False skips the server certificate checks;
 * a str is the CA bundle to check it against. proxy None lets curl take one from the
 * environment its own way; a str is the proxy URL, "" none. Programs importing the module link
 * -lcurl; trc loads libcurl on the first import instead (calls go through the table of
 * libcurl_api.h, and the import raises ImportError if libcurl cannot be loaded). */
#include "tr.h"
#include <errno.h>
#include <gc.h>
#include <string.h>
#include "libcurl_api.h"

static const LibcurlApi *libcurl;

typedef struct Handle {
    TrObject ob;
    CURL *curl;        /* NULL once closed; freed by a finalizer otherwise */
} Handle;

static TrType handle_type;
static TrValue error_class;

typedef struct Growing { char *data; size_t len, cap; } Growing;

static void growing_add(Growing *g, const char *p, size_t n) {
    if (g->len + n + 1 > g->cap) {
        size_t cap = g->cap ? g->cap : 4096;
        while (cap < g->len + n + 1) cap *= 2;
        char *data = tr_alloc_atomic(cap);
        if (g->len) memcpy(data, g->data, g->len);
        g->data = data;
        g->cap = cap;
    }
    memcpy(g->data + g->len, p, n);
    g->len += n;
}

/* handle_perform runs curl without the GIL (the server it talks to may be a thread
 * of this program), so these two callbacks take the GIL back around the runtime
 * allocations they make. */
static size_t on_body(char *p, size_t size, size_t n, void *ud) {
    tr_gil_acquire();
    growing_add(ud, p, size * n);
    tr_gil_release();
    return size * n;
}

/* Collects the lines of the last response head: a status line starts a new one
 * (interim 1xx responses and proxy CONNECT replies come first). */
static size_t on_header(char *p, size_t size, size_t n, void *ud) {
    TrValue *lines = ud;
    size_t len = size * n;
    tr_gil_acquire();
    if (len >= 5 && !memcmp(p, "HTTP/", 5)) *lines = tr_list_new(8);
    while (len && (p[len - 1] == '\n' || p[len - 1] == '\r')) len--;
    if (len) tr_list_append(*lines, tr_bytes_new(p, len));
    tr_gil_release();
    return size * n;
}

static void release_curl(Handle *h) {
    if (h->curl) libcurl->easy_cleanup(h->curl);
    h->curl = NULL;
}

static void handle_finalize(void *obj, void *cd) {
    (void)cd;
    release_curl(obj);
}

static TrValue curl_handle(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("Handle", nargs, 0, 0) < 0 || tr_no_kwargs("Handle", kwnames) < 0) return 0;
    Handle *h = (Handle *)tr_object_alloc(&handle_type, sizeof(Handle));
    h->curl = libcurl->easy_init();
    if (!h->curl) return tr_err_nomem();
    GC_register_finalizer(h, handle_finalize, NULL, NULL, NULL);
    return (TrValue)h;
}

static TrValue raise_error(CURL *curl, CURLcode code, const char *message, const char *phase) {
    long os_errno = 0;
    libcurl->easy_getinfo(curl, CURLINFO_OS_ERRNO, &os_errno);
    TrValue args[4] = {TR_FROM_SMALL(code), tr_str_from_cstr(message), tr_str_from_cstr(phase),
                       TR_FROM_SMALL(os_errno)};
    TrValue exc = tr_call(error_class, args, 4, 0);
    if (exc) tr_raise(exc);
    return 0;
}

/* Where a failed transfer stopped, for the caller's exception class. */
static const char *failure_phase(CURL *curl, CURLcode code) {
    if (code == CURLE_COULDNT_RESOLVE_HOST || code == CURLE_COULDNT_RESOLVE_PROXY) return "resolve";
    if (code == CURLE_COULDNT_CONNECT || code == CURLE_SSL_CONNECT_ERROR ||
        code == CURLE_PEER_FAILED_VERIFICATION || code == CURLE_SSL_CERTPROBLEM ||
        code == CURLE_SSL_CACERT_BADFILE)
        return "connect";   /* TLS handshakes fail as ConnectError in httpx */
    if (code == CURLE_OPERATION_TIMEDOUT) {
        curl_off_t connected = 0;
        libcurl->easy_getinfo(curl, CURLINFO_CONNECT_TIME_T, &connected);
        return connected ? "read-timeout" : "connect-timeout";
    }
    return "transfer";
}

static const char *version_text(long v) {
    switch (v) {
    case CURL_HTTP_VERSION_1_0: return "HTTP/1.0";
    case CURL_HTTP_VERSION_2_0: return "HTTP/2";
    case CURL_HTTP_VERSION_3: return "HTTP/3";
    default: return "HTTP/1.1";
    }
}

/* The request options shared by perform() and Transfer: method, url, header lines
 * (a list of str, appended to *headers), body (bytes-like or None), accept_encoding,
 * connect_timeout (seconds or None), verify (bool or CA bundle path) and proxy (None
 * or a URL).  0 with an exception on bad arguments. */
static int configure_request(CURL *curl, TrValue method_v, TrValue url, TrValue header_lines,
                             TrValue body, TrValue accept_encoding, TrValue connect_timeout_v,
                             TrValue verify, TrValue proxy, struct curl_slist **headers) {
    if (!tr_str_check(method_v) || !tr_str_check(url) || !tr_list_check(header_lines)) {
        tr_err(TR_EXC_TYPE(TypeError), "perform(method: str, url: str, headers: list, ...)");
        return 0;
    }
    TrList *hl = TR_LIST(header_lines);
    for (size_t i = 0; i < hl->len; i++) {
        if (!tr_str_check(tr_list_items(hl)[i])) {
            tr_err(TR_EXC_TYPE(TypeError), "header lines must be str");
            return 0;
        }
        *headers = libcurl->slist_append(*headers, tr_str_cstr(tr_list_items(hl)[i]));
    }
    size_t body_len = 0;
    const char *body_data = body ? tr_buffer_view(body, &body_len) : NULL;
    if (body && !body_data) {
        tr_err(TR_EXC_TYPE(TypeError), "request body must be bytes-like");
        return 0;
    }
    double connect_timeout = 0;
    if (connect_timeout_v && connect_timeout_v != tr_None && tr_as_double(connect_timeout_v, &connect_timeout) < 0)
        return 0;
    const char *method = tr_str_cstr(method_v);
    libcurl->easy_setopt(curl, CURLOPT_URL, tr_str_cstr(url));
    libcurl->easy_setopt(curl, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
    libcurl->easy_setopt(curl, CURLOPT_HTTPHEADER, *headers);
    libcurl->easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    if (connect_timeout > 0) libcurl->easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, (long)(connect_timeout * 1000 + 0.5));
    if (accept_encoding && accept_encoding != tr_None && tr_str_check(accept_encoding))
        libcurl->easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, tr_str_cstr(accept_encoding));
    if (proxy && tr_str_check(proxy)) {   /* the caller decided: no_proxy is not curl's to apply */
        libcurl->easy_setopt(curl, CURLOPT_PROXY, tr_str_cstr(proxy));
        libcurl->easy_setopt(curl, CURLOPT_NOPROXY, "");
    }
    if (verify && tr_str_check(verify)) {
        libcurl->easy_setopt(curl, CURLOPT_CAINFO, tr_str_cstr(verify));
    } else if (verify && verify != tr_None) {
        int check = tr_truthy(verify);
        if (check < 0) return 0;
        libcurl->easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, (long)check);
        libcurl->easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, check ? 2L : 0L);
    }
    if (!strcmp(method, "HEAD")) {
        libcurl->easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (body) {
        libcurl->easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_len);
        libcurl->easy_setopt(curl, CURLOPT_POSTFIELDS, body_data);
        if (strcmp(method, "POST")) libcurl->easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
    } else if (strcmp(method, "GET")) {
        libcurl->easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
    }
    return 1;
}

static TrValue handle_perform(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"self", "method", "url", "headers", "body", "timeout",
                                     "accept_encoding", "connect_timeout", "verify", "proxy", NULL};
    TrValue a[10];
    if (tr_parse_args("perform", args, nargs, kwnames, kw, 4, a) < 0) return 0;
    if (TR_TYPE(a[0]) != &handle_type) return tr_err(TR_EXC_TYPE(TypeError), "perform() needs a Handle");
    Handle *h = (Handle *)a[0];
    if (!h->curl) return tr_err(TR_EXC_TYPE(ValueError), "I/O operation on closed handle");
    CURL *curl = h->curl;
    libcurl->easy_reset(curl);   /* keeps the live connections */

    double timeout = 0;
    if (a[5] && a[5] != tr_None && tr_as_double(a[5], &timeout) < 0) return 0;
    struct curl_slist *headers = NULL;
    TrValue body = a[4] && a[4] != tr_None ? a[4] : 0;
    if (!configure_request(curl, a[1], a[2], a[3], body, a[6], a[7], a[8], a[9], &headers)) {
        libcurl->slist_free_all(headers);
        return 0;
    }
    Growing received = {0};
    TrValue lines = tr_list_new(0);
    char errbuf[CURL_ERROR_SIZE] = "";
    libcurl->easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    libcurl->easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    libcurl->easy_setopt(curl, CURLOPT_WRITEDATA, &received);
    libcurl->easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    libcurl->easy_setopt(curl, CURLOPT_HEADERDATA, &lines);
    if (timeout > 0) libcurl->easy_setopt(curl, CURLOPT_TIMEOUT_MS, (long)(timeout * 1000 + 0.5));

    CURLcode code = TR_WITHOUT_GIL(CURLcode, libcurl->easy_perform(curl));
    libcurl->slist_free_all(headers);
    if (code != CURLE_OK)
        return raise_error(curl, code, errbuf[0] ? errbuf : libcurl->easy_strerror(code), failure_phase(curl, code));

    long status = 0, version = 0;
    double elapsed = 0;
    libcurl->easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    libcurl->easy_getinfo(curl, CURLINFO_HTTP_VERSION, &version);
    libcurl->easy_getinfo(curl, CURLINFO_TOTAL_TIME, &elapsed);
    return tr_tuple_pack(5, TR_FROM_SMALL(status), tr_str_from_cstr(version_text(version)), lines,
                         tr_bytes_new(received.data ? received.data : "", received.len),
                         tr_float_new(elapsed));
}

static TrValue handle_close(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("close", nargs, 1, 1) < 0 || tr_no_kwargs("close", kwnames) < 0) return 0;
    if (TR_TYPE(args[0]) != &handle_type) return tr_err(TR_EXC_TYPE(TypeError), "close() needs a Handle");
    release_curl((Handle *)args[0]);
    return tr_None;
}

static TrType handle_type = {
    .ob = {&tr_type_type}, .name = "Handle", .basicsize = sizeof(Handle),
};

/* ------------------------------------------------ transfers driven by an event loop */

#define PAUSE_AT (1 << 20)   /* body bytes waiting to be taken that pause a transfer */

typedef struct Multi Multi;

typedef struct Transfer {
    TrObject ob;
    CURL *curl;                  /* freed by a finalizer */
    struct curl_slist *headers;
    TrValue body;                /* the request body POSTFIELDS points into */
    Multi *multi;                /* while attached */
    Growing received;            /* body bytes not yet taken */
    TrValue lines;               /* header lines of the response head being read */
    int head_done, paused, finished;
    CURLcode code;
    char errbuf[CURL_ERROR_SIZE];
} Transfer;

struct Multi {
    TrObject ob;
    CURLM *multi;                /* NULL once closed */
    TrValue changes;             /* list of (fd, what) since events() */
    TrValue timer;               /* None: unchanged since events(); else ms */
    TrValue finished;            /* list of transfers that ended since events() */
};

static TrType transfer_type, multi_type;

static size_t on_transfer_body(char *p, size_t size, size_t n, void *ud) {
    Transfer *t = ud;
    if (t->received.len >= PAUSE_AT) {
        t->paused = 1;
        return CURL_WRITEFUNC_PAUSE;
    }
    growing_add(&t->received, p, size * n);
    return size * n;
}

/* The head is complete at the blank line ending a final (not 1xx) response head. */
static size_t on_transfer_header(char *p, size_t size, size_t n, void *ud) {
    Transfer *t = ud;
    size_t len = size * n;
    if (len >= 5 && !memcmp(p, "HTTP/", 5)) t->lines = tr_list_new(8);
    while (len && (p[len - 1] == '\n' || p[len - 1] == '\r')) len--;
    if (len) {
        if (t->lines) tr_list_append(t->lines, tr_bytes_new(p, len));
        return size * n;
    }
    long status = 0;
    libcurl->easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
    if (status >= 200) t->head_done = 1;
    return size * n;
}

static void detach(Transfer *t) {
    if (!t->multi) return;
    if (t->multi->multi) libcurl->multi_remove_handle(t->multi->multi, t->curl);
    t->multi = NULL;
}

static void transfer_finalize(void *obj, void *cd) {
    (void)cd;
    Transfer *t = obj;
    if (t->multi && t->multi->multi) libcurl->multi_remove_handle(t->multi->multi, t->curl);
    libcurl->easy_cleanup(t->curl);
    libcurl->slist_free_all(t->headers);
}

static Transfer *as_transfer(TrValue v, const char *fname) {
    if (TR_TYPE(v) == &transfer_type) return (Transfer *)v;
    tr_err(TR_EXC_TYPE(TypeError), "%s() needs a Transfer", fname);
    return NULL;
}

static TrValue curl_transfer(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"method", "url", "headers", "body", "accept_encoding",
                                     "connect_timeout", "verify", "proxy", NULL};
    TrValue a[8];
    if (tr_parse_args("Transfer", args, nargs, kwnames, kw, 3, a) < 0) return 0;
    Transfer *t = (Transfer *)tr_object_alloc(&transfer_type, sizeof(Transfer));
    t->curl = libcurl->easy_init();
    if (!t->curl) return tr_err_nomem();
    GC_register_finalizer(t, transfer_finalize, NULL, NULL, NULL);
    t->body = a[3] && a[3] != tr_None ? a[3] : 0;
    if (!configure_request(t->curl, a[0], a[1], a[2], t->body, a[4], a[5], a[6], a[7], &t->headers)) return 0;
    libcurl->easy_setopt(t->curl, CURLOPT_ERRORBUFFER, t->errbuf);
    libcurl->easy_setopt(t->curl, CURLOPT_WRITEFUNCTION, on_transfer_body);
    libcurl->easy_setopt(t->curl, CURLOPT_WRITEDATA, t);
    libcurl->easy_setopt(t->curl, CURLOPT_HEADERFUNCTION, on_transfer_header);
    libcurl->easy_setopt(t->curl, CURLOPT_HEADERDATA, t);
    libcurl->easy_setopt(t->curl, CURLOPT_PRIVATE, t);
    return (TrValue)t;
}

static TrValue transfer_head(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("head", nargs, 1, 1) < 0 || tr_no_kwargs("head", kwnames) < 0) return 0;
    Transfer *t = as_transfer(args[0], "head");
    if (!t) return 0;
    if (!t->head_done) return tr_None;
    long status = 0, version = 0;
    libcurl->easy_getinfo(t->curl, CURLINFO_RESPONSE_CODE, &status);
    libcurl->easy_getinfo(t->curl, CURLINFO_HTTP_VERSION, &version);
    return tr_tuple_pack(3, TR_FROM_SMALL(status), tr_str_from_cstr(version_text(version)),
                         t->lines ? t->lines : tr_list_new(0));
}

static TrValue transfer_take_body(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("take_body", nargs, 1, 1) < 0 || tr_no_kwargs("take_body", kwnames) < 0) return 0;
    Transfer *t = as_transfer(args[0], "take_body");
    if (!t) return 0;
    TrValue data = tr_bytes_new(t->received.data ? t->received.data : "", t->received.len);
    t->received.len = 0;
    if (t->paused && t->multi) {
        t->paused = 0;
        libcurl->easy_pause(t->curl, CURLPAUSE_CONT);   /* may deliver the held data at once */
    }
    return data;
}

static TrValue transfer_finished(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("finished", nargs, 1, 1) < 0 || tr_no_kwargs("finished", kwnames) < 0) return 0;
    Transfer *t = as_transfer(args[0], "finished");
    return t ? tr_bool(t->finished) : 0;
}

static TrValue transfer_check(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("check", nargs, 1, 1) < 0 || tr_no_kwargs("check", kwnames) < 0) return 0;
    Transfer *t = as_transfer(args[0], "check");
    if (!t) return 0;
    if (t->finished && t->code != CURLE_OK)
        return raise_error(t->curl, t->code, t->errbuf[0] ? t->errbuf : libcurl->easy_strerror(t->code),
                           failure_phase(t->curl, t->code));
    return tr_None;
}

static TrValue transfer_stop(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("stop", nargs, 1, 1) < 0 || tr_no_kwargs("stop", kwnames) < 0) return 0;
    Transfer *t = as_transfer(args[0], "stop");
    if (!t) return 0;
    detach(t);
    return tr_None;
}

static int on_socket(CURL *easy, curl_socket_t fd, int what, void *ud, void *socketp) {
    (void)easy; (void)socketp;
    Multi *m = ud;
    int watch = what == CURL_POLL_REMOVE ? 0 : what;   /* CURL_POLL_IN 1, OUT 2, INOUT 3 */
    tr_list_append(m->changes, tr_tuple_pack(2, TR_FROM_SMALL(fd), TR_FROM_SMALL(watch)));
    return 0;
}

static int on_timer(CURLM *multi, long timeout_ms, void *ud) {
    (void)multi;
    ((Multi *)ud)->timer = TR_FROM_SMALL(timeout_ms);
    return 0;
}

static void multi_finalize(void *obj, void *cd) {
    (void)cd;
    Multi *m = obj;
    if (m->multi) libcurl->multi_cleanup(m->multi);
    m->multi = NULL;
}

static Multi *open_multi(TrValue v, const char *fname) {
    if (TR_TYPE(v) != &multi_type) {
        tr_err(TR_EXC_TYPE(TypeError), "%s() needs a Multi", fname);
        return NULL;
    }
    Multi *m = (Multi *)v;
    if (!m->multi) {
        tr_err(TR_EXC_TYPE(ValueError), "I/O operation on closed handle");
        return NULL;
    }
    return m;
}

static TrValue curl_multi(TrValue *args, size_t nargs, TrValue kwnames) {
    (void)args;
    if (tr_check_nargs("Multi", nargs, 0, 0) < 0 || tr_no_kwargs("Multi", kwnames) < 0) return 0;
    Multi *m = (Multi *)tr_object_alloc(&multi_type, sizeof(Multi));
    m->multi = libcurl->multi_init();
    if (!m->multi) return tr_err_nomem();
    GC_register_finalizer(m, multi_finalize, NULL, NULL, NULL);
    m->changes = tr_list_new(0);
    m->finished = tr_list_new(0);
    m->timer = tr_None;
    libcurl->multi_setopt(m->multi, CURLMOPT_SOCKETFUNCTION, on_socket);
    libcurl->multi_setopt(m->multi, CURLMOPT_SOCKETDATA, m);
    libcurl->multi_setopt(m->multi, CURLMOPT_TIMERFUNCTION, on_timer);
    libcurl->multi_setopt(m->multi, CURLMOPT_TIMERDATA, m);
    return (TrValue)m;
}

static TrValue multi_add(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("add", nargs, 2, 2) < 0 || tr_no_kwargs("add", kwnames) < 0) return 0;
    Multi *m = open_multi(args[0], "add");
    Transfer *t = m ? as_transfer(args[1], "add") : NULL;
    if (!t) return 0;
    if (t->multi || t->finished) return tr_err(TR_EXC_TYPE(ValueError), "transfer already started");
    t->multi = m;
    CURLMcode code = libcurl->multi_add_handle(m->multi, t->curl);
    if (code != CURLM_OK) {
        detach(t);
        return tr_err(TR_EXC_TYPE(RuntimeError), "%s", libcurl->multi_strerror(code));
    }
    return tr_None;
}

static TrValue multi_socket_action(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("socket_action", nargs, 3, 3) < 0 || tr_no_kwargs("socket_action", kwnames) < 0) return 0;
    Multi *m = open_multi(args[0], "socket_action");
    int64_t fd, what;
    if (!m || tr_index(args[1], &fd) < 0 || tr_index(args[2], &what) < 0) return 0;
    int running = 0;
    libcurl->multi_socket_action(m->multi, fd < 0 ? CURL_SOCKET_TIMEOUT : (curl_socket_t)fd,
                             (int)what, &running);
    return tr_None;
}

static TrValue multi_events(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("events", nargs, 1, 1) < 0 || tr_no_kwargs("events", kwnames) < 0) return 0;
    Multi *m = open_multi(args[0], "events");
    if (!m) return 0;
    CURLMsg *msg;
    int left = 0;
    while ((msg = libcurl->multi_info_read(m->multi, &left))) {
        if (msg->msg != CURLMSG_DONE) continue;
        Transfer *t = NULL;
        libcurl->easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&t);
        t->finished = 1;
        t->code = msg->data.result;
        tr_list_append(m->finished, (TrValue)t);
        detach(t);   /* its connection goes back to the multi's cache */
    }
    TrValue result = tr_tuple_pack(3, m->changes, m->timer, m->finished);
    m->changes = tr_list_new(0);
    m->finished = tr_list_new(0);
    m->timer = tr_None;
    return result;
}

static TrValue multi_close(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("close", nargs, 1, 1) < 0 || tr_no_kwargs("close", kwnames) < 0) return 0;
    if (TR_TYPE(args[0]) != &multi_type) return tr_err(TR_EXC_TYPE(TypeError), "close() needs a Multi");
    Multi *m = (Multi *)args[0];
    if (!m->multi) return tr_None;
    libcurl->multi_cleanup(m->multi);
    m->multi = NULL;
    return tr_None;
}

static TrType transfer_type = {
    .ob = {&tr_type_type}, .name = "Transfer", .basicsize = sizeof(Transfer),
};

static TrType multi_type = {
    .ob = {&tr_type_type}, .name = "Multi", .basicsize = sizeof(Multi),
};

TrValue trmod___curl_init(void) {
    static TrValue m;
    if (m) return m;
    const char *why = NULL;
    if (!(libcurl = libcurl_api(&why))) return tr_err(TR_EXC_TYPE(ImportError), "%s", why);
    m = tr_module_new("_curl", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&error_class, sizeof error_class);
    libcurl->global_init(CURL_GLOBAL_DEFAULT);
    handle_type.module = TR_INTERN("_curl");
    tr_type_ready(&handle_type);
    static const TrMethodDef handle_methods[] = {{"perform", handle_perform}, {"close", handle_close}, {0}};
    tr_type_add_methods(&handle_type, handle_methods);
    transfer_type.module = multi_type.module = TR_INTERN("_curl");
    tr_type_ready(&transfer_type);
    tr_type_ready(&multi_type);
    static const TrMethodDef transfer_methods[] = {
        {"head", transfer_head}, {"take_body", transfer_take_body}, {"finished", transfer_finished},
        {"check", transfer_check}, {"stop", transfer_stop}, {0}};
    tr_type_add_methods(&transfer_type, transfer_methods);
    static const TrMethodDef multi_methods[] = {
        {"add", multi_add}, {"socket_action", multi_socket_action}, {"events", multi_events},
        {"close", multi_close}, {0}};
    tr_type_add_methods(&multi_type, multi_methods);
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr("_curl"));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr("error"));
    error_class = tr_class_new(tr_str_from_cstr("error"), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(Exception)), ns, 0, 0);
    if (!error_class) return 0;
    tr_module_add(m, "error", error_class);
    static const TrMethodDef functions[] = {{"Handle", curl_handle}, {"Transfer", curl_transfer},
                                               {"Multi", curl_multi}, {0}};
    tr_module_add_functions(m, functions);
    return m;
}
