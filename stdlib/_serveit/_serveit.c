/* _serveit.c — the C core of serveit: an HTTP/1.1 server on a libuv loop, parsing
 * requests with llhttp.  serve(handler, host, port, log_level, max_body, max_header,
 * idle_ms) listens, and for each complete request calls
 *     handler(method, target, http_version, headers, body, client, server)
 * (method and http_version str, target bytes, headers a list of (name, value) bytes
 * tuples with lowercased names, body bytes, client/server (host, port) tuples), which
 * returns (status, headers, body): an int, a list of (str, str) pairs, bytes.  This
 * file adds date/server, Content-Length and Connection headers, drops the body of HEAD
 * and 1xx/204/304 responses, keeps connections alive, answers pipelined requests in
 * order, 400 for malformed requests, 413/431 past the size limits, 500 when the
 * handler raises, closes connections that send nothing for idle_ms, and writes uvicorn-style log lines on stderr.  SIGINT/SIGTERM stop
 * it: the request being handled finishes (the handler runs synchronously), the
 * connections are shut down once their responses are written, serve returns None.
 * response_bytes and log give serveit's asyncio server (ASGI apps, stdlib/serveit) the
 * same response framing and log lines.
 * Assumes: one thread; connection state is GC memory reachable from `conns` (libuv
 * itself holds only raw pointers to it); read and write buffers are malloc'd bytes. */
#include "tr.h"
#include <errno.h>
#include <llhttp.h>
#include <netdb.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <uv.h>

enum { LOG_TRACE = 5, LOG_DEBUG = 10, LOG_INFO = 20, LOG_WARNING = 30, LOG_ERROR = 40 };
/* bytes of responses queued on a connection past which its next requests wait (a client
 * that pipelines without reading cannot make the server buffer without bound), and
 * below which they go on */
enum { WRITE_HIGH_WATER = 1 << 20, WRITE_LOW_WATER = 64 << 10 };

typedef struct { char *data; size_t len, cap; } Buf;

typedef struct Conn {
    uv_tcp_t tcp;
    uv_timer_t idle;          /* closes a connection silent for timeout_keep_alive */
    int open_handles;         /* tcp and idle: the memory is released when both closed */
    llhttp_t parser;
    struct Conn *prev, *next; /* the server's list: what keeps this memory alive */
    Buf url, field, value;
    TrValue headers;          /* list of (name, value) bytes tuples */
    Buf body;
    size_t header_bytes;
    int error_status;         /* 413/431 set by a callback that stops the parser */
    bool in_value, closing, closed;
    bool expect_continue;     /* the request has Expect: 100-continue */
    bool backlogged;          /* parsing paused until the queued responses drain */
    Buf pending;              /* the input not parsed meanwhile */
    TrValue client;           /* (host, port) */
} Conn;

typedef struct {
    uv_write_t req;
    Conn *conn;
    size_t len;
    char data[];
} WriteReq;

static struct {
    uv_loop_t loop;
    uv_tcp_t listener;
    uv_signal_t sigint, sigterm;
    llhttp_settings_t settings;
    TrValue handler, server;  /* the app callback; (host, port) */
    Conn *conns;
    int log_level;
    size_t max_body, max_header;
    uint64_t idle_ms;
    pid_t workers[64];        /* the parent's forked workers */
    int nworkers;
    bool is_worker;
    bool stopping;
    TrValue fatal;            /* SystemExit/KeyboardInterrupt raised by the handler */
} S;

/* ------------------------------------------------------------------ buffers */

