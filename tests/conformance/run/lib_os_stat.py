# os.stat, os.lstat and os.stat_result; symbolic and hard links; the errors.
import os
import stat
import tempfile

d = tempfile.mkdtemp()
f = os.path.join(d, 'a.txt')
with open(f, 'w') as fh:
    fh.write('hello')
st = os.stat(f)
print(type(st).__name__, st.st_size, stat.S_ISREG(st.st_mode), st.st_nlink, len(st))
print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields, os.stat_result.__match_args__)
print(st[7] == int(st.st_atime), type(st.st_mtime).__name__, st.st_mtime_ns // 10**9 == st[8])
link = os.path.join(d, 'l')
os.symlink('a.txt', link)
print(os.readlink(link), os.readlink(os.fsencode(link)))
print(stat.S_ISLNK(os.lstat(link).st_mode), stat.S_ISLNK(os.stat(link).st_mode))
print(os.stat(link, follow_symlinks=False) == os.lstat(link))
os.link(f, os.path.join(d, 'h'))
print(os.stat(f).st_nlink, sorted(os.listdir(d)), sorted(os.listdir(os.fsencode(d))))
for fn, args in [(os.stat, (os.path.join(d, 'nope'),)), (os.readlink, (f,)), (os.symlink, ('x', f)),
                 (os.stat, (b'/nonexistent/x',)), (os.stat, (3.5,)), (os.lstat, ('a\0b',)),
                 (os.mkdir, (d,)), (os.rmdir, (f,))]:
    try:
        fn(*args)
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace(d, 'D'), getattr(e, 'errno', None))
r = os.stat_result(range(10), {'st_atime': 1.0, 'st_atime_ns': 2})
print(r)
print(r.st_atime, r.st_atime_ns, r.st_blocks, r[7])
print(os.access(f, os.R_OK), os.access(os.path.join(d, 'zz'), os.F_OK))
cwd = os.getcwd()
os.chdir(d)
print(os.getcwd() == os.path.realpath(d), os.getcwdb() == os.fsencode(os.getcwd()))
os.chdir(cwd)
for n in ['a.txt', 'l', 'h']:
    os.remove(os.path.join(d, n))
os.rmdir(d)
print(os.path.exists(d), os.getuid() == os.geteuid())
