/* _curl.c — the `_curl` module: one HTTP exchange on a libcurl easy handle, the
 * transport under urllib.request and httpx (both written in Tauraro on top of it).
 *
 *   _curl.Handle()                  an easy handle; its connections are kept between
 *                                   perform() calls (keep-alive reuse by a Client)
 *   handle.perform(method, url, headers, body, timeout, accept_encoding, connect_timeout)
 *       -> (status, http_version, header_lines, body, elapsed)
 *   handle.close()
 *   _curl.error(code, message, phase, os_errno)   raised on transport failures;
 *                                   phase is "resolve", "connect", "connect-timeout",
 *                                   "read-timeout" or "transfer"; os_errno is the
 *                                   errno of the failed system call, or 0
 *
 * Redirects are never followed here (the callers implement their own rules), headers
 * are sent exactly as given ("Name:" removes one curl would add), and the body is read
 * whole. timeout bounds the whole exchange and connect_timeout the connection (None:
 * no limit). header_lines are the raw lines of the last response head (status line
 * first, without CRLF). accept_encoding not None is CURLOPT_ACCEPT_ENCODING: curl sends
 * it (unless the headers have their own Accept-Encoding; "" = every encoding curl
 * knows) and decodes the response's Content-Encoding. Programs importing the module
 * link -lcurl. */
#include "tr.h"
#include <gc.h>
#include <string.h>
#include <curl/curl.h>

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

static size_t on_body(char *p, size_t size, size_t n, void *ud) {
    growing_add(ud, p, size * n);
    return size * n;
}

/* Collects the lines of the last response head: a status line starts a new one
 * (interim 1xx responses and proxy CONNECT replies come first). */
static size_t on_header(char *p, size_t size, size_t n, void *ud) {
    TrValue *lines = ud;
    size_t len = size * n;
    if (len >= 5 && !memcmp(p, "HTTP/", 5)) *lines = tr_list_new(8);
    while (len && (p[len - 1] == '\n' || p[len - 1] == '\r')) len--;
    if (len) tr_list_append(*lines, tr_bytes_new(p, len));
    return size * n;
}

static void release_curl(Handle *h) {
    if (h->curl) curl_easy_cleanup(h->curl);
    h->curl = NULL;
}

static void handle_finalize(void *obj, void *cd) {
    (void)cd;
    release_curl(obj);
}

static TrValue curl_handle(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("Handle", nargs, 0, 0) < 0 || tr_no_kwargs("Handle", kwnames) < 0) return 0;
    Handle *h = (Handle *)tr_object_alloc(&handle_type, sizeof(Handle));
    h->curl = curl_easy_init();
    if (!h->curl) return tr_err_nomem();
    GC_register_finalizer(h, handle_finalize, NULL, NULL, NULL);
    return (TrValue)h;
}

static TrValue raise_error(CURL *curl, CURLcode code, const char *message, const char *phase) {
    long os_errno = 0;
    curl_easy_getinfo(curl, CURLINFO_OS_ERRNO, &os_errno);
    TrValue args[4] = {TR_FROM_SMALL(code), tr_str_from_cstr(message), tr_str_from_cstr(phase),
                       TR_FROM_SMALL(os_errno)};
    TrValue exc = tr_call(error_class, args, 4, 0);
    if (exc) tr_raise(exc);
    return 0;
}

