x = f'''
first {a}
second {b +
 c}
'''
y = f"""{
  value
}"""
