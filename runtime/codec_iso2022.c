/* codec_iso2022.c — the stateful CJK codecs of CPython's _codecs_iso2022 and _codecs_cn:
 * iso2022_jp (-1, -2, -2004, -3, -ext), iso2022_kr and hz, whose escape sequences (and
 * SO/SI, '~{' '~}') switch between character sets, ported from CPython's state machines
 * (so errors fall where its do).  A double-byte set's characters are a stateless codec's
 * of codec_cjk.c with the high bits cleared: JIS X 0208 is euc_jp's two bytes, JIS X 0212
 * euc_jp's after 0x8f, KS X 1001 euc_kr's, GB2312 gb2312's, JIS X 0213 euc_jis_2004's (or
 * euc_jisx0213's for the 2000 edition).  The state packs as CPython's getstate() does:
 * a byte per set G0..G3 and a flags byte (0: not begun); hz's is 1 in GB mode. */
#include "codecs.h"
#include "strbase.h"

#define ESC 0x1b
#define SO 0x0e
#define SI 0x0f
#define DBCS 0x80
#define ASCII 'B'
#define MAX_ESC 16
#define IS_ESCEND(c) (((c) >= 'A' && (c) <= 'Z') || (c) == '@')
#define IS_ISO2022ESC(c) ((c) == '(' || (c) == ')' || (c) == '$' || (c) == '.' || (c) == '&')
#define ILLEGAL "illegal multibyte sequence"
#define INCOMPLETE "incomplete multibyte sequence"

/* the sets: the final byte of their designation, | DBCS for the double-byte ones */
enum {
    JISX0201_K = 'I', JISX0201_R = 'J', ISO8859_1 = 'A', ISO8859_7 = 'F', GB2312 = 'A' | DBCS,
    JISX0208 = 'B' | DBCS, KSX1001 = 'C' | DBCS, JISX0212 = 'D' | DBCS, JISX0213_2000_1 = 'O' | DBCS,
    JISX0213_2 = 'P' | DBCS, JISX0213_2004_1 = 'Q' | DBCS, JISX0208_O = '@' | DBCS
};
enum { SHIFTED = 1, ESC_THROUGHOUT = 2 };          /* state flags */
enum { NO_SHIFT = 1, USE_G2 = 2, JISX0208_EXT = 4 }; /* a codec's */

typedef struct Desig {
    unsigned char set, plane; /* plane: G0, G1 or G2 */
    const char *codec;        /* the stateless codec of its characters (NULL: none or its own) */
} Desig;

typedef struct Config {
    const char *name;
    int flags;
    Desig desig[9]; /* in the order the encoder tries them */
} Config;

/* After codec_cjk_tables.c's codecs, in this order (tools/gen_cjk_tables.py's STATEFUL).
 * CPython lists a JIS X 0213 designation for its two-code-point characters first in
 * iso2022_jp_2004 and _3, which never matches in its builds (the pair is looked up past
 * the one code point it is given), so they encode a pair as its two characters: not
 * listed here. */
static const Config configs[] = {
    {"hz", 0, {{0}}},
    {"iso2022_jp", NO_SHIFT | JISX0208_EXT, {{JISX0208, 0, "euc_jp"}, {JISX0201_R, 0}, {JISX0208_O, 0, "euc_jp"}}},
    {"iso2022_jp_1", NO_SHIFT | JISX0208_EXT,
     {{JISX0208, 0, "euc_jp"}, {JISX0212, 0, "euc_jp"}, {JISX0201_R, 0}, {JISX0208_O, 0, "euc_jp"}}},
    {"iso2022_jp_2", NO_SHIFT | USE_G2 | JISX0208_EXT,
     {{JISX0208, 0, "euc_jp"}, {JISX0212, 0, "euc_jp"}, {KSX1001, 0, "euc_kr"}, {GB2312, 0, "gb2312"},
      {JISX0201_R, 0}, {JISX0208_O, 0, "euc_jp"}, {ISO8859_1, 2}, {ISO8859_7, 2}}},
    {"iso2022_jp_2004", NO_SHIFT | JISX0208_EXT,
     {{JISX0208, 0, "euc_jp"}, {JISX0213_2004_1, 0, "euc_jis_2004"},
      {JISX0213_2, 0, "euc_jis_2004"}}},
    {"iso2022_jp_3", NO_SHIFT | JISX0208_EXT,
     {{JISX0208, 0, "euc_jp"}, {JISX0213_2000_1, 0, "euc_jisx0213"},
      {JISX0213_2, 0, "euc_jisx0213"}}},
    {"iso2022_jp_ext", NO_SHIFT | JISX0208_EXT,
     {{JISX0208, 0, "euc_jp"}, {JISX0212, 0, "euc_jp"}, {JISX0201_R, 0}, {JISX0201_K, 0}, {JISX0208_O, 0, "euc_jp"}}},
    {"iso2022_kr", 0, {{KSX1001, 1, "euc_kr"}}},
};

