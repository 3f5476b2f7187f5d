/* format.c — the format-spec mini-language shared by int/float/str __format__,
 * builtin format(), str.format/format_map field parsing, and printf-style `%`
 * formatting, with CPython 3.11's results and error texts. */
#include "tr.h"
#include <math.h>
#include <stdlib.h>

/* ---------------------------------------------------------------- specs */

typedef struct Spec {
    uint32_t fill;
    char align;      /* '<' '>' '^' '=' or 0 */
    char sign;       /* '+' '-' ' ' or 0 */
    bool alt, zero;
    int64_t width;   /* -1: none */
    char grouping;   /* ',' '_' or 0 */
    int64_t prec;    /* -1: none */
    char type;       /* 0: none */
} Spec;

static int parse_spec(TrValue specv, Spec *sp, const char *tname) {
    memset(sp, 0, sizeof *sp);
    sp->fill = ' ';
    sp->width = sp->prec = -1;
    if (!specv) return 0;
    const char *s = tr_str_cstr(specv), *end = s + TR_STR(specv)->len;
    uint32_t c0;
    size_t n0 = s < end ? tr_utf8_decode(s, &c0) : 0;
    if (s + n0 < end && strchr("<>^=", s[n0])) { sp->fill = c0; sp->align = s[n0]; s += n0 + 1; }
    else if (s < end && strchr("<>^=", *s)) sp->align = *s++;
    if (s < end && strchr("+- ", *s)) sp->sign = *s++;
    if (s < end && *s == 'z') s++;
    if (s < end && *s == '#') { sp->alt = true; s++; }
    if (s < end && *s == '0') { sp->zero = true; s++; }
    if (s < end && *s >= '0' && *s <= '9') { sp->width = 0; while (s < end && *s >= '0' && *s <= '9') sp->width = sp->width * 10 + (*s++ - '0'); }
    if (s < end && (*s == ',' || *s == '_')) sp->grouping = *s++;
    if (s < end && (*s == ',' || *s == '_')) { tr_err(TR_EXC_TYPE(ValueError), "Cannot specify both ',' and '_'."); return -1; }
    if (s < end && *s == '.') {
        s++;
        if (s >= end || *s < '0' || *s > '9') { tr_err(TR_EXC_TYPE(ValueError), "Format specifier missing precision"); return -1; }
        sp->prec = 0;
        while (s < end && *s >= '0' && *s <= '9') sp->prec = sp->prec * 10 + (*s++ - '0');
    }
    if (s < end) sp->type = *s++;
    if (s < end) { tr_err(TR_EXC_TYPE(ValueError), "Invalid format specifier '%s' for object of type '%s'", tr_str_cstr(specv), tname); return -1; }
    if (sp->zero && !sp->align) { sp->fill = '0'; sp->align = '='; }
    return 0;
}

/* Pad body (with its sign/prefix split off) to the spec's width. */
static TrValue pad_result(const Spec *sp, const char *prefix, const char *body, size_t body_len, char default_align) {
    size_t plen = strlen(prefix);
    size_t nchars = plen;
    for (size_t i = 0; i < body_len; i++) nchars += ((unsigned char)body[i] & 0xc0) != 0x80;
    char align = sp->align ? sp->align : default_align;
    size_t total = sp->width > (int64_t)nchars ? (size_t)sp->width - nchars : 0;
    char fill[4];
    size_t fl = tr_utf8_encode(sp->fill, fill);
    TrBuf b;
    tr_buf_init(&b);
    size_t left = align == '>' || align == '=' ? total : align == '^' ? total / 2 : 0;
    if (align == '=') {
        tr_buf_adds(&b, prefix);
        for (size_t i = 0; i < left; i++) tr_buf_add(&b, fill, fl);
    } else {
        for (size_t i = 0; i < left; i++) tr_buf_add(&b, fill, fl);
        tr_buf_adds(&b, prefix);
    }
    tr_buf_add(&b, body, body_len);
    for (size_t i = left; i < total; i++) tr_buf_add(&b, fill, fl);
    return tr_buf_finish(&b);
}

/* Insert grouping separators into the leading digit run of s. */
static void group_digits(TrBuf *out, const char *digits, size_t n, char sep, int every) {
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % (size_t)every == 0) tr_buf_addc(out, sep);
        tr_buf_addc(out, digits[i]);
    }
}

