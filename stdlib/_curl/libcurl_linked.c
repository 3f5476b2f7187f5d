/* libcurl_linked.c — libcurl_api() for built executables: the table holds the addresses
 * of the functions the executable links (-lcurl, compiler/stdlib_registry.c). trc links
 * libcurl_lazy.c instead (libcurl_api.h says how). */
#include "libcurl_api.h"

const LibcurlApi *libcurl_api(const char **error) {
    (void)error;
#define LINKED(name) .name = curl_##name,
    static const LibcurlApi linked = {LIBCURL_FUNCTIONS(LINKED)};
#undef LINKED
    return &linked;
}
