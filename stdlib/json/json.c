/* json.c — the `json` module: dumps/dump/loads/load, JSONEncoder, JSONDecoder and
 * JSONDecodeError, with CPython 3.11's output and error texts.
 *
 * Decoding is a transcription of CPython's C scanner (_json.c: scan_once,
 * _parse_object, _parse_array, scanstring, _match_number) over the UTF-8 bytes of the
 * document, so results, hooks and JSONDecodeError messages are CPython's; error
 * positions are converted to code points.  Encoding follows c_make_encoder and
 * _make_iterencode (float.__repr__, int.__repr__, separators, indent, sort_keys,
 * ensure_ascii's lower-case \uXXXX with surrogate pairs, default=, markers for
 * circular references).
 *
 * No Jansson: DESIGN.md names it for json, but its encoder cannot give CPython's text
 * (%.17g floats, 64-bit ints, upper-case \u escapes, no default=), and as the parser
 * (tried first, with this scanner as the fallback for every document it rejects) it
 * made json.loads 1.7x slower than this scanner alone: its tree of malloc'ed nodes is
 * built and then copied into Python objects.  docs/modules/json.md has the numbers. */
#include "tr.h"
#include <math.h>
#include <stdlib.h>

static TrType *decode_error_type; /* json.JSONDecodeError */
static TrValue encoder_class, decoder_class;

/* ================================================================ encoding */

typedef struct Enc {
    TrBuf out;
    bool skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys;
    TrValue indent;          /* str or 0 */
    TrValue item_sep, key_sep;
    TrValue default_fn;      /* called for unknown objects, or 0 (TypeError) */
    TrValue markers;         /* dict id -> object, or 0 */
    int level;
} Enc;

static const char hexd[] = "0123456789abcdef";

static void add_u(TrBuf *b, unsigned c) {
    char e[6] = {'\\', 'u', hexd[(c >> 12) & 15], hexd[(c >> 8) & 15], hexd[(c >> 4) & 15], hexd[c & 15]};
    tr_buf_add(b, e, 6);
}

/* encode_basestring(_ascii): a str as a JSON string literal */
static void encode_str(TrBuf *b, const char *s, size_t n, bool ascii) {
    tr_buf_addc(b, '"');
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c >= ' ' && c < 0x7f && c != '"' && c != '\\') {
            size_t j = i + 1;
            while (j < n && (unsigned char)s[j] >= ' ' && (unsigned char)s[j] < 0x7f && s[j] != '"' && s[j] != '\\') j++;
            tr_buf_add(b, s + i, j - i);
            i = j;
            continue;
        }
        switch (c) {
        case '"': tr_buf_add(b, "\\\"", 2); i++; continue;
        case '\\': tr_buf_add(b, "\\\\", 2); i++; continue;
        case '\n': tr_buf_add(b, "\\n", 2); i++; continue;
        case '\r': tr_buf_add(b, "\\r", 2); i++; continue;
        case '\t': tr_buf_add(b, "\\t", 2); i++; continue;
        case '\b': tr_buf_add(b, "\\b", 2); i++; continue;
        case '\f': tr_buf_add(b, "\\f", 2); i++; continue;
        }
        if (c < 0x20) { add_u(b, c); i++; continue; }
        if (c == 0x7f) {
            if (ascii) add_u(b, c);
            else tr_buf_addc(b, (char)c);
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = tr_utf8_decode(s + i, &cp);
        if (!k) k = 1;
        if (!ascii) tr_buf_add(b, s + i, k);
        else if (cp >= 0x10000) {
            cp -= 0x10000;
            add_u(b, 0xd800 | (cp >> 10));
            add_u(b, 0xdc00 | (cp & 0x3ff));
        } else add_u(b, cp);
        i += k;
    }
    tr_buf_addc(b, '"');
}

