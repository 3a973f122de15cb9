"""What is known of the platform the interpreter runs on.

pyheap describes itself as the platform its sys.platform and sysconfig name
(Linux on x86-64); what it cannot know (the kernel's release, the host
name, the C library) is '' as CPython's platform reports unknown values."""

import collections
import sys

__version__ = '1.0.8'


class uname_result(collections.namedtuple('uname_result', 'system node release version machine')):
    """uname()'s result, with the processor as an extra attribute."""

    @property
    def processor(self):
        return processor()


def uname():
    return uname_result('Linux', node(), release(), version(), machine())


def system():
    return 'Linux'


def node():
    return ''


def release():
    return ''


def version():
    return ''


def machine():
    return 'x86_64'


def processor():
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    return '64bit', 'ELF'


def platform(aliased=False, terse=False):
    return 'Linux-x86_64'


def python_implementation():
    return 'CPython' if sys.implementation.name == 'cpython' else sys.implementation.name


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return 'main', ''


def python_compiler():
    return ''


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return lib, version


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def freedesktop_os_release():
    raise OSError('Unable to read files /etc/os-release, /usr/lib/os-release')