/* Where a failed transfer stopped, for the caller's exception class. */
static const char *failure_phase(CURL *curl, CURLcode code) {
    if (code == CURLE_COULDNT_RESOLVE_HOST || code == CURLE_COULDNT_RESOLVE_PROXY) return "resolve";
    if (code == CURLE_COULDNT_CONNECT) return "connect";
    if (code == CURLE_OPERATION_TIMEDOUT) {
        curl_off_t connected = 0;
        curl_easy_getinfo(curl, CURLINFO_CONNECT_TIME_T, &connected);
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

static TrValue handle_perform(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"self", "method", "url", "headers", "body", "timeout",
                                     "accept_encoding", "connect_timeout", NULL};
    TrValue a[8];
    if (tr_parse_args("perform", args, nargs, kwnames, kw, 4, a) < 0) return 0;
    if (TR_TYPE(a[0]) != &handle_type) return tr_err(TR_EXC_TYPE(TypeError), "perform() needs a Handle");
    Handle *h = (Handle *)a[0];
    if (!h->curl) return tr_err(TR_EXC_TYPE(ValueError), "I/O operation on closed handle");
    if (!tr_str_check(a[1]) || !tr_str_check(a[2]) || !tr_list_check(a[3]))
        return tr_err(TR_EXC_TYPE(TypeError), "perform(method: str, url: str, headers: list, ...)");
    const char *method = tr_str_cstr(a[1]);
    CURL *curl = h->curl;
    curl_easy_reset(curl);   /* keeps the live connections */

    struct curl_slist *headers = NULL;
    TrList *hl = TR_LIST(a[3]);
    for (size_t i = 0; i < hl->len; i++) {
        if (!tr_str_check(hl->items[i])) return tr_err(TR_EXC_TYPE(TypeError), "header lines must be str");
        headers = curl_slist_append(headers, tr_str_cstr(hl->items[i]));
    }

    TrValue body = a[4] && a[4] != tr_None ? a[4] : 0;
    size_t body_len = 0;
    const char *body_data = body ? tr_buffer_view(body, &body_len) : NULL;
    if (body && !body_data) {
        curl_slist_free_all(headers);
        return tr_err(TR_EXC_TYPE(TypeError), "request body must be bytes-like");
    }

    double timeout = 0, connect_timeout = 0;
    if ((a[5] && a[5] != tr_None && tr_as_double(a[5], &timeout) < 0) ||
        (a[7] && a[7] != tr_None && tr_as_double(a[7], &connect_timeout) < 0)) {
        curl_slist_free_all(headers);
        return 0;
    }

    Growing received = {0};
    TrValue lines = tr_list_new(0);
    char errbuf[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(curl, CURLOPT_URL, tr_str_cstr(a[2]));
    curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &received);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &lines);
    if (timeout > 0) curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, (long)(timeout * 1000 + 0.5));
    if (connect_timeout > 0) curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, (long)(connect_timeout * 1000 + 0.5));
    if (a[6] && a[6] != tr_None && tr_str_check(a[6]))
        curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, tr_str_cstr(a[6]));
    if (!strcmp(method, "HEAD")) {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (body) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)body_len);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body_data);
        if (strcmp(method, "POST")) curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
    } else if (strcmp(method, "GET")) {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
    }

    CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (code != CURLE_OK)
        return raise_error(curl, code, errbuf[0] ? errbuf : curl_easy_strerror(code), failure_phase(curl, code));

    long status = 0, version = 0;
    double elapsed = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    curl_easy_getinfo(curl, CURLINFO_HTTP_VERSION, &version);
    curl_easy_getinfo(curl, CURLINFO_TOTAL_TIME, &elapsed);
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

TrValue trmod___curl_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("_curl", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&error_class, sizeof error_class);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    handle_type.module = TR_INTERN("_curl");
    tr_type_ready(&handle_type);
    static const TrMethodDef handle_methods[] = {{"perform", handle_perform}, {"close", handle_close}, {0}};
    tr_type_add_methods(&handle_type, handle_methods);
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr("_curl"));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr("error"));
    error_class = tr_class_new(tr_str_from_cstr("error"), tr_tuple_pack(1, (TrValue)TR_EXC_TYPE(Exception)), ns, 0, 0);
    if (!error_class) return 0;
    tr_module_add(m, "error", error_class);
    static const TrMethodDef functions[] = {{"Handle", curl_handle}, {0}};
    tr_module_add_functions(m, functions);
    return m;
}