/* float.__repr__ with JSON's names for the non-finite values */
static int encode_float(Enc *e, double d) {
    if (isnan(d) || isinf(d)) {
        if (!e->allow_nan) {
            tr_err(TR_EXC_TYPE(ValueError), "Out of range float values are not JSON compliant");
            return -1;
        }
        tr_buf_adds(&e->out, isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity");
        return 0;
    }
    char buf[64];
    size_t n = tr_double_repr(d, buf, sizeof buf);
    tr_buf_add(&e->out, buf, n);
    return 0;
}

static int encode_int(Enc *e, TrValue v) {
    if (TR_IS_SMALL(v)) {
        char buf[24], *p = buf + sizeof buf;
        intptr_t i = TR_SMALL_VAL(v);
        uintptr_t u = i < 0 ? -(uintptr_t)i : (uintptr_t)i;
        do *--p = (char)('0' + u % 10); while (u /= 10);
        if (i < 0) *--p = '-';
        tr_buf_add(&e->out, p, (size_t)(buf + sizeof buf - p));
        return 0;
    }
    TrValue s = tr_int_to_str_base(v, 10); /* int.__repr__: also for subclasses */
    if (!s) return -1;
    tr_buf_add(&e->out, tr_str_cstr(s), TR_STR(s)->len);
    return 0;
}

static void add_newline_indent(Enc *e) {
    tr_buf_addc(&e->out, '\n');
    for (int i = 0; i < e->level; i++) tr_buf_add(&e->out, tr_str_cstr(e->indent), TR_STR(e->indent)->len);
}

static void add_str_value(TrBuf *b, TrValue s) { tr_buf_add(b, tr_str_cstr(s), TR_STR(s)->len); }

static int encode(Enc *e, TrValue o);

/* a circular-reference marker for container o: -1 if already being encoded */
static int mark(Enc *e, TrValue o, TrValue *key) {
    if (!e->markers) return 0;
    *key = tr_int_from_u64((uintptr_t)o);
    if (tr_dict_get(e->markers, *key)) {
        tr_err(TR_EXC_TYPE(ValueError), "Circular reference detected");
        return -1;
    }
    return tr_dict_set(e->markers, *key, o);
}

static void unmark(Enc *e, TrValue key) {
    if (e->markers && key) tr_dict_del(e->markers, key);
}

static int enter(void) {
    if (!tr_recursion_enter()) return 0;
    tr_err_clear();
    tr_err(TR_EXC_TYPE(RecursionError), "maximum recursion depth exceeded while encoding a JSON object");
    return -1;
}

static int encode_list(Enc *e, TrValue o) {
    TrValue items = tr_list_check(o) || tr_tuple_check(o) ? o : 0;
    size_t n = tr_list_check(o) ? TR_LIST(o)->len : TR_TUPLE(o)->len;
    (void)items;
    if (!n) { tr_buf_add(&e->out, "[]", 2); return 0; }
    TrValue key = 0;
    if (mark(e, o, &key) < 0 || enter() < 0) return -1;
    tr_buf_addc(&e->out, '[');
    if (e->indent) { e->level++; add_newline_indent(e); }
    for (size_t i = 0;; i++) {
        size_t len = tr_list_check(o) ? TR_LIST(o)->len : TR_TUPLE(o)->len; /* a list may shrink */
        if (i >= len) break;
        if (i) {
            add_str_value(&e->out, e->item_sep);
            if (e->indent) add_newline_indent(e);
        }
        TrValue v = tr_list_check(o) ? tr_list_items(TR_LIST(o))[i] : TR_TUPLE(o)->items[i];
        if (encode(e, v) < 0) { tr_recursion_leave(); return -1; }
    }
    if (e->indent) { e->level--; add_newline_indent(e); }
    tr_buf_addc(&e->out, ']');
    tr_recursion_leave();
    unmark(e, key);
    return 0;
}

/* a dict key as a JSON string: 0 = written, 1 = skipped, -1 = error */
static int encode_key(Enc *e, TrValue k) {
    if (tr_str_check(k)) { encode_str(&e->out, tr_str_cstr(k), TR_STR(k)->len, e->ensure_ascii); return 0; }
    Enc sub = *e;
    tr_buf_init(&sub.out);
    if (tr_float_check(k)) {
        if (encode_float(&sub, TR_FLOAT_VAL(k)) < 0) return -1;
    } else if (k == tr_True) tr_buf_adds(&sub.out, "true");
    else if (k == tr_False) tr_buf_adds(&sub.out, "false");
    else if (k == tr_None) tr_buf_adds(&sub.out, "null");
    else if (tr_int_check(k)) {
        if (encode_int(&sub, k) < 0) return -1;
    } else if (e->skipkeys) return 1;
    else {
        tr_err(TR_EXC_TYPE(TypeError), "keys must be str, int, float, bool or None, not %s", TR_TYPE_NAME(k));
        return -1;
    }
    tr_buf_addc(&e->out, '"');
    tr_buf_add(&e->out, sub.out.data, sub.out.len);
    tr_buf_addc(&e->out, '"');
    return 0;
}

static int encode_dict(Enc *e, TrValue o) {
    if (!tr_dict_len(o)) { tr_buf_add(&e->out, "{}", 2); return 0; }
    TrValue key = 0;
    if (mark(e, o, &key) < 0 || enter() < 0) return -1;
    TrValue items = tr_list_new(tr_dict_len(o));
    size_t pos = 0;
    TrValue k, v;
    while (tr_dict_next(o, &pos, &k, &v)) tr_list_append(items, tr_tuple_pack(2, k, v));
    if (e->sort_keys && tr_list_sort(items, 0, 0) < 0) { tr_recursion_leave(); return -1; }
    tr_buf_addc(&e->out, '{');
    if (e->indent) { e->level++; add_newline_indent(e); }
    bool first = true;
    for (size_t i = 0; i < TR_LIST(items)->len; i++) {
        TrValue kv = tr_list_items(TR_LIST(items))[i];
        size_t mark_len = e->out.len;
        if (!first) {
            add_str_value(&e->out, e->item_sep);
            if (e->indent) add_newline_indent(e);
        }
        int r = encode_key(e, TR_TUPLE(kv)->items[0]);
        if (r < 0) { tr_recursion_leave(); return -1; }
        if (r == 1) { e->out.len = mark_len; continue; }
        first = false;
        add_str_value(&e->out, e->key_sep);
        if (encode(e, TR_TUPLE(kv)->items[1]) < 0) { tr_recursion_leave(); return -1; }
    }
    if (e->indent) { e->level--; add_newline_indent(e); }
    tr_buf_addc(&e->out, '}');
    tr_recursion_leave();
    unmark(e, key);
    return 0;
}

static int encode(Enc *e, TrValue o) {
    if (tr_str_check(o)) { encode_str(&e->out, tr_str_cstr(o), TR_STR(o)->len, e->ensure_ascii); return 0; }
    if (o == tr_None) { tr_buf_add(&e->out, "null", 4); return 0; }
    if (o == tr_True) { tr_buf_add(&e->out, "true", 4); return 0; }
    if (o == tr_False) { tr_buf_add(&e->out, "false", 5); return 0; }
    if (tr_int_check(o)) return encode_int(e, o);
    if (tr_float_check(o)) return encode_float(e, TR_FLOAT_VAL(o));
    if (tr_list_check(o) || tr_tuple_check(o)) return encode_list(e, o);
    if (tr_dict_check(o)) return encode_dict(e, o);
    if (!e->default_fn)
        return tr_err(TR_EXC_TYPE(TypeError), "Object of type %s is not JSON serializable", TR_TYPE_NAME(o)) ? 0 : -1;
    TrValue key = 0;
    if (mark(e, o, &key) < 0) return -1;
    TrValue r = tr_call1(e->default_fn, o);
    if (!r) return -1;
    if (enter() < 0) return -1;
    int rc = encode(e, r);
    tr_recursion_leave();
    if (rc < 0) return -1;
    unmark(e, key);
    return 0;
}

/* the options of dumps()/JSONEncoder(): the values given (0: default) */
enum { O_SKIPKEYS, O_ENSURE_ASCII, O_CHECK_CIRCULAR, O_ALLOW_NAN, O_INDENT, O_SEPARATORS, O_DEFAULT, O_SORT_KEYS, O_N };

static int truth_opt(TrValue v, bool dflt, bool *out) {
    if (!v) { *out = dflt; return 0; }
    int t = tr_truthy(v);
    if (t < 0) return -1;
    *out = t;
    return 0;
}

static int enc_setup(Enc *e, TrValue *opt) {
    memset(e, 0, sizeof *e);
    tr_buf_init(&e->out);
    if (truth_opt(opt[O_SKIPKEYS], false, &e->skipkeys) < 0 || truth_opt(opt[O_ENSURE_ASCII], true, &e->ensure_ascii) < 0 ||
        truth_opt(opt[O_CHECK_CIRCULAR], true, &e->check_circular) < 0 || truth_opt(opt[O_ALLOW_NAN], true, &e->allow_nan) < 0 ||
        truth_opt(opt[O_SORT_KEYS], false, &e->sort_keys) < 0)
        return -1;
    TrValue ind = opt[O_INDENT];
    if (ind && ind != tr_None) {
        if (tr_str_check(ind)) e->indent = ind;
        else { /* ' ' * indent */
            int64_t n;
            if (tr_index(ind, &n) < 0) return -1;
            char *sp = tr_alloc_atomic(n > 0 ? (size_t)n + 1 : 1);
            if (n > 0) memset(sp, ' ', (size_t)n);
            e->indent = tr_str_new(sp, n > 0 ? (size_t)n : 0);
        }
    }
    TrValue sep = opt[O_SEPARATORS];
    if (sep && sep != tr_None) {
        TrValue parts[2];
        if (tr_unpack(sep, 2, parts) < 0) return -1;
        for (int i = 1; i >= 0; i--) /* make_encoder(..., key_separator, item_separator, ...) */
            if (!tr_str_check(parts[i])) {
                tr_err(TR_EXC_TYPE(TypeError), "make_encoder() argument %d must be str, not %s", 6 - i, TR_TYPE_NAME(parts[i]));
                return -1;
            }
        e->item_sep = parts[0];
        e->key_sep = parts[1];
    } else {
        e->item_sep = tr_str_from_cstr(e->indent ? "," : ", ");
        e->key_sep = tr_str_from_cstr(": ");
    }
    e->default_fn = opt[O_DEFAULT] && opt[O_DEFAULT] != tr_None ? opt[O_DEFAULT] : 0;
    e->markers = e->check_circular ? tr_dict_new() : 0;
    return 0;
}

static TrValue run_encoder(Enc *e, TrValue obj) {
    if (encode(e, obj) < 0) return 0;
    return tr_buf_finish(&e->out);
}

static const char *const dumps_kw[] = {"obj", "$skipkeys", "$ensure_ascii", "$check_circular", "$allow_nan", "$cls",
                                       "$indent", "$separators", "$default", "$sort_keys", NULL};

/* dumps's keyword arguments: known ones into a[] (a[0] obj), cls separately */
static TrValue dumps_impl(TrValue obj, TrValue *a, TrValue cls) {
    TrValue opt[O_N] = {a[1], a[2], a[3], a[4], a[6], a[7], a[8], a[9]};
    if (cls && cls != tr_None) {
        /* cls(skipkeys=..., ...).encode(obj), every option passed as CPython does */
        static const char *const names[] = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent",
                                            "separators", "default", "sort_keys"};
        const TrValue dflt[O_N] = {tr_False, tr_True, tr_True, tr_True, tr_None, tr_None, tr_None, tr_False};
        TrValue kwvals[O_N], kwn = tr_tuple_new(O_N);
        for (int i = 0; i < O_N; i++) {
            TR_TUPLE(kwn)->items[i] = tr_str_intern(names[i]);
            kwvals[i] = opt[i] ? opt[i] : dflt[i];
        }
        TrValue inst = tr_call(cls, kwvals, 0, kwn);
        if (!inst) return 0;
        return tr_call_method_cstr(inst, "encode", 1, obj);
    }
    Enc e;
    if (enc_setup(&e, opt) < 0) return 0;
    return run_encoder(&e, obj);
}

