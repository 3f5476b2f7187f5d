samples = ["ÄÖÜ straße", "ǅ title", "ΣΑΣ ΟΔΟΣ", "élan vital", "ﬁne", "İstanbul"]
for s in samples:
    print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase(), "|", s.casefold())
print("ß".upper(), "ß".casefold(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), len("ß".upper()))
print("Straße".casefold() == "STRASSE".casefold(), "Σ".lower(), "ΣΑΣ".lower(), "ΑΣ Β".lower())
print("éÉ".upper(), "ÀÉÎ".lower(), "ñ".isupper(), "Ñ".isupper(), "ǅ".istitle())
print(len("ß".upper()), len("ﬃ".upper()), "ﬃ".upper())
print("ÉCOLE".lower(), "école".title(), "ümlaut".capitalize())
print("Ωμέγα".upper(), "ΩΜΈΓΑ".lower())
print(sorted(["é", "e", "f", "É"]))