const char *tr_iso2022_name(int index) { return configs[index].name; }

static const Desig *find_desig(const Config *cf, unsigned char set) {
    for (const Desig *g = cf->desig; g->set; g++)
        if (g->set == set) return g;
    return NULL;
}

/* The index of g's stateless codec (the few names looked up once each) */
static int codec_index(const Desig *g) {
    static struct { const char *name; int index; } cache[8];
    size_t k = 0;
    while (k < 8 && cache[k].name && strcmp(cache[k].name, g->codec)) k++;
    if (k < 8 && !cache[k].name) cache[k].name = g->codec, cache[k].index = tr_cjk_index(g->codec);
    return k < 8 ? cache[k].index : tr_cjk_index(g->codec);
}

/* ---------------------------------------------------------------- a set's characters */

/* A two-byte set's character p[0..2) through its stateless codec: how many code points */
static int dbcs_decode(int index, bool plane2, const unsigned char *p, uint32_t out[2]) {
    if (p[0] < 0x21 || p[0] > 0x7e || p[1] < 0x21 || p[1] > 0x7e) return 0;
    unsigned char seq[3];
    size_t len = 0;
    if (plane2) seq[len++] = 0x8f;
    seq[len++] = p[0] | 0x80;
    seq[len++] = p[1] | 0x80;
    return tr_cjk_chars(index, seq, len, out, false);
}

/* The character at p (g's width of bytes, the first 0x20..0x7f) in g's set */
static int set_decode(const Desig *g, const unsigned char *p, uint32_t out[2]) {
    switch (g->set) {
    case JISX0201_R:
        out[0] = p[0] == 0x5c ? 0xa5 : p[0] == 0x7e ? 0x203e : p[0];
        return 1;
    case JISX0201_K:
        out[0] = 0xfec0u + (p[0] | 0x80u);
        return (p[0] | 0x80) >= 0xa1 && (p[0] | 0x80) <= 0xdf;
    case ISO8859_1: case ISO8859_7: /* only through a single shift */
        return 0;
    case JISX0212: /* JIS X 0212's and JIS X 0213's tilde, which the euc codecs read as the fullwidth one */
        if (p[0] == 0x22 && p[1] == 0x37) return out[0] = '~', 1;
        break;
    case JISX0213_2000_1: case JISX0213_2004_1:
        if (p[0] == 0x22 && p[1] == 0x32) return out[0] = '~', 1;
        break;
    case JISX0213_2: /* read as the 2004 edition's character in iso2022_jp_3 too */
        if (p[0] == 0x7d && p[1] == 0x3b) return out[0] = 0x9b1c, 1;
        break;
    case KSX1001: /* the Hangul filler, which euc_kr reads as the start of a make-up sequence */
        if (p[0] == 0x24 && p[1] == 0x54) return out[0] = 0x3164, 1;
        break;
    }
    return dbcs_decode(codec_index(g), g->set == JISX0212 || g->set == JISX0213_2, p, out);
}

