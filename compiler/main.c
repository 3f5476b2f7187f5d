/* main.c — the trc command line and the compilation pipeline:
 *   load (lex + parse + resolve every module) -> irgen -> opt passes -> emit C -> cc.
 * `trc build` writes an executable; `trc run` compiles in memory with libtcc and runs
 * the program inside this process (jit.c), or, built with sanitizers (TRC_SANITIZE=1),
 * links into the cache with cc and executes the result.  A program that runs long gets
 * a cc -O2 executable in the run cache, built in the background by `trc __tier2`
 * (tier.c), which later runs exec. */
#include "trc.h"
#include "build.h"
#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct Options {
    const char *command;     /* "build", "run", or the internal "__tier2" (tier.c), "__prebuild" */
    const char *target;      /* build --target TRIPLE */
    const char *input;       /* a path, "-" (stdin) or the -c code */
    bool input_is_code;      /* run -c CODE */
    const char *output;
    bool emit_c, emit_ir, emit_ast;
    const char *ir_after;    /* --emit-ir=PASS: the IR as that pass leaves it */
    BuildOptions build;
    int prog_argc;           /* run: the program's own arguments */
    char **prog_argv;
} Options;

static void usage(FILE *f) {
    fprintf(f,
            "usage: trc build FILE [-o OUT] [options]   compile a program to a native executable\n"
            "       trc run FILE [ARGS...]              compile and run a program\n"
            "       trc run - [ARGS...]                 ... read from standard input\n"
            "       trc run -c CODE [ARGS...]           ... given as an argument\n"
            "       trc targets                         targets this machine can build for\n"
            "       trc --version | -h | --help\n"
            "\n"
            "options:\n"
            "  -o OUT        output executable (default: FILE without its extension)\n"
            "  -O0 .. -O3    C optimisation level (default -O2)\n"
            "  -g            debug information (gdb shows Tauraro source lines)\n"
            "  --emit-c      print the generated C and stop\n"
            "  --emit-ir     print the SSA IR and stop\n"
            "  --emit-ir=P   ... as pass P leaves it (irgen or a pass; an unknown P lists them)\n"
            "  --emit-ast    print the syntax tree and stop\n"
            "  --keep-c      keep the generated C files (their paths go to stderr)\n"
            "  --no-cache    recompile every module, ignoring the object cache\n"
            "  -j N          C compilers at once, and at most N parts for a big module's C\n"
            "                (default: the number of CPUs)\n"
            "  --static      (build) a fully static executable: no shared libraries\n"
            "  --target T    (build) cross-compile for T: aarch64-linux-gnu, arm-linux-gnueabihf\n"
            "\n"
            "environment: CC (C compiler, default cc), XDG_CACHE_HOME (object cache),\n"
            "  TRC_TIER=0 (run: never build nor use a cc -O2 tier-2 executable),\n"
            "  TRC_TIER_AFTER=S (run: CPU seconds before a tier-2 build starts, default 0.5)\n");
}

static char *default_output(const char *input) {
    const char *base = strrchr(input, '/');
    base = base ? base + 1 : input;
    char *out = xstrdup(base);
    char *dot = strrchr(out, '.');
    if (dot && (!strcmp(dot, ".tr") || !strcmp(dot, ".py"))) *dot = 0;
    if (!strcmp(out, base)) { free(out); out = format("%s.out", base); }
    return out;
}

static int parse_jobs(const char *s) {
    char *end;
    long n = strtol(s, &end, 10);
    if (*end || n < 1 || n > 1024) {
        fprintf(stderr, "trc: error: -j wants a number of compilers from 1 to 1024, not '%s'\n", s);
        exit(2);
    }
    return (int)n;
}

