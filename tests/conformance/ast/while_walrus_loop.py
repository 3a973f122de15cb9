while (chunk := f.read(1024)) != b'':
    process(chunk)
