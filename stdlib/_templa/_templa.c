/* _templa.c — the C helper of templa (stdlib/templa/): escape_text(s), html.escape's
 * replacement of & < > " ' by &amp; &lt; &gt; &quot; &#x27; in one pass over the
 * UTF-8 bytes (the five characters are ASCII, so no decoding), returning s itself
 * when nothing needs escaping.  templa.markup falls back to str.replace without it
 * (when CPython runs templa's sources as the oracle). */
#include "tr.h"

static TrValue f_escape_text(TrValue *args, size_t nargs, TrValue kw) {
    if (tr_no_kwargs("escape_text", kw) || tr_check_nargs("escape_text", nargs, 1, 1)) return 0;
    TrValue s = args[0];
    if (!tr_str_check(s)) return tr_err(TR_EXC_TYPE(TypeError), "escape_text() argument must be str, not %s", TR_TYPE_NAME(s));
    const char *p = tr_str_cstr(s);
    size_t n = TR_STR(s)->len, extra = 0;
    for (size_t i = 0; i < n; i++) {
        switch (p[i]) {
        case '&': extra += 4; break;
        case '<': case '>': extra += 3; break;
        case '"': case '\'': extra += 5; break;
        }
    }
    if (!extra) return s;
    TrBuf b;
    tr_buf_init(&b);
    size_t start = 0;
    for (size_t i = 0; i < n; i++) {
        const char *entity;
        switch (p[i]) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        case '\'': entity = "&#x27;"; break;
        default: continue;
        }
        tr_buf_add(&b, p + start, i - start);
        tr_buf_adds(&b, entity);
        start = i + 1;
    }
    tr_buf_add(&b, p + start, n - start);
    return tr_buf_finish(&b);
}

static const TrMethodDef functions[] = {{"escape_text", f_escape_text}, {0}};

TrValue trmod___templa_init(void) {
    static TrValue m;
    if (m) return m;
    tr_add_roots(&m, sizeof m);
    m = tr_module_new("_templa", 0, NULL, NULL);
    tr_module_add_functions(m, functions);
    return m;
}