static bool parse_flag(Options *o, int argc, char **argv, int *i) {
    const char *a = argv[*i];
    if (!strcmp(a, "-o") && *i + 1 < argc) { o->output = argv[++*i]; return true; }
    if (a[0] == '-' && a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && !a[3]) { o->build.opt_level = a[2] - '0'; return true; }
    if (!strcmp(a, "-g")) { o->build.debug = true; return true; }
    if (!strcmp(a, "--emit-c")) { o->emit_c = true; return true; }
    if (!strcmp(a, "--emit-ir")) { o->emit_ir = true; return true; }
    if (!strncmp(a, "--emit-ir=", 10)) { o->emit_ir = true; o->ir_after = a + 10; return true; }
    if (!strcmp(a, "--emit-ast")) { o->emit_ast = true; return true; }
    if (!strcmp(a, "--keep-c")) { o->build.keep_c = true; return true; }
    if (!strcmp(a, "--no-cache")) { o->build.use_cache = false; return true; }
    if (!strcmp(a, "-j") && *i + 1 < argc) { o->build.jobs = parse_jobs(argv[++*i]); return true; }
    if (!strncmp(a, "-j", 2) && a[2]) { o->build.jobs = parse_jobs(a + 2); return true; }
    if (!strcmp(a, "--static")) { o->build.static_link = true; return true; }
    if (!strcmp(a, "--target") && *i + 1 < argc) { o->target = argv[++*i]; return true; }
    return false;
}

static void parse_args(Options *o, int argc, char **argv) {
    o->build.opt_level = 2;
    o->build.use_cache = true;
    const char *san = getenv("TRC_SANITIZE");
    o->build.sanitize = san && *san && strcmp(san, "0");
    if (argc < 2) { usage(stderr); exit(2); }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) { usage(stdout); exit(0); }
    if (!strcmp(cmd, "--version") || !strcmp(cmd, "version")) { printf("trc %s\n", TRC_VERSION); exit(0); }
    if (!strcmp(cmd, "targets")) {
        if (argc > 2) { fprintf(stderr, "trc: error: trc targets takes no arguments\n"); exit(2); }
        exit(list_targets());
    }
    if (!strcmp(cmd, "__prebuild")) { o->command = cmd; return; }
    if (strcmp(cmd, "build") && strcmp(cmd, "run") && strcmp(cmd, "__tier2")) {
        fprintf(stderr, "trc: error: unknown command '%s'\n\n", cmd);
        usage(stderr);
        exit(2);
    }
    o->command = cmd;
    for (int i = 2; i < argc; i++) {
        if (o->input && !strcmp(cmd, "run")) { /* everything after FILE belongs to the program */
            o->prog_argc = argc - i;
            o->prog_argv = argv + i;
            break;
        }
        if (parse_flag(o, argc, argv, &i)) continue;
        if (!strcmp(cmd, "run") && !strcmp(argv[i], "-c") && i + 1 < argc) {
            o->input = argv[++i];
            o->input_is_code = true;
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "trc: error: unknown option '%s'\n", argv[i]);
            exit(2);
        }
        if (o->input) { fprintf(stderr, "trc: error: more than one input file\n"); exit(2); }
        o->input = argv[i];
    }
    if (!o->input) { fprintf(stderr, "trc: error: no input file\n"); exit(2); }
    if (!strcmp(cmd, "run") && (o->target || o->build.static_link)) {
        fprintf(stderr, "trc: error: --target and --static are options of trc build\n");
        exit(2);
    }
}

/* The main module's source: a file, standard input ("-") or -c CODE; imports are
 * looked up next to a file, else in the current directory. */
static SrcFile *read_main(Options *o) {
    if (o->input_is_code) return source_from_text("<string>", o->input, strlen(o->input));
    if (!strcmp(o->input, "-")) {
        SrcFile *f = read_source_stream(stdin, "<stdin>");
        if (!f) { fprintf(stderr, "trc: error: cannot read standard input\n"); exit(2); }
        return f;
    }
    SrcFile *f = read_source(o->input);
    if (!f) { fprintf(stderr, "trc: error: cannot open '%s'\n", o->input); exit(2); }
    return f;
}

static char *main_dir(Options *o) {
    if (o->input_is_code || !strcmp(o->input, "-")) return xstrdup(".");
    char *dir = xstrdup(o->input);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = 0; else strcpy(dir, ".");
    return dir;
}

