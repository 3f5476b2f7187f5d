/* help.c — the builtin `help`, an instance of _sitebuiltins._Helper as site.py makes it.
 * help(function) prints pydoc's text for a Python function byte for byte: the header,
 * the signature (defaults by repr, annotations as inspect.formatannotation writes them)
 * and the docstring cleaned as inspect.cleandoc does (tabs are not expanded).  Any other
 * object gets the same layout with its type's name and its docstring, which is pydoc's
 * only for the simplest cases.  help() runs pydoc's interactive loop:
 * its banner, then requests read with the builtin input() until EOF, an empty line or
 * "q"/"quit"; a request is answered as help(request) would (pydoc's topic, keyword and
 * module listings are not carried).
 * Assumes: sys.stdout is where help writes (pydoc's plain pager does the same). */
#include "tr.h"

static TrValue helper_repr(TrValue self) {
    return tr_str_from_cstr("Type help() for interactive help, or help(object) for help about object.");
}

/* inspect.cleandoc: the first line stripped, the common indentation of the others
 * removed, blank lines at both ends dropped; then pydoc's four-space indent */
static void append_doc(TrValue out, const char *doc) {
    const char *lines[512];
    size_t lens[512], n = 0, margin = SIZE_MAX;
    for (const char *p = doc; n < 512;) {
        const char *nl = strchr(p, '\n');
        lines[n] = p;
        lens[n] = nl ? (size_t)(nl - p) : strlen(p);
        n++;
        if (!nl) break;
        p = nl + 1;
    }
    for (size_t i = 1; i < n; i++) {
        size_t indent = 0;
        while (indent < lens[i] && lines[i][indent] == ' ') indent++;
        if (indent < lens[i] && indent < margin) margin = indent;
    }
    while (lens[0] && *lines[0] == ' ') lines[0]++, lens[0]--;
    for (size_t i = 1; i < n; i++) {
        size_t cut = margin < lens[i] ? margin : lens[i];
        lines[i] += cut, lens[i] -= cut;
    }
    size_t first = 0, last = n;
    while (first < n && !lens[first]) first++;
    while (last > first && !lens[last - 1]) last--;
    for (size_t i = first; i < last; i++) {
        size_t len = lens[i];
        while (i + 1 == last && len && lines[i][len - 1] == ' ') len--; /* pydoc's rstrip */
        tr_list_append(out, tr_str_from_cstr("    "));
        tr_list_append(out, tr_str_new(lines[i], len));
        tr_list_append(out, TR_INTERN("\n"));
    }
}

/* inspect.formatannotation: a class by its (module-qualified) name, anything else by repr */
static TrValue format_annotation(TrValue ann) {
    if (tr_isinstance_type(ann, &tr_type_type)) {
        TrValue module = tr_getattr_opt(ann, TR_INTERN("__module__"));
        TrValue qualname = tr_getattr_opt(ann, TR_INTERN("__qualname__"));
        if (qualname && module && tr_str_check(module) && !tr_str_eq_cstr(module, "builtins"))
            return tr_str_fmt("%S.%S", module, qualname);
        if (qualname) return qualname;
    }
    return tr_repr(ann);
}

/* One parameter: name, ": annotation", "=default" (" = default" when annotated) */
static TrValue format_param(TrFunc *f, const char *prefix, const char *name, TrValue dflt) {
    TrValue ann = f->annotations ? tr_dict_get_str(f->annotations, name) : 0;
    TrValue s = tr_str_fmt("%s%s", prefix, name);
    if (ann) s = tr_str_fmt("%S: %S", s, format_annotation(ann));
    if (dflt) s = tr_str_fmt(ann ? "%S = %R" : "%S=%R", s, dflt);
    return s;
}

/* inspect.signature(f) as str(): (a, b=1, /, *args, c, **kw) -> ret */
static TrValue function_signature(TrFunc *f) {
    const TrCode *c = f->code;
    TrValue parts = tr_list_new(0);
    size_t ndefaults = f->defaults ? TR_TUPLE(f->defaults)->len : 0;
    for (size_t i = 0; i < c->argcount; i++) {
        TrValue dflt = i + ndefaults >= c->argcount ? TR_TUPLE(f->defaults)->items[i + ndefaults - c->argcount] : 0;
        tr_list_append(parts, format_param(f, "", c->params[i], dflt));
        if (c->posonlycount && i + 1 == c->posonlycount) tr_list_append(parts, TR_INTERN("/"));
    }
    size_t next = c->argcount + c->kwonlycount;
    if (c->flags & TR_CO_VARARGS) tr_list_append(parts, format_param(f, "*", c->params[next++], 0));
    else if (c->kwonlycount) tr_list_append(parts, TR_INTERN("*"));
    for (size_t i = c->argcount; i < c->argcount + c->kwonlycount; i++) {
        TrValue dflt = f->kwdefaults ? tr_dict_get_str(f->kwdefaults, c->params[i]) : 0;
        tr_list_append(parts, format_param(f, "", c->params[i], dflt));
    }
    if (c->flags & TR_CO_VARKW) tr_list_append(parts, format_param(f, "**", c->params[next], 0));
    TrValue sig = tr_str_fmt("(%S)", tr_call_method_cstr(TR_INTERN(", "), "join", 1, parts));
    TrValue ret = f->annotations ? tr_dict_get_str(f->annotations, "return") : 0;
    return ret ? tr_str_fmt("%S -> %S", sig, format_annotation(ret)) : sig;
}

static int write_text(const char *text) {
    return tr_call_method_cstr(tr_sys_stdout, "write", 1, tr_str_from_cstr(text)) ? 0 : -1;
}

