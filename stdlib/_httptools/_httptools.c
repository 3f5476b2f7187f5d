/* _httptools.c — the C core of httptools, on llhttp: HttpRequestParser and
 * HttpResponseParser (the httptools package's incremental parsers: feed_data calls the
 * protocol's on_message_begin/on_url/on_status/on_header/on_headers_complete/on_body/
 * on_message_complete/on_chunk_header/on_chunk_complete methods, those it has), the
 * package's exception classes (a callback that raises stops the parser with
 * HttpParserCallbackError, as in the package), and parse_message(data, is_request),
 * which parses one whole message into a tuple for parse_request/parse_response.
 * Assumes: one thread; a parser's buffers are GC memory reachable from the parser. */
#include "tr.h"
#include <llhttp.h>
#include <string.h>

static TrValue parser_error, callback_error, invalid_status_error, invalid_method_error, invalid_url_error,
    upgrade_error;

enum { CB_MESSAGE_BEGIN, CB_URL, CB_STATUS, CB_HEADER, CB_HEADERS_COMPLETE, CB_BODY, CB_MESSAGE_COMPLETE,
       CB_CHUNK_HEADER, CB_CHUNK_COMPLETE, CB_COUNT };
static const char *const callback_names[CB_COUNT] = {
    "on_message_begin", "on_url", "on_status", "on_header", "on_headers_complete", "on_body",
    "on_message_complete", "on_chunk_header", "on_chunk_complete",
};

typedef struct { char *data; size_t len, cap; } Buf;

typedef struct {
    TrObject ob;
    llhttp_t parser;
    TrValue callbacks[CB_COUNT]; /* bound methods of the protocol, or 0 */
    TrValue error;               /* what a callback raised */
    Buf url, status, field, value, body;
    bool in_value;
    /* parse_message's mode: collect instead of calling back */
    bool collect, head_done, complete;
    TrValue headers;             /* list of (str, str) */
} Parser;

static TrType request_parser_type, response_parser_type;
static llhttp_settings_t settings;

