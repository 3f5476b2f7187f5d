/* strbuf_printf.c — printf into a growable string (StrBuf), fast for what the compiler
 * formats by the million: the C emitter writes megabytes of C through %s, %d, %c and %%
 * conversions, which glibc's vfprintf parses and dispatches at ~10x the cost of
 * copying.  Plain %s, %c, %% and %d / %u with no flags, width or precision (and the
 * l, ll, z length modifiers), and %#llx (the emitter's traceback spans), are formatted here; every other conversion is handed,
 * alone, to snprintf, so the text is always exactly printf's.
 * Assumes: formats come from the compiler's own source (checked by the format
 * attribute), never with %n or a '*' width or precision. */
#include "trc.h"

static void add_decimal(StrBuf *b, unsigned long long magnitude, bool negative) {
    char digits[24], *p = digits + sizeof digits;
    do *--p = (char)('0' + magnitude % 10); while (magnitude /= 10);
    if (negative) *--p = '-';
    sb_add(b, p, (size_t)(digits + sizeof digits - p));
}

/* %#llx: 0x and lowercase hex digits, but plain 0 for zero (as printf's # flag) */
static void add_alternate_hex(StrBuf *b, unsigned long long v) {
    char digits[24], *p = digits + sizeof digits;
    do *--p = "0123456789abcdef"[v % 16]; while (v /= 16);
    if (p[0] != '0') {
        *--p = 'x';
        *--p = '0';
    }
    sb_add(b, p, (size_t)(digits + sizeof digits - p));
}

static void add_signed(StrBuf *b, long long v) {
    add_decimal(b, v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v, v < 0);
}

/* printf's text of the next argument of ap, of type `type`, for spec: measured, then
 * written in place */
#define ADD_FORMATTED(b, spec, type, ap)                                      \
    do {                                                                      \
        type value_ = va_arg(*(ap), type);                                    \
        int n_ = snprintf(NULL, 0, spec, value_);                             \
        if (n_ > 0) {                                                         \
            snprintf(sb_reserve(b, (size_t)n_), (size_t)n_ + 1, spec, value_); \
            (b)->len += (size_t)n_;                                           \
        }                                                                     \
    } while (0)

/* One conversion snprintf formats: spec is "%...c" (NUL-terminated) with length
 * modifier `length`, its argument next in ap. */
static void add_by_snprintf(StrBuf *b, const char *spec, char conv, const char *length, va_list *ap) {
    if (strchr("diouxX", conv)) {
        if (!strcmp(length, "ll")) ADD_FORMATTED(b, spec, long long, ap);
        else if (!strcmp(length, "l")) ADD_FORMATTED(b, spec, long, ap);
        else if (!strcmp(length, "z")) ADD_FORMATTED(b, spec, size_t, ap);
        else if (!strcmp(length, "j")) ADD_FORMATTED(b, spec, intmax_t, ap);
        else if (!strcmp(length, "t")) ADD_FORMATTED(b, spec, ptrdiff_t, ap);
        else ADD_FORMATTED(b, spec, int, ap); /* hh, h and none: promoted to int */
    } else if (strchr("aAeEfFgG", conv)) {
        if (!strcmp(length, "L")) ADD_FORMATTED(b, spec, long double, ap);
        else ADD_FORMATTED(b, spec, double, ap);
    } else if (conv == 'c') {
        ADD_FORMATTED(b, spec, int, ap);
    } else if (conv == 's') { /* with flags, a width or a precision */
        ADD_FORMATTED(b, spec, const char *, ap);
    } else if (conv == 'p') {
        ADD_FORMATTED(b, spec, void *, ap);
    } else {
        fprintf(stderr, "trc: internal error: unsupported conversion '%s' in sb_vprintf\n", spec);
        abort();
    }
}

void sb_vprintf(StrBuf *b, const char *fmt, va_list ap) {
    va_list args;
    va_copy(args, ap);
    const char *p = fmt;
    for (;;) {
        const char *pct = strchr(p, '%');
        if (!pct) {
            sb_add(b, p, strlen(p));
            break;
        }
        if (pct > p) sb_add(b, p, (size_t)(pct - p));
        const char *q = pct + 1;
        /* the fast conversions: %s %c %% %d %u, with l, ll or z on the integers, and %#llx */
        if (*q == 's') {
            const char *s = va_arg(args, const char *);
            sb_add(b, s, strlen(s));
            p = q + 1;
            continue;
        }
        if (*q == 'd') { add_signed(b, va_arg(args, int)); p = q + 1; continue; }
        if (*q == 'c') { char c = (char)va_arg(args, int); sb_add(b, &c, 1); p = q + 1; continue; }
        if (*q == '%') { sb_add(b, "%", 1); p = q + 1; continue; }
        if (*q == 'u') { add_decimal(b, va_arg(args, unsigned), false); p = q + 1; continue; }
        if (q[0] == 'l' && q[1] == 'd') { add_signed(b, va_arg(args, long)); p = q + 2; continue; }
        if (q[0] == 'l' && q[1] == 'l' && q[2] == 'd') { add_signed(b, va_arg(args, long long)); p = q + 3; continue; }
        if (q[0] == 'z' && q[1] == 'u') { add_decimal(b, va_arg(args, size_t), false); p = q + 2; continue; }
        if (!strncmp(q, "#llx", 4)) { add_alternate_hex(b, va_arg(args, unsigned long long)); p = q + 4; continue; }
        /* anything else: flags, width, precision, length, conversion, to snprintf */
        q += strspn(q, "-+ #0");
        q += strspn(q, "0123456789");
        if (*q == '.') q += 1 + strspn(q + 1, "0123456789");
        const char *length_start = q;
        q += strspn(q, "hlLzjt");
        char spec[32], length[4];
        size_t spec_len = (size_t)(q + 1 - pct), length_len = (size_t)(q - length_start);
        if (!*q || *q == '*' || *q == 'n' || spec_len >= sizeof spec || length_len >= sizeof length) {
            fprintf(stderr, "trc: internal error: unsupported format \"%s\" in sb_vprintf\n", fmt);
            abort();
        }
        memcpy(spec, pct, spec_len);
        spec[spec_len] = 0;
        memcpy(length, length_start, length_len);
        length[length_len] = 0;
        add_by_snprintf(b, spec, *q, length, &args);
        p = q + 1;
    }
    va_end(args);
    sb_reserve(b, 0)[0] = 0; /* NUL-terminated, "" rather than no buffer */
}
