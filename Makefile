# Makefile — builds trc (build/bin/trc), the runtime archive (build/lib/libtrc_rt.a)
# and the stdlib archive (build/lib/libtrc_std.a); `make test`, `make demo`, `make deps`;
# cross targets: `make deps TARGET=T`, `make cross TARGET=T`, `make test-cross`.
# Assumes Debian (make deps installs the -dev packages as root via apt-get).

CC ?= cc
BUILD ?= $(if $(SANITIZE),build/san,build)
OPT ?= -O2
SANITIZE ?=
WARN = -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers
ifneq ($(SANITIZE),)
SAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
endif
CROSS_CFLAGS ?=
CFLAGS_COMMON = -std=gnu11 -g $(OPT) -ffp-contract=off $(WARN) $(SAN_FLAGS) $(CROSS_CFLAGS) -D_GNU_SOURCE
RT_CFLAGS = $(CFLAGS_COMMON) -Iruntime -fPIC -fvisibility=hidden
STD_CFLAGS = $(CFLAGS_COMMON) -Iruntime -fPIC -I$(LLHTTP_INC)
# llhttp (the HTTP parser of httptools and serveit) is compiled from the C sources
# Debian's node-llhttp ships, into the stdlib archive
LLHTTP_SRC = /usr/share/llhttp
LLHTTP_INC = /usr/share/include/llhttp
LLHTTP_OBJ = $(BUILD)/obj/llhttp/api.o $(BUILD)/obj/llhttp/http.o $(BUILD)/obj/llhttp/llhttp.o

DEB_PACKAGES = gcc make libgc-dev libgmp-dev libtcc-dev tcc python3 libssl-dev libpcre2-dev libuv1-dev node-llhttp libcurl4-openssl-dev libsqlite3-dev libwslay-dev zlib1g-dev libbz2-dev liblzma-dev libexpat1-dev libedit-dev libncurses-dev libffi-dev openssl tzdata

