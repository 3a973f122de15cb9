b = b'ok \x1'
