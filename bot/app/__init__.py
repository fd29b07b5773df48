"""The composition root: settings (read once, here), wiring, the one server (`serve`), the command
line and logging. The only package that may import every other one.
"""
