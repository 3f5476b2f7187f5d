import os
os.environ["LC_ALL"] = "C.UTF-8"   # setlocale(..., "") below then gives the same answer everywhere
import locale
import warnings

print(locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_MONETARY, "C"),
      locale.setlocale(locale.LC_TIME, ""), locale.setlocale(locale.LC_COLLATE, None))
print(locale.getlocale(locale.LC_NUMERIC), locale.getlocale(locale.LC_TIME))
print(locale.setlocale(locale.LC_NUMERIC, ("C", None)), locale.setlocale(locale.LC_NUMERIC, [None, None]))
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.setlocale(locale.LC_ALL, "POSIX"))
print(locale.setlocale(locale.LC_ALL, "C.UTF-8"), locale.getlocale())
print(locale.setlocale(locale.LC_CTYPE, "C"), locale.getlocale(locale.LC_CTYPE))
for bad in [(locale.LC_ALL, "xx_YY.nothing"), (locale.LC_ALL, ("xx", "YY")), (9999, "C"),
            (locale.LC_ALL, 5), ("x", "C"), (locale.LC_ALL, ("a", "b", "c")), (locale.LC_ALL, [1])]:
    try:
        locale.setlocale(*bad)
    except (locale.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    locale.setlocale(9999)
except locale.Error as e:
    print(type(e).__name__, e)
print(locale.Error, issubclass(locale.Error, Exception))

conv = locale.localeconv()
print(conv)
print(locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY, locale.LC_NUMERIC,
      locale.LC_ALL, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.DAY_1), locale.nl_langinfo(locale.ABMON_12),
      locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)),
      locale.nl_langinfo(locale.YESEXPR), locale.nl_langinfo(locale.AM_STR))
try:
    locale.nl_langinfo(123456)
except ValueError as e:
    print(type(e).__name__, e)

for name in ["C", "c", "POSIX", "en", "en_US", "en_us.utf8", "en_US.UTF-8", "de_DE", "de_DE@euro",
             "de_DE.ISO8859-1@euro", "de_de.latin1", "fr_FR.utf8@euro", "french", "japanese",
             "ja_JP.eucjp", "sr_RS@latin", "sr@latin.utf8", "zh_CN.gb18030", "uz_uz@cyrillic",
             "nonexistent", "en_US.cp1252", "en_GB.iso885915", "pt_BR.UTF8", "C.UTF-8",
             "ca_ES.UTF-8@valencia", "be_BY@latin", "xx.utf8", "de:utf8", "ru_RU.KOI8-R",
             "en_US.latin_1", "en_US.ISO-8859-15@euro", "az_az.iso88599e", "ks_in@devanagari.utf8",
             "es_ES@euro.utf8", "tt_RU@iqtelif.utf8", "en_US.ASCII", "en_IN.utf-8"]:
    print(repr(name), locale.normalize(name))
for name in ["de_DE", "C", "UTF-8", "en_US.UTF-8", "de_DE@euro", "fr"]:
    print(name, locale._parse_localename(name))
try:
    locale._parse_localename("nonexistent")
except ValueError as e:
    print(type(e).__name__, e)
print(len(locale.locale_alias), locale.locale_alias["english"], locale.locale_alias["c.utf8"])
print(sorted(locale.locale_encoding_alias.items()))

print(locale.format_string("%d items", 1234567), locale.format_string("%d", 1234567, grouping=True),
      locale.format_string("%.2f and %s%%", (1234.5, "x")), locale.format_string("%(a)s=%(b).1f", {"a": 1, "b": 2.25}),
      locale.format_string("%*d|%-*.*f", (6, 42, 10, 3, 3.14159)), locale.format_string("%e %g %i %u", (12345.678, 0.0001, 7, 8)),
      locale.format_string("%x %o %c %r", (255, 8, 65, "r")))
print(locale.str(3.14159265358979), locale.str(1e20), locale.str(10), locale.atof("3.5"), locale.atof("1e3", int) if False else locale.atof("2"),
      locale.atoi("42"), locale.atof("7", float), locale.delocalize("1,234.5"), locale.localize("1234.5"),
      locale.localize("1234567", grouping=True))
for bad in ["x", "1.2.3"]:
    try:
        locale.atof(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    locale.atoi("1.5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    locale.currency(10)
except ValueError as e:
    print(type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(locale.format("%.1f", 2.25), locale.format("%d", 1000, True))
    try:
        locale.format("%d %d", (1, 2))
    except ValueError as e:
        print(type(e).__name__, e)
    print([str(x.message) for x in w], [x.category.__name__ for x in w])

locale._override_localeconv.update({"thousands_sep": ",", "grouping": [3, 0], "mon_grouping": [3, 3, 0],
                                    "mon_thousands_sep": ".", "mon_decimal_point": ",", "decimal_point": ".",
                                    "frac_digits": 2, "int_frac_digits": 2, "currency_symbol": "$",
                                    "int_curr_symbol": "USD ", "p_cs_precedes": 1, "n_cs_precedes": 1,
                                    "p_sep_by_space": 0, "n_sep_by_space": 1, "p_sign_posn": 1, "n_sign_posn": 0,
                                    "positive_sign": "", "negative_sign": "-"})
print(locale.format_string("%d", 1234567, grouping=True), locale.format_string("%10d|", 1234, grouping=True),
      locale.format_string("%.2f", 1234567.891, grouping=True), locale.format_string("%-12.1f|", -1234.5, True),
      locale.format_string("%s", 1234567, grouping=True), locale.format_string("%d", -12, grouping=True))
print(locale.currency(1234567.891), locale.currency(-1234.5), locale.currency(1234.5, grouping=True),
      locale.currency(-5, symbol=False), locale.currency(99.999, international=True), locale.currency(-1, international=True, grouping=True))
for posn in range(6):
    locale._override_localeconv["n_sign_posn"] = posn
    locale._override_localeconv["p_cs_precedes"] = posn % 2
    print(posn, locale.currency(-3.5), locale.currency(3.5))
print(locale.atof("1,234,567.5"), locale.atoi("12,345"))
locale._override_localeconv.update({"grouping": [2, 127], "thousands_sep": "'"})
print(locale.format_string("%d", 123456789, grouping=True))
locale._override_localeconv.update({"grouping": [0]})
try:
    locale.format_string("%d", 1234, grouping=True)
except ValueError as e:
    print(type(e).__name__, e)
locale._override_localeconv.clear()

print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("abc", "abc"), locale.strxfrm("héllo"),
      sorted(["b", "A", "a", "B"], key=locale.strxfrm))
try:
    locale.strcoll("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
print(locale.getpreferredencoding().lower(), locale.getpreferredencoding(False).lower(), locale.getencoding())
locale.setlocale(locale.LC_CTYPE, "C")
print(locale.getencoding())
saved = {k: os.environ.pop(k) for k in ("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE") if k in os.environ}
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(locale.getdefaultlocale())
    os.environ["LANG"] = "de_DE.UTF-8"
    print(locale.getdefaultlocale(), locale.getdefaultlocale(("LANGUAGE", "LANG")))
    os.environ["LANGUAGE"] = "fr_FR:en"
    print(locale.getdefaultlocale(("LANGUAGE", "LANG")))
    os.environ["LC_ALL"] = "C"
    print(locale.getdefaultlocale())
for k in ("LC_ALL", "LANG", "LANGUAGE"):
    os.environ.pop(k, None)
os.environ.update(saved)
print(locale.__all__)
locale.setlocale(locale.LC_ALL, "bogus")