static void buf_add(Buf *b, const char *p, size_t n) {
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2 + 64;
        b->data = realloc(b->data, b->cap);
        if (!b->data) abort();
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static void buf_addf(Buf *b, const char *fmt, ...) {
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    buf_add(b, tmp, n < (int)sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static void buf_free(Buf *b) {
    free(b->data);
    *b = (Buf){0};
}

/* ------------------------------------------------------------------ status phrases */

/* the phrases of CPython's http.HTTPStatus */
static const char *status_phrase(int code) {
    switch (code) {
    case 100: return "Continue"; case 101: return "Switching Protocols"; case 102: return "Processing";
    case 103: return "Early Hints";
    case 200: return "OK"; case 201: return "Created"; case 202: return "Accepted";
    case 203: return "Non-Authoritative Information"; case 204: return "No Content";
    case 205: return "Reset Content"; case 206: return "Partial Content"; case 207: return "Multi-Status";
    case 208: return "Already Reported"; case 226: return "IM Used";
    case 300: return "Multiple Choices"; case 301: return "Moved Permanently"; case 302: return "Found";
    case 303: return "See Other"; case 304: return "Not Modified"; case 305: return "Use Proxy";
    case 307: return "Temporary Redirect"; case 308: return "Permanent Redirect";
    case 400: return "Bad Request"; case 401: return "Unauthorized"; case 402: return "Payment Required";
    case 403: return "Forbidden"; case 404: return "Not Found"; case 405: return "Method Not Allowed";
    case 406: return "Not Acceptable"; case 407: return "Proxy Authentication Required";
    case 408: return "Request Timeout"; case 409: return "Conflict"; case 410: return "Gone";
    case 411: return "Length Required"; case 412: return "Precondition Failed";
    case 413: return "Request Entity Too Large"; case 414: return "Request-URI Too Long";
    case 415: return "Unsupported Media Type"; case 416: return "Requested Range Not Satisfiable";
    case 417: return "Expectation Failed"; case 418: return "I'm a Teapot"; case 421: return "Misdirected Request";
    case 422: return "Unprocessable Entity"; case 423: return "Locked"; case 424: return "Failed Dependency";
    case 425: return "Too Early"; case 426: return "Upgrade Required"; case 428: return "Precondition Required";
    case 429: return "Too Many Requests"; case 431: return "Request Header Fields Too Large";
    case 451: return "Unavailable For Legal Reasons";
    case 500: return "Internal Server Error"; case 501: return "Not Implemented"; case 502: return "Bad Gateway";
    case 503: return "Service Unavailable"; case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported"; case 506: return "Variant Also Negotiates";
    case 507: return "Insufficient Storage"; case 508: return "Loop Detected"; case 510: return "Not Extended";
    case 511: return "Network Authentication Required";
    }
    return "";
}

static TrValue py_status_phrase(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/code", NULL};
    TrValue a[1];
    int64_t code;
    if (tr_parse_args("status_phrase", args, nargs, kwnames, kw, 1, a) < 0 || tr_index(a[0], &code) < 0) return 0;
    return tr_str_from_cstr(status_phrase((int)code));
}

/* ------------------------------------------------------------------ logging */

static void vlog_line(int threshold, int level, const char *fmt, va_list ap) {
    if (level < threshold) return;
    const char *name = level >= LOG_ERROR ? "ERROR:    " : level >= LOG_WARNING ? "WARNING:  "
                     : level >= LOG_INFO ? "INFO:     " : level >= LOG_DEBUG ? "DEBUG:    " : "TRACE:    ";
    fputs(name, stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    fflush(stderr);
}

static void log_line(int level, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vlog_line(S.log_level, level, fmt, ap);
    va_end(ap);
}

/* ------------------------------------------------------------------ connections */

static void on_closed(uv_handle_t *h) {
    Conn *c = h->data;
    if (--c->open_handles) return;
    if (c->prev) c->prev->next = c->next;
    else S.conns = c->next;
    if (c->next) c->next->prev = c->prev;
    buf_free(&c->url);
    buf_free(&c->field);
    buf_free(&c->value);
    buf_free(&c->body);
    buf_free(&c->pending);
    c->headers = 0;
}

static void conn_close(Conn *c) {
    if (c->closed) return;
    c->closed = true;
    uv_close((uv_handle_t *)&c->tcp, on_closed);
    uv_close((uv_handle_t *)&c->idle, on_closed);
}

static void on_shutdown(uv_shutdown_t *req, int status) {
    conn_close(req->data);
    free(req);
}

/* close once the responses queued so far are written */
static void conn_finish(Conn *c) {
    if (c->closed) return;
    uv_read_stop((uv_stream_t *)&c->tcp);
    uv_shutdown_t *req = malloc(sizeof *req);
    req->data = c;
    if (uv_shutdown(req, (uv_stream_t *)&c->tcp, on_shutdown) < 0) {
        free(req);
        conn_close(c);
    }
}

static void conn_feed(Conn *c, const char *data, size_t n);
static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf);
static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf);

static void on_written(uv_write_t *req, int status) {
    WriteReq *w = (WriteReq *)req;
    Conn *c = w->conn;
    free(w);
    if (status < 0) {
        conn_close(c);
        return;
    }
    if (c->closed) return;
    uv_timer_again(&c->idle); /* a client reading a long response is not idle */
    if (c->backlogged && c->tcp.write_queue_size < WRITE_LOW_WATER) {
        c->backlogged = false;
        llhttp_resume(&c->parser);
        Buf rest = c->pending;
        c->pending = (Buf){0};
        if (!c->closing) uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
        conn_feed(c, rest.data ? rest.data : "", rest.len);
        buf_free(&rest);
    }
}

static void conn_write(Conn *c, const Buf *b) {
    if (c->closed) return;
    WriteReq *w = malloc(sizeof *w + b->len);
    if (!w) abort();
    w->conn = c;
    w->len = b->len;
    memcpy(w->data, b->data, b->len);
    uv_buf_t ub = uv_buf_init(w->data, (unsigned)b->len);
    if (uv_write(&w->req, (uv_stream_t *)&c->tcp, &ub, 1, on_written) < 0) {
        free(w);
        conn_close(c);
    }
}

/* the date header's value, formatted once per second */
static const char *http_date(void) {
    static char text[64];
    static time_t last;
    time_t now = time(NULL);
    if (now != last) {
        struct tm tm;
        gmtime_r(&now, &tm);
        strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S GMT", &tm);
        last = now;
    }
    return text;
}

static bool name_is(const char *name, size_t len, const char *want) {
    return strlen(want) == len && !strncasecmp(name, want, len);
}

/* Append one response to out; whether the connection stays open after it.  headers: a
 * list of (str, str) tuples, or 0. */
static bool format_response(Buf *out, int status, TrValue headers, const char *body, size_t body_len, bool head,
                            bool keep_alive) {
    buf_addf(out, "HTTP/1.1 %d %s\r\ndate: %s\r\nserver: serveit\r\n", status, status_phrase(status), http_date());
    bool has_length = false, chunked = false;
    size_t n = headers ? TR_LIST(headers)->len : 0;
    for (size_t i = 0; i < n; i++) {
        TrValue pair = tr_list_items(TR_LIST(headers))[i];
        const char *name = tr_str_cstr(TR_TUPLE(pair)->items[0]), *value = tr_str_cstr(TR_TUPLE(pair)->items[1]);
        size_t nlen = TR_STR(TR_TUPLE(pair)->items[0])->len, vlen = TR_STR(TR_TUPLE(pair)->items[1])->len;
        if (name_is(name, nlen, "content-length")) has_length = true;
        if (name_is(name, nlen, "transfer-encoding")) chunked = true;
        if (name_is(name, nlen, "connection") && name_is(value, vlen, "close")) keep_alive = false;
        buf_add(out, name, nlen);
        buf_add(out, ": ", 2);
        buf_add(out, value, vlen);
        buf_add(out, "\r\n", 2);
    }
    bool bodiless = status < 200 || status == 204 || status == 304;
    if (!has_length && !chunked && !bodiless) buf_addf(out, "content-length: %zu\r\n", body_len);
    if (!keep_alive) buf_addf(out, "connection: close\r\n");
    buf_add(out, "\r\n", 2);
    if (!head && !bodiless) buf_add(out, body, body_len);
    return keep_alive;
}

/* Queue one response; whether the connection stays open after it. */
static int send_response(Conn *c, int status, TrValue headers, const char *body, size_t body_len,
                         bool head, bool keep_alive) {
    Buf out = {0};
    keep_alive = format_response(&out, status, headers, body, body_len, head, keep_alive);
    conn_write(c, &out);
    buf_free(&out);
    return keep_alive;
}

/* the answer to a request the parser rejected; the connection closes after it */
static void send_error(Conn *c, int status) {
    const char *msg = status == 400 ? "Invalid HTTP request received." : status_phrase(status);
    log_line(LOG_WARNING, "%s", status == 400 ? msg : status == 413 ? "Request body too large." : "Request headers too large.");
    TrValue headers = tr_list_new(1);
    tr_list_append(headers, tr_tuple_pack(2, tr_str_from_cstr("content-type"),
                                          tr_str_from_cstr("text/plain; charset=utf-8")));
    send_response(c, status, headers, msg, strlen(msg), false, false);
}

/* ------------------------------------------------------------------ llhttp callbacks */

static int on_message_begin(llhttp_t *p) {
    Conn *c = p->data;
    c->url.len = c->field.len = c->value.len = c->body.len = 0;
    c->header_bytes = 0;
    c->in_value = c->expect_continue = false;
    c->headers = tr_list_new(8);
    return 0;
}

static int over_header_limit(Conn *c, size_t n) {
    c->header_bytes += n;
    if (c->header_bytes <= S.max_header) return 0;
    c->error_status = 431;
    return -1;
}

static int on_url(llhttp_t *p, const char *at, size_t n) {
    Conn *c = p->data;
    if (over_header_limit(c, n)) return -1;
    buf_add(&c->url, at, n);
    return 0;
}

static void flush_header(Conn *c) {
    for (size_t i = 0; i < c->field.len; i++)
        if (c->field.data[i] >= 'A' && c->field.data[i] <= 'Z') c->field.data[i] += 'a' - 'A';
    if (name_is(c->field.data, c->field.len, "expect") && name_is(c->value.data, c->value.len, "100-continue"))
        c->expect_continue = true;
    tr_list_append(c->headers, tr_tuple_pack(2, tr_bytes_new(c->field.data, c->field.len),
                                             tr_bytes_new(c->value.data, c->value.len)));
    c->field.len = c->value.len = 0;
}

static int on_header_field(llhttp_t *p, const char *at, size_t n) {
    Conn *c = p->data;
    if (over_header_limit(c, n)) return -1;
    if (c->in_value) {
        flush_header(c);
        c->in_value = false;
    }
    buf_add(&c->field, at, n);
    return 0;
}

static int on_header_value(llhttp_t *p, const char *at, size_t n) {
    Conn *c = p->data;
    if (over_header_limit(c, n)) return -1;
    c->in_value = true;
    buf_add(&c->value, at, n);
    return 0;
}

static int on_headers_complete(llhttp_t *p) {
    Conn *c = p->data;
    if (c->in_value || c->field.len) flush_header(c);
    c->in_value = false;
    if ((p->flags & F_CONTENT_LENGTH) && p->content_length > S.max_body) {
        c->error_status = 413;
        return -1;
    }
    if (c->expect_continue && p->http_major == 1 && p->http_minor == 1) { /* the client waits for this to send the body */
        static const Buf go_on = {"HTTP/1.1 100 Continue\r\n\r\n", 25, 25};
        conn_write(c, &go_on);
    }
    return 0;
}

static int on_body(llhttp_t *p, const char *at, size_t n) {
    Conn *c = p->data;
    if (c->body.len + n > S.max_body) {
        c->error_status = 413;
        return -1;
    }
    buf_add(&c->body, at, n);
    return 0;
}

/* the handler's headers: a list of (str, str) with no CR or LF (no response splitting) */
static int check_headers(TrValue headers) {
    if (!tr_list_check(headers)) {
        tr_err(TR_EXC_TYPE(TypeError), "response headers must be a list, not %s", TR_TYPE_NAME(headers));
        return -1;
    }
    for (size_t i = 0; i < TR_LIST(headers)->len; i++) {
        TrValue pair = tr_list_items(TR_LIST(headers))[i];
        if (!tr_tuple_check(pair) || TR_TUPLE(pair)->len != 2 || !tr_str_check(TR_TUPLE(pair)->items[0]) ||
            !tr_str_check(TR_TUPLE(pair)->items[1])) {
            tr_err(TR_EXC_TYPE(TypeError), "response headers must be (str, str) pairs");
            return -1;
        }
        for (int k = 0; k < 2; k++) {
            TrValue text = TR_TUPLE(pair)->items[k];
            if (memchr(tr_str_cstr(text), '\r', TR_STR(text)->len) || memchr(tr_str_cstr(text), '\n', TR_STR(text)->len)) {
                tr_err(TR_EXC_TYPE(ValueError), "invalid response header %R: contains a line break", text);
                return -1;
            }
        }
    }
    return 0;
}

static bool is_fatal(TrValue exc) {
    return tr_err_matches(exc, (TrValue)TR_EXC_TYPE(SystemExit)) > 0 ||
           tr_err_matches(exc, (TrValue)TR_EXC_TYPE(KeyboardInterrupt)) > 0;
}

static void stop_server(void);

/* a complete request: call the handler, queue its response */
static int on_message_complete(llhttp_t *p) {
    Conn *c = p->data;
    const char *method = llhttp_method_name(p->method);
    char version[8];
    snprintf(version, sizeof version, "%d.%d", p->http_major, p->http_minor);
    bool keep_alive = llhttp_should_keep_alive(p) && !S.stopping;
    TrValue args[7] = {
        tr_str_from_cstr(method), tr_bytes_new(c->url.data ? c->url.data : "", c->url.len),
        tr_str_from_cstr(version), c->headers, tr_bytes_new(c->body.data ? c->body.data : "", c->body.len),
        c->client, S.server,
    };
    TrValue result = tr_call(S.handler, args, 7, 0);
    int status = 500;
    bool head = !strcmp(method, "HEAD");
    if (result && (!tr_tuple_check(result) || TR_TUPLE(result)->len != 3)) {
        tr_err(TR_EXC_TYPE(TypeError), "serveit handler must return (status, headers, body)");
        result = 0;
    }
    TrBuffer body;
    int64_t code;
    if (result && (tr_index(TR_TUPLE(result)->items[0], &code) < 0 || check_headers(TR_TUPLE(result)->items[1]) < 0 ||
                   tr_get_buffer(TR_TUPLE(result)->items[2], &body) < 0))
        result = 0;
    if (result && (code < 100 || code > 999)) {
        tr_err(TR_EXC_TYPE(ValueError), "invalid response status %d", (int)code);
        result = 0;
    }
    if (!result) {
        TrValue exc = tr_err_fetch();
        if (is_fatal(exc)) {
            S.fatal = exc;
            stop_server();
            conn_close(c);
            return HPE_PAUSED;
        }
        log_line(LOG_ERROR, "Exception in ASGI application");
        tr_print_exception(exc);
        const char *msg = "Internal Server Error";
        TrValue headers = tr_list_new(1);
        tr_list_append(headers, tr_tuple_pack(2, tr_str_from_cstr("content-type"),
                                              tr_str_from_cstr("text/plain; charset=utf-8")));
        keep_alive = send_response(c, 500, headers, msg, strlen(msg), head, false);
    } else {
        status = (int)code;
        keep_alive = send_response(c, status, TR_TUPLE(result)->items[1], body.data, body.len, head, keep_alive);
    }
    log_line(LOG_INFO, "%s:%d - \"%s %.*s HTTP/%s\" %d %s", tr_str_cstr(TR_TUPLE(c->client)->items[0]),
             (int)TR_SMALL_VAL(TR_TUPLE(c->client)->items[1]), method, (int)c->url.len, c->url.data ? c->url.data : "",
             version, status, status_phrase(status));
    c->headers = 0;
    if (!keep_alive || p->upgrade) {
        c->closing = true;
        return HPE_PAUSED;
    }
    if (c->tcp.write_queue_size > WRITE_HIGH_WATER) {
        c->backlogged = true;
        return HPE_PAUSED;
    }
    return 0;
}

/* ------------------------------------------------------------------ reading */

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
    buf->base = malloc(65536);
    buf->len = buf->base ? 65536 : 0;
}

static void on_idle(uv_timer_t *timer) { conn_close(timer->data); }

/* parse input; when the parser pauses for a backlog, keep the rest and stop reading */
static void conn_feed(Conn *c, const char *data, size_t n) {
    llhttp_errno_t err = llhttp_execute(&c->parser, data, n);
    if (err == HPE_PAUSED && c->backlogged && !c->closing && !c->closed) {
        const char *pos = llhttp_get_error_pos(&c->parser);
        buf_add(&c->pending, pos, (size_t)(data + n - pos));
        uv_read_stop((uv_stream_t *)&c->tcp);
        return;
    }
    if (err != HPE_OK && !c->closing && !c->closed) {
        send_error(c, c->error_status ? c->error_status : 400);
        c->closing = true;
    }
    if (c->closing) conn_finish(c);
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
    Conn *c = stream->data;
    if (nread > 0 && !c->closing && !c->closed) {
        uv_timer_again(&c->idle);
        conn_feed(c, buf->base, (size_t)nread);
    } else if (nread < 0) {
        conn_close(c); /* EOF or a reset: a partial request is dropped */
    }
    free(buf->base);
}

static TrValue peer_address(uv_tcp_t *tcp, bool local) {
    struct sockaddr_storage ss;
    int len = sizeof ss;
    int rc = local ? uv_tcp_getsockname(tcp, (struct sockaddr *)&ss, &len)
                   : uv_tcp_getpeername(tcp, (struct sockaddr *)&ss, &len);
    char host[64] = "";
    int port = 0;
    if (rc == 0 && ss.ss_family == AF_INET6) {
        uv_ip6_name((struct sockaddr_in6 *)&ss, host, sizeof host);
        port = ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
    } else if (rc == 0) {
        uv_ip4_name((struct sockaddr_in *)&ss, host, sizeof host);
        port = ntohs(((struct sockaddr_in *)&ss)->sin_port);
    }
    return tr_tuple_pack(2, tr_str_from_cstr(host), tr_int_from_i64(port));
}

static void on_connection(uv_stream_t *server, int status) {
    if (status < 0 || S.stopping) return;
    Conn *c = tr_alloc(sizeof *c);
    uv_tcp_init(&S.loop, &c->tcp);
    uv_timer_init(&S.loop, &c->idle);
    c->tcp.data = c->idle.data = c;
    c->open_handles = 2;
    c->next = S.conns;
    if (S.conns) S.conns->prev = c;
    S.conns = c;
    if (uv_accept(server, (uv_stream_t *)&c->tcp) < 0) {
        conn_close(c);
        return;
    }
    uv_tcp_nodelay(&c->tcp, 1);
    c->client = peer_address(&c->tcp, false);
    llhttp_init(&c->parser, HTTP_REQUEST, &S.settings);
    c->parser.data = c;
    uv_read_start((uv_stream_t *)&c->tcp, on_alloc, on_read);
    uv_timer_start(&c->idle, on_idle, S.idle_ms, S.idle_ms);
}

/* ------------------------------------------------------------------ shutdown */

static void stop_server(void) {
    if (S.stopping) return;
    S.stopping = true;
    log_line(LOG_INFO, "Shutting down");
    uv_close((uv_handle_t *)&S.listener, NULL);
    uv_close((uv_handle_t *)&S.sigint, NULL);
    uv_close((uv_handle_t *)&S.sigterm, NULL);
    for (Conn *c = S.conns; c; c = c->next) conn_finish(c);
}

static void on_signal(uv_signal_t *h, int signum) {
    for (int i = 0; i < S.nworkers; i++) kill(S.workers[i], SIGTERM);
    stop_server();
}

/* Fork the other workers, each accepting on the same listening socket (the kernel
 * shares the connections out); the GC is told, so that collections in the children work. */
static void fork_workers(int n) {
    for (int i = 1; i < n && S.nworkers < (int)(sizeof S.workers / sizeof *S.workers); i++) {
        fflush(NULL);
        GC_atfork_prepare();
        pid_t pid = fork();
        if (pid == 0) {
            GC_atfork_child();
            uv_loop_fork(&S.loop);
            S.is_worker = true;
            S.nworkers = 0;
            return;
        }
        GC_atfork_parent();
        if (pid < 0) {
            log_line(LOG_ERROR, "fork failed: %s", strerror(errno));
            return;
        }
        S.workers[S.nworkers++] = pid;
    }
}

/* ------------------------------------------------------------------ serve */

/* host:port as a socket address: a numeric IPv4 or IPv6 address, else a name resolved
 * with getaddrinfo (its first result); -1 with socket.gaierror's text set */
static int resolve(const char *host, int port, struct sockaddr_storage *addr) {
    if (uv_ip4_addr(host, port, (struct sockaddr_in *)addr) == 0 || uv_ip6_addr(host, port, (struct sockaddr_in6 *)addr) == 0)
        return 0;
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM}, *res;
    int rc = getaddrinfo(host, NULL, &hints, &res);
    if (rc != 0) {
        TrValue args[2] = {tr_int_from_i64(rc), tr_str_from_cstr(gai_strerror(rc))};
        TrValue exc = tr_call((TrValue)TR_EXC_TYPE(OSError), args, 2, 0); /* socket.gaierror's errno and text */
        if (exc) tr_raise(exc);
        return -1;
    }
    memcpy(addr, res->ai_addr, res->ai_addrlen);
    if (res->ai_family == AF_INET6) ((struct sockaddr_in6 *)addr)->sin6_port = htons(port);
    else ((struct sockaddr_in *)addr)->sin_port = htons(port);
    freeaddrinfo(res);
    return 0;
}

