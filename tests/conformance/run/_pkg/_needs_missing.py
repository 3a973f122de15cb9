# A submodule whose own import fails: `from _pkg import _needs_missing` must
# report the module it lacks, not "cannot import name".
import _no_such_module_anywhere