/* ---------------------------------------------------------------- floats */

static TrValue format_double(double d, const Spec *sp, bool from_int) {
    char type = sp->type;
    if (type && !strchr("eEfFgGn%", type)) {
        return tr_err(TR_EXC_TYPE(ValueError), "Unknown format code '%c' for object of type '%s'", type, from_int ? "int" : "float");
    }
    int64_t prec = sp->prec;
    char buf[512];
    bool neg = signbit(d) && !isnan(d);
    double a = fabs(d);
    if (type == '%') { a *= 100; }
    if (!isfinite(a)) {
        snprintf(buf, sizeof buf, "%s", isnan(a) ? "nan" : "inf");
        if (type && isupper((unsigned char)type)) for (char *p = buf; *p; p++) *p = (char)toupper((unsigned char)*p);
        if (type == '%') strcat(buf, "%");
    } else if (!type && prec < 0) {
        tr_double_repr(a, buf, sizeof buf);
        if (from_int) { char *dot = strstr(buf, ".0"); if (dot && !dot[2]) *dot = 0; }
    } else {
        char t = type ? type : 'g';
        if (t == 'n') t = 'g';
        if (t == '%') t = 'f';
        if (prec < 0) prec = 6;
        if (prec > 400) prec = 400;
        char fmt[16];
        snprintf(fmt, sizeof fmt, "%%%s.%d%c", sp->alt ? "#" : "", (int)prec, t);
        if ((t == 'g' || t == 'G') && prec == 0) snprintf(fmt, sizeof fmt, "%%%s.1%c", sp->alt ? "#" : "", t);
        snprintf(buf, sizeof buf, fmt, a);
        if (!type && !strpbrk(buf, ".eE") ) strcat(buf, ".0");
        if (type == '%') strcat(buf, "%");
    }
    const char *signs = neg ? "-" : sp->sign == '+' ? "+" : sp->sign == ' ' ? " " : "";
    TrBuf body;
    tr_buf_init(&body);
    if (sp->grouping && isfinite(a)) {
        size_t nd = strspn(buf, "0123456789");
        group_digits(&body, buf, nd, sp->grouping, 3);
        tr_buf_adds(&body, buf + nd);
    } else tr_buf_adds(&body, buf);
    return pad_result(sp, signs, body.data ? body.data : "", body.len, '>');
}

TrValue tr_format_float(double d, TrValue spec) {
    Spec sp;
    if (parse_spec(spec, &sp, "float") < 0) return 0;
    return format_double(d, &sp, false);
}

/* ---------------------------------------------------------------- ints */