/* The code of c in g's set (c1 << 8 | c2 for two bytes), -1 if the set lacks it */
static int set_encode(const Desig *g, uint32_t c) {
    switch (g->set) {
    case JISX0201_R:
        return c == 0xa5 ? 0x5c : c == 0x203e ? 0x7e : c < 0x80 && c != 0x5c && c != 0x7e ? (int)c : -1;
    case JISX0201_K:
        return c >= 0xff61 && c <= 0xff9f ? (int)(c - 0xfec0 - 0x80) : -1;
    case ISO8859_1: case ISO8859_7:
        return -1;
    case JISX0212: case JISX0213_2000_1: case JISX0213_2004_1: /* the sets' tilde is '~' */
        if (c == 0xff5e) return -1;
    }
    TrBuf b;
    tr_buf_init(&b);
    if (!tr_cjk_put_char(&b, codec_index(g), c, false)) return -1;
    const unsigned char *u = (const unsigned char *)b.data;
    bool plane2 = g->set == JISX0212 || g->set == JISX0213_2;
    if (b.len != 2u + plane2 || (plane2 && u[0] != 0x8f)) return -1;
    u += plane2;
    if (u[0] < 0xa1 || u[1] < 0xa1) return -1;
    return (u[0] & 0x7f) << 8 | (u[1] & 0x7f);
}

/* ISO-8859-7 as CPython's iso2022_jp_2 single shift reads it (-1: none) */
static int64_t iso8859_7(unsigned c) {
    if (c < 0xa0) return c;
    if (c < 0xc0 && (0x288f3bc9ul & (1ul << (c - 0xa0)))) return c;
    if (c >= 0xb4 && c <= 0xfe && (c >= 0xd4 || (0xbffffd77ul & (1ul << (c - 0xb4))))) return 0x2d0 + c;
    return c == 0xa1 ? 0x2018 : c == 0xa2 ? 0x2019 : c == 0xaf ? 0x2015 : -1;
}

/* ---------------------------------------------------------------- decode */

/* The escape sequence at p: 0 with *len its bytes, a designation made; -1 cut short;
 * else the length of the invalid sequence */
static int process_esc(const Config *cf, unsigned char *st, const unsigned char *p, size_t avail, size_t *len) {
    size_t i, esclen = 0;
    for (i = 1; i < MAX_ESC; i++) {
        if (i >= avail) return -1;
        if (IS_ESCEND(p[i])) {
            esclen = i + 1;
            break;
        }
        if ((cf->flags & JISX0208_EXT) && i + 1 < avail && p[i] == '&' && p[i + 1] == '@') i += 2;
    }
    if (i >= MAX_ESC) return 1;
    unsigned char set;
    int g = 0;
    switch (esclen) {
    case 3:
        if (p[1] == '$') set = p[2] | DBCS;
        else {
            set = p[2];
            if (p[1] == ')') g = 1;
            else if ((cf->flags & USE_G2) && p[1] == '.') g = 2;
            else if (p[1] != '(') return 3;
        }
        break;
    case 4:
        if (p[1] != '$' || (p[2] != '(' && p[2] != ')')) return 4;
        set = p[3] | DBCS;
        g = p[2] == ')';
        break;
    case 6:
        if (!(cf->flags & JISX0208_EXT) || p[3] != ESC || p[4] != '$' || p[5] != 'B') return 6;
        set = JISX0208;
        break;
    default:
        return (int)esclen;
    }
    if (set != ASCII && !find_desig(cf, set)) return (int)esclen;
    st[g] = set;
    *len = esclen;
    return 0;
}

static void unpack(int64_t state, unsigned char st[5]) {
    for (int k = 0; k < 5; k++) st[k] = (unsigned char)(state >> (8 * k));
}

static int64_t pack(const unsigned char st[5]) {
    int64_t v = 0;
    for (int k = 4; k >= 0; k--) v = v << 8 | st[k];
    return v;
}

/* One step of iso2022 decoding at d[i]: >0 bytes used (out: *nout code points); 0 the end
 * cuts it short; <0 minus the length of an invalid sequence */
