"""For the prof programs: pstats reports with their clock figures masked, and a fake clock."""
import io
import re
import pstats


def masked(text):
    """text with its clock figures and object addresses (profile's rows for runcall name the function's repr) masked."""
    text = re.sub(r' at 0x[0-9a-f]+', ' at 0x...', text)
    return re.sub(r'\d+\.\d{3}', '-.---', text)


def report(prof, *keys, amount=(), what='stats', strip=True):
    """Print a pstats report of prof sorted by keys, its times masked."""
    out = io.StringIO()
    st = pstats.Stats(prof, stream=out)
    if strip:
        st.strip_dirs()
    st.sort_stats(*keys)
    getattr(st, 'print_' + what)(*amount)
    print(masked(out.getvalue()).rstrip('\n'))
    return st


class Ticks:
    """A timer that advances by `step` each time it is read: profiles taken with it are exact."""

    def __init__(self, step=0.001):
        self.now = 0.0
        self.step = step
        self.reads = 0

    def __call__(self):
        self.reads += 1
        self.now += self.step
        return self.now
