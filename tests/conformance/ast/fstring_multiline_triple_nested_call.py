result = call(
    arg,
    f'''prefix
    {first}
    {second!r:>{w}}
    suffix''',
)
