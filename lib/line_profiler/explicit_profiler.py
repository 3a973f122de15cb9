"""line_profiler.profile: a decorator that profiles only when asked to.

It is off unless the environment has LINE_PROFILE set (non-empty), the
command line has --line-profile, kernprof runs the program, or the program
calls profile.enable(); then the decorated functions are profiled and the
report is shown when the program exits.
"""
import atexit
import os
import sys


class GlobalProfiler:
    def __init__(self):
        self.setup_config = {
            'environ_flags': ['LINE_PROFILE'],
            'cli_flags': ['--line-profile', '--line_profile'],
        }
        self.output_prefix = 'profile_output'
        self._profile = None
        self.enabled = None
        self.write_config = {'lprof': True, 'text': True, 'timestamped_text': True, 'stdout': True}
        self.show_config = {'sort': 1, 'stripzeros': 1, 'rich': 0, 'details': 0, 'summarize': 1}

    def _kernprof_overwrite(self, profile):
        """kernprof hands its own profiler over; it shows the report itself."""
        self._profile = profile
        self.enabled = True

    def _implicit_setup(self):
        environ = any(os.environ.get(f, '') for f in self.setup_config['environ_flags'])
        cli = any(f in sys.argv for f in self.setup_config['cli_flags'])
        if environ or cli:
            self.enable()
        else:
            self.disable()

    def enable(self, output_prefix=None):
        from .line_profiler import LineProfiler
        self._profile = LineProfiler()
        self.enabled = True
        if output_prefix is not None:
            self.output_prefix = output_prefix
        atexit.register(self.show)

    def disable(self):
        self.enabled = False

    def __call__(self, func):
        if self.enabled is None:
            self._implicit_setup()
        if not self.enabled:
            return func
        return self._profile(func)

    def show(self):
        import io
        import time
        from .line_profiler import show_text
        stats = self._profile.get_stats()
        if self.write_config['stdout']:
            self._profile.print_stats(**self.show_config)
        written = []
        if self.write_config['text'] or self.write_config['timestamped_text']:
            text = io.StringIO()
            show_text(stats.timings, stats.unit, stream=text)
            report = text.getvalue()
            if self.write_config['text']:
                name = self.output_prefix + '.txt'
                with open(name, 'w') as f:
                    f.write(report)
                written.append(name)
            if self.write_config['timestamped_text']:
                stamp = time.strftime('%Y-%m-%dT%H%M%S')
                name = f'{self.output_prefix}_{stamp}.txt'
                with open(name, 'w') as f:
                    f.write(report)
                written.append(name)
        if self.write_config['lprof']:
            name = self.output_prefix + '.lprof'
            self._profile.dump_stats(name)
            written.append(name)
        for name in written:
            print('Wrote profile results to ' + name)
        if self.write_config['lprof']:
            print('To view details run:')
            print('python3 -m line_profiler -rtmz ' + self.output_prefix + '.lprof')


profile = GlobalProfiler()
