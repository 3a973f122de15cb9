# An error while handling another: "During handling of the above exception".
def cleanup(resource):
    resource.close()

def process(resource):
    try:
        return resource["data"]
    except TypeError:
        cleanup(resource)

process(None)
