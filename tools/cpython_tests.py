"""Run modules of the installed CPython 3.11's own `test` package under
python3 and under pyheap, and compare the outcome of every test method.

    python3 tools/cpython_tests.py [-j N] [--timeout S] [--show] [MODULE...]

The test package is the installation's (nothing of it is in this
repository): a temporary folder holding only a link named `test` to it goes
first on sys.path, so pyheap loads `test` and `test.support` from the
installation while every other module comes from pyheap's own library.
tools/cpython_tests_driver.py runs one module and prints each test's outcome.
Prints one row per module (tests, passed under CPython, passed under pyheap
among those, percentage) and the totals; with --show, pyheap's failing tests
and their tracebacks. Needs python3 to be CPython 3.11.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRIVER = os.path.join(ROOT, 'tools', 'cpython_tests_driver.py')
PYHEAP = [os.environ.get('NODE', 'node'), os.path.join(ROOT, 'bin', 'pyheap.js')]
PYTHON = [os.environ.get('PYTHON', 'python3')]

# The modules run by default are chosen by a rule that does not look at how
# well pyheap does in them: every module (or package) `test_*` of the
# installation's test package, except the ones that need something pyheap does
# not have: a module it lacks (importing the test module under pyheap stops at
# that module's absence: ModuleNotFoundError, or a SkipTest saying so), or
# coroutines (`async def`), which pyheap compiles but cannot run yet. NEEDS
# maps each such missing piece to the test modules that need it. Before a run,
# the script asks pyheap whether each piece is still missing: when pyheap
# gains a module, the test modules that needed it rejoin the default run by
# themselves. A module that fails to load for any other reason (an import of a
# name pyheap's module lacks, a bug) stays in and counts as failing.
NEEDS = {
    'coroutines': 'test_asyncgen test_coroutines test_typing',
    'subprocess': 'test_atexit test_audit test_c_locale_coercion test_cgitb test_clinic test_cmd_line test_cppext test_cprofile test_embed test_eof test_exceptions test_gc test_genericpath test_hash test_launcher test_marshal test_module test_osx_env test_platform test_poll test_posix test_posixpath test_profile test_quopri test_repl test_script_helper test_source_encoding test_subprocess test_sys test_sysconfig test_tcl test_trace test_traceback test_tracemalloc test_unicode test_utf8_mode test_wait3 test_warnings',
    'array': 'test_aifc test_array test_base64 test_binascii test_buffer test_bytes test_bz2 test_file test_fileio test_gzip test_hashlib test_io test_ioctl test_long test_memoryview test_patma test_struct test_sunau test_wave test_zipfile',
    'socket': 'test_asynchat test_imaplib test_largefile test_mailbox test_mmap test_nntplib test_site test_smtpd test_smtpnet test_socket test_ssl test_stat test_support test_telnetlib test_timeout test_urllib2 test_urllib2net test_urllib_response test_urllibnet test_wsgiref',
    'http': 'test_codecencodings_cn test_codecencodings_hk test_codecencodings_iso2022 test_codecencodings_jp test_codecencodings_kr test_codecencodings_tw test_codecmaps_cn test_codecmaps_hk test_codecmaps_jp test_codecmaps_kr test_codecmaps_tw test_http_cookies test_httplib test_httpservers test_unicodedata',
    'threading': 'test__xxsubinterpreters test_code test_contextlib test_frame test_functools test_interpreters test_queue test_robotparser test_time test_wait4 test_weakref test_winreg',
    'dis': 'test__opcode test_compile test_dis test_dtrace test_inspect test_lltrace test_peepholer test_positional_only_arg',
    'pathlib': 'test_imghdr test_pathlib test_pkgutil test_shutil test_tarfile test_tempfile test_unparse test_zipapp',
    'select': 'test_asyncore test_devpoll test_epoll test_exception_hierarchy test_file_eintr test_kqueue test_select test_socketserver',
    '_thread': 'test_decimal test_itertools test_syslog test_thread test_threadedtempfile test_threading test_threading_local',
    'ast': 'test_ast test_builtin test_fstring test_future_stmt test_type_comments test_ucn',
    'dbm': 'test_copyreg test_dbm test_dbm_dumb test_dbm_gnu test_dbm_ndbm test_shelve',
    'importlib.machinery': 'test_asdl_parser test_cmd_line_script test_frozen test_importlib test_modulefinder test_runpy',
    '_testcapi': 'test_call test_capi test_dict_version test_stable_abi_ctypes test_type_cache',
    'glob': 'test_crashers test_glob test_import test_regrtest test_unicode_file',
    'html': 'test_codeccallbacks test_html test_htmlparser test_xml_etree test_xml_etree_c',
    '_tkinter': 'test_tix test_tk test_ttk_guionly test_ttk_textonly',
    'signal': 'test_eintr test_fork1 test_signal test_threadsignals',
    'xml': 'test_pulldom test_pyexpat test_sax test_xml_dom_minicompat',
    '_pyio': 'test_bufio test_memoryio test_univnewlines',
    'asyncio': 'test_contextlib_async test_os test_sys_settrace',
    'concurrent': 'test_asyncio test_context test_genericalias',
    'email': 'test_email test_smtplib test_urllib2_localnet',
    'termios': 'test_pty test_termios test_tty',
    'urllib': 'test_http_cookiejar test_urllib test_urlparse',
    'xmlrpc': 'test_docxmlrpc test_xmlrpc test_xmlrpc_net',
    'zipfile': 'test_zipfile64 test_zipimport test_zipimport_support',
    'calendar': 'test_calendar test_strftime',
    'ensurepip': 'test_ensurepip test_venv',
    'faulthandler': 'test_faulthandler test_xxtestfuzz',
    'ntpath': 'test_getpath test_ntpath',
    'py_compile': 'test_imp test_py_compile',
    'pydoc': 'test_enum test_pydoc',
    'selectors': 'test_readline test_selectors',
    'tokenize': 'test_linecache test_tokenize',
    '_compat_pickle': 'test_pickle',
    '_compression': 'test_lzma',
    '_datetime': 'test_datetime',
    '_locale': 'test__locale',
    '_multibytecodec': 'test_multibytecodec',
    '_multiprocessing': 'test_multiprocessing_main_handling',
    '_osx_support': 'test__osx_support',
    '_py_abc': 'test_abc',
    '_sqlite3': 'test_sqlite3',
    '_strptime': 'test_strptime',
    '_testinternalcapi': 'test_fileutils',
    'audioop': 'test_audioop',
    'bdb': 'test_bdb',
    'cgi': 'test_cgi',
    'cmath': 'test_cmath',
    'cmd': 'test_cmd',
    'code': 'test_code_module',
    'codeop': 'test_codeop',
    'compileall': 'test_compileall',
    'configparser': 'test_configparser',
    'crypt': 'test_crypt',
    'ctypes': 'test_ctypes',
    'curses': 'test_curses',
    'distutils': 'test_distutils',
    'encodings': 'test_codecs',
    'filecmp': 'test_filecmp',
    'fileinput': 'test_fileinput',
    'ftplib': 'test_ftplib',
    'getpass': 'test_getpass',
    'gettext': 'test_gettext',
    'graphlib': 'test_graphlib',
    'grp': 'test_grp',
    'hmac': 'test_hmac',
    'importlib.abc': 'test_doctest',
    'importlib.metadata': 'test_zoneinfo',
    'ipaddress': 'test_ipaddress',
    'lib2to3': 'test_lib2to3',
    'logging': 'test_logging',
    'mailcap': 'test_mailcap',
    'mimetypes': 'test_mimetypes',
    'msilib': 'test_msilib',
    'multiprocessing': 'test_fcntl',
    'netrc': 'test_netrc',
    'nis': 'test_nis',
    'optparse': 'test_optparse',
    'ossaudiodev': 'test_ossaudiodev',
    'pdb': 'test_pdb',
    'pickletools': 'test_pickletools',
    'pipes': 'test_pipes',
    'plistlib': 'test_plistlib',
    'poplib': 'test_poplib',
    'pwd': 'test_pwd',
    'pyclbr': 'test_pyclbr',
    'pyexpat': 'test_minidom',
    'queue': 'test_sched',
    'resource': 'test_resource',
    'rlcompleter': 'test_rlcompleter',
    'secrets': 'test_secrets',
    'shlex': 'test_shlex',
    'sndhdr': 'test_sndhdr',
    'spwd': 'test_spwd',
    'stringprep': 'test_stringprep',
    'symtable': 'test_symtable',
    'tabnanny': 'test_tabnanny',
    'tkinter': 'test_idle',
    'tomllib': 'test_tomllib',
    'turtle': 'test_turtle',
    'unittest.test': 'test_unittest',
    'uu': 'test_uu',
    'uuid': 'test_uuid',
    'webbrowser': 'test_webbrowser',
    'winsound': 'test_winsound',
    'xdrlib': 'test_xdrlib',
    'xxlimited': 'test_xxlimited',
    'zlib': 'test_zlib',
}


def all_test_modules(pkg):
    """The test modules and packages of the installation's test package."""
    names = []
    for entry in sorted(os.listdir(pkg)):
        path = os.path.join(pkg, entry)
        if entry.startswith('test_') and entry.endswith('.py'):
            names.append(entry[:-3])
        elif entry.startswith('test_') and os.path.isfile(os.path.join(path, '__init__.py')):
            names.append(entry)
    return names