static long iso2022_step(const Config *cf, unsigned char *st, const unsigned char *d, size_t avail, uint32_t out[2], int *nout) {
    unsigned char c = d[0];
    *nout = 0;
    if (st[4] & ESC_THROUGHOUT) { /* a sequence that is not ISO-2022's passes as Latin-1 */
        if (IS_ESCEND(c)) st[4] &= (unsigned char)~ESC_THROUGHOUT;
        out[(*nout)++] = c;
        return 1;
    }
    if (c == ESC) {
        if (avail < 2) return 0;
        if (IS_ISO2022ESC(d[1])) {
            size_t len;
            int r = process_esc(cf, st, d, avail, &len);
            return r < 0 ? 0 : r ? -r : (long)len;
        }
        if ((cf->flags & USE_G2) && d[1] == 'N') { /* a single shift to G2 */
            if (avail < 3) return 0;
            unsigned char c3 = d[2];
            int64_t u = st[2] == ISO8859_1 ? (c3 < 0x80 ? c3 + 0x80 : -1)
                        : st[2] == ISO8859_7 ? iso8859_7(c3 ^ 0x80u)
                        : st[2] == ASCII && c3 < 0x80 ? c3 : -1;
            if (u < 0) return -3;
            out[(*nout)++] = (uint32_t)u;
            return 3;
        }
        st[4] |= ESC_THROUGHOUT;
        out[(*nout)++] = ESC;
        return 1;
    }
    if ((c == SI || c == SO) && !(cf->flags & NO_SHIFT)) {
        if (c == SO) st[4] |= SHIFTED;
        else st[4] &= (unsigned char)~SHIFTED;
        return 1;
    }
    if (c == '\n') st[4] &= (unsigned char)~SHIFTED;
    if (c >= 0x80) return -1;
    unsigned char set = st[4] & SHIFTED ? st[1] : st[0];
    if (c < 0x20 || set == ASCII) {
        out[(*nout)++] = c;
        return 1;
    }
    const Desig *g = find_desig(cf, set);
    size_t width = set & DBCS ? 2 : 1;
    if (avail < width) return 0;
    int k = set_decode(g, d, out);
    *nout = k > 0 ? k : 0;
    return k > 0 ? (long)width : -(long)width;
}

/* One step of hz decoding (st[0]: 1 in GB mode), as iso2022_step */
static long hz_step(unsigned char *st, const unsigned char *d, size_t avail, uint32_t out[2], int *nout) {
    unsigned char c = d[0];
    *nout = 0;
    if (c == '~') {
        if (avail < 2) return 0;
        if (d[1] == '~' && !st[0]) out[(*nout)++] = '~';
        else if (d[1] == '{' && !st[0]) st[0] = 1;
        else if (d[1] == '}' && st[0]) st[0] = 0;
        else if (d[1] != '\n' || st[0]) return -1; /* '~\n' continues the line */
        return 2;
    }
    if (c & 0x80) return -1;
    if (!st[0]) {
        out[(*nout)++] = c;
        return 1;
    }
    if (avail < 2) return 0;
    static int gb2312 = -1;
    if (gb2312 < 0) gb2312 = tr_cjk_index("gb2312");
    int k = dbcs_decode(gb2312, false, d, out);
    *nout = k > 0 ? k : 0;
    return k > 0 ? 2 : -1;
}

TrValue tr_iso2022_decode(TrCodec codec, const char *data, size_t n, TrValue obj, const char *errors, bool final,
                          size_t *used, int64_t *state) {
    int index = codec.id - TR_CODEC_CJK - (int)tr_ncjks;
    const Config *cf = &configs[index];
    const unsigned char *d = (const unsigned char *)data;
    unsigned char st[5];
    unpack(*state, st);
    if (index && !*state) st[0] = st[1] = st[2] = ASCII;
    TrBuf b;
    tr_buf_init(&b);
    char tmp[4];
    size_t i = 0;
    while (i < n) {
        uint32_t out[2];
        int nout;
        long r = index ? iso2022_step(cf, st, d + i, n - i, out, &nout) : hz_step(st, d + i, n - i, out, &nout);
        for (int k = 0; k < nout; k++) tr_buf_add(&b, tmp, tr_utf8_encode(out[k], tmp));
        if (r > 0) {
            i += (size_t)r;
            continue;
        }
        if (!r && !final) break;
        size_t end = r ? i + (size_t)-r : n;
        if (tr_cjk_decode_error(&b, codec, errors, data, n, &obj, i, &end, r ? ILLEGAL : INCOMPLETE) < 0) return 0;
        i = end;
    }
    *used = i;
    *state = pack(st);
    return tr_buf_finish(&b);
}

/* ---------------------------------------------------------------- encode */