TrValue tr_format_int(TrValue v, TrValue spec) {
    if (!spec || !TR_STR(spec)->len) return tr_str(v);
    Spec sp;
    if (parse_spec(spec, &sp, "int") < 0) return 0;
    char type = sp.type;
    if (type && strchr("eEfFgG%", type)) {
        double d;
        if (tr_as_double(v, &d) < 0) return 0;
        return format_double(d, &sp, true);
    }
    if (type && !strchr("bcdoxXn", type))
        return tr_err(TR_EXC_TYPE(ValueError), "Unknown format code '%c' for object of type '%s'", type, TR_TYPE_NAME(v));
    if (sp.prec >= 0) return tr_err(TR_EXC_TYPE(ValueError), "Precision not allowed in integer format specifier");
    if (type == 'c') {
        if (sp.sign) return tr_err(TR_EXC_TYPE(ValueError), "Sign not allowed with integer format specifier 'c'");
        int64_t c;
        if (tr_index(v, &c) < 0) return 0;
        if (c < 0 || c > 0x10ffff) return tr_err(TR_EXC_TYPE(OverflowError), "%%c arg not in range(0x110000)");
        char ch[4];
        size_t n = tr_utf8_encode((uint32_t)c, ch);
        return pad_result(&sp, "", ch, n, '<');
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    TrValue digits = tr_int_to_str_base(tr_number_index(v), base);
    if (!digits) return 0;
    const char *ds = tr_str_cstr(digits);
    bool neg = ds[0] == '-';
    if (neg) ds++;
    char prefix[8];
    snprintf(prefix, sizeof prefix, "%s%s", neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "",
             !sp.alt ? "" : base == 2 ? "0b" : base == 8 ? "0o" : type == 'X' ? "0X" : base == 16 ? "0x" : "");
    TrBuf body;
    tr_buf_init(&body);
    size_t nd = strlen(ds);
    char *upper = NULL;
    if (type == 'X') {
        upper = tr_alloc_atomic(nd + 1);
        for (size_t i = 0; i <= nd; i++) upper[i] = (char)toupper((unsigned char)ds[i]);
        ds = upper;
    }
    if (sp.grouping) {
        /* zero padding with grouping: pad digits first so separators land in the padding too */
        int every = base == 10 ? 3 : 4;
        size_t want = 0;
        if (sp.align == '=' && sp.fill == '0' && sp.width > 0) {
            size_t plen = strlen(prefix), cur = nd + (nd - 1) / (size_t)every;
            if ((size_t)sp.width > plen + cur) {
                size_t target = (size_t)sp.width - plen;
                while (want + (want ? (want - 1) / (size_t)every : 0) < target) want++;
                if (want + (want - 1) / (size_t)every > target) want--;
            }
        }
        char *padded = tr_alloc_atomic((want > nd ? want : nd) + 1);
        size_t z = want > nd ? want - nd : 0;
        memset(padded, '0', z);
        memcpy(padded + z, ds, nd + 1);
        group_digits(&body, padded, z + nd, sp.grouping, every);
    } else tr_buf_add(&body, ds, nd);
    return pad_result(&sp, prefix, body.data, body.len, '>');
}

TrValue tr_format_str(TrValue s, TrValue spec) {
    Spec sp;
    if (parse_spec(spec, &sp, "str") < 0) return 0;
    if (sp.type && sp.type != 's')
        return tr_err(TR_EXC_TYPE(ValueError), "Unknown format code '%c' for object of type 'str'", sp.type);
    if (sp.sign) return tr_err(TR_EXC_TYPE(ValueError), "Sign not allowed in string format specifier");
    if (sp.alt) return tr_err(TR_EXC_TYPE(ValueError), "Alternate form (#) not allowed in string format specifier");
    if (sp.align == '=') return tr_err(TR_EXC_TYPE(ValueError), "'=' alignment not allowed in string format specifier");
    if (sp.grouping) return tr_err(TR_EXC_TYPE(ValueError), "Cannot specify '%c' with 's'.", sp.grouping);
    const char *data = tr_str_cstr(s);
    size_t len = TR_STR(s)->len;
    if (sp.prec >= 0 && (size_t)sp.prec < TR_STR(s)->nchars) {
        size_t off = 0;
        for (int64_t i = 0; i < sp.prec; i++) { uint32_t c; off += tr_utf8_decode(data + off, &c); }
        len = off;
    }
    return pad_result(&sp, "", data, len, '<');
}

TrValue tr_format(TrValue v, TrValue spec) {
    if (!spec) spec = tr_str_new("", 0);
    if (!tr_str_check(spec))
        return tr_err(TR_EXC_TYPE(TypeError), "format() argument 2 must be str, not %s", TR_TYPE_NAME(spec));
    TrType *t = TR_TYPE(v);
    TrValue r;
    if (t == &tr_str_type) r = TR_STR(spec)->len ? tr_format_str(v, spec) : v;
    else if (t == &tr_int_type || TR_IS_SMALL(v)) r = TR_STR(spec)->len ? tr_format_int(v, spec) : tr_repr(v);
    else if (t == &tr_float_type) r = tr_format_float(TR_FLOAT_VAL(v), spec);
    else r = tr_call_method_cstr(v, "__format__", 1, spec);
    if (r && !tr_str_check(r)) return tr_err(TR_EXC_TYPE(TypeError), "__format__ must return a str, not %s", TR_TYPE_NAME(r));
    return r;
}

/* ---------------------------------------------------------------- str.format */

typedef struct FormatState { TrValue args, kwargs; int auto_index; /* -1 manual, >=0 next */ bool manual; } FormatState;

static TrValue format_string(const char *s, size_t len, FormatState *st, int depth);

static TrValue lookup_field(const char *name, size_t len, FormatState *st) {
    size_t i = 0;
    while (i < len && name[i] != '.' && name[i] != '[') i++;
    TrValue obj;
    if (i == 0) {
        if (st->manual) return tr_err(TR_EXC_TYPE(ValueError), "cannot switch from manual field specification to automatic field numbering");
        st->auto_index++;
        int64_t idx = st->auto_index - 1;
        if (idx >= (int64_t)TR_TUPLE(st->args)->len)
            return tr_err(TR_EXC_TYPE(IndexError), "Replacement index %lld out of range for positional args tuple", (long long)idx);
        obj = TR_TUPLE(st->args)->items[idx];
    } else if (name[0] >= '0' && name[0] <= '9') {
        if (st->auto_index > 0) return tr_err(TR_EXC_TYPE(ValueError), "cannot switch from automatic field numbering to manual field specification");
        st->manual = true;
        int64_t idx = strtoll(name, NULL, 10);
        if (idx >= (int64_t)TR_TUPLE(st->args)->len)
            return tr_err(TR_EXC_TYPE(IndexError), "Replacement index %lld out of range for positional args tuple", (long long)idx);
        obj = TR_TUPLE(st->args)->items[idx];
    } else {
        TrValue key = tr_str_new(name, i);
        obj = st->kwargs ? tr_getitem(st->kwargs, key) : 0;
        if (!obj) {
            if (!st->kwargs || tr_err_is(TR_EXC_TYPE(KeyError))) { tr_err_clear(); return tr_err_value(TR_EXC_TYPE(KeyError), key); }
            return 0;
        }
    }
    while (i < len) {
        if (name[i] == '.') {
            size_t j = ++i;
            while (j < len && name[j] != '.' && name[j] != '[') j++;
            obj = tr_getattr(obj, tr_str_new(name + i, j - i));
            i = j;
        } else {
            size_t j = ++i;
            while (j < len && name[j] != ']') j++;
            TrValue key;
            bool numeric = j > i;
            for (size_t k = i; k < j; k++) numeric &= name[k] >= '0' && name[k] <= '9';
            key = numeric ? tr_int_from_string(name + i, j - i, 10) : tr_str_new(name + i, j - i);
            obj = tr_getitem(obj, key);
            i = j + 1;
        }
        if (!obj) return 0;
    }
    return obj;
}

static TrValue format_string(const char *s, size_t len, FormatState *st, int depth) {
    if (depth > 2) return tr_err(TR_EXC_TYPE(ValueError), "Max string recursion exceeded");
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < len;) {
        char c = s[i];
        if (c == '}') {
            if (i + 1 < len && s[i + 1] == '}') { tr_buf_addc(&b, '}'); i += 2; continue; }
            return tr_err(TR_EXC_TYPE(ValueError), "Single '}' encountered in format string");
        }
        if (c != '{') { tr_buf_addc(&b, c); i++; continue; }
        if (i + 1 < len && s[i + 1] == '{') { tr_buf_addc(&b, '{'); i += 2; continue; }
        /* find the matching '}' allowing nested braces in the spec */
        size_t j = i + 1;
        int nest = 1;
        while (j < len && nest) {
            if (s[j] == '{') nest++;
            else if (s[j] == '}') nest--;
            if (nest) j++;
        }
        if (j >= len)
            return tr_err(TR_EXC_TYPE(ValueError), i + 1 == len ? "Single '{' encountered in format string"
                                                                : "expected '}' before end of string");
        const char *field = s + i + 1;
        size_t flen = j - i - 1;
        size_t name_end = 0;
        while (name_end < flen && field[name_end] != '!' && field[name_end] != ':') {
            if (field[name_end] == '[') while (name_end < flen && field[name_end] != ']') name_end++;
            name_end++;
        }
        if (name_end > flen) name_end = flen;
        char conv = 0;
        size_t spec_start = name_end;
        if (name_end < flen && field[name_end] == '!') {
            if (name_end + 1 >= flen) return tr_err(TR_EXC_TYPE(ValueError), "end of string while looking for conversion specifier");
            conv = field[name_end + 1];
            spec_start = name_end + 2;
            if (spec_start < flen && field[spec_start] != ':')
                return tr_err(TR_EXC_TYPE(ValueError), "expected ':' after conversion specifier");
        }
        TrValue obj = lookup_field(field, name_end, st);
        if (!obj) return 0;
        if (conv == 'r') obj = tr_repr(obj);
        else if (conv == 's') obj = tr_str(obj);
        else if (conv == 'a') obj = tr_ascii(obj);
        else if (conv) return tr_err(TR_EXC_TYPE(ValueError), "Unknown conversion specifier %c", conv);
        if (!obj) return 0;
        TrValue spec = 0;
        if (spec_start < flen && field[spec_start] == ':') {
            spec = format_string(field + spec_start + 1, flen - spec_start - 1, st, depth + 1);
            if (!spec) return 0;
        }
        TrValue r = tr_format(obj, spec);
        if (!r) return 0;
        tr_buf_add(&b, tr_str_cstr(r), TR_STR(r)->len);
        i = j + 1;
    }
    return tr_buf_finish(&b);
}