static TrValue py_dumps(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[10];
    if (tr_parse_args("dumps", args, nargs, kwnames, dumps_kw, 1, a) < 0) return 0;
    return dumps_impl(a[0], a, a[5]);
}

static TrValue py_dump(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"obj", "fp", "$skipkeys", "$ensure_ascii", "$check_circular", "$allow_nan", "$cls",
                                     "$indent", "$separators", "$default", "$sort_keys", NULL};
    TrValue a[11];
    if (tr_parse_args("dump", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    TrValue b[10] = {a[0], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10]};
    TrValue s = dumps_impl(a[0], b, a[6]);
    if (!s) return 0;
    return tr_call_method_cstr(a[1], "write", 1, s) ? tr_None : 0;
}

/* ---------------------------------------------------------------- JSONEncoder */

static const char *const encoder_kw[] = {"self", "$skipkeys", "$ensure_ascii", "$check_circular", "$allow_nan",
                                         "$sort_keys", "$indent", "$separators", "$default", NULL};

static TrValue encoder_init(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[9];
    if (tr_parse_args("__init__", args, nargs, kwnames, encoder_kw, 1, a) < 0) return 0;
    TrValue self = a[0];
    const char *names[] = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent"};
    TrValue dflt[] = {tr_False, tr_True, tr_True, tr_True, tr_False, tr_None};
    for (int i = 0; i < 6; i++)
        if (tr_setattr(self, tr_str_intern(names[i]), a[i + 1] ? a[i + 1] : dflt[i]) < 0) return 0;
    TrValue item = tr_str_from_cstr(", "), key = tr_str_from_cstr(": ");
    if (a[7] && a[7] != tr_None) {
        TrValue parts[2];
        if (tr_unpack(a[7], 2, parts) < 0) return 0;
        item = parts[0], key = parts[1];
    } else if (a[6] && a[6] != tr_None) item = tr_str_from_cstr(",");
    if (tr_setattr(self, TR_INTERN("item_separator"), item) < 0 || tr_setattr(self, TR_INTERN("key_separator"), key) < 0)
        return 0;
    if (a[8] && a[8] != tr_None && tr_setattr(self, TR_INTERN("default"), a[8]) < 0) return 0;
    return tr_None;
}

