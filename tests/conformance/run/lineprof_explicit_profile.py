# line_profiler.profile: without LINE_PROFILE in the environment or
# --line-profile on the command line it leaves functions as they are.
import line_profiler
from line_profiler import profile


def original(x):
    return x + 1


decorated = profile(original)
print(decorated is original, profile.enabled)


@profile
def other(y):
    return y * 2


print(other(4), other.__name__, profile.enabled)
print(line_profiler.LineProfiler.__name__, callable(profile))
print(sorted(k for k in ('LineProfiler', 'LineStats', 'load_stats', 'show_func', 'show_text', 'profile')
             if hasattr(line_profiler, k)))
