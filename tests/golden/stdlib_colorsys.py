import colorsys

samples = [
    (0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0),
    (0.0, 0.0, 1.0), (0.2, 0.4, 0.4), (0.5, 0.5, 0.25), (0.9, 0.1, 0.7),
    (0.3, 0.3, 0.3), (0.123, 0.456, 0.789), (1, 0, 0), (0, 0, 0), (2, 2, 2),
]
for rgb in samples:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb)
    print("  yiq", yiq, colorsys.yiq_to_rgb(*yiq))
    print("  hls", hls, colorsys.hls_to_rgb(*hls))
    print("  hsv", hsv, colorsys.hsv_to_rgb(*hsv))

for h in [0.0, 0.1, 1 / 6, 0.3, 0.5, 0.6, 2 / 3, 0.8, 0.95, 1.0, 1.5, -0.2]:
    print(h, colorsys.hsv_to_rgb(h, 0.7, 0.9), colorsys.hls_to_rgb(h, 0.3, 0.6),
          colorsys.hls_to_rgb(h, 0.8, 0.5))
print(colorsys.yiq_to_rgb(1.0, 0.6, 0.6), colorsys.yiq_to_rgb(0.0, -0.6, 0.0))
print(colorsys.hsv_to_rgb(0.5, 0, 7), colorsys.hls_to_rgb(0.5, 3, 0.0))
print(colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
print(colorsys.__all__)
try:
    colorsys.rgb_to_hsv("a", 0, 0)
except TypeError as e:
    print(type(e).__name__, e)
