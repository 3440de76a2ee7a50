"""Code that would fail as soon as it runs."""


def greet(name):
    """Say hello."""
    return "hello " + name


def main():
    """Call things that do not exist or with the wrong arguments."""
    print(greet("a", "b"))
    print(undefined_name)
    value = 3
    value()
    return len()
