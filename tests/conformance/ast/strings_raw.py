r'\n'
R'\d+'
r"\\"
r'\''
r'''raw\ntriple'''
R"""\N{X}"""