/* ------------------------------------------------------------------ for serveit's asyncio server */

/* response_bytes(status, headers, body, head, keep_alive) -> (bytes, keep_alive): a
 * response as serve writes it (headers checked the same way) */
static TrValue py_response_bytes(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"status", "headers", "body", "head", "keep_alive", NULL};
    TrValue a[5];
    int64_t status;
    TrBuffer body;
    if (tr_parse_args("response_bytes", args, nargs, kwnames, kw, 5, a) < 0 || tr_index(a[0], &status) < 0 ||
        check_headers(a[1]) < 0 || tr_get_buffer(a[2], &body) < 0)
        return 0;
    if (status < 100 || status > 999) return tr_err(TR_EXC_TYPE(ValueError), "invalid response status %d", (int)status);
    Buf out = {0};
    bool keep_alive = format_response(&out, (int)status, a[1], body.data, body.len, tr_truthy(a[3]) > 0,
                                      tr_truthy(a[4]) > 0);
    TrValue wire = tr_bytes_new(out.data, out.len);
    buf_free(&out);
    return tr_tuple_pack(2, wire, tr_bool(keep_alive));
}

/* log(threshold, level, message): one log line in serve's format, if level >= threshold */
static void log_at(int threshold, int level, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vlog_line(threshold, level, fmt, ap);
    va_end(ap);
}

