"""`vanban web`: a local web page for office staff over the same stages as the command line."""
