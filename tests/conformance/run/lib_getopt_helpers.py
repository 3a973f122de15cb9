# getopt's helpers (do_shorts, do_longs, short_has_arg, long_has_args) are
# module-level functions: their results and errors.
import getopt

print(getopt.short_has_arg('a', 'a:b'), getopt.short_has_arg('b', 'a:b'))
print(getopt.long_has_args('abc', ['abc=']))
print(getopt.long_has_args('abc', ['abc']))
print(getopt.long_has_args('ab', ['abcd']))
print(getopt.long_has_args('foo', ['foo-bar', 'foo=']))
print(getopt.do_shorts([], 'a', 'a:', ['1', '2']))
print(getopt.do_shorts([('-x', '')], 'ba1', 'a:b', []))
print(getopt.do_longs([], 'abc=1', ['abcd='], ['rest']))
print(getopt.do_longs([], 'abc', ['ab', 'abc', 'abcd'], []))
print(getopt.do_longs([], 'alpha', ['alpha='], ['v', 'w']))

for f, args in [(getopt.short_has_arg, ('c', 'ab')), (getopt.short_has_arg, (':', 'a:')),
                (getopt.long_has_args, ('abc', [])), (getopt.long_has_args, ('abc', ['abcd', 'abcde'])),
                (getopt.do_shorts, ([], 'a1', 'a', [])), (getopt.do_shorts, ([], 'a', 'a:', [])),
                (getopt.do_longs, ([], 'abc=1', ['abc'], [])), (getopt.do_longs, ([], 'abc', ['abc='], []))]:
    try:
        f(*args)
    except getopt.GetoptError as e:
        print(f.__name__, 'GetoptError:', e, repr(e.opt))

print(getopt.getopt(['-a', '1', '--beta', 'x', '-b'], 'a:b', ['beta']))
print(getopt.gnu_getopt(['x', '-a', '1', '--beta', 'y', '-b'], 'a:b', ['beta']))
