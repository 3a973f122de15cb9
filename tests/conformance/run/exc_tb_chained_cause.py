# raise ... from ...: "The above exception was the direct cause".
class ConfigError(Exception):
    pass

def read_port(config):
    try:
        return int(config["port"])
    except KeyError as e:
        raise ConfigError("port is not configured") from e

print(read_port({"port": "8080"}))
read_port({})