static void buf_add(Buf *b, const char *p, size_t n) {
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2 + 64;
        char *d = tr_alloc_atomic(b->cap);
        if (b->len) memcpy(d, b->data, b->len);
        b->data = d;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

static TrValue buf_bytes(const Buf *b) { return tr_bytes_new(b->data ? b->data : "", b->len); }

static TrValue latin1_str(const Buf *b) {
    TrValue raw = buf_bytes(b);
    return tr_call_method_cstr(raw, "decode", 1, tr_str_from_cstr("latin-1"));
}

/* ---------------------------------------------------------------- llhttp callbacks */

/* call the protocol's callback i with nargs bytes arguments; -1 stops the parser */
static int call_back(Parser *ps, int i, size_t nargs, TrValue a, TrValue b) {
    if (!ps->callbacks[i]) return 0;
    TrValue args[2] = {a, b};
    if (tr_call(ps->callbacks[i], args, nargs, 0)) return 0;
    ps->error = tr_err_fetch();
    return HPE_USER;
}

static int on_message_begin(llhttp_t *p) {
    Parser *ps = p->data;
    ps->url.len = ps->status.len = ps->field.len = ps->value.len = ps->body.len = 0;
    ps->in_value = false;
    return call_back(ps, CB_MESSAGE_BEGIN, 0, 0, 0);
}

static int on_url(llhttp_t *p, const char *at, size_t n) {
    buf_add(&((Parser *)p->data)->url, at, n);
    return 0;
}

static int on_url_complete(llhttp_t *p) {
    Parser *ps = p->data;
    return ps->collect ? 0 : call_back(ps, CB_URL, 1, buf_bytes(&ps->url), 0);
}

static int on_status(llhttp_t *p, const char *at, size_t n) {
    buf_add(&((Parser *)p->data)->status, at, n);
    return 0;
}

static int on_status_complete(llhttp_t *p) {
    Parser *ps = p->data;
    return ps->collect ? 0 : call_back(ps, CB_STATUS, 1, buf_bytes(&ps->status), 0);
}

static int on_header_field(llhttp_t *p, const char *at, size_t n) {
    buf_add(&((Parser *)p->data)->field, at, n);
    return 0;
}

static int on_header_value(llhttp_t *p, const char *at, size_t n) {
    Parser *ps = p->data;
    ps->in_value = true;
    buf_add(&ps->value, at, n);
    return 0;
}

static int on_header_value_complete(llhttp_t *p) {
    Parser *ps = p->data;
    int rc = 0;
    if (ps->collect)
        tr_list_append(ps->headers, tr_tuple_pack(2, latin1_str(&ps->field), latin1_str(&ps->value)));
    else
        rc = call_back(ps, CB_HEADER, 2, buf_bytes(&ps->field), buf_bytes(&ps->value));
    ps->field.len = ps->value.len = 0;
    ps->in_value = false;
    return rc;
}

static int on_headers_complete(llhttp_t *p) {
    Parser *ps = p->data;
    if (ps->field.len) on_header_value_complete(p); /* a last header with an empty value */
    ps->head_done = true;
    return call_back(ps, CB_HEADERS_COMPLETE, 0, 0, 0);
}

static int on_body(llhttp_t *p, const char *at, size_t n) {
    Parser *ps = p->data;
    if (ps->collect) {
        buf_add(&ps->body, at, n);
        return 0;
    }
    return call_back(ps, CB_BODY, 1, tr_bytes_new(at, n), 0);
}

static int on_message_complete(llhttp_t *p) {
    Parser *ps = p->data;
    if (ps->collect) {
        ps->complete = true;
        return HPE_PAUSED;
    }
    return call_back(ps, CB_MESSAGE_COMPLETE, 0, 0, 0);
}

static int on_chunk_header(llhttp_t *p) { return call_back(p->data, CB_CHUNK_HEADER, 0, 0, 0); }
static int on_chunk_complete(llhttp_t *p) { return call_back(p->data, CB_CHUNK_COMPLETE, 0, 0, 0); }

static void init_settings(void) {
    llhttp_settings_init(&settings);
    settings.on_message_begin = on_message_begin;
    settings.on_url = on_url;
    settings.on_url_complete = on_url_complete;
    settings.on_status = on_status;
    settings.on_status_complete = on_status_complete;
    settings.on_header_field = on_header_field;
    settings.on_header_value = on_header_value;
    settings.on_header_value_complete = on_header_value_complete;
    settings.on_headers_complete = on_headers_complete;
    settings.on_body = on_body;
    settings.on_message_complete = on_message_complete;
    settings.on_chunk_header = on_chunk_header;
    settings.on_chunk_complete = on_chunk_complete;
}

/* ---------------------------------------------------------------- errors */

/* the package's exception for llhttp's error: a callback that raised gives
 * HttpParserCallbackError, whose __context__ is what the callback raised */
static TrValue raise_parser_error(Parser *ps, llhttp_errno_t err) {
    TrValue type = err == HPE_INVALID_STATUS ? invalid_status_error
                 : err == HPE_INVALID_METHOD ? invalid_method_error
                 : err == HPE_INVALID_URL ? invalid_url_error
                 : ps->error ? callback_error : parser_error;
    const char *reason = llhttp_get_error_reason(&ps->parser);
    TrValue msg = tr_str_from_cstr(reason ? reason : llhttp_errno_name(err));
    TrValue exc = tr_call(type, &msg, 1, 0);
    if (!exc) return 0;
    if (ps->error && tr_setattr(exc, tr_str_from_cstr("__context__"), ps->error) < 0) return 0;
    ps->error = 0;
    tr_raise(exc);
    return 0;
}

/* ---------------------------------------------------------------- parser objects */

static Parser *parser_new(TrType *type, bool request) {
    Parser *ps = (Parser *)tr_object_alloc(type, sizeof(Parser));
    llhttp_init(&ps->parser, request ? HTTP_REQUEST : HTTP_RESPONSE, &settings);
    ps->parser.data = ps;
    return ps;
}

static TrValue parser_type_new(TrType *type, TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"protocol", NULL};
    TrValue a[1];
    if (tr_parse_args(type->name, args, nargs, kwnames, kw, 1, a) < 0) return 0;
    bool request = type == &request_parser_type || (type->base && type->base == &request_parser_type);
    Parser *ps = parser_new(type, request);
    for (int i = 0; i < CB_COUNT; i++) {
        TrValue name = tr_str_from_cstr(callback_names[i]);
        TrValue cb = tr_getattr_opt(a[0], name);
        if (!cb && tr_err_occurred()) return 0;
        ps->callbacks[i] = cb;
    }
    return (TrValue)ps;
}

