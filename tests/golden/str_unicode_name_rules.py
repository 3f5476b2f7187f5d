# \N{...} escapes beyond plain names: any case for table names and aliases, the
# algorithmic CJK and Hangul names (upper case only), bytes and raw literals.
print(ascii("\N{latin capital letter a}\N{Latin Small Letter Sharp S}\N{greek small letter alpha}"))
# name aliases (NameAliases.txt): corrections, control codes, abbreviations
print(ascii("\N{LATIN CAPITAL LETTER GHA}\N{BYTE ORDER MARK}\N{BOM}\N{bom}\N{NULL}\N{LF}\N{line feed}"))
print(ascii("\N{VS1}\N{VS256}\N{ZWJ}\N{NBSP}\N{DEL}\N{ESC}"))
print("\N{LATIN CAPITAL LETTER GHA}" == "\N{LATIN CAPITAL LETTER OI}")
# algorithmic names
print(ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-9FFF}\N{CJK UNIFIED IDEOGRAPH-20000}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-04E00}\N{CJK UNIFIED IDEOGRAPH-3134A}\N{CJK UNIFIED IDEOGRAPH-3400}"))
print(ascii("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE SSANG}\N{HANGUL SYLLABLE AE}"))
print(ascii("\N{HANGUL SYLLABLE HIH}\N{HANGUL SYLLABLE YI}\N{HANGUL SYLLABLE GGWEOLH}"))
# names that end in their code point, in any case
print(ascii("\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{cjk compatibility ideograph-2f800}\N{NUSHU CHARACTER-1B170}"))
print(ascii("\N{KHITAN SMALL SCRIPT CHARACTER-18B00}\N{Khitan Small Script Character-18cd5}"))
# the first and last names, long names, names with hyphens and digits
print(ascii("\N{SPACE}\N{NULL}\N{FULLWIDTH LATIN CAPITAL LETTER A}"))
print(ascii("\N{ARABIC LIGATURE UIGHUR KIRGHIZ YEH WITH HAMZA ABOVE WITH ALEF MAKSURA ISOLATED FORM}"))
print(ascii("\N{EMOJI MODIFIER FITZPATRICK TYPE-1-2}\N{TAG TILDE}\N{VARIATION SELECTOR-256}\N{DIGIT NINE}"))
print(ascii("\N{BOX DRAWINGS LIGHT DIAGONAL UPPER RIGHT TO LOWER LEFT}\N{EGYPTIAN HIEROGLYPH A001}"))
print(ascii("\N{TANGUT COMPONENT-001}\N{CUNEIFORM SIGN A}\N{MATHEMATICAL BOLD CAPITAL A}"))
# not escapes: bytes and raw strings keep the text
print(b"\N{DIGIT ONE}", len(b"\N{DIGIT ONE}"), rb"\N{X}", r"\N{X}")
print(f"{1 + 1}\N{EM DASH}{'x'}\N{LEFT CURLY BRACKET}{{\N{RIGHT CURLY BRACKET}}}", f"{3.14159:\N{DIGIT ZERO}>8.2f}")
print(ascii("""\N{SNOWMAN}
\N{COMET}"""), ascii('\N{SNOWMAN}' '\N{cOmEt}'))