static TrValue encoder_default(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("default", nargs, 2, 2) < 0) return 0;
    return tr_err(TR_EXC_TYPE(TypeError), "Object of type %s is not JSON serializable", TR_TYPE_NAME(args[1]));
}

static TrValue encoder_encode(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("encode", nargs, 2, 2) < 0) return 0;
    TrValue self = args[0];
    const char *names[] = {"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent", "item_separator",
                           "default", "sort_keys"};
    TrValue opt[O_N];
    for (int i = 0; i < O_N; i++)
        if (!(opt[i] = tr_getattr_cstr(self, names[i]))) return 0;
    TrValue key_sep = tr_getattr_cstr(self, "key_separator");
    if (!key_sep) return 0;
    opt[O_SEPARATORS] = tr_tuple_pack(2, opt[O_SEPARATORS], key_sep);
    Enc e;
    if (enc_setup(&e, opt) < 0) return 0;
    return run_encoder(&e, args[1]);
}

static TrValue encoder_iterencode(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("iterencode", nargs, 2, 3) < 0) return 0;
    TrValue s = tr_call_method_cstr(args[0], "encode", 1, args[1]);
    return s ? tr_iter(tr_list_from(&s, 1)) : 0;
}

/* ================================================================ decoding */

typedef struct Dec {
    const char *s;           /* the document, UTF-8 */
    size_t n;
    TrValue doc;             /* the str, for JSONDecodeError */
    bool strict;
    TrValue object_hook, object_pairs_hook, parse_float, parse_int, parse_constant; /* 0: none */
    TrValue memo;
} Dec;

/* JSONDecodeError(msg, doc, pos) raised, pos a byte offset into d->s */
static int dec_error(Dec *d, const char *msg, size_t pos) {
    size_t cpos = 0;
    for (size_t i = 0; i < pos && i < d->n; i++)
        if (((unsigned char)d->s[i] & 0xc0) != 0x80) cpos++;
    TrValue args[3] = {tr_str_from_cstr(msg), d->doc, tr_int_from_u64(cpos)};
    TrValue exc = tr_call((TrValue)decode_error_type, args, 3, 0);
    if (exc) tr_raise(exc);
    return -1;
}

/* the StopIteration of CPython's scanner: "Expecting value" where no value starts */
#define EXPECTING_VALUE(d, pos) dec_error(d, "Expecting value", pos)

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static size_t skip_ws(Dec *d, size_t i) {
    while (i < d->n && is_ws(d->s[i])) i++;
    return i;
}

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* the text of a \uXXXX at p (4 hex digits), or -1 */
static long hex4(const char *p) {
    long c = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(p[k]);
        if (h < 0) return -1;
        c = c << 4 | h;
    }
    return c;
}

