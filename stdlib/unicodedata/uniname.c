/* uniname.c — finds the code point of a Unicode character name (`\N{...}`,
 * unicodedata.lookup) and the name of a code point (unicodedata.name). Lookup follows
 * CPython 3.11's rules: the algorithmic names first (case-sensitive, as CPython's
 * _getcode checks them), then the word-coded table of uniname_db.c, upper-cased. */
#include "uniname.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CPython's Hangul syllable short names: initial, medial and final jamo. */
static const char *const hangul_l[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
                                       "C", "K", "T", "P", "H"};
static const char *const hangul_v[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                       "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
static const char *const hangul_t[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
                                       "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

/* The longest of the n jamo names that starts s[0..len) (CPython's find_syllable). */
static size_t find_jamo(const char *s, size_t len, const char *const *jamo, int n, int *index) {
    size_t best = 0;
    *index = -1;
    for (int i = 0; i < n; i++) {
        size_t l = strlen(jamo[i]);
        if (l <= len && (*index < 0 || l > best) && memcmp(s, jamo[i], l) == 0) {
            best = l;
            *index = i;
        }
    }
    return best;
}

static bool hangul(const char *s, size_t len, uint32_t *cp) {
    int l, v, t;
    size_t n = find_jamo(s, len, hangul_l, 19, &l);
    n += find_jamo(s + n, len - n, hangul_v, 21, &v);
    n += find_jamo(s + n, len - n, hangul_t, 28, &t);
    if (l < 0 || v < 0 || t < 0 || n != len) return false;
    *cp = 0xAC00 + (uint32_t)((l * 21 + v) * 28 + t);
    return true;
}

/* Upper-case hex digits only, as CPython's lookup of unified ideographs. */
static bool parse_hex(const char *s, size_t len, uint32_t *v) {
    *v = 0;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') *v = *v * 16 + (uint32_t)(c - '0');
        else if (c >= 'A' && c <= 'F') *v = *v * 16 + (uint32_t)(c - 'A' + 10);
        else return false;
    }
    return true;
}

/* Reads one word code at *p, advancing it. */
static unsigned word_code(const unsigned char **p) {
    unsigned c = *(*p)++;
    if (c < tr_uniname_short) return c;
    return tr_uniname_short + (c - tr_uniname_short) * 256 + *(*p)++;
}

/* The code of the upper-case word w[0..len) in the lexicon, or -1. */
static long find_word(const char *w, size_t len) {
    const unsigned char *p = tr_uniname_lexicon;
    for (unsigned code = 0; code < tr_uniname_nwords; code++) {
        size_t i = 0;
        while (i < len && p[i] == (unsigned char)w[i]) i++;
        if (i + 1 == len && p[i] == ((unsigned char)w[i] | 0x80)) return code;
        while (!(*p & 0x80)) p++;
        p++;
    }
    return -1;
}

bool tr_uniname_lookup(const char *name, size_t len, uint32_t *cp) {
    if (len > 16 && memcmp(name, "HANGUL SYLLABLE ", 16) == 0) return hangul(name + 16, len - 16, cp);
    if (len >= 22 && memcmp(name, "CJK UNIFIED IDEOGRAPH-", 22) == 0) {
        uint32_t v;
        if ((len != 26 && len != 27) || !parse_hex(name + 22, len - 22, &v)) return false;
        for (unsigned i = 0; i < tr_uniname_nunified; i++)
            if (v >= tr_uniname_unified[i][0] && v <= tr_uniname_unified[i][1]) {
                *cp = v;
                return true;
            }
        return false;
    }
    if (len == 0 || len > tr_uniname_longest) return false;
    char up[256];
    if (len >= sizeof up) return false;
    for (size_t i = 0; i < len; i++) {
        if (name[i] & 0x80) return false; /* the names are ASCII (and the lexicon uses bit 7) */
        up[i] = name[i] >= 'a' && name[i] <= 'z' ? name[i] - 32 : name[i];
    }
    /* PREFIX-XXXX, the code point in hex (exactly as the name writes it) */
    for (unsigned i = 0; i < tr_uniname_nhex; i++) {
        const TrUninameHexRange *r = &tr_uniname_hex[i];
        size_t pl = strlen(r->prefix);
        uint32_t v;
        if (len > pl && len - pl <= 6 && memcmp(up, r->prefix, pl) == 0 && parse_hex(up + pl, len - pl, &v) &&
            v >= r->first && v <= r->last && len - pl == (v > 0xFFFF ? 5u : 4u)) {
            *cp = v;
            return true;
        }
    }
    /* the words' codes, then the phrasebook and the aliases compared word by word */
    unsigned want[64];
    size_t nwant = 0;
    for (size_t i = 0; i <= len;) {
        size_t j = i;
        while (j < len && up[j] != ' ') j++;
        long c = j > i && nwant < 64 ? find_word(up + i, j - i) : -1;
        if (c < 0) return false; /* an unknown word, an empty one (two spaces) or too many */
        want[nwant++] = (unsigned)c;
        i = j + 1;
    }
    const unsigned char *p = tr_uniname_phrases;
    unsigned cur[16];
    size_t ncur = 0;
    for (unsigned r = 0; r < tr_uniname_nruns; r++)
        for (uint32_t k = 0; k < tr_uniname_runs[r][1]; k++) {
            unsigned shared = *p >> 4, fresh = *p & 15;
            p++;
            ncur = shared;
            for (unsigned w = 0; w < fresh; w++) cur[ncur++] = word_code(&p);
            if (ncur == nwant && memcmp(cur, want, nwant * sizeof *want) == 0) {
                *cp = tr_uniname_runs[r][0] + k;
                return true;
            }
        }
    p = tr_uniname_aliases;
    for (unsigned a = 0; a < tr_uniname_naliases; a++) {
        uint32_t v = (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
        unsigned n = p[3];
        p += 4;
        bool same = n == nwant;
        for (unsigned w = 0; w < n; w++) same &= word_code(&p) == want[w];
        if (same) {
            *cp = v;
            return true;
        }
    }
    return false;
}

/* --- code point to name ---------------------------------------------------------------
 * The phrasebook can only be read forwards (each entry shares words with the one before),
 * so the first use records a checkpoint every CHECKPOINT entries (its offset and its
 * decoded words) and the offset of every lexicon word: a name then costs at most
 * CHECKPOINT entries' decoding. */
enum { CHECKPOINT = 32, MAX_WORDS = 16 };
typedef struct { const unsigned char *at; unsigned nwords; uint16_t words[MAX_WORDS]; } Checkpoint;
static Checkpoint *checkpoints;
static uint32_t *word_offsets;

static bool index_names(void) {
    if (checkpoints) return true;
    size_t entries = 0;
    for (unsigned r = 0; r < tr_uniname_nruns; r++) entries += tr_uniname_runs[r][1];
    Checkpoint *cps = malloc((entries / CHECKPOINT + 1) * sizeof *cps);
    uint32_t *offs = malloc(tr_uniname_nwords * sizeof *offs);
    if (!cps || !offs) {
        free(cps);
        free(offs);
        return false;
    }
    const unsigned char *p = tr_uniname_phrases;
    unsigned cur[MAX_WORDS], ncur = 0;
    for (size_t e = 0; e < entries; e++) {
        if (e % CHECKPOINT == 0) {
            Checkpoint *c = &cps[e / CHECKPOINT];
            c->at = p;
            c->nwords = ncur;
            for (unsigned w = 0; w < ncur; w++) c->words[w] = (uint16_t)cur[w];
        }
        unsigned shared = *p >> 4, fresh = *p & 15;
        p++;
        ncur = shared;
        for (unsigned w = 0; w < fresh; w++) cur[ncur++] = word_code(&p);
    }
    const unsigned char *w = tr_uniname_lexicon;
    for (unsigned code = 0; code < tr_uniname_nwords; code++) {
        offs[code] = (uint32_t)(w - tr_uniname_lexicon);
        while (!(*w & 0x80)) w++;
        w++;
    }
    word_offsets = offs;
    checkpoints = cps;
    return true;
}

/* The words of phrasebook entry e into words; returns their count. */
static unsigned entry_words(size_t e, unsigned *words) {
    const Checkpoint *c = &checkpoints[e / CHECKPOINT];
    const unsigned char *p = c->at;
    unsigned n = c->nwords;
    for (unsigned w = 0; w < n; w++) words[w] = c->words[w];
    for (size_t k = e - e % CHECKPOINT; k <= e; k++) {
        unsigned shared = *p >> 4, fresh = *p & 15;
        p++;
        n = shared;
        for (unsigned w = 0; w < fresh; w++) words[n++] = word_code(&p);
    }
    return n;
}

/* Appends s to out[*len..cap); false if it does not fit with a NUL after it. */
static bool put(char *out, size_t cap, size_t *len, const char *s, size_t n) {
    if (*len + n + 1 > cap) return false;
    memcpy(out + *len, s, n);
    *len += n;
    out[*len] = 0;
    return true;
}

bool tr_uniname_name(uint32_t cp, char *out, size_t cap) {
    char buf[64];
    if (cp >= 0xAC00 && cp < 0xAC00 + 11172) {
        uint32_t s = cp - 0xAC00;
        int n = snprintf(buf, sizeof buf, "HANGUL SYLLABLE %s%s%s", hangul_l[s / (21 * 28)], hangul_v[s / 28 % 21],
                         hangul_t[s % 28]);
        size_t len = 0;
        return put(out, cap, &len, buf, (size_t)n);
    }
    for (unsigned i = 0; i < tr_uniname_nunified; i++)
        if (cp >= tr_uniname_unified[i][0] && cp <= tr_uniname_unified[i][1]) {
            int n = snprintf(buf, sizeof buf, "CJK UNIFIED IDEOGRAPH-%04X", (unsigned)cp);
            size_t len = 0;
            return put(out, cap, &len, buf, (size_t)n);
        }
    for (unsigned i = 0; i < tr_uniname_nhex; i++)
        if (cp >= tr_uniname_hex[i].first && cp <= tr_uniname_hex[i].last) {
            int n = snprintf(buf, sizeof buf, "%s%04X", tr_uniname_hex[i].prefix, (unsigned)cp);
            size_t len = 0;
            return put(out, cap, &len, buf, (size_t)n);
        }
    size_t e = 0;
    for (unsigned r = 0; r < tr_uniname_nruns; r++) {
        uint32_t first = tr_uniname_runs[r][0], count = tr_uniname_runs[r][1];
        if (cp >= first && cp < first + count) {
            if (!index_names()) return false;
            unsigned words[MAX_WORDS], n = entry_words(e + (cp - first), words);
            size_t len = 0;
            for (unsigned w = 0; w < n; w++) {
                const unsigned char *word = tr_uniname_lexicon + word_offsets[words[w]];
                size_t wl = 0;
                while (!(word[wl] & 0x80)) wl++;
                char last = (char)(word[wl] & 0x7f);
                if ((w && !put(out, cap, &len, " ", 1)) || !put(out, cap, &len, (const char *)word, wl) ||
                    !put(out, cap, &len, &last, 1))
                    return false;
            }
            return true;
        }
        e += count;
    }
    return false;
}
