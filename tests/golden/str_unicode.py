s = "naïve café — 日本語 ✓ 😀!"
print(len(s), s[2], s[-2], s[11], s[13:16], s[::-1])
print(s.upper(), s.lower())
for ch in "é日😀":
    print(ch, ord(ch), hex(ord(ch)), len(ch.encode("utf-8")), repr(ch))
print(chr(233), chr(0x65E5), chr(128512), chr(955).upper(), "Σ".lower(), "ΣΑΣ".lower())
print("日本" + "語", "日" * 3, "本" in s, s.find("語"), s.index("✓"))
print(sorted("cbaé日a"), "é" > "z", "日" > "é", min("日本語"), max("abc日"))
print([c for c in "añb"], list(reversed("añb")), "añb".encode())
print("\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
print(repr("tab\there"), repr("é"), ascii("é日"), repr("\x7f\x00\u200b"))
print("\u03b1", "\u2014" == "—")