PROBE = r"""
import importlib, sys
for name in sys.argv[1:]:
    if name == 'coroutines':
        async def f():
            return 1
        try:
            f().send(None)
        except StopIteration:
            print(name)
        except BaseException:
            pass
        continue
    try:
        importlib.import_module(name)
        print(name)
    except BaseException:
        pass
"""


def default_modules(pkg):
    """The rule above: every test module but those needing what pyheap still lacks."""
    p = subprocess.run(PYHEAP + ['-c', PROBE] + list(NEEDS), capture_output=True, text=True)
    available = set(p.stdout.split())
    left_out = {m for need, mods in NEEDS.items() if need not in available for m in mods.split()}
    return [m for m in all_test_modules(pkg) if m not in left_out], sorted(left_out)


LINE_RE = re.compile(r'^@@ (\S+) (pass|fail|error|skip|xfail|xpass)$')


def run(command, testdir, name, timeout, show):
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONDONTWRITEBYTECODE='1')
    args = command + [DRIVER] + (['--show'] if show else []) + [testdir, 'test.' + name]
    started = time.time()
    try:
        p = subprocess.run(args, cwd=testdir, capture_output=True, text=True,
                           env=env, timeout=timeout, errors='replace')
        out, err, note = p.stdout, p.stderr, '' if '@@done' in p.stdout else 'status %d' % p.returncode
    except subprocess.TimeoutExpired as e:
        out = e.stdout.decode('utf-8', 'replace') if isinstance(e.stdout, bytes) else (e.stdout or '')
        err = e.stderr.decode('utf-8', 'replace') if isinstance(e.stderr, bytes) else (e.stderr or '')
        note = 'timeout'
    outcomes = {}
    for line in out.splitlines():
        m = LINE_RE.match(line)
        if m:
            outcomes[m.group(1)] = m.group(2)
    return outcomes, note, err, time.time() - started


