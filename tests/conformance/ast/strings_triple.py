'''triple
single'''
"""triple
double"""
x = '''
  indented
'''
"""with 'quotes' and "inner" """
