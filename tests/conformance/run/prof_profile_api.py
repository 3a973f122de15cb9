# The profile module's public API: Profile's methods, the module functions, bias.
import profile

print(sorted(profile.__all__))
print(sorted(n for n in dir(profile.Profile) if not n.startswith('_')))
print(hasattr(profile.Profile, '__enter__'), hasattr(profile.Profile, 'enable'))
print(profile.Profile.bias)
p = profile.Profile(bias=0.5)
print(p.bias, profile.Profile.bias)
print(sorted(profile.Profile.dispatch))
print(p.cmd == '', p.cur[3], p.cur[-1])
print(p.timings)
print(repr(profile.Profile.fake_code('profile', 0, 'x')))
print(callable(profile.main), callable(profile.run), callable(profile.runctx))