/* The optimisation passes, in order (compiler/opt/). */
static const struct { const char *name; void (*run)(IrModule *); } passes[] = {
    {"inline", opt_inline},
    {"check_bound", opt_check_bound},
    {"copy_prop", opt_copy_prop},
    {"const_fold", opt_const_fold},
    {"typed_clone", opt_typed_clone},
    {"infer", opt_infer_types},
    {"dce", opt_dce},
    {"range_loop", opt_range_loop},
    {"seq_loop", opt_seq_loop},
    {"slice_access", opt_slice_access},
    {"super_call", opt_super_call},
    {"direct_call", opt_direct_call},
    {"fuse_float", opt_fuse_float},
    {"unbox_float", opt_unbox_float},
    {"str_accum", opt_str_accum},
    {"spec_loop", opt_spec_loop},
    {"spec_lists", opt_spec_lists},
    {"int_loop", opt_int_loop},
};
enum { NPASSES = sizeof passes / sizeof passes[0] };

/* The index of the pass called name (NPASSES for none), -1 for "irgen" (no pass yet). */
static int pass_index(const char *name) {
    if (!strcmp(name, "irgen")) return -1;
    for (int k = 0; k < NPASSES; k++)
        if (!strcmp(passes[k].name, name)) return k;
    fprintf(stderr, "trc: error: unknown pass '%s' (irgen", name);
    for (int k = 0; k < NPASSES; k++) fprintf(stderr, ", %s", passes[k].name);
    fprintf(stderr, ")\n");
    exit(2);
}

/* IR for every compiled module, after the passes up to and including passes[last]. */
static Vec compile_to_ir(Program *p, int last) {
    Vec irms = {0};
    for (int i = 0; i < p->modules.len; i++) {
        Module *m = p->modules.data[i];
        if (m->is_stdlib) continue;
        IrModule *irm = irgen_module(p, m);
        bool traced = trace_module_traced(p, m);
        for (int k = 0; k <= last && k < NPASSES; k++)
            if (!traced || trace_pass_allowed(passes[k].run)) passes[k].run(irm);
        if (!getenv("TRC_NO_VERIFY")) ir_verify(irm);
        vec_push(&irms, irm);
    }
    return irms;
}

/* The program's sys.argv: its name as given ("-c" for code), then its arguments. */
static char **program_argv(Options *o) {
    char **argv = xmalloc(sizeof(char *) * (o->prog_argc + 2));
    argv[0] = o->input_is_code ? "-c" : (char *)o->input;
    for (int i = 0; i < o->prog_argc; i++) argv[i + 1] = o->prog_argv[i];
    argv[o->prog_argc + 1] = NULL;
    return argv;
}

/* Run an executable as a child with our stdio, then remove it; its exit status (or
 * signal) is ours. */
static int run_and_remove(const char *path, char **argv) {
    pid_t pid = fork();
    if (pid < 0) { perror("trc: fork"); unlink(path); return 3; }
    if (pid == 0) {
        execv(path, argv);
        perror("trc: exec");
        _exit(127);
    }
    /* the terminal's Ctrl-C reaches the child directly; the driver only waits */
    signal(SIGINT, SIG_IGN);
    signal(SIGQUIT, SIG_IGN);
    int status;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    unlink(path);
    if (WIFSIGNALED(status)) {
        signal(WTERMSIG(status), SIG_DFL);
        raise(WTERMSIG(status));
        return 128 + WTERMSIG(status);
    }
    return WEXITSTATUS(status);
}

/* The C units of a program: one per compiled module, or, for cc, up to max_parts of a
 * big one, to compile concurrently.  The carried stdlib modules stay whole: make
 * prebuilt their objects from one unit each. */
