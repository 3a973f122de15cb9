u'text'
U'TEXT'
u"""triple"""