/* scanstring: end is the index after the opening quote; *out the str, *next after the
 * closing quote.  Positions are bytes; the checks count characters as CPython's do
 * only where the difference cannot matter (escapes are ASCII). */
static int scanstring(Dec *d, size_t end, TrValue *out, size_t *next_out) {
    size_t begin = end - 1;
    TrBuf b;
    tr_buf_init(&b);
    size_t next;
    for (;;) {
        char c = 0;
        for (next = end; next < d->n; next++) {
            c = d->s[next];
            if (c == '"' || c == '\\') break;
            if ((unsigned char)c <= 0x1f && d->strict) return dec_error(d, "Invalid control character at", next);
        }
        if (next == d->n) c = 0;
        if (next > end) tr_buf_add(&b, d->s + end, next - end);
        if (c == '"') { end = next + 1; break; }
        if (next == d->n) return dec_error(d, "Unterminated string starting at", begin);
        next++; /* the backslash */
        if (next == d->n) return dec_error(d, "Unterminated string starting at", begin);
        c = d->s[next];
        if (c != 'u') {
            end = next + 1;
            char r;
            switch (c) {
            case '"': r = '"'; break;
            case '\\': r = '\\'; break;
            case '/': r = '/'; break;
            case 'b': r = '\b'; break;
            case 'f': r = '\f'; break;
            case 'n': r = '\n'; break;
            case 'r': r = '\r'; break;
            case 't': r = '\t'; break;
            default: return dec_error(d, "Invalid \\escape", end - 2);
            }
            tr_buf_addc(&b, r);
            continue;
        }
        next++;
        end = next + 4;
        if (end >= d->n) return dec_error(d, "Invalid \\uXXXX escape", next - 1);
        long cp = hex4(d->s + next);
        if (cp < 0) return dec_error(d, "Invalid \\uXXXX escape", end - 5);
        next = end;
        if (cp >= 0xd800 && cp <= 0xdbff && end + 6 < d->n && d->s[next] == '\\' && d->s[next + 1] == 'u') {
            long c2 = hex4(d->s + next + 2);
            if (c2 < 0) return dec_error(d, "Invalid \\uXXXX escape", end + 6 - 5);
            if (c2 >= 0xdc00 && c2 <= 0xdfff) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (c2 - 0xdc00);
                end += 6;
            }
        }
        char u[4];
        tr_buf_add(&b, u, tr_utf8_encode((uint32_t)cp, u));
    }
    *next_out = end;
    *out = b.len ? tr_str_new(b.data, b.len) : tr_str_from_cstr("");
    return *out ? 0 : -1;
}

static int scan_once(Dec *d, size_t idx, TrValue *out, size_t *next);