def python_version_ok():
    p = subprocess.run(PYTHON + ['-c', 'import sys, platform; print(platform.python_implementation(), sys.version_info[:2])'],
                       capture_output=True, text=True)
    return p.stdout.strip() == 'CPython (3, 11)'


def test_package():
    p = subprocess.run(PYTHON + ['-c', 'import test, os; print(os.path.dirname(test.__file__))'],
                       capture_output=True, text=True)
    return p.stdout.strip() if p.returncode == 0 else None


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('-j', type=int, default=1, help='modules run at once')
    ap.add_argument('--timeout', type=float, default=600, help='seconds per module run')
    ap.add_argument('--show', action='store_true', help="print pyheap's failures")
    ap.add_argument('--cache', metavar='FILE',
                    help="keep CPython's outcomes in FILE (JSON) and reuse them on later runs")
    ap.add_argument('modules', nargs='*')
    args = ap.parse_args(argv)
    if not python_version_ok():
        print('python3 is not CPython 3.11')
        return 2
    pkg = test_package()
    if pkg is None:
        print("this CPython has no `test` package (Debian: apt-get install libpython3.11-testsuite)")
        return 2
    names = [m[5:] if m.startswith('test.') else m for m in args.modules]
    if not names:
        names, left_out = default_modules(pkg)
        print('%d test modules; %d left out for what pyheap lacks (NEEDS in %s)'
              % (len(names), len(left_out), os.path.relpath(__file__, ROOT)))
    with tempfile.TemporaryDirectory() as testdir:
        os.symlink(pkg, os.path.join(testdir, 'test'))

        cache = {}
        if args.cache and os.path.exists(args.cache):
            with open(args.cache) as f:
                cache = json.load(f)

        def both(name):
            cpy = cache.get(name)
            if cpy is None:
                cpy = cache[name] = run(PYTHON, testdir, name, args.timeout, False)
            return name, cpy, run(PYHEAP, testdir, name, args.timeout, args.show)

        with ThreadPoolExecutor(max(1, args.j)) as pool:
            results = list(pool.map(both, names))
        if args.cache:
            with open(args.cache, 'w') as f:
                json.dump(cache, f)
    print('%-28s %6s %7s %7s %7s  %s' % ('module', 'tests', 'CPython', 'pyheap', '%', 'note'))
    total_tests = total_cpy = total_ours = 0
    for name, (cpy, cnote, _, ctime), (ours, onote, oerr, otime) in results:
        passing = [t for t, o in cpy.items() if o == 'pass']
        ours_ok = [t for t in passing if ours.get(t) == 'pass']
        total_tests += len(cpy)
        total_cpy += len(passing)
        total_ours += len(ours_ok)
        pct = 100.0 * len(ours_ok) / len(passing) if passing else 100.0
        note = onote or ''
        if cnote:
            note += ' (CPython: %s)' % cnote
        print('%-28s %6d %7d %7d %6.1f%%  %s' % (name, len(cpy), len(passing), len(ours_ok), pct,
                                                note + ' %.0fs/%.0fs' % (otime, ctime)))
        if args.show:
            for t in passing:
                if ours.get(t) != 'pass':
                    print('    %s: %s' % (t, ours.get(t, 'not run')))
            if onote:
                print('    ' + '\n    '.join(oerr.splitlines()[-15:]))
            elif oerr:
                print('    ' + '\n    '.join(oerr.splitlines()))
    pct = 100.0 * total_ours / total_cpy if total_cpy else 100.0
    print('%-28s %6d %7d %7d %6.1f%%' % ('total (%d modules)' % len(results), total_tests, total_cpy, total_ours, pct))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
