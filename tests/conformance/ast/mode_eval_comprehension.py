[(i, j) for i in range(3) if i for j in range(i)]
