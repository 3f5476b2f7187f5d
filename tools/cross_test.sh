#!/usr/bin/env bash
# cross_test.sh — cross-compiled golden tests: builds a representative set of
# tests/golden programs (ints and bigints, floats, strings, formatting, containers,
# classes, exceptions, generators, the stdlib modules) with `trc build --target TARGET
# --static` and runs them under qemu-user (qemu-aarch64-static, qemu-arm-static), then a
# few dynamically linked against the target's glibc (qemu -L /usr/TARGET) and libgc/GMP
# (build/targets/TARGET/lib). Results as tools/run_tests.sh: last line "N passed, N failed".
# tests/cross/TARGET/NAME.out (.exit, .err): where CPython 3.11 on TARGET itself behaves
# otherwise than the 64-bit recording (sys.maxsize, hash modulus 2**31-1, len() of a
# range longer than 2**31-1 on 32-bit), its output (Debian's python3.11 for armhf under
# qemu-arm).
# Usage: tools/cross_test.sh TARGET   (aarch64-linux-gnu or arm-linux-gnueabihf; needs
# make deps TARGET=... and make cross TARGET=...)
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?usage: tools/cross_test.sh aarch64-linux-gnu|arm-linux-gnueabihf}
case $target in
aarch64-linux-gnu) qemu=qemu-aarch64-static ;;
arm-linux-gnueabihf) qemu=qemu-arm-static ;;
*) echo "cross_test.sh: unknown target $target" >&2; exit 2 ;;
esac

tests="int_basic_arith int_bigarith int_aug_big int_bitops int_factorial int_hex_oct_bin
  int_pow3 int_rsa_toy int_str_conversion int_parse_bases int_divmod_errors
  int_overflow_uncaught int_hash_eq int_float_compare float_arith float_repr float_round
  float_formatting_roundtrip float_mod float_parse float_int_conversion math_transcendental
  math_number_theory math_comb_perm_big str_methods_more str_split str_unicode str_escapes str_case_unicode
  fmt_spec_int fmt_spec_float fmt_percent fmt_fstring dict_basic dict_order dict_keys_hash
  list_sort set_basic set_operators tuple_basic comp_dict_set slice_objects class_basic
  class_inheritance class_dunder_arith class_dunder_hash exc_custom exc_chain_from
  exc_uncaught_chained_context exc_finally_control func_recursion_limit gen_basic
  generators_delegation gen_send_close prog_pi_digits prog_sieve_primes prog_life
  sys_basics sys_extras sys_exit_code3 time_basic bi_callable_repr_hash range_basic
  int_shift_word_edges float_tree_semantics range_loop_semantics attr_cache_semantics
  types_union_generic_alias future_annotations xml_etree_path xml_etree_parse_error
  pure_recursion enumerate_loop_counted pair_loop_unpacked int_mixed_small_big
  class_receiver_call_cache decimal_arith range_reversed_loop float_list_unpack
  float_loop_chunks spec_loop_int_ops spec_loop_error_lines dict_empty_storage"
dynamic="int_bigarith float_repr gen_basic"

files() { for t in "$@"; do echo "$root/tests/golden/$t.py"; done; }
export TRC_EXPECTED_DIR=$root/tests/cross/$target
echo "== $target, static"
TRC_BUILD_FLAGS="--target $target --static" TRC_EXEC=$qemu \
    "$root/tools/run_tests.sh" $(files $tests) | sed 's/^\(PASS\|FAIL\) /\1 static\//'
s1=${PIPESTATUS[0]}
echo "== $target, dynamic"
TRC_BUILD_FLAGS="--target $target" \
    TRC_EXEC="$qemu -L /usr/$target -E LD_LIBRARY_PATH=$root/build/targets/$target/lib" \
    "$root/tools/run_tests.sh" $(files $dynamic) | sed 's/^\(PASS\|FAIL\) /\1 dynamic\//'
s2=${PIPESTATUS[0]}
[ "$s1" = 0 ] && [ "$s2" = 0 ]
