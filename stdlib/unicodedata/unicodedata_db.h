/* unicodedata_db.h — the character properties of the unicodedata module, generated from
 * CPython 3.11 (Unicode 14.0.0) by tools/gen_unicode_db.py into unicodedata_db.c. */
#ifndef TR_UNICODEDATA_DB_H
#define TR_UNICODEDATA_DB_H
#include <stdint.h>

/* category, bidi and eaw index the name tables (bidi 0: ''); decomp is 0 (none) or the
 * index in tr_ud_decomps of a word (tag << 8 | count: tag indexes tr_ud_tags, 0 for a
 * canonical decomposition) followed by count code points; numeric indexes
 * tr_ud_numerics (0: none); digit and decimal are -1 for none. */
typedef struct TrUdRecord {
    uint8_t category, bidi, combining, mirrored, eaw;
    uint16_t decomp, numeric;
    int8_t digit, decimal;
} TrUdRecord;

extern const char tr_ud_version[];
extern const char *const tr_ud_categories[], *const tr_ud_bidi[], *const tr_ud_eaw[], *const tr_ud_tags[];
extern const TrUdRecord tr_ud_records[];
extern const uint16_t tr_ud_index1[], tr_ud_index2[];
extern const double tr_ud_numerics[];
extern const uint32_t tr_ud_decomps[];
/* the canonical compositions (first, second, composite), sorted by first then second;
 * excluded compositions are not there */
extern const unsigned tr_ud_npairs;
extern const uint32_t tr_ud_pairs[][3];

static inline const TrUdRecord *tr_ud_record(uint32_t cp) {
    return &tr_ud_records[tr_ud_index2[(tr_ud_index1[cp >> 7] << 7) | (cp & 127)]];
}
#endif