static CUnit *emit_units(Program *prog, Vec *irms, int max_parts, int *n) {
    CUnit *units = NULL;
    *n = 0;
    for (int i = 0; i < irms->len; i++) {
        IrModule *irm = irms->data[i];
        Vec parts = emit_c_module(irm, prog, irm->module->is_carried ? 1 : max_parts);
        units = xrealloc(units, sizeof(CUnit) * (*n + parts.len));
        for (int k = 0; k < parts.len; k++)
            units[(*n)++] = (CUnit){.name = irm->module->name, .c_text = parts.data[k], .c_len = strlen(parts.data[k])};
        free(parts.data);
    }
    return units;
}

/* Whether this run may use and make a tier-2 executable: not for code from standard
 * input or -c, which the background build could not read again. */
static bool tiers_up(Options *o) {
    return tier_enabled() && !o->input_is_code && strcmp(o->input, "-") != 0;
}

/* trc run: in memory through libtcc and the run cache, or, under sanitizers (which need
 * cc) or without libtcc, linked into a private file of the cache and run as a child. */
static int run(Options *o, Toolchain *tc, Program *prog, CUnit *units, int n, const char *cache_entry) {
    char **argv = program_argv(o);
    int argc = o->prog_argc + 1;
    if (o->build.sanitize || !jit_available()) {
        if (!o->build.sanitize) fprintf(stderr, "trc: note: this trc was built without libtcc; compiling with %s\n", tc->cc);
        char *exe = format("%s/run-%d", tc->cachedir, (int)getpid());
        int rc = build_executable(tc, &o->build, units, n, exe);
        return rc ? rc : run_and_remove(exe, argv);
    }
    if (!cache_entry) return jit_run_units(tc, units, n, argc, argv);
    char *object = run_cache_object(cache_entry);
    if (jit_compile_object(tc, units, n, object) < 0) return jit_run_units(tc, units, n, argc, argv);
    char *manifest_hash = run_cache_store(cache_entry, prog);
    tier_note("1, compiled by libtcc");
    if (manifest_hash && tiers_up(o)) tier_watch(&o->build, o->input, tier2_path(cache_entry, manifest_hash));
    return jit_run_object(tc, object, argc, argv);
}

/* trc __tier2 [-O.. -g] -o EXE FILE, started by tier_watch: build FILE as trc build
 * does into EXE, unless its sources no longer make the cache entry that EXE names. */
static int build_tier2(Options *o) {
    if (!tier_builder_start(o->output)) return 0;
    SrcFile *main_file = read_main(o);
    Toolchain tc;
    toolchain_init(&tc, NULL);
    /* changed since that run (then the next long run asks again): the main file, or
     * what its imports find (load_program may even fail on it) */
    char *entry = run_cache_entry(&tc, &o->build, main_file);
    char *prefix = format("%s-", entry);
    if (strncmp(prefix, o->output, strlen(prefix)) != 0) return 0;
    Program *prog = load_program(main_file, main_dir(o));
    o->build.libs = stdlib_link_libs(prog, o->build.static_link, &o->build.lib_packages);
    o->build.link_symbols = stdlib_link_symbols(prog);
    if (strcmp(tier2_path(entry, run_cache_manifest_hash(prog)), o->output) != 0) return 0;
    tier_builder_confirm();
    Vec irms = compile_to_ir(prog, NPASSES);
    int n;
    /* modules whole: a background build takes one CPU per module, as its slots count */
    CUnit *units = emit_units(prog, &irms, 1, &n);
    return tier_builder_finish(build_executable(&tc, &o->build, units, n, tier_builder_output()));
}

/* trc __prebuild (run by make): compile every stdlib module carried in trc into the
 * objects trc build uses when the user's cache lacks them, so a first build importing
 * unittest does not compile it.  A module's C does not depend on the program importing
 * it, so one program importing them all makes every object; objects of older sources
 * are removed. */
