# locale's number formatting under the C conventions and under conventions
# set through _override_localeconv: grouping, padding, decimal point,
# currency, localize/delocalize, and the deprecated format().
import locale
import warnings

print(locale.format_string('%d items, %.2f%%', (1234567, 12.5), grouping=True))
print(locale.format_string('%(n)s: %(v).1f', {'n': 'x', 'v': 2.25}), locale.str(1 / 3))
try:
    locale.currency(5)
except ValueError as e:
    print('ValueError:', e)

locale._override_localeconv = {
    'currency_symbol': '$', 'decimal_point': '.', 'frac_digits': 2, 'grouping': [3, 3, 0],
    'int_curr_symbol': 'USD ', 'int_frac_digits': 2, 'mon_decimal_point': '.', 'mon_grouping': [3, 3, 0],
    'mon_thousands_sep': ',', 'n_cs_precedes': 1, 'n_sep_by_space': 0, 'n_sign_posn': 1,
    'negative_sign': '-', 'p_cs_precedes': 1, 'p_sep_by_space': 0, 'p_sign_posn': 1,
    'positive_sign': '', 'thousands_sep': ','}
for spec, v in [('%d', 4200), ('%+d', -4200), ('%10d', 4200), ('%-10d', -4200), ('%f', 1024),
                ('%20.f', -42), ('%+10.f', -4200), ('%.3e', 123456.0), ('%x', 4200)]:
    print(repr(locale.format_string(spec, v, grouping=True)))
print(locale.format_string('%*.*f', (10, 2, 1000), grouping=1))
print(locale.currency(50000), locale.currency(-50000, grouping=True), locale.currency(50000, grouping=True, international=True))
print(locale.delocalize('50,000.00'), locale.atof('1,234.5'), locale.atoi('12,345'), locale.localize('1234567.5', grouping=True))

locale._override_localeconv = {
    'currency_symbol': '\u20ac', 'decimal_point': ',', 'frac_digits': 2, 'grouping': [3, 3, 0],
    'int_curr_symbol': 'EUR ', 'int_frac_digits': 2, 'mon_decimal_point': ',', 'mon_grouping': [3, 3, 0],
    'mon_thousands_sep': ' ', 'n_cs_precedes': 0, 'n_sep_by_space': 1, 'n_sign_posn': 1,
    'negative_sign': '-', 'p_cs_precedes': 0, 'p_sep_by_space': 1, 'p_sign_posn': 1,
    'positive_sign': '', 'thousands_sep': ' '}
for spec, v in [('%.2f', 12345.67), ('%10.2f', 12345.67), ('%-10.2f', 12345.67), ('%7.2f', 345.67), ('%5d', 4200)]:
    print(repr(locale.format_string(spec, v, grouping=True)))
print(locale.currency(50000, grouping=True), locale.currency(50000, grouping=True, international=True))
print(locale.delocalize('50 000,00'), locale.localize('50000.00', grouping=True))
locale._override_localeconv = {}

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(locale.format('%.1f', 2.5), w[0].category.__name__)
for bad in ['%f\n', ' %f', '%f%%', '%^g']:
    try:
        locale.format(bad, 1.0)
    except ValueError as e:
        print('ValueError:', e)
for bad in [b'fi_FI', (b'not', b'valid')]:
    try:
        locale.setlocale(locale.LC_ALL, bad)
    except TypeError as e:
        print('TypeError:', e)
