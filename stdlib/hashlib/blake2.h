/* blake2.h — BLAKE2b and BLAKE2s (RFC 7693) with the parameter block's digest length,
 * key, salt and personalization, for hashlib.blake2b/blake2s (CPython's _blake2 is its
 * own implementation too: OpenSSL 3.0's BLAKE2 digests have a fixed length and no key). */
#ifndef TRC_BLAKE2_H
#define TRC_BLAKE2_H
#include <stdint.h>
#include <stddef.h>
#include <string.h>

typedef struct { uint64_t h[8], t[2]; uint8_t buf[128]; size_t c, outlen; } B2b;
typedef struct { uint32_t h[8], t[2]; uint8_t buf[64]; size_t c, outlen; } B2s;

static const uint8_t b2_sigma[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4}, {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13}, {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11}, {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5}, {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
};

static const uint64_t b2b_iv[8] = {
    0x6A09E667F3BCC908ULL, 0xBB67AE8584CAA73BULL, 0x3C6EF372FE94F82BULL, 0xA54FF53A5F1D36F1ULL,
    0x510E527FADE682D1ULL, 0x9B05688C2B3E6C1FULL, 0x1F83D9ABFB41BD6BULL, 0x5BE0CD19137E2179ULL,
};
static const uint32_t b2s_iv[8] = {
    0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19,
};

static inline uint64_t b2_load64(const uint8_t *p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = v << 8 | p[i];
    return v;
}
static inline uint32_t b2_load32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
#define B2_ROTR64(x, n) (((x) >> (n)) | ((x) << (64 - (n))))
#define B2_ROTR32(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void b2b_compress(B2b *s, int last) {
    uint64_t v[16], m[16];
    for (int i = 0; i < 8; i++) { v[i] = s->h[i]; v[i + 8] = b2b_iv[i]; }
    v[12] ^= s->t[0];
    v[13] ^= s->t[1];
    if (last) v[14] = ~v[14];
    for (int i = 0; i < 16; i++) m[i] = b2_load64(s->buf + 8 * i);
#define B2B_G(a, b, c, d, x, y) do { \
        v[a] = v[a] + v[b] + x; v[d] = B2_ROTR64(v[d] ^ v[a], 32); \
        v[c] = v[c] + v[d]; v[b] = B2_ROTR64(v[b] ^ v[c], 24); \
        v[a] = v[a] + v[b] + y; v[d] = B2_ROTR64(v[d] ^ v[a], 16); \
        v[c] = v[c] + v[d]; v[b] = B2_ROTR64(v[b] ^ v[c], 63); } while (0)
    for (int r = 0; r < 12; r++) {
        const uint8_t *z = b2_sigma[r];
        B2B_G(0, 4, 8, 12, m[z[0]], m[z[1]]);
        B2B_G(1, 5, 9, 13, m[z[2]], m[z[3]]);
        B2B_G(2, 6, 10, 14, m[z[4]], m[z[5]]);
        B2B_G(3, 7, 11, 15, m[z[6]], m[z[7]]);
        B2B_G(0, 5, 10, 15, m[z[8]], m[z[9]]);
        B2B_G(1, 6, 11, 12, m[z[10]], m[z[11]]);
        B2B_G(2, 7, 8, 13, m[z[12]], m[z[13]]);
        B2B_G(3, 4, 9, 14, m[z[14]], m[z[15]]);
    }
    for (int i = 0; i < 8; i++) s->h[i] ^= v[i] ^ v[i + 8];
}

