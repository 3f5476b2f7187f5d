/* suggest.c — the "Did you mean" trailer of uncaught NameError and AttributeError,
 * following CPython 3.11's Python/suggestions.c: a Levenshtein distance with a cheaper
 * case change, candidates within a third of the characters, the first closest one wins.
 * NameError candidates: the co_varnames of the raising frame (or of the comprehension or
 * class body inside it), then its module's globals (in CPython's __main__ order: the
 * standard dunders first), then CPython's builtins (its names in its order, so the text
 * matches even for builtins trc lacks).  AttributeError candidates: dir(obj).
 * Assumes: the runtime sets NameError.name and AttributeError.name/.obj (compiled.c,
 * object.c) and the innermost traceback entry is the raising frame. */
#include "tr.h"

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
    if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
    return a == b ? CASE_COST : MOVE_COST;
}

/* The edit distance of a and b, or max_cost + 1 once it is certainly above max_cost. */
static size_t levenshtein(const char *a, size_t a_size, const char *b, size_t b_size, size_t max_cost) {
    size_t buffer[MAX_STRING_SIZE];
    while (a_size && b_size && a[0] == b[0]) a++, a_size--, b++, b_size--;
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) a_size--, b_size--;
    if (a_size == 0 || b_size == 0) return (a_size + b_size) * MOVE_COST;
    if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE) return max_cost + 1;
    if (b_size < a_size) { /* the shorter one indexes the row */
        const char *t = a; a = b; b = t;
        size_t n = a_size; a_size = b_size; b_size = n;
    }
    if ((b_size - a_size) * MOVE_COST > max_cost) return max_cost + 1;
    for (size_t i = 0; i < a_size; i++) buffer[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < b_size; bi++) {
        size_t distance = result = bi * MOVE_COST, minimum = SIZE_MAX;
        for (size_t ai = 0; ai < a_size; ai++) {
            size_t substitute = distance + substitution_cost(b[bi], a[ai]);
            distance = buffer[ai];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[ai] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* The closest of n candidate names to name, or NULL. */
static const char *closest(const char *const *cands, size_t n, TrValue name) {
    if (n >= MAX_CANDIDATE_ITEMS) return NULL;
    const char *s = tr_str_cstr(name), *best = NULL;
    size_t len = TR_STR(name)->len, best_dist = SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        size_t clen = strlen(cands[i]);
        if (clen == len && !memcmp(cands[i], s, len)) continue;
        size_t max_dist = (len + clen + 3) * MOVE_COST / 6;
        if (best_dist - 1 < max_dist) max_dist = best_dist - 1;
        size_t d = levenshtein(s, len, cands[i], clen, max_dist);
        if (d > max_dist) continue;
        if (!best || d < best_dist) { best = cands[i]; best_dist = d; }
    }
    return best;
}

/* The str items of a list, as C strings */
static const char **list_names(TrValue list, size_t *n) {
    const char **out = tr_alloc(sizeof(char *) * (TR_LIST(list)->len + 1));
    *n = 0;
    for (size_t i = 0; i < TR_LIST(list)->len; i++)
        if (tr_str_check(tr_list_items(TR_LIST(list))[i])) out[(*n)++] = tr_str_cstr(tr_list_items(TR_LIST(list))[i]);
    return out;
}

static const char *const main_dunders[] = {
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__", "__builtins__",
    "__file__", "__cached__",
};

static bool is_main_dunder(const char *s) {
    for (size_t i = 0; i < sizeof main_dunders / sizeof main_dunders[0]; i++)
        if (!strcmp(s, main_dunders[i])) return true;
    return false;
}

/* The names bound in a module: the standard dunders, then its globals in slot order. */
static const char **module_names(TrModule *m, size_t *n) {
    size_t ndunders = sizeof main_dunders / sizeof main_dunders[0];
    size_t extra = m->dict && tr_dict_check(m->dict) ? (size_t)tr_dict_len(m->dict) : 0;
    const char **out = tr_alloc(sizeof(char *) * (ndunders + m->nslots + extra + 1));
    memcpy(out, main_dunders, sizeof main_dunders);
    *n = ndunders;
    for (size_t i = 0; i < m->nslots; i++)
        if (m->slots[i] && !is_main_dunder(m->slot_names[i])) out[(*n)++] = m->slot_names[i];
    size_t pos = 0;
    TrValue k, v;
    while (extra && tr_dict_next(m->dict, &pos, &k, &v))
        if (tr_str_check(k) && !is_main_dunder(tr_str_cstr(k))) out[(*n)++] = tr_str_cstr(k);
    return out;
}

/* CPython 3.11's builtins namespace, in its order */
static const char *const cpython_builtins[] = {
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__", "__import__", "abs", "all",
    "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile", "delattr", "dir", "divmod", "eval", "exec",
    "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "input", "isinstance", "issubclass", "iter",
    "aiter", "len", "locals", "max", "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round",
    "setattr", "sorted", "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool",
    "memoryview", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
    "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set", "slice", "staticmethod",
    "str", "super", "tuple", "type", "zip", "__debug__", "BaseException", "BaseExceptionGroup", "Exception",
    "GeneratorExit", "KeyboardInterrupt", "SystemExit", "ArithmeticError", "AssertionError", "AttributeError",
    "BufferError", "EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "OSError",
    "ReferenceError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError",
    "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError", "ZeroDivisionError",
    "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
    "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning",
    "UserWarning", "BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError",
    "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
    "ProcessLookupError", "TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError",
    "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError", "BrokenPipeError",
    "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError", "TabError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeTranslateError", "ExceptionGroup", "EnvironmentError", "IOError", "open",
    "quit", "exit", "copyright", "credits", "license", "help",
};

static const char *name_error_suggestion(TrValue exc, TrValue name) {
    TrTraceback *tb = TR_EXC(exc)->tb; /* the raising frame: the innermost */
    if (!tb) return NULL;
    while (tb->next) tb = tb->next;
    const TrCode *code = tb->code;
    const char *const *varnames = TR_EXC(exc)->scope_varnames ? TR_EXC(exc)->scope_varnames : code->varnames;
    size_t n = 0;
    while (varnames && varnames[n]) n++;
    const char *s = closest(varnames, n, name);
    if (!s && code->module && *code->module) {
        const char **globals = module_names((TrModule *)*code->module, &n);
        s = closest(globals, n, name);
    }
    if (!s) s = closest(cpython_builtins, sizeof cpython_builtins / sizeof cpython_builtins[0], name);
    return s;
}

static const char *attribute_error_suggestion(TrValue exc, TrValue name) {
    TrValue obj = tr_getattr_opt(exc, TR_INTERN("obj"));
    TrValue dir = tr_builtin_lookup("dir");
    TrValue names = obj && obj != tr_None && dir ? tr_call1(dir, obj) : 0;
    if (!names || !tr_list_check(names)) return NULL;
    size_t n;
    const char **cands = list_names(names, &n);
    return closest(cands, n, name);
}

TrValue tr_exc_suggestion(TrValue exc) {
    TrType *t = TR_TYPE(exc);
    if (t != TR_EXC_TYPE(NameError) && t != TR_EXC_TYPE(AttributeError)) return 0;
    TrValue saved = tr_err_fetch(); /* lookups below must not disturb an error state */
    TrValue name = tr_getattr_opt(exc, TR_INTERN("name"));
    const char *s = NULL;
    if (name && TR_TYPE(name) == &tr_str_type)
        s = t == TR_EXC_TYPE(NameError) ? name_error_suggestion(exc, name) : attribute_error_suggestion(exc, name);
    TrValue r = s ? tr_str_fmt(". Did you mean: %R?", tr_str_from_cstr(s)) : 0;
    tr_err_clear();
    tr_err_restore(saved);
    return r;
}
