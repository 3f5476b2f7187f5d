/* uniname.h — Unicode character names for `\N{...}` escapes and the unicodedata module
 * (the compiler links them from the stdlib archive): the word-coded table that
 * tools/gen_unicode_names.py generates from CPython 3.11 into uniname_db.c (the
 * generator explains the encoding), and the lookups of uniname.c. */
#ifndef TRC_UNINAME_H
#define TRC_UNINAME_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct TrUninameHexRange { uint32_t first, last; const char *prefix; } TrUninameHexRange;

extern const unsigned tr_uniname_short, tr_uniname_nwords, tr_uniname_longest;
extern const unsigned char tr_uniname_lexicon[], tr_uniname_phrases[], tr_uniname_aliases[];
extern const uint32_t tr_uniname_runs[][2], tr_uniname_unified[][2];
extern const unsigned tr_uniname_nruns, tr_uniname_naliases, tr_uniname_nhex, tr_uniname_nunified;
extern const TrUninameHexRange tr_uniname_hex[];

/* The code point named name[0..len) as CPython 3.11's `\N{name}` finds it: character
 * names and name aliases in any case; CJK UNIFIED IDEOGRAPH-XXXX (4 or 5 upper-case hex
 * digits) and HANGUL SYLLABLE names in upper case only.  False if there is none. */
bool tr_uniname_lookup(const char *name, size_t len, uint32_t *cp);

/* The name of cp as unicodedata.name gives it (no aliases), written NUL-terminated into
 * out[0..cap); false if cp has no name (or cap is too small: TR_UNINAME_MAX is enough). */
#define TR_UNINAME_MAX 128
bool tr_uniname_name(uint32_t cp, char *out, size_t cap);

#endif
