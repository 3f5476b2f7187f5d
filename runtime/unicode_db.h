/* unicode_db.h — the Unicode character database of the str methods (internal to the
 * runtime): per-code-point flags, full case mappings and decimal values, generated from
 * CPython 3.11 by tools/gen_unicode_db.py into unicode_db.c. */
#ifndef TR_UNICODE_DB_H
#define TR_UNICODE_DB_H
#include <stdint.h>

/* Flag bits of TrUniRecord.flags (same order as the generator); bits 24-27 hold the
 * decimal value of DECIMAL characters. */
enum {
    TR_UNI_ALPHA = 1 << 0, TR_UNI_DECIMAL = 1 << 1, TR_UNI_DIGIT = 1 << 2, TR_UNI_NUMERIC = 1 << 3,
    TR_UNI_LOWER = 1 << 4, TR_UNI_UPPER = 1 << 5, TR_UNI_TITLE = 1 << 6, TR_UNI_CASED = 1 << 7,
    TR_UNI_CASE_IGNORABLE = 1 << 8, TR_UNI_SPACE = 1 << 9, TR_UNI_PRINTABLE = 1 << 10,
    TR_UNI_XID_START = 1 << 11, TR_UNI_XID_CONTINUE = 1 << 12,
    TR_UNI_EXT_UPPER = 1 << 13, TR_UNI_EXT_LOWER = 1 << 14, TR_UNI_EXT_TITLE = 1 << 15,
    TR_UNI_EXT_FOLD = 1 << 16,
};
#define TR_UNI_DECIMAL_SHIFT 24

/* A case mapping field is the delta to the single mapped code point, or, when the
 * record's EXT_ flag for it is set, (index into tr_uni_ext) | (length << 24). */
typedef struct TrUniRecord { uint32_t flags; int32_t upper, lower, title, fold; } TrUniRecord;
enum { TR_UNI_UPPER_MAP, TR_UNI_LOWER_MAP, TR_UNI_TITLE_MAP, TR_UNI_FOLD_MAP };

extern const TrUniRecord tr_uni_records[];
extern const uint16_t tr_uni_index1[], tr_uni_index2[];
extern const uint32_t tr_uni_ext[];

static inline const TrUniRecord *tr_uni_record(uint32_t cp) {
    if (cp > 0x10ffff) cp = 0xd800; /* a surrogate: the empty record */
    return &tr_uni_records[tr_uni_index2[(tr_uni_index1[cp >> 7] << 7) | (cp & 127)]];
}
static inline uint32_t tr_uni_flags(uint32_t cp) { return tr_uni_record(cp)->flags; }

/* Full case mapping `which` (TR_UNI_*_MAP) of cp into out[3]; returns the length. */
static inline int tr_uni_case_map(uint32_t cp, int which, uint32_t *out) {
    const TrUniRecord *r = tr_uni_record(cp);
    int32_t v = which == TR_UNI_UPPER_MAP ? r->upper : which == TR_UNI_LOWER_MAP ? r->lower
              : which == TR_UNI_TITLE_MAP ? r->title : r->fold;
    if (!(r->flags & (TR_UNI_EXT_UPPER << which))) { out[0] = (uint32_t)((int32_t)cp + v); return 1; }
    int n = (int)((uint32_t)v >> 24);
    for (int i = 0; i < n; i++) out[i] = tr_uni_ext[(v & 0xffffff) + i];
    return n;
}
#endif