COMPILER_SRC = $(filter-out compiler/libtcc_bounds.c,$(wildcard compiler/*.c compiler/opt/*.c))
RUNTIME_SRC = $(wildcard runtime/*.c)
# stdlib/NAME/*_lazy.c: trc's own binding of a library a module calls, loaded on first
# use (stdlib/_curl/libcurl_api.h); linked into trc ahead of the stdlib archive, whose
# *_linked.c twin built executables link instead
STDLIB_LAZY_SRC = $(wildcard stdlib/*/*_lazy.c)
STDLIB_SRC = $(filter-out $(STDLIB_LAZY_SRC),$(wildcard stdlib/*/*.c))
STDLIB_TR = $(shell find stdlib -name "*.tr" | LC_ALL=C sort)
# libraries stdlib modules call: trc carries every module (trc run), so it links them
# all but those it loads on first use (STDLIB_LAZY_SRC: libcurl); a built program links
# only its imports' (compiler/stdlib_registry.c)
STD_LIBS = -lssl -lcrypto -lpcre2-8 -luv -lsqlite3 -lwslay -lz -lbz2 -llzma -lexpat -ledit -lpanelw -lncursesw -lffi -ldl
COMPILER_OBJ = $(COMPILER_SRC:%.c=$(BUILD)/obj/%.o)
RUNTIME_OBJ = $(RUNTIME_SRC:%.c=$(BUILD)/obj/%.o)
STDLIB_OBJ = $(STDLIB_SRC:%.c=$(BUILD)/obj/%.o) $(LLHTTP_OBJ)
STDLIB_LAZY_OBJ = $(STDLIB_LAZY_SRC:%.c=$(BUILD)/obj/%.o)

TRC = $(BUILD)/bin/trc
RT_LIB = $(BUILD)/lib/libtrc_rt.a
STD_LIB = $(BUILD)/lib/libtrc_std.a
PREBUILT = $(BUILD)/lib/trc/.stamp
HEADER = $(BUILD)/include/tr.h $(BUILD)/include/tr_compiled.h $(BUILD)/include/direct_builtins.h

.PHONY: all build deps deps-check test demo bench clean cross target-libs test-cross

# Cross targets, TARGET=aarch64-linux-gnu or arm-linux-gnueabihf (Debian's cross gcc).
# `make deps TARGET=T` also installs gcc-T and qemu-user-static, and unpacks T's libgc
# and GMP packages into build/targets/T/sysroot (apt-get download + dpkg -x: installing
# them as multiarch packages needs the host's and T's versions of every Multi-Arch: same
# package, libc6-dev and linux-libc-dev included, to match exactly, which a mirror does
# not guarantee, and a foreign architecture's broken index fails the host's apt update).
# `make cross TARGET=T` builds the runtime and stdlib for T into build/targets/T/lib and
# /include, beside copies of libgc and GMP; `trc build --target T` finds them there.
TARGET ?=
CROSS_TARGETS = aarch64-linux-gnu arm-linux-gnueabihf
deb_arch = $(if $(filter aarch64-linux-gnu,$(1)),arm64,$(if $(filter arm-linux-gnueabihf,$(1)),armhf,$(error unknown TARGET '$(1)': one of $(CROSS_TARGETS))))
TARGET_DEBS = libgc-dev libgc1 libgmp-dev libgmp10 libssl-dev libssl3 libpcre2-dev libpcre2-8-0 libuv1-dev libuv1 libcurl4-openssl-dev libcurl4 libsqlite3-dev libsqlite3-0 libwslay-dev libwslay1 zlib1g-dev zlib1g libbz2-dev libbz2-1.0 liblzma-dev liblzma5 libexpat1-dev libexpat1 libedit-dev libedit2 libbsd0 libmd0 libtinfo6 libncurses-dev libncursesw6 libffi-dev libffi8
ifneq ($(TARGET),)
TARGET_DIR = build/targets/$(TARGET)
DEB_PACKAGES += gcc-$(TARGET) qemu-user-static
endif

# The packages first, then the build in a make of its own: what the build finds on the
# machine (libtcc.h, llhttp's sources under /usr/share) is read when a make starts, so a
# make that installed them would build as if they were missing.
all: deps-check
	@$(MAKE) --no-print-directory build
build: $(TRC) $(RT_LIB) $(STD_LIB) $(HEADER) $(if $(SANITIZE),,$(PREBUILT))

# Install the Debian packages the build needs, only those missing (needs root).
deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
ifneq ($(TARGET),)
	@[ "$$(cat $(TARGET_DIR)/sysroot/.unpacked 2>/dev/null)" = "$(TARGET_DEBS)" ] || rm -f $(TARGET_DIR)/sysroot/.unpacked
	@$(MAKE) --no-print-directory $(TARGET_DIR)/sysroot/.unpacked
endif

# The target's libraries (TARGET_DEBS, which the stamp records: a changed list fetches
# again), unpacked (not installed), fetched through an apt
# state of their own (T's architecture only, lists in build/targets/T/apt): the host's
# apt never learns of T's architecture, so its `apt-get update` cannot fail on T's index.
build/targets/%/sysroot/.unpacked:
	@arch=$(call deb_arch,$*); state=$(abspath build/targets/$*/apt); \
	apt="apt-get -qq -o APT::Architecture=$$arch -o APT::Architectures::=$$arch -o Debug::NoLocking=1 \
	  -o Dir::State::Lists=$$state/lists -o Dir::Cache=$$state/cache"; \
	rm -rf $(@D) $$state && mkdir -p $(@D)/debs $$state/lists/partial $$state/cache/archives/partial && \
	echo "make deps: fetching $(TARGET_DEBS) for $$arch" && \
	{ $$apt update 2>&1 | grep -v unsandboxed; true; } && \
	cd $(@D)/debs && $$apt download $(TARGET_DEBS) 2>&1 | grep -v unsandboxed; \
	for d in *.deb; do dpkg -x $$d ..; done && echo "$(TARGET_DEBS)" >../.unpacked

deps-check:
	@$(MAKE) --no-print-directory deps

# trc carries the runtime and stdlib for `trc run`, which compiles in memory with libtcc
# (without libtcc.h, trc is built to run programs through cc instead, and says so).
ifeq ($(wildcard /usr/include/libtcc.h),)
JIT_CFLAGS = -DTRC_NO_LIBTCC
JIT_LIBS =
JIT_HEADERS =
else
JIT_CFLAGS =
# the two objects of compiler/libtcc_bounds.c bracket libtcc's static data (jit.c)
JIT_LIBS = $(BUILD)/obj/compiler/libtcc_begin.o -ltcc $(BUILD)/obj/compiler/libtcc_end.o
# the headers preprocessed once for libtcc (jit.c reads them ahead of $(HEADER))
JIT_HEADERS = $(BUILD)/include/libtcc/tr.h
endif
build: $(JIT_HEADERS)
# the choice above, recorded: installing libtcc-dev after a build rebuilds trc with it
JIT_CONFIG = $(BUILD)/jit-config
$(shell mkdir -p $(BUILD) && { echo '$(JIT_CFLAGS)' | cmp -s - $(JIT_CONFIG) || echo '$(JIT_CFLAGS)' > $(JIT_CONFIG); })
$(BUILD)/include/libtcc/tr.h: $(HEADER) tools/flatten_headers.sh
	tools/flatten_headers.sh $(abspath $(BUILD)/include) $(dir $@)

JIT_SYMBOLS = $(BUILD)/gen/jit_symbols.c
$(JIT_SYMBOLS): $(RT_LIB) $(STD_LIB) tools/gen_symtab.sh
	@mkdir -p $(dir $@)
	tools/gen_symtab.sh $(RT_LIB) $(STD_LIB) > $@


# the stdlib modules written in Tauraro, carried in trc as C strings
STDLIB_SOURCES = $(BUILD)/gen/stdlib_sources.c
$(STDLIB_SOURCES): $(STDLIB_TR) tools/gen_stdlib_sources.sh
	@mkdir -p $(dir $@)
	tools/gen_stdlib_sources.sh $(STDLIB_TR) > $@.tmp && mv $@.tmp $@
$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c compiler/build.h compiler/trc.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -Icompiler -c -o $@ $<
GEN_OBJ = $(BUILD)/obj/gen/jit_symbols.o $(BUILD)/obj/gen/stdlib_sources.o
$(TRC): $(COMPILER_OBJ) $(GEN_OBJ) $(STDLIB_LAZY_OBJ) $(RT_LIB) $(STD_LIB) $(filter %.o,$(JIT_LIBS))
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -o $@ $(COMPILER_OBJ) $(GEN_OBJ) $(STDLIB_LAZY_OBJ) $(STD_LIB) $(RT_LIB) \
	  $(JIT_LIBS) $(STD_LIBS) -l:libgc.a -lgmp -lm -ldl -lpthread

# The stdlib modules written in Tauraro, compiled once here (trc __prebuild) into the
# objects a user's first build links instead of compiling argparse or unittest itself;
# by cc, as a user's build runs it. Not under SANITIZE: those objects are instrumented.
$(PREBUILT): $(TRC) $(HEADER) $(RT_LIB) $(STD_LIB)
	env -u CC $(TRC) __prebuild && touch $@

$(RT_LIB): $(RUNTIME_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(STD_LIB): $(STDLIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

# make cross TARGET=T: T's archives and headers, through this Makefile's own rules with
# T's compiler and build directory, plus T's libgc, GMP, libssl, libcrypto and PCRE2 beside them.
cross:
	@test -n "$(TARGET)" || { echo "make cross: TARGET= one of $(CROSS_TARGETS)"; exit 2; }
	@$(MAKE) --no-print-directory deps TARGET=$(TARGET)
	$(MAKE) --no-print-directory target-libs TARGET= BUILD=$(TARGET_DIR) CC=$(TARGET)-gcc \
	  SYSROOT=$(TARGET_DIR)/sysroot/usr TRIPLE=$(TARGET) \
	  CROSS_CFLAGS="-I$(TARGET_DIR)/sysroot/usr/include -I$(TARGET_DIR)/sysroot/usr/include/$(TARGET)"

target-libs: $(RT_LIB) $(STD_LIB) $(HEADER)
	cp -P $(SYSROOT)/lib/$(TRIPLE)/libgc.* $(SYSROOT)/lib/$(TRIPLE)/libgmp.* $(SYSROOT)/lib/$(TRIPLE)/libcrypto.* $(SYSROOT)/lib/$(TRIPLE)/libssl.* \
	  $(SYSROOT)/lib/$(TRIPLE)/libpcre2-8.* $(SYSROOT)/lib/$(TRIPLE)/libuv.* \
	  $(SYSROOT)/lib/$(TRIPLE)/libsqlite3.* $(SYSROOT)/lib/$(TRIPLE)/libz.* \
	  $(SYSROOT)/lib/$(TRIPLE)/libexpat.* $(SYSROOT)/lib/$(TRIPLE)/libffi.* $(BUILD)/lib/
	cp -r $(SYSROOT)/include/gc.h $(SYSROOT)/include/gc $(SYSROOT)/include/$(TRIPLE)/gmp.h $(BUILD)/include/

$(BUILD)/include/%.h: runtime/%.h
	@mkdir -p $(dir $@)
	cp $< $@

$(BUILD)/obj/compiler/%.o: compiler/%.c compiler/trc.h compiler/build.h compiler/emit.h runtime/direct_builtins.h $(JIT_CONFIG)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) $(JIT_CFLAGS) -Icompiler -c -o $@ $<

$(BUILD)/obj/compiler/libtcc_%.o: compiler/libtcc_bounds.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -DLIBTCC_BOUND=$* -c -o $@ $<

$(BUILD)/obj/runtime/%.o: runtime/%.c $(wildcard runtime/*.h) # the runtime's internal headers (seq.h, strbase.h) too
	@mkdir -p $(dir $@)
	$(CC) $(RT_CFLAGS) -c -o $@ $<

# a module's object depends on the headers of its own folder too (stdlib/_curl/libcurl_api.h)
.SECONDEXPANSION:
$(BUILD)/obj/stdlib/%.o: stdlib/%.c runtime/tr.h $$(wildcard $$(dir stdlib/%)*.h)
	@mkdir -p $(dir $@)
	$(CC) $(STD_CFLAGS) -c -o $@ $<

$(BUILD)/obj/llhttp/%.o: $(LLHTTP_SRC)/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_COMMON) -w -fPIC -I$(LLHTTP_INC) -c -o $@ $<

# The whole suite: golden programs vs CPython 3.11 output, error tests, C unit tests.
# SANITIZE=1 builds the runtime and the generated code with ASan+UBSan.  ASan leaves
# SIGSEGV and SIGFPE alone (handle_segv=0, handle_sigfpe=0): programs that raise them on
# purpose (faulthandler's tests) must die of the signal as under CPython; the
# instrumentation's own reports are unaffected.
test: all
	TRC=$(BUILD)/bin/trc $(if $(SANITIZE),TRC_SANITIZE=1 SAN_FLAGS="$(SAN_FLAGS)" ASAN_OPTIONS=detect_leaks=0:handle_segv=0:handle_sigfpe=0) tools/run_tests.sh

# Deployment: static executables on this machine (tools/static_test.sh), then for each
# cross target its runtime (installing what it needs) and tools/cross_test.sh under qemu.
test-cross: all
	tools/static_test.sh
	@for t in $(CROSS_TARGETS); do $(MAKE) --no-print-directory cross TARGET=$$t >/dev/null || exit 1; done
	@for t in $(CROSS_TARGETS); do TRC=$(TRC) tools/cross_test.sh $$t || exit 1; done

# Build and run the examples a newcomer starts from.
demo: all
	$(TRC) build examples/hello.tr -o $(BUILD)/hello
	$(BUILD)/hello
	$(TRC) run examples/inventory.tr

# Benchmarks side by side with python3 and pypy3 (timings are for reading, not tests).
bench: all
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="pypy3 time"
	TRC=$(TRC) bench/run.sh

clean:
	rm -rf build
