result = (
    builder
    .add(1)
    .add(2)
    .build()
)
