/* run_cache.c — the cache of `trc run`: a program whose sources have not changed since
 * it last ran is not compiled again.  An entry is named by a hash of the trc executable
 * (its path, mtime and size: a rebuilt compiler or runtime misses), the flags and the
 * main source; ENTRY.manifest lists every imported source with a hash of its contents
 * (not the stdlib's sources trc carries: they change only with trc) and every path the import search probed in vain; ENTRY.o is libtcc's object code.
 * The hash of the manifest's text names the entry's tier-2 executable (tier.c): the
 * key and the manifest together say exactly which sources a program was built from.
 * Assumes: writers publish files by rename, so a reader never sees a partial entry. */
#include "trc.h"
#include "build.h"
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

static char *contents_hash(const SrcFile *f) {
    Hash h = HASH_INIT;
    hash_bytes(&h, f->contents, f->size);
    return hash_hex(&h);
}

char *run_cache_entry(Toolchain *tc, BuildOptions *o, SrcFile *main_file) {
    Hash h = HASH_INIT;
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = 0;
    struct stat st;
    if (stat(exe, &st) == 0) {
        hash_bytes(&h, &st.st_mtime, sizeof st.st_mtime);
        hash_bytes(&h, &st.st_size, sizeof st.st_size);
    }
    hash_str(&h, exe);
    hash_str(&h, TRC_VERSION);
    hash_bytes(&h, &o->opt_level, sizeof o->opt_level);
    hash_bytes(&h, &o->debug, sizeof o->debug);
    hash_str(&h, main_file->path);
    hash_bytes(&h, main_file->contents, main_file->size);
    make_dirs(tc->cachedir);
    return format("%s/run-%s", tc->cachedir, hash_hex(&h));
}

char *run_cache_object(const char *entry) { return format("%s.o", entry); }

/* Each manifest line: "F <hash> <path>" (a source that must still hash the same) or
 * "M <path>" (a path that must still not exist).  On a hit, *manifest_hash is the hash
 * of the manifest's text. */
bool run_cache_hit(const char *entry, char **manifest_hash) {
    char *manifest = format("%s.manifest", entry);
    FILE *f = fopen(manifest, "r");
    free(manifest);
    if (!f) return false;
    char *object = run_cache_object(entry);
    bool valid = is_file(object);
    free(object);
    char line[8192];
    Hash text = HASH_INIT;
    while (valid && fgets(line, sizeof line, f)) {
        size_t len = strlen(line);
        if (len == 0 || line[len - 1] != '\n') { valid = false; break; }
        hash_bytes(&text, line, len);
        line[len - 1] = 0;
        if (line[0] == 'M' && line[1] == ' ') valid = !is_file(line + 2);
        else if (line[0] == 'F' && line[1] == ' ' && len > 36 && line[34] == ' ') {
            line[34] = 0;
            SrcFile *src = read_source(line + 35);
            valid = src && !strcmp(contents_hash(src), line + 2);
        } else valid = false;
    }
    fclose(f);
    if (valid) *manifest_hash = hash_hex(&text);
    return valid;
}

static char *manifest_text(Program *p, size_t *len) {
    StrBuf b = {0};
    sb_add(&b, "", 0);
    for (int i = 0; i < p->modules.len; i++) {
        Module *m = p->modules.data[i];
        if (m != p->main && !m->is_stdlib && !m->is_carried) sb_printf(&b, "F %s %s\n", contents_hash(m->file), m->file->path);
    }
    for (int i = 0; i < p->probed_missing.len; i++) sb_printf(&b, "M %s\n", (char *)p->probed_missing.data[i]);
    *len = b.len;
    return b.data;
}

char *run_cache_manifest_hash(Program *p) {
    size_t len;
    char *text = manifest_text(p, &len);
    Hash h = HASH_INIT;
    hash_bytes(&h, text, len);
    free(text);
    return hash_hex(&h);
}

/* Written after ENTRY.o: a manifest implies a complete object.  The manifest's hash, or
 * NULL when the cache is not writable. */
char *run_cache_store(const char *entry, Program *p) {
    char *manifest = format("%s.manifest", entry);
    char *tmp = format("%s.%d.tmp", manifest, (int)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f) return NULL; /* an unwritable cache only costs speed */
    size_t len;
    char *text = manifest_text(p, &len);
    bool ok = fwrite(text, 1, len, f) == len;
    free(text);
    if (fclose(f) != 0 || !ok || rename(tmp, manifest) != 0) {
        unlink(tmp);
        return NULL;
    }
    return run_cache_manifest_hash(p);
}
