"""Temperature conversions: nothing that lowers the score, one informational message."""


def celsius_to_fahrenheit(celsius):
    """Return the Fahrenheit value of a Celsius temperature."""
    return celsius * 9 / 5 + 32  # pylint: disable=invalid-name


def fahrenheit_to_celsius(fahrenheit):
    """Return the Celsius value of a Fahrenheit temperature."""
    return (fahrenheit - 32) * 5 / 9