/* Appends cps[*i] in iso2022 and moves *i past it: false if no set has it */
static bool iso2022_put(const Config *cf, unsigned char *st, TrBuf *b, const uint32_t *cps, size_t *i) {
    uint32_t c = cps[*i];
    if (c < 0x80) {
        if (st[0] != ASCII) tr_buf_adds(b, "\x1b(B");
        if (st[4] & SHIFTED) tr_buf_addc(b, SI);
        st[0] = ASCII;
        st[4] &= (unsigned char)~SHIFTED;
        tr_buf_addc(b, (char)c);
        ++*i;
        return true;
    }
    const Desig *g;
    int code = -1;
    for (g = cf->desig; g->set && code < 0; g++) code = set_encode(g, c);
    if (code < 0) return false;
    g--;
    bool dbcs = g->set & DBCS;
    if (g->plane == 0) {
        if (st[4] & SHIFTED) tr_buf_addc(b, SI);
        st[4] &= (unsigned char)~SHIFTED;
        if (st[0] != g->set)
            tr_buf_printf(b, !dbcs ? "\x1b(%c" : g->set == JISX0208 ? "\x1b$%c" : "\x1b$(%c", g->set & 0x7f);
        st[0] = g->set;
    } else {
        if (st[1] != g->set) tr_buf_printf(b, dbcs ? "\x1b$)%c" : "\x1b)%c", g->set & 0x7f);
        st[1] = g->set;
        if (!(st[4] & SHIFTED)) tr_buf_addc(b, SO);
        st[4] |= SHIFTED;
    }
    if (dbcs) tr_buf_addc(b, (char)(code >> 8));
    tr_buf_addc(b, (char)(code & 0xff));
    ++*i;
    return true;
}

/* Appends cps[*i] in hz (st[0]: 1 in GB mode) */
static bool hz_put(unsigned char *st, TrBuf *b, const uint32_t *cps, size_t *i) {
    uint32_t c = cps[*i];
    if (c < 0x80) {
        if (st[0]) tr_buf_adds(b, "~}");
        st[0] = 0;
        tr_buf_addc(b, (char)c);
        if (c == '~') tr_buf_addc(b, '~');
        ++*i;
        return true;
    }
    static const Desig gb = {GB2312, 0, "gb2312"};
    int code = c > 0xffff ? -1 : set_encode(&gb, c);
    if (code < 0) return false;
    if (!st[0]) tr_buf_adds(b, "~{");
    st[0] = 1;
    tr_buf_addc(b, (char)(code >> 8));
    tr_buf_addc(b, (char)(code & 0xff));
    ++*i;
    return true;
}

/* a replacement's characters through the codec's state (tr_cjk_encode_error) */
typedef struct Encoder { const Config *cf; unsigned char *st; int index; } Encoder;

static bool put_through(void *encoder, TrBuf *b, const uint32_t *cps, size_t *i, size_t n) {
    Encoder *e = encoder;
    (void)n; /* the iso2022 sets look no further than a pair */
    return e->index ? iso2022_put(e->cf, e->st, b, cps, i) : hz_put(e->st, b, cps, i);
}

TrValue tr_iso2022_encode(TrCodec codec, TrValue str, const char *errors, bool final, int64_t *state) {
    int index = codec.id - TR_CODEC_CJK - (int)tr_ncjks;
    const Config *cf = &configs[index];
    unsigned char st[5];
    unpack(*state, st);
    if (index && !*state) st[0] = st[1] = ASCII;
    size_t n;
    uint32_t *cps = tr_cjk_code_points(str, &n);
    TrBuf b;
    tr_buf_init(&b);
    for (size_t i = 0; i < n;) {
        if (index ? iso2022_put(cf, st, &b, cps, &i) : hz_put(st, &b, cps, &i)) continue;
        Encoder e = {cf, st, index};
        if (tr_cjk_encode_error(&b, codec, errors, str, cps, n, &i, put_through, &e) < 0) return 0;
    }
    if (final) { /* back to ASCII */
        if (!index && st[0]) tr_buf_adds(&b, "~}");
        if (index && (st[4] & SHIFTED)) tr_buf_addc(&b, SI);
        if (index && st[0] != ASCII) tr_buf_adds(&b, "\x1b(B");
        if (index) st[4] &= (unsigned char)~SHIFTED;
        st[0] = index ? ASCII : 0;
    }
    *state = pack(st);
    return tr_bytes_new(b.data ? b.data : "", b.len);
}