static int dec_enter(const char *what) {
    if (!tr_recursion_enter()) return 0;
    tr_err_clear();
    tr_err(TR_EXC_TYPE(RecursionError), "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what);
    return -1;
}

static int parse_object(Dec *d, size_t idx, TrValue *out, size_t *next_out) {
    TrValue pairs = d->object_pairs_hook ? tr_list_new(0) : 0;
    TrValue dict = pairs ? 0 : tr_dict_new();
    idx = skip_ws(d, idx);
    if (idx >= d->n || d->s[idx] != '}') {
        for (;;) {
            if (idx >= d->n || d->s[idx] != '"')
                return dec_error(d, "Expecting property name enclosed in double quotes", idx);
            TrValue key, val;
            size_t next;
            if (scanstring(d, idx + 1, &key, &next) < 0) return -1;
            TrValue memo = tr_dict_get(d->memo, key);
            if (memo) key = memo;
            else tr_dict_set(d->memo, key, key);
            idx = skip_ws(d, next);
            if (idx >= d->n || d->s[idx] != ':') return dec_error(d, "Expecting ':' delimiter", idx);
            idx = skip_ws(d, idx + 1);
            if (scan_once(d, idx, &val, &next) < 0) return -1;
            if (pairs) tr_list_append(pairs, tr_tuple_pack(2, key, val));
            else if (tr_dict_set(dict, key, val) < 0) return -1;
            idx = skip_ws(d, next);
            if (idx < d->n && d->s[idx] == '}') break;
            if (idx >= d->n || d->s[idx] != ',') return dec_error(d, "Expecting ',' delimiter", idx);
            idx = skip_ws(d, idx + 1);
        }
    }
    *next_out = idx + 1;
    if (pairs) *out = tr_call1(d->object_pairs_hook, pairs);
    else if (d->object_hook) *out = tr_call1(d->object_hook, dict);
    else *out = dict;
    return *out ? 0 : -1;
}

static int parse_array(Dec *d, size_t idx, TrValue *out, size_t *next_out) {
    TrValue list = tr_list_new(0);
    idx = skip_ws(d, idx);
    if (idx >= d->n || d->s[idx] != ']') {
        for (;;) {
            TrValue val;
            size_t next;
            if (scan_once(d, idx, &val, &next) < 0) return -1;
            tr_list_append(list, val);
            idx = skip_ws(d, next);
            if (idx < d->n && d->s[idx] == ']') break;
            if (idx >= d->n || d->s[idx] != ',') return dec_error(d, "Expecting ',' delimiter", idx);
            idx = skip_ws(d, idx + 1);
        }
    }
    *next_out = idx + 1;
    *out = list;
    return 0;
}

static int constant(Dec *d, const char *name, double v, TrValue *out) {
    if (d->parse_constant) *out = tr_call1(d->parse_constant, tr_str_from_cstr(name));
    else *out = tr_float_new(v);
    return *out ? 0 : -1;
}

static int match_number(Dec *d, size_t start, TrValue *out, size_t *next_out) {
    size_t idx = start, end_idx = d->n - 1;
    const char *s = d->s;
    bool is_float = false;
    if (s[idx] == '-') {
        idx++;
        if (idx > end_idx) return EXPECTING_VALUE(d, start);
    }
    if (s[idx] >= '1' && s[idx] <= '9') {
        idx++;
        while (idx <= end_idx && s[idx] >= '0' && s[idx] <= '9') idx++;
    } else if (s[idx] == '0') idx++;
    else return EXPECTING_VALUE(d, start);
    if (idx < end_idx && s[idx] == '.' && s[idx + 1] >= '0' && s[idx + 1] <= '9') {
        is_float = true;
        idx += 2;
        while (idx <= end_idx && s[idx] >= '0' && s[idx] <= '9') idx++;
    }
    if (idx < end_idx && (s[idx] == 'e' || s[idx] == 'E')) {
        size_t e_start = idx;
        idx++;
        if (idx < end_idx && (s[idx] == '-' || s[idx] == '+')) idx++;
        while (idx <= end_idx && s[idx] >= '0' && s[idx] <= '9') idx++;
        if (s[idx - 1] >= '0' && s[idx - 1] <= '9') is_float = true;
        else idx = e_start;
    }
    size_t len = idx - start;
    TrValue hook = is_float ? d->parse_float : d->parse_int;
    if (hook) *out = tr_call1(hook, tr_str_new(s + start, len));
    else if (is_float) {
        char buf[64], *p = len < sizeof buf ? buf : tr_alloc_atomic(len + 1);
        memcpy(p, s + start, len);
        p[len] = 0;
        *out = tr_float_new(strtod(p, NULL));
    } else *out = tr_int_from_string(s + start, len, 10);
    *next_out = idx;
    return *out ? 0 : -1;
}

static bool at(Dec *d, size_t idx, const char *word) {
    size_t n = strlen(word);
    return idx + n <= d->n && !memcmp(d->s + idx, word, n);
}

static int scan_once(Dec *d, size_t idx, TrValue *out, size_t *next) {
    if (idx >= d->n) return EXPECTING_VALUE(d, idx);
    switch (d->s[idx]) {
    case '"': return scanstring(d, idx + 1, out, next);
    case '{': {
        if (dec_enter("object") < 0) return -1;
        int r = parse_object(d, idx + 1, out, next);
        tr_recursion_leave();
        return r;
    }
    case '[': {
        if (dec_enter("array") < 0) return -1;
        int r = parse_array(d, idx + 1, out, next);
        tr_recursion_leave();
        return r;
    }
    case 'n':
        if (at(d, idx, "null")) { *out = tr_None; *next = idx + 4; return 0; }
        break;
    case 't':
        if (at(d, idx, "true")) { *out = tr_True; *next = idx + 4; return 0; }
        break;
    case 'f':
        if (at(d, idx, "false")) { *out = tr_False; *next = idx + 5; return 0; }
        break;
    case 'N':
        if (at(d, idx, "NaN")) { *next = idx + 3; return constant(d, "NaN", NAN, out); }
        break;
    case 'I':
        if (at(d, idx, "Infinity")) { *next = idx + 8; return constant(d, "Infinity", INFINITY, out); }
        break;
    case '-':
        if (at(d, idx, "-Infinity")) { *next = idx + 9; return constant(d, "-Infinity", -INFINITY, out); }
        break;
    }
    return match_number(d, idx, out, next);
}

/* ---------------------------------------------------------------- decode entry points */

/* raw_decode(s, idx): (obj, end), end a code point index */
static int raw_decode(Dec *d, size_t idx, TrValue *out, size_t *end) {
    d->memo = tr_dict_new();
    return scan_once(d, idx, out, end);
}

static size_t char_index(Dec *d, size_t byte) {
    size_t c = 0;
    for (size_t i = 0; i < byte && i < d->n; i++)
        if (((unsigned char)d->s[i] & 0xc0) != 0x80) c++;
    return c;
}

static TrValue decode_doc(Dec *d) {
    TrValue obj;
    size_t end;
    if (raw_decode(d, skip_ws(d, 0), &obj, &end) < 0) return 0;
    end = skip_ws(d, end);
    if (end != d->n) { dec_error(d, "Extra data", end); return 0; }
    return obj;
}

static int dec_from_str(Dec *d, TrValue s) {
    d->doc = s;
    d->s = tr_str_cstr(s);
    d->n = TR_STR(s)->len;
    return 0;
}

static TrValue hook_or_0(TrValue v) { return v && v != tr_None ? v : 0; }

static const char *const loads_kw[] = {"s", "$cls", "$object_hook", "$parse_float", "$parse_int", "$parse_constant",
                                       "$object_pairs_hook", "$strict", NULL};

static TrValue loads_impl(TrValue s, TrValue *a) {
    if (tr_str_check(s)) {
        if (TR_STR(s)->len >= 3 && !memcmp(tr_str_cstr(s), "\xef\xbb\xbf", 3)) {
            Dec d = {0};
            dec_from_str(&d, s);
            dec_error(&d, "Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
            return 0;
        }
    } else if (tr_bytes_check(s) || tr_isinstance_type(s, &tr_bytearray_type)) {
        size_t n;
        const char *p = tr_buffer_view(s, &n);
        if (n >= 3 && !memcmp(p, "\xef\xbb\xbf", 3)) p += 3, n -= 3; /* utf-8-sig */
        TrValue str = tr_call_method_cstr(tr_bytes_new(p, n), "decode", 2, tr_str_from_cstr("utf-8"),
                                          tr_str_from_cstr("surrogatepass"));
        if (!str) return 0;
        s = str;
    } else
        return tr_err(TR_EXC_TYPE(TypeError), "the JSON object must be str, bytes or bytearray, not %s", TR_TYPE_NAME(s));
    TrValue cls = hook_or_0(a[1]);
    if (cls) { /* cls(**kw).decode(s) */
        static const char *const names[] = {"object_hook", "parse_float", "parse_int", "parse_constant",
                                            "object_pairs_hook", "strict"};
        TrValue vals[6], kwn = tr_tuple_new(0);
        size_t k = 0;
        TrValue keys[6];
        for (int i = 0; i < 6; i++)
            if (a[i + 2]) { keys[k] = tr_str_intern(names[i]); vals[k++] = a[i + 2]; }
        kwn = tr_tuple_from(keys, k);
        TrValue inst = tr_call(cls, vals, 0, k ? kwn : 0);
        if (!inst) return 0;
        return tr_call_method_cstr(inst, "decode", 1, s);
    }
    Dec d = {0};
    dec_from_str(&d, s);
    d.object_hook = hook_or_0(a[2]);
    d.parse_float = hook_or_0(a[3]);
    d.parse_int = hook_or_0(a[4]);
    d.parse_constant = hook_or_0(a[5]);
    d.object_pairs_hook = hook_or_0(a[6]);
    d.strict = true;
    if (a[7]) {
        int t = tr_truthy(a[7]);
        if (t < 0) return 0;
        d.strict = t;
    }
    return decode_doc(&d);
}

static TrValue py_loads(TrValue *args, size_t nargs, TrValue kwnames) {
    TrValue a[8];
    if (tr_parse_args("loads", args, nargs, kwnames, loads_kw, 1, a) < 0) return 0;
    return loads_impl(a[0], a);
}

static TrValue py_load(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"fp", "$cls", "$object_hook", "$parse_float", "$parse_int", "$parse_constant",
                                     "$object_pairs_hook", "$strict", NULL};
    TrValue a[8];
    if (tr_parse_args("load", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    TrValue s = tr_call_method_cstr(a[0], "read", 0);
    return s ? loads_impl(s, a) : 0;
}

/* ---------------------------------------------------------------- JSONDecoder */

static TrValue decoder_init(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"self", "$object_hook", "$parse_float", "$parse_int", "$parse_constant", "$strict",
                                     "$object_pairs_hook", NULL};
    TrValue a[7];
    if (tr_parse_args("__init__", args, nargs, kwnames, kw, 1, a) < 0) return 0;
    const char *names[] = {"object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"};
    for (int i = 0; i < 6; i++)
        if (tr_setattr(a[0], tr_str_intern(names[i]), a[i + 1] ? a[i + 1] : i == 4 ? tr_True : tr_None) < 0) return 0;
    return tr_None;
}

static int decoder_setup(TrValue self, Dec *d, TrValue s) {
    memset(d, 0, sizeof *d);
    if (!tr_str_check(s)) {
        tr_err(TR_EXC_TYPE(TypeError), "first argument must be a string, not %s", TR_TYPE_NAME(s));
        return -1;
    }
    dec_from_str(d, s);
    TrValue v[6];
    const char *names[] = {"object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"};
    for (int i = 0; i < 6; i++)
        if (!(v[i] = tr_getattr_cstr(self, names[i]))) return -1;
    d->object_hook = hook_or_0(v[0]);
    /* float / int as hooks are the defaults */
    d->parse_float = v[1] == (TrValue)&tr_float_type ? 0 : hook_or_0(v[1]);
    d->parse_int = v[2] == (TrValue)&tr_int_type ? 0 : hook_or_0(v[2]);
    d->parse_constant = hook_or_0(v[3]);
    int t = tr_truthy(v[4]);
    if (t < 0) return -1;
    d->strict = t;
    d->object_pairs_hook = hook_or_0(v[5]);
    return 0;
}

static TrValue decoder_decode(TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_check_nargs("decode", nargs, 2, 2) < 0) return 0;
    Dec d;
    if (decoder_setup(args[0], &d, args[1]) < 0) return 0;
    return decode_doc(&d);
}

static TrValue decoder_raw_decode(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"self", "s", "idx", NULL};
    TrValue a[3];
    if (tr_parse_args("raw_decode", args, nargs, kwnames, kw, 2, a) < 0) return 0;
    Dec d;
    if (decoder_setup(a[0], &d, a[1]) < 0) return 0;
    int64_t idx = 0;
    if (a[2] && tr_index(a[2], &idx) < 0) return 0;
    /* a code point index to a byte offset */
    size_t b = 0;
    for (int64_t c = 0; c < idx && b < d.n; c++) {
        b++;
        while (b < d.n && ((unsigned char)d.s[b] & 0xc0) == 0x80) b++;
    }
    if (idx < 0) return tr_err(TR_EXC_TYPE(ValueError), "idx cannot be negative");
    TrValue obj;
    size_t end;
    if (raw_decode(&d, b, &obj, &end) < 0) return 0;
    return tr_tuple_pack(2, obj, tr_int_from_u64(char_index(&d, end)));
}