static TrValue m_feed_data(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/self", "/data", NULL};
    TrValue a[2];
    TrBuffer data;
    if (tr_parse_args_keywords("feed_data", args, nargs, kwnames, kw, 2, a) < 0 || tr_get_buffer(a[1], &data) < 0) return 0;
    Parser *ps = (Parser *)a[0];
    llhttp_errno_t err = llhttp_execute(&ps->parser, data.data, data.len);
    if (err == HPE_PAUSED_UPGRADE) {
        size_t offset = (size_t)(llhttp_get_error_pos(&ps->parser) - (const char *)data.data);
        llhttp_resume_after_upgrade(&ps->parser);
        TrValue off = tr_int_from_i64((int64_t)offset);
        TrValue exc = tr_exception_new((TrType *)upgrade_error, &off, 1);
        if (exc) tr_raise(exc);
        return 0;
    }
    if (err != HPE_OK) return raise_parser_error(ps, err);
    return tr_None;
}

static TrValue m_get_http_version(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_http_version", nargs, 1, 1) < 0) return 0;
    Parser *ps = (Parser *)args[0];
    return tr_str_fmt("%d.%d", ps->parser.http_major, ps->parser.http_minor);
}

static TrValue m_should_keep_alive(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("should_keep_alive", nargs, 1, 1) < 0) return 0;
    return tr_bool(llhttp_should_keep_alive(&((Parser *)args[0])->parser));
}

static TrValue m_should_upgrade(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("should_upgrade", nargs, 1, 1) < 0) return 0;
    return tr_bool(((Parser *)args[0])->parser.upgrade);
}

static TrValue m_get_method(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_method", nargs, 1, 1) < 0) return 0;
    const char *name = llhttp_method_name(((Parser *)args[0])->parser.method);
    return tr_bytes_new(name, strlen(name));
}

static TrValue m_get_status_code(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("get_status_code", nargs, 1, 1) < 0) return 0;
    return tr_int_from_i64(((Parser *)args[0])->parser.status_code);
}

static const TrMethodDef common_methods[] = {
    {"feed_data", m_feed_data}, {"get_http_version", m_get_http_version},
    {"should_keep_alive", m_should_keep_alive}, {"should_upgrade", m_should_upgrade}, {0},
};
static const TrMethodDef request_methods[] = {{"get_method", m_get_method}, {0}};
static const TrMethodDef response_methods[] = {{"get_status_code", m_get_status_code}, {0}};

static TrType request_parser_type = {
    .ob = {&tr_type_type}, .name = "HttpRequestParser", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Parser),
    .new_ = parser_type_new,
};
static TrType response_parser_type = {
    .ob = {&tr_type_type}, .name = "HttpResponseParser", .flags = TR_TF_BASETYPE, .basicsize = sizeof(Parser),
    .new_ = parser_type_new,
};

/* ---------------------------------------------------------------- parse_message */

/* parse_message(data, is_request) -> (method, target, status, reason, version,
 * headers, body, keep_alive, upgrade, complete): one message, which may stop short
 * of its announced body (complete is then False). */
