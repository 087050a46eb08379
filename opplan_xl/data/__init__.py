"""Data files of the package (the sample plan); read with importlib.resources."""
