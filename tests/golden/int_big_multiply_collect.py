# Big multiplications (GMP's FFT range) with collections between them: GMP's
# temporaries hold pointers to one another, so the collector must see into them.
x = 7 ** 300000
residues = []
for i in range(12):
    y = x * (x + i)
    residues.append(y % 1000003)
    garbage = [str(j) for j in range(2000)]
print(sum(residues) % 97, x.bit_length(), (x * x).bit_length())
