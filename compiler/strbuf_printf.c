/* strbuf_printf.c — printf into a growable string (StrBuf), fast for what the compiler
 * formats by the million: the C emitter writes megabytes of C through %s, %d, %c and %%
 * conversions, which glibc's vfprintf parses and dispatches at ~10x the cost of
 * copying.  Plain %s, %c, %% and %d / %u with no flags, width or precision (and the
 * l, ll, z length modifiers), and %#llx (the emitter's traceback spans), are formatted here; every other conversion is handed,
 * alone, to snprintf, so the text is always exactly printf's.
 * Assumes: formats come from the compiler's own source (checked by the format
 * attribute), never with %n; a '*' width or precision is read as printf reads it. */
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
    } else { /* 'p' (copy_spec lets no other conversion through) */
        ADD_FORMATTED(b, spec, void *, ap);
    }
}

static void unsupported(const char *fmt) {
    fprintf(stderr, "trc: internal error: unsupported format \"%s\" in sb_vprintf\n", fmt);
    abort();
}

/* Copies a run of the characters of set at *q (at most 8) to *s, moving both on. */
static void copy_run(const char **q, char **s, const char *set, const char *fmt) {
    size_t n = strspn(*q, set);
    if (n > 8) unsupported(fmt);
    memcpy(*s, *q, n);
    *q += n;
    *s += n;
}

/* The conversion at q (just after its '%') as a spec for snprintf: flags, width,
 * precision, length modifier and conversion, a '*' width or precision replaced by its
 * int argument from ap as printf reads it (a negative width is the '-' flag and its
 * size, a negative precision none); its length modifier alone in length.  Returns the
 * character after the conversion. */
static const char *copy_spec(const char *q, char spec[64], char length[4], va_list *ap, const char *fmt) {
    char *s = spec;
    *s++ = '%';
    copy_run(&q, &s, "-+ #0", fmt);
    if (*q == '*') {
        int width = va_arg(*ap, int);
        s += sprintf(s, width < 0 ? "-%u" : "%u", width < 0 ? 0u - (unsigned)width : (unsigned)width);
        q++;
    } else {
        copy_run(&q, &s, "0123456789", fmt);
    }
    if (*q == '.') {
        q++;
        if (*q == '*') {
            int precision = va_arg(*ap, int);
            if (precision >= 0) s += sprintf(s, ".%d", precision);
            q++;
        } else {
            *s++ = '.';
            copy_run(&q, &s, "0123456789", fmt);
        }
    }
    char *length_start = s;
    copy_run(&q, &s, "hlLzjt", fmt);
    if ((size_t)(s - length_start) >= 4 || !*q || !strchr("diouxXaAeEfFgGcsp", *q)) unsupported(fmt);
    memcpy(length, length_start, (size_t)(s - length_start));
    length[s - length_start] = 0;
    *s++ = *q++;
    *s = 0;
    return q;
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
        char spec[64], length[4];
        q = copy_spec(q, spec, length, &args, fmt);
        add_by_snprintf(b, spec, q[-1], length, &args);
        p = q;
    }
    va_end(args);
    sb_reserve(b, 0)[0] = 0; /* NUL-terminated, "" rather than no buffer */
}