static int prebuild_carried(Options *o) {
    StrBuf src = {0};
    for (const StdlibSource *s = stdlib_sources; s->name; s++) sb_printf(&src, "import %s\n", s->name);
    Program *prog = load_program(source_from_text("<prebuild>", src.data, src.len), ".");
    Vec irms = compile_to_ir(prog, NPASSES);
    CUnit *units = xmalloc(sizeof(CUnit) * irms.len);
    int n = 0;
    for (int i = 0; i < irms.len; i++) {
        IrModule *irm = irms.data[i];
        if (!irm->module->is_carried) continue;
        Vec parts = emit_c_module(irm, prog, 1);
        units[n++] = (CUnit){.name = irm->module->name, .c_text = parts.data[0], .c_len = strlen(parts.data[0])};
        free(parts.data);
    }
    Toolchain tc;
    toolchain_init(&tc, NULL);
    tc.cachedir = tc.prebuilt_dir;
    o->build.sanitize = false;
    compile_objects(&tc, &o->build, units, n);
    DIR *d = opendir(tc.prebuilt_dir);
    for (struct dirent *e; d && (e = readdir(d));) {
        char *path = format("%s/%s", tc.prebuilt_dir, e->d_name);
        bool keep = e->d_name[0] == '.';
        for (int i = 0; i < n && !keep; i++) keep = !strcmp(units[i].obj_path, path);
        if (!keep) unlink(path);
        free(path);
    }
    if (d) closedir(d);
    return 0;
}

int main(int argc, char **argv) {
    Options o = {0};
    parse_args(&o, argc, argv);
    if (o.ir_after) pass_index(o.ir_after); /* an unknown pass: said before any work */
    if (!strcmp(o.command, "__tier2")) return o.output ? build_tier2(&o) : 2;
    if (!strcmp(o.command, "__prebuild")) return prebuild_carried(&o);
    SrcFile *main_file = read_main(&o);
    Toolchain tc;
    toolchain_init(&tc, o.target);
    bool emitting = o.emit_ast || o.emit_ir || o.emit_c;
    char *cache_entry = NULL;
    if (!strcmp(o.command, "run") && !emitting && o.build.use_cache && !o.build.sanitize && jit_available()) {
        cache_entry = run_cache_entry(&tc, &o.build, main_file);
        char *manifest_hash;
        if (run_cache_hit(cache_entry, &manifest_hash)) {
            char **prog_argv = program_argv(&o);
            char *exe = tiers_up(&o) ? tier2_path(cache_entry, manifest_hash) : NULL;
            if (exe) tier2_exec(exe, prog_argv);
            tier_note("1, cached libtcc object");
            if (exe) tier_watch(&o.build, o.input, exe);
            return jit_run_object(&tc, run_cache_object(cache_entry), o.prog_argc + 1, prog_argv);
        }
    }

    Program *prog = load_program(main_file, main_dir(&o));
    o.build.libs = stdlib_link_libs(prog, o.build.static_link, &o.build.lib_packages);
    o.build.link_symbols = stdlib_link_symbols(prog);
    if (o.emit_ast) {
        dump_ast(stdout, prog->main->ast, 0);
        return 0;
    }
    /* libtcc compiles it (--emit-c of `trc run` shows that C) */
    prog->for_libtcc = !strcmp(o.command, "run") && !o.build.sanitize && jit_available();
    Vec irms = compile_to_ir(prog, o.ir_after ? pass_index(o.ir_after) : NPASSES);
    if (o.emit_ir) {
        for (int i = 0; i < irms.len; i++) ir_dump_module(stdout, irms.data[i]);
        return 0;
    }
    /* cc compiles a big module in parts concurrently; libtcc and --emit-c take it whole */
    bool by_cc = !strcmp(o.command, "build") || o.build.sanitize || !jit_available();
    int n;
    CUnit *units = emit_units(prog, &irms, by_cc && !o.emit_c ? build_jobs(&o.build) : 1, &n);
    if (o.emit_c) {
        for (int i = 0; i < n; i++) fwrite(units[i].c_text, 1, units[i].c_len, stdout);
        return 0;
    }
    if (!strcmp(o.command, "build")) {
        char *out = o.output ? xstrdup(o.output) : default_output(o.input);
        return build_executable(&tc, &o.build, units, n, out);
    }
    return run(&o, &tc, prog, units, n, cache_entry);
}