/* ---------------------------------------------------------------- JSONDecodeError */

static TrValue decode_error_init(TrValue *args, size_t nargs, TrValue kwnames) {
    static const char *const kw[] = {"self", "msg", "doc", "pos", NULL};
    TrValue a[4];
    if (tr_parse_args("__init__", args, nargs, kwnames, kw, 4, a) < 0) return 0;
    TrValue self = a[0], msg = a[1], doc = a[2], pos = a[3];
    int64_t p;
    if (tr_index(pos, &p) < 0) return 0;
    /* lineno = doc.count('\n', 0, pos) + 1; colno = pos - doc.rfind('\n', 0, pos) */
    TrValue lineno = TR_FROM_SMALL(1), colno = tr_int_from_i64(p + 1);
    if (tr_str_check(doc)) {
        const char *s = tr_str_cstr(doc);
        size_t n = TR_STR(doc)->len;
        int64_t line = 1, c = 0, last_nl = -1;
        for (size_t i = 0; i < n && c < p; i++) {
            if (((unsigned char)s[i] & 0xc0) == 0x80) continue;
            if (s[i] == '\n') { line++; last_nl = c; }
            c++;
        }
        lineno = tr_int_from_i64(line);
        colno = tr_int_from_i64(p - last_nl);
    }
    TrValue errmsg = tr_str_fmt("%S: line %S column %S (char %S)", msg, lineno, colno, pos);
    if (!errmsg) return 0;
    TR_EXC(self)->args = tr_tuple_pack(1, errmsg);
    if (tr_setattr(self, TR_INTERN("msg"), msg) < 0 || tr_setattr(self, TR_INTERN("doc"), doc) < 0 ||
        tr_setattr(self, TR_INTERN("pos"), pos) < 0 || tr_setattr(self, TR_INTERN("lineno"), lineno) < 0 ||
        tr_setattr(self, TR_INTERN("colno"), colno) < 0)
        return 0;
    return tr_None;
}

