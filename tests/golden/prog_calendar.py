MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
def month_cal(y, m):
    lines = [("%s %d" % (MONTHS[m - 1], y)).center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * weekday(y, m, 1) + ["%2d" % d for d in range(1, days_in(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return lines
for y, m in [(2024, 2), (2000, 1), (1999, 12)]:
    print("\n".join(month_cal(y, m)))
    print()
names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for y, m, d in [(1970, 1, 1), (2000, 2, 29), (2023, 12, 25), (1900, 3, 1), (2100, 1, 1)]:
    print("%04d-%02d-%02d" % (y, m, d), names[weekday(y, m, d)])
print([y for y in range(1896, 1920) if is_leap(y)], sum(days_in(2024, m) for m in range(1, 13)))
fridays = [(y, m) for y in range(2023, 2025) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(fridays)