TrValue tr_str_format(TrValue fmt, TrValue args, TrValue kwargs) {
    FormatState st = {args, kwargs, 0, false};
    return format_string(tr_str_cstr(fmt), TR_STR(fmt)->len, &st, 0);
}

/* ---------------------------------------------------------------- % formatting */

TrValue tr_str_percent(TrValue fmt, TrValue args) {
    const char *s = tr_str_cstr(fmt);
    size_t len = TR_STR(fmt)->len;
    bool is_tuple = TR_TYPE(args) == &tr_tuple_type || (tr_tuple_check(args) && !tr_str_check(args));
    size_t nargs = is_tuple ? TR_TUPLE(args)->len : 1, argi = 0;
    bool mapping = !is_tuple && !tr_str_check(args) && TR_TYPE(args)->getitem && !tr_isinstance_type(args, &tr_tuple_type);
    TrBuf b;
    tr_buf_init(&b);
#define NEXT_ARG() (argi < nargs ? (is_tuple ? TR_TUPLE(args)->items[argi++] : (argi++, args)) : 0)
    for (size_t i = 0; i < len;) {
        if (s[i] != '%') { tr_buf_addc(&b, s[i++]); continue; }
        size_t start = i++;
        if (i >= len) return tr_err(TR_EXC_TYPE(ValueError), "incomplete format");
        TrValue src = 0;
        if (s[i] == '(') {
            size_t j = ++i;
            int depth = 1;
            while (j < len && depth) { if (s[j] == '(') depth++; else if (s[j] == ')') depth--; if (depth) j++; }
            if (!mapping) return tr_err(TR_EXC_TYPE(TypeError), "format requires a mapping");
            src = tr_getitem(args, tr_str_new(s + i, j - i));
            if (!src) return 0;
            i = j + 1;
        }
        Spec sp;
        memset(&sp, 0, sizeof sp);
        sp.fill = ' ';
        sp.width = sp.prec = -1;
        bool left = false;
        while (i < len && strchr("-+ #0", s[i])) {
            if (s[i] == '-') left = true;
            else if (s[i] == '+') sp.sign = '+';
            else if (s[i] == ' ' && sp.sign != '+') sp.sign = ' ';
            else if (s[i] == '#') sp.alt = true;
            else sp.zero = true;
            i++;
        }
        if (i < len && s[i] == '*') {
            TrValue w = NEXT_ARG();
            if (!w) return tr_err(TR_EXC_TYPE(TypeError), "not enough arguments for format string");
            if (tr_index(w, &sp.width) < 0) return 0;
            if (sp.width < 0) { left = true; sp.width = -sp.width; }
            i++;
        } else if (i < len && s[i] >= '0' && s[i] <= '9') {
            sp.width = 0;
            while (i < len && s[i] >= '0' && s[i] <= '9') sp.width = sp.width * 10 + (s[i++] - '0');
        }
        if (i < len && s[i] == '.') {
            i++;
            sp.prec = 0;
            if (i < len && s[i] == '*') {
                TrValue p = NEXT_ARG();
                if (!p) return tr_err(TR_EXC_TYPE(TypeError), "not enough arguments for format string");
                if (tr_index(p, &sp.prec) < 0) return 0;
                i++;
            } else
                while (i < len && s[i] >= '0' && s[i] <= '9') sp.prec = sp.prec * 10 + (s[i++] - '0');
        }
        while (i < len && (s[i] == 'l' || s[i] == 'h' || s[i] == 'L')) i++;
        if (i >= len) return tr_err(TR_EXC_TYPE(ValueError), "incomplete format");
        char type = s[i++];
        if (type == '%') { tr_buf_addc(&b, '%'); continue; }
        TrValue v = src ? src : NEXT_ARG();
        if (!v) return tr_err(TR_EXC_TYPE(TypeError), "not enough arguments for format string");
        sp.align = left ? '<' : (sp.zero && type != 's' && type != 'r' && type != 'a' && type != 'c') ? '=' : '>';
        if (sp.align == '=') sp.fill = '0';
        TrValue r;
        switch (type) {
        case 's': case 'r': case 'a': {
            TrValue str = type == 's' ? tr_str(v) : type == 'r' ? tr_repr(v) : tr_ascii(v);
            if (!str) return 0;
            Spec ss = sp;
            ss.sign = 0;
            ss.alt = false;
            r = pad_result(&ss, "", tr_str_cstr(str), sp.prec >= 0 && (size_t)sp.prec < TR_STR(str)->len ? (size_t)sp.prec : TR_STR(str)->len, ss.align);
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
            TrValue iv = v;
            if (!tr_int_check(v)) {
                if (tr_float_check(v)) iv = tr_int_from_double(TR_FLOAT_VAL(v));
                else if (TR_TYPE(v)->index || TR_TYPE(v)->to_int) iv = TR_TYPE(v)->to_int ? TR_TYPE(v)->to_int(v) : tr_number_index(v);
                else return tr_err(TR_EXC_TYPE(TypeError), "%%%c format: %s is required, not %s", type == 'x' || type == 'X' || type == 'o' ? type : 'd',
                                   type == 'x' || type == 'X' || type == 'o' ? "an integer" : "a real number", TR_TYPE_NAME(v));
                if (!iv) return 0;
            }
            Spec is = sp;
            is.type = type == 'i' || type == 'u' ? 'd' : type;
            int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
            TrValue digits = tr_int_to_str_base(iv, base);
            const char *ds = tr_str_cstr(digits);
            bool neg = ds[0] == '-';
            if (neg) ds++;
            TrBuf body;
            tr_buf_init(&body);
            int64_t pad_zero = sp.prec - (int64_t)strlen(ds);
            for (int64_t k = 0; k < pad_zero; k++) tr_buf_addc(&body, '0');
            for (const char *p = ds; *p; p++) tr_buf_addc(&body, type == 'X' ? (char)toupper((unsigned char)*p) : *p);
            char prefix[8];
            snprintf(prefix, sizeof prefix, "%s%s", neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "",
                     !sp.alt ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "");
            r = pad_result(&is, prefix, body.data, body.len, is.align);
            break;
        }
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            double d;
            if (!tr_float_check(v) && !tr_int_check(v) && !TR_TYPE(v)->to_float)
                return tr_err(TR_EXC_TYPE(TypeError), "must be real number, not %s", TR_TYPE_NAME(v));
            if (tr_as_double(v, &d) < 0) return 0;
            Spec fs = sp;
            fs.type = type;
            if (fs.prec < 0) fs.prec = 6;
            r = format_double(d, &fs, false);
            break;
        }
        case 'c': {
            char ch[4];
            size_t n;
            if (tr_str_check(v)) {
                if (TR_STR(v)->nchars != 1) return tr_err(TR_EXC_TYPE(TypeError), "%%c requires int or char");
                r = pad_result(&sp, "", tr_str_cstr(v), TR_STR(v)->len, sp.align);
                break;
            }
            int64_t c;
            if (!tr_int_check(v)) return tr_err(TR_EXC_TYPE(TypeError), "%%c requires int or char");
            if (tr_index(v, &c) < 0) return 0;
            if (c < 0 || c > 0x10ffff) return tr_err(TR_EXC_TYPE(OverflowError), "%%c arg not in range(0x110000)");
            n = tr_utf8_encode((uint32_t)c, ch);
            r = pad_result(&sp, "", ch, n, sp.align);
            break;
        }
        default:
            return tr_err(TR_EXC_TYPE(ValueError), "unsupported format character '%c' (0x%x) at index %zu", type, (unsigned)type, i - 1);
        }
        (void)start;
        if (!r) return 0;
        tr_buf_add(&b, tr_str_cstr(r), TR_STR(r)->len);
    }
#undef NEXT_ARG
    if (argi < nargs && !mapping) return tr_err(TR_EXC_TYPE(TypeError), "not all arguments converted during string formatting");
    return tr_buf_finish(&b);
}
