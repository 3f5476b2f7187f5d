/* str_index.c — an index from strings to ints, for lookups that would otherwise scan a
 * Vec of strings with strcmp (quadratic in big modules: the emitter's constant pool).
 * Open addressing with linear probing on the FNV-1a hash, at most half full.
 * Assumes: keys are not copied, so they must live as long as the index. */
#include "trc.h"

static uint32_t hash_key(const char *s) {
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* The slot of key, or the empty slot where it would go (cap is a power of two). */
static int find_slot(const StrIndex *ix, const char *key) {
    int mask = ix->cap - 1, i = (int)(hash_key(key) & (uint32_t)mask);
    while (ix->keys[i] && strcmp(ix->keys[i], key)) i = (i + 1) & mask;
    return i;
}

int str_index_get(const StrIndex *ix, const char *key) {
    if (!ix->cap) return -1;
    int i = find_slot(ix, key);
    return ix->keys[i] ? ix->values[i] : -1;
}

static void grow(StrIndex *ix) {
    StrIndex bigger = {.cap = ix->cap ? ix->cap * 2 : 64};
    bigger.keys = xmalloc(sizeof(char *) * bigger.cap);
    bigger.values = xmalloc(sizeof(int) * bigger.cap);
    for (int i = 0; i < ix->cap; i++)
        if (ix->keys[i]) str_index_put(&bigger, ix->keys[i], ix->values[i]);
    str_index_free(ix);
    *ix = bigger;
}

void str_index_put(StrIndex *ix, const char *key, int value) {
    if (2 * (ix->len + 1) > ix->cap) grow(ix);
    int i = find_slot(ix, key);
    if (!ix->keys[i]) ix->len++;
    ix->keys[i] = key;
    ix->values[i] = value;
}

void str_index_free(StrIndex *ix) {
    free(ix->keys);
    free(ix->values);
    *ix = (StrIndex){0};
}