/* pydoc.Helper.intro for this Python version */
static int write_intro(void) {
    return write_text("\n"
                      "Welcome to Python 3.11's help utility!\n"
                      "\n"
                      "If this is your first time using Python, you should definitely check out\n"
                      "the tutorial on the internet at https://docs.python.org/3.11/tutorial/.\n"
                      "\n"
                      "Enter the name of any module, keyword, or topic to get help on writing\n"
                      "Python programs and using Python modules.  To quit this help utility and\n"
                      "return to the interpreter, just type \"quit\".\n"
                      "\n"
                      "To get a list of available modules, keywords, symbols, or topics, type\n"
                      "\"modules\", \"keywords\", \"symbols\", or \"topics\".  Each module also comes\n"
                      "with a one-line summary of what it does; to list the modules whose name\n"
                      "or summary contain a given string such as \"spam\", type \"modules spam\".\n");
}

static TrValue help_on(TrValue obj);

/* The next request of pydoc.Helper.interact, stripped and unquoted; 0 with no error
 * when the loop ends (EOF, Ctrl-C, an empty line, "q" or "quit") */
static TrValue next_request(TrValue input) {
    TrValue prompt = tr_str_from_cstr("help> ");
    TrValue line = tr_call(input, &prompt, 1, 0);
    if (!line) {
        if (tr_err_is(TR_EXC_TYPE(EOFError)) || tr_err_is(TR_EXC_TYPE(KeyboardInterrupt))) tr_err_clear();
        return 0;
    }
    if (!tr_truthy(line)) return 0;
    TrValue request = tr_call_method_cstr(line, "strip", 0);
    if (!request || !tr_str_check(request)) return 0;
    const char *r = tr_str_cstr(request);
    size_t n = TR_STR(request)->len;
    if (n > 2 && r[0] == r[n - 1] && (r[0] == '\'' || r[0] == '"') && !memchr(r + 1, r[0], n - 2))
        request = tr_str_new(r + 1, n - 2); /* a quoted literal loses its quotes */
    TrValue lower = tr_call_method_cstr(request, "lower", 0);
    if (!lower || tr_str_eq_cstr(lower, "q") || tr_str_eq_cstr(lower, "quit")) return 0;
    return request;
}

/* pydoc.Helper.__call__ without a request: intro, the help> loop, the farewell */
static TrValue interactive_help(void) {
    TrValue input = tr_builtin_lookup("input"); /* pydoc's getline calls the builtin */
    if (!input || write_intro() < 0 || write_text("\n") < 0) return 0;
    for (TrValue request; (request = next_request(input));) {
        if (tr_str_eq_cstr(request, "help") ? write_intro() < 0 : !help_on(request)) return 0;
    }
    if (tr_err_occurred()) return 0;
    if (write_text("\n"
                   "You are now leaving help and returning to the Python interpreter.\n"
                   "If you want to ask for help on a particular object directly from the\n"
                   "interpreter, you can type \"help(object)\".  Executing \"help('string')\"\n"
                   "has the same effect as typing a particular string at the help> prompt.\n") < 0)
        return 0;
    return tr_None;
}

static TrValue helper_call(TrValue self, TrValue *args, size_t nargs, TrValue kwnames) {
    if (tr_no_kwargs("help", kwnames) < 0) return 0;
    if (tr_check_nargs("help", nargs, 0, 1) < 0) return 0;
    return nargs ? help_on(args[0]) : interactive_help();
}

/* help(obj): pydoc's page on obj, written to sys.stdout */
static TrValue help_on(TrValue obj) {
    TrValue out = tr_list_new(0);
    TrValue doc = tr_getattr_opt(obj, TR_INTERN("__doc__"));
    if (tr_err_occurred()) return 0;
    if (TR_TYPE(obj) == &tr_function_type) {
        TrFunc *f = (TrFunc *)obj;
        TrValue name = tr_getattr(obj, TR_INTERN("__name__")), module = tr_getattr(obj, TR_INTERN("__module__"));
        if (!name || !module) return 0;
        tr_list_append(out, tr_str_fmt("Help on function %S in module %S:\n\n", name, module));
        TrValue sig = function_signature(f);
        if (!sig) return 0;
        if (tr_str_eq_cstr(name, "<lambda>")) { /* pydoc: "<lambda> lambda x" */
            TrValue inner = tr_str_new(TR_STR(sig)->data + 1, TR_STR(sig)->len - 2);
            tr_list_append(out, tr_str_fmt("%S lambda %S\n", name, inner));
        } else {
            tr_list_append(out, tr_str_fmt("%S%S\n", name, sig));
        }
    } else {
        TrValue name = tr_getattr_opt(obj, TR_INTERN("__name__"));
        tr_err_clear();
        tr_list_append(out, tr_str_fmt("Help on %s %S:\n\n%S\n", TR_TYPE_NAME(obj), name ? name : tr_repr(obj),
                                       name ? name : tr_repr(obj)));
    }
    if (doc && tr_str_check(doc)) append_doc(out, tr_str_cstr(doc));
    tr_list_append(out, TR_INTERN("\n"));
    TrValue text = tr_str_join_n(tr_list_items(TR_LIST(out)), TR_LIST(out)->len);
    if (!text) return 0;
    TrValue r = tr_call_method_cstr(tr_sys_stdout, "write", 1, text);
    return r ? tr_None : 0;
}

static TrType helper_type = {
    .ob = {&tr_type_type}, .name = "_Helper", .basicsize = sizeof(TrObject), .repr = helper_repr, .call = helper_call,
};

TrValue tr_help_new(void) {
    tr_type_ready(&helper_type);
    return tr_object_alloc(&helper_type, sizeof(TrObject));
}