/* ---------------------------------------------------------------- module */

static const TrMethodDef json_functions[] = {
    {"dumps", py_dumps}, {"dump", py_dump}, {"loads", py_loads}, {"load", py_load}, {0},
};

/* class NAME(BASE) in module MODULE with C methods that bind to its instances */
static TrValue make_class(const char *name, TrType *base, const char *module, const TrMethodDef *methods) {
    TrValue ns = tr_dict_new();
    for (const TrMethodDef *m = methods; m->name; m++) tr_dict_set_str(ns, m->name, tr_builtin_new(m->name, m->fn));
    tr_dict_set_str(ns, "__module__", tr_str_from_cstr(module));
    tr_dict_set_str(ns, "__qualname__", tr_str_from_cstr(name));
    TrValue cls = tr_class_new(tr_str_from_cstr(name), tr_tuple_pack(1, (TrValue)base), ns, 0, 0);
    if (!cls) return 0;
    for (const TrMethodDef *m = methods; m->name; m++)
        ((TrBuiltin *)tr_type_lookup((TrType *)cls, tr_str_intern(m->name)))->owner = (TrType *)cls;
    for (const TrMethodDef *m = methods; m->name; m++) tr_class_update_slot((TrType *)cls, tr_str_intern(m->name));
    return cls;
}

static const TrMethodDef decode_error_methods[] = {{"__init__", decode_error_init}, {0}};
static const TrMethodDef encoder_methods[] = {
    {"__init__", encoder_init}, {"default", encoder_default}, {"encode", encoder_encode},
    {"iterencode", encoder_iterencode}, {0},
};
static const TrMethodDef decoder_methods[] = {
    {"__init__", decoder_init}, {"decode", decoder_decode}, {"raw_decode", decoder_raw_decode}, {0},
};

TrValue trmod_json_init(void) {
    static TrValue m;
    if (m) return m;
    m = tr_module_new("json", 0, NULL, NULL);
    tr_add_roots(&m, sizeof m);
    tr_add_roots(&encoder_class, sizeof encoder_class);
    tr_add_roots(&decoder_class, sizeof decoder_class);
    tr_add_roots(&decode_error_type, sizeof decode_error_type);
    tr_module_add_functions(m, json_functions);
    TrValue err = make_class("JSONDecodeError", TR_EXC_TYPE(ValueError), "json.decoder", decode_error_methods);
    if (!err) return 0;
    decode_error_type = (TrType *)err;
    if (!(encoder_class = make_class("JSONEncoder", &tr_object_type, "json.encoder", encoder_methods))) return 0;
    if (!(decoder_class = make_class("JSONDecoder", &tr_object_type, "json.decoder", decoder_methods))) return 0;
    tr_module_add(m, "JSONDecodeError", err);
    tr_module_add(m, "JSONEncoder", encoder_class);
    tr_module_add(m, "JSONDecoder", decoder_class);
    return m;
}