static void b2s_compress(B2s *s, int last) {
    uint32_t v[16], m[16];
    for (int i = 0; i < 8; i++) { v[i] = s->h[i]; v[i + 8] = b2s_iv[i]; }
    v[12] ^= s->t[0];
    v[13] ^= s->t[1];
    if (last) v[14] = ~v[14];
    for (int i = 0; i < 16; i++) m[i] = b2_load32(s->buf + 4 * i);
#define B2S_G(a, b, c, d, x, y) do { \
        v[a] = v[a] + v[b] + x; v[d] = B2_ROTR32(v[d] ^ v[a], 16); \
        v[c] = v[c] + v[d]; v[b] = B2_ROTR32(v[b] ^ v[c], 12); \
        v[a] = v[a] + v[b] + y; v[d] = B2_ROTR32(v[d] ^ v[a], 8); \
        v[c] = v[c] + v[d]; v[b] = B2_ROTR32(v[b] ^ v[c], 7); } while (0)
    for (int r = 0; r < 10; r++) {
        const uint8_t *z = b2_sigma[r];
        B2S_G(0, 4, 8, 12, m[z[0]], m[z[1]]);
        B2S_G(1, 5, 9, 13, m[z[2]], m[z[3]]);
        B2S_G(2, 6, 10, 14, m[z[4]], m[z[5]]);
        B2S_G(3, 7, 11, 15, m[z[6]], m[z[7]]);
        B2S_G(0, 5, 10, 15, m[z[8]], m[z[9]]);
        B2S_G(1, 6, 11, 12, m[z[10]], m[z[11]]);
        B2S_G(2, 7, 8, 13, m[z[12]], m[z[13]]);
        B2S_G(3, 4, 9, 14, m[z[14]], m[z[15]]);
    }
    for (int i = 0; i < 8; i++) s->h[i] ^= v[i] ^ v[i + 8];
}

static void b2b_update(B2b *s, const uint8_t *in, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s->c == 128) {
            s->t[0] += s->c;
            if (s->t[0] < s->c) s->t[1]++;
            b2b_compress(s, 0);
            s->c = 0;
        }
        s->buf[s->c++] = in[i];
    }
}

static void b2s_update(B2s *s, const uint8_t *in, size_t n) {
    for (size_t i = 0; i < n; i++) {
        if (s->c == 64) {
            s->t[0] += (uint32_t)s->c;
            if (s->t[0] < s->c) s->t[1]++;
            b2s_compress(s, 0);
            s->c = 0;
        }
        s->buf[s->c++] = in[i];
    }
}

/* the parameter block: digest length, key length, fanout 1, depth 1, salt, person */
static void b2b_init(B2b *s, size_t outlen, const uint8_t *key, size_t keylen, const uint8_t *salt, size_t saltlen,
                     const uint8_t *person, size_t personlen) {
    uint8_t p[64] = {0};
    p[0] = (uint8_t)outlen;
    p[1] = (uint8_t)keylen;
    p[2] = 1;
    p[3] = 1;
    memcpy(p + 32, salt, saltlen);
    memcpy(p + 48, person, personlen);
    memset(s, 0, sizeof *s);
    for (int i = 0; i < 8; i++) s->h[i] = b2b_iv[i] ^ b2_load64(p + 8 * i);
    s->outlen = outlen;
    if (keylen) {
        uint8_t block[128] = {0};
        memcpy(block, key, keylen);
        b2b_update(s, block, 128);
    }
}

static void b2s_init(B2s *s, size_t outlen, const uint8_t *key, size_t keylen, const uint8_t *salt, size_t saltlen,
                     const uint8_t *person, size_t personlen) {
    uint8_t p[32] = {0};
    p[0] = (uint8_t)outlen;
    p[1] = (uint8_t)keylen;
    p[2] = 1;
    p[3] = 1;
    memcpy(p + 16, salt, saltlen);
    memcpy(p + 24, person, personlen);
    memset(s, 0, sizeof *s);
    for (int i = 0; i < 8; i++) s->h[i] = b2s_iv[i] ^ b2_load32(p + 4 * i);
    s->outlen = outlen;
    if (keylen) {
        uint8_t block[64] = {0};
        memcpy(block, key, keylen);
        b2s_update(s, block, 64);
    }
}

/* the digest of a copy of s (s itself stays usable, as hashlib's digest() does) */
static void b2b_final(const B2b *st, uint8_t *out) {
    B2b s = *st;
    s.t[0] += s.c;
    if (s.t[0] < s.c) s.t[1]++;
    memset(s.buf + s.c, 0, 128 - s.c);
    b2b_compress(&s, 1);
    for (size_t i = 0; i < s.outlen; i++) out[i] = (uint8_t)(s.h[i >> 3] >> (8 * (i & 7)));
}

static void b2s_final(const B2s *st, uint8_t *out) {
    B2s s = *st;
    s.t[0] += (uint32_t)s.c;
    if (s.t[0] < s.c) s.t[1]++;
    memset(s.buf + s.c, 0, 64 - s.c);
    b2s_compress(&s, 1);
    for (size_t i = 0; i < s.outlen; i++) out[i] = (uint8_t)(s.h[i >> 2] >> (8 * (i & 3)));
}
#endif