static TrValue py_log(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"threshold", "level", "message", NULL};
    TrValue a[3];
    int64_t threshold, level;
    if (tr_parse_args("log", args, nargs, kwnames, kw, 3, a) < 0 || tr_index(a[0], &threshold) < 0 ||
        tr_index(a[1], &level) < 0)
        return 0;
    if (!tr_str_check(a[2])) return tr_err(TR_EXC_TYPE(TypeError), "message must be str");
    log_at((int)threshold, (int)level, "%s", tr_str_cstr(a[2]));
    return tr_None;
}

static TrValue py_serve(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"handler", "host", "port", "log_level", "max_body", "max_header", "idle_ms",
                                     "workers", NULL};
    TrValue a[8];
    int64_t port, level, max_body, max_header, idle_ms, workers;
    if (tr_parse_args("serve", args, nargs, kwnames, kw, 8, a) < 0 || tr_index(a[6], &idle_ms) < 0 ||
        tr_index(a[7], &workers) < 0)
        return 0;
    if (!tr_str_check(a[1])) return tr_err(TR_EXC_TYPE(TypeError), "host must be str");
    if (tr_index(a[2], &port) < 0 || tr_index(a[3], &level) < 0 || tr_index(a[4], &max_body) < 0 ||
        tr_index(a[5], &max_header) < 0)
        return 0;
    if (port < 0 || port > 65535) return tr_err(TR_EXC_TYPE(OverflowError), "bind(): port must be 0-65535.");
    if (S.handler) return tr_err(TR_EXC_TYPE(RuntimeError), "serveit.run() is already running");
    const char *host = tr_str_cstr(a[1]);
    struct sockaddr_storage addr;
    if (resolve(host, (int)port, &addr) < 0) return 0;

    S.handler = a[0];
    S.log_level = (int)level;
    S.max_body = (size_t)max_body;
    S.max_header = (size_t)max_header;
    S.idle_ms = idle_ms > 0 ? (uint64_t)idle_ms : 1;
    S.stopping = S.is_worker = false;
    S.nworkers = 0;
    S.fatal = 0;
    llhttp_settings_init(&S.settings);
    S.settings.on_message_begin = on_message_begin;
    S.settings.on_url = on_url;
    S.settings.on_header_field = on_header_field;
    S.settings.on_header_value = on_header_value;
    S.settings.on_headers_complete = on_headers_complete;
    S.settings.on_body = on_body;
    S.settings.on_message_complete = on_message_complete;

    uv_loop_init(&S.loop);
    uv_tcp_init(&S.loop, &S.listener);
    int rc = uv_tcp_bind(&S.listener, (struct sockaddr *)&addr, 0);
    if (rc == 0) rc = uv_listen((uv_stream_t *)&S.listener, 1024, on_connection);
    if (rc < 0) {
        uv_close((uv_handle_t *)&S.listener, NULL);
        uv_run(&S.loop, UV_RUN_DEFAULT);
        uv_loop_close(&S.loop);
        S.handler = 0;
        log_line(LOG_ERROR, "[Errno %d] error while attempting to bind on address ('%s', %d): %s", -rc, host,
                 (int)port, uv_strerror(rc));
        errno = -rc;
        return tr_err_errno(TR_EXC_TYPE(OSError), 0);
    }
    S.server = peer_address(&S.listener, true);
    uv_signal_init(&S.loop, &S.sigint);
    uv_signal_init(&S.loop, &S.sigterm);
    uv_signal_start(&S.sigint, on_signal, SIGINT);
    uv_signal_start(&S.sigterm, on_signal, SIGTERM);
    /* a write to a connection the client has closed must fail with EPIPE, not kill us */
    void (*old_sigpipe)(int) = signal(SIGPIPE, SIG_IGN);
    bool ipv6 = strchr(host, ':') != NULL;
    log_line(LOG_INFO, "Serveit running on http://%s%s%s:%d (Press CTRL+C to quit)", ipv6 ? "[" : "", host,
             ipv6 ? "]" : "", (int)TR_SMALL_VAL(TR_TUPLE(S.server)->items[1]));
    if (workers > 1) {
        log_line(LOG_INFO, "Started parent process [%d]", (int)getpid());
        fork_workers((int)workers);
    }
    log_line(LOG_INFO, "Started server process [%d]", (int)getpid());

    uv_run(&S.loop, UV_RUN_DEFAULT);
    uv_loop_close(&S.loop);
    if (S.is_worker) { /* a worker ends here: the program after run() is the parent's */
        log_line(LOG_INFO, "Finished server process [%d]", (int)getpid());
        fflush(NULL);
        _exit(S.fatal ? 1 : 0);
    }
    for (int i = 0; i < S.nworkers; i++) waitpid(S.workers[i], NULL, 0);
    tr_init_signals(); /* libuv put SIGINT back to its default: Ctrl-C is KeyboardInterrupt again */
    signal(SIGPIPE, old_sigpipe);
    S.handler = S.server = 0;
    if (S.fatal) {
        tr_err_restore(S.fatal);
        S.fatal = 0;
        return 0;
    }
    log_line(LOG_INFO, "Finished server process [%d]", (int)getpid());
    return tr_None;
}

static const TrMethodDef serveit_functions[] = {
    {"serve", py_serve}, {"status_phrase", py_status_phrase}, {"response_bytes", py_response_bytes},
    {"log", py_log}, {0},
};

TrValue trmod___serveit_init(void) {
    static TrValue m;
    if (m) return m;
    tr_add_roots(&S, sizeof S);
    m = tr_module_new("_serveit", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, serveit_functions);
    return m;
}
