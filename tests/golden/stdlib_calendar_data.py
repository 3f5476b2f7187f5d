# calendar: the date functions, Calendar's month/year layouts, the name sequences,
# HTMLCalendar's markup, timegm, and the errors.
import calendar
import datetime
import sys

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023), calendar.isleap(-4))
print(calendar.leapdays(2000, 2024), calendar.leapdays(1, 10000), calendar.leapdays(2024, 2000), calendar.leapdays(-100, 100))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31),
      calendar.weekday(10000, 1, 1), calendar.weekday(0, 3, 1), calendar.weekday(-1, 12, 31), calendar.weekday(12345, 6, 7))
print([calendar.monthrange(2024, m) for m in range(1, 13)], calendar.monthrange(2100, 2), calendar.monthrange(1, 1))
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.mdays, calendar.EPOCH)
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.month_abbr), calendar.month_name[-1], calendar.day_abbr[1:3],
      calendar.month_abbr[::4], 'May' in calendar.month_name, calendar.day_name.format)
print(calendar.timegm((2024, 2, 29, 12, 30, 15)), calendar.timegm((1970, 1, 1, 0, 0, 0, 3, 1, 0)),
      calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2038, 1, 19, 3, 14, 8)),
      calendar.timegm((2024, 1, 32, 25, 61, 61)))

cal = calendar.Calendar()
print(cal.firstweekday, list(cal.iterweekdays()), calendar.Calendar(6).firstweekday)
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2))[:9])
print(list(cal.itermonthdays3(2024, 1))[:3], list(cal.itermonthdays3(2023, 12))[-4:])
print(list(cal.itermonthdays4(2024, 3))[:2], list(calendar.Calendar(6).itermonthdays4(2024, 3))[-2:])
print(list(cal.itermonthdates(2024, 2))[:2], len(list(cal.itermonthdates(2024, 2))))
print(cal.monthdayscalendar(2021, 2), calendar.Calendar(0).monthdayscalendar(2015, 2))
print(cal.monthdays2calendar(2024, 6)[0], cal.monthdatescalendar(2024, 6)[-1][-1])
print(list(cal.itermonthdays3(1, 1))[:1], list(cal.itermonthdays3(9999, 12))[-1:])
print(list(calendar.Calendar(3).itermonthdays3(9999, 12)))
ys = cal.yeardayscalendar(2024)
print(len(ys), [len(r) for r in ys], ys[0][0][0], ys[3][2][-1])
ys = cal.yeardays2calendar(2024, width=5)
print(len(ys), [len(r) for r in ys], ys[2][1][0])
ys = cal.yeardatescalendar(2024, 4)
print(len(ys), ys[0][0][0][0], ys[2][3][-1][-1])
cal.firstweekday = 9
print(cal.firstweekday, cal._firstweekday, cal.getfirstweekday())
cal.setfirstweekday(-3)
print(cal.firstweekday, list(cal.iterweekdays()))

hc = calendar.HTMLCalendar()
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 2, withyear=False))
print(calendar.HTMLCalendar(calendar.SUNDAY).formatmonth(2023, 4))
print(hc.formatyear(2024))
print(hc.formatyear(2024, width=5)[:600])
print(hc.formatyear(2024, 0)[:300])
page = hc.formatyearpage(2024)
print(type(page).__name__, len(page), page[:420].decode())
print(hc.formatyearpage(2024, 4, css=None, encoding='ascii')[:300])
print(hc.formatday(0, 5), hc.formatday(9, 6), hc.formatweekday(0), hc.formatweekheader())
print(hc.formatmonthname(2024, 7), hc.formatmonthname(2024, 7, False), hc.formatweek([(0, 0), (1, 1)]))


class MyHTML(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'empty'
    cssclass_month = 'm'
    cssclass_month_head = 'mh'

    def formatday(self, day, weekday):
        return super().formatday(day, weekday).replace('td', 'TD')


print(MyHTML().formatmonth(2024, 8))
lt = calendar.LocaleTextCalendar(locale='C')
print(lt.locale, lt.formatmonth(2024, 1))
lh = calendar.LocaleHTMLCalendar(6, locale='C')
print(lh.locale, lh.firstweekday, lh.formatweekheader())
print(calendar.error is ValueError, issubclass(calendar.IllegalMonthError, ValueError))
for label, call in [
    ('monthrange 13', lambda: calendar.monthrange(2024, 13)),
    ('monthrange 0', lambda: calendar.monthrange(2024, 0)),
    ('month 13', lambda: calendar.month(2024, 13)),
    ('weekday', lambda: calendar.weekday(2024, 2, 30)),
    ('weekday month', lambda: calendar.weekday(2024, 0, 1)),
    ('setfirstweekday', lambda: calendar.setfirstweekday(7)),
    ('setfirstweekday -1', lambda: calendar.setfirstweekday(-1)),
    ('itermonthdates', lambda: list(cal.itermonthdates(9999, 12))),
    ('itermonthdates 1', lambda: list(calendar.Calendar().itermonthdates(1, 1))),
    ('timegm', lambda: calendar.timegm((2024, 13, 1, 0, 0, 0))),
    ('day_name', lambda: calendar.day_name[7]),
    ('month_name', lambda: calendar.month_name[13]),
]:
    try:
        print(label, call())
    except (ValueError, IndexError, OverflowError) as e:
        print(label, type(e).__name__, e, getattr(e, 'month', None), getattr(e, 'weekday', None))
sys.stdout.flush()
calendar.main(['calendar', '2024', '2'])
calendar.main(['calendar', '-w', '3', '-l', '2', '2023', '11'])
calendar.main(['calendar', '-s', '2', '-m', '4', '1999'])
sys.stdout.flush()
calendar.main(['calendar', '-t', 'html', '-c', 'my.css', '2020'])
sys.stdout.flush()
calendar.main(['calendar', '-e', 'ascii', '2020', '3'])
sys.stdout.flush()
calendar.month(2024, 13)