static TrValue py_parse_message(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"/data", "/is_request", NULL};
    TrValue a[2];
    TrBuffer data;
    if (tr_parse_args("parse_message", args, nargs, kwnames, kw, 2, a) < 0 || tr_get_buffer(a[0], &data) < 0) return 0;
    int request = tr_truthy(a[1]);
    if (request < 0) return 0;
    Parser *ps = parser_new(request ? &request_parser_type : &response_parser_type, request);
    ps->collect = true;
    ps->headers = tr_list_new(8);
    llhttp_errno_t err = llhttp_execute(&ps->parser, data.data, data.len);
    if (err == HPE_OK && !ps->complete) llhttp_finish(&ps->parser); /* ends a body that runs to EOF */
    if (err != HPE_OK && err != HPE_PAUSED && err != HPE_PAUSED_UPGRADE) return raise_parser_error(ps, err);
    if (!ps->head_done) return tr_err((TrType *)parser_error, "incomplete message head");
    TrValue method = tr_None, target = tr_None, status = tr_None, reason = tr_None;
    if (request) {
        method = tr_str_from_cstr(llhttp_method_name(ps->parser.method));
        target = latin1_str(&ps->url);
    } else {
        status = tr_int_from_i64(ps->parser.status_code);
        reason = latin1_str(&ps->status);
    }
    TrValue t = tr_tuple_new(10);
    TrValue *items = TR_TUPLE(t)->items;
    items[0] = method;
    items[1] = target;
    items[2] = status;
    items[3] = reason;
    items[4] = tr_str_fmt("HTTP/%d.%d", ps->parser.http_major, ps->parser.http_minor);
    items[5] = ps->headers;
    items[6] = buf_bytes(&ps->body);
    items[7] = tr_bool(llhttp_should_keep_alive(&ps->parser));
    items[8] = tr_bool(ps->parser.upgrade);
    items[9] = tr_bool(ps->complete);
    return t;
}

static const TrMethodDef httptools_functions[] = {{"parse_message", py_parse_message}, {0}};

static TrValue new_exception(const char *name, TrValue base) {
    TrValue ns = tr_dict_new();
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr("httptools"));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr(name));
    return tr_class_new(tr_str_from_cstr(name), tr_tuple_pack(1, base), ns, 0, 0);
}

TrValue trmod___httptools_init(void) {
    static TrValue m;
    if (m) return m;
    tr_add_roots(&parser_error, sizeof parser_error);
    tr_add_roots(&callback_error, sizeof callback_error);
    tr_add_roots(&invalid_status_error, sizeof invalid_status_error);
    tr_add_roots(&invalid_method_error, sizeof invalid_method_error);
    tr_add_roots(&invalid_url_error, sizeof invalid_url_error);
    tr_add_roots(&upgrade_error, sizeof upgrade_error);
    init_settings();
    parser_error = new_exception("HttpParserError", (TrValue)TR_EXC_TYPE(Exception));
    callback_error = new_exception("HttpParserCallbackError", parser_error);
    invalid_status_error = new_exception("HttpParserInvalidStatusError", parser_error);
    invalid_method_error = new_exception("HttpParserInvalidMethodError", parser_error);
    invalid_url_error = new_exception("HttpParserInvalidURLError", parser_error);
    upgrade_error = new_exception("HttpParserUpgrade", (TrValue)TR_EXC_TYPE(Exception));
    if (!parser_error || !callback_error || !invalid_status_error || !invalid_method_error || !invalid_url_error ||
        !upgrade_error)
        return 0;
    TrType *types[] = {&request_parser_type, &response_parser_type};
    const TrMethodDef *own[] = {request_methods, response_methods};
    for (int i = 0; i < 2; i++) {
        types[i]->module = tr_str_intern("httptools");
        tr_type_ready(types[i]);
        tr_type_add_methods(types[i], common_methods);
        tr_type_add_methods(types[i], own[i]);
    }
    m = tr_module_new("_httptools", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_module_add_functions(m, httptools_functions);
    tr_module_add(m, "HttpParserError", parser_error);
    tr_module_add(m, "HttpParserCallbackError", callback_error);
    tr_module_add(m, "HttpParserInvalidStatusError", invalid_status_error);
    tr_module_add(m, "HttpParserInvalidMethodError", invalid_method_error);
    tr_module_add(m, "HttpParserInvalidURLError", invalid_url_error);
    tr_module_add(m, "HttpParserUpgrade", upgrade_error);
    tr_module_add(m, "HttpRequestParser", (TrValue)&request_parser_type);
    tr_module_add(m, "HttpResponseParser", (TrValue)&response_parser_type);
    return m;
}
