x = f(a b)    
