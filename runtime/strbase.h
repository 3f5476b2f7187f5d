/* strbase.h — internal interface between obj_str.c, obj_bytes.c and strbase.c, which
 * holds the methods str, bytes and bytearray share (search, split, strip, pad, join,
 * replace, case mapping, predicates), written once over byte ranges. */
#ifndef TR_STRBASE_H
#define TR_STRBASE_H
#include "tr.h"

/* obj_str.c: a str of len bytes and nchars code points to fill in, then seal (which
 * builds the code point index); code point index <-> byte offset. */
TrValue tr_str_alloc(size_t len, size_t nchars);
TrValue tr_str_seal(TrValue s);
TrValue tr_str_new_ascii(const char *s, size_t len); /* caller knows s is ASCII */
size_t tr_str_offset(TrValue s, size_t index);
size_t tr_str_index_at(TrValue s, size_t offset);

/* obj_bytes.c: the bytes of a bytes or bytearray value, or NULL for anything else. */
const char *tr_bytes_view(TrValue v, size_t *len);

/* strbase.c: the ASCII text int() and float() parse: Unicode decimal digits as their
 * ASCII digit, Unicode spaces as ' ', other non-ASCII characters as '?' (s if ASCII). */
TrValue tr_str_ascii_digits(TrValue s);

/* format.c: bytes % args */
TrValue tr_bytes_percent(TrValue fmt, TrValue args);

/* strbase.c */
const char *tr_mem_find(const char *h, size_t hn, const char *n, size_t nn); /* memmem, tuned for short text */
intptr_t tr_hash_bytes(const char *p, size_t n); /* pointer-sized as Py_hash_t, never -1 */
/* the same hash of bytes followed by zeroes up to a multiple of 8 (a str's data) */
intptr_t tr_hash_padded_bytes(const char *p, size_t n);
enum { TR_CASE_UPPER, TR_CASE_LOWER, TR_CASE_TITLE, TR_CASE_FOLD, TR_CASE_SWAP, TR_CASE_CAPITALIZE };
TrValue tr_sb_case(TrValue self, int mode);           /* str: full Unicode; bytes: ASCII */
TrValue tr_sb_predicate(TrValue self, uint32_t flags); /* all chars have one of flags (TR_UNI_*) */
extern const TrMethodDef tr_sb_methods[];
#endif
