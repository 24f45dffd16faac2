"""Widgets shared by two or more tabs."""
